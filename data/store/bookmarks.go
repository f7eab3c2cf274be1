package store

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/adrg/xdg"
)

// maxBookmarkBytes: no bookmarks file weighs more (a million bookmarks
// are about 50 MB); a larger file is something else and is not read.
const maxBookmarkBytes = 256 << 20

var bookmarksRole = fileRole{noun: "a bookmarks file", not: ErrNotBookmarks, locked: ErrBookmarksLocked, max: maxBookmarkBytes}

// DefaultBookmarksPath returns summit-tui/bookmarks.json under
// $XDG_DATA_HOME, or under the platform's data directory where that is not
// set. It reads the environment as it is now; call it once, at start.
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
// old or the new file. Only a regular file is ever read, moved or
// replaced, and nothing waits without a bound. A symbolic link at the path
// (a dotfiles repository's file) is followed only when it and the file it
// names are the user's, and a file it names that is not a bookmarks file,
// corrupt ones included, is never moved or replaced. A BookmarkStore is
// safe for concurrent use.
//
// Every error is a *StoreError or a *CorruptError; ShortReason words
// one for a status line.
type BookmarkStore struct {
	path        string
	now         func() time.Time // names moved-aside files; replaced in tests
	lockTimeout time.Duration    // how long to wait for another summit-tui
	locker      fileLock         // guarded by mu

	// mu serialises callers in this process whatever kind of lock the
	// platform gives (fcntl locks, used on some systems, are per process).
	mu sync.Mutex
}

// NewBookmarkStore returns a store for the file at path. Nothing is read or
// created until it is used.
func NewBookmarkStore(path string) *BookmarkStore {
	return &BookmarkStore{path: path, now: time.Now, lockTimeout: defaultLockTimeout}
}

// Path returns the path the store was created with.
func (s *BookmarkStore) Path() string { return s.path }

// Read returns the ids bookmarked for conference in file order, duplicates
// removed, and modifies nothing: no lock is taken (the file is only ever
// replaced whole, so it needs none) and no directory created.
// A missing file means no bookmarks. A corrupt file is left where it is and
// reported with an error wrapping ErrCorruptBookmarks; a newer file with
// ErrBookmarksNewer; a path that is not a bookmarks file with
// ErrNotBookmarks.
func (s *BookmarkStore) Read(conference string) ([]string, error) {
	t, err := inspect(s.path, bookmarksRole)
	if err != nil {
		return nil, err
	}
	doc, err := readBookmarks(&t)
	if err != nil {
		return nil, err
	}
	return doc.ids(conference), nil
}

// Load is Read for start-up: a corrupt file is moved aside, intact, to
// "<path>.corrupt-<UTC time>" and Load returns no ids and a *CorruptError
// saying where it went. A read-only file is read but never moved. Any
// other failure, such as an unreadable file or the lock held for longer
// than the store waits, returns an error and moves nothing.
func (s *BookmarkStore) Load(conference string) ([]string, error) {
	ids, err := s.Read(conference)
	if !errors.Is(err, ErrCorruptBookmarks) {
		return ids, err
	}
	corrupt := err

	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := inspect(s.path, bookmarksRole)
	if err != nil {
		return nil, err
	}
	unlock, err := s.lock(t)
	if err != nil {
		return nil, &StoreError{
			Path: s.path,
			Why:  ShortReason(corrupt) + "; left in place, " + ShortReason(err),
			Err:  errors.Join(corrupt, err),
		}
	}
	defer unlock()

	// Another process may have replaced the file since it was read.
	if t, err = inspect(s.path, bookmarksRole); err != nil {
		return nil, err
	}
	doc, err := readBookmarks(&t)
	if errors.Is(err, ErrCorruptBookmarks) {
		return nil, s.moveAside(t, err)
	}
	if err != nil {
		return nil, err
	}
	return doc.ids(conference), nil
}

// BookmarkOp is one toggle: bookmark ID (Add) or remove its bookmark.
type BookmarkOp struct {
	ID  string
	Add bool
}

