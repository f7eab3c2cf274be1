package ui

import (
	"errors"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// Titles of the built-in page used below, in programme order.
const (
	firstTalk  = "Event Streaming: Lessons from our Cloud-Native Journey"
	secondTalk = "Growing an Engineering Culture with Apache Kafka®"
	fourthTalk = "Running Kafka® in Kubernetes: A Practical Guide"
	lastTalk   = "How to Build and Operate a Global Behavioral Change Platform"
	daleLane   = "Building Serverless Apps with Kafka"
	conference = "Kafka Summit London 2019"
)

func TestListMovementKeys(t *testing.T) {
	tests := []struct {
		keys []string
		want string
	}{
		{[]string{"j"}, secondTalk},
		{[]string{"down"}, secondTalk},
		{[]string{"j", "j", "k"}, secondTalk},
		{[]string{"j", "j", "up"}, secondTalk},
		{[]string{"k"}, firstTalk}, // already at the top
		{[]string{"G"}, lastTalk},
		{[]string{"end"}, lastTalk},
		{[]string{"G", "g"}, firstTalk},
		{[]string{"G", "home"}, firstTalk},
		{[]string{"G", "j"}, lastTalk}, // already at the bottom
		{[]string{"j", "j", "j"}, fourthTalk},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, " "), func(t *testing.T) {
			h := newHarness(t, 120, 40)
			h.press(tt.keys...)
			if got := h.selectedTitle(); got != tt.want {
				t.Errorf("selected %q, want %q", got, tt.want)
			}
		})
	}
}

// Every paging key moves the list by a screenful or half of one, and the
// selected talk stays on screen.
func TestPageKeysMoveTheList(t *testing.T) {
	for _, tt := range []struct {
		down, up string
		half     bool
	}{
		{"pgdown", "pgup", false}, {"ctrl+f", "ctrl+b", false}, {"space", "pgup", false}, {"ctrl+d", "ctrl+u", true},
	} {
		t.Run(tt.down, func(t *testing.T) {
			h := newHarness(t, 120, 40)
			page := h.m.list().rowsShown(0)
			h.press(tt.down)
			want := page
			if tt.half {
				want = page / 2
			}
			if got := h.m.list().cursor; got != want {
				t.Fatalf("%s moved to row %d, want %d", tt.down, got, want)
			}
			h.requireScreenContains(h.selectedTitle()[:20])
			h.press(tt.up)
			if got := h.m.list().cursor; got != 0 {
				t.Fatalf("%s moved back to row %d, want 0", tt.up, got)
			}
		})
	}
}

func TestTabKeys(t *testing.T) {
	tests := []struct {
		keys      []string
		wantCrumb string
		wantCount int
	}{
		{[]string{"]"}, "Keynotes", 3},
		{[]string{"right"}, "Keynotes", 3},
		{[]string{"l"}, "Keynotes", 3},
		{[]string{"]", "]"}, "Core Kafka", 14},
		{[]string{"]", "["}, "All", 59},
		{[]string{"]", "left"}, "All", 59},
		{[]string{"]", "h"}, "All", 59},
		{[]string{"["}, "Bookmarks", 0}, // wraps around
		{[]string{"1"}, "All", 59},
		{[]string{"3"}, "Core Kafka", 14},
		{[]string{"6"}, "Use Cases", 14},
		{[]string{"0"}, "Bookmarks", 0},
		{[]string{"3", "7"}, "Core Kafka", 14}, // no seventh track: nothing happens
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, " "), func(t *testing.T) {
			h := newHarness(t, 120, 40)
			h.press(tt.keys...)
			if got, want := h.crumb(), conference+" › "+tt.wantCrumb; got != want {
				t.Errorf("breadcrumb %q, want %q", got, want)
			}
			if got := h.m.list().count(); got != tt.wantCount {
				t.Errorf("the list shows %d items, want %d", got, tt.wantCount)
			}
		})
	}
}

func TestTabsKeepTheirPlace(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("3", "j", "j")
	want := h.selectedTitle()
	h.press("1", "3")
	if got := h.selectedTitle(); got != want {
		t.Errorf("back on Core Kafka the selection is %q, want %q", got, want)
	}
}

// tab walks from the list into the talk's details and abstract and back;
// shift+tab the other way.
func TestFocusKeys(t *testing.T) {
	h := newHarness(t, 120, 40)
	type focus struct {
		reading bool
		part    itemFocus
	}
	now := func() focus { return focus{h.m.reading(), h.m.item.focus} }
	for i, want := range []focus{{true, focusDetail}, {true, focusBody}, {false, focusBody}} {
		h.press("tab")
		if got := now(); got.reading != want.reading || got.reading && got.part != want.part {
			t.Fatalf("after %d tab presses the focus is %+v, want %+v", i+1, got, want)
		}
	}
	h.press("shift+tab")
	if got := now(); !got.reading || got.part != focusBody {
		t.Fatalf("shift+tab from the list focuses %+v, want the abstract", got)
	}
}

