package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// copyNotice says what a copy sent, and how to print the same text where
// OSC 52 does not reach: the real command, with this event's id and this
// dataset's file.
func (m *Model) copyNotice(a copyMsg) string {
	n := len([]rune(a.text))
	if a.format == "" {
		return m.cat.T("copy.sent.plain", a.label, n)
	}
	cmd := "timeline show " + shellWord(m.Selected()) + " --format " + a.format
	if src := m.opened.Source; src != "" {
		cmd += " --data " + shellWord(src)
	}
	return m.cat.T("copy.sent.command", a.label, n, cmd)
}

// shellWord quotes s for a POSIX shell when it holds anything but letters,
// digits and . _ - / : ~ @ + =, so that a command said in the status line
// can be pasted as it is.
func shellWord(s string) string {
	plain := s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._-/:~@+=", r))
	}) < 0
	if plain {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// maxNoticeLines is the most lines a long notice takes above the status
// line.
const maxNoticeLines = 6

// noticeBlock returns the notice wrapped to the window's width when it is
// too long for the status line, to be drawn over the bottom of the body
// so that nothing of it (an address, a command) is cut; nil when it fits
// the status line or there is no notice.
func (m *Model) noticeBlock() []string {
	if m.notice == "" || lipgloss.Width(m.notice) <= m.noticeRoom() {
		return nil
	}
	room := min(maxNoticeLines, m.bodyHeight()-1)
	if room < 2 {
		return nil // too small a window: the status line cuts it
	}
	// At spaces only: "--format" stays whole, for a command to be pasted.
	lines := wrapWords(m.notice, max(m.width-3, 1))
	if len(lines) > room {
		lines = lines[:room]
		lines[room-1] = fit(lines[room-1]+"…", m.width-3)
	}
	for i, l := range lines {
		lines[i] = fit(m.st.hint.Render("▌ ")+m.st.hint.Render(l), m.width)
	}
	return lines
}

// noticeRoom is the width the status line leaves a notice.
func (m *Model) noticeRoom() int {
	return m.width - lipgloss.Width(m.position()) - 3
}

// overlayNotice draws the notice block over the last lines of body.
func (m *Model) overlayNotice(body string) string {
	block := m.noticeBlock()
	if len(block) == 0 {
		return body
	}
	lines := strings.Split(body, "\n")
	k := min(len(block), len(lines))
	copy(lines[len(lines)-k:], block[len(block)-k:])
	return strings.Join(lines, "\n")
}
