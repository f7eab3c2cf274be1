package data

import (
	"testing"
	"time"
)

// A calendar of UTC times that names no zone is marked UTCOnly, so the
// browser and the exports can say the times are UTC and --tz gives the
// event's zone; with --tz, with X-WR-TIMEZONE or with floating times it is
// not.
func TestICalUTCOnly(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip(err)
	}
	utcNamed := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:UTC\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Talk\r\nDTSTART:20290918T070000Z\r\nDTEND:20290918T080000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	for _, tt := range []struct {
		name string
		file string // a fixture, or
		raw  string // a calendar
		opts OpenOptions
		want bool
	}{
		{"UTC times, no zone", "good_ical_utc.ics", "", OpenOptions{}, true},
		{"UTC times with --tz", "good_ical_utc.ics", "", OpenOptions{Location: london}, false},
		{"floating times", "good_ical_floating.ics", "", OpenOptions{}, false},
		{"UTC named by X-WR-TIMEZONE", "", utcNamed, OpenOptions{}, false},
	} {
		var o Opened
		if tt.file != "" {
			o = mustOpen(t, tt.file, tt.opts)
		} else {
			var err error
			if o, err = OpenBytes("utc.ics", []byte(tt.raw), tt.opts); err != nil {
				t.Fatal(err)
			}
		}
		if got := o.Schedule.UTCOnly; got != tt.want {
			t.Errorf("%s: UTCOnly = %v, want %v", tt.name, got, tt.want)
		}
	}
}