func TestKeysScrollTheFocusedAbstract(t *testing.T) {
	h := newHarness(t, 120, 24)
	h.press("j", "j", "j", "j", "j", "j") // a talk with a long abstract
	sel := h.selectedTitle()
	h.press("enter", "j", "j")
	body := &h.m.item.body
	if body.YOffset() != 2 {
		t.Fatalf("j in the abstract scrolled to line %d, want 2", body.YOffset())
	}
	if h.selectedTitle() != sel {
		t.Fatal("j in the abstract moved the list")
	}
	h.requireScreenContains("lines 3–")
	h.press("G")
	if !body.AtBottom() {
		t.Fatal("G did not scroll to the end of the abstract")
	}
	h.press("g")
	if body.YOffset() != 0 {
		t.Fatal("g did not scroll to the top of the abstract")
	}
	for _, k := range []string{"pgdown", "ctrl+d", "ctrl+f", "space"} {
		h.press("g", k)
		if body.YOffset() == 0 {
			t.Fatalf("%s did not scroll the abstract", k)
		}
	}
	h.press("ctrl+u", "ctrl+b", "pgup")
	if body.YOffset() != 0 {
		t.Fatal("ctrl+u, ctrl+b and pgup did not scroll the abstract back")
	}
}

func TestEnterOnAWideScreenReadsTheAbstract(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "j", "enter")
	if !h.m.reading() || h.m.item.focus != focusBody {
		t.Fatalf("enter should read the abstract: reading %v, focus %v", h.m.reading(), h.m.item.focus)
	}
	h.press("esc")
	if h.m.reading() {
		t.Fatal("esc should go back to the list")
	}
}

func TestNarrowScreenOpensOnePaneAtATime(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.press("j", "j", "j")
	h.requireScreenLacks("The rise of Apache Kafka")
	h.press("enter")
	h.requireScreenContains(fourthTalk, "Katherine Stanley · IBM United Kingdom Ltd.", "The rise of Apache Kafka")
	h.requireScreenLacks(secondTalk)
	h.press("tab")
	if h.m.item.focus != focusDetail {
		t.Fatalf("tab in an open talk focused %v, want the detail", h.m.item.focus)
	}
	h.press("esc")
	h.requireScreenContains(secondTalk)
	h.requireScreenLacks("The rise of Apache Kafka")
}

func TestSpeakersIndex(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("G", "s") // the last talk: Neil Adamson and Jesse Leresche
	h.requireScreenContains("Which speaker?", "1 Neil Adamson", "2 Jesse Leresche")
	h.press("1")
	if got, want := h.crumb(), conference+" › All › Speakers"; got != want {
		t.Fatalf("breadcrumb %q, want %q", got, want)
	}
	if l := h.m.list(); l.src.ref().Kind != kindSpeakers || l.count() != 74 {
		t.Fatalf("s opened a %v list with %d rows, want the 74 speakers", l.src.ref(), l.count())
	}
	if got := h.selectedName(); got != "Neil Adamson" {
		t.Fatalf("the index opened on %q, want Neil Adamson", got)
	}
	h.requireScreenContains("Vitality · 1 talk")
	h.press("enter")
	if got := h.crumb(); got != conference+" › All › Speakers › Neil Adamson" || h.selectedTitle() != lastTalk {
		t.Fatalf("enter on Neil Adamson shows %q, %q", got, h.selectedTitle())
	}
	h.press("esc")
	h.requireScreenContains(conference + " › All › Speakers")
	h.press("esc")
	if got := h.crumb(); got != conference+" › All" {
		t.Fatalf("breadcrumb %q", got)
	}
	if h.selectedTitle() != lastTalk {
		t.Fatal("coming back from the index lost the selected talk")
	}
}

func TestCompaniesIndex(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("c")
	if got := h.crumb(); got != conference+" › All › Companies" {
		t.Fatalf("breadcrumb %q", got)
	}
	if got := h.selectedName(); got != "Confluent" {
		t.Fatalf("the index opened on %q, want Confluent (the first talk's speaker's company)", got)
	}
	h.requireScreenContains("people · ")
	h.press("enter")
	h.requireScreenContains(conference+" › All › Companies › Confluent", firstTalk)
	if h.m.list().count() < 10 {
		t.Fatalf("Confluent lists %d talks; it has more than ten", h.m.list().count())
	}
}

