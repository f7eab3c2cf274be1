package model

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// agendaLines writes an agenda one row a line: "f-rust clash f-go",
// "free 11:30–23:30, 1 talks".
func agendaLines(s *Schedule, a Agenda) []string {
	f := EventTime(s)
	var out []string
	for _, d := range a.Days {
		out = append(out, "# "+d.Date)
		for _, r := range d.Rows {
			if r.IsGap() {
				out = append(out, fmt.Sprintf("free %s, %d talks", f.WindowLabel(r.Free), r.Talks))
				continue
			}
			line := s.Sessions[r.Session].ID
			if len(r.Clashes) > 0 {
				line += " clash " + strings.Join(tlIDs(s, r.Clashes), " ")
			}
			out = append(out, line)
		}
	}
	if len(a.Untimed) > 0 {
		out = append(out, "# no time: "+strings.Join(tlIDs(s, a.Untimed), " "))
	}
	return out
}

// TestAgenda: bookmarks by day and time, clashes named on both talks,
// back-to-back talks not clashing, free windows of MinGap or more with the
// number of talks on in them, the evening past midnight on its own day,
// an assumed end, untimed bookmarks after, unknown ids ignored.
func TestAgenda(t *testing.T) {
	s := timedSchedule(t)
	tl := NewTimeline(s)
	tests := []struct {
		name  string
		marks []string
		want  []string
	}{
		{"the whole agenda",
			[]string{"f-open", "f-rust", "f-go", "f-late", "s-key", "s-noend", "u-poster", "gone"},
			[]string{
				"# 2026-01-30",
				"f-open",
				"f-rust clash f-go",
				"f-go clash f-rust",
				"free 11:30–23:30, 1 talks",
				"f-late",
				"free 00:15–01:00, 1 talks",
				"# 2026-01-31",
				"s-key clash s-noend",
				"s-noend clash s-key",
				"free 10:00–15:00, 2 talks",
				"# no time: u-poster",
			}},
		{"free time before the first pick",
			[]string{"s-last"},
			[]string{
				"# 2026-01-31",
				"free 09:00–14:00, 3 talks",
				"s-last",
			}},
		{"a gap counts the talks that run into it",
			[]string{"f-open", "f-night"},
			[]string{
				"# 2026-01-30",
				"f-open",
				"free 10:30–00:30, 4 talks",
				"f-night",
			}},
		{"nothing bookmarked", nil, nil},
		{"untimed only", []string{"u-poster"}, []string{"# no time: u-poster"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := agendaLines(s, tl.Agenda(NewBookmarkSet(tt.marks)))
			if !slices.Equal(got, tt.want) {
				t.Errorf("agenda\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestAgendaGapThreshold: a free window of exactly MinGap is a row; a
// minute less is not.
func TestAgendaGapThreshold(t *testing.T) {
	loc := tlZone(t, "Europe/Brussels")
	at := func(h, m int) time.Time { return time.Date(2026, 1, 31, h, m, 0, 0, loc) }
	for _, tt := range []struct {
		secondAt time.Time
		gap      bool
	}{
		{at(10, 30), true},
		{at(10, 29), false},
	} {
		s := &Schedule{Location: loc, Sessions: []Session{
			{ID: "a", Day: "2026-01-31", Start: at(9, 0), End: at(10, 0)},
			{ID: "b", Day: "2026-01-31", Start: tt.secondAt, End: at(11, 0)},
		}}
		a := NewTimeline(s).Agenda(NewBookmarkSet([]string{"a", "b"}))
		rows := a.Days[0].Rows
		if got := len(rows) == 3 && rows[1].IsGap(); got != tt.gap {
			t.Errorf("second talk at %s: gap row %v, want %v", tt.secondAt.Format("15:04"), got, tt.gap)
		}
	}
}

// TestAgendaClashes: three talks over each other each name the other two,
// in time order, and a talk inside another's span clashes with it.
func TestAgendaClashes(t *testing.T) {
	loc := tlZone(t, "Europe/Brussels")
	at := func(h, m int) time.Time { return time.Date(2026, 1, 31, h, m, 0, 0, loc) }
	s := &Schedule{Location: loc, Sessions: []Session{
		{ID: "long", Day: "2026-01-31", Room: "A", Start: at(9, 0), End: at(12, 0)},
		{ID: "mid", Day: "2026-01-31", Room: "B", Start: at(10, 0), End: at(10, 30)},
		{ID: "late", Day: "2026-01-31", Room: "C", Start: at(10, 15), End: at(11, 0)},
		{ID: "after", Day: "2026-01-31", Room: "B", Start: at(12, 0), End: at(12, 30)},
	}}
	a := NewTimeline(s).Agenda(NewBookmarkSet([]string{"long", "mid", "late", "after"}))
	want := []string{"# 2026-01-31", "long clash mid late", "mid clash long late", "late clash long mid", "after"}
	if got := agendaLines(s, a); !slices.Equal(got, want) {
		t.Errorf("agenda\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if a.Clashes() != 3 {
		t.Errorf("clashes %d, want 3", a.Clashes())
	}
}

// TestAgendaCancelledTalkClashesWithNothing: a bookmarked talk that is
// cancelled stays in the agenda, but takes no time from the others.
func TestAgendaCancelledTalkClashesWithNothing(t *testing.T) {
	loc := tlZone(t, "Europe/Brussels")
	at := func(h, m int) time.Time { return time.Date(2026, 1, 31, h, m, 0, 0, loc) }
	s := &Schedule{Location: loc, Sessions: []Session{
		{ID: "long", Title: "Long", Day: "2026-01-31", Room: "A", Start: at(9, 0), End: at(12, 0)},
		{ID: "off", Title: "CANCELLED: Mid", Day: "2026-01-31", Room: "B", Start: at(10, 0), End: at(10, 30)},
		{ID: "gone", Title: "Late", Day: "2026-01-31", Room: "C", Start: at(10, 15), End: at(11, 0), Gone: true},
	}}
	a := NewTimeline(s).Agenda(NewBookmarkSet([]string{"long", "off", "gone"}))
	want := []string{"# 2026-01-31", "long", "off", "gone"}
	if got := agendaLines(s, a); !slices.Equal(got, want) {
		t.Errorf("agenda\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A cancelled bookmark keeps its row but frees its time: the free window
// runs through it, listed before it, and the talks between are counted.
func TestAgendaCancelledTalkTakesNoTime(t *testing.T) {
	loc := tlZone(t, "Europe/Brussels")
	at := func(h, m int) time.Time { return time.Date(2026, 1, 31, h, m, 0, 0, loc) }
	s := &Schedule{Location: loc, Days: []Day{{Date: "2026-01-31", Start: at(9, 0), End: at(13, 0)}}, Sessions: []Session{
		{ID: "first", Title: "First", Day: "2026-01-31", Room: "A", Start: at(9, 0), End: at(9, 30)},
		{ID: "off", Title: "CANCELLED: Mid", Day: "2026-01-31", Room: "B", Start: at(10, 0), End: at(10, 30)},
		{ID: "other", Title: "Other", Day: "2026-01-31", Room: "C", Start: at(10, 0), End: at(10, 30)},
		{ID: "last", Title: "Last", Day: "2026-01-31", Room: "A", Start: at(12, 0), End: at(13, 0)},
	}}
	a := NewTimeline(s).Agenda(NewBookmarkSet([]string{"first", "off", "last"}))
	want := []string{"# 2026-01-31", "first", "free 09:30–12:00, 1 talks", "off", "last"}
	if got := agendaLines(s, a); !slices.Equal(got, want) {
		t.Errorf("agenda\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
