package i18n

// englishNotebook holds the English strings of the notebook: the form,
// edits, undo, annotations, the live file and its conflicts. Every key
// here must exist in frenchNotebook too.
var englishNotebook = map[string]string{}
