package ui

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// component is what every screen is, as soft-serve's pkg/ui/common has it:
// a model with a key map of its own, which the help and the status line
// list, and a size given by the root. Each component also has an Update
// that returns its own concrete type, so that the root composes them
// without type assertions; only the root's View returns a tea.View.
type component interface {
	help.KeyMap
	SetSize(width, height int)
	View() string
}

// Every screen is a component.
var (
	_ component = (*explorer)(nil)
	_ component = (*entityIndex)(nil)
	_ component = (*orgChart)(nil)
	_ component = (*statsView)(nil)
	_ component = (*helpView)(nil)
	_ component = (*menu)(nil)
	_ component = (*prompt)(nil)
	_ component = (*introView)(nil)
)

// outbox holds what a component's last Update asks of its owner: close
// this screen, copy this text, show these events, say this. The owner
// takes it in the same Update, so that a key that opens or closes a
// screen has taken effect before the next key is read; the message of a
// command would arrive after keys already queued (tmux sends "@2025-08" at
// once). The side effects themselves (the clipboard, a browser, building
// the search index) stay with the owner, as commands.
type outbox struct{ ask tea.Msg }

// send leaves msg for the owner.
func (o *outbox) send(msg tea.Msg) { o.ask = msg }

// take returns what was left for the owner, or nil, and empties the box.
func (o *outbox) take() tea.Msg {
	msg := o.ask
	o.ask = nil
	return msg
}
