package store

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/adrg/xdg"
)

const (
	bmKafka = "Kafka Summit London 2019"
	bmRnD   = "R&D <Days> 2020" // a name encoding/json would escape by default
)

// bookmarkClock is the time given to stores in tests; it is not UTC, so the
// names of moved-aside files show that they are in UTC.
var bookmarkClock = time.Date(2026, 11, 24, 23, 5, 12, 0, time.FixedZone("CET", 3600))

const bookmarkClockStamp = "20261124T220512Z"

// newTestBookmarkStore returns a store for summit-tui/bookmarks.json in a
// fresh directory, holding a copy of the named file of
// testdata/bookmarks ("" for none), and that file's bytes.
func newTestBookmarkStore(t *testing.T, fixture string) (*BookmarkStore, []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "summit-tui", "bookmarks.json")
	s := NewBookmarkStore(path)
	s.now = func() time.Time { return bookmarkClock }
	if fixture == "" {
		return s, nil
	}
	raw := readBookmarkFixture(t, fixture)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	return s, raw
}

func readBookmarkFixture(t *testing.T, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "bookmarks", name))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func bookmarkFixtures(t *testing.T, pattern string, atLeast int) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "bookmarks", pattern))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < atLeast {
		t.Fatalf("found %d files matching %s in testdata/bookmarks, want at least %d", len(paths), pattern, atLeast)
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	return names
}

// bookmarkDirNames lists the directory's entries by name.
func bookmarkDirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func readBookmarkBytes(t *testing.T, path string) []byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// applyToggle adds id to (add is true) or removes it from conference's bookmarks,
// as one toggle of the browser with nothing known beforehand.
func applyToggle(s *BookmarkStore, conference, id string, add bool) ([]string, error) {
	return s.Apply(conference, nil, []BookmarkOp{{ID: id, Add: add}})
}

func sameBookmarkIDs(got, want []string) bool {
	return len(got) == 0 && len(want) == 0 || slices.Equal(got, want)
}

func TestBookmarkStoreReadsGoodFiles(t *testing.T) {
	tests := []struct {
		file       string
		conference string
		want       []string
	}{
		{"good_canonical.json", bmKafka, []string{"id-a", "id-b", "id-c"}},
		{"good_canonical.json", bmRnD, []string{"x-1"}},
		{"good_canonical.json", "Some Other Summit", nil},
		// File order, duplicates dropped; unknown fields ignored.
		{"good_hand_edited.json", bmKafka, []string{"id-b", "id-a"}},
		{"good_hand_edited.json", "Gone Conference", nil},
		{"good_no_bookmarks.json", bmKafka, nil},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		covered[tt.file] = true
		t.Run(tt.file+"/"+tt.conference, func(t *testing.T) {
			s, raw := newTestBookmarkStore(t, tt.file)
			for name, read := range map[string]func(string) ([]string, error){"Read": s.Read, "Load": s.Load} {
				got, err := read(tt.conference)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if !sameBookmarkIDs(got, tt.want) {
					t.Errorf("%s(%q) = %q, want %q", name, tt.conference, got, tt.want)
				}
			}
			// Reading a good file changes nothing and creates no lock file.
			if got := readBookmarkBytes(t, s.Path()); !bytes.Equal(got, raw) {
				t.Errorf("file changed by reading:\n%s", got)
			}
			if names := bookmarkDirNames(t, filepath.Dir(s.Path())); !slices.Equal(names, []string{"bookmarks.json"}) {
				t.Errorf("directory holds %q after reading, want only bookmarks.json", names)
			}
		})
	}
	for _, name := range bookmarkFixtures(t, "good_*.json", 3) {
		if !covered[name] {
			t.Errorf("testdata/bookmarks/%s has no case in this test", name)
		}
	}
}

func TestBookmarkStoreMissingFileIsNoBookmarks(t *testing.T) {
	s, _ := newTestBookmarkStore(t, "")
	for name, read := range map[string]func(string) ([]string, error){"Read": s.Read, "Load": s.Load} {
		ids, err := read(bmKafka)
		if err != nil || len(ids) != 0 {
			t.Errorf("%s = %q, %v; want no ids and no error", name, ids, err)
		}
	}
	if _, err := os.Lstat(filepath.Dir(s.Path())); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("reading created the directory (Lstat: %v)", err)
	}
}

