//go:build unix

package store

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// A file of the store's, written through a symbolic link: the bookmarks
// file, the state file, a seen-version file and a derived file share the
// guard.
type linkedKind struct {
	name    string
	not     error                      // the error a refusal wraps
	path    func(dir string) string    // where summit-tui keeps it in dir
	content []byte                     // a file of the kind
	write   func(dir string) error     // replaces it, as the program does
	reads   []func(dir string) error   // every read that may follow the link
	changed func(before []byte) []byte // what write leaves, given before
}

func linkedKinds(t *testing.T) []linkedKind {
	bookmarks := readBookmarkFixture(t, "good_canonical.json")
	derived := func() []byte {
		dir := t.TempDir()
		if err := WriteDerived(dir, "next", "v1", []byte("cached")); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(derivedPath(dir, "next"))
		if err != nil {
			t.Fatal(err)
		}
		return raw
	}()
	store := func(dir string) *BookmarkStore {
		s := NewBookmarkStore(filepath.Join(dir, "bookmarks.json"))
		s.now = func() time.Time { return bookmarkClock }
		return s
	}
	return []linkedKind{
		{
			name: "bookmarks", not: ErrNotBookmarks, content: bookmarks,
			path: func(dir string) string { return filepath.Join(dir, "bookmarks.json") },
			write: func(dir string) error {
				_, err := store(dir).Apply(bmKafka, nil, []BookmarkOp{{ID: "id-d", Add: true}})
				return err
			},
			reads: []func(string) error{
				func(dir string) error { _, err := store(dir).Load(bmKafka); return err },
				func(dir string) error { _, err := store(dir).Read(bmKafka); return err },
			},
		},
		{
			name: "state", not: ErrNotStateFile, content: []byte(`{"version": 1}`),
			path: func(dir string) string { return filepath.Join(dir, "state.json") },
			write: func(dir string) error {
				return WriteStateFile(filepath.Join(dir, "state.json"), []byte(`{"version": 2}`))
			},
			reads: []func(string) error{
				func(dir string) error { _, err := ReadStateFile(filepath.Join(dir, "state.json")); return err },
			},
		},
		{
			name: "seen", not: ErrNotSeenFile, content: []byte(`{"talks": []}`),
			path:  func(dir string) string { return seenPath(dir, "conf") },
			write: func(dir string) error { return WriteSeen(dir, "conf", []byte(`{"talks": [1]}`)) },
			reads: []func(string) error{
				func(dir string) error { _, err := ReadSeen(dir, "conf"); return err },
			},
		},
		{
			name: "derived", not: ErrNotDerivedFile, content: derived,
			path:  func(dir string) string { return derivedPath(dir, "next") },
			write: func(dir string) error { return WriteDerived(dir, "next", "v2", []byte("again")) },
		},
	}
}

// linkPlace makes dir (where summit-tui keeps its file) and away (where a
// link there may point), both empty.
func linkPlace(t *testing.T) (dir, away string) {
	t.Helper()
	root := t.TempDir()
	dir, away = filepath.Join(root, "summit-tui"), filepath.Join(root, "away")
	for _, d := range []string{dir, away} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	return dir, away
}

// fileState is what a refused write must leave as it was.
type fileState struct {
	path  string
	info  fs.FileInfo
	bytes []byte
	names []string // of its directory
}

func snapshotFile(t *testing.T, path string) fileState {
	t.Helper()
	fi, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return fileState{path, fi, raw, bookmarkDirNames(t, filepath.Dir(path))}
}

func (f fileState) assertUntouched(t *testing.T) {
	t.Helper()
	if !sameFile(f.path, f.info) {
		t.Errorf("%s was renamed or replaced", filepath.Base(f.path))
	}
	if raw, err := os.ReadFile(f.path); err != nil || !bytes.Equal(raw, f.bytes) {
		t.Errorf("%s now holds %q (%v)", filepath.Base(f.path), raw, err)
	}
	if names := bookmarkDirNames(t, filepath.Dir(f.path)); !slices.Equal(names, f.names) {
		t.Errorf("its directory holds %q, held %q", names, f.names)
	}
}

// assertRefused checks that err is a refusal of kind k in one line.
func assertRefused(t *testing.T, k linkedKind, what string, err error, reason string) {
	t.Helper()
	if !errors.Is(err, k.not) {
		t.Errorf("%s = %v; want %v", what, err, k.not)
		return
	}
	if err.Error() == "" || strings.Contains(err.Error(), "\n") {
		t.Errorf("%s: not one line: %q", what, err)
	}
	if got := ShortReason(err); !strings.Contains(got, reason) {
		t.Errorf("%s: ShortReason = %q, want it to say %q", what, got, reason)
	}
}

