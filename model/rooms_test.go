package model

import (
	"slices"
	"testing"
	"time"
)

// roomDaySchedule: two days, two rooms declared B then A, a talk after
// midnight that belongs to the first day, sessions listed out of time
// order, one that names its day but has no time, and one with neither a
// time nor a room.
func roomDaySchedule() *Schedule {
	at := func(day, hour, minute int) time.Time { return time.Date(2026, 1, day, hour, minute, 0, 0, time.UTC) }
	return &Schedule{
		Conference: "Timed",
		Rooms:      []string{"B", "A"},
		Days:       []Day{{Date: "2026-01-31"}, {Date: "2026-02-01"}},
		Sessions: []Session{
			{ID: "late", Title: "Late", Room: "A", Day: "2026-01-31", Start: at(32, 0, 15)}, // 00:15 on 1 Feb
			{ID: "a10", Title: "A at ten", Room: "A", Day: "2026-01-31", Start: at(31, 10, 0)},
			{ID: "b9", Title: "B at nine", Room: "B", Day: "2026-01-31", Start: at(31, 9, 0)},
			{ID: "b-sun", Title: "B on Sunday", Room: "B", Day: "2026-02-01", Start: at(32, 11, 0)},
			{ID: "floating", Title: "No time"},
			{ID: "b-sat-untimed", Title: "B on Saturday, time to come", Room: "B", Day: "2026-01-31"},
		},
	}
}

// TestIndexRooms: the rooms in the schedule's order, each with its talks
// in time order, the untimed one last.
func TestIndexRooms(t *testing.T) {
	s := roomDaySchedule()
	x := NewIndex(s)
	var got [][]string
	for _, r := range x.Rooms() {
		got = append(got, append([]string{r.Name}, tlIDs(s, r.Sessions)...))
	}
	want := [][]string{{"B", "b9", "b-sun", "b-sat-untimed"}, {"A", "a10", "late"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("Rooms() = %q, want %q", got, want)
	}
	if i, ok := x.RoomIndex("A"); !ok || i != 1 {
		t.Errorf("RoomIndex(A) = %d, %v", i, ok)
	}
	if len(NewIndex(indexSchedule()).Rooms()) != 0 {
		t.Error("a schedule without rooms has rooms")
	}
}

// TestTimelineDayProgramme: a day lists its timed talks in time order,
// the one after midnight on the evening's day, then the talk that names
// the day without a time; the times views see only the timed ones.
func TestTimelineDayProgramme(t *testing.T) {
	s := roomDaySchedule()
	tl := NewTimeline(s)
	if got := tl.Days(); !slices.Equal(got, []string{"2026-01-31", "2026-02-01"}) {
		t.Errorf("Days() = %q", got)
	}
	tests := []struct {
		date             string
		programme, timed []string
	}{
		{"2026-01-31", []string{"b9", "a10", "late", "b-sat-untimed"}, []string{"b9", "a10", "late"}},
		{"2026-02-01", []string{"b-sun"}, []string{"b-sun"}},
		{"2026-02-02", []string{}, []string{}},
	}
	for _, tt := range tests {
		if got := tlIDs(s, tl.DayProgramme(tt.date)); !slices.Equal(got, tt.programme) {
			t.Errorf("DayProgramme(%s) = %q, want %q", tt.date, got, tt.programme)
		}
		if got := tlIDs(s, tl.DaySessions(tt.date)); !slices.Equal(got, tt.timed) {
			t.Errorf("DaySessions(%s) = %q, want %q", tt.date, got, tt.timed)
		}
	}
	if got := tl.Rooms("2026-01-31"); !slices.Equal(got, []string{"B", "A"}) {
		t.Errorf("Rooms(31 Jan) = %q", got)
	}
}
