package ui

import (
	"os"
	"sync"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
)

// The small frab schedule the time views are tested on: two days, rooms
// Aula and Dock, talks after midnight, links and a German talk. Its zone is
// Europe/Lisbon, at UTC+0 in March.
var loadTwoRooms = sync.OnceValues(func() (model.Schedule, error) {
	raw, err := os.ReadFile("testdata/good_two_rooms.xml")
	if err != nil {
		return model.Schedule{}, err
	}
	opened, err := data.OpenBytes("good_two_rooms.xml", raw, data.OpenOptions{})
	if err != nil {
		return model.Schedule{}, err
	}
	return opened.Schedule, nil
})

// twoRoomsAt browses the two-room schedule with the clock at the start
// of its first morning and the machine in New York, whose times differ.
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
