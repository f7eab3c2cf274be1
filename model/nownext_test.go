package model

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// nowLines writes a NowNext as one line a room, for readable tables:
// "Janson: f-rust 25 left | f-db in 40".
func nowLines(s *Schedule, n NowNext) []string {
	var out []string
	for _, r := range n.Rooms {
		var parts []string
		for _, sl := range r.Running {
			p := fmt.Sprintf("%s %d left", s.Sessions[sl.Session].ID, sl.Minutes)
			if !sl.EndKnown {
				p += "?"
			}
			parts = append(parts, p)
		}
		var next []string
		for _, sl := range r.Next {
			next = append(next, fmt.Sprintf("%s in %d", s.Sessions[sl.Session].ID, sl.Minutes))
		}
		line := r.Room + ": " + strings.Join(parts, ", ")
		if len(next) > 0 {
			line += " | " + strings.Join(next, ", ")
		}
		out = append(out, line)
	}
	return out
}

// TestNowNext: what is running with minutes left and what starts within
// the hour with minutes to go, by room in the schedule's order; the
// conference's phase; and when the next talk starts.
func TestNowNext(t *testing.T) {
	s := timedSchedule(t)
	tl := NewTimeline(s)
	loc := s.Location
	at := func(day, h, m, sec int) time.Time { return time.Date(2026, 1, day, h, m, sec, 0, loc) }
	tests := []struct {
		name      string
		at        time.Time
		phase     Phase
		today     string
		rooms     []string
		nextStart time.Time
	}{
		{"before the first talk", at(30, 9, 30, 0), Before, "",
			[]string{"Janson:  | f-open in 30, f-rust in 60"}, at(30, 10, 0, 0)},
		{"long before: nothing within the hour", at(29, 12, 0, 0), Before, "",
			nil, at(30, 10, 0, 0)},
		{"two rooms running, the next talk beyond the hour", at(30, 10, 50, 0), During, "2026-01-30",
			[]string{"Janson: f-rust 25 left", "Aula: f-go 40 left"}, at(30, 13, 0, 0)},
		{"a start is running, an end is not", at(30, 10, 30, 0), During, "2026-01-30",
			[]string{"Janson: f-rust 45 left", "Aula:  | f-go in 15"}, at(30, 10, 45, 0)},
		{"minutes round up", at(30, 11, 14, 40), During, "2026-01-30",
			[]string{"Janson: f-rust 1 left", "Aula: f-go 16 left"}, at(30, 13, 0, 0)},
		{"a start exactly an hour away is next", at(30, 12, 0, 0), During, "2026-01-30",
			[]string{"Aula:  | f-db in 60"}, at(30, 13, 0, 0)},
		{"late evening into the night", at(30, 23, 45, 0), During, "2026-01-30",
			[]string{"Janson: f-late 30 left", "Aula:  | f-night in 45"}, at(31, 0, 30, 0)},
		{"the night between two days", at(31, 3, 0, 0), During, "2026-01-31",
			nil, at(31, 9, 0, 0)},
		{"an assumed end", at(31, 9, 35, 0), During, "2026-01-31",
			[]string{"Janson: s-key 25 left", "Aula: s-noend 10 left? | s-aula in 10"}, at(31, 9, 45, 0)},
		{"the last end is over", at(31, 15, 0, 0), After, "",
			nil, time.Time{}},
		{"an instant in another zone", time.Date(2026, 1, 30, 9, 50, 0, 0, time.UTC), During, "2026-01-30",
			[]string{"Janson: f-rust 25 left", "Aula: f-go 40 left"}, at(30, 13, 0, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := tl.NowNext(tt.at)
			if n.Phase != tt.phase {
				t.Errorf("phase %v, want %v", n.Phase, tt.phase)
			}
			if n.FirstDay != "2026-01-30" {
				t.Errorf("first day %q", n.FirstDay)
			}
			if n.Today != tt.today {
				t.Errorf("today %q, want %q", n.Today, tt.today)
			}
			got := nowLines(s, n)
			if strings.Join(got, "\n") != strings.Join(tt.rooms, "\n") {
				t.Errorf("rooms\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.rooms, "\n"))
			}
			if n.Empty() != (len(tt.rooms) == 0) {
				t.Errorf("empty %v", n.Empty())
			}
			if !n.NextStart.Equal(tt.nextStart) {
				t.Errorf("next start %v, want %v", n.NextStart, tt.nextStart)
			}
			if n.At.Location() != loc || !n.At.Equal(tt.at) {
				t.Errorf("at %v, want %v in the conference's zone", n.At, tt.at)
			}
		})
	}
}

// TestNowNextRoomsWithoutName: talks without a room come after the named
// rooms, and rooms the schedule does not list after those it does.
func TestNowNextRoomsWithoutName(t *testing.T) {
	loc := tlZone(t, "Europe/Brussels")
	at := func(h, m int) time.Time { return time.Date(2026, 1, 31, h, m, 0, 0, loc) }
	s := &Schedule{Location: loc, Rooms: []string{"Janson"}, Sessions: []Session{
		{ID: "none", Start: at(10, 0), End: at(11, 0)},
		{ID: "extra", Room: "Annex", Start: at(10, 0), End: at(11, 0)},
		{ID: "janson", Room: "Janson", Start: at(10, 0), End: at(11, 0)},
	}}
	got := nowLines(s, NewTimeline(s).NowNext(at(10, 30)))
	want := []string{"Janson: janson 30 left", "Annex: extra 30 left", ": none 30 left"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rooms %q, want %q", got, want)
	}
}

// TestNowNextFloating: a schedule without a zone reads the clock's wall
// time as the conference's, wherever the clock's zone is.
func TestNowNextFloating(t *testing.T) {
	s := timedSchedule(t)
	s.FloatingTimes = true
	tl := NewTimeline(s)
	tokyo := tlZone(t, "Asia/Tokyo")
	n := tl.NowNext(time.Date(2026, 1, 30, 10, 50, 0, 0, tokyo))
	want := []string{"Janson: f-rust 25 left", "Aula: f-go 40 left"}
	if got := nowLines(s, n); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rooms %q, want %q", got, want)
	}
}