// Every bad_* file is refused by Read and left alone, moved aside intact by
// Load, and replaced by a fresh file on the next toggle.
func TestBookmarkStoreBadFiles(t *testing.T) {
	wantFresh := "{\n  \"version\": 1,\n  \"conferences\": {\n    \"" + bmKafka + "\": [\n      \"id-new\"\n    ]\n  }\n}\n"
	for _, name := range bookmarkFixtures(t, "bad_*.json", 12) {
		t.Run(name, func(t *testing.T) {
			t.Run("Read leaves it alone", func(t *testing.T) {
				s, raw := newTestBookmarkStore(t, name)
				ids, err := s.Read(bmKafka)
				if !errors.Is(err, ErrCorruptBookmarks) || ids != nil {
					t.Fatalf("Read = %q, %v; want an error wrapping ErrCorruptBookmarks", ids, err)
				}
				if ce := (*CorruptError)(nil); errors.As(err, &ce) {
					t.Errorf("Read says it moved the file to %s", ce.MovedTo)
				}
				if got := readBookmarkBytes(t, s.Path()); !bytes.Equal(got, raw) {
					t.Errorf("Read changed the file to %q", got)
				}
				if names := bookmarkDirNames(t, filepath.Dir(s.Path())); !slices.Equal(names, []string{"bookmarks.json"}) {
					t.Errorf("directory holds %q after Read, want only bookmarks.json", names)
				}
			})

			t.Run("Load moves it aside, Toggle starts afresh", func(t *testing.T) {
				s, raw := newTestBookmarkStore(t, name)
				wantMoved := s.Path() + ".corrupt-" + bookmarkClockStamp
				ids, err := s.Load(bmKafka)
				var ce *CorruptError
				if !errors.As(err, &ce) || !errors.Is(err, ErrCorruptBookmarks) || len(ids) != 0 {
					t.Fatalf("Load = %q, %v; want no ids and a *CorruptError", ids, err)
				}
				if ce.MovedTo != wantMoved {
					t.Errorf("MovedTo = %s, want %s", ce.MovedTo, wantMoved)
				}
				if !strings.Contains(err.Error(), wantMoved) {
					t.Errorf("error %q does not say where the file went", err)
				}
				if got := readBookmarkBytes(t, wantMoved); !bytes.Equal(got, raw) {
					t.Errorf("moved file holds %q, want the original %q", got, raw)
				}
				if _, err := os.Lstat(s.Path()); !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("the corrupt file is still at %s (Lstat: %v)", s.Path(), err)
				}

				ids, err = applyToggle(s, bmKafka, "id-new", true)
				if err != nil || !slices.Equal(ids, []string{"id-new"}) {
					t.Fatalf("Toggle = %q, %v; want [id-new] and no error", ids, err)
				}
				if got := readBookmarkBytes(t, s.Path()); string(got) != wantFresh {
					t.Errorf("new file:\n%s\nwant:\n%s", got, wantFresh)
				}
				if got := readBookmarkBytes(t, wantMoved); !bytes.Equal(got, raw) {
					t.Errorf("Toggle changed the moved file to %q", got)
				}
			})

			t.Run("Toggle moves it aside and saves", func(t *testing.T) {
				s, raw := newTestBookmarkStore(t, name)
				ids, err := applyToggle(s, bmKafka, "id-new", true)
				var ce *CorruptError
				if !errors.As(err, &ce) {
					t.Fatalf("Toggle error = %v, want a *CorruptError", err)
				}
				if !slices.Equal(ids, []string{"id-new"}) {
					t.Errorf("Toggle ids = %q, want [id-new]", ids)
				}
				if got := readBookmarkBytes(t, s.Path()); string(got) != wantFresh {
					t.Errorf("new file:\n%s\nwant:\n%s", got, wantFresh)
				}
				if got := readBookmarkBytes(t, ce.MovedTo); !bytes.Equal(got, raw) {
					t.Errorf("moved file holds %q, want the original %q", got, raw)
				}
			})
		})
	}
}

