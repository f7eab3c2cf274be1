package ui

import (
	"strings"
	"testing"
	"time"
)

// A schedule of UTC times that names no zone says so in the header, and
// how to see the event's times, instead of "Event time (UTC)"; narrower
// headers keep a shorter form, and local time (z) is said as ever.
func TestHeaderSaysTimesAreUTC(t *testing.T) {
	s := twoRooms(t)
	s.Location, s.TimeZone, s.UTCOnly = time.UTC, "", true
	for i := range s.Sessions {
		s.Sessions[i].Start, s.Sessions[i].End = s.Sessions[i].Start.UTC(), s.Sessions[i].End.UTC()
	}
	for _, tt := range []struct {
		width int
		want  string
	}{
		{120, "Times in UTC: --tz ZONE shows them in the event's zone"},
		{80, "Times in UTC (see --tz)"},
	} {
		h := newHarness(t, tt.width, 30, withSchedule(s))
		if head := h.line(0); !strings.Contains(head, tt.want) || strings.Contains(head, "Event time") {
			t.Errorf("at %d columns the header is %q, want %q", tt.width, head, tt.want)
		}
		h.press("z")
		if head := h.line(0); strings.Contains(head, "Times in UTC") || !strings.Contains(head, "Local time") {
			t.Errorf("at %d columns in local time the header is %q", tt.width, head)
		}
	}
}
