package cli

import (
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// quitOnHangup ends the program cleanly, restoring the terminal, when the
// terminal hangs up (SIGHUP). Bubble Tea itself handles SIGINT and
// SIGTERM. The returned function stops listening.
func quitOnHangup(p *tea.Program) (stop func()) {
	sig := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(sig, syscall.SIGHUP)
	go func() {
		select {
		case <-sig:
			p.Quit()
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sig)
		close(done)
	}
}
