// Command typing measures how long the explorer takes to settle after each
// key of a search, side by side with fzf on the same events' lines: each
// program runs in a pseudo-terminal of 120×40, the word is typed one key at
// a time at a random moment, and a key's latency is the time from writing
// it to the last byte of the output burst it causes (the screen is settled
// once nothing has come for the quiet period). It prints the p50 and p90
// of both sides and their ratio, for BENCHMARKS.md; scripts/typing.sh
// builds it and runs it on a generated file:
//
//	scripts/typing.sh lefevre
//	DATA=/path/to/1m.json scripts/typing.sh lefevre
//
// fzf reads the lines `timeline list` prints for the same file, with
// --exact, as a user who pipes the list into it would.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

func main() {
	bin := flag.String("timeline", "timeline", "the timeline binary")
	data := flag.String("data", "", "the dataset file")
	word := flag.String("word", "lefevre", "the word to type")
	runs := flag.Int("runs", 3, "times the word is typed on each side")
	quiet := flag.Duration("quiet", 300*time.Millisecond, "how long without output a screen must stay to be settled")
	ready := flag.Duration("ready", 10*time.Second, "how long to wait at most for a program to be ready")
	fzf := flag.String("fzf", "fzf", "the fzf binary")
	wait := flag.Duration("wait", 0, "how long to wait once a program is ready before typing (for the search index of a large file)")
	open := flag.Bool("open", false, "measure the opening of the file instead: the first screen, the whole file, and the peak resident size")
	each := flag.Bool("keys", false, "also print each run's time of each key, to see which keys cost")
	flag.Parse()
	if *data == "" {
		fmt.Fprintln(os.Stderr, "typing: -data FILE is needed")
		os.Exit(2)
	}
	if *open {
		for range *runs {
			opening(*bin, *data)
		}
		return
	}
	extraWait = *wait
	lines, err := os.CreateTemp("", "typing-lines-*.txt")
	check(err)
	defer os.Remove(lines.Name())
	list := exec.Command(*bin, "list", "--data", *data)
	list.Stdout = lines
	check(list.Run())
	check(lines.Close())

	var tl, fz []time.Duration
	var tlFirst, fzFirst time.Duration
	for range *runs {
		t, first := typeWord(*quiet, *ready, *word, true, *bin, "--data", *data, "--no-mouse")
		tl, tlFirst = append(tl, t...), max(tlFirst, first)
		f, first := typeWord(*quiet, *ready, *word, false, "sh", "-c", fmt.Sprintf("exec %s --exact < %s", *fzf, lines.Name()))
		fz, fzFirst = append(fz, f...), max(fzFirst, first)
		if *each {
			fmt.Printf("timeline %s\nfzf      %s\n", ms(t), ms(f))
		}
	}
	p := func(ds []time.Duration, q float64) float64 {
		s := slices.Clone(ds)
		slices.Sort(s)
		return float64(s[int(q*float64(len(s)-1)+0.5)].Microseconds()) / 1000
	}
	fmt.Printf("%d keys each; a key to a settled screen, in ms\n", len(tl))
	fmt.Printf("timeline  p50 %6.1f  p90 %6.1f  slowest first key %6.1f\n", p(tl, .5), p(tl, .9), float64(tlFirst.Microseconds())/1000)
	fmt.Printf("fzf       p50 %6.1f  p90 %6.1f  slowest first key %6.1f\n", p(fz, .5), p(fz, .9), float64(fzFirst.Microseconds())/1000)
	fmt.Printf("ratio timeline/fzf  p50 %.2f  p90 %.2f (target ≤ 1)\n", p(tl, .5)/p(fz, .5), p(tl, .9)/p(fz, .9))
}

// typeWord starts the command in a pseudo-terminal, waits until it is
// ready (its output has settled after the start), opens the search with
// "/" when slash is set, then types word a key at a time and returns each
// key's latency and that of the first.
func typeWord(quiet, ready time.Duration, word string, slash bool, name string, args ...string) ([]time.Duration, time.Duration) {
	t := start(false, name, args...)
	defer t.stop()
	t.settle(time.Second, ready) // loaded: a second without output
	time.Sleep(extraWait)
	if slash {
		t.key("/")
		t.settle(quiet, ready)
	}
	var out []time.Duration
	for _, k := range word {
		time.Sleep(time.Duration(rand.IntN(17)) * time.Millisecond) // any moment of a frame
		sent := t.key(string(k))
		last := t.settle(quiet, ready)
		out = append(out, last.Sub(sent))
	}
	return out, out[0]
}

// extraWait is the -wait flag: a pause between a program's start and the
// first key.
var extraWait time.Duration

