package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/summit-tui/summit-tui/model"
)

// listText is the list pane's rows as plain text, one string per line.
func (h *harness) listText() string {
	return ansi.Strip(h.m.list().View())
}

// selectedRowTitle is the first line of the row under the cursor.
func (h *harness) selectedRowTitle() string {
	l := h.m.list()
	item, ok := l.selected()
	if !ok {
		return ""
	}
	title, _ := l.src.text(item)
	return title
}

func TestNowViewAtAPinnedInstant(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"))
	if got := h.crumb(); got != "Harbour Days 2031 › Now" {
		t.Fatalf("the browser should open on Now while the conference is on; crumb %q", got)
	}
	list := h.listText()
	for _, want := range []string{
		"Aula", "Tides in the data centre", "now, 25 min left", // 10:00–10:45
		"Lighthouse keepers of open source", "in 40 min", // 11:00
		"Dock", "Rust on the waterfront", "now, 40 min left", // 10:15–11:00
		"Kartografie für alle", "in 55 min", // 11:15
	} {
		if !strings.Contains(list, want) {
			t.Fatalf("Now view lacks %q:\n%s", want, list)
		}
	}
	if strings.Contains(list, "Opening of Harbour Days") {
		t.Fatalf("a talk that ended at 10:00 is not on now:\n%s", list)
	}
	// The cursor skips the headings: it starts on the first talk, and
	// moving down from Aula's last talk passes over Dock's heading.
	if got := h.selectedTitle(); got != "Tides in the data centre" {
		t.Fatalf("cursor on %q, want the first running talk", got)
	}
	h.press("j", "j")
	if got := h.selectedTitle(); got != "Rust on the waterfront" {
		t.Fatalf("cursor on %q after j j, want Dock's first talk", got)
	}
	if got := h.position(); got != "3/4" {
		t.Fatalf("position %q, want 3/4 (headings are not counted)", got)
	}
	h.press("enter")
	if !h.m.reading() {
		t.Fatal("enter on a talk in Now should open it for reading")
	}
	h.press("b")
	if !h.m.c.marks.Has("harbour-103") {
		t.Fatal("b in Now should bookmark the talk")
	}
}

func TestNowViewRefreshesEveryMinute(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"))
	h.requireScreenContains("now, 25 min left")
	h.advance(time.Minute)
	h.requireScreenContains("now, 24 min left", "in 39 min")
	h.advance(25 * time.Minute) // 10:46: Tides has ended, Lighthouse is closer
	if list := h.listText(); strings.Contains(list, "Tides in the data centre") || !strings.Contains(list, "in 14 min") {
		t.Fatalf("at 10:46 Tides has ended and Lighthouse starts in 14 min:\n%s", list)
	}
	if got := h.selectedTitle(); got == "Tides in the data centre" {
		t.Fatal("the cursor should leave a talk that is no longer on")
	}
}

func TestNowViewOutsideTheConference(t *testing.T) {
	for _, tt := range []struct {
		name, now, says string
	}{
		{"before", "2031-03-01 12:00", "Harbour Days 2031 has not begun."},
		{"after", "2031-04-01 12:00", "Harbour Days 2031 is over."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, 120, 40, withTwoRooms(t, tt.now))
			if got := h.crumb(); got != "Harbour Days 2031 › Sat 15" {
				t.Fatalf("outside the conference the browser opens on its first day; crumb %q", got)
			}
			h.press("1")
			h.requireScreenContains(tt.says, "Open the first day, Saturday 15 March 2031")
			h.press("enter")
			if got := h.crumb(); got != "Harbour Days 2031 › Sat 15" {
				t.Fatalf("enter on the offer should go to the first day's tab; crumb %q", got)
			}
			if h.m.tab != 1 {
				t.Fatalf("enter should switch to the day's tab, not push a list: tab %d", h.m.tab)
			}
		})
	}
}

// The fixture's bookmarks for the agenda: 102 (Aula 10:00–10:45) and 103
// (Dock 10:15–11:00) overlap; 105 ends at 11:45 and 106 starts at 14:00.
var agendaMarks = []string{"harbour-102", "harbour-103", "harbour-105", "harbour-106"}