func TestBookmarkStoreMovesAsideWithoutOverwriting(t *testing.T) {
	s, _ := newTestBookmarkStore(t, "bad_truncated.json")
	base := s.Path() + ".corrupt-" + bookmarkClockStamp
	earlier := map[string]string{base: "first", base + ".1": "second"}
	for path, content := range earlier {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}

	var ce *CorruptError
	if _, err := s.Load(bmKafka); !errors.As(err, &ce) || ce.MovedTo != base+".2" {
		t.Fatalf("Load error = %v, want a *CorruptError with MovedTo %s.2", err, base)
	}
	if err := os.WriteFile(s.Path(), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := applyToggle(s, bmKafka, "id-a", true); !errors.As(err, &ce) || ce.MovedTo != base+".3" {
		t.Fatalf("Toggle error = %v, want a *CorruptError with MovedTo %s.3", err, base)
	}
	for path, content := range earlier {
		if got := string(readBookmarkBytes(t, path)); got != content {
			t.Errorf("%s was overwritten with %q", filepath.Base(path), got)
		}
	}
	if got := string(readBookmarkBytes(t, base+".3")); got != "{" {
		t.Errorf("second corrupt file moved as %q, want %q", got, "{")
	}
}

// Toggles change one id of one conference; ids not on the page and other
// conferences' lists survive, and an emptied conference disappears.
func TestBookmarkStoreToggleKeepsEverythingElse(t *testing.T) {
	s, _ := newTestBookmarkStore(t, "good_canonical.json")
	want := map[string][]string{bmKafka: {"id-a", "id-b", "id-c"}, bmRnD: {"x-1"}}
	steps := []struct {
		conference, id string
		add            bool
		want           []string
	}{
		{bmKafka, "id-b", false, []string{"id-a", "id-c"}},
		{bmKafka, "id-not-on-this-page", true, []string{"id-a", "id-c", "id-not-on-this-page"}},
		{bmKafka, "id-a", true, []string{"id-a", "id-c", "id-not-on-this-page"}},
		{bmKafka, "id-never-bookmarked", false, []string{"id-a", "id-c", "id-not-on-this-page"}},
		{bmRnD, "x-1", false, nil},
		{"New Summit", "n-1", true, []string{"n-1"}},
		{bmKafka, "id-0", true, []string{"id-0", "id-a", "id-c", "id-not-on-this-page"}},
	}
	for i, st := range steps {
		ids, err := applyToggle(s, st.conference, st.id, st.add)
		if err != nil {
			t.Fatalf("step %d: Toggle(%q, %q, %v): %v", i, st.conference, st.id, st.add, err)
		}
		if !sameBookmarkIDs(ids, st.want) {
			t.Errorf("step %d: Toggle(%q, %q, %v) = %q, want %q", i, st.conference, st.id, st.add, ids, st.want)
		}
		want[st.conference] = st.want
		for conference, wantIDs := range want {
			if got, err := s.Read(conference); err != nil || !sameBookmarkIDs(got, wantIDs) {
				t.Errorf("step %d: Read(%q) = %q, %v; want %q", i, conference, got, err, wantIDs)
			}
		}
	}
	if raw := readBookmarkBytes(t, s.Path()); bytes.Contains(raw, []byte(bmRnD)) {
		t.Errorf("emptied conference %q is still in the file:\n%s", bmRnD, raw)
	}
}

// Two windows share the file: each toggle starts from what the other saved.
func TestBookmarkStoreSeesOtherWindows(t *testing.T) {
	a, _ := newTestBookmarkStore(t, "")
	b := NewBookmarkStore(a.Path())
	steps := []struct {
		store *BookmarkStore
		id    string
		add   bool
		want  []string
	}{
		{a, "a-1", true, []string{"a-1"}},
		{b, "b-1", true, []string{"a-1", "b-1"}},
		{a, "a-2", true, []string{"a-1", "a-2", "b-1"}},
		{b, "a-1", false, []string{"a-2", "b-1"}},
	}
	for i, st := range steps {
		if ids, err := applyToggle(st.store, bmKafka, st.id, st.add); err != nil || !slices.Equal(ids, st.want) {
			t.Errorf("step %d: Toggle(%q, %v) = %q, %v; want %q", i, st.id, st.add, ids, err, st.want)
		}
	}
}

// The file is written in exactly one form, whatever it held before.
func TestBookmarkStoreWritesCanonicalFile(t *testing.T) {
	type toggle struct {
		conference, id string
		add            bool
	}
	canonical := string(readBookmarkFixture(t, "good_canonical.json"))
	tests := []struct {
		name    string
		fixture string
		toggles []toggle
		want    string
	}{
		{"from nothing", "", []toggle{
			{bmKafka, "id-c", true}, {bmKafka, "id-a", true}, {bmKafka, "id-b", true}, {bmKafka, "id-b", true},
			{bmRnD, "x-1", true}, {"Gone Conference", "g-1", true}, {"Gone Conference", "g-1", false},
		}, canonical},
		// Sorted, duplicates and the empty conference dropped, the unknown
		// field kept after the known ones.
		{"from a hand-edited file", "good_hand_edited.json", []toggle{{bmKafka, "id-c", true}},
			strings.TrimSuffix(canonical, "\n}\n") + ",\n  \"comment\": \"edited by hand\"\n}\n"},
		{"from the canonical file", "good_canonical.json", []toggle{{bmKafka, "id-d", true}, {bmKafka, "id-d", false}}, canonical},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newTestBookmarkStore(t, tt.fixture)
			for _, tg := range tt.toggles {
				if _, err := applyToggle(s, tg.conference, tg.id, tg.add); err != nil {
					t.Fatal(err)
				}
			}
			if got := readBookmarkBytes(t, s.Path()); string(got) != tt.want {
				t.Errorf("file:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestBookmarkStorePermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix permission bits")
	}
	t.Run("new directory and file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "share", "summit-tui", "bookmarks.json")
		if _, err := applyToggle(NewBookmarkStore(path), bmKafka, "id-a", true); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			path string
			want fs.FileMode
		}{
			{filepath.Dir(filepath.Dir(path)), 0o700},
			{filepath.Dir(path), 0o700},
			{path, 0o600},
			{path + ".lock", 0o600},
		} {
			fi, err := os.Stat(c.path)
			if err != nil {
				t.Fatal(err)
			}
			if got := fi.Mode().Perm(); got != c.want {
				t.Errorf("%s has mode %v, want %v", c.path, got, c.want)
			}
		}
	})
	// The user chose the mode; a save keeps it.
	for _, mode := range []fs.FileMode{0o644, 0o640, 0o600} {
		t.Run(fmt.Sprintf("a file of mode %#o keeps it", mode), func(t *testing.T) {
			s, _ := newTestBookmarkStore(t, "good_canonical.json")
			if err := os.Chmod(s.Path(), mode); err != nil {
				t.Fatal(err)
			}
			if _, err := applyToggle(s, bmKafka, "id-d", true); err != nil {
				t.Fatal(err)
			}
			if fi, err := os.Stat(s.Path()); err != nil || fi.Mode().Perm() != mode {
				t.Errorf("after Toggle: %v, %v; want mode %v", fi.Mode().Perm(), err, mode)
			}
		})
	}
}

