package ui

import (
	"os"
	"sync"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
)

// The time views' tests browse a small frab schedule of two days and two
// rooms (testdata/good_two_rooms.xml), with the clock and the machine's
// zone pinned.
var loadTwoRooms = sync.OnceValues(func() (model.Schedule, error) {
	raw, err := os.ReadFile("testdata/good_two_rooms.xml")
	if err != nil {
		return model.Schedule{}, err
	}
	o, err := data.OpenBytes("good_two_rooms.xml", raw, data.OpenOptions{})
	return o.Schedule, err
})

// atLisbon is a wall-clock time of the fixture's zone.
func atLisbon(t testing.TB, text string) time.Time {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Lisbon")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	at, err := time.ParseInLocation("2006-01-02 15:04", text, loc)
	if err != nil {
		t.Fatal(err)
	}
	return at
}

// withTwoRooms browses the fixture with the clock at a wall-clock time of
// the conference ("2031-03-15 10:20") and the machine in UTC.
func withTwoRooms(t testing.TB, now string) harnessOption {
	t.Helper()
	s, err := loadTwoRooms()
	if err != nil {
		t.Fatal(err)
	}
	at := atLisbon(t, now)
	return func(h *harness) {
		h.cfg.Schedule = s
		h.cfg.Zone = time.UTC
		h.clock = at
	}
}

// twoRooms is the fixture's schedule.
func twoRooms(t testing.TB) model.Schedule {
	t.Helper()
	s, err := loadTwoRooms()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

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