func TestAgendaClashesAndGaps(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"), withBookmarks(agendaMarks...))
	h.press("0")
	list := h.listText()
	for _, want := range []string{
		"Saturday 15 March 2031",
		"clash with Rust on the waterfront",
		"clash with Tides in the data",
		"free 11:45–14:00, 1 talk",
	} {
		if !strings.Contains(list, want) {
			t.Fatalf("agenda lacks %q:\n%s", want, list)
		}
	}
	if got := h.m.statusView(120); !strings.Contains(got, "★ 4") {
		t.Fatalf("the status should count 4 bookmarks, not the agenda's rows: %q", got)
	}
	// The word is there without colour.
	h2 := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"), withBookmarks(agendaMarks...), withTheme(ThemeASCII))
	h2.press("0")
	h2.requireScreenContains("clash with Rust on the waterfront")

	// enter on the gap lists the talks on in it.
	for !strings.HasPrefix(h.selectedRowTitle(), "free 11:45") {
		before := h.m.list().cursor
		h.press("j")
		if h.m.list().cursor == before {
			t.Fatalf("no row for the free window:\n%s", h.listText())
		}
	}
	if _, ok := h.m.selectedTalk(); ok {
		t.Fatal("a free row is not a talk")
	}
	h.press("enter")
	if got := h.crumb(); got != "Harbour Days 2031 › Bookmarks › Sat 15 11:45–14:00" {
		t.Fatalf("enter on the gap: crumb %q", got)
	}
	if got := h.count(); got != 1 || h.selectedTitle() != "Lighthouse keepers of open source" {
		t.Fatalf("the gap 11:45–14:00 lists %d talks, want Lighthouse keepers (until 12:00):\n%s", got, h.listText())
	}
}

func TestAgendaFilterDropsEmptyHeadings(t *testing.T) {
	marks := append([]string{"harbour-201"}, agendaMarks...)
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"), withBookmarks(marks...))
	h.press("0", "/")
	h.typeText("rust")
	h.press("enter")
	list := h.listText()
	if !strings.Contains(list, "Saturday 15 March 2031") || !strings.Contains(list, "Rust on the waterfront") {
		t.Fatalf("filter should keep the match under its day:\n%s", list)
	}
	if strings.Contains(list, "Sunday") {
		t.Fatalf("a day with no match should lose its heading:\n%s", list)
	}
	if got := h.selectedTitle(); got != "Rust on the waterfront" {
		t.Fatalf("cursor on %q, want the match, not its heading", got)
	}
}

func TestWindowPrompt(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"))
	h.press("2", "w")
	h.requireScreenContains("Window on Sat 15:")
	h.typeText("tea time")
	h.press("enter")
	if h.m.prompt == nil {
		t.Fatal("a window that cannot be read should keep the prompt open")
	}
	if got := h.footer(); !strings.Contains(got, "Window on Sat 15: tea time") {
		t.Fatalf("the prompt should keep what was typed: %q", got)
	}
	if got := h.line(-1); strings.TrimSpace(got) == "" || strings.Contains(got, "esc cancels") {
		t.Fatalf("a bad window should say why in the prompt, got %q", got)
	}
	h.press("esc")
	if h.m.prompt != nil || h.crumb() != "Harbour Days 2031 › Sat 15" {
		t.Fatalf("esc should cancel the prompt; crumb %q", h.crumb())
	}
	h.press("w")
	h.typeText("14-15")
	h.press("enter")
	if got := h.crumb(); got != "Harbour Days 2031 › Sat 15 › Sat 15 14:00–15:00" {
		t.Fatalf("crumb %q", got)
	}
	if got := h.selectedTitle(); got != "Knots and graphs" {
		t.Fatalf("the window 14:00–15:00 lists %q first, want Knots and graphs (Dock 14:00)", got)
	}
}

func TestStickyDayHeader(t *testing.T) {
	h := newHarness(t, 80, 24, withTwoRooms(t, "2031-03-01 12:00"))
	h.press("G")
	top := strings.TrimSpace(strings.Split(h.listText(), "\n")[0])
	if !strings.HasPrefix(top, "Saturday 15 March 2031 · from ") {
		t.Fatalf("a scrolled day list should keep its day and time on its top line, got %q", top)
	}
	h.press("g")
	if strings.Contains(h.listText(), "· from ") {
		t.Fatalf("at the top of the list there is no sticky line:\n%s", h.listText())
	}
}

func TestTimeViewsGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		w, h int
		keys []string
		opts []harnessOption
	}{
		{name: "now_wide", w: 120, h: 40},
		{name: "agenda_wide", w: 120, h: 40, keys: []string{"0"}, opts: []harnessOption{withBookmarks(agendaMarks...)}},
		{name: "agenda_narrow", w: 80, h: 24, keys: []string{"0"}, opts: []harnessOption{withBookmarks(agendaMarks...)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.w, tt.h, append([]harnessOption{withTwoRooms(t, "2031-03-15 10:20")}, tt.opts...)...)
			h.press(tt.keys...)
			golden.RequireEqual(t, h.asciiScreen())
		})
	}
}

// The help of a schedule with times has the time keys; the seed's has
// none (TestHelpFitsAndScrolls).
func TestTimedHelpShowsTimeKeys(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"))
	text := helpText(h)
	for _, want := range []string{"Times", "talks on in a time window of the day"} {
		if !strings.Contains(text, want) {
			t.Errorf("the help lacks %q", want)
		}
	}
	seed := newHarness(t, 120, 40)
	seed.press("?")
	seed.requireScreenLacks("time window")
}

