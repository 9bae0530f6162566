package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"timeline/data"
	"timeline/i18n"
	"timeline/model"
	"timeline/present"
)

// LoadFunc loads a dataset, calling progress (when not nil) now and then
// with the bytes read, the file's size and the events decoded so far, and
// preview (when not nil) once with the first events of a large file (see
// data.OpenPreviewing). It returns the dataset with the text its loader
// packed, for the search index, and how it opened.
type LoadFunc func(progress func(read, total int64, events int), preview func(data.Preview)) (Loaded, error)

// Loading is the screen shown while a big file loads: the load runs as a
// command, its progress arrives as messages, ctrl+c or q quits, and when
// the dataset is ready the explorer takes over. A load error is shown on
// one line until a key is pressed; the program then ends and Err returns
// the error, for the caller to print and exit 1.
type Loading struct {
	path     string
	load     LoadFunc
	opt      Options
	progress chan loadProgressMsg // from the load command to the waiting one
	last     loadProgressMsg
	err      error
	quit     key.Binding
	width    int
	height   int
	st       *styles
}

// loadProgressMsg is one progress report of the load, or its preview.
type loadProgressMsg struct {
	read, total int64
	events      int
	preview     *data.Preview
}

// loadDoneMsg ends the load.
type loadDoneMsg struct {
	loaded Loaded
	err    error
}

// NewLoading returns the loading screen for path, which becomes the
// explorer on the dataset load returns.
func NewLoading(path string, load LoadFunc, opt Options) Loading {
	quit := key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("ctrl+c", i18n.For(opt.Lang).T("key.quit")))
	return Loading{path: path, load: load, opt: opt, progress: make(chan loadProgressMsg, 1), quit: quit, st: newStyles(true)}
}

// Init implements tea.Model: it starts the load and the wait for its
// first progress report.
func (m Loading) Init() tea.Cmd {
	ch, load := m.progress, m.load
	run := func() tea.Msg {
		l, err := load(func(read, total int64, events int) {
			select { // drop a report rather than wait: the next one comes soon
			case ch <- loadProgressMsg{read: read, total: total, events: events}:
			default:
			}
		}, func(p data.Preview) {
			ch <- loadProgressMsg{preview: &p} // the one preview waits to be taken
		})
		close(ch)
		return loadDoneMsg{l, err}
	}
	return tea.Batch(run, waitProgress(ch))
}

// waitProgress returns a command waiting for the next progress report;
// it ends with nothing once the load has finished.
func waitProgress(ch <-chan loadProgressMsg) tea.Cmd {
	return func() tea.Msg {
		if p, ok := <-ch; ok {
			return p
		}
		return nil
	}
}

// Update implements tea.Model.
func (m Loading) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(msg.Width, 0), max(msg.Height, 0)
	case tea.BackgroundColorMsg:
		m.st = newStyles(msg.IsDark())
	case tea.KeyPressMsg:
		// After an error any key ends the program; before, only q and ctrl+c.
		if m.err != nil || key.Matches(msg, m.quit) {
			return m, tea.Quit
		}
	case loadProgressMsg:
		if msg.preview != nil {
			return m.browse(*msg.preview)
		}
		m.last = msg
		return m, waitProgress(m.progress)
	case loadDoneMsg:
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		opt := m.opt
		opt.Text, opt.Opened = msg.loaded.Text, msg.loaded.Opened
		ex := New(msg.loaded.Dataset, opt)
		next, cmd := ex.Update(tea.WindowSizeMsg{Width: m.width, Height: m.height})
		return next, tea.Batch(ex.Init(), cmd)
	}
	return m, nil
}

// Err returns the load's error once the screen has shown it.
func (m Loading) Err() error { return m.err }

// View implements tea.Model: the file's name, a bar of the bytes read and
// the events decoded, or the error.
func (m Loading) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "timeline"
	return v
}

func (m Loading) render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	cat := i18n.For(m.opt.Lang)
	lines := make([]string, m.height)
	if m.err != nil {
		// The whole message, over as many lines as it needs: an address
		// or the reason cut off would leave the reporter guessing.
		msg, _ := model.SanitizeLine(m.err.Error())
		words := wrapWords(msg+"  ("+cat.T("loading.anykey")+")", max(m.width-2, 1))
		for i := 0; i < len(words) && i < m.height; i++ {
			lines[i] = fit(" "+m.st.warning.Render(words[i]), m.width)
		}
		return strings.Join(lines, "\n")
	}
	name, _ := model.SanitizeLine(m.path)
	title := cat.T("loading.title")
	web := Opened{Source: m.path}.fromWeb()
	if web {
		title = cat.T("loading.fetching")
	}
	lines[0] = fit(" "+m.st.title.Render(title+ansi.Truncate(name, max(m.width-lipgloss.Width(title)-2, 1), "…")), m.width)
	if m.height > 1 && !(web && m.last.total == 0) {
		// A fetch says nothing until the whole file has come: no bar of
		// nothing read.
		lines[1] = fit(" "+loadingLine(m.last, m.width-2, cat), m.width)
	}
	if m.height > 2 {
		hint := cat.T("loading.stop")
		lines[2] = fit(" "+m.st.dim.Render(hint), m.width)
	}
	return strings.Join(lines, "\n")
}

// loadingLine draws the bar and the figures in width columns:
// "██████░░░░ 63 % · 79/125 MB · 62,464 events".
func loadingLine(p loadProgressMsg, width int, cat i18n.Catalog) string {
	pct := 0
	if p.total > 0 {
		pct = int(min(p.read*100/p.total, 100))
	}
	figures := fmt.Sprintf(" %3d %% · %d/%d MB · ", pct, p.read/1e6, p.total/1e6) + present.Count(p.events, cat)
	bar := max(min(width-lipgloss.Width(figures), 40), 0)
	done := bar * pct / 100
	return strings.Repeat("█", done) + strings.Repeat("░", bar-done) + figures
}
