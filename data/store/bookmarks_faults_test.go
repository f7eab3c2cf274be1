package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The fault cases of the bookmarks store: each test names the case it
// keeps from coming back.

// withinDeadline runs call and fails the test, instead of hanging, when it
// does not return: nothing the store does may wait without a bound.
func withinDeadline[T any](t *testing.T, what string, call func() (T, error)) (T, error) {
	t.Helper()
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := call()
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-time.After(10 * time.Second):
		t.Fatalf("%s still blocked after 10s", what)
		var zero T
		return zero, nil
	}
}

// storeCalls are the three ways in: what `summit-tui bookmarks` reads, the
// browser's start and a toggle.
func storeCalls(s *BookmarkStore) map[string]func() ([]string, error) {
	return map[string]func() ([]string, error){
		"Read": func() ([]string, error) { return s.Read(bmKafka) },
		"Load": func() ([]string, error) { return s.Load(bmKafka) },
		"Apply": func() ([]string, error) {
			return s.Apply(bmKafka, []string{"id-a"}, []BookmarkOp{{ID: "id-new", Add: true}})
		},
	}
}

// assertOnly fails unless dir holds exactly names.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	slices.Sort(names)
	if got := bookmarkDirNames(t, dir); !slices.Equal(got, names) {
		t.Errorf("directory holds %q, want %q", got, names)
	}
}

// Another process holds the lock: a toggle gives up after the timeout,
// saying why, saves nothing, and succeeds with all its changes once the
// lock is free. A corrupt file plus a held lock does not block the start.
func TestBookmarkStoreLockHeldByAnotherProcess(t *testing.T) {
	s, raw := newTestBookmarkStore(t, "good_canonical.json")
	s.lockTimeout = 200 * time.Millisecond
	release := holdBookmarkLock(t, s.Path())

	ops := []BookmarkOp{{ID: "id-d", Add: true}, {ID: "id-a", Add: false}}
	ids, err := withinDeadline(t, "Apply with the lock held elsewhere", func() ([]string, error) {
		return s.Apply(bmKafka, []string{"id-a", "id-b", "id-c"}, ops)
	})
	if !errors.Is(err, ErrBookmarksLocked) || ids != nil {
		t.Fatalf("Apply = %q, %v; want ErrBookmarksLocked", ids, err)
	}
	if got, want := ShortReason(err), "bookmarks.json is locked by another summit-tui"; got != want {
		t.Errorf("ShortReason = %q, want %q", got, want)
	}
	if got := readBookmarkBytes(t, s.Path()); !bytes.Equal(got, raw) {
		t.Errorf("file changed while locked elsewhere:\n%s", got)
	}
	if ids, err := s.Read(bmKafka); err != nil || !slices.Equal(ids, []string{"id-a", "id-b", "id-c"}) {
		t.Errorf("Read with the lock held elsewhere = %q, %v; it takes no lock", ids, err)
	}

	t.Run("corrupt file at start", func(t *testing.T) {
		c, _ := newTestBookmarkStore(t, "bad_truncated.json")
		c.lockTimeout = 200 * time.Millisecond
		defer holdBookmarkLock(t, c.Path())()
		ids, err := withinDeadline(t, "Load of a corrupt file with the lock held elsewhere", func() ([]string, error) {
			return c.Load(bmKafka)
		})
		if !errors.Is(err, ErrCorruptBookmarks) || !errors.Is(err, ErrBookmarksLocked) || ids != nil {
			t.Fatalf("Load = %q, %v; want an error that is both corrupt and locked", ids, err)
		}
		if ce := (*CorruptError)(nil); errors.As(err, &ce) {
			t.Errorf("Load says it moved the file to %s without the lock", ce.MovedTo)
		}
		assertOnly(t, filepath.Dir(c.Path()), "bookmarks.json", "bookmarks.json.lock")
		t.Logf("Load: %v", err)
	})

	release()
	ids, err = s.Apply(bmKafka, []string{"id-a", "id-b", "id-c"}, ops)
	if want := []string{"id-b", "id-c", "id-d"}; err != nil || !slices.Equal(ids, want) {
		t.Fatalf("Apply once the lock is free = %q, %v; want %q", ids, err, want)
	}
	if got, err := s.Read(bmKafka); err != nil || !slices.Equal(got, ids) {
		t.Errorf("file holds %q, %v; want %q", got, err, ids)
	}
}

