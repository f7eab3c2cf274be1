package data

import (
	"strconv"
	"strings"
	"time"
)

// zone is the time zone a reader puts times in.
type zone struct {
	loc  *time.Location
	name string // IANA name; "" when only offsets are known
	// floating: the source gives wall-clock times and no zone, and none
	// was chosen: they are kept as they read, in UTC's clothes.
	floating bool
	// badDurations counts the talks with a start whose duration was
	// given and cannot be read, for the notice (settleTimes).
	badDurations int
}

// pickZone chooses the zone: the source's own when it names a zone the
// tz database knows, else the one chosen on the command line (--tz), else
// none (loc is nil: offsets in the source decide, and wall-clock times
// float).
func pickZone(sourceName string, opts OpenOptions) zone {
	if name := strings.TrimSpace(sourceName); name != "" {
		if loc, err := time.LoadLocation(name); err == nil && name != "Local" {
			return zone{loc: loc, name: loc.String()}
		}
	}
	if opts.Location != nil {
		return zone{loc: opts.Location, name: opts.Location.String()}
	}
	return zone{}
}

// in gives t in the zone: an instant is converted, which changes no
// instant.
func (z zone) in(t time.Time) time.Time {
	if z.loc == nil || t.IsZero() {
		return t
	}
	return t.In(z.loc)
}

// wallLoc is where wall-clock times without an offset are read: the zone,
// or UTC standing for the conference's unknown local time.
func (z *zone) wallLoc() *time.Location {
	if z.loc != nil {
		return z.loc
	}
	z.floating = true
	return time.UTC
}

// stampLayouts are the forms dates with times take in schedules, most
// common first. The ones without an offset are wall-clock times.
var stampLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
}

// parseStamp reads a date with a time. A time with an offset is an
// instant, shown in the zone; one without is a wall-clock time there.
func (z *zone) parseStamp(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < len("2006-01-02T15:04") {
		return time.Time{}, false
	}
	for _, layout := range stampLayouts {
		if strings.HasSuffix(layout, "Z07:00") {
			if t, err := time.Parse(layout, s); err == nil {
				return z.in(atOffset(stated(t))), true
			}
			continue
		}
		if t, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
			return stated(wallClock(t, z.wallLoc())), true
		}
	}
	return time.Time{}, false
}

// atOffset keeps a parsed time at its own offset: time.Parse gives the
// machine's zone when the offset happens to match it, and what a schedule
// shows must not depend on the machine.
func atOffset(t time.Time) time.Time {
	if t.Location() != time.Local {
		return t
	}
	_, offset := t.Zone()
	if offset == 0 {
		return t.In(time.UTC)
	}
	return t.In(time.FixedZone("", offset))
}

// wallClock reads t's date and clock as a time in loc.
func wallClock(t time.Time, loc *time.Location) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, loc)
}

// parseDate reads "2006-01-02".
func parseDate(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	return t, err == nil
}

// parseClock reads "15:04" or "15:04:05" as a duration since midnight.
func parseClock(s string) (time.Duration, bool) {
	d, ok := parseHMS(s)
	return d, ok && d < 48*time.Hour
}

// parseDuration reads a slot's length: "01:30", "1:30:00", an ISO 8601
// "PT1H30M" or a number of minutes.
func parseDuration(s string) (time.Duration, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if strings.HasPrefix(s, "PT") || strings.HasPrefix(s, "pt") {
		d, err := time.ParseDuration(strings.ToLower(s[2:]))
		return d, err == nil && d >= 0
	}
	if n, err := strconv.Atoi(s); err == nil {
		return time.Duration(n) * time.Minute, allDigits(s) && n < 100000
	}
	return parseHMS(s)
}

// endAfter is the end of a slot that starts at start and lasts duration;
// zero when the start is unknown or no duration is given. A duration that
// cannot be read ("-00:30" among them) gives no end, and is counted.
func (z *zone) endAfter(start time.Time, duration string) time.Time {
	if start.IsZero() || strings.TrimSpace(duration) == "" {
		return time.Time{}
	}
	d, ok := parseDuration(duration)
	if !ok {
		z.badDurations++
		return time.Time{}
	}
	return start.Add(d)
}

// parseHMS reads "H:MM" or "H:MM:SS", digits only: a sign makes it no
// length (strconv would read "-00" as 0, and "-00:30" as half an hour).
func parseHMS(s string) (time.Duration, bool) {
	parts := strings.Split(strings.TrimSpace(s), ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || !allDigits(p) || i > 0 && (v > 59 || len(p) != 2) || i == 0 && v > 9999 {
			return 0, false
		}
		n[i] = v
	}
	return time.Duration(n[0])*time.Hour + time.Duration(n[1])*time.Minute + time.Duration(n[2])*time.Second, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
