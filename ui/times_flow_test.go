package ui

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/model"
)

// z shows the times in the machine's zone and back: the rows, the
// details and the header follow.
func TestZoneToggleShowsLocalTime(t *testing.T) {
	h := newHarness(t, 120, 40, twoRoomsAt(t)...)
	h.requireScreenContains("Sat 09:30 · Aula", "Event time (Europe/Lisbon)", "Sat 15 March, 09:30–10:00 (30 min) · Aula")
	h.press("z")
	// New York is four hours behind Lisbon in mid-March.
	h.requireScreenContains("Sat 05:30 · Aula", "Local time (America/New_York)", "Sat 15 March, 05:30–06:00 (30 min) · Aula")
	h.requireScreenLacks("Sat 09:30 · Aula", "Event time")
	if s := h.line(-1); !strings.Contains(s, "Local time (America/New_York) shown.") {
		t.Fatalf("the status line does not say which time is shown: %q", s)
	}
	// After midnight in Lisbon is still the evening before in New York.
	h.press("G")
	h.requireScreenContains("Sat 20:30 · Dock", "Sat 15 March, 20:30–21:00 (30 min) · Dock")
	h.press("z")
	h.requireScreenContains("Sun 00:30 · Dock", "Event time (Europe/Lisbon)")
}

// A schedule whose times name no zone cannot be shown in local time: z
// says why and changes nothing.
func TestZoneRefusesFloatingTimes(t *testing.T) {
	opts := twoRoomsAt(t)
	s, _ := loadTwoRooms()
	s.FloatingTimes = true
	s.Location = time.UTC
	h := newHarness(t, 120, 40, append(opts, withSchedule(s))...)
	before := h.screen()
	h.press("z")
	if s := h.line(-1); !strings.Contains(s, "cannot be shown in local time") {
		t.Fatalf("z on floating times should say why it cannot convert; status: %q", s)
	}
	if h.m.c.times.frame().Local() {
		t.Fatal("z switched a floating schedule to local time")
	}
	after := h.screen()
	if strings.Split(before, "\n")[4] != strings.Split(after, "\n")[4] {
		t.Fatalf("rows changed:\n%s\n---\n%s", before, after)
	}
}

// A machine in the conference's zone: z says the times stay the same.
func TestZoneSameAsEvent(t *testing.T) {
	lisbon, err := time.LoadLocation("Europe/Lisbon")
	if err != nil {
		t.Skip(err)
	}
	h := newHarness(t, 120, 40, append(twoRoomsAt(t), withZone(lisbon))...)
	h.requireScreenContains("Event time (Europe/Lisbon)") // the header says which time is shown, always
	h.press("z")
	h.requireScreenContains("Sat 09:30 · Aula", "is the conference's: times stay the same")
}

// The seed has no times: z, r and o do nothing and the help leaves them
// out.
func TestTimeKeysIdleWithoutTimes(t *testing.T) {
	h := newHarness(t, 120, 40)
	before := h.screen()
	h.press("z", "r", "o")
	if after := h.screen(); after != before {
		t.Fatalf("z, r or o changed the seed's screen:\n%s", after)
	}
	h.press("?")
	h.requireScreenLacks("event time or local time", "rooms index", "Search filters")
}

// The help lists the search's field filters from the model's list.
func TestHelpListsQueryFields(t *testing.T) {
	h := newHarness(t, 120, 40, twoRoomsAt(t)...)
	text := helpText(h)
	for _, f := range model.QueryFields() {
		if !strings.Contains(text, f.Example) {
			t.Errorf("the help never shows the filter %q", f.Example)
		}
	}
}

// The field filters work in a day tab's filter.
func TestDayTabFieldFilters(t *testing.T) {
	h := newHarness(t, 120, 40, twoRoomsAt(t)...)
	h.press("/")
	h.typeText("room:dock after:11:00")
	var got []string
	for i := range h.count() {
		got = append(got, h.m.c.idx.Session(h.m.list().row(i).item).Title)
	}
	want := []string{"Kartografie für alle", "Knots and graphs", "Midnight shell tricks", "After-hours lightning talks"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("room:dock after:11:00 lists %q, want %q", got, want)
	}
}

// harnessWithOpener browses the fixture with o's opener answering err,
// recording what it was asked to open.
func harnessWithOpener(t *testing.T, err error) (*harness, *[]string) {
	var opened []string
	opener := func(h *harness) {
		h.cfg.OpenLink = func(url string) error {
			opened = append(opened, url)
			return err
		}
	}
	return newHarness(t, 120, 40, append(twoRoomsAt(t), opener)...), &opened
}

