package main

import (
	"strings"
	"testing"
)

// The timetable grid as a person uses it, without colour: v on a day's
// tab, moves with h/j/k/l, a room hidden with H and still hidden after a
// restart, the talk opened and left again.
func TestE2EGrid(t *testing.T) {
	t.Parallel()
	dataHome := t.TempDir()
	l := launch{
		cols: 80, rows: 24, dataHome: dataHome, env: []string{"NO_COLOR=1"},
		args: []string{"--now", "2031-03-14T12:00:00+00:00", "ui/testdata/good_two_rooms.xml"},
	}
	u := startTUI(t, l)
	u.waitCrumb("Harbour Days 2031 > Sat 15")
	u.press("v")
	s := u.waitText("Aula", "Dock", "+Opening of Harbour Days", "|09:30-10:00")
	if !strings.Contains(s.line(3), "Opening of Harbour Days - 09:30-10:00 - Aula") {
		t.Errorf("the line above the grid = %q, want the selected talk", s.line(3))
	}
	u.press("j", "l")
	u.waitFor("Rust selected", func(s screen) bool {
		return strings.Contains(s.line(3), "Rust on the waterfront - 10:15-11:00 - Dock")
	})
	u.press("\r")
	u.waitText("Memory safety for port cranes")
	u.press("\x1b")
	u.waitFor("back in the grid on Rust", func(s screen) bool {
		return strings.Contains(s.line(3), "Rust on the waterfront") && s.has("+Tides in the data centre")
	})
	u.press("H")
	u.waitText("Rooms shown in the grid", "[x] Dock")
	u.press("j", " ", "\r")
	u.waitText("1 room hidden")
	u.waitGone("Kartografie")
	u.quit()

	again := startTUI(t, l)
	again.waitText("1 room hidden", "+Tides in the data centre")
	if s := again.waitText("Aula"); strings.Contains(s.line(4), "Dock") {
		t.Errorf("Dock is hidden, yet the header reads %q", s.line(4))
	}
	again.quit()
}
