package ui

import (
	"testing"
)

// When only the counts changed (another attendee's bookmark), only they
// are read again: this browser's bookmarks are not, and the details show
// the new count.
func TestGoingChangedReadsOnlyCounts(t *testing.T) {
	const id = "running-kafka-in-kubernetes-a-practical-guide"
	counts := map[string]int{id: 2}
	marks, going := make(chan struct{}, 1), make(chan struct{}, 1)
	h := newHarness(t, 120, 40, withGoing(counts), withWatch(marks),
		func(h *harness) { h.cfg.GoingChanged = going })
	reads := 0
	read := h.m.cfg.ReadBookmarks
	h.m.cfg.ReadBookmarks = func() ([]string, error) { reads++; return read() }
	h.press("j", "j", "j")
	h.requireItemContains("★ 2 going")
	counts[id] = 4
	h.file["is-kafka-a-database"] = true // would show, were the bookmarks read
	going <- struct{}{}
	h.fireWatch()
	h.requireItemContains("★ 4 going")
	if reads != 0 {
		t.Errorf("the bookmarks were read %d times on a change of the counts alone", reads)
	}
	h.requireScreenContains("★ Bookmarks 0")
	// The wait goes on, for either.
	marks <- struct{}{}
	h.fireWatch()
	h.requireScreenContains("★ Bookmarks 1")
}

// Counts read before others asked for later are not taken when they come
// last: they may predate the bookmarks shown, and count a toggle twice.
func TestGoingEarlierReadNotTaken(t *testing.T) {
	const id = "running-kafka-in-kubernetes-a-practical-guide"
	n := 2
	h := newHarness(t, 120, 40, func(h *harness) {
		h.cfg.Going = func() (map[string]int, error) { return map[string]int{id: n}, nil }
	})
	h.press("j", "j", "j")
	h.requireItemContains("★ 2 going")
	first, second := h.m.readGoing(), h.m.readGoing()
	n = 7
	late := first() // asked first, answered last
	n = 5
	h.deliver(second())
	h.requireItemContains("★ 5 going")
	h.deliver(late)
	h.requireItemContains("★ 5 going")
}
