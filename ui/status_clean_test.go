package ui

import (
	"errors"
	"strings"
	"testing"
)

// hostile is error text from outside, as a server's certificate or a
// file's name can make it: a window title set by OSC, a colour by SGR,
// and a second line.
const hostile = "x509: certificate is valid for \x1b]0;pwned\x07evil, \x1b[31mred\x1b[0m, not localhost\nsecond line"

// TestEveryStatusMessageIsClean: whatever way a message from outside
// reaches the status line, it arrives cleaned as schedule text is, on one
// line, without the sequences that would drive the terminal.
func TestEveryStatusMessageIsClean(t *testing.T) {
	bad := errors.New(hostile)
	tests := []struct {
		name string
		opts []harnessOption
		act  func(h *harness)
	}{
		{"the notice at start (an offline copy's)", []harnessOption{func(h *harness) {
			h.cfg.Notice = "Offline copy (" + hostile + ")"
		}}, func(h *harness) {}},
		{"a save that failed", nil, func(h *harness) {
			h.saveErr = bad
			h.press("b")
		}},
		{"a save's notice", []harnessOption{func(h *harness) {
			h.cfg.SaveBookmarks = func([]string, []BookmarkOp) ([]string, string, error) {
				return []string{"is-kafka-a-database"}, hostile, nil
			}
		}}, func(h *harness) { h.press("b") }},
		{"a link that did not open", nil, func(h *harness) {
			h.send(linkOpenedMsg{title: "t", url: "https://example.org", err: bad})
		}},
		{"a refresh that failed", nil, func(h *harness) {
			h.send(liveRefreshedMsg{err: bad})
		}},
		{"the whole page that did not load", nil, func(h *harness) {
			h.send(scheduleLoadedMsg{err: bad})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, 160, 40, tt.opts...)
			tt.act(h)
			footer := h.line(-1)
			if !strings.Contains(footer, "evil") {
				t.Fatalf("the message is not on the status line: %q", footer)
			}
			screen := h.m.View().Content // as the terminal gets it
			for _, seq := range []string{"pwned", "\x07", "\x1b]0", "\x1b[31m", "\x1b[0m, not"} {
				if strings.Contains(screen, seq) {
					t.Errorf("the screen holds %q from the message: %q", seq, footer)
				}
			}
			if strings.Contains(h.m.status.text, "\n") {
				t.Errorf("the status line holds two lines: %q", h.m.status.text)
			}
		})
	}
}
