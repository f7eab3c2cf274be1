package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// withGoing counts attendees as the host would: counts by talk id.
func withGoing(counts map[string]int) harnessOption {
	return func(h *harness) {
		h.cfg.Going = func() (map[string]int, error) { return counts, nil }
	}
}

// A talk's details say how many attendees bookmarked it; a toggle here
// moves the count at once.
func TestGoingGolden(t *testing.T) {
	const id = "running-kafka-in-kubernetes-a-practical-guide"
	for _, tt := range []struct {
		name   string
		counts map[string]int
		keys   []string
		want   string
	}{
		{name: "many", counts: map[string]int{id: 42}, want: "★ 42 going"},
		{name: "bookmarked_here", counts: map[string]int{id: 42}, keys: []string{"b"}, want: "★ 43 going"},
		{name: "one", counts: map[string]int{}, keys: []string{"b"}, want: "★ 1 going"},
		{name: "none", counts: map[string]int{id: 1}, keys: []string{"b", "b", "b"}, want: ""}, // read while bookmarked here
	} {
		t.Run(tt.name, func(t *testing.T) {
			opts := []harnessOption{withGoing(tt.counts)}
			if tt.name == "none" {
				opts = append(opts, withBookmarks(id))
			}
			h := newHarness(t, 120, 40, opts...)
			h.press("j", "j", "j")
			if sess, _ := h.m.selectedTalk(); sess.ID != id {
				t.Fatalf("selected %q", sess.ID)
			}
			h.press(tt.keys...)
			view := asciiOf(t, h.m.item.View())
			if tt.want == "" {
				if strings.Contains(view, "going") {
					t.Fatalf("a count shown for nobody going:\n%s", view)
				}
				return
			}
			if !strings.Contains(view, tt.want) {
				t.Fatalf("want %q in:\n%s", tt.want, view)
			}
			golden.RequireEqual(t, view)
		})
	}
}

// The next read of the counts settles what a toggle showed, and a change
// of the bookmarks elsewhere reads them again; without Going nothing is
// counted.
func TestGoingReadAgainWhenBookmarksChange(t *testing.T) {
	const id = "running-kafka-in-kubernetes-a-practical-guide"
	counts := map[string]int{id: 2}
	watch := make(chan struct{}, 1)
	h := newHarness(t, 120, 40, withGoing(counts), withWatch(watch))
	h.press("j", "j", "j", "b")
	h.requireItemContains("★ 3 going")
	counts[id] = 5 // this toggle saved, and two more elsewhere
	watch <- struct{}{}
	h.fireWatch()
	h.requireItemContains("★ 5 going")

	plain := newHarness(t, 120, 40)
	plain.press("j", "j", "j", "b")
	if strings.Contains(plain.m.item.View(), "going") {
		t.Error("a count shown without Going")
	}
}

func (h *harness) requireItemContains(s string) {
	h.t.Helper()
	if v := h.m.item.View(); !strings.Contains(v, s) {
		h.t.Fatalf("want %q in the details:\n%s", s, v)
	}
}

// A bookmark made in another window of the same key (another SSH session)
// is counted once: it comes in with the counts that already hold it, not
// as a toggle of this window's on top of them.
func TestGoingBookmarkFromElsewhereCountedOnce(t *testing.T) {
	const id = "running-kafka-in-kubernetes-a-practical-guide"
	counts := map[string]int{}
	watch := make(chan struct{}, 1)
	h := newHarness(t, 120, 40, withGoing(counts), withWatch(watch))
	h.press("j", "j", "j")
	h.file[id], counts[id] = true, 1 // bookmarked and saved elsewhere
	watch <- struct{}{}
	h.fireWatch()
	h.requireItemContains("★ Bookmarked")
	h.requireItemContains("★ 1 going")
}
