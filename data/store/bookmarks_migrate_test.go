package store

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// writeBookmarksText puts text in a fresh store's file.
func writeBookmarksText(t *testing.T, text string) *BookmarkStore {
	t.Helper()
	s, _ := newTestBookmarkStore(t, "")
	if err := os.MkdirAll(filepath.Dir(s.Path()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.Path(), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestMigrate: bookmarks kept under a former name or a former id move to
// how they are kept now, once; what no rule names stays as it was.
func TestMigrate(t *testing.T) {
	const file = `{"version": 1, "conferences": {
  "ddd-melbourne-2025.sessionize-all": ["812345", "812346"],
  "PyCon UK 2015": ["open-space-3", "keynote", "gone-talk"],
  "FOSDEM 2026": ["abc"],
  "standard input": ["812347", "zzz"]
}, "theme": "kept"}`
	tests := []struct {
		name       string
		conference string
		m          Migration
		want       []string
		others     map[string][]string // other conferences' ids afterwards
		changed    bool
	}{
		{"a former name's ids move to the new one",
			"sessionize-5f1c", Migration{From: []string{"ddd-melbourne-2025.sessionize-all"}},
			[]string{"812345", "812346"},
			map[string][]string{"ddd-melbourne-2025.sessionize-all": nil, "FOSDEM 2026": {"abc"}}, true},
		{"former ids become today's; an id no rule names stays",
			"PyCon UK 2015", Migration{Rename: map[string]string{"open-space-3": "open-space--20150919t153000z--room-d"}},
			[]string{"gone-talk", "keynote", "open-space--20150919t153000z--room-d"},
			map[string][]string{"FOSDEM 2026": {"abc"}}, true},
		{"claimed ids move, the others stay",
			"sessionize-5f1c", Migration{Claim: func(id string) bool { return id == "812347" }},
			[]string{"812347"},
			map[string][]string{"standard input": {"zzz"}, "ddd-melbourne-2025.sessionize-all": {"812345", "812346"}}, true},
		{"from a shared list, only the claimed ids move",
			"sessionize-5f1c", Migration{Claim: func(id string) bool { return id == "812347" || id == "812346" || id == "812345" }},
			[]string{"812345", "812346", "812347"},
			map[string][]string{"standard input": {"zzz"}, "ddd-melbourne-2025.sessionize-all": nil, "FOSDEM 2026": {"abc"}}, true},
		{"nothing to move changes nothing",
			"FOSDEM 2026", Migration{From: []string{"no such"}, Rename: map[string]string{"x": "y"}},
			[]string{"abc"}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := writeBookmarksText(t, file)
			before, _ := os.ReadFile(s.Path())
			did, err := s.Migrate(tt.conference, tt.m)
			if err != nil || did.Changed != tt.changed {
				t.Fatalf("Migrate = %+v, %v; want changed %v", did, err, tt.changed)
			}
			if want := slices.Collect(maps.Keys(tt.m.Rename)); tt.changed && len(tt.m.Rename) > 0 && !slices.Equal(did.Renamed, want) {
				t.Errorf("renamed %q, want %q", did.Renamed, want)
			}
			got, err := s.Read(tt.conference)
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("ids %q (%v), want %q", got, err, tt.want)
			}
			for name, want := range tt.others {
				if got, _ := s.Read(name); !slices.Equal(got, want) {
					t.Errorf("%s: ids %q, want %q", name, got, want)
				}
			}
			after, _ := os.ReadFile(s.Path())
			if !tt.changed && string(after) != string(before) {
				t.Errorf("the file changed:\n%s", after)
			}
			if tt.changed && !slices.Contains(splitLines(string(after)), `  "theme": "kept"`) {
				t.Errorf("an unknown member was lost:\n%s", after)
			}
			// Once moved, nothing is left to move.
			if again, err := s.Migrate(tt.conference, tt.m); again.Changed || err != nil {
				t.Errorf("second Migrate = %+v, %v", again, err)
			}
		})
	}
}

// TestMigrateMissingFile: without a file there is nothing to move, and
// none is made.
func TestMigrateMissingFile(t *testing.T) {
	s, _ := newTestBookmarkStore(t, "")
	if did, err := s.Migrate("x", Migration{From: []string{"y"}}); did.Changed || err != nil {
		t.Fatalf("Migrate = %+v, %v", did, err)
	}
	if _, err := os.Stat(s.Path()); !os.IsNotExist(err) {
		t.Errorf("a file was made: %v", err)
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := range len(s) {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
