package cli

import (
	"os"
	"os/signal"
	"syscall"
	"time"

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

// exitBySignal ends the process by sig, as the signal would have ended
// it had a save not been listening for it, so that whoever started the
// process (a shell, a script) sees why it ended. The save stopped by it
// has removed its temporary file and left the file as it was.
func exitBySignal(sig os.Signal) {
	signal.Reset(sig)
	if p, err := os.FindProcess(os.Getpid()); err == nil {
		p.Signal(sig)
	}
	// The signal ends the process; should it not, so does this.
	time.Sleep(time.Second)
	os.Exit(ExitData)
}
