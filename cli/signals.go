package cli

import (
	"os"
	"os/signal"
	"sync"
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

// tempGuard removes a temporary file when a signal stops the process
// while the file exists, then lets the signal end the process as it would
// have, so that whoever started it sees why it ended.
type tempGuard struct {
	// mu is held while the file is put in place, and by the handler from
	// the signal on: the file is either in place or removed.
	mu   sync.Mutex
	name string
	sig  chan os.Signal
	done chan struct{}
}

// guardTemp starts listening for the signals that ask a command to stop
// (ctrl+c, kill, the terminal going away), before the temporary file
// exists so that none is missed. A signal the process was started with
// ignored (nohup) is left ignored.
func guardTemp() *tempGuard {
	g := &tempGuard{sig: make(chan os.Signal, 1), done: make(chan struct{})}
	for _, s := range []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		if !signal.Ignored(s) {
			signal.Notify(g.sig, s)
		}
	}
	go g.wait()
	return g
}

// watch names the file to remove.
func (g *tempGuard) watch(name string) {
	g.mu.Lock()
	g.name = name
	g.mu.Unlock()
}

// commit runs place, which puts the file in place, with no signal
// handled meanwhile.
func (g *tempGuard) commit(place func() error) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	err := place()
	if err == nil {
		g.name = ""
	}
	return err
}

// release stops listening; the file is in place or removed.
func (g *tempGuard) release() {
	signal.Stop(g.sig)
	close(g.done)
}

// wait removes the file on a signal, then sends the signal again with its
// default action restored. The lock is never given back: the process is
// ending.
func (g *tempGuard) wait() {
	select {
	case s := <-g.sig:
		g.mu.Lock()
		if g.name != "" {
			os.Remove(g.name)
		}
		signal.Reset(s)
		if p, err := os.FindProcess(os.Getpid()); err == nil {
			p.Signal(s)
		}
		// The signal ends the process; should it not, so does this.
		time.Sleep(time.Second)
		os.Exit(ExitData)
	case <-g.done:
	}
}