func TestFilter(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("/")
	if !h.m.list().filter.editing {
		t.Fatal("/ did not open the filter")
	}
	h.typeText("OpenWhisk") // a word of Dale Lane's abstract only
	h.requireScreenContains("/ OpenWhisk", "1/1", daleLane)
	h.requireScreenLacks(firstTalk)
	h.press("enter")
	if l := h.m.list(); l.filter.editing || !l.filter.active() {
		t.Fatal("enter should keep the filter and stop editing it")
	}
	h.press("j") // keys work again
	h.press("esc")
	if h.m.list().filter.active() {
		t.Fatal("esc did not clear the filter")
	}
	h.requireScreenContains("18/59")
	if h.selectedTitle() != daleLane {
		t.Errorf("clearing the filter should keep the selected talk, got %q", h.selectedTitle())
	}
}

func TestFilterTypesLettersThatAreKeys(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("/")
	h.typeText("kleppmann q") // j, k, q, s, b are text while typing
	if h.quit {
		t.Fatal("q quit while typing a filter")
	}
	if got := h.m.list().filter.query(); got != "kleppmann q" {
		t.Fatalf("filter is %q", got)
	}
	h.press("esc")
	h.press("/")
	h.typeText("kleppmann")
	h.requireScreenContains("Is Kafka a Database?")
	h.press("down", "up", "esc")
	h.requireScreenContains("3/59")
}

func TestFilterMatchesFieldsAndHighlights(t *testing.T) {
	tests := []struct {
		query string
		want  string
	}{
		{"kleppmann", "Is Kafka a Database?"},      // a speaker
		{"walmart", "Kafka Streams at Scale"},      // a company
		{"rebalnce", "Everything You Always"},      // fuzzy, in a title
		{"zeebe camunda", "Event-Driven Workflow"}, // every term must match
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			h := newHarness(t, 120, 40)
			h.press("/")
			h.typeText(tt.query)
			h.requireScreenContains(tt.want)
			if !strings.Contains(h.m.list().View(), "\x1b[") {
				t.Fatal("no styling in the list")
			}
		})
	}
	h := newHarness(t, 120, 40)
	h.press("/")
	h.typeText("Database")
	if got := h.m.list().row(0).titleHits; !slices.Equal(got, []int{11, 12, 13, 14, 15, 16, 17, 18}) {
		t.Fatalf("the title's matched runes are %v", got)
	}
}

func TestStaleFilterResultIsDropped(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("/")
	l := h.m.list()
	l.filter.set("kafka")
	stale := l.refilter(false)
	l.filter.set("openwhisk")
	fresh := l.refilter(false)
	h.run(fresh)
	h.run(stale) // arrives last, but was asked first
	if l.count() != 1 || h.m.c.idx.Session(l.row(0).item).Title != daleLane {
		t.Fatalf("a stale result replaced the newer one: %d rows", l.count())
	}
}

func TestBookmarkKey(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "b")
	h.requireScreenContains("★ Bookmarked", "★ Bookmarks 1", "★ Bookmarked: "+secondTalk)
	if len(h.saves) != 1 || !slices.Equal(h.saves[0], []BookmarkOp{{ID: "growing-an-engineering-culture-with-apache-kafka", Add: true}}) {
		t.Fatalf("saved %+v", h.saves)
	}
	h.press("0")
	h.requireScreenContains(secondTalk, "1/1")
	h.press("b") // unbookmark from the Bookmarks tab itself
	h.requireScreenContains("★ Bookmarks 0", "No bookmarks yet", "☆ Removed bookmark: "+secondTalk)
	if len(h.saves) != 2 || h.saves[1][0].Add {
		t.Fatalf("saved %+v", h.saves)
	}
}

func TestBookmarkInEveryView(t *testing.T) {
	tests := []struct {
		name string
		keys []string
	}{
		{"track tab", []string{"3"}},
		{"search results", []string{"/", "k", "l", "e", "p", "p", "enter"}},
		{"a speaker's talks", []string{"s", "enter"}},
		{"a company's talks", []string{"c", "enter"}},
		{"a talk being read", []string{"j", "enter"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, 120, 40)
			h.press(tt.keys...)
			title := h.selectedTitle()
			h.press("b")
			h.requireScreenContains("★ Bookmarks 1", "Bookmarked: "+title)
		})
	}
}

func TestBookmarkSaveShowsOtherWindowsBookmarks(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.file["is-kafka-a-database"] = true // another window bookmarked Martin's talk
	h.press("b")
	h.requireScreenContains("★ Bookmarks 2")
}

