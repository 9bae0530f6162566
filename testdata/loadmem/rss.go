package main

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
	"time"
)

// peakRSS returns the process's peak resident size so far as Linux's
// /proc/self/status gives it (VmHWM, in kB as /usr/bin/time -v gives
// its maximum), or "n/a" elsewhere.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "n/a"
	}
	for _, line := range bytes.Split(b, []byte("\n")) {
		f := bytes.Fields(line)
		if len(f) == 3 && string(f[0]) == "VmHWM:" && string(f[2]) == "kB" {
			if _, err := strconv.ParseInt(string(f[1]), 10, 64); err == nil {
				return string(f[1]) + " kB"
			}
		}
	}
	return "n/a"
}

// cpuTime returns the processor time the process has used so far, user
// and system, all goroutines together: on a busy machine it tells the
// work a load does better than the time it takes.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
