package ui

import (
	"strings"
	"testing"
)

// O lists the schedules the host offers; enter opens the one chosen in
// place: the browser shows its talks and its bookmarks, and the place in
// the schedule left is saved first.
func TestOpenRecentScheduleInPlace(t *testing.T) {
	other := twoRooms(t)
	var opened []string
	h := newHarness(t, 120, 40, func(h *harness) {
		h.cfg.Elsewhere = func() []ScheduleChoice {
			return []ScheduleChoice{
				{Title: other.Conference, Ref: "/confs/two-rooms.xml", Dates: "Sat 14 – Sun 15 Mar 2026"},
				{Title: "Kafka Summit London 2019 (built in)"},
			}
		}
		h.cfg.OpenSchedule = func(ref string) (Config, error) {
			opened = append(opened, ref)
			first := other.Sessions[0].ID
			return Config{Schedule: other, Bookmarks: []string{first}}, nil
		}
	})
	if !strings.Contains(h.footer(), "O schedules") {
		t.Errorf("the footer does not offer O: %q", h.footer())
	}
	h.press("?")
	h.requireScreenContains("open a recent schedule in place")
	h.press("?", "O")
	if h.m.chooser == nil {
		t.Fatal("O opened no chooser")
	}
	h.requireScreenContains("Open a schedule", other.Conference, "/confs/two-rooms.xml", "Kafka Summit London 2019 (built in)")
	h.press("enter")
	if len(opened) != 1 || opened[0] != "/confs/two-rooms.xml" {
		t.Fatalf("opened %q, want the first choice", opened)
	}
	if h.state == nil {
		t.Error("the place in the schedule left was not saved before the switch")
	}
	if h.m.chooser != nil {
		t.Error("the chooser stayed open")
	}
	h.requireScreenContains(other.Conference, other.Sessions[0].Title)
	h.requireScreenLacks("Kafka Summit London 2019 ›")
	if !h.m.c.marks.Has(other.Sessions[0].ID) {
		t.Error("the new schedule's bookmarks were not taken")
	}
}

// Without a host that opens schedules, O does nothing and the help leaves
// it out.
func TestOpenRecentScheduleWithoutHost(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("O")
	if h.m.chooser != nil {
		t.Fatal("O opened a chooser with nothing to open")
	}
	h.press("?")
	h.requireScreenLacks("open a recent schedule")
}

// An error opening the schedule keeps the one shown and says why.
func TestOpenRecentScheduleErrorKeepsSchedule(t *testing.T) {
	h := newHarness(t, 120, 40, func(h *harness) {
		h.cfg.Elsewhere = func() []ScheduleChoice { return []ScheduleChoice{{Title: "Gone", Ref: "/gone.xml"}} }
		h.cfg.OpenSchedule = func(string) (Config, error) { return Config{}, errTest("/gone.xml: no such file") }
	})
	h.press("O", "enter")
	h.requireScreenContains("no such file", "Kafka Summit London 2019")
}

type errTest string

func (e errTest) Error() string { return string(e) }

// withRecent offers one other schedule, the two-room one, and counts the
// times it is opened.
func withRecent(t *testing.T, opened *[]string) harnessOption {
	other := twoRooms(t)
	return func(h *harness) {
		h.cfg.Elsewhere = func() []ScheduleChoice {
			return []ScheduleChoice{{Title: other.Conference, Ref: "/confs/two-rooms.xml"}}
		}
		h.cfg.OpenSchedule = func(ref string) (Config, error) {
			*opened = append(*opened, ref)
			return Config{Schedule: other}, nil
		}
	}
}

// A bookmark not yet saved belongs to the schedule shown: O waits for it
// rather than open another schedule over it.
func TestOpenRecentScheduleWaitsForBookmarkSave(t *testing.T) {
	var opened []string
	h := newHarness(t, 120, 40, withRecent(t, &opened))
	h.holdSave = true
	h.press("b", "O", "enter")
	if len(opened) != 0 {
		t.Fatalf("opened %q with a bookmark still unsaved", opened)
	}
	h.requireScreenContains("Still busy with this schedule")
	h.holdSave = false
	h.runHeld()
	h.press("O", "enter")
	if len(opened) != 1 {
		t.Fatalf("opened %q once the bookmark was saved, want one", opened)
	}
	if len(h.saves) != 1 || len(h.file) != 1 {
		t.Errorf("saves %v, file %v: the bookmark made before O was not kept", h.saves, h.file)
	}
}

// While the choice is being opened, keys wait: a b then cannot make a
// bookmark of the schedule about to go.
func TestOpenRecentScheduleKeysWaitWhileOpening(t *testing.T) {
	var opened []string
	h := newHarness(t, 120, 40, withRecent(t, &opened))
	h.press("O")
	_, _ = h.m.Update(scheduleChosenMsg{ref: "/confs/two-rooms.xml"}) // its opening not run yet
	h.press("b", "j", "b")
	if len(h.m.c.marks.pending) != 0 || len(h.saves) != 0 {
		t.Fatalf("keys acted while opening: pending %v, saves %v", h.m.c.marks.pending, h.saves)
	}
	other := twoRooms(t)
	h.send(scheduleOpenedMsg{cfg: Config{Schedule: other}})
	h.requireScreenContains(other.Conference)
	if h.m.opening {
		t.Error("keys still wait once the schedule is open")
	}
}

// A rendering asked for by the schedule shown before O is not kept for
// the next one, whose talk of the same id may say something else.
func TestOpenRecentScheduleDropsOldRenderings(t *testing.T) {
	var opened []string
	h := newHarness(t, 120, 40, withRecent(t, &opened))
	old := h.m.renders
	h.press("O", "enter")
	k := renderKey{id: twoRooms(t).Sessions[0].ID, width: 40, theme: h.m.c.theme.key()}
	h.send(renderedMsg{key: k, out: "old text", from: old})
	if _, ok := h.m.renders.done[k]; ok {
		t.Error("a rendering of the schedule before was kept")
	}
}

// The schedule is remembered among those opened once the browser runs,
// not before its first frame; what that has to say reaches the status
// line.
func TestScheduleRememberedAfterStart(t *testing.T) {
	remembered := 0
	h := newHarness(t, 120, 40, func(h *harness) {
		h.cfg.Remember = func() string { remembered++; return "recent schedules: damaged; started anew" }
	})
	if remembered != 1 {
		t.Fatalf("remembered %d times at start, want once", remembered)
	}
	h.requireScreenContains("recent schedules: damaged; started anew")
}
