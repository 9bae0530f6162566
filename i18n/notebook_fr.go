package i18n

// frenchNotebook is englishNotebook in French.
var frenchNotebook = map[string]string{}
