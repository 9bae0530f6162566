package notebook

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"timeline/data"
	"timeline/model"
)

// DataDir returns the directory of the reporter's own files:
// $XDG_DATA_HOME/timeline, or ~/.local/share/timeline when XDG_DATA_HOME
// is unset, empty or relative (the XDG base directory specification asks
// relative paths to be ignored). It does not create it.
func DataDir() (string, error) {
	if x := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(x) {
		return filepath.Join(x, "timeline"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", errors.New("no home directory to keep notes in: set HOME or XDG_DATA_HOME")
	}
	return filepath.Join(home, ".local", "share", "timeline"), nil
}

// BundledCopyPath returns where the first edit of the bundled dataset
// offers to save a copy: summer2025.json in DataDir, or summer2025-2.json
// and so on when that is taken. The interface shows it in full.
func BundledCopyPath() (string, error) {
	dir, err := DataDir()
	if err != nil {
		return "", err
	}
	return FreePath(filepath.Join(dir, "summer2025.json")), nil
}

// FreePath returns path when no file is there, else the first of
// NAME-2.EXT, NAME-3.EXT… that is free.
func FreePath(path string) string {
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	for n := 1; ; n++ {
		p := path
		if n > 1 {
			p = stem + "-" + strconv.Itoa(n) + ext
		}
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			return p
		}
	}
}

// SaveCopy writes ds as a new native file at path, creating its directory
// (private to the user, as DataDir is) when needed, and never replacing a
// file that exists (see data.SaveNew).
func SaveCopy(ds *model.Dataset, path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	return data.SaveNew(path, ds)
}

// datasetKey returns what names a dataset for its annotations: the
// absolute path of its file, symbolic links resolved when the file
// exists, or the bundled dataset's name.
func datasetKey(dataFile string) (string, error) {
	if dataFile == "" || dataFile == data.BundledName {
		return data.BundledName, nil
	}
	abs, err := filepath.Abs(dataFile)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	return abs, nil
}

// sidecarPath returns the annotations file of the dataset named key:
// DataDir/notes/NAME-HASH.json, NAME being the data file's name for a
// person who looks, HASH the start of the SHA-256 of key, which tells
// apart files of the same name.
func sidecarPath(key string) (string, error) {
	dir, err := DataDir()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(key))
	name := strings.TrimSuffix(filepath.Base(strings.TrimPrefix(key, "bundled:")), filepath.Ext(key))
	name = model.Slug(name, "dataset")
	return filepath.Join(dir, "notes", name+"-"+hex.EncodeToString(sum[:8])+".json"), nil
}
