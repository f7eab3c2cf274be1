//go:build unix

package store

import (
	"bytes"
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// specialFile makes a file of the named kind at path, or skips the test
// where this system or user cannot.
func specialFile(t *testing.T, kind, path string) {
	t.Helper()
	var err error
	switch kind {
	case "FIFO":
		err = syscall.Mkfifo(path, 0o600)
	case "device":
		// The null device's numbers, made here rather than linking to
		// /dev/null, so that a store that renames it harms nothing.
		err = syscall.Mknod(path, syscall.S_IFCHR|0o666, int(nullDevice()))
		if err != nil {
			t.Skipf("cannot make a device node here: %v", err)
		}
	case "socket":
		var l net.Listener
		if l, err = net.Listen("unix", path); err == nil {
			t.Cleanup(func() { _ = l.Close() })
		}
	case "directory":
		err = os.Mkdir(path, 0o700)
	}
	if err != nil {
		t.Fatalf("make a %s: %v", kind, err)
	}
}

// nullDevice is the device number of /dev/null on Linux (1, 3).
func nullDevice() uint64 { return 1<<8 | 3 }

// sameFile reports whether the file at path is still the one described by
// before, unchanged in kind.
func sameFile(path string, before fs.FileInfo) bool {
	after, err := os.Lstat(path)
	return err == nil && os.SameFile(before, after) && after.Mode() == before.Mode()
}

// The bookmarks path, its lock path or what a link there points to is a
// device, a FIFO, a socket or a directory: every call returns at once with
// one clear line and leaves it untouched.
func TestBookmarkStoreRefusesSpecialFiles(t *testing.T) {
	tests := []struct {
		kind   string
		at     string // "path", "link" (the path links to it), or "lock"
		reason string
	}{
		{"FIFO", "path", "bookmarks.json is a FIFO, not a bookmarks file"},
		{"device", "path", "bookmarks.json is a device, not a bookmarks file"},
		{"socket", "path", "bookmarks.json is a socket, not a bookmarks file"},
		{"directory", "path", "bookmarks.json is a directory, not a bookmarks file"},
		{"FIFO", "link", "bookmarks.json links to a FIFO, not a bookmarks file"},
		{"device", "link", "bookmarks.json links to a device, not a bookmarks file"},
		{"FIFO", "lock", "bookmarks.json.lock is a FIFO, not a lock file"},
		{"device", "lock", "bookmarks.json.lock is a device, not a lock file"},
	}
	for _, tt := range tests {
		t.Run(tt.kind+" at the "+tt.at, func(t *testing.T) {
			fixture := ""
			if tt.at == "lock" {
				fixture = "bad_truncated.json" // Load needs the lock for it
			}
			s, raw := newTestBookmarkStore(t, fixture)
			dir := filepath.Dir(s.Path())
			if err := os.MkdirAll(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			special := s.Path()
			switch tt.at {
			case "link":
				special = filepath.Join(t.TempDir(), "null")
				if err := os.Symlink(special, s.Path()); err != nil {
					t.Fatal(err)
				}
			case "lock":
				special = s.Path() + ".lock"
			}
			specialFile(t, tt.kind, special)
			before, err := os.Lstat(special)
			if err != nil {
				t.Fatal(err)
			}
			namesBefore := bookmarkDirNames(t, dir)

			calls := storeCalls(s)
			if tt.at == "lock" {
				delete(calls, "Read") // it takes no lock: it reads the file
			}
			for call, fn := range calls {
				ids, err := withinDeadline(t, call, fn)
				if !errors.Is(err, ErrNotBookmarks) || ids != nil {
					t.Errorf("%s = %q, %v; want ErrNotBookmarks", call, ids, err)
					continue
				}
				if got := ShortReason(err); !strings.Contains(got, tt.reason) {
					t.Errorf("%s: ShortReason = %q, want %q", call, got, tt.reason)
				}
				if msg := err.Error(); strings.Contains(msg, "\n") {
					t.Errorf("%s: error of more than one line: %q", call, msg)
				}
			}
			if !sameFile(special, before) {
				t.Errorf("the %s was moved or replaced", tt.kind)
			}
			if got := bookmarkDirNames(t, dir); !slices.Equal(got, namesBefore) {
				t.Errorf("directory holds %q, held %q", got, namesBefore)
			}
			if raw != nil {
				if got := readBookmarkBytes(t, s.Path()); !bytes.Equal(got, raw) {
					t.Errorf("the bookmarks file changed")
				}
			}
		})
	}
}

// A FIFO put at the path after it was checked, and before it is opened,
// does not block the read either.
func TestBookmarkStoreFIFOSwappedInAfterTheCheck(t *testing.T) {
	s, _ := newTestBookmarkStore(t, "good_canonical.json")
	checked, err := inspect(s.Path(), bookmarksRole)
	if err != nil || checked.info == nil {
		t.Fatalf("inspect: %+v, %v", checked, err)
	}
	if err := os.Remove(s.Path()); err != nil {
		t.Fatal(err)
	}
	specialFile(t, "FIFO", s.Path())
	doc, err := withinDeadline(t, "reading a FIFO swapped in", func() (*bookmarkDoc, error) { return readBookmarks(&checked) })
	if !errors.Is(err, ErrNotBookmarks) || doc != nil {
		t.Errorf("readBookmarks = %v, %v; want ErrNotBookmarks", doc, err)
	}
}

// sudo summit-tui on a user's file: the file stays the user's, with its
// mode; new files root makes in a user's directory go to that user.
func TestBookmarkStoreKeepsOwnerAsRoot(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root can give a file to another user")
	}
	const uid, gid = 4321, 8765
	t.Run("replaced file", func(t *testing.T) {
		s, _ := newTestBookmarkStore(t, "good_canonical.json")
		if err := os.Chown(s.Path(), uid, gid); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(s.Path(), 0o640); err != nil {
			t.Fatal(err)
		}
		if _, err := applyToggle(s, bmKafka, "id-d", true); err != nil {
			t.Fatal(err)
		}
		assertOwner(t, s.Path(), uid, gid, 0o640)
		if ids, err := s.Read(bmKafka); err != nil || !slices.Contains(ids, "id-d") {
			t.Errorf("file has %q, %v; want id-d saved", ids, err)
		}
	})
	t.Run("new file in the user's directory", func(t *testing.T) {
		home := t.TempDir()
		if err := os.Chown(home, uid, gid); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(home, ".local", "share", "summit-tui", "bookmarks.json")
		if _, err := applyToggle(NewBookmarkStore(path), bmKafka, "id-a", true); err != nil {
			t.Fatal(err)
		}
		assertOwner(t, path, uid, gid, 0o600)
		assertOwner(t, path+".lock", uid, gid, 0o600)
		for d := filepath.Dir(path); d != home; d = filepath.Dir(d) {
			assertOwner(t, d, uid, gid, 0o700)
		}
	})
}

func assertOwner(t *testing.T, path string, uid, gid int, mode fs.FileMode) {
	t.Helper()
	fi, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	st := fi.Sys().(*syscall.Stat_t)
	if int(st.Uid) != uid || int(st.Gid) != gid || fi.Mode().Perm() != mode {
		t.Errorf("%s is %d:%d %v, want %d:%d %v", filepath.Base(path), st.Uid, st.Gid, fi.Mode().Perm(), uid, gid, mode)
	}
}

// A read-only file is read but never replaced or moved, even when corrupt.
func TestBookmarkStoreReadOnlyFile(t *testing.T) {
	t.Run("good", func(t *testing.T) {
		s, raw := newTestBookmarkStore(t, "good_canonical.json")
		if err := os.Chmod(s.Path(), 0o444); err != nil {
			t.Fatal(err)
		}
		if ids, err := s.Load(bmKafka); err != nil || !slices.Equal(ids, []string{"id-a", "id-b", "id-c"}) {
			t.Errorf("Load = %q, %v; want the file's ids", ids, err)
		}
		ids, err := applyToggle(s, bmKafka, "id-d", true)
		if !errors.Is(err, ErrBookmarksReadOnly) || ids != nil {
			t.Errorf("Toggle = %q, %v; want ErrBookmarksReadOnly", ids, err)
		}
		if got := ShortReason(err); got != "bookmarks.json is read-only" {
			t.Errorf("ShortReason = %q", got)
		}
		if got := readBookmarkBytes(t, s.Path()); !bytes.Equal(got, raw) {
			t.Errorf("read-only file changed:\n%s", got)
		}
		if fi, err := os.Stat(s.Path()); err != nil || fi.Mode().Perm() != 0o444 {
			t.Errorf("mode is now %v (%v)", fi.Mode().Perm(), err)
		}
	})
	t.Run("corrupt", func(t *testing.T) {
		s, raw := newTestBookmarkStore(t, "bad_truncated.json")
		if err := os.Chmod(s.Path(), 0o444); err != nil {
			t.Fatal(err)
		}
		for call, fn := range storeCalls(s) {
			var ce *CorruptError
			if ids, err := fn(); ids != nil || err == nil || errors.As(err, &ce) {
				t.Errorf("%s = %q, %v; want an error and nothing moved", call, ids, err)
			}
		}
		if got := readBookmarkBytes(t, s.Path()); !bytes.Equal(got, raw) {
			t.Errorf("read-only file changed")
		}
		assertOnly(t, filepath.Dir(s.Path()), "bookmarks.json", "bookmarks.json.lock")
	})
}

// Waits for a lock held elsewhere end, again and again, and the lock is
// taken as soon as it is free.
func TestBookmarkStoreLockWaitIsBounded(t *testing.T) {
	s, _ := newTestBookmarkStore(t, "good_canonical.json")
	s.lockTimeout = 50 * time.Millisecond
	release := holdBookmarkLock(t, s.Path())
	for range 3 { // one waiter is kept across attempts, not one per attempt
		if _, err := applyToggle(s, bmKafka, "id-d", true); !errors.Is(err, ErrBookmarksLocked) {
			t.Fatalf("Toggle = %v, want ErrBookmarksLocked", err)
		}
	}
	release()
	s.lockTimeout = 5 * time.Second
	if ids, err := applyToggle(s, bmKafka, "id-d", true); err != nil || !slices.Contains(ids, "id-d") {
		t.Fatalf("Toggle after release = %q, %v", ids, err)
	}
}
