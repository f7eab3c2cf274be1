package ui

import (
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
)

// The live tests browse the two versions of a small frab schedule
// (../testdata/good_live_v1.xml and _v2.xml): from the first to the
// second, Rust on Tiny Boards moves from 10:30 in Aurora Hall to 11:30 in
// Polar Room, Lightning Talks is gone, Kafka at Scale is retitled and
// Sensors in the Snow is new. Rust and Lightning are bookmarked.
var loadLive = sync.OnceValues(func() ([2]model.Schedule, error) {
	var out [2]model.Schedule
	for i, name := range []string{"../testdata/good_live_v1.xml", "../testdata/good_live_v2.xml"} {
		raw, err := os.ReadFile(name)
		if err != nil {
			return out, err
		}
		o, err := data.OpenBytes(name, raw, data.OpenOptions{})
		if err != nil {
			return out, err
		}
		out[i] = o.Schedule
	}
	return out, nil
})

// liveHost plays the host's side of Config.Live: the versions Refresh
// finds and the version seen, kept.
type liveHost struct {
	next     *model.Schedule // what the next refresh finds; nil: the same
	err      error           // when set, refreshes fail with it
	seen     *model.Snapshot
	saved    int // SaveSeen calls
	refreshs int
}

// withLive opens the first version, kept current by host, refreshed every
// minute, with the two talks bookmarked.
func withLive(t testing.TB, host *liveHost) harnessOption {
	t.Helper()
	versions, err := loadLive()
	if err != nil {
		t.Fatal(err)
	}
	return func(h *harness) {
		h.cfg.Schedule = versions[0]
		h.cfg.Zone = time.UTC
		h.clock = time.Date(2030, 3, 1, 14, 5, 0, 0, time.UTC)
		h.cfg.Bookmarks = []string{"live-rust", "live-lightning"}
		h.cfg.Live = Live{
			Every: time.Minute,
			Refresh: func() (Version, error) {
				host.refreshs++
				if host.err != nil {
					return Version{}, host.err
				}
				if host.next == nil {
					return Version{At: h.clock}, nil
				}
				s := *host.next
				host.next = nil
				return Version{Changed: true, Schedule: s, At: h.clock}, nil
			},
			ReadSeen: func() (*model.Snapshot, error) { return host.seen, nil },
			SaveSeen: func(s model.Snapshot) error {
				host.saved++
				host.seen = &s
				return nil
			},
		}
	}
}

func liveV2(t testing.TB) *model.Schedule {
	versions, err := loadLive()
	if err != nil {
		t.Fatal(err)
	}
	return &versions[1]
}

// A first start takes the version opened as seen: nothing reads as
// changed. A refresh that finds the second version swaps it in without a
// key: the status line says what changed, the rows say it, and the
// cancelled bookmark stays in the agenda, struck through and labelled.
func TestLiveRefreshShowsWhatChanged(t *testing.T) {
	host := &liveHost{}
	h := newHarness(t, 120, 40, withLive(t, host))
	h.advance(liveIdle) // the comparison waits for the keys to rest
	if host.saved != 1 || host.seen == nil || len(host.seen.Sessions) != 4 {
		t.Fatalf("a first start kept %d seen versions (%v), want the version opened", host.saved, host.seen)
	}
	h.requireScreenLacks("Schedule updated", "moved", "cancelled")

	host.next = liveV2(t)
	h.advance(time.Minute)
	if host.refreshs != 1 {
		t.Fatalf("%d refreshes after a minute, want 1", host.refreshs)
	}
	h.requireScreenContains("Schedule updated: 1 new · 1 moved · 1 cancelled · 1 changed · 2 of your bookmarks")
	h.requireScreenContains("Sensors in the Snow", "new · ", "moved · Fri 11:30 · Polar Room", "Kafka at Planet Scale", "changed · ")

	h.press("0") // the agenda
	h.requireScreenContains("Lightning Talks", "cancelled · Fri 10:30 · Polar Room", "Rust on Tiny Boards", "moved · Fri 11:30")
	if !strings.Contains(h.m.View().Content, "\x1b[9m") && !strings.Contains(h.m.View().Content, ";9m") && !strings.Contains(h.m.View().Content, ";9;") {
		t.Errorf("the cancelled talk is not struck through:\n%q", h.m.View().Content)
	}

	// The next refresh finds nothing new: still on the timer, quiet.
	h.advance(time.Minute)
	if host.refreshs != 2 {
		t.Fatalf("%d refreshes after two minutes, want 2", host.refreshs)
	}
}

