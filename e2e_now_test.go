package main

import (
	"strings"
	"testing"
)

// TestE2ENowView runs the binary on the two-room schedule with the clock
// set by --now during the conference: it opens on Now, showing the talks
// running in each room with their minutes left; w then finds the talks of
// an afternoon window.
func TestE2ENowView(t *testing.T) {
	t.Parallel()
	u := startTUI(t, launch{cols: 120, rows: 40, env: []string{"TZ=UTC"},
		args: []string{"ui/testdata/good_two_rooms.xml", "--now", "2031-03-15T10:20"}})
	s := u.waitText("Harbour Days 2031 › Now", "Tides in the data centre", "now, 25 min left", "Rust on the waterfront", "now, 40 min left")
	if !strings.Contains(s.tabs(), "Now") || strings.Index(s.tabs(), "Now") > strings.Index(s.tabs(), "Sat 15") {
		t.Fatalf("the Now tab should come first, before the days: %q", s.tabs())
	}
	u.press("w")
	u.waitText("Window on Sat 15:")
	u.press("14-15", keyEnter)
	u.waitCrumb("Harbour Days 2031 › Now › Sat 15 14:00–15:00")
	u.waitText("Knots and graphs")
	u.quit()
}