// opening starts the explorer on file and prints when its first screen
// came (the first events shown while the rest loads, as the status line
// says: "showing the first"), when the whole file was in ("Loaded
// whole"), the process's peak resident size then, and five seconds later,
// once the search index is built.
func opening(bin, file string) {
	t0 := time.Now()
	t := start(true, bin, "--data", file, "--no-mouse")
	defer t.stop()
	var seen strings.Builder
	var first, whole time.Duration
	deadline := time.After(5 * time.Minute)
	for whole == 0 {
		select {
		case chunk, ok := <-t.watch:
			if !ok {
				fmt.Println("typing: the program ended")
				return
			}
			seen.WriteString(chunk)
			if first == 0 && strings.Contains(seen.String(), "showing the first") {
				first = time.Since(t0)
			}
			if strings.Contains(seen.String(), "Loaded whole") {
				whole = time.Since(t0)
			}
			if seen.Len() > 1<<16 { // keep a tail where a phrase may have been cut
				tail := seen.String()[seen.Len()-64:]
				seen.Reset()
				seen.WriteString(tail)
			}
		case <-deadline:
			fmt.Println("typing: no end of the load within 5 minutes")
			return
		}
	}
	atWhole := peakRSS(t.cmd.Process.Pid)
	time.Sleep(5 * time.Second)
	fmt.Printf("first screen %6.0f ms  whole %6.0f ms  peak resident %4.0f MB at whole, %4.0f MB 5 s later\n",
		float64(first.Microseconds())/1000, float64(whole.Microseconds())/1000, atWhole, peakRSS(t.cmd.Process.Pid))
}

// peakRSS returns the peak resident size of process pid so far, in MB.
func peakRSS(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	check(err)
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			var kb float64
			fmt.Sscan(f[1], &kb)
			return kb * 1024 / 1e6
		}
	}
	return 0
}

// term is a program running in a pseudo-terminal.
type term struct {
	cmd    *exec.Cmd
	master *os.File
	reads  chan time.Time // when each read returned bytes
	watch  chan string    // what each read returned, when not nil
}

// start runs the command in a pseudo-terminal of 120×40; with watch, what
// it writes is sent on the term's watch channel instead of timed.
func start(watch bool, name string, args ...string) *term {
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	check(err)
	check(unix.IoctlSetPointerInt(int(master.Fd()), unix.TIOCSPTLCK, 0))
	n, err := unix.IoctlGetInt(int(master.Fd()), unix.TIOCGPTN)
	check(err)
	check(unix.IoctlSetWinsize(int(master.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 40, Col: 120}))
	slave, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	check(err)
	cmd := exec.Command(name, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "COLUMNS=120", "LINES=40")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	check(cmd.Start())
	slave.Close()
	t := &term{cmd: cmd, master: master, reads: make(chan time.Time, 1<<16)}
	if watch {
		t.watch = make(chan string, 1<<16)
	}
	go func() {
		buf := make([]byte, 64<<10)
		var pending bytes.Buffer
		for {
			n, err := master.Read(buf)
			if n > 0 {
				// Answer the terminal queries a program may wait on.
				pending.Write(buf[:n])
				answer(master, &pending)
				if t.watch != nil {
					t.watch <- string(buf[:n])
					continue
				}
				t.reads <- time.Now()
			}
			if err != nil {
				close(t.reads)
				if t.watch != nil {
					close(t.watch)
				}
				return
			}
		}
	}()
	return t
}

// answer replies to the cursor-position and device-attribute requests in
// out, so that no program waits for a terminal that never answers, and
// keeps only the tail of out where a request may have been cut.
func answer(w *os.File, out *bytes.Buffer) {
	s := out.String()
	if strings.Contains(s, "\x1b[6n") {
		w.WriteString("\x1b[1;1R")
	}
	if strings.Contains(s, "\x1b[c") || strings.Contains(s, "\x1b[0c") {
		w.WriteString("\x1b[?62;22c")
	}
	if len(s) > 16 {
		out.Reset()
		out.WriteString(s[len(s)-16:])
	}
}

func (t *term) key(k string) time.Time {
	now := time.Now()
	_, err := t.master.WriteString(k)
	check(err)
	return now
}

// settle waits until no output has come for quiet (at most limit) and
// returns the time of the last output. Output read before it was called
// is passed over: what a program drew during a wait before the key (a
// large file's load and index) would otherwise be taken for the key's
// screen, and make the key's time short or even negative.
func (t *term) settle(quiet, limit time.Duration) time.Time {
	last := time.Now()
	since := last
	deadline := time.After(limit)
	for {
		select {
		case at, ok := <-t.reads:
			if !ok {
				return last
			}
			if at.Before(since) {
				continue
			}
			last = at
		case <-time.After(time.Until(last.Add(quiet))):
			return last
		case <-deadline:
			return last
		}
	}
}

func (t *term) stop() {
	t.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { t.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.cmd.Process.Kill()
	}
	t.master.Close()
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "typing:", err)
		os.Exit(1)
	}
}

// ms writes each key's time in milliseconds, for -keys.
func ms(ds []time.Duration) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, " %6.1f", float64(d.Microseconds())/1000)
	}
	return b.String()
}