// TestNowNextUntimed: a schedule without times has no Now view.
func TestNowNextUntimed(t *testing.T) {
	s := &Schedule{Sessions: []Session{{ID: "a", Title: "A"}},
		Days: []Day{{Date: "2026-01-30", Start: time.Date(2026, 1, 30, 9, 0, 0, 0, time.UTC), End: time.Date(2026, 1, 30, 18, 0, 0, 0, time.UTC)}}}
	tl := NewTimeline(s)
	n := tl.NowNext(time.Date(2026, 1, 30, 10, 0, 0, 0, time.UTC))
	if n.Phase != Untimed || !n.Empty() || n.FirstDay != "" {
		t.Errorf("untimed: %+v", n)
	}
	if o := tl.Opening(time.Date(2026, 1, 30, 10, 0, 0, 0, time.UTC)); o != (Opening{}) {
		t.Errorf("opening %+v", o)
	}
}

// TestOpening: the browser opens on Now while the conference is on or
// its first talk starts within the hour, and on its first day before
// that and after.
func TestOpening(t *testing.T) {
	s := timedSchedule(t)
	tl := NewTimeline(s)
	loc := s.Location
	tests := []struct {
		name string
		at   time.Time
		want Opening
	}{
		{"a week before", time.Date(2026, 1, 23, 12, 0, 0, 0, loc), Opening{Day: "2026-01-30"}},
		{"an hour and a minute before", time.Date(2026, 1, 30, 8, 59, 0, 0, loc), Opening{Day: "2026-01-30"}},
		{"an hour before the first talk", time.Date(2026, 1, 30, 9, 0, 0, 0, loc), Opening{Now: true, Day: "2026-01-30"}},
		{"first morning", time.Date(2026, 1, 30, 10, 0, 0, 0, loc), Opening{Now: true, Day: "2026-01-30"}},
		{"second day", time.Date(2026, 1, 31, 12, 0, 0, 0, loc), Opening{Now: true, Day: "2026-01-31"}},
		{"overnight", time.Date(2026, 1, 31, 5, 0, 0, 0, loc), Opening{Now: true, Day: "2026-01-31"}},
		{"a year after", time.Date(2027, 1, 31, 12, 0, 0, 0, loc), Opening{Day: "2026-01-30"}},
	}
	for _, tt := range tests {
		if got := tl.Opening(tt.at); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// TestFirstNotOver: while the conference is on, a list in time order
// opens on its first talk not yet over after those that are (s-noend's
// assumed end, 09:45, is over at 09:50: the keynote running since 09:00
// is passed over); before and after the conference, and on a day that is
// over, it opens at the top.
func TestFirstNotOver(t *testing.T) {
	s := timedSchedule(t)
	tl := NewTimeline(s)
	loc := s.Location
	at := func(day, h, m int) time.Time { return time.Date(2026, 1, day, h, m, 0, 0, loc) }
	fri := tl.DayProgramme("2026-01-30")
	sat := tl.DayProgramme("2026-01-31")
	tests := []struct {
		name   string
		list   []int
		at     time.Time
		want   string // the session opened on; "" for the top
		during bool
	}{
		{"before the conference", fri, at(29, 12, 0), "", false},
		{"a talk running", fri, at(30, 10, 40), "f-rust", true},
		{"between two talks", fri, at(30, 12, 0), "f-db", true},
		{"a talk ends at the instant: over", fri, at(30, 10, 30), "f-rust", true},
		{"another day, later", sat, at(30, 12, 0), "s-key", true},
		{"a day that is over", fri, at(31, 12, 0), "", false},
		{"a talk running, none over yet", sat, at(31, 9, 40), "s-key", true},
		{"a long talk is passed over for the talks after one that ended", sat, at(31, 9, 50), "s-aula", true},
		{"after the conference", sat, at(31, 16, 0), "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, ok := tl.FirstNotOver(tt.list, tt.at)
			got := ""
			if ok {
				got = s.Sessions[tt.list[k]].ID
			}
			if got != tt.want || ok != tt.during {
				t.Errorf("opens on %q (%v), want %q", got, ok, tt.want)
			}
		})
	}
}
