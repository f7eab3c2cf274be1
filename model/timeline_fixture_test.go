package model

import (
	"testing"
	"time"
	_ "time/tzdata" // the zones the tests name, whatever the machine has
)

func tlZone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}

// timedSchedule is a two-day conference in Brussels with two rooms:
// back-to-back talks, an overlap, a long afternoon gap, a Friday evening
// that runs past midnight, a Saturday talk without an end and one talk
// without a time.
//
//	Fri 30  Janson  10:00–10:30 f-open, 10:30–11:15 f-rust, 23:30–00:15 f-late
//	        Aula    10:45–11:30 f-go, 13:00–14:00 f-db, 00:30–01:00 f-night
//	Sat 31  Janson  09:00–10:00 s-key, 14:00–15:00 s-last
//	        Aula    09:30–(none) s-noend, 09:45–10:30 s-aula
func timedSchedule(tb testing.TB) *Schedule {
	tb.Helper()
	loc := tlZone(tb, "Europe/Brussels")
	at := func(day, h, m int) time.Time { return time.Date(2026, 1, day, h, m, 0, 0, loc) }
	session := func(id, title, day, room string, start, end time.Time) Session {
		return Session{ID: id, Key: id, Title: title, Track: "Main", Day: day, Room: room, Start: start, End: end}
	}
	const fri, sat = "2026-01-30", "2026-01-31"
	return &Schedule{
		Conference: "Test Con 2026",
		Key:        "testcon26",
		TimeZone:   "Europe/Brussels",
		Location:   loc,
		Days: []Day{
			{Date: fri, Start: at(30, 9, 0), End: at(31, 4, 0)},
			{Date: sat, Start: at(31, 9, 0), End: at(31, 18, 0)},
		},
		Rooms:  []string{"Janson", "Aula"},
		Tracks: []string{"Main"},
		Sessions: []Session{
			session("f-open", "Opening", fri, "Janson", at(30, 10, 0), at(30, 10, 30)),
			session("f-rust", "Rust in Production", fri, "Janson", at(30, 10, 30), at(30, 11, 15)),
			session("f-go", "Go Generics", fri, "Aula", at(30, 10, 45), at(30, 11, 30)),
			session("f-db", "Databases", fri, "Aula", at(30, 13, 0), at(30, 14, 0)),
			session("f-late", "Late Night Hacking", fri, "Janson", at(30, 23, 30), at(31, 0, 15)),
			session("f-night", "After Midnight", fri, "Aula", at(31, 0, 30), at(31, 1, 0)),
			session("s-key", "Keynote", sat, "Janson", at(31, 9, 0), at(31, 10, 0)),
			session("s-noend", "Lightning Talk", sat, "Aula", at(31, 9, 30), time.Time{}),
			session("s-aula", "Aula Talk", sat, "Aula", at(31, 9, 45), at(31, 10, 30)),
			session("s-last", "Closing", sat, "Janson", at(31, 14, 0), at(31, 15, 0)),
			{ID: "u-poster", Key: "u-poster", Title: "Poster Session", Track: "Main"},
		},
	}
}

// tlIDs names sessions by their ids, for readable failures.
func tlIDs(s *Schedule, idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = s.Sessions[i].ID
	}
	return out
}

// tlIndex finds a session by id.
func tlIndex(tb testing.TB, s *Schedule, id string) int {
	tb.Helper()
	for i := range s.Sessions {
		if s.Sessions[i].ID == id {
			return i
		}
	}
	tb.Fatalf("no session %q", id)
	return -1
}
