package ui

import (
	"os"
	"sync"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
)

// The grid's tests browse a small frab file of two days in two rooms,
// with talks after midnight.
var loadTwoRooms = sync.OnceValues(func() (model.Schedule, error) {
	raw, err := os.ReadFile("testdata/good_two_rooms.xml")
	if err != nil {
		return model.Schedule{}, err
	}
	o, err := data.OpenBytes("good_two_rooms.xml", raw, data.OpenOptions{})
	return o.Schedule, err
})

func twoRooms(t testing.TB) model.Schedule {
	t.Helper()
	s, err := loadTwoRooms()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// gridHarness browses the two-room schedule at a pinned time and zone.
func gridHarness(t testing.TB, w, h int, opts ...harnessOption) *harness {
	t.Helper()
	base := []harnessOption{withSchedule(twoRooms(t)), func(h *harness) {
		h.clock = time.Date(2031, 3, 15, 10, 20, 0, 0, time.UTC)
		h.cfg.Zone = time.FixedZone("UTC+2", 2*3600)
	}}
	return newHarness(t, w, h, append(base, opts...)...)
}

func TestGridSmoke(t *testing.T) {
	h := gridHarness(t, 120, 40)
	h.press("v")
	t.Log("\n" + h.screen())
	h.press("x")
	t.Log("\n" + h.screen())
}
