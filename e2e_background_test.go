//go:build unix

package main

import (
	"strings"
	"testing"
)

// TestE2EBackgroundAskedWhileScheduleIsRead: the terminal is asked for
// its background colour before the schedule is read, so its answer is on
// the way while the schedule is parsed rather than after: here the
// question is out while a FIFO still gives no data, before the waiting
// screen, and the browser still opens once the data comes.
func TestE2EBackgroundAskedWhileScheduleIsRead(t *testing.T) {
	path := fifoSchedule(t)
	u := startTUI(t, launch{cols: 100, rows: 30, args: []string{path}, env: []string{"TZ=UTC"}})
	u.waitText("Waiting for data on " + path)
	raw := string(u.term.Raw())
	asked, screen := strings.Index(raw, "\x1b]11;?"), strings.Index(raw, "\x1b[?1049h")
	if asked < 0 || asked > screen {
		t.Errorf("the background colour was asked at byte %d of the output, the waiting screen opened at byte %d: not asked while the schedule is read", asked, screen)
	}
	writeFIFO(t, path, frabXML(frabTalk{"1", "10:30", "00:50", "Aurora Hall", "Rust on Tiny Boards"}))
	u.waitText("Rust on Tiny Boards")
	u.quit()
}
