package model

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrFloatingTimes is why a floating schedule's times cannot be shown in
// another zone: they name no zone to convert from.
var ErrFloatingTimes = errors.New("the schedule gives its times without a time zone, so they cannot be shown in local time")

// TimeFrame is the zone the browser shows times in: the conference's
// (event time, the default) or the viewer's (local time). Its zero value
// is not usable; make one with EventTime or LocalTime.
type TimeFrame struct {
	loc *time.Location
	// local is the viewer's zone rather than the conference's.
	local bool
	// floating times are shown as published and never converted.
	floating bool
	// same reports a local zone that reads every time of the schedule
	// as the conference's zone does.
	same bool
	name string
}

// EventTime shows times in the conference's zone; for floating times, as
// published.
func EventTime(s *Schedule) TimeFrame {
	loc := scheduleLocation(s)
	return TimeFrame{loc: loc, floating: s.FloatingTimes, name: zoneName(loc, firstStart(s))}
}

// LocalTime shows times in the viewer's zone, local (the machine's zone,
// passed in). A floating schedule cannot be converted: it returns
// ErrFloatingTimes, and the caller keeps EventTime.
func LocalTime(s *Schedule, local *time.Location) (TimeFrame, error) {
	if s.FloatingTimes {
		return TimeFrame{}, ErrFloatingTimes
	}
	if local == nil {
		local = time.UTC
	}
	f := TimeFrame{loc: local, local: true, name: zoneName(local, firstStart(s)), same: true}
	event := scheduleLocation(s)
	for i := range s.Sessions {
		if t := s.Sessions[i].Start; !t.IsZero() && !sameOffset(t, event, local) {
			f.same = false
			break
		}
	}
	return f, nil
}

func sameOffset(t time.Time, a, b *time.Location) bool {
	_, oa := t.In(a).Zone()
	_, ob := t.In(b).Zone()
	return oa == ob
}

// Local reports whether the frame is the viewer's zone.
func (f TimeFrame) Local() bool { return f.local }

// SameAsEvent reports a local frame whose zone reads every time of the
// schedule as the conference's zone does: the toggle changes nothing.
func (f TimeFrame) SameAsEvent() bool { return f.same }

// Location is the zone times are shown in.
func (f TimeFrame) Location() *time.Location { return f.loc }

// ZoneName names the frame's zone: its IANA name ("Europe/Brussels"), or
// for a zone without one its abbreviation and offset ("CET, UTC+1").
func (f TimeFrame) ZoneName() string { return f.name }

// Label says which time is shown, for headers: "Event time
// (Europe/Brussels)", "Local time (America/New_York)", "Local time
// (Europe/Brussels, as the event)", or for floating times "Times as
// published (no time zone)".
func (f TimeFrame) Label() string {
	switch {
	case f.floating:
		return "Times as published (no time zone)"
	case f.local && f.same:
		return "Local time (" + f.name + ", as the event)"
	case f.local:
		return "Local time (" + f.name + ")"
	}
	return "Event time (" + f.name + ")"
}

// In gives t in the frame's zone. Floating times are returned as they
// are: their wall clock is the only reading they have.
func (f TimeFrame) In(t time.Time) time.Time {
	if f.floating || f.loc == nil || t.IsZero() {
		return t
	}
	return t.In(f.loc)
}

// Clock is t's time of day in the frame: "14:05". Empty for a zero time.
func (f TimeFrame) Clock(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return f.In(t).Format("15:04")
}

// Day is t's day in the frame, as a day tab names it: "Sat 31".
func (f TimeFrame) Day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return f.In(t).Format("Mon 2")
}

// WindowLabel is "14:00–15:00".
func (f TimeFrame) WindowLabel(w Window) string {
	return f.Clock(w.From) + "–" + f.Clock(w.To)
}

// Span is a session's times: "10:30–11:15", or "10:30" when its end is
// unknown. Empty for a session without a time.
func (f TimeFrame) Span(sess *Session) string {
	if !sess.Timed() {
		return ""
	}
	if _, ok := SessionLength(sess); !ok {
		return f.Clock(sess.Start)
	}
	return f.Clock(sess.Start) + "–" + f.Clock(sess.End)
}

// RowLabel is what a list row says of a session's time and place:
// "Sat 10:30 · Janson"; "Sat 10:30" without a room, the room alone without
// a time, and empty with neither. The weekday is the start's in this
// frame, so a talk after midnight reads as the morning it is.
func (f TimeFrame) RowLabel(sess *Session) string {
	var parts []string
	if sess.Timed() {
		parts = append(parts, f.In(sess.Start).Format("Mon 15:04"))
	}
	if sess.Room != "" {
		parts = append(parts, sess.Room)
	}
	return strings.Join(parts, " · ")
}

// zoneName names a zone for people: its IANA name, or the abbreviation and
// offset it has at ref ("CET, UTC+1") when it has no useful name.
func zoneName(loc *time.Location, ref time.Time) string {
	name := loc.String()
	if name != "" && name != "Local" {
		return name
	}
	if ref.IsZero() {
		ref = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	abbr, off := ref.In(loc).Zone()
	offset := utcOffset(off)
	if abbr == "" || strings.HasPrefix(abbr, "+") || strings.HasPrefix(abbr, "-") || abbr == "UTC" || abbr == "Local" {
		return offset
	}
	return abbr + ", " + offset
}

// utcOffset writes an offset in seconds as "UTC", "UTC+1", "UTC-5" or
// "UTC+5:30".
func utcOffset(seconds int) string {
	if seconds == 0 {
		return "UTC"
	}
	sign := "+"
	if seconds < 0 {
		sign, seconds = "-", -seconds
	}
	h, m := seconds/3600, seconds%3600/60
	if m == 0 {
		return fmt.Sprintf("UTC%s%d", sign, h)
	}
	return fmt.Sprintf("UTC%s%d:%02d", sign, h, m)
}

func firstStart(s *Schedule) time.Time {
	for i := range s.Sessions {
		if s.Sessions[i].Timed() {
			return s.Sessions[i].Start
		}
	}
	return time.Time{}
}
