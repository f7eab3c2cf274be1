package store

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// The bookmarks file and the state file are read and replaced the same
// way: only ever a regular file, opened so that nothing can block, and
// replaced whole by rename with its owner and mode kept.

// fileRole names what a path should hold, for errors about what it holds
// instead.
type fileRole struct {
	noun   string // "a bookmarks file"
	not    error  // wrapped when the path holds something else
	locked error  // wrapped when another summit-tui holds its lock too long
	max    int64  // the most a real file of the kind could weigh
	// recognise tells a file of the kind by its content, before one
	// reached through a link is replaced; the bookmarks file's parser
	// does that itself.
	recognise func(text string) bool
}

// target is a file checked before it is read or replaced.
type target struct {
	path     string      // as the user named it, for messages
	resolved string      // where it is, its symbolic links followed
	info     fs.FileInfo // of resolved; nil while nothing is there
	linked   bool        // reached through a symbolic link
}

// inspect follows path's symbolic links, so that a file kept elsewhere and
// linked in is replaced where it lives, and checks what is at the end: a
// regular file, or nothing yet. Anything else is an error naming it, and
// is never opened. A link is followed only when it, and what it names,
// are the user's own (see foreignOwner).
func inspect(path string, role fileRole) (target, error) {
	t := target{path: path, resolved: path}
	verb := "is"
	for range 40 { // the usual limit on nested links
		fi, err := os.Lstat(t.resolved)
		if errors.Is(err, fs.ErrNotExist) {
			if t.linked {
				return t, danglingLink(t, role)
			}
			return t, nil
		}
		if err != nil {
			return t, systemError(path, "", err)
		}
		if fi.Mode()&fs.ModeSymlink != 0 {
			if uid, foreign := foreignOwner(fi); foreign {
				return t, refusedLink(path, fmt.Sprintf("is a symbolic link of another user (uid %d), not followed", uid), role)
			}
			dest, err := os.Readlink(t.resolved)
			if err != nil {
				return t, systemError(path, "", err)
			}
			if !filepath.IsAbs(dest) {
				dest = filepath.Join(filepath.Dir(t.resolved), dest)
			}
			t.resolved, verb, t.linked = dest, "links to", true
			continue
		}
		if !fi.Mode().IsRegular() {
			return t, notRegular(path, verb, fi.Mode(), role)
		}
		if uid, foreign := foreignOwner(fi); foreign && t.linked {
			return t, refusedLink(path, fmt.Sprintf("links to a file of another user (uid %d), not followed", uid), role)
		}
		t.info = fi
		return t, nil
	}
	return t, &StoreError{Path: path, Why: "is a loop of symbolic links, not " + role.noun, Err: role.not, named: true}
}

func notRegular(path, verb string, mode fs.FileMode, role fileRole) error {
	return &StoreError{Path: path, Why: verb + " " + fileKind(mode) + ", not " + role.noun, Err: role.not, named: true}
}

