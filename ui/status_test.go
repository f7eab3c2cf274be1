package ui

import "testing"

// The status line clears when the place changes.
func TestStatusClearsOnAChangeOfPlace(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("b")
	h.requireScreenContains("Bookmarked: ")
	h.press("s")
	h.requireScreenLacks("Bookmarked: ")
}

// It clears on a change of selection too: a message about the talk left
// behind does not stand beside the next one.
func TestStatusClearsOnAChangeOfSelection(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("b")
	h.requireScreenContains("Bookmarked: ")
	h.press("j")
	h.requireScreenLacks("Bookmarked: ")
}

// A move the message's own action makes is part of it: unbookmarking on
// ★ takes the talk off the list and the cursor to the next, and the
// message stays until the user moves.
func TestStatusStaysThroughTheMoveItCaused(t *testing.T) {
	h := newHarness(t, 120, 40, withBookmarks("is-kafka-a-database", "fast-kafka-apps", "running-kafka-in-kubernetes-a-practical-guide"))
	h.press("0")
	h.press("b")
	h.requireScreenContains("Removed bookmark: ")
	h.press("j")
	h.requireScreenLacks("Removed bookmark: ")
}

// It never says a talk is bookmarked after another window removed the
// bookmark.
func TestStatusDropsABookmarkMessageAnotherWindowUndid(t *testing.T) {
	ch := make(chan struct{}, 1)
	h := newHarness(t, 120, 40, withWatch(ch))
	h.press("b")
	h.requireScreenContains("★ Bookmarked: ", "★ Bookmarks 1")
	clear(h.file) // another window removes it
	ch <- struct{}{}
	h.fireWatch()
	h.requireScreenContains("★ Bookmarks 0")
	h.requireScreenLacks("★ Bookmarked: ")
}
