package model

import (
	"strconv"
	"strings"
	"time"
)

// DayLabel names a conference day for a tab: "Sat 31" for "2026-01-31".
// A date that does not parse is returned as it is.
func DayLabel(date string) string {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return d.Format("Mon 2")
}

// DayTitle names a conference day for a heading: "Saturday 31 January
// 2026". A date that does not parse is returned as it is.
func DayTitle(date string) string {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return d.Format("Monday 2 January 2006")
}

// FormatDuration gives a duration to the nearest minute, as
// FormatMinutes writes it. A positive duration under half a minute is
// "1 min", so something is never said to take no time; zero and negative
// durations are "0 min".
func FormatDuration(d time.Duration) string {
	if d <= 0 {
		return FormatMinutes(0)
	}
	return FormatMinutes(max(int((d+30*time.Second)/time.Minute), 1))
}

// FormatMinutes is the one way a length of time reads, wherever it is
// shown: "45 min", "1 h", "1 h 45 min" ("1 h 45 min left", "in 9 h
// 30 min"), never "105 min". Negative counts are "0 min".
func FormatMinutes(m int) string {
	m = max(m, 0)
	var b strings.Builder
	if h := m / 60; h > 0 {
		b.WriteString(strconv.Itoa(h) + " h")
		if m%60 == 0 {
			return b.String()
		}
		b.WriteString(" ")
	}
	b.WriteString(strconv.Itoa(m%60) + " min")
	return b.String()
}

// SessionLength is how long a session lasts; false when its start or end
// is unknown or its end comes before its start.
func SessionLength(sess *Session) (time.Duration, bool) {
	if !sess.Timed() || sess.End.IsZero() || sess.End.Before(sess.Start) {
		return 0, false
	}
	return sess.End.Sub(sess.Start), true
}

// minutesUntil counts whole minutes from at to t, rounding up: a talk that
// ends in 20 seconds has "1 min" left, not none.
func minutesUntil(at, t time.Time) int {
	d := t.Sub(at)
	if d <= 0 {
		return 0
	}
	return int((d + time.Minute - 1) / time.Minute)
}
