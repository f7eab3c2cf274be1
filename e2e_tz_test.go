package main

import "testing"

// TestE2ETZNotUsed: --tz on a schedule that names its own zone says, on
// the status line, that the schedule's zone is used.
func TestE2ETZNotUsed(t *testing.T) {
	t.Parallel()
	u := startTUI(t, launch{cols: 120, rows: 40, env: []string{"TZ=UTC"},
		args: []string{"ui/testdata/good_two_rooms.xml", "--tz", "Asia/Tokyo", "--now", "2031-03-15T10:20"}})
	u.waitText("--tz Asia/Tokyo not used: times are in the schedule's own zone, Europe/Lisbon")
	u.quit()
}
