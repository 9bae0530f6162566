//go:build race

package ui

// raceDetector is true when the tests run with -race, under which
// sync.Pool drops items at random and allocation counts vary by one or two.
const raceDetector = true
