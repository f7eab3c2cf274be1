package ui

import (
	"strings"
	"testing"
	"time"
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
