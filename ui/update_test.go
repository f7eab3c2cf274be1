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

func TestPageKeysMoveByAScreenful(t *testing.T) {
	h := newHarness(t, 120, 40)
	n := h.m.visibleItems()
	h.press("pgdown")
	if got := h.m.view().cursor; got != n {
		t.Fatalf("pgdown moved to row %d, want %d (one screenful)", got, n)
	}
	h.requireScreenContains(h.selectedTitle()[:20])
	h.press("pgup")
	if got := h.m.view().cursor; got != 0 {
		t.Fatalf("pgup moved to row %d, want 0", got)
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
		{[]string{"7"}, "Bookmarks", 0},
		{[]string{"3", "9"}, "Core Kafka", 14}, // no ninth tab: nothing happens
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, " "), func(t *testing.T) {
			h := newHarness(t, 120, 40)
			h.press(tt.keys...)
			h.requireScreenContains("Kafka Summit London 2019 › " + tt.wantCrumb)
			if got := len(h.m.view().rows); got != tt.wantCount {
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

func TestFocusKeys(t *testing.T) {
	h := newHarness(t, 120, 40)
	order := []pane{paneDetail, paneAbstract, paneList}
	for i, want := range order {
		h.press("tab")
		if h.m.focus != want {
			t.Fatalf("after %d tab presses the focus is %v, want %v", i+1, h.m.focus, want)
		}
	}
	h.press("shift+tab")
	if h.m.focus != paneAbstract {
		t.Fatalf("shift+tab from the list focuses %v, want the abstract", h.m.focus)
	}
}

func TestKeysScrollTheFocusedAbstract(t *testing.T) {
	h := newHarness(t, 120, 24)
	h.press("j", "j", "j", "j", "j", "j") // a talk with a long abstract
	sel := h.selectedTitle()
	h.press("tab", "tab")
	h.press("j", "j")
	if h.m.abstract.YOffset() != 2 {
		t.Fatalf("j in the abstract scrolled to line %d, want 2", h.m.abstract.YOffset())
	}
	if h.selectedTitle() != sel {
		t.Fatal("j in the abstract moved the list")
	}
	h.requireScreenContains("lines 3–")
	h.press("G")
	if !h.m.abstract.AtBottom() {
		t.Fatal("G did not scroll to the end of the abstract")
	}
	h.press("g")
	if h.m.abstract.YOffset() != 0 {
		t.Fatal("g did not scroll to the top of the abstract")
	}
	h.press("pgdown")
	if h.m.abstract.YOffset() == 0 {
		t.Fatal("pgdown did not scroll the abstract")
	}
	h.press("pgup")
	if h.m.abstract.YOffset() != 0 {
		t.Fatal("pgup did not scroll the abstract back")
	}
}

func TestEnterOnAWideScreenReadsTheAbstract(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "j", "enter")
	if h.m.focus != paneAbstract {
		t.Fatalf("enter focused %v, want the abstract", h.m.focus)
	}
	h.press("esc")
	if h.m.focus != paneList {
		t.Fatalf("esc focused %v, want the list", h.m.focus)
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
	if h.m.focus != paneDetail {
		t.Fatalf("tab in an open talk focused %v, want the detail", h.m.focus)
	}
	h.press("esc")
	h.requireScreenContains(secondTalk)
	h.requireScreenLacks("The rise of Apache Kafka")
}

func TestSpeakersIndex(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("G", "s") // the last talk: Neil Adamson and Jesse Leresche
	h.requireScreenContains("Kafka Summit London 2019 › Speakers")
	v := h.m.view()
	if v.kind != peopleView || len(v.rows) != 74 {
		t.Fatalf("s opened a list of kind %v with %d rows, want the 74 speakers", v.kind, len(v.rows))
	}
	i, _ := v.selected()
	if got := h.m.idx.People()[i].Name; got != "Neil Adamson" {
		t.Fatalf("the index opened on %q, want the talk's first speaker Neil Adamson", got)
	}
	h.requireScreenContains("Vitality · 1 talk")
	h.press("enter")
	h.requireScreenContains("Kafka Summit London 2019 › Speakers › Neil Adamson", lastTalk)
	h.press("esc")
	h.requireScreenContains("Kafka Summit London 2019 › Speakers")
	h.press("esc")
	h.requireScreenContains("Kafka Summit London 2019 › All")
	if h.selectedTitle() != lastTalk {
		t.Fatal("coming back from the index lost the selected talk")
	}
}

func TestCompaniesIndex(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("c")
	h.requireScreenContains("Kafka Summit London 2019 › Companies")
	v := h.m.view()
	i, _ := v.selected()
	if got := h.m.idx.Companies()[i].Name; got != "Confluent" {
		t.Fatalf("the index opened on %q, want Confluent (the first talk's speaker's company)", got)
	}
	h.requireScreenContains("people · ")
	h.press("enter")
	h.requireScreenContains("Kafka Summit London 2019 › Companies › Confluent", firstTalk)
	if len(h.m.view().rows) < 10 {
		t.Fatalf("Confluent lists %d talks; it has more than ten", len(h.m.view().rows))
	}
}

func TestFilter(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("/")
	if !h.m.editingFilter {
		t.Fatal("/ did not open the filter")
	}
	h.typeText("OpenWhisk") // a word of Dale Lane's abstract only
	h.requireScreenContains("/ OpenWhisk", "1/59", daleLane)
	h.requireScreenLacks(firstTalk)
	h.press("enter")
	if h.m.editingFilter || !h.m.view().filtered() {
		t.Fatal("enter should keep the filter and stop editing it")
	}
	h.press("j") // keys work again
	h.press("esc")
	if h.m.view().filtered() {
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
	if got := h.m.view().filter.query; got != "kleppmann q" {
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
			if !strings.Contains(h.m.listView(), "\x1b[") {
				t.Fatal("no styling in the list")
			}
		})
	}
	h := newHarness(t, 120, 40)
	h.press("/")
	h.typeText("Database")
	if got := h.m.view().rows[0].titleHits; !slices.Equal(got, []int{11, 12, 13, 14, 15, 16, 17, 18}) {
		t.Fatalf("the title's matched runes are %v", got)
	}
}

func TestStaleFilterResultIsDropped(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("/")
	v := h.m.view()
	v.filter.query = "kafka"
	stale := h.m.runFilter(v)
	v.filter.query = "openwhisk"
	fresh := h.m.runFilter(v)
	h.run(fresh)
	h.run(stale) // arrives last, but was asked first
	if len(v.rows) != 1 || h.m.idx.Session(v.rows[0].index).Title != daleLane {
		t.Fatalf("a stale result replaced the newer one: %d rows", len(v.rows))
	}
}

func TestBookmarkKey(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "b")
	h.requireScreenContains("★ Bookmarked", "★ Bookmarks 1", "Bookmarked: "+secondTalk)
	if len(h.saved) != 1 || !h.saved[0].add || h.saved[0].id != "growing-an-engineering-culture-with-apache-kafka" {
		t.Fatalf("saved %+v", h.saved)
	}
	h.press("7")
	h.requireScreenContains(secondTalk, "1/1")
	h.press("b") // unbookmark from the Bookmarks tab itself
	h.requireScreenContains("★ Bookmarks 0", "No bookmarks yet")
	if len(h.saved) != 2 || h.saved[1].add {
		t.Fatalf("saved %+v", h.saved)
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

func TestBookmarkSaveFailureKeepsBookmarkInMemory(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.m.cfg.SaveBookmark = func(string, bool) ([]string, string, error) {
		return nil, "", errors.New("mkdir /nope: permission denied")
	}
	h.press("b")
	h.requireScreenContains("Bookmarks cannot be saved", "permission denied", "★ Bookmarks 1")
}

func TestBookmarkSaveShowsOtherWindowsBookmarks(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.m.cfg.SaveBookmark = func(id string, add bool) ([]string, string, error) {
		return []string{id, "is-kafka-a-database"}, "", nil // another window bookmarked Martin's talk
	}
	h.press("b")
	h.requireScreenContains("★ Bookmarks 2")
}

func TestHelpKey(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("?")
	h.requireScreenContains("Keys", "next pane", "jump to tab", "bookmark talk")
	h.press("j") // keys do nothing under the help
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
	_, cmd := h.m.Update(keyPress("b")) // the save has not run yet
	h.press("q")
	if h.quit {
		t.Fatal("quit before the bookmark was saved")
	}
	h.run(cmd)
	if !h.quit || len(h.saved) != 1 {
		t.Fatalf("after the save: quit %v, saved %v", h.quit, h.saved)
	}
}

func TestEscapeOrder(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("s", "enter", "/")
	h.typeText("x")
	h.press("enter")
	// The filter goes first, then the person's talks, then the index.
	want := []string{"Speakers › Neha Narkhede", "Speakers › Neha Narkhede", "Speakers", "› All"}
	for _, crumb := range want {
		h.requireScreenContains(crumb)
		h.press("esc")
	}
}

func TestResizeNeverBreaks(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "j", "enter")
	for _, size := range [][2]int{{80, 24}, {30, 8}, {40, 10}, {100, 30}, {1, 1}, {200, 60}, {99, 40}} {
		h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		s := h.screen()
		lines := strings.Split(s, "\n")
		if len(lines) > size[1] {
			t.Fatalf("%dx%d: %d lines drawn", size[0], size[1], len(lines))
		}
		for _, line := range lines {
			if w := ansiWidth(line); w > size[0] {
				t.Fatalf("%dx%d: a line is %d cells wide: %q", size[0], size[1], w, line)
			}
		}
	}
	h.send(tea.WindowSizeMsg{Width: 30, Height: 8})
	h.requireScreenContains("too small")
	h.press("j") // keys wait while the screen is too small
	h.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	h.requireScreenContains(fourthTalk, "The rise of Apache Kafka")
}

func TestBackgroundColourRestyles(t *testing.T) {
	h := newHarness(t, 120, 40, withTheme(ThemeAuto))
	h.press("j", "j", "j")
	if !h.m.theme.dark {
		t.Fatal("auto starts dark")
	}
	h.send(tea.BackgroundColorMsg{Color: lightGrey})
	if h.m.theme.dark {
		t.Fatal("a light background did not switch to light")
	}
	if _, ok := h.m.renders.get("running-kafka-in-kubernetes-a-practical-guide", h.m.abstractWidth(), h.m.theme); !ok {
		t.Fatal("the abstract was not rendered again for the light theme")
	}
	fixed := newHarness(t, 120, 40, withTheme(ThemeDark))
	fixed.send(tea.BackgroundColorMsg{Color: lightGrey})
	if !fixed.m.theme.dark {
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

var lightGrey = colorRGB{0xee, 0xee, 0xee}

// colorRGB is a plain colour for BackgroundColorMsg.
type colorRGB struct{ r, g, b uint8 }

func (c colorRGB) RGBA() (r, g, b, a uint32) {
	return uint32(c.r) * 0x101, uint32(c.g) * 0x101, uint32(c.b) * 0x101, 0xffff
}

func ansiWidth(s string) int { return lipgloss.Width(s) }
