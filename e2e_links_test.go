package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// The bookmarks file and the state file link to files that are not
// summit-tui's to write: the browser says so in one line, keeps bookmarks
// in memory, and leaves the files and their directory as they were.
func TestE2ELinksToFilesNotOursAreLeftAlone(t *testing.T) {
	t.Parallel()
	const passwd = "root:x:0:0:root:/root:/bin/bash\n"
	t.Run("the user's own prose", func(t *testing.T) {
		t.Parallel()
		dataHome, away := t.TempDir(), t.TempDir()
		precious := filepath.Join(away, "precious.txt")
		writeFile(t, precious, "Dear diary,\nthe talk on streams was good.\n")
		writeFile(t, filepath.Join(away, "passwd"), passwd)
		linkFile(t, precious, bookmarksFile(dataHome))
		linkFile(t, filepath.Join(away, "passwd"), stateFile(dataHome))
		untouched := snapshotDir(t, away)

		u := startTUI(t, launch{cols: 120, rows: 40, dataHome: dataHome})
		u.waitFirstFrame()
		u.waitText("Bookmarks kept in memory only: bookmarks.json links to precious.txt, not a bookmarks file")
		u.press("b")
		u.waitText("★ Bookmarks 1", "★ Bookmarked")
		u.quitUnsaved("1 change could not be saved: bookmarks.json links to precious.txt, not a bookmarks file")
		untouched.check(t)
	})
	t.Run("as a user, links to root's files", func(t *testing.T) {
		t.Parallel()
		if os.Getuid() != 0 {
			t.Skip("only root can make a file of another user; the store's tests play the users")
		}
		setpriv, err := exec.LookPath("setpriv")
		if err != nil {
			t.Skip("running as root without setpriv to run as another user")
		}
		const nobody = 65534
		dataHome, away := t.TempDir(), t.TempDir()
		// nobody must reach the binary, its data directory and the files
		// linked to, which stay root's.
		for _, dir := range []string{filepath.Dir(binary(t)), filepath.Dir(dataHome), away} {
			if err := os.Chmod(dir, 0o711); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.Chown(dataHome, nobody, nobody); err != nil {
			t.Fatal(err)
		}
		bookmarks := readFile(t, filepath.Join("data", "store", "testdata", "bookmarks", "good_canonical.json"))
		writeFile(t, filepath.Join(away, "bookmarks.json"), string(bookmarks))
		writeFile(t, filepath.Join(away, "passwd"), passwd)
		for _, l := range [][2]string{
			{filepath.Join(away, "bookmarks.json"), bookmarksFile(dataHome)},
			{filepath.Join(away, "passwd"), stateFile(dataHome)},
		} {
			linkFile(t, l[0], l[1])
			for p := l[1]; p != dataHome; p = filepath.Dir(p) {
				if err := os.Lchown(p, nobody, nobody); err != nil {
					t.Fatal(err)
				}
			}
		}
		untouched := snapshotDir(t, away)

		u := startTUI(t, launch{cols: 120, rows: 40, dataHome: dataHome,
			prefix: []string{setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"}})
		u.waitFirstFrame()
		u.waitText("Bookmarks kept in memory only: bookmarks.json links to a file of another user (uid 0)")
		u.press("b")
		u.waitText("★ Bookmarks 1", "★ Bookmarked")
		u.quitUnsaved("1 change could not be saved: bookmarks.json links to a file of another user (uid 0)")
		untouched.check(t)
	})
}

// stateFile is the state file the browser keeps under its XDG_STATE_HOME.
func stateFile(dataHome string) string {
	return filepath.Join(dataHome, "state", "summit-tui", "state.json")
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// linkFile makes link, and the directories it is in, point to target.
func linkFile(t *testing.T, target, link string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(link), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// dirSnapshot is a directory's files, their inodes and contents.
type dirSnapshot struct {
	dir   string
	files map[string]os.FileInfo
	bytes map[string][]byte
}

func snapshotDir(t *testing.T, dir string) dirSnapshot {
	t.Helper()
	s := dirSnapshot{dir, map[string]os.FileInfo{}, map[string][]byte{}}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		fi, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		s.files[e.Name()], s.bytes[e.Name()] = fi, readFile(t, p)
	}
	return s
}

// check fails unless the directory holds the same files, neither renamed,
// replaced nor changed, and nothing else.
func (s dirSnapshot) check(t *testing.T) {
	t.Helper()
	now := snapshotDir(t, s.dir)
	names := func(m map[string]os.FileInfo) []string {
		return slices.Sorted(func(yield func(string) bool) {
			for k := range m {
				if !yield(k) {
					return
				}
			}
		})
	}
	if got, want := names(now.files), names(s.files); !slices.Equal(got, want) {
		t.Errorf("%s holds %q, held %q", s.dir, got, want)
	}
	for name, fi := range s.files {
		if after, ok := now.files[name]; ok && (!os.SameFile(fi, after) || !bytes.Equal(now.bytes[name], s.bytes[name])) {
			t.Errorf("%s was replaced or changed", name)
		}
	}
}
