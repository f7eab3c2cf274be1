package store

import (
	"errors"
	"path/filepath"
	"syscall"
)

// The kinds of bookmarks problem a caller acts on; test with errors.Is.
var (
	// ErrCorruptBookmarks: the file is a damaged bookmarks file (truncated,
	// the wrong shape). Load and Apply move it aside; see CorruptError.
	ErrCorruptBookmarks = errors.New("corrupt bookmarks file")
	// ErrBookmarksLocked: another summit-tui held the lock for longer than
	// the store waits. Nothing was saved; try again later.
	ErrBookmarksLocked = errors.New("the bookmarks file is locked by another summit-tui")
	// ErrBookmarksReadOnly: the file has no write permission for its
	// owner, so the store reads it but never replaces or moves it.
	ErrBookmarksReadOnly = errors.New("the bookmarks file is read-only")
	// ErrBookmarksNewer: the file has a version this program does not
	// know. It is neither read, moved nor replaced.
	ErrBookmarksNewer = errors.New("written by a newer summit-tui")
	// ErrNotBookmarks: the path is not a bookmarks file at all: a device,
	// a FIFO, a directory, or a file that is clearly something else (a
	// sessions page). It is never read, moved or replaced.
	ErrNotBookmarks = errors.New("not a bookmarks file")
)

// StoreError is every error of the bookmarks store and the state file:
// which file, and why, in words short enough for a status line. It wraps
// one of the sentinels above or the system's error (errors.Is(err,
// syscall.ENOSPC) holds for a full disk).
type StoreError struct {
	Path string // the file concerned, as the user named it
	Why  string // what is wrong, without the path: "no space left on device"
	Err  error

	// named: Why has the file as its subject ("is a FIFO, not a bookmarks
	// file"), so it reads after the file's name, not after a colon.
	named bool
}

// Error is "<path>: <why>" (or "<path> <why>" where the file is the
// subject), with a path that could drive the terminal quoted.
func (e *StoreError) Error() string {
	if e.named {
		return printablePath(e.Path) + " " + e.Why
	}
	return printablePath(e.Path) + ": " + e.Why
}

func (e *StoreError) Unwrap() error { return e.Err }

// Reason is the error without the file's directory: "no space left on
// device", "bookmarks.json is a FIFO, not a bookmarks file". It fits a
// status line.
func (e *StoreError) Reason() string {
	if e.named {
		return printablePath(filepath.Base(e.Path)) + " " + e.Why
	}
	return e.Why
}

// ShortReason words err for a status line: the Reason of a
// *StoreError or *CorruptError, or err's own message.
func ShortReason(err error) string {
	var ce *CorruptError
	if errors.As(err, &ce) {
		return ce.Reason()
	}
	var be *StoreError
	if errors.As(err, &be) {
		return be.Reason()
	}
	return err.Error()
}

// CorruptError reports a corrupt bookmarks file that was moved aside, intact,
// so that nothing is ever overwritten and browsing can go on.
type CorruptError struct {
	MovedTo string // where the corrupt file now is
	Err     error  // why it is corrupt: a *StoreError wrapping ErrCorruptBookmarks
}

func (e *CorruptError) Error() string {
	return e.Err.Error() + "; moved it to " + printablePath(e.MovedTo)
}

func (e *CorruptError) Unwrap() error { return e.Err }

// Reason is "corrupt (<why>); moved to <name>", without directories.
func (e *CorruptError) Reason() string {
	return ShortReason(e.Err) + "; moved to " + printablePath(filepath.Base(e.MovedTo))
}

func corruptError(path, why string) *StoreError {
	return &StoreError{Path: path, Why: "corrupt (" + why + ")", Err: ErrCorruptBookmarks}
}

// systemError words a failed system call by its cause alone ("no space
// left on device"), because the operation and the temporary file's name
// that *fs.PathError would add mean nothing to the user.
func systemError(path, doing string, err error) *StoreError {
	var be *StoreError
	if errors.As(err, &be) {
		return be
	}
	why := err.Error()
	var errno syscall.Errno
	if errors.As(err, &errno) {
		why = errno.Error()
	}
	if doing != "" {
		why = doing + ": " + why
	}
	return &StoreError{Path: path, Why: why, Err: err}
}
