package data

import (
	"os"
	"os/signal"
	"syscall"
)

// saveSignals listens, while a save writes its temporary file, for the
// signals that end a program from outside (SIGINT, SIGTERM, SIGHUP), so
// that the save can stop and remove its file instead of dying with it
// half-written. Listening takes the signal's default action away from the
// program only while the save runs.
type saveSignals struct {
	ch  chan os.Signal
	got os.Signal
}

// watchSignals starts listening. A signal the program ignores (SIGHUP
// under nohup) is left ignored: listening would end a save, and the
// program, that the user asked to survive it.
func watchSignals() *saveSignals {
	s := &saveSignals{ch: make(chan os.Signal, 1)}
	var sigs []os.Signal
	for _, sig := range []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		if !signal.Ignored(sig) {
			sigs = append(sigs, sig)
		}
	}
	if len(sigs) > 0 {
		signal.Notify(s.ch, sigs...)
	}
	return s
}

// caught returns the signal that arrived since the save started, or nil.
func (s *saveSignals) caught() os.Signal {
	if s.got == nil {
		select {
		case s.got = <-s.ch:
		default:
		}
	}
	return s.got
}

// stop stops listening.
func (s *saveSignals) stop() { signal.Stop(s.ch) }
