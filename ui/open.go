package ui

import (
	"fmt"
	"os/exec"
	"runtime"

	tea "charm.land/bubbletea/v2"

	"timeline/model"
)

// openedMsg reports how starting the system opener went.
type openedMsg struct {
	url string
	err error
}

// open returns a command that starts the system's opener on an http or
// https URL, with its output discarded so that nothing it prints reaches
// the screen. Without an opener the address goes to the clipboard instead,
// and the status line gives it whole.
func (m *Model) open(url string) tea.Cmd {
	if model.WebURL(url) == "" {
		m.notice = m.cat.T("open.refused")
		return nil
	}
	name := "xdg-open"
	if runtime.GOOS == "darwin" {
		name = "open"
	}
	path, err := exec.LookPath(name)
	if err != nil {
		m.notice = m.cat.T("open.noopener.copy", name, url)
		return tea.SetClipboard(url)
	}
	m.notice = m.cat.T("open.opening", url)
	return func() tea.Msg {
		cmd := exec.Command(path, url)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil
		return openedMsg{url: url, err: cmd.Run()}
	}
}

// openResult reports a failed opener in the status line.
func (m *Model) openResult(msg openedMsg) {
	if msg.err != nil {
		m.notice = fmt.Sprintf("%s: %v", m.cat.T("open.failed", msg.url), msg.err)
	}
}
