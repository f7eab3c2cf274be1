package store

import (
	"bufio"
	"errors"
	"io/fs"
	"path/filepath"
	"sync"
	"time"

	"github.com/adrg/xdg"
)

// The state file remembers where the user was (the UI owns its content).
// It is read and written like the bookmarks file: a regular file only,
// never blocking, replaced whole under a lock with its owner and mode
// kept, through a link only to the user's own state file. The lock keeps
// two windows' saves from crossing; still, the last window to save wins,
// and losing a place is no loss of data.

// ErrNotStateFile: the state path holds something else (a device, a FIFO,
// a directory, a file far too large, a link to a file of another user or
// of another kind). It is never read or replaced.
var ErrNotStateFile = errors.New("not a state file")

// ErrStateLocked: another summit-tui held the state file's lock for longer
// than a save waits. Nothing was saved.
var ErrStateLocked = errors.New("the state file is locked by another summit-tui")

// maxStateBytes: a remembered place is a few hundred bytes.
const maxStateBytes = 1 << 20

// staleStateTemp: a temporary state file older than this is left by a
// writer that died; a younger one may be a save under way by a version
// that took no lock.
const staleStateTemp = time.Hour

var stateRole = fileRole{noun: "a state file", not: ErrNotStateFile, locked: ErrStateLocked, max: maxStateBytes, recognise: isJSONObject}

// stateLock serialises this process's saves of the state file and holds
// the lock between processes while one is written.
var stateLock = struct {
	sync.Mutex
	fileLock
}{fileLock: fileLock{timeout: defaultLockTimeout}}

// DefaultStatePath returns summit-tui/state.json under $XDG_STATE_HOME, or
// under the platform's state directory where that is not set. It reads the
// environment as it is now; call it once, at start.
func DefaultStatePath() (string, error) {
	xdg.Reload()
	if xdg.StateHome == "" {
		return "", errors.New("state: no state directory (neither XDG_STATE_HOME nor a home directory is set)")
	}
	return filepath.Join(xdg.StateHome, "summit-tui", "state.json"), nil
}

// ReadStateFile returns the state file's content, or nil and no error when
// there is none yet. Other errors (*StoreError) say why it cannot be
// read; the caller starts from the default place.
func ReadStateFile(path string) ([]byte, error) {
	t, err := inspect(path, stateRole)
	if err != nil || t.info == nil {
		return nil, err
	}
	text, ok, err := readRegular(&t, stateRole)
	if !ok || err != nil {
		return nil, err
	}
	return []byte(text), nil
}

// WriteStateFile replaces the state file with data atomically, creating
// its directory (mode 0700) and the file (mode 0600) when missing. A
// read-only file is left as it is, with an error; so is one held locked by
// another summit-tui for longer than defaultLockTimeout.
func WriteStateFile(path string, data []byte) error {
	stateLock.Lock()
	defer stateLock.Unlock()
	t, err := writableState(path)
	if err != nil {
		return err
	}
	if err := ensureDir(filepath.Dir(t.resolved), "state"); err != nil {
		return err
	}
	unlock, err := stateLock.lock(t, stateRole)
	if err != nil {
		return err
	}
	defer unlock()
	// The file as it is now that no other summit-tui can change it.
	if t, err = writableState(path); err != nil {
		return err
	}
	return replaceRegular(t, staleStateTemp, func(w *bufio.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writableState checks the state file before it is replaced.
func writableState(path string) (target, error) {
	t, err := inspect(path, stateRole)
	if err != nil {
		return t, err
	}
	if readOnly(t.info) {
		return t, &StoreError{Path: path, Why: "is read-only", Err: fs.ErrPermission, named: true}
	}
	return t, checkLinkedContent(&t, stateRole)
}
