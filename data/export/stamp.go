package export

import "time"

// rfc3339 writes t as RFC 3339 at its own offset. An offset with seconds
// (a zone's local mean time, kept in places into the 1970s) does not fit
// RFC 3339's ±hh:mm, and cut to the minute it would name another instant:
// such a time is written in UTC.
func rfc3339(t time.Time) string {
	if _, offset := t.Zone(); offset%60 != 0 {
		t = t.UTC()
	}
	return t.Format(time.RFC3339)
}
