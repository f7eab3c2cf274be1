package model

import (
	"slices"
	"testing"
	"time"
)

// roomDaySchedule: two days, two rooms declared B then A, a talk after
// midnight that belongs to the first day, sessions listed out of time
// order and one without a time or a room.
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
		},
	}
}

func TestIndexDays(t *testing.T) {
	x := NewIndex(roomDaySchedule())
	want := []DaySessions{
		{Date: "2026-01-31", Sessions: []int{2, 1, 0}}, // nine, ten, then after midnight
		{Date: "2026-02-01", Sessions: []int{3}},
	}
	if got := x.Days(); !slices.EqualFunc(got, want, func(a, b DaySessions) bool {
		return a.Date == b.Date && slices.Equal(a.Sessions, b.Sessions)
	}) {
		t.Errorf("Days() = %v, want %v", got, want)
	}
	if got := x.Day("2026-01-31"); !slices.Equal(got, []int{2, 1, 0}) {
		t.Errorf("Day(31 Jan) = %v: the 00:15 talk belongs to the evening before, after the others", got)
	}
	if got := x.Day("2026-02-02"); got != nil {
		t.Errorf("Day of no session = %v", got)
	}
}

func TestIndexRooms(t *testing.T) {
	x := NewIndex(roomDaySchedule())
	got := x.times().rooms
	if len(got) != 2 || got[0].Name != "B" || got[1].Name != "A" {
		t.Fatalf("Rooms() = %v, want B then A, the schedule's room order", got)
	}
	if !slices.Equal(got[0].Sessions, []int{2, 3}) || !slices.Equal(got[1].Sessions, []int{1, 0}) {
		t.Errorf("room sessions = %v, %v; want time order", got[0].Sessions, got[1].Sessions)
	}
	if !slices.Equal(x.Room("A"), []int{1, 0}) || x.Room("nowhere") != nil {
		t.Errorf("Room(A) = %v, Room(nowhere) = %v", x.Room("A"), x.Room("nowhere"))
	}
	sunday := x.DayRooms("2026-02-01")
	if len(sunday) != 1 || sunday[0].Name != "B" || !slices.Equal(sunday[0].Sessions, []int{3}) {
		t.Errorf("DayRooms(Sunday) = %v, want only B with its one talk", sunday)
	}
	saturday := x.DayRooms("2026-01-31")
	if len(saturday) != 2 || saturday[0].Name != "B" || !slices.Equal(saturday[1].Sessions, []int{1, 0}) {
		t.Errorf("DayRooms(Saturday) = %v", saturday)
	}
}

// TestIndexTimesUntimed: a page without times has no days and no rooms.
func TestIndexTimesUntimed(t *testing.T) {
	x := NewIndex(indexSchedule())
	if len(x.Days()) != 0 || len(x.times().rooms) != 0 || x.DayRooms("") != nil {
		t.Errorf("untimed schedule: days %v, rooms %v", x.Days(), x.times().rooms)
	}
}
