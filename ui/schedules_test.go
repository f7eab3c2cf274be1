package ui

import (
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
	h.press("O")
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

// Without a host that opens schedules, O says so instead of opening an
// empty chooser.
func TestOpenRecentScheduleWithoutHost(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("O")
	if h.m.chooser != nil {
		t.Fatal("O opened a chooser with nothing to open")
	}
	h.requireScreenContains("No other schedule to open here")
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