// C lists the changes, bookmarks first, a moved talk old → new; enter
// reads a talk; a marks all seen, keeps that version as seen, and the
// marks go, but the cancelled bookmark stays cancelled in the agenda.
func TestChangesView(t *testing.T) {
	host := &liveHost{}
	h := newHarness(t, 120, 40, withLive(t, host))
	host.next = liveV2(t)
	h.advance(time.Minute)
	if !strings.Contains(h.footer(), "C changes") {
		t.Errorf("the footer does not offer C while there are changes: %q", h.footer())
	}

	h.press("C")
	h.requireScreenContains("Changes", "Your bookmarks (2 changes)", "Other talks (2 changes)",
		"moved · Fri 10:30 · Aurora Hall → Fri 11:30", "changed · title changed · Fri 12:00 · Aurora Hall")
	screen := h.screen()
	if strings.Index(screen, "Lightning Talks") > strings.Index(screen, "Sensors in the Snow") ||
		strings.Index(screen, "Rust on Tiny Boards") > strings.Index(screen, "Kafka at Planet Scale") {
		t.Errorf("bookmarks do not come first:\n%s", screen)
	}
	if !strings.Contains(h.footer(), "a all seen") {
		t.Errorf("the footer does not offer a: %q", h.footer())
	}
	if got := h.selectedTitle(); got != "Lightning Talks" {
		t.Errorf("the Changes view opens on %q, want the first bookmark's change", got)
	}
	h.press("j", "enter")
	if !h.m.reading() {
		t.Fatal("enter did not open the talk")
	}
	h.requireScreenContains("Moved from Fri 10:30 · Aurora Hall")
	h.press("esc")

	h.press("a")
	if host.saved != 2 || len(host.seen.Sessions) != 4 || len(host.seen.Kept) != 1 {
		t.Fatalf("after a, the seen version kept is %+v (%d saves), want v2 with Lightning Talks kept", host.seen, host.saved)
	}
	h.requireScreenContains("Nothing changed since you last looked.")
	h.press("esc", "0")
	h.requireScreenContains("Lightning Talks", "cancelled · ")
	h.requireScreenLacks("moved · ", "new · ")

	// A later version, in this run, still keeps the cancelled bookmark.
	host.next = liveV2(t)
	h.advance(time.Minute)
	h.requireScreenContains("Lightning Talks", "cancelled · ")

	// Its bookmark removed, it goes.
	h.press("g") // a free row now leads: the cancelled talk's time is free
	for i := 0; ; i++ {
		if sess, ok := h.m.selectedTalk(); ok && sess.Title == "Lightning Talks" {
			break
		}
		if i > 10 {
			t.Fatal("Lightning Talks not found in the agenda")
		}
		h.press("j")
	}
	h.press("b")
	if list := h.m.list().View(); strings.Contains(list, "Lightning Talks") {
		t.Errorf("the agenda keeps a cancelled talk whose bookmark was removed:\n%s", list)
	}
}

// A start after a newer version was published shows the changes since
// the version last seen, from the last run.
func TestLiveStartComparesWithLastSeen(t *testing.T) {
	versions, err := loadLive()
	if err != nil {
		t.Fatal(err)
	}
	v1 := model.SnapshotOf(&versions[0])
	host := &liveHost{seen: &v1}
	h := newHarness(t, 120, 40, withLive(t, host), func(h *harness) { h.cfg.Schedule = versions[1] })
	h.requireScreenLacks("Schedule updated") // not before the keys have rested
	h.advance(liveIdle)
	h.requireScreenContains("Schedule updated: 1 new · 1 moved · 1 cancelled · 1 changed · 2 of your bookmarks")
	h.press("0")
	h.requireScreenContains("Lightning Talks", "cancelled · ")
}

