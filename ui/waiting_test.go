package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestWaiting: the waiting screen says what it waits for; the browser's
// quit keys, or a quit asked for by a signal, end the program, and the
// schedule's arrival ends only the screen.
func TestWaiting(t *testing.T) {
	for _, tt := range []struct {
		name string
		msg  tea.Msg
		quit bool
	}{
		{"q", keyPress("q"), true},
		{"ctrl+c", keyPress("ctrl+c"), true},
		{"a signal", Quit(), true},
		{"the schedule comes", WaitOver(), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w, _ := NewWaiting("/tmp/in\x1b[31m.xml", ThemeASCII, nil)
			w.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			if s := w.View().Content; !strings.Contains(s, "Waiting for data on /tmp/in.xml") || !strings.Contains(s, "q/ctrl+c quit") {
				t.Errorf("screen:\n%s", s)
			}
			_, cmd := w.Update(tt.msg)
			if cmd == nil {
				t.Fatal("the screen stays")
			}
			if _, ok := cmd().(tea.QuitMsg); !ok {
				t.Fatalf("command = %T, want tea.Quit", cmd())
			}
			if w.Quitting() != tt.quit {
				t.Errorf("Quitting = %v, want %v", w.Quitting(), tt.quit)
			}
		})
	}
	w, _ := NewWaiting("x", ThemeASCII, nil)
	if _, cmd := w.Update(keyPress("j")); cmd != nil || w.Quitting() {
		t.Error("another key ends the screen")
	}
}
