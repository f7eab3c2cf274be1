package main

import (
	"strings"
	"testing"
)

// TestE2EHiddenAfterRestart: - hides the selected talk, and after quitting
// and starting again it is still hidden, the header still counting it.
func TestE2EHiddenAfterRestart(t *testing.T) {
	t.Parallel()
	dataHome := t.TempDir()
	args := []string{"ui/testdata/good_two_rooms.xml", "--now", "2031-03-14T10:20"}
	u := startTUI(t, launch{cols: 120, rows: 40, dataHome: dataHome, env: []string{"TZ=UTC"}, args: args})
	u.waitText("Harbour Days 2031 › Sat 15", "Opening of Harbour Days")
	u.press("-")
	u.waitText("1 hidden")
	u.quit()

	again := startTUI(t, launch{name: "restarted", cols: 120, rows: 40, dataHome: dataHome, env: []string{"TZ=UTC"}, args: args})
	s := again.waitText("Harbour Days 2031 › Sat 15", "1 hidden", "Tides in the data centre")
	if strings.Contains(string(s), "Opening of Harbour Days") {
		t.Fatalf("the hidden talk is shown after a restart:\n%s", s)
	}
	again.press("_")
	again.waitText("Opening of Harbour Days", "talk · - shows it again")
	again.press("-")
	again.waitGone("1 hidden")
	again.quit()
}
