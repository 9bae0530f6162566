package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// End-to-end tests of issue 14 (the explorer as a reporter uses it) and of
// the explorer's side of issue 15 (TimelineJS files and addresses), on the
// real program in tmux.

// timelinejsFile returns the absolute path of a TimelineJS test file.
func timelinejsFile(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("data", "testdata", "timelinejs", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// joined returns the screen's rows as one line of words, so that a text
// wrapped over several rows is found whole.
func joined(rows []string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.Join(rows, "\n"), "▌", "")), " ")
}

// quit presses q and checks the exit status.
func (s *tmuxSession) quit() {
	s.t.Helper()
	s.keys("q")
	if got := s.waitExit(); got != "EXIT=0" {
		s.t.Errorf("exit after q: %s, want EXIT=0", got)
	}
}

func TestE2EReporter(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not on PATH")
	}
	bin := e2eProgram(t)

	// Reading the list at 120 columns without colour: 40 columns of every
	// title, the selected one whole, every match marked with a sign, the
	// prompts' hints.
	t.Run("ReadingTheList", func(t *testing.T) {
		t.Parallel()
		s, _ := e2eStartKept(t, bin, 120, 40, []string{"NO_COLOR=1"})
		rows := s.waitText("Timeline", "Meta buys 49%")
		list := func(rows []string) string {
			var b strings.Builder
			for _, r := range rows {
				b.WriteString(ansi.Cut(r, 0, 57) + "\n")
			}
			return b.String()
		}
		for _, want := range []string{"Google, Scale AI's biggest customer, rep", "Scale AI promises customers that Meta ge",
			"▶ 12 Thu $   Meta buys 49% of Scale AI and hires its", "chief executive, Alexandr Wang"} {
			if !strings.Contains(list(rows), want) {
				t.Errorf("the list lacks %q:\n%s", want, list(rows))
			}
		}
		s.keys("/")
		s.waitText("tab: kind: person: org: outlet:")
		s.keys("wang")
		s.keys("Enter")
		rows = s.waitText("match 1/")
		marked := strings.Count(list(rows), "\n│•")
		if marked < 5 {
			t.Errorf("%d rows marked • after /wang:\n%s", marked, list(rows))
		}
		s.keys("Escape")
		s.waitFor("the search to clear", func(rows []string) bool { return !strings.Contains(rows[len(rows)-1], "match") })
		s.keys("@")
		s.waitText("jump to:", "2025-08-19, aug 19, 19 août, +3w, -10d")
		s.keys("Escape")
		s.waitFor("the prompt to close", func(rows []string) bool { return !strings.Contains(rows[len(rows)-1], "jump to:") })
		s.keys("f")
		s.keys("kind:")
		rows = s.waitText("tab: departure hire appointment")
		if strings.Contains(joined(rows), "want a value") {
			t.Errorf("kind: says it wants a value:\n%s", rows[len(rows)-1])
		}
		s.keys("Escape")
		s.waitFor("the prompt to close", func(rows []string) bool { return !strings.Contains(rows[len(rows)-1], "filter:") })
		s.quit()
	})

	// Dates as honest as they are known: the index, the mark.
	t.Run("HonestDates", func(t *testing.T) {
		t.Parallel()
		s := e2eStart(t, bin, 120, 40)
		s.waitText("Timeline", "Meta buys 49%")
		s.keys("p")
		s.waitText("People (")
		s.keys("knight")
		rows := s.waitText("narrow: knight", "Ethan Knight")
		if all := strings.Join(rows, "\n"); !strings.Contains(all, "late Aug 2025 – 29 Aug 2025") || strings.Contains(all, "26 Aug 2025") {
			t.Errorf("the index shows Ethan Knight's approximate date as a day:\n%s", all)
		}
		s.keys("Escape")
		s.waitFor("the narrowing to clear", func(rows []string) bool { return !strings.Contains(strings.Join(rows, "\n"), "narrow: knight") })
		s.keys("Escape")
		s.waitText("╭ Timeline")
		s.keys("@")
		s.keys("2025-08-25")
		s.keys("Enter")
		s.waitText("Mon 25 Aug 2025")
		s.keys("m")
		s.keys("j")
		s.waitText("at about the same time as the marked event")
		s.quit()
	})

	// The org chart's steps say what changed, and lines too long end with
	// an ellipsis.
	t.Run("OrgChartSteps", func(t *testing.T) {
		t.Parallel()
		s := e2eStart(t, bin, 80, 30)
		s.waitText("Timeline")
		s.keys("@")
		s.keys("2025-08-19")
		s.keys("Enter")
		s.waitText("Tue 19 Aug 2025")
		s.keys("O")
		s.waitText("What changed on 19 Aug 2025", "+ Nat Friedman, under Alexandr Wang")
		s.keys("]")
		rows := s.waitText("What changed on 1 Sep 2025", "− Ruben Mayer, was under Alexandr Wang: reporting line ended (Aug 2025)")
		for i, r := range s.screen(true) {
			if w := ansi.StringWidth(r); w > 80 {
				t.Errorf("row %d is %d columns: %q", i, w, r)
			}
		}
		if !strings.Contains(strings.Join(rows, "\n"), "…│") {
			t.Errorf("no long line ends with an ellipsis:\n%s", strings.Join(rows, "\n"))
		}
		s.quit()
	})

	// The copy notice names the event and fits; the citation has a date.
	t.Run("CopyNotice", func(t *testing.T) {
		t.Parallel()
		s := e2eStart(t, bin, 80, 24)
		s.waitText("Timeline")
		s.keys("y")
		s.waitText("Will copy", "June 12, 2025: Meta buys 49%")
		s.keys("Enter")
		rows := s.waitFor("the copy notice", func(rows []string) bool {
			return strings.Contains(joined(rows), "timeline show meta-invests-in-scale-ai --format citation")
		})
		for i, r := range rows {
			if w := ansi.StringWidth(r); w > 80 {
				t.Errorf("row %d is %d columns: %q", i, w, r)
			}
		}
		s.quit()
	})

	// TimelineJS files: the title slide first, a ruler of years, events of
	// no kind in the legend, deep time, skipped slides said at once.
	t.Run("TimelineJSFiles", func(t *testing.T) {
		t.Parallel()
		s := e2eStart(t, bin, 120, 40, "--data", timelinejsFile(t, "women_in_computing.json"))
		s.waitText("About this timeline", "walk you through what TimelineJS can do")
		s.keys("Escape")
		rows := s.waitText("╭ Timeline", "Ada Lovelace")
		if r := rows[1]; !strings.Contains(r, " 1815 ▲") || !strings.Contains(r, " 1900 ") {
			t.Errorf("the ruler of 1815–1985: %q", r)
		}
		if !strings.Contains(rows[2], "0·none 10") {
			t.Errorf("the legend: %q", rows[2])
		}
		s.quit()

		c := e2eStart(t, bin, 100, 30, "--data", timelinejsFile(t, "cosmo.json"))
		c.waitText("13.8 billion years ago – 3500 BCE")
		c.keys("Escape")
		c.waitText("13.8Ga ▲", "▶ 13.8Ga")
		c.quit()

		b := e2eStart(t, bin, 100, 30, "--data", timelinejsFile(t, "bad-slides.json"))
		rows = b.waitText("of 5 slides opened", "skipped")
		if !strings.Contains(joined(rows), `slide 2 "Month 13"`) {
			t.Errorf("the skipped slides are not named at once:\n%s", strings.Join(rows, "\n"))
		}
		b.quit()
	})

	// A timeline opened by its address: fetched behind a loading screen,
	// r fetches it again, a failure keeps what is on screen.
	t.Run("FetchedByAddress", func(t *testing.T) {
		t.Parallel()
		var mu sync.Mutex
		serve := "welcome.json"
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			name := serve
			mu.Unlock()
			if name == "" {
				http.Error(w, "down", http.StatusInternalServerError)
				return
			}
			b, err := os.ReadFile(timelinejsFile(t, name))
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.Write(b)
		}))
		defer srv.Close()
		set := func(name string) {
			mu.Lock()
			serve = name
			mu.Unlock()
		}
		s := e2eStart(t, bin, 100, 30, "--data", srv.URL+"/timeline/welcome.json")
		s.waitText("17 events", "It's Easy to Make Your Own Timeline")
		set("eras.json")
		s.keys("r")
		s.waitText("20 events", "fetched again")
		set("")
		s.keys("r")
		rows := s.waitFor("the failure", func(rows []string) bool { return strings.Contains(joined(rows), "could not fetch it again") })
		if !strings.Contains(strings.Join(rows, "\n"), "20 events") {
			t.Errorf("a failed fetch lost the timeline on screen:\n%s", strings.Join(rows, "\n"))
		}
		s.quit()
	})
}
