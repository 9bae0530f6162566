package data

// Hooks for the external tests of the fast loader (fastnative_test.go),
// which live in package data_test to use the synthetic generator.
var (
	DecodeFast         = decodeFast
	ParseNativeCareful = parseNativeCareful
	ErrSlow            = errSlow
)
