package ui

import (
	"testing"
	"time"
)

// twoRoomsAt browses the two-room schedule (loadTwoRooms: two days,
// rooms Aula and Dock, talks after midnight, links, a German talk; its
// zone is Europe/Lisbon, at UTC+0 in March) with the clock before its
// first talk and the machine in New York, whose times differ.
func twoRoomsAt(t testing.TB) []harnessOption {
	t.Helper()
	s, err := loadTwoRooms()
	if err != nil {
		t.Fatal(err)
	}
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	return []harnessOption{withSchedule(s), withZone(ny), withClock(time.Date(2031, 3, 15, 8, 0, 0, 0, time.UTC))}
}

// withZone sets the machine's zone.
func withZone(z *time.Location) harnessOption {
	return func(h *harness) { h.cfg.Zone = z }
}

// withClock sets the fake clock.
func withClock(at time.Time) harnessOption {
	return func(h *harness) { h.clock = at }
}
