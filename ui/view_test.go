package ui

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/summit-tui/summit-tui/model"
)

// Golden snapshots of whole screens, the ones people see first, as a
// terminal with the ascii colour profile receives them. Refresh with
// `go test ./ui -update` and review the diff like code.
func TestViewGolden(t *testing.T) {
	// The help must fit every size. The indexes, a person's talks and the
	// empty states are the list pane's own goldens (TestListPaneGolden),
	// the chooser its own (TestChooserPaneGolden).
	everySize := []struct {
		name string
		keys []string
	}{
		{name: "help", keys: []string{"?"}},
		{name: "help_scrolled", keys: []string{"?", "G"}},
	}
	for _, size := range screenSizes {
		for _, tt := range everySize {
			t.Run(size.name+"_"+tt.name, func(t *testing.T) {
				h := newHarness(t, size.w, size.h)
				h.press(tt.keys...)
				golden.RequireEqual(t, h.asciiScreen())
			})
		}
	}
	others := []struct {
		name string
		w, h int
		keys []string
		text string
		opts []harnessOption
	}{
		{name: "wide_start", w: 120, h: 40},
		{name: "wide_abstract", w: 120, h: 40, keys: []string{"j", "j", "j"}},
		{name: "wide_lists_in_abstract", w: 120, h: 40, keys: []string{"/"}, text: "gdpr"},
		{name: "wide_track_tab", w: 120, h: 40, keys: []string{"3", "G"}},
		{name: "wide_filter", w: 120, h: 40, keys: []string{"/"}, text: "kafka streams"},
		{name: "wide_filter_kept_reading", w: 120, h: 40, keys: []string{"/", "s", "t", "r", "e", "a", "m", "enter", "enter"}},
		{name: "wide_split_narrower", w: 120, h: 40, keys: []string{"<", "<"}},
		{name: "wide_200", w: 200, h: 60, keys: []string{"j", "j", "j", "j", "j", "j"}},
		{name: "narrow_start", w: 80, h: 24},
		{name: "narrow_talk", w: 80, h: 24, keys: []string{"j", "j", "j", "enter"}},
		{name: "narrow_filter", w: 80, h: 24, keys: []string{"/"}, text: "kleppmann"},
		{name: "narrow_light", w: 80, h: 24, opts: []harnessOption{withTheme(ThemeLight)}},
		{name: "small_talk", w: 45, h: 12, keys: []string{"j", "j", "j", "enter"}},
		{name: "smallest", w: 40, h: 10},
		{name: "smallest_help", w: 40, h: 10, keys: []string{"?"}},
		{name: "too_small", w: 39, h: 9},
		{name: "too_small_30x8", w: 30, h: 8},
		{name: "too_small_12x3", w: 12, h: 3},
		{name: "too_small_5x1", w: 5, h: 1},
	}
	for _, tt := range others {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.w, tt.h, tt.opts...)
			h.press(tt.keys...)
			h.typeText(tt.text)
			golden.RequireEqual(t, h.asciiScreen())
		})
	}
}

var colourSGR = regexp.MustCompile(`\x1b\[[0-9;:]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])[;:m]`)

// With the ascii theme (NO_COLOR, TERM=dumb, --theme ascii) the screen
// carries no colour at all, even before the terminal's profile strips it.
func TestASCIIThemeHasNoColour(t *testing.T) {
	h := newHarness(t, 120, 40, withTheme(ThemeASCII))
	for _, keys := range [][]string{{"j", "j", "j"}, {"/", "k", "a", "f"}, {"esc", "esc", "s"}, {"c"}, {"?"}} {
		h.press(keys...)
		if loc := colourSGR.FindStringIndex(h.m.View().Content); loc != nil {
			t.Fatalf("after %v the screen has a colour sequence: %q", keys, h.m.View().Content[loc[0]:loc[1]])
		}
	}
	h.press("esc", "esc", "esc", "1")
	if s := h.screen(); !strings.Contains(s, "+---") || !strings.Contains(s, "> ") {
		t.Fatalf("ascii theme should draw ASCII borders and a > marker:\n%s", s)
	}
}

