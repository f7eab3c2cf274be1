package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestE2EBookmarkNoLongerInProgramme: a bookmark that names no talk of
// the schedule is kept, not moved to another talk, and ★ Bookmarks says
// so beside the talks that are still there.
func TestE2EBookmarkNoLongerInProgramme(t *testing.T) {
	t.Parallel()
	dataHome := t.TempDir()
	path := bookmarksFile(dataHome)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	saved := `{"version": 1, "conferences": {"harbour-2031": ["harbour-102", "cancelled-talk"]}}`
	if err := os.WriteFile(path, []byte(saved), 0o600); err != nil {
		t.Fatal(err)
	}
	u := startTUI(t, launch{cols: 120, rows: 40, dataHome: dataHome, env: []string{"TZ=UTC"},
		args: []string{"ui/testdata/good_two_rooms.xml", "--now", "2031-03-14T10:20"}})
	u.waitText("Harbour Days 2031 › Sat 15")
	u.press("0")
	u.waitText("1 bookmarked talk is no longer in the programme", "Tides in the data centre")
	u.quit()
	if raw, err := os.ReadFile(path); err != nil || string(raw) != saved {
		t.Errorf("the bookmarks file changed (%v):\n%s", err, raw)
	}
}
