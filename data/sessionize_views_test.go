package data

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestSessionizeViews: the GridSmart and Sessions views read as view/All
// does: each session once, speakers by name, rooms without their
// trailing spaces, and the Level and Tags categories kept.
func TestSessionizeViews(t *testing.T) {
	for _, name := range []string{"good_sessionize_gridsmart.json", "good_sessionize_sessions.json"} {
		t.Run(name, func(t *testing.T) {
			o := mustOpen(t, name, OpenOptions{})
			s := o.Schedule
			if o.Format != FormatSessionize || len(s.Sessions) != 2 {
				t.Fatalf("format %s, %d sessions", o.Format, len(s.Sessions))
			}
			if !slices.Contains(s.Rooms, "Frameworks") || !slices.Contains(s.Rooms, "Studio") || len(s.Rooms) != 2 {
				t.Errorf("rooms %q", s.Rooms)
			}
			kilns := session(t, s, "Kilns at scale")
			if kilns.Room != "Frameworks" || kilns.Level != "Intermediate" || !slices.Equal(kilns.Tags, []string{"Kilns", "Scale"}) {
				t.Errorf("room %q level %q tags %q", kilns.Room, kilns.Level, kilns.Tags)
			}
			if len(kilns.Speakers) != 1 || kilns.Speakers[0].Name != "Ada Potter" {
				t.Errorf("speakers %q", kilns.Speakers)
			}
			if kilns.ID != "910001" || len(s.Tracks) != 0 {
				t.Errorf("id %q tracks %q", kilns.ID, s.Tracks)
			}
		})
	}
}

// TestSessionizeKey: a Sessionize schedule's bookmarks are kept under the
// event's id when the address gives it, else under its sessions, whatever
// the file is called or when piped in; the old key, the file's name, is
// remembered for moving them.
func TestSessionizeKey(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(schedulesDir, "good_sessionize.json"))
	if err != nil {
		t.Fatal(err)
	}
	keyOf := func(name string, raw []byte) (string, []string, string) {
		t.Helper()
		o, err := OpenBytes(name, raw, OpenOptions{Format: FormatSessionize})
		if err != nil {
			t.Fatal(err)
		}
		return o.Schedule.BookmarkKey(), o.Schedule.FormerKeys, o.Schedule.Conference
	}
	key, former, title := keyOf("ddd-melbourne-2025.sessionize-all.json", raw)
	if title != "Sessionize schedule" || !slices.Equal(former, []string{"ddd-melbourne-2025.sessionize-all"}) {
		t.Errorf("title %q former keys %q", title, former)
	}
	if copyKey, _, _ := keyOf("ddd.json", raw); copyKey != key {
		t.Errorf("a copy named ddd.json is keyed %q, the original %q", copyKey, key)
	}
	if piped, former, _ := keyOf(stdinName, raw); piped != key || former != nil {
		t.Errorf("piped in: key %q former %q, want %q and none", piped, former, key)
	}
	// Reordered sessions are the same schedule; another's are not.
	other, err := os.ReadFile(filepath.Join(schedulesDir, "good_sessionize_gridsmart.json"))
	if err != nil {
		t.Fatal(err)
	}
	if otherKey, _, _ := keyOf("ddd.json", other); otherKey == key {
		t.Errorf("another schedule has the same key %q", key)
	}
	if byURL, _, _ := keyOf("https://sessionize.com/api/v2/jl4ktls0/view/All", raw); byURL != "sessionize-jl4ktls0" {
		t.Errorf("from the API address: key %q", byURL)
	}
}
