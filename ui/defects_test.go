package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// Key flows for the defects a new user found, one test each, as a person
// at the keyboard sees them: the screen, the breadcrumb, the position.

// listColumn is the text of the list pane's rows on a wide screen: the
// part of each line between the first two borders.
func listColumn(screen string) []string {
	var out []string
	for _, line := range strings.Split(screen, "\n") {
		parts := strings.Split(line, "│")
		if len(parts) >= 3 {
			out = append(out, strings.TrimSpace(strings.Trim(parts[1], " ▌★")))
		}
	}
	return out
}

// Back goes back: enter on a filtered list reads the talk, and esc comes
// back to the same filtered list, at the same place, the list focused.
func TestDefectBackKeepsTheFilter(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			h := newHarness(t, size[0], size[1])
			h.press("/")
			h.typeText("stream")
			h.press("down", "enter")
			before := h.position()
			h.press("enter", "esc")
			if got := h.position(); got != before {
				t.Fatalf("esc from the talk moved from %s to %s", before, got)
			}
			h.requireScreenContains("/ stream")
			if !strings.Contains(h.footer(), "enter open") {
				t.Fatalf("after esc the list should have the keys; footer %q", h.footer())
			}
			h.press("esc") // now the filter goes
			h.requireScreenLacks("/ stream")
		})
	}
}

// s and c push onto the stack: esc comes back to where they were pressed.
func TestDefectIndexesDoNotResetTheStack(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "s", "enter") // Speakers › Martin Kleppmann
	want := "Speakers › Martin Kleppmann"
	if got := h.crumb(); !strings.HasSuffix(got, want) {
		t.Fatalf("breadcrumb %q, want it to end in %q", got, want)
	}
	h.press("c", "esc")
	if got := h.crumb(); !strings.HasSuffix(got, want) {
		t.Fatalf("c then esc lands on %q, want %q", got, want)
	}
}

// An index opens on the current person's or company's counterpart.
func TestDefectIndexesOpenOnTheCurrentOne(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "s") // the speakers index on Martin Kleppmann
	h.press("c")
	if got := h.selectedName(); got != "Data-Intensive Apps" {
		t.Fatalf("c from Martin Kleppmann opens Companies on %q, want Data-Intensive Apps", got)
	}
	h.press("s")
	if got := h.selectedName(); got != "Martin Kleppmann" {
		t.Fatalf("s from Data-Intensive Apps opens Speakers on %q, want Martin Kleppmann", got)
	}
}

// helpText is every line the help shows, scrolled from top to bottom.
func helpText(h *harness) string {
	h.press("?")
	var b strings.Builder
	for range 250 {
		b.WriteString(h.screen())
		h.press("j")
	}
	return b.String()
}

// Help fits: at 80×24 and 100×30 every key is there, if need be by
// scrolling, and no line is cut. A schedule with times, rooms and links
// has every key; the seed lacks them, and its help every other key.
func TestDefectHelpFitsAndScrolls(t *testing.T) {
	timeKeys := map[string]bool{"r": true, "o": true, "z": true}
	for _, size := range [][2]int{{80, 24}, {100, 30}, {45, 12}, {40, 10}} {
		for _, timed := range []bool{false, true} {
			t.Run(fmt.Sprintf("%dx%d_timed_%v", size[0], size[1], timed), func(t *testing.T) {
				var opts []harnessOption
				if timed {
					opts = twoRoomsAt(t)
				}
				h := newHarness(t, size[0], size[1], opts...)
				text := helpText(h)
				for _, row := range KeysTable() {
					if !timed && (timeKeys[row.Keys[0]] || row.Group == timesGroup || row.Group == gridGroup || row.Group == roomsGroup || strings.HasPrefix(row.Group, "Search filters")) {
						if strings.Contains(text, row.Does) {
							t.Errorf("the seed's help offers %q, which needs times, rooms or links", row.Does)
						}
						continue
					}
					if !strings.Contains(text, strings.Join(row.Keys, "/")) {
						t.Errorf("the help never shows %q", strings.Join(row.Keys, "/"))
					}
					for _, word := range strings.Fields(row.Does) {
						if !strings.Contains(text, word) {
							t.Errorf("the help never shows %q of %q", word, row.Does)
						}
					}
				}
			})
		}
	}
}

