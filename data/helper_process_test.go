package data_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"timeline/data"
	"timeline/model"
)

// helperEnv names the environment variable that turns the test binary,
// run again by a test, into a helper process: "add PATH N PREFIX" adds N
// events to the file at PATH, one UpdateEdit each, "addfunc" the same
// with Update; "slowwrite PATH" saves PATH slowly, to be interrupted,
// "slowwrite-nohup" the same with SIGHUP ignored, as under nohup.
const helperEnv = "TIMELINE_DATA_TEST_HELPER"

// helperInterrupted is the exit status of a helper whose save a signal
// interrupted cleanly.
const helperInterrupted = 3

// TestHelperProcess is not a test: it is the helper process's body, run
// only when helperEnv is set.
func TestHelperProcess(t *testing.T) {
	args := strings.Fields(os.Getenv(helperEnv))
	if len(args) == 0 {
		t.Skip("a helper for other tests")
	}
	switch args[0] {
	case "add", "addfunc":
		n, _ := strconv.Atoi(args[2])
		for i := range n {
			add := addEvent
			if args[0] == "addfunc" {
				add = addEventFunc
			}
			if err := add(args[1], fmt.Sprintf("%s event %d", args[3], i)); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
	case "slowwrite", "slowwrite-nohup":
		if args[0] == "slowwrite-nohup" {
			signal.Ignore(syscall.SIGHUP)
		}
		err := data.WriteAtomicFunc(args[1], func(w io.Writer) error {
			chunk := []byte(strings.Repeat("x", 64<<10))
			if _, err := w.Write(chunk); err != nil {
				return err
			}
			fmt.Println("writing")
			for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); {
				if _, err := w.Write(chunk); err != nil {
					return err
				}
				time.Sleep(5 * time.Millisecond)
			}
			return nil
		})
		var ie *data.InterruptedError
		if errors.As(err, &ie) {
			os.Exit(helperInterrupted)
		}
		fmt.Fprintln(os.Stderr, "not interrupted:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// helper returns a command running this test binary as a helper process.
func helper(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+strings.Join(args, " "))
	cmd.Stderr = os.Stderr
	return cmd
}

// addEvent adds one event titled title to the file at path, as
// timeline add does: a draft on the file as read, saved by UpdateEdit.
func addEvent(path, title string) error {
	ds, _, err := data.Load(path)
	if err != nil {
		return err
	}
	d := model.NewDraft(ds)
	src, _, err := d.Source(model.Source{Outlet: "Wire", Title: title})
	if err != nil {
		return err
	}
	_, err = d.AddEvent(model.Event{Date: model.MustDate("2025-10-22"), Kind: model.Layoff, Status: model.Reported,
		Title: model.Plain(title)}.WithRefs(nil, []string{src}, nil))
	if err != nil {
		return err
	}
	_, err = data.UpdateEdit(path, d.Edit())
	return err
}

// addEventFunc adds one event titled title to the file at path inside
// Update's change, on the dataset as read under the lock.
func addEventFunc(path, title string) error {
	_, err := data.Update(path, func(ds *model.Dataset) error {
		d := model.NewDraft(ds)
		src, _, err := d.Source(model.Source{Outlet: "Wire", Title: title})
		if err != nil {
			return err
		}
		if _, err := d.AddEvent(model.Event{Date: model.MustDate("2025-10-22"), Kind: model.Layoff,
			Status: model.Reported, Title: model.Plain(title)}.WithRefs(nil, []string{src}, nil)); err != nil {
			return err
		}
		_, err = d.Edit().Apply(ds)
		return err
	})
	return err
}
