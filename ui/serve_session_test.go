package ui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Over SSH without the client's TZ there is no zone of the user's: z
// says so, in the host's words, and times stay the conference's.
func TestZoneMissingSaysWhy(t *testing.T) {
	const why = "the client sent no time zone (ssh -o SendEnv=TZ)"
	h := newHarness(t, 120, 40, append(twoRoomsAt(t), func(h *harness) {
		h.cfg.Zone, h.cfg.ZoneMissing = nil, why
	})...)
	h.press("z")
	if s := h.line(-1); !strings.Contains(s, why) {
		t.Fatalf("the status line does not say why: %q", s)
	}
	if h.m.c.times.frame().Local() {
		t.Fatal("z switched to a zone the client never sent")
	}
	h.requireScreenContains("Event time (Europe/Lisbon)", "Sat 09:30 · Aula")
}

// With the client's zone, z shows it and names it.
func TestZoneOfTheClient(t *testing.T) {
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Skip(err)
	}
	h := newHarness(t, 120, 40, append(twoRoomsAt(t), withZone(tokyo))...)
	h.press("z")
	h.requireScreenContains("Local time (Asia/Tokyo)", "Sat 18:30 · Aula")
	if s := h.line(-1); !strings.Contains(s, "Local time (Asia/Tokyo) shown.") {
		t.Fatalf("the status line does not name the zone: %q", s)
	}
}

// The host's announcement shows on the status line as a warning, on one
// clean line, and stays while the user moves.
func TestAnnounceShowsOnStatusLine(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.send(Announce("the server\nis stopping\x1b[2J"))
	h.press("j", "j")
	s := h.line(-1)
	if !strings.Contains(s, "the server is stopping") {
		t.Fatalf("the announcement is not on the status line: %q", s)
	}
	if strings.Contains(h.m.status.text, "\x1b") || !h.m.status.isError {
		t.Fatalf("the announcement is not a clean warning: %q", h.m.status.text)
	}
}

// Without an opener (over SSH), o runs nothing: the link goes to the
// user's terminal as an OSC 8 hyperlink with its address as text.
func TestLinkGoesToTheTerminalWithoutOpener(t *testing.T) {
	h := newHarness(t, 120, 40, twoRoomsAt(t)...)
	if h.cfg.OpenLink != nil {
		t.Fatal("the harness has an opener")
	}
	h.press("G", "k", "k") // Sailing with small models: two links
	sess, _ := h.m.selectedTalk()
	_, link, _ := firstLink(sess)
	h.press("o")
	content := h.m.View().Content
	if !strings.Contains(content, ansi.SetHyperlink(link)+link+ansi.ResetHyperlink()) {
		t.Fatalf("no OSC 8 link to %q on the screen:\n%q", link, h.line(-1))
	}
	h.requireScreenContains(link)
}

// y copies through the terminal (OSC 52), the user's clipboard, and
// nothing else.
func TestCopyGoesThroughTheTerminal(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "j", "y")
	if len(h.clipboard) != 1 || !strings.Contains(h.clipboard[0], "## Running Kafka® in Kubernetes") {
		t.Fatalf("clipboard %q", h.clipboard)
	}
}

// ctrl+v in a text input does not read the clipboard of the machine the
// browser runs on (Bubbles' Paste starts a program for it): over SSH that
// is the server's. Pastes come from the terminal.
func TestPasteKeyReadsNoClipboardHere(t *testing.T) {
	h := newHarness(t, 120, 40, twoRoomsAt(t)...)
	for _, open := range []string{"/", "w"} {
		h.press("esc", "esc", open)
		_, cmd := h.m.Update(keyPress("ctrl+v"))
		if runsPaste(cmd) {
			t.Errorf("ctrl+v after %s reads this machine's clipboard", open)
		}
	}
}

// runsPaste reports a command that is, or batches, Bubbles' Paste. Only
// batches are run to look inside.
func runsPaste(cmd tea.Cmd) bool {
	switch {
	case cmd == nil:
		return false
	case isFunc(cmd, "textinput.Paste"):
		return true
	case !isFunc(cmd, "bubbletea/v2.Batch") && !isFunc(cmd, "bubbletea/v2.Sequence"):
		return false
	}
	v := reflect.ValueOf(cmd())
	if v.Kind() != reflect.Slice {
		return false
	}
	for i := range v.Len() {
		if c, ok := v.Index(i).Interface().(tea.Cmd); ok && runsPaste(c) {
			return true
		}
	}
	return false
}

// keyless is a session without an SSH key, as serve opens it: bookmarks
// in memory and the notice saying so.
func keyless(h *harness) {
	h.cfg.SaveBookmarks, h.cfg.ReadBookmarks = nil, nil
	h.cfg.Notice = "bookmarks last for this session only: connect with an SSH key to keep them"
}

// Without a key the bookmarks work in memory; the notice is on the
// status line at start, and once a key has replaced it the Bookmarks tab
// still says so.
func TestKeylessBookmarksInMemory(t *testing.T) {
	for _, tt := range []struct {
		name string
		opts []harnessOption
		keys []string
	}{
		{name: "talks", keys: []string{"j", "j", "j"}},
		{name: "agenda", opts: twoRoomsAt(t), keys: []string{"G", "k", "k"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, 120, 40, append(tt.opts, keyless)...)
			if s := h.line(-1); !strings.Contains(s, "connect with an SSH key to keep them") {
				t.Fatalf("no notice at start: %q", s)
			}
			empty := newHarness(t, 120, 40, append(tt.opts, keyless)...)
			empty.press("0")
			empty.requireScreenContains("No bookmarks yet. Press b on a talk to bookmark it.", "Bookmarks last for this session only.")
			h.press(tt.keys...)
			sess, _ := h.m.selectedTalk()
			h.press("b")
			if !h.m.c.marks.Has(sess.ID) {
				t.Fatal("the toggle did not take")
			}
			h.requireItemContains("★ Bookmarked")
			h.press("0")
			h.requireScreenContains("bookmarks last for this session only", sess.Title)
		})
	}
}