func TestWindowPromptAfterAndBefore(t *testing.T) {
	for _, tt := range []struct{ typed, crumb string }{
		{"after 14:00", "Sat 15 14:00–01:00"},
		{"before 10", "Sat 15 09:30–10:00"},
	} {
		h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"))
		h.press("2", "w")
		h.typeText(tt.typed)
		h.press("enter")
		if got := h.crumb(); got != "Harbour Days 2031 › Sat 15 › "+tt.crumb {
			t.Fatalf("%q: crumb %q, want the window %s", tt.typed, got, tt.crumb)
		}
	}
}

// In the lunch gap nothing runs and nothing starts within the hour: Now
// says when the next talks are and enter opens their day.
func TestNowViewBetweenTalks(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 12:30"))
	if got := h.crumb(); got != "Harbour Days 2031 › Now" {
		t.Fatalf("during the conference the browser opens on Now; crumb %q", got)
	}
	h.requireScreenContains("Nothing on now.", "Next talks at 14:00, Sat 15", "in 1 h 30 min")
	h.press("enter")
	if got := h.crumb(); got != "Harbour Days 2031 › Sat 15" {
		t.Fatalf("enter should open the day; crumb %q", got)
	}
}

// A remembered place wins over the opening tab: the user comes back to
// the track they left, even while the conference is on.
func TestRememberedPlaceWinsOverNow(t *testing.T) {
	state := []byte(`{"version":1,"places":{"harbour-2031":{"lists":[{"list":{"kind":"track","name":"Community"},"selected":"harbour-105"}]}}}`)
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"), withState(state))
	if got := h.crumb(); got != "Harbour Days 2031 › Community" {
		t.Fatalf("crumb %q, want the remembered track", got)
	}
	if got := h.selectedTitle(); got != "Kartografie für alle" {
		t.Fatalf("selected %q, want the remembered talk", got)
	}
	// And the Now tab itself is remembered with its talk.
	state = []byte(`{"version":1,"places":{"harbour-2031":{"lists":[{"list":{"kind":"now"},"selected":"harbour-103"}]}}}`)
	h = newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"), withState(state))
	if got := h.selectedTitle(); got != "Rust on the waterfront" {
		t.Fatalf("selected %q on the remembered Now tab", got)
	}
}

// The Now view's times follow the zone they are shown in: a change of
// zone (z) writes its rows again.
func TestNowViewFollowsTheTimeZone(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"))
	h.m.cfg.Zone = time.FixedZone("UTC+3", 3*3600)
	h.m.c.setSchedule(h.m.c.idx, h.m.c.times.tl, h.m.cfg.Zone)
	h.m.buildTabs()
	h.m.switchTab(0)
	h.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	h.requireScreenContains("10:00–10:45")
	h.m.c.times.useLocal = true
	h.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	h.requireScreenContains("13:00–13:45")
}

// Under --theme ascii the Now rows' times use the theme's dash too.
func TestNowViewASCIIDash(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:20"), withTheme(ThemeASCII))
	h.requireScreenContains("10:00-10:45")
	h.requireScreenLacks("–")
}

// A one-day conference that is over says the day it ran on once.
func TestNowViewOneDayOver(t *testing.T) {
	start := time.Date(2025, 2, 22, 9, 0, 0, 0, time.UTC)
	sched := model.Schedule{Conference: "One Day Conf", Sessions: []model.Session{
		{ID: "a", Title: "Opening", Start: start, End: start.Add(time.Hour), Day: "2025-02-22", Room: "Main"},
		{ID: "b", Title: "Closing", Start: start.Add(6 * time.Hour), End: start.Add(7 * time.Hour), Day: "2025-02-22", Room: "Main"},
	}}
	h := newHarness(t, 120, 40, withSchedule(sched), withZone(time.UTC), withClock(start.AddDate(0, 1, 0)))
	h.press("1")
	h.requireScreenContains("One Day Conf is over.", "It ran on Sat 22")
	h.requireScreenLacks("Sat 22–Sat 22")
}

// A minute's tick asked for by the schedule shown before another was
// opened in place is dropped: each schedule keeps one chain of ticks, not
// one more each time a schedule is opened.
func TestNowTickOfAnotherScheduleIsDropped(t *testing.T) {
	sched := twoRooms(t)
	at := atLisbon(t, "2031-03-15 10:20")
	m, _ := New(Config{Schedule: sched, Theme: ThemeDark, Now: func() time.Time { return at }, Zone: time.UTC})
	var asked int
	m.after = func(time.Duration, tea.Msg) tea.Cmd { asked++; return func() tea.Msg { return nil } }
	if m.tickNow(nowTickMsg{m.c}) == nil || asked != 1 {
		t.Fatalf("the shown schedule's tick did not ask for the next (%d asked)", asked)
	}
	if m.tickNow(nowTickMsg{&common{}}) != nil || asked != 1 {
		t.Error("a tick of another schedule started a second chain of ticks")
	}
}