// A directory that cannot be created is reported; nothing else is touched.
func TestBookmarkStoreUncreatableDirectory(t *testing.T) {
	// A regular file where the directory should be: even root cannot
	// create the directory.
	parent := filepath.Join(t.TempDir(), "share")
	if err := os.WriteFile(parent, []byte("not a directory"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := NewBookmarkStore(filepath.Join(parent, "summit-tui", "bookmarks.json"))
	if ids, err := applyToggle(s, bmKafka, "id-a", true); err == nil || errors.Is(err, ErrCorruptBookmarks) {
		t.Errorf("Toggle = %q, %v; want an error that is not about corruption", ids, err)
	}
	if _, err := s.Load(bmKafka); errors.Is(err, ErrCorruptBookmarks) {
		t.Errorf("Load error = %v, not about corruption", err)
	}
	if got := string(readBookmarkBytes(t, parent)); got != "not a directory" {
		t.Errorf("the file in the way now holds %q", got)
	}
}

// A path that cannot be read as a file is an error, not corruption: nothing
// is moved aside and nothing is written.
func TestBookmarkStorePathIsDirectory(t *testing.T) {
	s, _ := newTestBookmarkStore(t, "")
	inside := filepath.Join(s.Path(), "keep.txt")
	if err := os.MkdirAll(s.Path(), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(inside, []byte("keep"), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, call := range map[string]func() ([]string, error){
		"Read":   func() ([]string, error) { return s.Read(bmKafka) },
		"Load":   func() ([]string, error) { return s.Load(bmKafka) },
		"Toggle": func() ([]string, error) { return applyToggle(s, bmKafka, "id-a", true) },
	} {
		if ids, err := call(); err == nil || errors.Is(err, ErrCorruptBookmarks) {
			t.Errorf("%s = %q, %v; want an error that is not about corruption", name, ids, err)
		}
	}
	if got := string(readBookmarkBytes(t, inside)); got != "keep" {
		t.Errorf("%s now holds %q", inside, got)
	}
	for _, name := range bookmarkDirNames(t, filepath.Dir(s.Path())) {
		if name != "bookmarks.json" && name != "bookmarks.json.lock" {
			t.Errorf("unexpected %s next to the bookmarks path", name)
		}
	}
}

func TestBookmarkStoreUnreadableFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permission bits on Windows")
	}
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode; TestBookmarkStorePathIsDirectory covers an unreadable path")
	}
	s, raw := newTestBookmarkStore(t, "good_canonical.json")
	if err := os.Chmod(s.Path(), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(s.Path(), 0o600) })
	if _, err := s.Load(bmKafka); !errors.Is(err, fs.ErrPermission) {
		t.Errorf("Load error = %v, want a permission error", err)
	}
	if _, err := applyToggle(s, bmKafka, "id-d", true); !errors.Is(err, fs.ErrPermission) {
		t.Errorf("Toggle error = %v, want a permission error", err)
	}
	if err := os.Chmod(s.Path(), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := readBookmarkBytes(t, s.Path()); !bytes.Equal(got, raw) {
		t.Errorf("unreadable file was changed to:\n%s", got)
	}
}

// A bookmarks file linked in from elsewhere stays linked.
func TestBookmarkStoreFollowsSymlink(t *testing.T) {
	root := t.TempDir()
	target := filepath.Join(root, "dotfiles", "bookmarks.json")
	link := filepath.Join(root, "share", "summit-tui", "bookmarks.json")
	for _, dir := range []string{filepath.Dir(target), filepath.Dir(link)} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(target, readBookmarkFixture(t, "good_canonical.json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join("..", "..", "dotfiles", "bookmarks.json"), link); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
	s := NewBookmarkStore(link)
	if _, err := applyToggle(s, bmKafka, "id-d", true); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Fatalf("%s is no longer a symbolic link (%v)", link, err)
	}
	if ids, err := NewBookmarkStore(target).Read(bmKafka); err != nil || !slices.Contains(ids, "id-d") {
		t.Errorf("linked-to file has %q, %v; want id-d added", ids, err)
	}
}

// Goroutines toggling through one store and through two stores on the same
// file lose nothing.
func TestBookmarkStoreConcurrentToggles(t *testing.T) {
	s, _ := newTestBookmarkStore(t, "good_canonical.json")
	stores := []*BookmarkStore{s, s, NewBookmarkStore(s.Path()), NewBookmarkStore(s.Path())}
	const perGoroutine = 10
	var wg sync.WaitGroup
	for g, store := range stores {
		wg.Go(func() {
			for i := range perGoroutine {
				if _, err := applyToggle(store, bmKafka, fmt.Sprintf("g%d-%02d", g, i), true); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	ids, err := s.Read(bmKafka)
	if err != nil {
		t.Fatal(err)
	}
	if want := 3 + len(stores)*perGoroutine; len(ids) != want {
		t.Errorf("%d ids after concurrent toggles, want %d: %q", len(ids), want, ids)
	}
}

func TestDefaultBookmarksPath(t *testing.T) {
	t.Cleanup(xdg.Reload) // registered first, so it runs after Setenv's restore
	home := t.TempDir()
	dataHome := t.TempDir()
	tests := []struct {
		name, xdgDataHome, want string
		linuxOnly               bool
	}{
		{"XDG_DATA_HOME set", dataHome, filepath.Join(dataHome, "summit-tui", "bookmarks.json"), false},
		{"XDG_DATA_HOME unset", "", filepath.Join(home, ".local", "share", "summit-tui", "bookmarks.json"), true},
		// The XDG spec says a relative path is to be ignored.
		{"XDG_DATA_HOME relative", "relative/share", filepath.Join(home, ".local", "share", "summit-tui", "bookmarks.json"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.linuxOnly && runtime.GOOS != "linux" {
				t.Skip("the fallback data directory differs on " + runtime.GOOS)
			}
			t.Setenv("HOME", home)
			t.Setenv("XDG_DATA_HOME", tt.xdgDataHome)
			got, err := DefaultBookmarksPath()
			if err != nil || got != tt.want {
				t.Errorf("DefaultBookmarksPath() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}