func TestHelpKey(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("?")
	h.requireScreenContains("Help", "next pane", "jump to tab", "bookmark talk")
	h.press("j") // keys scroll the help, nothing else
	h.press("?")
	h.requireScreenLacks("jump to tab")
	h.press("?", "esc")
	h.requireScreenLacks("jump to tab")
	if h.selectedTitle() != firstTalk {
		t.Fatal("a key pressed under the help moved the list")
	}
}

func TestQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		t.Run(k, func(t *testing.T) {
			h := newHarness(t, 120, 40)
			h.press(k)
			if !h.quit {
				t.Fatalf("%s did not quit", k)
			}
		})
	}
}

func TestQuitWaitsForBookmarkSave(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.holdSave = true
	h.press("b") // the save has not run yet
	h.press("q")
	if h.quit {
		t.Fatal("quit before the bookmark was saved")
	}
	h.runHeld()
	if !h.quit || len(h.saves) != 1 {
		t.Fatalf("after the save: quit %v, saves %v", h.quit, h.saves)
	}
}

func TestEscapeOrder(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("s", "enter", "/")
	h.typeText("x")
	h.press("enter")
	// The filter goes first, then the person's talks, then the index.
	want := []string{"All › Speakers › Neha Narkhede", "All › Speakers › Neha Narkhede", "All › Speakers", "All"}
	for _, crumb := range want {
		if got := h.crumb(); got != conference+" › "+crumb {
			t.Fatalf("breadcrumb %q, want %q", got, crumb)
		}
		h.press("esc")
	}
}

func TestResizeNeverBreaks(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "j", "enter")
	for _, size := range [][2]int{{80, 24}, {30, 8}, {40, 10}, {100, 30}, {1, 1}, {200, 60}, {99, 40}, {45, 12}} {
		h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, keys := range [][]string{nil, {"?"}, {"?"}} {
			h.press(keys...)
			s := h.screen()
			lines := strings.Split(s, "\n")
			if len(lines) > size[1] {
				t.Fatalf("%dx%d: %d lines drawn", size[0], size[1], len(lines))
			}
			for _, line := range lines {
				if w := lipgloss.Width(line); w > size[0] {
					t.Fatalf("%dx%d: a line is %d cells wide: %q", size[0], size[1], w, line)
				}
			}
		}
	}
	h.send(tea.WindowSizeMsg{Width: 30, Height: 8})
	h.requireScreenContains("Too small")
	h.press("j") // keys wait while the screen is too small
	h.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	h.requireScreenContains(fourthTalk, "The rise of Apache Kafka")
}

func TestBackgroundColourRestyles(t *testing.T) {
	h := newHarness(t, 120, 40, withTheme(ThemeAuto))
	h.send(tea.BackgroundColorMsg{Color: colorRGB{0, 0, 0}})
	h.press("j", "j", "j")
	if !h.m.c.theme.dark {
		t.Fatal("auto starts dark")
	}
	h.send(tea.BackgroundColorMsg{Color: lightGrey})
	if h.m.c.theme.dark {
		t.Fatal("a light background did not switch to light")
	}
	if _, ok := h.m.renders.get("running-kafka-in-kubernetes-a-practical-guide", abstractOf(h, "running-kafka-in-kubernetes-a-practical-guide"), h.m.item.measure(), h.m.c.theme); !ok {
		t.Fatal("the abstract was not rendered again for the light theme")
	}
	fixed := newHarness(t, 120, 40, withTheme(ThemeDark))
	fixed.send(tea.BackgroundColorMsg{Color: lightGrey})
	if !fixed.m.c.theme.dark {
		t.Fatal("--theme dark must not follow the terminal")
	}
}

func TestNoColorEnvironment(t *testing.T) {
	for _, env := range [][]string{{"NO_COLOR=1"}, {"NO_COLOR=yes please"}, {"TERM=dumb"}} {
		th, fixed := resolveTheme(ThemeAuto, env)
		if !th.ascii || !fixed {
			t.Errorf("%v: theme %+v, want ascii and fixed", env, th)
		}
	}
	if th, _ := resolveTheme(ThemeAuto, []string{"NO_COLOR="}); th.ascii {
		t.Error("an empty NO_COLOR must not turn colour off")
	}
}

func TestBookmarkSaveFailureKeepsBookmarkInMemory(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.saveErr = errors.New("mkdir /nope: permission denied")
	h.press("b")
	h.requireScreenContains("1 change not saved yet", "permission denied", "★ Bookmarks 1")
}

var lightGrey = colorRGB{0xee, 0xee, 0xee}

// colorRGB is a plain colour for BackgroundColorMsg.
type colorRGB struct{ r, g, b uint8 }

func (c colorRGB) RGBA() (r, g, b, a uint32) {
	return uint32(c.r) * 0x101, uint32(c.g) * 0x101, uint32(c.b) * 0x101, 0xffff
}
