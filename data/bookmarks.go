package data

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sync"
	"time"

	"github.com/adrg/xdg"
)

// ErrCorruptBookmarks is wrapped by every error that reports a bookmarks
// file which is not one this store wrote: truncated, not JSON, the wrong
// shape or an unknown version.
var ErrCorruptBookmarks = errors.New("corrupt bookmarks file")

// CorruptError reports a corrupt bookmarks file that was moved aside, intact,
// so that nothing is ever overwritten and browsing can go on.
type CorruptError struct {
	MovedTo string // where the corrupt file now is
	Err     error  // why it is corrupt; wraps ErrCorruptBookmarks
}

func (e *CorruptError) Error() string {
	return fmt.Sprintf("%v; moved it to %s", e.Err, e.MovedTo)
}

func (e *CorruptError) Unwrap() error { return e.Err }

// DefaultBookmarksPath returns summit-tui/bookmarks.json under
// $XDG_DATA_HOME, or under the platform's data directory where that is not
// set.
func DefaultBookmarksPath() (string, error) {
	xdg.Reload() // honour the environment as it is now, not as it was at init
	if xdg.DataHome == "" {
		return "", errors.New("bookmarks: no data directory (neither XDG_DATA_HOME nor a home directory is set)")
	}
	return filepath.Join(xdg.DataHome, "summit-tui", "bookmarks.json"), nil
}

// BookmarkStore keeps bookmarked session ids per conference in one JSON
// file that several processes may share. Every change is applied to the
// file's latest content under an inter-process lock and written by atomic
// replace, so concurrent windows lose nothing and a crash leaves either the
// old or the new file. A BookmarkStore is safe for concurrent use.
type BookmarkStore struct {
	path string
	now  func() time.Time // names moved-aside files; replaced in tests

	// mu serialises callers in this process whatever kind of lock the
	// platform gives (fcntl locks, used on some systems, are per process).
	mu sync.Mutex
}

// NewBookmarkStore returns a store for the file at path. Nothing is read or
// created until it is used.
func NewBookmarkStore(path string) *BookmarkStore {
	return &BookmarkStore{path: path, now: time.Now}
}

// Path returns the path the store was created with.
func (s *BookmarkStore) Path() string { return s.path }

// Read returns the ids bookmarked for conference in file order, duplicates
// removed, and modifies nothing: no lock is taken (the file is only ever
// replaced whole, so it needs none) and no directory created.
// A missing file means no bookmarks. A corrupt file is left where it is and
// reported with an error wrapping ErrCorruptBookmarks.
func (s *BookmarkStore) Read(conference string) ([]string, error) {
	f, err := readBookmarkFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return f.ids(conference), nil
}

// Load is Read for start-up: a corrupt file is moved aside, intact, to
// "<path>.corrupt-<UTC time>" and Load returns no ids and a *CorruptError
// saying where it went. Any other failure, such as an unreadable file,
// returns an error and moves nothing.
func (s *BookmarkStore) Load(conference string) ([]string, error) {
	ids, err := s.Read(conference)
	if !errors.Is(err, ErrCorruptBookmarks) {
		return ids, err
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	path := resolveBookmarkPath(s.path)
	unlock, err := lockBookmarks(path)
	if err != nil {
		return nil, err
	}
	defer unlock()

	// Another process may have replaced the file since it was read.
	f, err := readBookmarkFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case errors.Is(err, ErrCorruptBookmarks):
		movedTo, merr := moveCorruptAside(path, s.now())
		if merr != nil {
			return nil, merr
		}
		return nil, &CorruptError{MovedTo: movedTo, Err: err}
	case err != nil:
		return nil, err
	}
	return f.ids(conference), nil
}

// BookmarkOp is one toggle: bookmark ID (Add) or remove its bookmark.
type BookmarkOp struct {
	ID  string
	Add bool
}

// Toggle adds id to (add is true) or removes it from conference's
// bookmarks: Apply with one op and nothing known beforehand.
func (s *BookmarkStore) Toggle(conference, id string, add bool) ([]string, error) {
	return s.Apply(conference, nil, []BookmarkOp{{ID: id, Add: add}})
}

// Apply applies ops, in order, to conference's bookmarks and returns that
// conference's ids afterwards, sorted, including those another process
// saved meanwhile. The ops are applied to the file's latest content under
// an exclusive lock (the file "<path>.lock", which is left in place) and
// saved by writing a temporary file in the same directory, syncing it and
// renaming it over the old one. The directory is created with mode 0700
// when missing; the file has mode 0600. Ids of other conferences, and ids
// this program does not know, are kept.
//
// known is what the caller believed the conference's ids were before ops:
// when the file is missing, empty or corrupt, the new file holds known
// with ops applied, so a window's bookmarks survive the file's loss.
//
// If the existing file is corrupt it is moved aside as in Load and a fresh
// file is written: the error is then a *CorruptError (test with errors.As)
// and the returned ids are valid and saved. Any other error means nothing
// was saved and the old file is unchanged; the caller keeps ops to retry.
func (s *BookmarkStore) Apply(conference string, known []string, ops []BookmarkOp) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	path := resolveBookmarkPath(s.path)
	if err := ensureBookmarkDir(path); err != nil {
		return nil, err
	}
	unlock, err := lockBookmarks(path)
	if err != nil {
		return nil, err
	}
	defer unlock()

	f, err := readBookmarkFile(path)
	var corrupt *CorruptError
	fresh := func() *bookmarkFile {
		f := newBookmarkFile()
		f.Conferences[conference] = append([]string(nil), known...)
		return f
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		f = fresh()
	case errors.Is(err, ErrCorruptBookmarks):
		movedTo, merr := moveCorruptAside(path, s.now())
		if merr != nil {
			return nil, merr
		}
		corrupt = &CorruptError{MovedTo: movedTo, Err: err}
		f = fresh()
	case err != nil:
		return nil, err
	}

	for _, op := range ops {
		f.toggle(conference, op.ID, op.Add)
	}
	data, err := f.encode()
	if err != nil {
		return nil, fmt.Errorf("save bookmarks: %w", err)
	}
	if err := replaceBookmarkFile(path, data); err != nil {
		if corrupt != nil {
			return nil, fmt.Errorf("%w (the corrupt file was moved to %s)", err, corrupt.MovedTo)
		}
		return nil, err
	}
	if corrupt != nil {
		return f.ids(conference), corrupt
	}
	return f.ids(conference), nil
}