// asciiSchedule is the seed with every text of the page made ASCII, so
// that any other character on screen is one summit-tui drew.
func asciiSchedule(t *testing.T) harnessOption {
	s := seedSchedule(t)
	ascii := func(x string) string {
		var b strings.Builder
		for _, r := range x {
			if r < 0x80 {
				b.WriteRune(r)
			} else {
				b.WriteByte('?')
			}
		}
		return b.String()
	}
	s.Conference = ascii(s.Conference)
	s.Tracks = slices.Clone(s.Tracks) // the seed is shared by every test
	for i, tr := range s.Tracks {
		s.Tracks[i] = ascii(tr)
	}
	out := s
	out.Sessions = make([]model.Session, len(s.Sessions))
	for i, sess := range s.Sessions {
		sess.Title, sess.Track, sess.Abstract = ascii(sess.Title), ascii(sess.Track), ascii(sess.Abstract)
		sp := append(sess.Speakers[:0:0], sess.Speakers...)
		for k := range sp {
			sp[k].Name, sp[k].Company = ascii(sp[k].Name), ascii(sp[k].Company)
		}
		sess.Speakers = sp
		out.Sessions[i] = sess
	}
	return withSchedule(out)
}

// --theme ascii draws ASCII only: borders, marks, arrows, ellipses,
// dashes and quotes included, on every screen.
func TestASCIIThemeDrawsOnlyASCII(t *testing.T) {
	flows := [][]string{
		{}, {"j", "j", "j"}, {"j", "j", "j", "enter", "G"}, {"/", "k", "a", "f", "z", "z", "q"}, {"enter"},
		{"esc", "esc", "G", "s"}, {"1"}, {"c"}, {"enter"}, {"?"}, {"G"}, {"?", "0"}, {"b"}, {"1", "j", "b"}, {"y"},
		{"3", "/", "x", "enter", "1"}, {"tab"}, {"tab"},
	}
	for _, size := range [][2]int{{120, 40}, {80, 24}, {45, 12}, {30, 8}} {
		h := newHarness(t, size[0], size[1], withTheme(ThemeASCII), asciiSchedule(t))
		for _, keys := range flows {
			for _, k := range keys {
				if len(k) == 1 && k != "/" && h.m.list().filter.editing {
					h.typeText(k)
				} else {
					h.press(k)
				}
			}
			for _, r := range h.screen() {
				if r >= 0x80 {
					t.Fatalf("%dx%d after %v: %q is not ASCII:\n%s", size[0], size[1], keys, r, h.screen())
				}
			}
		}
	}
}

// The abstract pane escapes Markdown: "#process" and "*" in prose stay
// text, and the page's lists are lists whose wrapped lines hang under
// their text.
func TestAbstractMarkdownRendering(t *testing.T) {
	h := newHarness(t, 120, 60)
	h.press("/")
	h.typeText("crypto exchanges")
	h.press("enter")
	h.requireScreenContains("• Best bids and offers", "• Cumulative trade flow")
	h.press("esc", "/")
	h.typeText("gdpr")
	h.requireScreenContains("1. how transparent end-to-end encryption", "3. how record based access control")
}

func TestKeynotesSayNoAbstract(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.requireScreenContains("Event Streaming: Lessons from our", "No abstract.")
}

func TestTooSmallSaysWhatItNeeds(t *testing.T) {
	for _, size := range [][2]int{{39, 9}, {30, 8}, {20, 4}, {12, 3}, {10, 2}, {5, 1}} {
		h := newHarness(t, size[0], size[1])
		s := h.screen()
		if !strings.Contains(s, "40×10") {
			t.Errorf("%dx%d: the message does not say the size needed:\n%s", size[0], size[1], s)
		}
		have := fmt.Sprintf("%d×%d.", size[0], size[1])
		whole := map[string]bool{"Terminal too small: " + have: true, "summit-tui needs at least 40×10.": true,
			"Too small: " + have: true, "Needs 40×10.": true, "Needs": true, "40×10": true}
		for _, line := range strings.Split(s, "\n") {
			if l := strings.TrimSpace(line); l != "" && !whole[l] {
				t.Errorf("%dx%d: line %q is cut", size[0], size[1], line)
			}
		}
	}
}