// fileKind names what a file that is not regular is.
func fileKind(mode fs.FileMode) string {
	switch {
	case mode.IsDir():
		return "a directory"
	case mode&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	case mode&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "a special file"
}

// readOnly reports whether the file's owner may not write it: the user
// made it read-only, so it is never replaced or moved.
func readOnly(info fs.FileInfo) bool {
	return info != nil && info.Mode().Perm()&0o200 == 0
}

// readRegular reads the file t found. It opens without following a link
// and without blocking, and checks the open file again, so that a FIFO or
// device swapped in after inspect is refused too. A file that has gone
// since gives ok false and no error.
func readRegular(t *target, role fileRole) (text string, ok bool, err error) {
	f, err := openNoFollow(t.resolved)
	if errors.Is(err, fs.ErrNotExist) {
		t.info = nil
		return "", false, nil
	}
	if err != nil {
		return "", false, systemError(t.path, "", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return "", false, systemError(t.path, "", err)
	}
	if !fi.Mode().IsRegular() {
		return "", false, notRegular(t.path, "is", fi.Mode(), role)
	}
	if fi.Size() > role.max {
		return "", false, tooLargeFor(t.path, fi.Size(), role)
	}
	t.info = fi
	// A strings.Builder hands over what it read without a copy: for a
	// large file, ids can be slices of this one string.
	var b strings.Builder
	b.Grow(int(fi.Size()))
	n, err := io.Copy(&b, io.LimitReader(f, role.max+1))
	if err != nil {
		return "", false, systemError(t.path, "", err)
	}
	if n > role.max {
		return "", false, tooLargeFor(t.path, n, role)
	}
	return b.String(), true, nil
}

func tooLargeFor(path string, size int64, role fileRole) error {
	return &StoreError{Path: path, Why: fmt.Sprintf("is too large for %s (%s)", role.noun, humanBytes(size)), Err: role.not, named: true}
}

// ensureDir creates dir, private to the user, when it is missing. When
// root creates it in someone else's directory (sudo keeping the user's
// HOME), the new directories are given to that someone, so that the user's
// own summit-tui can still write there.
func ensureDir(dir, what string) error {
	existing := dir
	for {
		_, err := os.Lstat(existing)
		parent := filepath.Dir(existing)
		if !errors.Is(err, fs.ErrNotExist) || parent == existing {
			break
		}
		existing = parent
	}
	if existing == dir {
		return nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return systemError(dir, "cannot create the "+what+" directory", err)
	}
	if !isRoot() {
		return nil
	}
	fi, err := os.Stat(existing)
	if err != nil {
		return nil
	}
	if uid, gid, ok := ownerOf(fi); ok && uid != 0 {
		for d := dir; d != existing && len(d) > len(existing); d = filepath.Dir(d) {
			_ = os.Lchown(d, uid, gid)
		}
	}
	return nil
}

// replaceRegular writes a new file in t's directory with write, syncs it
// and renames it over t, so that after a crash the file holds either the
// old or the new content, whole. The new file keeps the old one's mode,
// owner and group (root saving a user's file hands it back to the user); a
// new file has mode 0600, and as root it goes to the directory's owner.
// On error the old file is untouched and no temporary file is left.
// Temporary files older than staleAfter (all of them for 0) are removed
// first: the bookmarks lock makes every one stale; the state file, which
// has no lock, only leaves old ones.
func replaceRegular(t target, staleAfter time.Duration, write func(*bufio.Writer) error) error {
	dir := filepath.Dir(t.resolved)
	perm := fs.FileMode(0o600)
	uid, gid, owned := 0, 0, false
	if t.info != nil {
		perm = t.info.Mode().Perm()
		uid, gid, owned = ownerOf(t.info)
	} else if isRoot() {
		if fi, err := os.Stat(dir); err == nil {
			uid, gid, owned = ownerOf(fi)
		}
	}
	pf, err := newPendingFile(t.resolved, perm)
	if err != nil {
		return systemError(t.path, "", err)
	}
	removeStaleTemps(t.resolved, pf, staleAfter)
	fail := func(err error) error {
		_ = pf.Cleanup()
		return err
	}
	if owned && (uid != os.Geteuid() || gid != os.Getegid()) {
		// A group this user may not give is left to the user's own; an
		// owner that cannot be kept stops the save.
		if err := pf.Chown(uid, gid); err != nil && uid != os.Geteuid() {
			return fail(&StoreError{Path: t.path, Why: fmt.Sprintf("belongs to another user (uid %d)", uid), Err: err, named: true})
		}
	}
	w := bufio.NewWriterSize(pf, 256<<10)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = pf.CloseAtomicallyReplace()
	}
	if err != nil {
		return fail(systemError(t.path, "", err))
	}
	// The new content is in place now. A directory that cannot be synced
	// (some network file systems refuse) only weakens durability, so it is
	// not reported as a failed save.
	_ = syncDir(dir)
	return nil
}

// isTempName reports whether name is a temporary file written next to the
// file named base: ".<base><digits>", or ".<base>.tmp-<anything>" as
// earlier versions named them.
func isTempName(name, base string) bool {
	rest, ok := strings.CutPrefix(name, "."+base)
	if !ok {
		return false
	}
	if strings.HasPrefix(rest, ".tmp-") {
		return true
	}
	return rest != "" && strings.Trim(rest, "0123456789") == ""
}

// removeStaleTemps removes temporary files left by a writer that died
// before its rename, leaving ours (pf) and those younger than staleAfter.
func removeStaleTemps(path string, pf pendingFile, staleAfter time.Duration) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	ours := filepath.Base(pf.Name())
	var now time.Time
	if staleAfter > 0 {
		// The file system's clock, not ours: mtimes come from it.
		fi, err := pf.Stat()
		if err != nil {
			return
		}
		now = fi.ModTime()
	}
	for _, e := range entries {
		if e.Name() == ours || !isTempName(e.Name(), base) || !e.Type().IsRegular() {
			continue
		}
		if staleAfter > 0 {
			fi, err := e.Info()
			if err != nil || now.Sub(fi.ModTime()) < staleAfter {
				continue
			}
		}
		_ = os.Remove(filepath.Join(dir, e.Name()))
	}
}

// pendingFile is a temporary file that becomes the target on
// CloseAtomicallyReplace, or vanishes on Cleanup.
type pendingFile interface {
	io.Writer
	Name() string
	Stat() (fs.FileInfo, error)
	Chown(uid, gid int) error
	CloseAtomicallyReplace() error
	Cleanup() error
}