// o without a browser puts the link in the status line as an OSC 8
// hyperlink to click.
func TestOpenLinkWithoutBrowser(t *testing.T) {
	h, opened := harnessWithOpener(t, fmt.Errorf("over ssh: %w", ErrNoBrowser))
	h.press("j") // Tides in the data centre, with its slides
	h.press("o")
	const url = "https://harbour.example.org/tides/slides.pdf"
	if len(*opened) != 1 || (*opened)[0] != url {
		t.Fatalf("the opener was asked for %q, want %q", *opened, url)
	}
	if s := h.line(-1); !strings.Contains(s, "No browser here: link printed · "+url) {
		t.Fatalf("status line %q", s)
	}
	if v := h.m.View().Content; !strings.Contains(v, ansi.SetHyperlink(url)+url+ansi.ResetHyperlink()) {
		t.Fatal("the link is not an OSC 8 hyperlink on screen")
	}
	h.advance(time.Minute)
	if s := h.line(-1); !strings.Contains(s, url) {
		t.Fatal("the link went before the user could click it")
	}
	h.press("j") // Rust on the waterfront: no links
	h.press("o")
	if s := h.line(-1); !strings.Contains(s, "This talk has no link.") {
		t.Fatalf("o on a talk without links: status %q", s)
	}
}

func TestOpenLinkInBrowser(t *testing.T) {
	h, opened := harnessWithOpener(t, nil)
	h.press("G", "k", "k") // Sailing with small models: the project page first
	h.press("o")
	if len(*opened) != 1 || (*opened)[0] != "https://harbour.example.org/sailing/" {
		t.Fatalf("opened %q", *opened)
	}
	if s := h.line(-1); !strings.Contains(s, "Opened “Project page” in the browser.") {
		t.Fatalf("status line %q", s)
	}
	h2, _ := harnessWithOpener(t, errors.New("xdg-open: exit status 4"))
	h2.press("j", "o")
	if s := h2.line(-1); !strings.Contains(s, "Could not open the link: xdg-open: exit status 4") {
		t.Fatalf("status line %q", s)
	}
}

// Only clean http(s) addresses are opened or written into the terminal.
func TestWebAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"https://example.org/a b", "https://example.org/a%20b"},
		{"http://example.org/x?y=1", "http://example.org/x?y=1"},
		{"javascript:alert(1)", ""},
		{"file:///etc/passwd", ""},
		{"https://example.org/\x1b]8;;evil\x07", ""},
		{"https://user:pw@example.org/", ""},
		{"//example.org/", ""},
		{"https://exämple.org/", "https://ex%C3%A4mple.org/"}, // escaped: nothing but ASCII reaches the terminal
		{"", ""},
	} {
		if got := webAddress(tt.in); got != tt.want {
			t.Errorf("webAddress(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// r opens the rooms index on the selected talk's room; enter lists the
// room's talks in time order; the place survives a restart.
func TestRoomsIndex(t *testing.T) {
	h := newHarness(t, 120, 40, twoRoomsAt(t)...)
	h.press("j", "j") // Rust on the waterfront, in Dock
	h.press("r")
	if got := h.crumb(); got != "Harbour Days 2031 › Sat 15 › Rooms" {
		t.Fatalf("breadcrumb %q", got)
	}
	if got := h.selectedName(); got != "Dock" {
		t.Fatalf("r opened the index on %q, want Dock", got)
	}
	h.requireScreenContains("Aula", "6 talks · Sat 15, Sun 16", "7 talks · Sat 15, Sun 16")
	h.press("enter")
	if got := h.crumb(); got != "Harbour Days 2031 › Sat 15 › Rooms › Dock" {
		t.Fatalf("breadcrumb %q", got)
	}
	var got []string
	for i := range h.count() {
		got = append(got, h.m.c.idx.Session(h.m.list().row(i).item).Title)
	}
	want := []string{"Rust on the waterfront", "Kartografie für alle", "Knots and graphs", "Midnight shell tricks",
		"After-hours lightning talks", "Typed nets", "Harbour pilots: mentoring newcomers"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Dock lists %q, want %q", got, want)
	}
	h.requireScreenContains("Sun 10:00 · Lea Costa") // the room's own list need not name it
	// The state file names the rooms index and the room.
	h.press("q")
	state := string(h.state)
	for _, want := range []string{`"kind": "rooms"`, `"kind": "room"`, `"name": "Dock"`} {
		if !strings.Contains(state, want) {
			t.Fatalf("state file lacks %s:\n%s", want, state)
		}
	}
	again := newHarness(t, 120, 40, append(twoRoomsAt(t), withState(h.state))...)
	if got := again.crumb(); got != "Harbour Days 2031 › Sat 15 › Rooms › Dock" {
		t.Fatalf("restored breadcrumb %q", got)
	}
	// esc goes back to the index, on Dock; the filter searches rooms.
	again.press("esc", "/")
	again.typeText("aul")
	if again.count() != 1 || again.selectedName() != "Aula" {
		t.Fatalf("filter aul: %d rooms, %q selected", again.count(), again.selectedName())
	}
	again.typeText("zz")
	again.requireScreenContains("No room matches")
}

// On a schedule with times the filter's placeholder offers the field
// filters; the seed's stays as it was.
func TestFilterPlaceholderOffersFields(t *testing.T) {
	h := newHarness(t, 120, 40, twoRoomsAt(t)...)
	h.press("/")
	h.requireScreenContains("day:sat room:")
	seed := newHarness(t, 120, 40)
	seed.press("/")
	seed.requireScreenContains("title, speaker, company, track")
}
