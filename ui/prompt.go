package ui

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"timeline/model"
)

// promptMode says what the bottom line's input is for.
type promptMode int

const (
	noPrompt promptMode = iota
	searchPrompt
	filterPrompt
	jumpPrompt
)

// maxQueryBytes caps what a prompt keeps of a paste.
const maxQueryBytes = 512

// prompt is the one-line input at the bottom: "/" search, "f" filter and
// "@" jump. It owns the filter history.
type prompt struct {
	mode    promptMode
	input   textinput.Model
	hint    string // why the current input cannot be used, shown after it
	history []string
	histPos int // position in history while recalling; len(history) when not
}

func newPrompt() prompt {
	in := textinput.New()
	in.CharLimit = maxQueryBytes
	st := in.Styles()
	st.Cursor.Blink = false // a blinking cursor would wake the program twice a second
	in.SetStyles(st)
	return prompt{input: in}
}

// open starts input in mode, with an initial value.
func (p *prompt) open(mode promptMode, value string) tea.Cmd {
	p.mode, p.hint = mode, ""
	p.histPos = len(p.history)
	p.input.SetValue(value)
	p.input.CursorEnd()
	return p.input.Focus()
}

// close ends input.
func (p *prompt) close() {
	p.mode, p.hint = noPrompt, ""
	p.input.Blur()
}

// value returns the input, cleaned of anything a terminal would act on.
func (p *prompt) value() string {
	v, _ := model.SanitizeN(p.input.Value(), maxQueryBytes, true)
	return v
}

// remember adds a filter to the history, most recent last, without
// repeating the last one.
func (p *prompt) remember(q string) {
	if q == "" || (len(p.history) > 0 && p.history[len(p.history)-1] == q) {
		return
	}
	p.history = append(p.history, q)
	if len(p.history) > 100 {
		p.history = p.history[1:]
	}
}

// recall moves through the history by delta (-1 older, +1 newer) and
// reports whether the input changed.
func (p *prompt) recall(delta int) bool {
	i := p.histPos + delta
	if i < 0 || i > len(p.history) {
		return false
	}
	p.histPos = i
	v := ""
	if i < len(p.history) {
		v = p.history[i]
	}
	p.input.SetValue(v)
	p.input.CursorEnd()
	return true
}
