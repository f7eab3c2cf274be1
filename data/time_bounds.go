package data

import (
	"fmt"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// The years a schedule's times may fall in. Outside them a time is a slip
// (year 1 for "no date", 9999 for "never"), not a talk's: in them every
// time can be written as RFC 3339 in any zone.
const (
	firstYear = 1900
	lastYear  = 2200
)

func inYears(t time.Time) bool {
	return t.IsZero() || t.Year() >= firstYear && t.Year() <= lastYear
}

// dateInYears reports whether a "2006-01-02" date is in the years; a date
// that does not read as one is left to the reader.
func dateInYears(date string) bool {
	d, ok := parseDate(date)
	return !ok || d.Year() >= firstYear && d.Year() <= lastYear
}

// stated keeps a time a source states from passing for no time: Go's zero
// time is what an unknown time is, and a source's 0001-01-01T00:00:00Z
// (.NET's DateTime.MinValue) is moved a nanosecond, so that boundTimes
// counts it as the date out of range it is.
func stated(t time.Time) time.Time {
	if t.IsZero() {
		return t.Add(time.Nanosecond)
	}
	return t
}

// settleTimes ends a reader's work on times: talks dated outside the years
// lose those times, the zone is recorded (setZone), and the notice says
// so, with how many talks lost a time or an end.
func settleTimes(s *model.Schedule, z *zone) string {
	outside := boundTimes(s)
	return joinNotices(setZone(s, *z), timeNotice(z.badDurations, outside))
}

// boundTimes keeps a talk whose start is outside the years without a
// time, and one whose end alone is outside without an end; days outside
// them are no days. It returns how many talks it changed.
func boundTimes(s *model.Schedule) int {
	n := 0
	for i := range s.Sessions {
		sess := &s.Sessions[i]
		if !dateInYears(sess.Day) {
			sess.Day = ""
		}
		switch {
		case !inYears(sess.Start):
			sess.Start, sess.End = time.Time{}, time.Time{}
			n++
		case !inYears(sess.End):
			sess.End = time.Time{}
			n++
		}
	}
	days := s.Days[:0]
	for _, d := range s.Days {
		if !dateInYears(d.Date) {
			continue
		}
		if !inYears(d.Start) || !inYears(d.End) {
			d.Start, d.End = time.Time{}, time.Time{}
		}
		days = append(days, d)
	}
	s.Days = days
	return n
}

// timeNotice says how many talks have a duration that cannot be read and
// how many are dated outside the years; "" when none.
func timeNotice(badDurations, outside int) string {
	var notice string
	switch {
	case badDurations == 1:
		notice = "1 talk has a duration that cannot be read: its end is unknown"
	case badDurations > 1:
		notice = fmt.Sprintf("%d talks have a duration that cannot be read: their ends are unknown", badDurations)
	}
	switch {
	case outside == 1:
		notice = joinNotices(notice, fmt.Sprintf("1 talk is dated before %d or after %d: shown without that time", firstYear, lastYear))
	case outside > 1:
		notice = joinNotices(notice, fmt.Sprintf("%d talks are dated before %d or after %d: shown without those times", outside, firstYear, lastYear))
	}
	return notice
}