// playUsers makes the store see the running user as self and each file
// named in owners as owned by that uid (the rest by self), so that the
// rules about other users' files are tried without being root.
func playUsers(t *testing.T, self int, owners map[string]int) {
	t.Helper()
	t.Cleanup(func() { playedUsers.Store(nil) })
	playedUsers.Store(&users{
		running: func() int { return self },
		owner: func(fi fs.FileInfo) (int, bool) {
			if uid, ok := owners[fi.Name()]; ok {
				return uid, true
			}
			return self, true
		},
	})
}

// A link is followed only when it and what it names belong to the user
// running summit-tui: root's link to a user's file, a user's link to
// root's file (/etc/passwd) and another user's link are all refused, the
// file left as it was.
func TestLinkFollowedOnlyWhenBothAreTheUsers(t *testing.T) {
	const user, other, root = 1000, 2000, 0
	tests := []struct {
		name               string
		self, link, target int
		followed           bool
		reason             string
	}{
		{"the user's link to the user's file", user, user, user, true, ""},
		{"root's link to root's file", root, root, root, true, ""},
		{"the user's link to root's file", user, user, root, false, "links to a file of another user (uid 0)"},
		{"the user's link to another user's file", user, user, other, false, "links to a file of another user (uid 2000)"},
		{"another user's link to the user's file", user, other, user, false, "is a symbolic link of another user (uid 2000)"},
		{"root, a user's link to root's file", root, user, root, false, "is a symbolic link of another user (uid 1000)"},
		{"root, root's link to a user's file", root, root, user, false, "links to a file of another user (uid 1000)"},
	}
	for _, k := range linkedKinds(t) {
		for _, tt := range tests {
			t.Run(k.name+"/"+tt.name, func(t *testing.T) {
				dir, away := linkPlace(t)
				link, target := k.path(dir), filepath.Join(away, "target-file")
				if err := os.WriteFile(target, k.content, 0o600); err != nil {
					t.Fatal(err)
				}
				if err := os.Symlink(target, link); err != nil {
					t.Fatal(err)
				}
				playUsers(t, tt.self, map[string]int{filepath.Base(link): tt.link, "target-file": tt.target})
				before := snapshotFile(t, target)
				err := k.write(dir)
				if tt.followed {
					if err != nil {
						t.Fatalf("write = %v; want the linked file replaced", err)
					}
					if raw, _ := os.ReadFile(target); bytes.Equal(raw, k.content) {
						t.Error("the linked file was not written")
					}
					if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
						t.Errorf("the link is gone (%v)", err)
					}
					return
				}
				assertRefused(t, k, "write", err, tt.reason)
				for i, read := range k.reads {
					if err := read(dir); !errors.Is(err, k.not) {
						t.Errorf("read %d = %v; want %v", i, err, k.not)
					}
				}
				before.assertUntouched(t)
			})
		}
	}
}

