// Command hello is the smallest Bubble Tea v2 program that draws a frame:
// the baseline scripts/first-frame.sh compares the explorer's first frame
// with. Build it with "go build ./testdata/hello"; any key quits.
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

type model struct{}

// Init implements tea.Model.
func (model) Init() tea.Cmd { return nil }

// Update implements tea.Model: any key quits.
func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		return m, tea.Quit
	}
	return m, nil
}

// View implements tea.Model, in the alternate screen as the explorer is.
func (model) View() tea.View {
	v := tea.NewView("Hello, world! Timeline")
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(model{}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