// q closes the help, as in less and htop; it does not quit.
func TestDefectQClosesHelp(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("?", "q")
	if h.quit {
		t.Fatal("q on the help quit the program")
	}
	h.requireScreenLacks("Help  ")
	h.requireScreenContains(firstTalk[:20])
}

// The help lists the filter's keys and the mouse.
func TestDefectHelpListsFilterKeysAndMouse(t *testing.T) {
	h := newHarness(t, 120, 40)
	text := helpText(h)
	for _, want := range []string{"While typing a filter", "keep the filter", "Mouse", "wheel", "click"} {
		if !strings.Contains(text, want) {
			t.Errorf("the help lacks %q", want)
		}
	}
}

// A match inside the abstract is highlighted and scrolled to.
func TestDefectAbstractMatchIsShown(t *testing.T) {
	h := newHarness(t, 120, 24)
	h.press("/")
	h.typeText("readiness") // the last line of the Kubernetes talk's abstract
	h.press("enter", "g")
	for range h.count() {
		if h.selectedTitle() == fourthTalk {
			break
		}
		h.press("j")
	}
	if h.selectedTitle() != fourthTalk {
		t.Fatalf("/readiness does not find %q:\n%s", fourthTalk, h.screen())
	}
	h.requireScreenContains("readiness probes")
	if got := h.line(-4); strings.Contains(got, "lines 1–") {
		t.Fatalf("the abstract did not scroll to its match: %q", got)
	}
	if !strings.Contains(h.m.View().Content, "\x1b[4") {
		t.Fatal("the match in the abstract is not underlined")
	}
}

// The filter of an index says what it searches.
func TestDefectIndexPlaceholderIsHonest(t *testing.T) {
	for _, tt := range []struct{ key, want string }{{"s", "a speaker's name or company"}, {"c", "a company or one of its people"}} {
		h := newHarness(t, 120, 40)
		h.press(tt.key, "/")
		h.requireScreenContains(tt.want)
		h.requireScreenLacks("a word of the abstract")
	}
}

// n and N step through the matches once the filter is closed.
func TestDefectNextMatchKeys(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("/")
	h.typeText("kafka")
	h.press("enter")
	for range h.count() {
		if strings.Contains(h.screen(), "match 1 of") {
			break
		}
		h.press("j")
	}
	start := h.position()
	h.press("n")
	h.requireScreenContains("match 2 of")
	h.press("N")
	h.requireScreenContains("match 1 of")
	for range 30 {
		h.press("n")
	}
	if h.position() == start {
		t.Fatal("n never went on to the next talk")
	}
}

// J and K go to the next and previous talk while reading.
func TestDefectNextTalkWhileReading(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.press("j", "j", "j", "enter", "J")
	h.requireScreenContains("So You’ve Inherited Kafka")
	if !strings.Contains(h.crumb(), "So You’ve Inherited Kafka") {
		t.Fatalf("J left the talk: %q", h.crumb())
	}
	h.press("K")
	h.requireScreenContains("The rise of Apache Kafka")
}

// y copies the talk as Markdown and says so.
func TestDefectCopyTalk(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "j", "y")
	if len(h.clipboard) != 1 || !strings.Contains(h.clipboard[0], "## Running Kafka® in Kubernetes") ||
		!strings.Contains(h.clipboard[0], "**Katherine Stanley** (IBM United Kingdom Ltd.)") {
		t.Fatalf("clipboard %q", h.clipboard)
	}
	h.requireScreenContains("Copied “Running Kafka® in Kubernetes")
}

// 0 always opens Bookmarks, however many tracks there are.
func TestDefectBookmarksKeyWithManyTracks(t *testing.T) {
	s := seedSchedule(t)
	s.Tracks = nil
	s.Sessions = slices.Clone(s.Sessions) // the seed is shared by every test
	for i := range s.Sessions {
		s.Sessions[i].Track = fmt.Sprintf("Track %d", i%10+1)
	}
	for i := range 10 {
		s.Tracks = append(s.Tracks, fmt.Sprintf("Track %d", i+1))
	}
	h := newHarness(t, 120, 40, withSchedule(s))
	h.press("0")
	if got := h.crumb(); got != conference+" › Bookmarks" {
		t.Fatalf("0 opens %q", got)
	}
	h.press("9")
	if got := h.crumb(); got != conference+" › Track 8" {
		t.Fatalf("9 opens %q", got)
	}
}