// Apply applies ops, in order, to conference's bookmarks and returns that
// conference's ids afterwards, sorted, including those another process
// saved meanwhile. The ops are applied to the file's latest content under
// an exclusive lock (the file "<path>.lock", which is left in place) and
// saved by writing a temporary file in the same directory, syncing it and
// renaming it over the old one. The directory is created with mode 0700
// when missing; a new file has mode 0600, a replaced one keeps its mode,
// owner and group. Ids of other conferences, ids this program does not
// know and members of the file it does not know are kept.
//
// known is what the caller believed the conference's ids were before ops:
// when the file is missing, empty or corrupt, the new file holds known
// with ops applied, so a window's bookmarks survive the file's loss.
//
// If the existing file is corrupt it is moved aside as in Load and a fresh
// file is written: the error is then a *CorruptError (test with errors.As)
// and the returned ids are valid and saved. Any other error means nothing
// was saved and the old file is unchanged; the caller keeps ops to retry.
// Among them: ErrBookmarksLocked (another summit-tui held the lock for
// longer than the store waits), ErrBookmarksReadOnly, ErrBookmarksNewer,
// ErrNotBookmarks, and the system's errors (syscall.ENOSPC).
func (s *BookmarkStore) Apply(conference string, known []string, ops []BookmarkOp) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := inspect(s.path, bookmarksRole)
	if err != nil {
		return nil, err
	}
	if readOnly(t.info) {
		return nil, readOnlyError(s.path)
	}
	if err := checkLinkedStart(t, bookmarksRole); err != nil {
		return nil, err
	}
	if err := ensureDir(filepath.Dir(t.resolved), "bookmarks"); err != nil {
		return nil, err
	}
	unlock, err := s.lock(t)
	if err != nil {
		return nil, err
	}
	defer unlock()

	// The file as it is now that no other summit-tui can change it.
	if t, err = inspect(s.path, bookmarksRole); err != nil {
		return nil, err
	}
	if readOnly(t.info) {
		return nil, readOnlyError(s.path)
	}
	doc, err := readBookmarks(&t)
	var corrupt *CorruptError
	switch {
	case errors.Is(err, ErrCorruptBookmarks):
		if merr := s.moveAside(t, err); !errors.As(merr, &corrupt) {
			return nil, merr
		}
		doc = nil
	case err != nil:
		return nil, err
	}
	var ids []string
	plain := false // every id needs no escape: known to be so, not checked one by one
	if doc == nil {
		ids = append(make([]string, 0, len(known)+len(ops)), known...)
		slices.Sort(ids)
		ids = slices.Compact(ids)
	} else {
		if doc.hasObject(conference) {
			return nil, &StoreError{Path: s.path, Why: fmt.Sprintf("written by a newer summit-tui (the bookmarks of %s)", shortQuote(conference)), Err: ErrBookmarksNewer}
		}
		ids, plain = doc.sortedIDs(conference, len(ops))
	}
	for _, op := range ops {
		i, found := slices.BinarySearch(ids, op.ID)
		switch {
		case op.Add && !found:
			ids = slices.Insert(ids, i, op.ID)
			plain = plain && isPlainJSON(op.ID)
		case !op.Add && found:
			ids = slices.Delete(ids, i, i+1)
		}
	}
	err = replaceRegular(t, 0, func(w *bufio.Writer) error { return doc.write(w, conference, ids, plain) })
	if err != nil {
		if corrupt != nil {
			// What became of the corrupt file must still be told.
			return nil, &StoreError{Path: s.path, Why: ShortReason(err) + "; the corrupt file was moved to " + printablePath(filepath.Base(corrupt.MovedTo)), Err: err}
		}
		return nil, err
	}
	if doc != nil {
		ids = doc.detach(ids)
	}
	if corrupt != nil {
		return ids, corrupt
	}
	return ids, nil
}

func readOnlyError(path string) error {
	return &StoreError{Path: path, Why: "is read-only", Err: ErrBookmarksReadOnly, named: true}
}

// readBookmarks reads the file t found; a missing file gives a nil doc.
func readBookmarks(t *target) (*bookmarkDoc, error) {
	if t.info == nil {
		return nil, nil
	}
	text, ok, err := readRegular(t, bookmarksRole)
	if !ok || err != nil {
		return nil, err
	}
	doc, fault := parseBookmarks(text)
	if fault == nil {
		return doc, nil
	}
	switch {
	case fault.kind == faultNewer:
		return nil, &StoreError{Path: t.path, Why: fmt.Sprintf("written by a newer summit-tui (version %d)", fault.newer), Err: ErrBookmarksNewer}
	case t.linked && isBlank(text):
		// An empty file linked in is where the bookmarks are to go: it is
		// written in place, not moved aside.
		return nil, nil
	case t.linked:
		// A file linked in that is not recognisably a bookmarks file may
		// be anything of the user's: it is never moved aside or replaced.
		return nil, notRecognised(*t, bookmarksRole, fault.why)
	case fault.kind == faultForeign:
		return nil, &StoreError{Path: t.path, Why: "looks like it is not a bookmarks file (" + fault.why + ")", Err: ErrNotBookmarks, named: true}
	}
	return nil, corruptError(t.path, fault.why)
}

// moveAside moves the corrupt file t aside (see moveCorruptAside) and
// returns the *CorruptError saying where it went, or why it could not.
// A read-only file stays where it is.
func (s *BookmarkStore) moveAside(t target, why error) error {
	if readOnly(t.info) {
		return &StoreError{Path: s.path, Why: ShortReason(why) + "; read-only, so left in place", Err: errors.Join(why, ErrBookmarksReadOnly)}
	}
	movedTo, err := moveCorruptAside(t.resolved, s.now())
	if err != nil {
		return systemError(s.path, "cannot move the corrupt file aside", err)
	}
	return &CorruptError{MovedTo: movedTo, Err: why}
}

// moveCorruptAside renames the corrupt bookmarks file at path, unchanged, to
// "<path>.corrupt-<UTC time>", with ".1", ".2"… added if that name is taken,
// and returns the new name. The caller holds the bookmarks lock, so no
// other summit-tui can take the name between the check and the rename.
func moveCorruptAside(path string, now time.Time) (string, error) {
	base := path + ".corrupt-" + now.UTC().Format("20060102T150405Z")
	for n := range 1000 {
		target := base
		if n > 0 {
			target = fmt.Sprintf("%s.%d", base, n)
		}
		_, err := os.Lstat(target)
		if err == nil {
			continue
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		if err := os.Rename(path, target); err != nil {
			return "", err
		}
		return target, nil
	}
	return "", fmt.Errorf("every name like %s is taken", printablePath(base))
}
