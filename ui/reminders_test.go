package ui

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// withRemind turns reminders on, lead before each talk, in a terminal
// that says what it is (env).
func withRemind(lead time.Duration, env ...string) harnessOption {
	return func(h *harness) {
		h.cfg.Remind = lead
		h.cfg.Env = append([]string{"TERM=xterm-256color"}, env...)
	}
}

// bellsAndEscapes counts the bells rung and lists the other sequences the
// browser wrote to the terminal itself.
func (h *harness) bellsAndEscapes() (bells int, escapes []string) {
	for _, r := range h.raw {
		if r == "\a" {
			bells++
		} else {
			escapes = append(escapes, r)
		}
	}
	return bells, escapes
}

// TestReminderFlow: ten minutes before a bookmarked talk the status line
// says so, the bell rings and WezTerm is asked for a notification, once;
// a talk whose bookmark goes before its time does not remind, and one
// bookmarked later does, at its time.
func TestReminderFlow(t *testing.T) {
	watch := make(chan struct{}, 1)
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:49"), withClock(atLisbon(t, "2031-03-15 10:49").Add(57*time.Second)),
		withBookmarks("harbour-104", "harbour-105"), withRemind(10*time.Minute, "TERM_PROGRAM=WezTerm"),
		withWatch(watch))
	if strings.Contains(h.line(-1), "In ") || len(h.raw) > 0 {
		t.Fatalf("nothing is due yet at 10:49:57, yet: %q, %q", h.line(-1), h.raw)
	}
	h.advance(3 * time.Second)
	want := "In 10 min: Lighthouse keepers of open source · Aula"
	if got := h.line(-1); !strings.Contains(got, want) {
		t.Fatalf("at 10:50 the status line should say %q:\n%s", want, got)
	}
	bells, escapes := h.bellsAndEscapes()
	if wantEsc := "\x1b]777;notify;Harbour Days 2031;" + want + "\a"; bells != 1 || !slices.Equal(escapes, []string{wantEsc}) {
		t.Fatalf("at 10:50: %d bells and %q, want 1 bell and %q", bells, escapes, wantEsc)
	}

	// Once per run: the minutes after bring nothing more.
	h.advance(30 * time.Second)
	h.press("j")
	h.advance(time.Minute)
	if len(h.raw) != 2 {
		t.Fatalf("the talk reminded again: %q", h.raw)
	}

	// Kartografie (11:15) loses its bookmark in another window before its
	// reminder is due: it says nothing at 11:05.
	delete(h.file, "harbour-105")
	watch <- struct{}{}
	h.fireWatch()
	h.advance(15 * time.Minute) // 11:06:30
	if len(h.raw) != 2 || strings.Contains(h.line(-1), "Kartografie") {
		t.Fatalf("a talk no longer bookmarked reminded: %q, %q", h.raw, h.line(-1))
	}
	if slices.ContainsFunc(h.timers, func(tm timer) bool { _, ok := tm.msg.(reminderTickMsg); return ok }) {
		t.Errorf("a reminder is still waited for with no bookmark to come: %v", h.timers)
	}

	// A bookmark made in another window later on reminds at its time.
	h.file["harbour-107"] = true
	watch <- struct{}{}
	h.fireWatch()
	h.advance(atLisbon(t, "2031-03-15 14:50").Sub(h.clock))
	if want := "In 10 min: Sailing with small models · Aula"; !strings.Contains(h.line(-1), want) || len(h.raw) != 4 {
		t.Fatalf("at 14:50 the status line should say %q, with a second bell and notification: %q, %q", want, h.line(-1), h.raw)
	}
}

// TestReminderTogether: talks due at once (Tides at 10:00, Rust at
// 10:15, twenty minutes ahead) share one reminder, which names
// the soonest and counts the others; a terminal that says nothing of
// itself, on no desktop, gets the bell only.
func TestReminderTogether(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 09:57"),
		withBookmarks("harbour-102", "harbour-103"), withRemind(20*time.Minute))
	want := "In 3 min: Tides in the data centre · Aula, and 1 more"
	if got := h.line(-1); !strings.Contains(got, want) {
		t.Fatalf("opening at 09:57 the status line should say %q:\n%s", want, got)
	}
	if bells, escapes := h.bellsAndEscapes(); bells != 1 || len(escapes) != 0 {
		t.Fatalf("%d bells and %q, want one bell and no escape", bells, escapes)
	}
	h.advance(20 * time.Minute)
	if len(h.raw) != 1 {
		t.Fatalf("reminded again: %q", h.raw)
	}
}

// TestReminderDesktop: a silent terminal on a desktop asks the desktop's
// notifier, outside the UI goroutine, with the text made safe.
func TestReminderDesktop(t *testing.T) {
	type note struct{ title, body string }
	var got []note
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:49"),
		withBookmarks("harbour-104"), withRemind(10*time.Minute, "DISPLAY=:0"),
		func(h *harness) {
			h.cfg.Notify = func(title, body string) error {
				got = append(got, note{title, body})
				return nil
			}
		})
	h.advance(time.Minute)
	want := []note{{"Harbour Days 2031", "In 10 min: Lighthouse keepers of open source · Aula"}}
	if !slices.Equal(got, want) {
		t.Fatalf("desktop notifications %q, want %q", got, want)
	}
	if bells, escapes := h.bellsAndEscapes(); bells != 1 || len(escapes) != 0 {
		t.Fatalf("%d bells and %q, want one bell and no escape", bells, escapes)
	}
}

// TestRemindersOff: --remind 0 says nothing and waits for nothing.
func TestRemindersOff(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:49"),
		withBookmarks("harbour-104"), withRemind(0, "TERM_PROGRAM=WezTerm"))
	h.advance(2 * time.Minute)
	if len(h.raw) != 0 || strings.Contains(h.line(-1), "In 10 min") {
		t.Fatalf("reminders are off, yet: %q, %q", h.raw, h.line(-1))
	}
}

// TestReminderFollowsTheSchedule: the reminders are worked out again when
// the schedule changes; here a large page's whole programme arrives after
// its first talks, with the bookmarked talk in it.
func TestReminderFollowsTheSchedule(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 10:52"), withPreview(2),
		withBookmarks("harbour-104"), withRemind(10*time.Minute, "TERM_PROGRAM=WezTerm"))
	if len(h.raw) != 0 {
		t.Fatalf("the first talks shown do not have the bookmarked one, yet: %q", h.raw)
	}
	h.send(startLoadingMsg{})
	if want := "In 8 min: Lighthouse keepers of open source · Aula"; !strings.Contains(h.line(-1), want) || len(h.raw) != 2 {
		t.Fatalf("with the whole programme the status line should say %q: %q, %q", want, h.line(-1), h.raw)
	}
}
