package ui

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/summit-tui/summit-tui/model"
)

// shownIDs are the ids of the talks the list shows.
func (h *harness) shownIDs() []string {
	h.t.Helper()
	l := h.m.list()
	var ids []string
	for i := range l.count() {
		if sess, ok := l.src.talk(l.row(i).item); ok {
			ids = append(ids, sess.ID)
		}
	}
	return ids
}

// - on a talk hides it from every list, the day's grid, Now and the
// counts, and the header says so; a bookmarked one stays in ★. In the
// Hidden list (_), - shows it again.
func TestHideTalk(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"), withBookmarks("harbour-102"))
	h.tabNamed("All")
	all := h.count()
	h.m.list().selectKey("harbour-102") // Tides in the data centre, on Now at 10:20
	h.press("-")
	if slices.Contains(h.shownIDs(), "harbour-102") || h.count() != all-1 {
		t.Fatalf("All still lists the hidden talk: %v", h.shownIDs())
	}
	if got := h.line(0); !strings.Contains(got, "1 hidden") {
		t.Fatalf("the header should say 1 hidden: %q", got)
	}
	if !strings.Contains(h.screen(), "All "+strconv.Itoa(all-1)) {
		t.Errorf("the All tab should count %d:\n%s", all-1, h.line(1))
	}
	for _, tab := range []string{"Now", "Sat 15", "Infrastructure"} {
		h.tabNamed(tab)
		if slices.Contains(h.shownIDs(), "harbour-102") {
			t.Errorf("%s still lists the hidden talk", tab)
		}
	}
	h.tabNamed("Sat 15")
	h.press("v")
	h.requireScreenLacks("Tides in the data")
	h.press("v")
	h.press("0")
	if !slices.Contains(h.shownIDs(), "harbour-102") {
		t.Fatalf("a hidden bookmarked talk left ★: %v", h.shownIDs())
	}
	h.requireScreenContains("Tides in the data centre")

	h.press("_")
	if got := h.crumb(); !strings.HasSuffix(got, "› Hidden") {
		t.Fatalf("_ opens %q, want the Hidden list", got)
	}
	h.requireScreenContains("Tides in the data centre")
	h.press("-")
	h.requireScreenContains("Nothing is hidden")
	if got := h.line(0); strings.Contains(got, "hidden") {
		t.Fatalf("the header still says hidden: %q", got)
	}
	h.press("esc")
	h.tabNamed("All")
	if !slices.Contains(h.shownIDs(), "harbour-102") || h.count() != all {
		t.Fatalf("the talk shown again is not in All: %v", h.shownIDs())
	}
}

// - on a track in the tracks index hides the whole track: its tab goes,
// its talks leave every list, and the header counts them.
func TestHideTrackInTracksIndex(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"))
	community := 0
	for _, s := range h.sessions() {
		if s.Track == "Community" {
			community++
		}
	}
	h.tabNamed("All")
	all := h.count()
	h.press("t")
	h.m.list().selectKey("Community")
	h.press("-")
	if got := h.line(0); !strings.Contains(got, strconv.Itoa(community)+" hidden") {
		t.Fatalf("the header should say %d hidden: %q", community, got)
	}
	l := h.m.list()
	for i := range l.count() {
		if l.src.key(l.row(i).item) == "Community" {
			t.Fatal("the tracks index still lists Community")
		}
	}
	h.press("esc")
	if h.count() != all-community {
		t.Fatalf("All lists %d talks, want %d", h.count(), all-community)
	}
	for _, l := range h.m.tabs {
		if l.src.crumb() == "Community" {
			t.Fatal("the hidden track keeps its tab")
		}
	}
	h.press("_")
	h.requireScreenContains("Community", "track · - shows it again")
	h.press("-")
	h.press("esc")
	if h.count() != all {
		t.Fatalf("after showing the track again All lists %d, want %d", h.count(), all)
	}
}

