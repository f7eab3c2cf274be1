package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/model"
)

// The details of the talk selected when the comparison with the version
// last seen comes in say how it changed, without a key pressed first.
func TestLiveStartChangeShownInDetails(t *testing.T) {
	versions, err := loadLive()
	if err != nil {
		t.Fatal(err)
	}
	v1 := model.SnapshotOf(&versions[0])
	host := &liveHost{seen: &v1}
	h := newHarness(t, 120, 40, withLive(t, host), func(h *harness) {
		h.cfg.Schedule = versions[1]
		h.cfg.Bookmarks = nil // nothing gone is kept: the lists stay
	})
	for i := 0; h.selectedTitle() != "Rust on Tiny Boards"; i++ {
		if i > 10 {
			t.Fatal("Rust on Tiny Boards not found")
		}
		h.press("j")
	}
	h.requireItemContains("Rust on Tiny Boards")
	h.advance(liveIdle)
	h.requireScreenContains("Schedule updated")
	if v := ansi.Strip(h.m.item.View()); !strings.Contains(v, "Moved from Fri 10:30") {
		t.Fatalf("the details do not say the talk moved:\n%s", v)
	}
}
