package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

// mountTinyFS mounts a 64 KB tmpfs at a new directory and returns it, or
// skips the test where mounting is not allowed; TestBookmarkStore-
// FailedSaveKeepsOldFile injects a failed write through the same code
// path anywhere.
func mountTinyFS(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", syscall.MS_NOSUID|syscall.MS_NODEV, "size=64k,mode=0700"); err != nil {
		t.Skipf("cannot mount a small file system here (%v)", err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, 0); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	})
	return dir
}

// fillFS writes to a file in dir until the file system is full.
func fillFS(t *testing.T, dir string) (filler string) {
	t.Helper()
	filler = filepath.Join(dir, "filler")
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 4096)
	for {
		if _, err := f.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			return filler
		}
	}
}

// The disk is full during saves, then has room again: the saves fail,
// saying why in a few words, and change nothing; once there is room, one
// save writes every change made meanwhile.
func TestBookmarkStoreDiskFullThenRoomAgain(t *testing.T) {
	root := mountTinyFS(t)
	path := filepath.Join(root, "summit-tui", "bookmarks.json")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	raw := readBookmarkFixture(t, "good_canonical.json")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	s := NewBookmarkStore(path)
	known, err := s.Load(bmKafka)
	if err != nil {
		t.Fatal(err)
	}
	// The lock file is made before the disk fills, as in a running browser.
	if _, err := s.Apply(bmKafka, known, nil); err != nil {
		t.Fatal(err)
	}
	filler := fillFS(t, root)

	var pending []BookmarkOp
	for _, op := range []BookmarkOp{{ID: "id-d", Add: true}, {ID: "id-a", Add: false}} {
		pending = append(pending, op)
		ids, err := s.Apply(bmKafka, known, pending)
		if !errors.Is(err, syscall.ENOSPC) || ids != nil {
			t.Fatalf("Apply on a full disk = %q, %v; want ENOSPC", ids, err)
		}
		if got := ShortReason(err); got != "no space left on device" {
			t.Errorf("ShortReason = %q, want %q", got, "no space left on device")
		}
		if got := readBookmarkBytes(t, path); !bytes.Equal(got, raw) {
			t.Errorf("file changed by a failed save:\n%s", got)
		}
		assertOnly(t, filepath.Dir(path), "bookmarks.json", "bookmarks.json.lock")
	}

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	want := []string{"id-b", "id-c", "id-d"}
	if ids, err := s.Apply(bmKafka, known, pending); err != nil || !slices.Equal(ids, want) {
		t.Fatalf("Apply with room again = %q, %v; want %q", ids, err, want)
	}
	if ids, err := s.Read(bmKafka); err != nil || !slices.Equal(ids, want) {
		t.Errorf("file holds %q, %v; want %q", ids, err, want)
	}
}