// s on a talk with several speakers asks which one.
func TestDefectSpeakersKeyAsksWhichOne(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("G", "s")
	h.requireScreenContains("Which speaker?")
	h.press("2")
	if got := h.selectedName(); got != "Jesse Leresche" {
		t.Fatalf("chose %q, want Jesse Leresche", got)
	}
	h.press("esc")
	h.press("s", "esc") // cancelled: nothing opens
	if got := h.crumb(); got != conference+" › All" {
		t.Fatalf("cancelling opened %q", got)
	}
}

// The place is remembered across runs: the tab, the stack, the selected
// talk and the filter, and the split.
func TestDefectPlaceIsRemembered(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("3", "/")
	h.typeText("kafka")
	h.press("enter", "j", "j", "enter", ">")
	crumb, pos := h.crumb(), h.position()
	h.press("q")
	if !h.quit || len(h.state) == 0 {
		t.Fatalf("quit %v, state %q", h.quit, h.state)
	}
	again := newHarness(t, 120, 40, withState(h.state))
	if got := again.crumb(); got != crumb {
		t.Fatalf("restarted on %q, want %q", got, crumb)
	}
	if got := again.position(); got != pos {
		t.Fatalf("restarted at %s, want %s", got, pos)
	}
	again.requireScreenContains("/ kafka")
	if again.m.split != defaultSplit+splitStep {
		t.Fatalf("split %d, want %d", again.m.split, defaultSplit+splitStep)
	}
}

// Empty states say what is true.
func TestDefectEmptyStatesAreTrue(t *testing.T) {
	for _, keys := range [][]string{{"/"}, {"3", "/"}} {
		h := newHarness(t, 120, 40)
		h.press(keys...)
		h.typeText("kafzzzq")
		h.requireScreenContains("No talk matches “kafzzzq”.")
		h.requireScreenLacks("No talks in this track.", "No talks.")
	}
}

// The footer offers only keys that act here.
func TestDefectFooterOffersWhatActs(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("s")
	if f := h.footer(); strings.Contains(f, "bookmark") || strings.Contains(f, "s speakers") {
		t.Fatalf("the speakers index offers %q", f)
	}
	h.press("esc", "/")
	if f := h.footer(); strings.Contains(f, "help") || strings.Contains(f, "quit") {
		t.Fatalf("while typing a filter the footer offers %q", f)
	}
}

// One and many.
func TestDefectGrammar(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "s")
	h.requireScreenContains("1 talk: enter lists it.")
	h.requireScreenLacks("1 talk — enter lists them")
}

// A removed bookmark says so with an empty star.
func TestDefectRemovalStar(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("b", "b")
	h.requireScreenContains("☆ Removed bookmark")
	h.requireScreenLacks("★ Removed bookmark")
}

// The status line clears when the place changes.
func TestDefectStatusClearsOnAChangeOfPlace(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("b")
	h.requireScreenContains("Bookmarked: ")
	h.press("s")
	h.requireScreenLacks("Bookmarked: ")
}

// An index opens with the selected row where it can be seen in context,
// not on the last visible line.
func TestDefectIndexOpensWithContext(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		h := newHarness(t, size[0], size[1])
		h.press("j", "j", "s")
		rows := strings.Split(h.screen(), "\n")
		at, last := -1, -1
		for i, r := range rows {
			if strings.Contains(r, "Martin Kleppmann") && strings.Contains(r, "▌") {
				at = i
			}
			if strings.Contains(r, "·") && strings.Contains(r, "talk") {
				last = i
			}
		}
		if at < 0 || at+1 >= last {
			t.Fatalf("%v: Martin Kleppmann is at line %d, the last row at %d:\n%s", size, at, last, h.screen())
		}
	}
}

// A filter kept in another tab shows in the tab bar.
func TestDefectTabShowsItsFilter(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("3", "/")
	h.typeText("kafka")
	h.press("enter", "1")
	if tabs := h.line(1); !strings.Contains(tabs, "Core Kafka 1") || !strings.Contains(tabs, "/14") {
		t.Fatalf("the tab bar shows no trace of Core Kafka's filter: %q", tabs)
	}
}