// The file is emptied while the browser runs: the next save holds what the
// window knew plus its toggle, and the empty file is moved aside intact.
func TestBookmarkStoreEmptiedFileKeepsWhatTheWindowKnew(t *testing.T) {
	s, _ := newTestBookmarkStore(t, "good_canonical.json")
	known, err := s.Load(bmKafka)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.Path(), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	ids, err := s.Apply(bmKafka, known, []BookmarkOp{{ID: "id-d", Add: true}})
	var ce *CorruptError
	if !errors.As(err, &ce) {
		t.Fatalf("Apply error = %v, want a *CorruptError", err)
	}
	want := []string{"id-a", "id-b", "id-c", "id-d"}
	if !slices.Equal(ids, want) {
		t.Errorf("Apply = %q, want %q", ids, want)
	}
	if got, err := s.Read(bmKafka); err != nil || !slices.Equal(got, want) {
		t.Errorf("file holds %q, %v; want %q", got, err, want)
	}
	if got := readBookmarkBytes(t, ce.MovedTo); len(got) != 0 {
		t.Errorf("moved-aside file holds %q, want it empty as it was", got)
	}
}

// Lenient reading: nothing in a file this version can read is dropped.
func TestBookmarkStoreKeepsWhatItDoesNotKnow(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		read     []string // Read(bmKafka)
		afterAdd []string // the ids after adding id-z
		keep     []string // top-level or conference members that must survive, as written
	}{
		{
			name:     "duplicate conferences merge",
			file:     `{"version": 1, "conferences": {"` + bmKafka + `": ["id-b", "id-a"], "` + bmRnD + `": ["x-1"], "` + bmKafka + `": ["id-c", "id-a"]}}`,
			read:     []string{"id-b", "id-a", "id-c"},
			afterAdd: []string{"id-a", "id-b", "id-c", "id-z"},
		},
		{
			name:     "unknown top-level members",
			file:     `{"version": 1, "theme": {"dark": true, "sizes": [1, 2.50, -3e2], "name": "caf\u00e9 \"x\""}, "conferences": {"` + bmKafka + `": ["id-a"]}, "note": null}`,
			read:     []string{"id-a"},
			afterAdd: []string{"id-a", "id-z"},
			keep:     []string{`"theme"`, `"note"`},
		},
		{
			name:     "a conference in a form of a later version",
			file:     `{"version": 1, "conferences": {"Future Summit": {"ids": ["f-1"], "starred": {"f-1": 3}}, "` + bmKafka + `": ["id-a"]}}`,
			read:     []string{"id-a"},
			afterAdd: []string{"id-a", "id-z"},
			keep:     []string{`"Future Summit"`},
		},
		{
			name:     "a byte order mark",
			file:     "\uFEFF" + `{"version": 1, "conferences": {"` + bmKafka + `": ["id-a", "id-b"]}}`,
			read:     []string{"id-a", "id-b"},
			afterAdd: []string{"id-a", "id-b", "id-z"},
		},
		{
			name:     "escaped ids and names",
			file:     `{"version": 1, "conferences": {"Kafka Summit London \u0032019": ["id-\u0061", "id-b", "id-a", "\u00e9t\u00e9 \"q\""]}}`,
			read:     []string{"id-a", "id-b", `été "q"`},
			afterAdd: []string{"id-a", "id-b", "id-z", `été "q"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newTestBookmarkStore(t, "")
			if err := os.MkdirAll(filepath.Dir(s.Path()), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(s.Path(), []byte(tt.file), 0o600); err != nil {
				t.Fatal(err)
			}
			for _, read := range []func(string) ([]string, error){s.Read, s.Load} {
				if got, err := read(bmKafka); err != nil || !slices.Equal(got, tt.read) {
					t.Fatalf("read = %q, %v; want %q", got, err, tt.read)
				}
			}
			ids, err := applyToggle(s, bmKafka, "id-z", true)
			if err != nil || !slices.Equal(ids, tt.afterAdd) {
				t.Fatalf("Toggle = %q, %v; want %q", ids, err, tt.afterAdd)
			}
			saved := readBookmarkBytes(t, s.Path())
			if bytes.HasPrefix(saved, []byte("\uFEFF")) {
				t.Errorf("the saved file starts with a byte order mark")
			}
			if got, err := s.Read(bmKafka); err != nil || !sameBookmarkIDs(got, tt.afterAdd) {
				t.Errorf("saved file has %q, %v; want %q", got, err, tt.afterAdd)
			}
			if ids, err := s.Read(bmRnD); strings.Contains(tt.file, bmRnD) && (err != nil || !slices.Equal(ids, []string{"x-1"})) {
				t.Errorf("other conference after the save: %q, %v", ids, err)
			}
			for _, name := range tt.keep {
				want, got := jsonMember(t, []byte(strings.TrimPrefix(tt.file, "\uFEFF")), name), jsonMember(t, saved, name)
				if want == "" || got != want {
					t.Errorf("member %s was %s, is %s after the save:\n%s", name, want, got, saved)
				}
			}
		})
	}
}

// jsonMember returns the compacted value of the member named by the
// quoted name at the top of the JSON object raw or in its "conferences",
// or "".
func jsonMember(t *testing.T, raw []byte, quoted string) string {
	t.Helper()
	var name string
	if err := json.Unmarshal([]byte(quoted), &name); err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(raw, &top); err != nil {
		t.Fatalf("%v:\n%s", err, raw)
	}
	value, ok := top[name]
	if !ok {
		var confs map[string]json.RawMessage
		if err := json.Unmarshal(top["conferences"], &confs); err != nil {
			t.Fatal(err)
		}
		if value, ok = confs[name]; !ok {
			return ""
		}
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, value); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// A conference kept in a form this version does not know is never
// toggled: that would lose what the form holds.
func TestBookmarkStoreDoesNotToggleAConferenceOfALaterForm(t *testing.T) {
	s, _ := newTestBookmarkStore(t, "")
	file := `{"version": 1, "conferences": {"Future Summit": {"ids": ["f-1"]}}}`
	if err := os.MkdirAll(filepath.Dir(s.Path()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.Path(), []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	if ids, err := applyToggle(s, "Future Summit", "f-2", true); !errors.Is(err, ErrBookmarksNewer) {
		t.Errorf("Toggle = %q, %v; want ErrBookmarksNewer", ids, err)
	}
	if got := string(readBookmarkBytes(t, s.Path())); got != file {
		t.Errorf("file changed to:\n%s", got)
	}
}

// A version newer than this program's is refused, never moved aside or
// replaced, whatever shape it has and wherever its version stands.
func TestBookmarkStoreRefusesNewerVersions(t *testing.T) {
	files := map[string]string{
		"newer_version_2.json":      string(readBookmarkFixture(t, "newer_version_2.json")),
		"version after a new shape": `{"conferences": ["a new shape"], "version": 2}`,
		"version too large to hold": `{"version": 100000000000000000000000, "conferences": {}}`,
	}
	for name, file := range files {
		t.Run(name, func(t *testing.T) {
			s, _ := newTestBookmarkStore(t, "")
			if err := os.MkdirAll(filepath.Dir(s.Path()), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(s.Path(), []byte(file), 0o600); err != nil {
				t.Fatal(err)
			}
			for call, fn := range storeCalls(s) {
				ids, err := fn()
				if !errors.Is(err, ErrBookmarksNewer) || ids != nil {
					t.Errorf("%s = %q, %v; want ErrBookmarksNewer", call, ids, err)
				}
				if err != nil && !strings.HasPrefix(ShortReason(err), "written by a newer summit-tui") {
					t.Errorf("%s: ShortReason = %q", call, ShortReason(err))
				}
			}
			if got := string(readBookmarkBytes(t, s.Path())); got != file {
				t.Errorf("file changed to:\n%s", got)
			}
			assertOnly(t, filepath.Dir(s.Path()), "bookmarks.json", "bookmarks.json.lock")
		})
	}
}

// A path holding something that clearly is not a bookmarks file (the
// flags swapped: --bookmarks page.txt) is neither moved aside nor
// overwritten.
func TestBookmarkStoreLeavesForeignFilesAlone(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "bookmarks", "foreign_sessions_page.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"a sessions page":   page,
		"an HTML page":      []byte("<!DOCTYPE html>\n<html><body><h1>Sessions</h1></body></html>\n"),
		"a calendar":        []byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"),
		"binary data":       {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0},
		"large plain text":  bytes.Repeat([]byte("Lorem ipsum dolor sit amet, consectetur.\n"), 200),
		"a schedule export": []byte(`{"conference": "Kafka Summit London 2019", "tracks": ["Streams"], "sessions": [{"id": "a", "title": "T"}]}`),
		"a large JSON list": []byte("[" + strings.Repeat(`{"id": "a", "title": "a talk"}, `, 300) + "{}]"),
	}
	for name, content := range files {
		t.Run(name, func(t *testing.T) {
			s, _ := newTestBookmarkStore(t, "")
			if err := os.MkdirAll(filepath.Dir(s.Path()), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(s.Path(), content, 0o600); err != nil {
				t.Fatal(err)
			}
			for call, fn := range storeCalls(s) {
				ids, err := fn()
				if !errors.Is(err, ErrNotBookmarks) || errors.Is(err, ErrCorruptBookmarks) || ids != nil {
					t.Errorf("%s = %q, %v; want ErrNotBookmarks", call, ids, err)
					continue
				}
				if !strings.Contains(ShortReason(err), "bookmarks.json looks like it is not a bookmarks file") {
					t.Errorf("%s: ShortReason = %q", call, ShortReason(err))
				}
			}
			if got := readBookmarkBytes(t, s.Path()); !bytes.Equal(got, content) {
				t.Errorf("file changed")
			}
			assertOnly(t, filepath.Dir(s.Path()), "bookmarks.json", "bookmarks.json.lock")
		})
	}
}

// A file larger than any bookmarks file is not read into memory.
func TestBookmarkStoreRefusesHugeFiles(t *testing.T) {
	s, _ := newTestBookmarkStore(t, "good_canonical.json")
	// Sparse: it costs no disk.
	if err := os.Truncate(s.Path(), maxBookmarkBytes+1); err != nil {
		t.Fatal(err)
	}
	for call, fn := range storeCalls(s) {
		if ids, err := fn(); !errors.Is(err, ErrNotBookmarks) || ids != nil {
			t.Errorf("%s = %q, %v; want ErrNotBookmarks", call, ids, err)
		}
	}
	if fi, err := os.Stat(s.Path()); err != nil || fi.Size() != maxBookmarkBytes+1 {
		t.Errorf("file changed: %v, %v", fi.Size(), err)
	}
}

// Errors fit a status line whole, and a path with control characters in
// it never reaches the terminal raw.
func TestBookmarkErrorsAreShortAndPrintable(t *testing.T) {
	cases := []struct {
		name, content string
		call          func(*BookmarkStore) error
		reason        string // what ShortReason says, in full
	}{
		{"newer", `{"version": 2, "conferences": {}}`, readErr, "written by a newer summit-tui (version 2)"},
		{"corrupt, moved aside", `{"version": 1, "conferences": {"` + strings.Repeat("A very long conference name ", 10) + `": [1]}}`, loadErr,
			"corrupt (an id is not a string at byte 317); moved to bookmarks.json.corrupt-" + bookmarkClockStamp},
		{"corrupt, truncated", `{"version": 1, "conferences": {"x": ["a"`, readErr, "corrupt (truncated JSON)"},
		{"corrupt, bad syntax", `{"version": 1, "conferences": {"x": ["a" "b"]}}`, readErr, `corrupt (expected "," or "]" at byte 42)`},
		{"foreign", "<html></html>", readErr, "bookmarks.json looks like it is not a bookmarks file (HTML or XML)"},
		{"read-only", "", func(s *BookmarkStore) error {
			if err := os.WriteFile(s.Path(), readBookmarkFixture(t, "good_canonical.json"), 0o400); err != nil {
				t.Fatal(err)
			}
			_, err := applyToggle(s, bmKafka, "id-z", true)
			return err
		}, "bookmarks.json is read-only"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "a\x1b[31mred\nline", "summit-tui")
			if err := os.MkdirAll(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "bookmarks.json")
			if c.content != "" {
				if err := os.WriteFile(path, []byte(c.content), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			s := NewBookmarkStore(path)
			s.now = func() time.Time { return bookmarkClock }
			err := c.call(s)
			if err == nil {
				t.Fatal("no error")
			}
			if got := ShortReason(err); got != c.reason {
				t.Errorf("ShortReason = %q, want %q", got, c.reason)
			}
			// "99 changes not saved yet: " and the reason on 120 columns.
			if n := utf8.RuneCountInString(ShortReason(err)); n > 120-26 {
				t.Errorf("ShortReason is %d characters, too long for a status line", n)
			}
			if msg := err.Error(); strings.ContainsAny(msg, "\x1b\n") {
				t.Errorf("Error() holds a raw control character: %q", msg)
			}
		})
	}
}

func readErr(s *BookmarkStore) error { _, err := s.Read(bmKafka); return err }
func loadErr(s *BookmarkStore) error { _, err := s.Load(bmKafka); return err }
