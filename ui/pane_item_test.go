package ui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"github.com/charmbracelet/x/exp/golden"
)

// A match inside the abstract is highlighted and scrolled to.
func TestAbstractMatchIsShown(t *testing.T) {
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

// n and N step through the matches once the filter is closed.
func TestNextMatchKeys(t *testing.T) {
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
func TestNextTalkWhileReading(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.press("j", "j", "j", "enter", "J")
	h.requireScreenContains("So You’ve Inherited Kafka")
	if !strings.Contains(h.crumb(), "So You’ve Inherited Kafka") {
		t.Fatalf("J left the talk: %q", h.crumb())
	}
	h.press("K")
	h.requireScreenContains("The rise of Apache Kafka")
}

// Wrapped lines of a list item in an abstract hang under its text.
func TestHangingIndentInAbstracts(t *testing.T) {
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
func TestAbstractMeasure(t *testing.T) {
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
func TestCompanyTalksAreAllShown(t *testing.T) {
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

// The item pane's own drawing, its details above its body, each framed:
// a talk's abstract, a person's and a company's talks, and a talk's
// details on a schedule with times (when, where, type, language and
// links, in event and in local time).
func TestItemPaneGolden(t *testing.T) {
	for _, tt := range []struct {
		name  string
		w, h  int
		keys  []string
		timed bool
	}{
		{name: "wide_talk", w: 120, h: 40, keys: []string{"j", "j", "j"}},
		{name: "wide_person", w: 120, h: 40, keys: []string{"j", "j", "s"}},
		{name: "wide_company", w: 120, h: 40, keys: []string{"c"}},
		{name: "narrow_talk_details", w: 80, h: 24, keys: []string{"j", "j", "j", "enter", "tab"}},
		{name: "small_talk", w: 45, h: 12, keys: []string{"j", "j", "j", "enter"}},
		{name: "wide_details", w: 120, h: 40, keys: []string{"G", "k", "k"}, timed: true},            // Sailing with small models: two links
		{name: "wide_details_local", w: 120, h: 40, keys: []string{"G", "k", "k", "z"}, timed: true}, // the same in New York time
		{name: "wide_details_german", w: 120, h: 40, keys: []string{"j", "j", "j", "j"}, timed: true},
		{name: "narrow_details", w: 80, h: 24, keys: []string{"G", "k", "k", "enter"}, timed: true},
		{name: "narrow_details_links", w: 80, h: 24, keys: []string{"G", "k", "k", "enter", "tab", "G"}, timed: true}, // scrolled to the links
		{name: "narrow_details_local", w: 80, h: 24, keys: []string{"z", "G", "enter", "tab"}, timed: true},           // after midnight, the evening before
		{name: "wide_room", w: 120, h: 40, keys: []string{"j", "j", "r"}, timed: true},                                // Dock, its talks by time
	} {
		t.Run(tt.name, func(t *testing.T) {
			var opts []harnessOption
			if tt.timed {
				opts = twoRoomsAt(t)
			}
			h := newHarness(t, tt.w, tt.h, opts...)
			h.press(tt.keys...)
			golden.RequireEqual(t, asciiOf(t, h.m.item.View()))
		})
	}
}
