package ui

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

var errDiskFull = errors.New("write bookmarks.json: no space left on device")

// Toggles made while the disk is full stay pending, are counted in the
// status line, and a later success (on the timer) writes them all.
func TestFailedTogglesStayPendingAndAreRetried(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.saveErr = errDiskFull
	h.press("b", "j", "b")
	h.requireScreenContains("2 changes not saved yet: write bookmarks.json: no space left on device", "★ 2")
	h.saveErr = nil // room again
	h.advance(retryEvery)
	if got, want := h.fileIDs(), []string{"event-streaming-lessons-from-our-cloud-native-journey",
		"growing-an-engineering-culture-with-apache-kafka"}; !slices.Equal(got, want) {
		t.Fatalf("the file holds %v, want %v", got, want)
	}
	h.requireScreenLacks("not saved yet")
	if last := h.saves[len(h.saves)-1]; len(last) != 2 {
		t.Fatalf("the retry saved %v, want both toggles", last)
	}
}

// A removal made while the disk is full is not undone by the retry.
func TestFailedRemovalStaysRemoved(t *testing.T) {
	h := newHarness(t, 120, 40, withBookmarks("event-streaming-lessons-from-our-cloud-native-journey"))
	h.saveErr = errDiskFull
	h.press("b") // removes it
	h.requireScreenContains("1 change not saved yet", "★ 0")
	h.saveErr = nil
	h.press("j", "b") // the next toggle tries again too
	if got := h.fileIDs(); !slices.Equal(got, []string{"growing-an-engineering-culture-with-apache-kafka"}) {
		t.Fatalf("the file holds %v", got)
	}
}

// Each save is told what this window knew the file held, so a file found
// empty or corrupt is written afresh from it, not from the toggle alone.
func TestSaveIsToldWhatTheWindowKnew(t *testing.T) {
	h := newHarness(t, 120, 40, withBookmarks("is-kafka-a-database"))
	var known [][]string
	save := h.m.cfg.SaveBookmarks
	h.m.cfg.SaveBookmarks = func(k []string, ops []BookmarkOp) ([]string, string, error) {
		known = append(known, slices.Clone(k))
		return save(k, ops)
	}
	h.press("b")
	h.press("j", "b")
	if len(known) != 2 || !slices.Equal(known[0], []string{"is-kafka-a-database"}) || len(known[1]) != 2 {
		t.Fatalf("saves were told %v", known)
	}
}

// A save that hangs (a lock held by another summit-tui) shows as pending,
// and q still quits within the bound, reporting what was not saved.
func TestQuitIsBoundedWhileASaveHangs(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.holdSave = true
	h.press("b")
	h.advance(slowSave)
	h.requireScreenContains("1 change not saved yet: waiting for the bookmarks file")
	h.press("q")
	if h.quit {
		t.Fatal("quit without waiting for the save")
	}
	h.advance(quitWait)
	if !h.quit {
		t.Fatal("the quit waited longer than its bound")
	}
	if o := h.m.Outcome(); o.Unsaved != 1 || o.Reason == "" {
		t.Fatalf("outcome %+v", o)
	}
}

// A save that fails at quit ends the wait at once; the outcome says why.
func TestQuitReportsFailedSaves(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.saveErr = errors.New("bookmarks file is locked by another summit-tui")
	h.press("b", "j", "b")
	h.requireScreenContains("locked by another summit-tui")
	h.press("q")
	if !h.quit {
		t.Fatal("q did not quit")
	}
	if o := h.m.Outcome(); o.Unsaved != 2 || !strings.Contains(o.Reason, "locked") {
		t.Fatalf("outcome %+v", o)
	}
	ok := newHarness(t, 120, 40)
	ok.press("b", "q")
	if o := ok.m.Outcome(); !ok.quit || o.Unsaved != 0 {
		t.Fatalf("a saved toggle reports %+v (quit %v)", o, ok.quit)
	}
}

// The host's quit (SIGTERM, SIGINT, SIGHUP) takes the same path as q.
func TestHostQuitSavesFirst(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.holdSave = true
	h.press("b", "j", "b")
	h.send(Quit())
	if h.quit {
		t.Fatal("quit before the saves")
	}
	h.runHeld()
	h.runHeld()
	if !h.quit || len(h.fileIDs()) != 2 {
		t.Fatalf("quit %v with %v saved", h.quit, h.fileIDs())
	}
}

// A read of the file started before our own save finished is stale: it
// must not undo the toggle on screen.
func TestStaleReadDoesNotUndoAToggle(t *testing.T) {
	h := newHarness(t, 120, 40)
	read := h.m.readBookmarks() // another window changed the file; the read starts
	h.press("b")                // and our save finishes first
	h.run(read)                 // the read brings the file as it was before
	h.requireScreenContains("★ Bookmarks 1")
}

// Bookmarks changed in another window are read and shown.
func TestBookmarksChangedElsewhereAreRead(t *testing.T) {
	ch := make(chan struct{}, 1)
	h := newHarness(t, 120, 40, withWatch(ch))
	h.file["is-kafka-a-database"] = true
	ch <- struct{}{}
	h.fireWatch()
	h.requireScreenContains("★ Bookmarks 1")
	h.file["fast-kafka-apps"] = true
	ch <- struct{}{}
	h.fireWatch() // the watch goes on after each change
	h.requireScreenContains("★ Bookmarks 2")
}

// A removed bookmark says so with an empty star.
func TestRemovalStar(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("b", "b")
	h.requireScreenContains("☆ Removed bookmark")
	h.requireScreenLacks("★ Removed bookmark")
}

// Another window's bookmark shows without a key press.
func TestOtherWindowsBookmarksShow(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.file["is-kafka-a-database"] = true
	h.send(bookmarksChangedMsg{})
	h.requireScreenContains("★ Bookmarks 1")
}
