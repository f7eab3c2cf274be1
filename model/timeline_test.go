package model

import (
	"slices"
	"testing"
	"time"
)

// TestTimelineDays: the days in order, each with its sessions in time
// order; talks after midnight stay on the evening's day, and the untimed
// talk is on none.
func TestTimelineDays(t *testing.T) {
	s := timedSchedule(t)
	tl := NewTimeline(s)
	if got, want := tl.Days(), []string{"2026-01-30", "2026-01-31"}; !slices.Equal(got, want) {
		t.Fatalf("days %q, want %q", got, want)
	}
	tests := []struct {
		date string
		want []string
	}{
		{"2026-01-30", []string{"f-open", "f-rust", "f-go", "f-db", "f-late", "f-night"}},
		{"2026-01-31", []string{"s-key", "s-noend", "s-aula", "s-last"}},
		{"2026-02-01", []string{}},
	}
	for _, tt := range tests {
		if got := tlIDs(s, tl.DaySessions(tt.date)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.date, got, tt.want)
		}
	}
}

// TestTimelineDayBounds: a day runs from its first start to its last end,
// past midnight when its talks do, whatever wider bounds the source
// declares.
func TestTimelineDayBounds(t *testing.T) {
	s := timedSchedule(t)
	tl := NewTimeline(s)
	loc := s.Location
	tests := []struct {
		date     string
		from, to time.Time
		ok       bool
	}{
		{"2026-01-30", time.Date(2026, 1, 30, 10, 0, 0, 0, loc), time.Date(2026, 1, 31, 1, 0, 0, 0, loc), true},
		{"2026-01-31", time.Date(2026, 1, 31, 9, 0, 0, 0, loc), time.Date(2026, 1, 31, 15, 0, 0, 0, loc), true},
		{"2026-02-01", time.Time{}, time.Time{}, false},
	}
	for _, tt := range tests {
		w, ok := tl.DayBounds(tt.date)
		if ok != tt.ok || !w.From.Equal(tt.from) || !w.To.Equal(tt.to) {
			t.Errorf("%s: %v–%v %v, want %v–%v %v", tt.date, w.From, w.To, ok, tt.from, tt.to, tt.ok)
		}
	}
	span, ok := tl.Span()
	if !ok || !span.From.Equal(time.Date(2026, 1, 30, 10, 0, 0, 0, loc)) || !span.To.Equal(time.Date(2026, 1, 31, 15, 0, 0, 0, loc)) {
		t.Errorf("span %v–%v %v", span.From, span.To, ok)
	}
}

// TestTimelineDayBoundsFromSource: a day the source declares but that has
// no timed talk keeps the source's bounds.
func TestTimelineDayBoundsFromSource(t *testing.T) {
	s := timedSchedule(t)
	sun := Day{Date: "2026-02-01", Start: time.Date(2026, 2, 1, 9, 0, 0, 0, s.Location), End: time.Date(2026, 2, 1, 17, 0, 0, 0, s.Location)}
	s.Days = append(s.Days, sun)
	tl := NewTimeline(s)
	w, ok := tl.DayBounds(sun.Date)
	if !ok || !w.From.Equal(sun.Start) || !w.To.Equal(sun.End) {
		t.Errorf("bounds %v–%v %v, want the source's", w.From, w.To, ok)
	}
	if got := tl.Days(); len(got) != 3 || got[2] != sun.Date {
		t.Errorf("days %q", got)
	}
}

// TestTimelineAssumedEnd: a talk without an end lasts until the next talk
// in its room starts, or AssumedLength, whichever is sooner.
func TestTimelineAssumedEnd(t *testing.T) {
	loc := tlZone(t, "Europe/Brussels")
	at := func(h, m int) time.Time { return time.Date(2026, 1, 31, h, m, 0, 0, loc) }
	tests := []struct {
		name     string
		sessions []Session
		want     time.Time
	}{
		{"next talk in the room sooner", []Session{
			{ID: "a", Room: "R", Start: at(9, 30)},
			{ID: "b", Room: "R", Start: at(9, 45), End: at(10, 0)},
		}, at(9, 45)},
		{"next talk in the room later", []Session{
			{ID: "a", Room: "R", Start: at(9, 30)},
			{ID: "b", Room: "R", Start: at(11, 0), End: at(12, 0)},
		}, at(10, 0)},
		{"next talk in another room does not count", []Session{
			{ID: "a", Room: "R", Start: at(9, 30)},
			{ID: "b", Room: "S", Start: at(9, 35), End: at(10, 0)},
		}, at(10, 0)},
		{"a talk at the same time does not end it", []Session{
			{ID: "a", Room: "R", Start: at(9, 30)},
			{ID: "b", Room: "R", Start: at(9, 30)},
			{ID: "c", Room: "R", Start: at(9, 50), End: at(10, 40)},
		}, at(9, 50)},
		{"no room: the assumed length", []Session{
			{ID: "a", Start: at(9, 30)},
			{ID: "b", Start: at(9, 35), End: at(10, 0)},
		}, at(10, 0)},
		{"an end before the start is no end", []Session{
			{ID: "a", Room: "R", Start: at(9, 30), End: at(9, 0)},
		}, at(10, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &Schedule{Location: loc, Sessions: tt.sessions}
			tl := NewTimeline(s)
			if got := tl.End(0); !got.Equal(tt.want) {
				t.Errorf("end %v, want %v", got.Format("15:04"), tt.want.Format("15:04"))
			}
			if tl.EndKnown(0) {
				t.Error("end reported as known")
			}
		})
	}
}

// TestTimelineKnownEnd: a talk's own end is its end, and an untimed
// talk has none.
func TestTimelineKnownEnd(t *testing.T) {
	s := timedSchedule(t)
	tl := NewTimeline(s)
	i := tlIndex(t, s, "f-late")
	if !tl.End(i).Equal(s.Sessions[i].End) || !tl.EndKnown(i) {
		t.Errorf("f-late end %v known %v", tl.End(i), tl.EndKnown(i))
	}
	u := tlIndex(t, s, "u-poster")
	if !tl.End(u).IsZero() || tl.EndKnown(u) {
		t.Errorf("untimed end %v known %v", tl.End(u), tl.EndKnown(u))
	}
}

// TestTimelineRooms: a day's rooms in the schedule's order, whatever
// order they are used in.
func TestTimelineRooms(t *testing.T) {
	s := timedSchedule(t)
	s.Rooms = []string{"Aula", "Janson"}
	tl := NewTimeline(s)
	if got := tl.Rooms("2026-01-31"); !slices.Equal(got, []string{"Aula", "Janson"}) {
		t.Errorf("rooms %q", got)
	}
}
