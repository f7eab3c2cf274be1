package main

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// TestBookmarksCSV: the bookmarked talks of the seed as CSV, a header then
// one row a talk in programme order; the seed has no times, so those cells
// are empty and no talk is lost.
func TestBookmarksCSV(t *testing.T) {
	seed := exportSeed(t)
	titles := map[string]string{}
	for _, s := range seed.Sessions {
		titles[s.ID] = s.Title
	}
	path := copyBookmarks(t, "good_bookmarks.json")
	code, out, errOut := cli(t, "bookmarks", "--format", "csv", "--bookmarks", path)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, out)
	}
	if want := []string{"day", "start", "end", "room", "title", "speakers", "track", "url"}; len(rows) == 0 || !slices.Equal(rows[0], want) {
		t.Fatalf("header %q, want %q", rows[0], want)
	}
	var got, want []string
	for _, r := range rows[1:] {
		got = append(got, r[4])
		if r[0] != "" || r[1] != "" || r[2] != "" {
			t.Errorf("%q has times the seed does not give: %q", r[4], r[:3])
		}
	}
	for _, id := range wantBookmarked {
		want = append(want, titles[id])
	}
	if !slices.Equal(got, want) {
		t.Errorf("titles %q, want %q", got, want)
	}
}

// TestBookmarksICSWithoutTimes: a calendar needs times; for the seed,
// which has none, the command says so in one line and writes nothing.
func TestBookmarksICSWithoutTimes(t *testing.T) {
	for _, tc := range []struct {
		name, bookmarks, says string
	}{
		{"bookmarked talks", "good_bookmarks.json", "none of the 3 bookmarked talks has a time, so there is no calendar to write"},
		{"no bookmarks", "", "no talk of " + conference + " is bookmarked"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bookmarks.json")
			if tc.bookmarks != "" {
				path = copyBookmarks(t, tc.bookmarks)
			}
			code, out, errOut := cli(t, "bookmarks", "--format", "ics", "--bookmarks", path)
			if code != 1 || out != "" {
				t.Errorf("exit %d, stdout %q", code, out)
			}
			checkOneLine(t, out, errOut)
			if !strings.Contains(errOut, tc.says) {
				t.Errorf("stderr %q does not say %q", errOut, tc.says)
			}
		})
	}
}

// TestNowUsageError: a --now that is not a time is a usage error.
func TestNowUsageError(t *testing.T) {
	path := copyBookmarks(t, "good_bookmarks.json")
	code, out, errOut := cli(t, "bookmarks", "--format", "ics", "--now", "teatime", "--bookmarks", path)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	checkOneLine(t, out, errOut)
	if !strings.Contains(errOut, `--now: "teatime" is not a time`) {
		t.Errorf("stderr %q", errOut)
	}
}

// TestWriteCalendarCountsUntimed: bookmarked talks without a time are not
// dropped silently: stderr says how many are left out, and DTSTAMP is the
// time --now pins.
func TestWriteCalendarCountsUntimed(t *testing.T) {
	loc := time.FixedZone("", 3600)
	start := time.Date(2026, 1, 31, 10, 0, 0, 0, loc)
	s := model.Schedule{Conference: "Timed Con", Key: "timed", Location: loc, Sessions: []model.Session{
		{ID: "a", Title: "A", Day: "2026-01-31", Start: start, End: start.Add(time.Hour)},
		{ID: "b", Title: "B"},
		{ID: "c", Title: "C"},
	}}
	for _, tc := range []struct {
		marked []string
		says   string
	}{
		{[]string{"a", "b", "c"}, "summit-tui: 2 bookmarked talks have no time and are left out of the calendar\n"},
		{[]string{"a", "b"}, "summit-tui: 1 bookmarked talk has no time and is left out of the calendar\n"},
		{[]string{"a"}, ""},
	} {
		var out, errb bytes.Buffer
		opts := options{now: "2026-01-31 09:00"}
		if err := writeCalendar(opts, s, s.Only(model.NewBookmarkSet(tc.marked)), &out, &errb); err != nil {
			t.Fatal(err)
		}
		if errb.String() != tc.says {
			t.Errorf("%q: stderr %q, want %q", tc.marked, errb.String(), tc.says)
		}
		if !strings.Contains(out.String(), "DTSTAMP:20260131T080000Z\r\n") || strings.Count(out.String(), "BEGIN:VEVENT") != 1 {
			t.Errorf("%q: calendar\n%s", tc.marked, out.String())
		}
	}
}
