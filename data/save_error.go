package data

import (
	"errors"
	"fmt"
	"os"

	"timeline/model"
)

// Why a save refused to put its file in place. A *SaveError wraps one of
// them, or the system's own error, so that a caller can say it in its
// own words and language (errors.Is).
var (
	// ErrExists: the name is taken, and the save was not to replace it.
	ErrExists = errors.New("already exists")
	// ErrIsDir: the name is a directory.
	ErrIsDir = errors.New("is a directory")
	// ErrNotRegular: the name is a device, a FIFO or a socket.
	ErrNotRegular = errors.New("is not a regular file")
	// ErrSymlink: the name is a symbolic link, which the save was not to
	// follow (see WriteOptions.NoFollow), or one to a missing file.
	ErrSymlink = errors.New("is a symbolic link")
)

// SaveError says why a save did not happen, or did not finish: the file
// is as it was (but for a directory that could not be synced after the
// rename, which Error says), and no temporary file is left.
type SaveError struct {
	Path string
	// Err is ErrExists, ErrIsDir, ErrNotRegular, ErrSymlink, or the
	// system's error (a full disk, no permission), without the name of
	// the temporary file, which would only confuse.
	Err error
	msg string
}

// Error implements error: the file's name, cleaned of controls, and what
// happened, on one line.
func (e *SaveError) Error() string {
	path, _ := model.SanitizeLine(e.Path)
	return path + ": " + e.msg
}

// Unwrap returns Err.
func (e *SaveError) Unwrap() error { return e.Err }

// saveFail makes a *SaveError about path wrapping err, saying msg.
func saveFail(path string, err error, msg string, args ...any) *SaveError {
	return &SaveError{Path: path, Err: err, msg: fmt.Sprintf(msg, args...)}
}

// cannotSave is the *SaveError of a save the system refused.
func cannotSave(path string, err error) *SaveError {
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	} else {
		err = unwrapPath(err)
	}
	return saveFail(path, err, "cannot save: %v", err)
}
