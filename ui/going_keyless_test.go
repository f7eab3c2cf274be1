package ui

import "testing"

// A browser whose bookmarks last for the session only (over SSH without a
// key) never adds them to the counts the host reads: its own bookmark is
// counted on top of them, before and after the counts are read again.
func TestGoingKeylessBookmarkStaysCounted(t *testing.T) {
	const id = "running-kafka-in-kubernetes-a-practical-guide"
	counts := map[string]int{id: 2}
	going := make(chan struct{}, 1)
	h := newHarness(t, 120, 40, withGoing(counts), func(h *harness) {
		h.cfg.SaveBookmarks, h.cfg.ReadBookmarks = nil, nil
		h.cfg.GoingChanged = going
	})
	h.press("j", "j", "j", "b")
	h.requireItemContains("★ 3 going")
	counts["is-kafka-a-database"] = 1 // another attendee's bookmark
	going <- struct{}{}
	h.fireWatch()
	h.requireItemContains("★ 3 going")
	h.press("b")
	h.requireItemContains("★ 2 going")
}