// viewState is what a user could see move: the place, every list's
// selection and scroll, the item pane's scroll, the grids' and their room
// choosers', the help's, the chooser's, and the room the window prompt
// gives what is typed.
func viewState(m *Model) string {
	var b strings.Builder
	fmt.Fprintf(&b, "tab %d, %d places, reading %v\n", m.tab, len(m.stack), m.reading())
	for _, l := range m.lists() {
		fmt.Fprintf(&b, "list %s: cursor %d, offset %d, %d rows\n", l.src.crumb(), l.cursor, l.offset, l.count())
	}
	fmt.Fprintf(&b, "item: details at %d, body at %d, match %d\n", m.item.detail.YOffset(), m.item.body.YOffset(), m.item.match)
	for date, g := range m.grids {
		fmt.Fprintf(&b, "grid %s: at %d, %d, showing %d\n", date, g.offT, g.offA, g.shown)
		if g.rooms != nil {
			fmt.Fprintf(&b, "rooms: cursor %d, offset %d\n", g.rooms.cursor, g.rooms.offset)
		}
	}
	if m.help != nil {
		fmt.Fprintf(&b, "help at %d\n", m.help.vp.YOffset())
	}
	if m.chooser != nil {
		fmt.Fprintf(&b, "chooser on %d\n", m.chooser.cursor)
	}
	if m.prompt != nil {
		fmt.Fprintf(&b, "prompt %q, %d cells\n", m.prompt.input.Value(), m.prompt.input.Width())
	}
	return b.String()
}

// Drawing changes nothing: the same screen drawn twice leaves every
// selection, cursor and scroll position where it was, however the place
// was reached.
func TestDrawingChangesNothing(t *testing.T) {
	fosdem := func(t *testing.T) []harnessOption {
		s, err := fosdemSchedule()
		if err != nil {
			t.Fatal(err)
		}
		return []harnessOption{withSchedule(s)}
	}
	timed := func(t *testing.T) []harnessOption { return []harnessOption{withTwoRooms(t, "2031-03-15 10:20")} }
	seed := func(*testing.T) []harnessOption { return nil }
	for _, tt := range []struct {
		name  string
		opts  func(*testing.T) []harnessOption
		keys  []string
		text  string
		after tea.Msg // sent after the keys
	}{
		{name: "list", opts: seed, keys: []string{"G"}},
		{name: "reading", opts: seed, keys: []string{"j", "j", "j", "enter", "G"}},
		{name: "filter", opts: seed, keys: []string{"/"}, text: "kafka"},
		{name: "help", opts: seed, keys: []string{"?", "G"}},
		{name: "chooser", opts: seed, keys: []string{"G", "s", "j"}},
		{name: "grid", opts: timed, keys: []string{"2", "v", "G"}},
		{name: "window prompt", opts: timed, keys: []string{"2", "w"}, text: "after 14:00 until the end of the day"},
		{name: "room chooser on a smaller screen", opts: fosdem, keys: []string{"v", "H", "G"},
			after: tea.WindowSizeMsg{Width: 80, Height: 24}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, 120, 40, tt.opts(t)...)
			h.press(tt.keys...)
			h.typeText(tt.text)
			h.send(tt.after)
			before := viewState(h.m)
			first := h.m.View().Content
			second := h.m.View().Content
			if after := viewState(h.m); after != before {
				b, a := strings.Split(before, "\n"), strings.Split(after, "\n")
				for i := range min(len(a), len(b)) {
					if a[i] != b[i] {
						t.Errorf("drawing changed %q to %q", b[i], a[i])
					}
				}
			}
			if first != second {
				t.Error("the screen drawn twice differs")
			}
		})
	}
}