// As root, state.json and bookmarks.json linked to a passwd-like file:
// whoever owns the link or the file, it is never replaced. Made with real
// owners, so only root runs the cases of other users; anyone runs the one
// where both are the user's own, which its content refuses.
func TestLinkToPasswdNeverReplaced(t *testing.T) {
	const nobody = 65534
	passwd := []byte("root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n")
	cases := []struct {
		name         string
		link, target int // -1: the user running the test
		reason       string
	}{
		{"both the user's", -1, -1, "links to target-file, not"},
		{"a file of another user", -1, nobody, "links to a file of another user (uid 65534)"},
		{"a link of another user", nobody, -1, "is a symbolic link of another user (uid 65534)"},
	}
	for _, k := range linkedKinds(t) {
		for _, c := range cases {
			t.Run(k.name+"/"+c.name, func(t *testing.T) {
				if (c.link >= 0 || c.target >= 0) && os.Geteuid() != 0 {
					t.Skip("only root can give a file to another user")
				}
				dir, away := linkPlace(t)
				link, target := k.path(dir), filepath.Join(away, "target-file")
				if err := os.WriteFile(target, passwd, 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.Symlink(target, link); err != nil {
					t.Fatal(err)
				}
				if c.target >= 0 {
					if err := os.Chown(target, c.target, c.target); err != nil {
						t.Fatal(err)
					}
				}
				if c.link >= 0 {
					if err := os.Lchown(link, c.link, c.link); err != nil {
						t.Fatal(err)
					}
				}
				before := snapshotFile(t, target)
				assertRefused(t, k, "write", k.write(dir), c.reason)
				before.assertUntouched(t)
			})
		}
	}
}

// A link to the user's own file that is not one of summit-tui's (prose in
// precious.txt) is never moved aside, renamed or replaced, and saying so
// names it.
func TestLinkToAnotherKindOfFileNeverReplaced(t *testing.T) {
	for _, k := range linkedKinds(t) {
		t.Run(k.name, func(t *testing.T) {
			dir, away := linkPlace(t)
			link, precious := k.path(dir), filepath.Join(away, "precious.txt")
			if err := os.WriteFile(precious, []byte("Dear diary,\nthe talk on streams was good.\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(precious, link); err != nil {
				t.Fatal(err)
			}
			before := snapshotFile(t, precious)
			assertRefused(t, k, "write", k.write(dir), "links to precious.txt, not")
			for i, read := range k.reads {
				if err := read(dir); !errors.Is(err, k.not) && err != nil {
					t.Errorf("read %d = %v; want nothing read or %v", i, err, k.not)
				}
			}
			before.assertUntouched(t)
			if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
				t.Errorf("the link is gone (%v)", err)
			}
		})
	}
}

// A dotfiles repository linked in keeps working: its file is written where
// it lives, empty or not there yet included, and the link stays a link.
func TestLinkIntoDotfilesKeepsWorking(t *testing.T) {
	for _, k := range linkedKinds(t) {
		for _, start := range []string{"whole", "empty", "not there yet"} {
			t.Run(k.name+"/"+start, func(t *testing.T) {
				dir, dotfiles := linkPlace(t)
				link, target := k.path(dir), filepath.Join(dotfiles, "summit-file")
				switch start {
				case "whole":
					if err := os.WriteFile(target, k.content, 0o600); err != nil {
						t.Fatal(err)
					}
				case "empty":
					if err := os.WriteFile(target, nil, 0o600); err != nil {
						t.Fatal(err)
					}
				}
				rel, err := filepath.Rel(dir, target)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.Symlink(rel, link); err != nil {
					t.Fatal(err)
				}
				if err := k.write(dir); err != nil {
					t.Fatalf("write = %v", err)
				}
				raw, err := os.ReadFile(target)
				if err != nil || len(raw) == 0 || bytes.Equal(raw, k.content) {
					t.Errorf("the dotfiles file holds %q (%v); want it written", raw, err)
				}
				if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
					t.Errorf("the link is gone (%v)", err)
				}
				for _, name := range bookmarkDirNames(t, dotfiles) {
					if strings.Contains(name, "corrupt") {
						t.Errorf("%s was moved aside", name)
					}
				}
				for i, read := range k.reads {
					if err := read(dir); err != nil {
						t.Errorf("read %d = %v", i, err)
					}
				}
			})
		}
	}
}

// A link to a place that does not exist creates no directory on the way
// there, whether the file's link or its directory's dangles.
func TestDanglingLinkCreatesNoDirectory(t *testing.T) {
	for _, k := range linkedKinds(t) {
		t.Run(k.name+"/file", func(t *testing.T) {
			dir, away := linkPlace(t)
			missing := filepath.Join(away, "missing")
			if err := os.Symlink(filepath.Join(missing, "deeper", "file"), k.path(dir)); err != nil {
				t.Fatal(err)
			}
			assertRefused(t, k, "write", k.write(dir), "links into a directory that does not exist")
			if _, err := os.Lstat(missing); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("%s was created (%v)", missing, err)
			}
			assertOnly(t, away)
		})
		t.Run(k.name+"/directory", func(t *testing.T) {
			root := t.TempDir()
			home, missing := filepath.Join(root, "home"), filepath.Join(root, "dotfiles")
			if err := os.Symlink(missing, home); err != nil {
				t.Fatal(err)
			}
			if err := k.write(filepath.Join(home, "summit-tui")); err == nil {
				t.Error("write through a dangling directory link succeeded")
			}
			assertOnly(t, root, "home")
		})
	}
}

// The state file is saved under the bookmarks file's kind of lock: while
// another process holds it, a save gives up within the bound and changes
// nothing; once it is free, the save goes through.
func TestStateFileLockIsBounded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	if err := WriteStateFile(path, []byte(`{"tab": 1}`)); err != nil {
		t.Fatal(err)
	}
	timeout := stateLock.timeout
	t.Cleanup(func() { stateLock.timeout = timeout })
	stateLock.timeout = 100 * time.Millisecond
	release := holdBookmarkLock(t, path)
	_, err := withinDeadline(t, "WriteStateFile with the lock held", func() (struct{}, error) {
		return struct{}{}, WriteStateFile(path, []byte(`{"tab": 2}`))
	})
	if !errors.Is(err, ErrStateLocked) {
		t.Fatalf("WriteStateFile = %v; want ErrStateLocked", err)
	}
	if got, want := ShortReason(err), "state.json is locked by another summit-tui"; got != want {
		t.Errorf("ShortReason = %q, want %q", got, want)
	}
	if got, err := ReadStateFile(path); err != nil || string(got) != `{"tab": 1}` {
		t.Errorf("state file holds %q, %v; want the earlier state", got, err)
	}
	release()
	if err := WriteStateFile(path, []byte(`{"tab": 3}`)); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadStateFile(path); err != nil || string(got) != `{"tab": 3}` {
		t.Errorf("state file holds %q, %v; want the new state", got, err)
	}
}