// A failed refresh keeps the schedule shown and says how old it is; the
// next that works says nothing more. R refreshes now and says when
// nothing changed.
func TestLiveRefreshFailsAndR(t *testing.T) {
	host := &liveHost{err: errors.New("connection refused")}
	h := newHarness(t, 120, 40, withLive(t, host))
	h.advance(time.Minute)
	h.requireScreenContains("offline: showing the copy from 14:05 (connection refused)", "Rust on Tiny Boards")
	host.err = nil
	h.press("R")
	h.requireScreenLacks("offline")
	h.requireScreenContains("The schedule has not changed.")
	if host.refreshs != 2 {
		t.Errorf("%d refreshes, want 2 (the timer's, R's)", host.refreshs)
	}
	host.next = liveV2(t)
	h.press("R")
	h.requireScreenContains("Schedule updated: ")
}

// The rows' marks are words, so they read without colour; and the
// Changes view, as a terminal without colour receives it.
func TestLiveGolden(t *testing.T) {
	for _, tt := range []struct {
		name  string
		keys  []string
		theme ThemeName
	}{
		{name: "day_marks", theme: ThemeDark},
		{name: "day_marks_ascii", theme: ThemeASCII},
		{name: "agenda", keys: []string{"0"}, theme: ThemeDark},
		{name: "changes", keys: []string{"C"}, theme: ThemeDark},
		{name: "changes_ascii", keys: []string{"C"}, theme: ThemeASCII},
	} {
		t.Run(tt.name, func(t *testing.T) {
			host := &liveHost{}
			h := newHarness(t, 100, 30, withLive(t, host), withTheme(tt.theme))
			host.next = liveV2(t)
			h.advance(time.Minute)
			h.press(tt.keys...)
			golden.RequireEqual(t, h.asciiScreen())
		})
	}
}

// The help lists the keys of a schedule kept current; without one, none.
func TestLiveHelp(t *testing.T) {
	h := newHarness(t, 120, 40, withLive(t, &liveHost{}))
	text := helpText(h)
	for _, want := range []string{liveGroup, "what changed since you last looked", "mark every change as seen", "read the schedule again now"} {
		if !strings.Contains(text, want) {
			t.Errorf("the help lacks %q", want)
		}
	}
	if text := helpText(newHarness(t, 120, 40)); strings.Contains(text, liveGroup) {
		t.Errorf("the help of a schedule not kept current lists %q", liveGroup)
	}
}

// The comparison with the version last seen waits until the keys have
// been still for a moment: on a large schedule it would compete with the
// user's typing, and it is not urgent.
func TestLiveCompareWaitsForTheKeysToRest(t *testing.T) {
	versions, err := loadLive()
	if err != nil {
		t.Fatal(err)
	}
	v1 := model.SnapshotOf(&versions[0])
	host := &liveHost{seen: &v1}
	h := newHarness(t, 120, 40, withLive(t, host), func(h *harness) { h.cfg.Schedule = versions[1] })
	h.advance(liveIdle)
	h.requireScreenContains("Schedule updated: ")

	// Started again while the user types: nothing is compared until they
	// rest.
	h.m.live.started = false
	h.m.c.changes.set(model.Changes{}, h.m.c.marks.set(), h.m.c.styles.G.Dot)
	h.press("j")
	h.send(h.m.startLive())
	if !h.m.c.changes.list.Empty() {
		t.Fatal("compared with the version last seen at once, while a key had just been pressed")
	}
	h.advance(liveIdle / 2)
	h.press("k")
	h.advance(liveIdle / 2)
	if !h.m.c.changes.list.Empty() {
		t.Fatal("compared while keys were still being pressed")
	}
	h.advance(liveIdle)
	if h.m.c.changes.list.Empty() {
		t.Error("not compared once the keys had rested")
	}
}
