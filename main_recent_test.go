package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/ui"
)

// What the recent list keeps of a schedule: a path made absolute, so it
// opens from any directory; a URL as it is; the built-in page named so.
func TestRecentEntry(t *testing.T) {
	at := time.Date(2026, 1, 31, 9, 0, 0, 0, time.UTC)
	timed := &model.Schedule{Conference: "FOSDEM 2026", Days: []model.Day{{Date: "2026-01-31"}, {Date: "2026-02-01"}}}
	abs, _ := filepath.Abs("fosdem.xml")
	for _, tc := range []struct {
		name, ref         string
		s                 *model.Schedule
		title, want, days string
	}{
		{"relative path", "fosdem.xml", timed, "FOSDEM 2026", abs, "2026-01-31 – 2026-02-01"},
		{"url", "https://fosdem.org/2026/schedule/xml", timed, "FOSDEM 2026", "https://fosdem.org/2026/schedule/xml", "2026-01-31 – 2026-02-01"},
		{"built in", "", &model.Schedule{Conference: "Kafka Summit London 2019"}, "Kafka Summit London 2019 (built in)", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := recentEntry(tc.ref, tc.s, at)
			if e.Title != tc.title || e.Ref != tc.want || recentDates(e.First, e.Last) != tc.days {
				t.Errorf("got %q %q %q, want %q %q %q", e.Title, e.Ref, recentDates(e.First, e.Last), tc.title, tc.want, tc.days)
			}
		})
	}
}

// O offers the recent schedules but the one shown, most recent first,
// then the directory's conferences (the seam directoryConferences fills).
func TestRecentChoices(t *testing.T) {
	path := filepath.Join(t.TempDir(), "recent.json")
	at := time.Date(2026, 1, 31, 9, 0, 0, 0, time.UTC)
	for i, e := range []store.RecentSchedule{
		{Title: "Kafka Summit London 2019 (built in)", Opened: at},
		{Title: "FOSDEM 2026", Ref: "/s/fosdem.xml", First: "2026-01-31", Last: "2026-02-01"},
		{Title: "Shown", Ref: "/s/shown.xml"},
	} {
		e.Opened = at.Add(time.Duration(i) * time.Minute)
		if err := store.RememberSchedule(path, e); err != nil {
			t.Fatal(err)
		}
	}
	more := func() []ui.ScheduleChoice {
		return []ui.ScheduleChoice{{Title: "Nordlicht 2026", Ref: "nordlicht_2026"}}
	}
	got := recentChoices(path, "/s/shown.xml", more)
	var refs []string
	for _, c := range got {
		refs = append(refs, c.Ref)
	}
	if want := []string{"/s/fosdem.xml", "", "nordlicht_2026"}; !slices.Equal(refs, want) {
		t.Fatalf("refs %q, want %q", refs, want)
	}
	if got[0].Dates != "2026-01-31 – 2026-02-01" {
		t.Errorf("dates %q", got[0].Dates)
	}
	if got[1].Title != "Kafka Summit London 2019" || got[1].Note != "built in" {
		t.Errorf("built-in page offered as %+v", got[1])
	}
}

// O offers, after the recent schedules, the conferences of the
// directory's offline copy that are on or to come, soonest first, and
// never asks the network for them.
func TestDirectoryConferencesOfferedByO(t *testing.T) {
	cacheDir := t.TempDir()
	now := time.Date(2026, 1, 31, 9, 0, 0, 0, time.UTC)
	if got := directoryConferences("http://127.0.0.1:1/menu.json", cacheDir, now); len(got) != 0 {
		t.Fatalf("without an offline copy O offers %+v, want nothing", got)
	}
	menu := `{"version": 1, "schedules": [
		{"id": "past_2025", "title": "Past 2025", "url": "https://example.org/past.xml", "start": "2025-02-01", "end": "2025-02-02"},
		{"id": "later_2026", "title": "Later 2026", "url": "https://example.org/later.xml", "start": "2026-06-01", "end": "2026-06-03"},
		{"id": "fosdem_2026", "title": "FOSDEM 2026", "url": "https://example.org/fosdem.xml", "start": "2026-01-31", "end": "2026-02-01"},
		{"id": "undated", "title": "Undated", "url": "https://example.org/undated.xml"}
	]}`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, menu)
	}))
	if _, _, err := data.FetchDirectory(context.Background(), srv.URL+"/menu.json", data.DirectoryOptions{CacheDir: cacheDir}); err != nil {
		t.Fatal(err)
	}
	srv.Close() // from now on only the offline copy can answer
	got := directoryConferences(srv.URL+"/menu.json", cacheDir, now)
	var refs []string
	for _, c := range got {
		refs = append(refs, c.Ref)
		if c.Note != "directory" {
			t.Errorf("%s offered with note %q, want it said to come from the directory", c.Title, c.Note)
		}
	}
	if want := []string{"https://example.org/fosdem.xml", "https://example.org/later.xml"}; !slices.Equal(refs, want) {
		t.Errorf("O offers %q, want the conferences on or to come, soonest first: %q", refs, want)
	}
	if len(got) > 0 && got[0].Dates != "2026-01-31 – 2026-02-01" {
		t.Errorf("dates %q", got[0].Dates)
	}
}

// Opening a schedule in place stops what the one before started, and a
// recent list that cannot be read is a notice at start, not an error.
func TestWireRecentStopsScheduleBeforeAndNotices(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	path := filepath.Join(state, "summit-tui", "recent.json")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := &model.Schedule{Conference: "FOSDEM 2026"}
	var cfg ui.Config
	var marks conferenceBookmarks
	firstStopped := false
	wireRecent(context.Background(), func() { firstStopped = true }, options{ref: "/s/fosdem.xml"}, s, &cfg, &marks)
	if notice := cfg.Remember(); !strings.Contains(notice, "recent schedules") {
		t.Errorf("notice %q, want one about the recent list", notice)
	}
	if cfg.Elsewhere == nil || cfg.OpenSchedule == nil {
		t.Fatal("O is not wired")
	}
	if firstStopped {
		t.Fatal("the schedule shown was stopped at start")
	}
	// What OpenSchedule does once the next schedule is read.
	var next ui.Config
	nextMarks := conferenceBookmarks{key: "nordlicht"}
	wireRecent(context.Background(), func() {}, options{ref: "/s/nordlicht.xml", switched: marks.switched}, &model.Schedule{Conference: "Nordlicht"}, &next, &nextMarks)
	if !firstStopped {
		t.Error("the schedule shown before was not stopped")
	}
	if got := marks.switched.current().key; got != "nordlicht" {
		t.Errorf("bookmarks settle under %q at quit, want the schedule shown now", got)
	}
	if choices := next.Elsewhere(); len(choices) != 1 || choices[0].Ref != "/s/fosdem.xml" {
		t.Errorf("O offers %+v, want the schedule before", choices)
	}
}
