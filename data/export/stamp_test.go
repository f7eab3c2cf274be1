package export

import (
	"testing"
	"time"
)

func TestRFC3339(t *testing.T) {
	zone := func(name string) *time.Location {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		return loc
	}
	for _, tt := range []struct {
		in   time.Time
		want string
	}{
		{time.Date(2027, 2, 6, 10, 0, 0, 0, zone("Europe/Brussels")), "2027-02-06T10:00:00+01:00"},
		{time.Date(2027, 2, 6, 10, 0, 0, 0, time.UTC), "2027-02-06T10:00:00Z"},
		{time.Date(2027, 2, 6, 10, 0, 0, 0, zone("Asia/Kathmandu")), "2027-02-06T10:00:00+05:45"},
		// Local mean time: -00:44:30, written in UTC rather than cut.
		{time.Date(1960, 5, 4, 10, 0, 0, 0, zone("Africa/Monrovia")), "1960-05-04T10:44:30Z"},
		{time.Date(1920, 5, 4, 10, 0, 0, 0, zone("Europe/Amsterdam")), "1920-05-04T08:40:28Z"},
	} {
		got := rfc3339(tt.in)
		if got != tt.want {
			t.Errorf("rfc3339(%v) = %q, want %q", tt.in, got, tt.want)
		}
		if back, err := time.Parse(time.RFC3339, got); err != nil || !back.Equal(tt.in) {
			t.Errorf("%q reads back as %v, %v; want %v", got, back, err, tt.in)
		}
	}
}
