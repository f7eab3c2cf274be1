package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/model"
)

// TestMigrateBookmarksNotice: old ids move to today's; the move is said
// only for talks a title counter chose among, and an id that is a talk's
// id now is never renamed.
func TestMigrateBookmarksNotice(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2029, 9, 19, h, 0, 0, 0, time.UTC) }
	s := model.Schedule{Conference: "Kiln Con", Key: "Kiln Con", Sessions: []model.Session{
		{ID: "keynote--20290919t080000z--hall", Title: "Keynote", Start: at(8)},
		{ID: "open-space--20290919t090000z--room-d", Title: "Open Space", Start: at(9)},
		{ID: "open-space--20290919t150000z--room-d", Title: "Open Space", Start: at(15)},
		{ID: "open-space-2", Title: "Open Space 2", Start: at(16)},
	}, FormerIDs: map[string]string{
		"keynote":      "keynote--20290919t080000z--hall",
		"open-space":   "open-space--20290919t090000z--room-d",
		"open-space-2": "open-space--20290919t150000z--room-d", // also a talk's id now
	}}
	tests := []struct {
		saved, want []string
		notice      string
	}{
		{[]string{"keynote"}, []string{"keynote--20290919t080000z--hall"}, ""},
		{[]string{"keynote", "open-space"}, []string{"keynote--20290919t080000z--hall", "open-space--20290919t090000z--room-d"},
			"1 bookmark of same-titled talks matched by their order"},
		{[]string{"open-space-2", "gone"}, []string{"open-space-2", "gone"}, ""}, // nothing to move: the file stays
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "bookmarks.json")
		raw := `{"version": 1, "conferences": {"Kiln Con": ["` + strings.Join(tt.saved, `", "`) + `"]}}`
		if err := os.WriteFile(path, []byte(raw), 0o600); err != nil {
			t.Fatal(err)
		}
		file := store.NewBookmarkStore(path)
		if got := migrateBookmarks(file, &s); got != tt.notice {
			t.Errorf("%q: notice %q, want %q", tt.saved, got, tt.notice)
		}
		if ids, err := file.Read("Kiln Con"); err != nil || !slices.Equal(ids, tt.want) {
			t.Errorf("%q: ids %q (%v), want %q", tt.saved, ids, err, tt.want)
		}
	}
}