// - on a room in the rooms index hides its talks.
func TestHideRoomInRoomsIndex(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"))
	h.tabNamed("All")
	h.press("r")
	h.m.list().selectKey("Dock")
	h.press("-")
	h.press("esc")
	for _, s := range h.m.c.idx.Schedule().Sessions {
		if s.Room == "Dock" {
			t.Fatalf("%s in Dock is still shown", s.Title)
		}
	}
	h.requireScreenContains("hidden")
}

// What is hidden is kept per schedule in the state file, and a new
// version of the schedule (the live refresh) keeps it hidden.
func TestHiddenSurvivesRestartAndRefresh(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"))
	h.tabNamed("All")
	h.m.list().selectKey("harbour-103")
	h.press("-")
	var saved struct {
		Hidden map[string]model.Hidden `json:"hidden"`
	}
	if err := json.Unmarshal(h.state, &saved); err != nil {
		t.Fatalf("the state file was not written at once: %v (%q)", err, h.state)
	}
	if got := saved.Hidden["harbour-2031"].Talks; !slices.Equal(got, []string{"harbour-103"}) {
		t.Fatalf("state file hides %v, want [harbour-103]:\n%s", saved.Hidden, h.state)
	}

	again := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"), withState(h.state))
	again.tabNamed("All")
	if slices.Contains(again.shownIDs(), "harbour-103") {
		t.Fatal("after a restart the hidden talk is shown")
	}
	again.requireScreenContains("1 hidden")

	s := twoRooms(t)
	again.send(again.m.swapSchedule(model.NewIndex(&s), nil))
	again.tabNamed("All")
	if slices.Contains(again.shownIDs(), "harbour-103") {
		t.Fatal("after a new version of the schedule the hidden talk is shown")
	}
	again.requireScreenContains("1 hidden")
}

// A hidden bookmarked talk still reminds.
func TestHiddenBookmarkStillReminds(t *testing.T) {
	state := `{"version":1,"hidden":{"harbour-2031":{"talks":["harbour-104"]}}}`
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:49"), withClock(atLisbon(t, "2031-03-15 10:49").Add(57*time.Second)),
		withBookmarks("harbour-104"), withRemind(10*time.Minute, "TERM_PROGRAM=WezTerm"), withState([]byte(state)))
	if !strings.Contains(h.line(0), "1 hidden") {
		t.Fatalf("the talk is not hidden: %q", h.line(0))
	}
	h.advance(3 * time.Second)
	if got, want := h.line(-1), "In 10 min: Lighthouse keepers of open source"; !strings.Contains(got, want) {
		t.Fatalf("a hidden bookmarked talk should remind %q:\n%s", want, got)
	}
}

// The header with something hidden: "· 3 hidden" after the counts.
func TestHiddenHeaderGolden(t *testing.T) {
	state := `{"version":1,"hidden":{"harbour-2031":{"tracks":["Community"]}}}`
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"), withState([]byte(state)))
	golden.RequireEqual(t, ansi.Strip(strings.Join(strings.Split(h.asciiScreen(), "\n")[:2], "\n")))
}

// On a page without times, ★ is a list of talks: a hidden bookmarked talk
// stays in it, and its filter finds it there.
func TestHiddenBookmarkFilteredInStar(t *testing.T) {
	h := newHarness(t, 120, 40)
	first := h.sessions()[0]
	h.press("b", "-")
	if slices.Contains(h.shownIDs(), first.ID) {
		t.Fatal("the hidden talk is still in All")
	}
	h.press("0")
	if !slices.Equal(h.shownIDs(), []string{first.ID}) {
		t.Fatalf("★ lists %v, want the hidden bookmarked talk %s", h.shownIDs(), first.ID)
	}
	h.press("/")
	h.typeText(strings.Fields(first.Title)[0])
	h.press("enter")
	if !slices.Equal(h.shownIDs(), []string{first.ID}) || h.selectedTitle() != first.Title {
		t.Fatalf("★ filtered lists %v (selected %q), want %s", h.shownIDs(), h.selectedTitle(), first.Title)
	}
}