// The list shows titles whole: half the width on a wide screen, and a
// long title wraps onto a second line.
func TestDefectListShowsWholeTitles(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {100, 30}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			h := newHarness(t, size[0], size[1])
			seen := map[string]bool{}
			for range 60 {
				joined := strings.Join(listColumn(h.screen()), " ")
				for _, s := range h.sessions() {
					if strings.Contains(joined, s.Title) {
						seen[s.Title] = true
					}
				}
				h.press("j")
			}
			if n := len(h.sessions()); len(seen) != n {
				t.Fatalf("%d of %d titles were shown whole", len(seen), n)
			}
		})
	}
}

// Wrapped lines of a list item in an abstract hang under its text.
func TestDefectHangingIndentInAbstracts(t *testing.T) {
	h := newHarness(t, 120, 60)
	h.press("/")
	h.typeText("gdpr")
	lines := strings.Split(h.screen(), "\n")
	for i, l := range lines {
		if strings.Contains(l, "1. how transparent end-to-end encryption") {
			next := strings.Split(lines[i+1], "│")
			body := next[len(next)-2]
			if !strings.HasPrefix(body, "    ") || strings.HasPrefix(body, "     2.") {
				t.Fatalf("the item's second line %q does not hang under its text", body)
			}
			return
		}
	}
	t.Fatalf("no list item found:\n%s", h.screen())
}

// On a very wide screen the abstract keeps a readable measure.
func TestDefectAbstractMeasure(t *testing.T) {
	h := newHarness(t, 200, 60)
	h.press("j", "j", "j", "j", "j", "j")
	widest := 0
	for _, l := range strings.Split(h.screen(), "\n")[14:50] { // the abstract's lines
		parts := strings.Split(l, "│")
		if len(parts) >= 3 && !strings.Contains(l, "lines ") {
			widest = max(widest, lipgloss.Width(strings.TrimRight(parts[len(parts)-2], " ")))
		}
	}
	if widest == 0 || widest > 90 {
		t.Fatalf("abstract lines run to %d columns, want at most about 90", widest)
	}
}

// The details of a company scroll instead of cutting its talks, and the
// pane below lists them all.
func TestDefectCompanyTalksAreAllShown(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("c") // Confluent, with many talks
	text := ""
	h.press("tab", "tab") // into the body
	for range 20 {
		text += strings.Join(strings.Fields(h.screen()), " ")
		h.press("j")
	}
	for _, title := range h.companyTalks("Confluent") {
		title = strings.Join(strings.Fields(title), " ")
		if !strings.Contains(text, title[:min(len(title), 30)]) {
			t.Errorf("Confluent's talk %q is never shown", title)
		}
	}
}

// The first frame on a light terminal is light: it waits for the
// terminal's answer, and no longer than holdFirstFrame.
func TestDefectFirstFrameWaitsForTheBackground(t *testing.T) {
	h := newHarness(t, 120, 40, withTheme(ThemeAuto))
	if s := h.screen(); s != "" {
		t.Fatalf("a frame was drawn before the terminal said its colours:\n%s", s)
	}
	h.send(tea.BackgroundColorMsg{Color: lightGrey})
	if h.screen() == "" || h.dark() {
		t.Fatal("the first frame after a light background is not light")
	}
	silent := newHarness(t, 120, 40, withTheme(ThemeAuto))
	silent.advance(50 * time.Millisecond)
	if silent.screen() == "" {
		t.Fatal("a terminal that never answers gets no frame")
	}
}

// Another window's bookmark shows without a key press.
func TestDefectOtherWindowsBookmarksShow(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.file["is-kafka-a-database"] = true
	h.send(bookmarksChangedMsg{})
	h.requireScreenContains("★ Bookmarks 1")
}

// Search finds what people type: typographic apostrophes, and a word of
// an abstract only where the word is.
func TestDefectSearchFindsWhatPeopleType(t *testing.T) {
	for _, tt := range []struct{ query, want string }{
		{"don't", "Don’t Be Scared"}, {"you've", "So You’ve Inherited Kafka"},
	} {
		h := newHarness(t, 120, 40)
		h.press("/")
		h.typeText(tt.query)
		h.requireScreenContains(tt.want)
	}
	h := newHarness(t, 120, 40)
	h.press("/")
	h.typeText("readiness")
	h.requireScreenContains(fourthTalk[:20])
	h.requireScreenLacks("hello-streams")
	if got := h.position(); got != "1/1" {
		t.Fatalf("/readiness finds %s talks, want only the one that says it", got)
	}
}
