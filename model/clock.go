package model

import (
	"fmt"
	"strings"
	"time"
)

// Clock tells the time. The browser and the commands are handed one, so
// that tests and --now can pin it; nothing in the domain reads the system
// clock itself.
type Clock func() time.Time

// FixedClock is a clock stopped at t, for tests.
func FixedClock(t time.Time) Clock { return func() time.Time { return t } }

// RunningClock is a clock set to start that runs on from there as real
// runs: start plus the time real has moved on since RunningClock was
// called. It is what --now sets, so that a past conference can be replayed
// live. The offset is taken from real's readings, so a clock that carries
// a monotonic reading (time.Now) is not thrown by a change of the wall
// clock.
func RunningClock(start time.Time, real Clock) Clock {
	origin := real()
	return func() time.Time { return start.Add(real().Sub(origin)) }
}

// AtConference gives the instant t as the schedule's times read it. Zoned
// times are t in the schedule's zone. Floating times (Schedule.
// FloatingTimes) carry no zone, so t's wall clock is taken as the
// conference's: whoever looks at a floating schedule is taken to be where
// the conference is.
func AtConference(s *Schedule, t time.Time) time.Time {
	loc := scheduleLocation(s)
	if s.FloatingTimes {
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
	}
	return t.In(loc)
}

// nowLayouts are the dated forms --now takes in the conference's zone.
var nowLayouts = []string{
	"2006-01-02 15:04", "2006-01-02T15:04",
	"2006-01-02 15:04:05", "2006-01-02T15:04:05",
}

// ParseNow reads the time given to --now:
//   - RFC 3339 with an offset ("2026-01-31T14:05:00+01:00" or "…Z"): that
//     instant (for floating times, its wall clock; see AtConference);
//   - a date and time ("2026-01-31 14:05", "2026-01-31T14:05", seconds
//     optional): that wall-clock time in the conference's zone;
//   - a weekday and time ("sat 14:05", "Saturday 2pm"): that time on the
//     conference day of that weekday;
//   - a time alone ("14:05", "2pm"): that time on the conference's first
//     day.
//
// A time on a conference day is read as the day's programme reads it, so
// "sat 00:30" after a Saturday that runs past midnight is the night after
// (Timeline.clockOn). A wall-clock time the zone skips (the hour the
// clocks go forward) is an error rather than a silent shift.
func ParseNow(text string, s *Schedule) (time.Time, error) {
	text = strings.TrimSpace(text)
	if t, err := time.Parse(time.RFC3339Nano, text); err == nil {
		return AtConference(s, t), nil
	}
	tl := NewTimeline(s)
	for _, layout := range nowLayouts {
		if t, err := time.ParseInLocation(layout, text, tl.loc); err == nil {
			if err := checkWallClock(text, layout, t); err != nil {
				return time.Time{}, err
			}
			return t, nil
		}
	}
	days := tl.Days()
	dayText, clockText, hasDay := strings.Cut(text, " ")
	date := ""
	if hasDay && isLetter(dayText[0]) {
		if _, ok := parseTimeOfDay(text); !ok {
			var err error
			if date, err = tl.dayByWeekday(dayText); err != nil {
				return time.Time{}, err
			}
		}
	}
	if date == "" {
		clockText = text
	}
	tod, ok := parseTimeOfDay(clockText)
	if !ok {
		return time.Time{}, fmt.Errorf("%q is not a time: try 14:05, sat 14:05, 2026-01-31 14:05 or 2026-01-31T14:05:00+01:00", text)
	}
	if date == "" {
		if len(days) == 0 {
			return time.Time{}, fmt.Errorf("%q has no date and the schedule has no days: give one, as in 2026-01-31 14:05", text)
		}
		date = days[0]
	}
	t, _ := tl.clockOn(date, tod, tl.loc)
	if t.Hour() != tod.hour || t.Minute() != tod.minute {
		return time.Time{}, skippedTime(text, tl.loc)
	}
	return t, nil
}

// checkWallClock refuses a time the zone skips: time.Date would move it
// silently by the size of the jump.
func checkWallClock(text, layout string, t time.Time) error {
	if t.Format(layout) != text {
		return skippedTime(text, t.Location())
	}
	return nil
}

func skippedTime(text string, loc *time.Location) error {
	return fmt.Errorf("%q does not exist in %s: the clocks skip it", text, zoneName(loc, time.Time{}))
}

// dayByWeekday finds the conference day of a weekday written as "sat",
// "Saturday" or "Sa".
func (tl *Timeline) dayByWeekday(word string) (string, error) {
	w := strings.ToLower(strings.TrimSuffix(word, ","))
	var found []string
	for _, date := range tl.days {
		d, err := time.Parse(time.DateOnly, date)
		if err != nil {
			continue
		}
		name := strings.ToLower(d.Weekday().String())
		if len(w) >= 2 && strings.HasPrefix(name, w) {
			found = append(found, date)
		}
	}
	switch len(found) {
	case 0:
		if len(tl.days) == 0 {
			return "", fmt.Errorf("%q: the schedule has no days", word)
		}
		return "", fmt.Errorf("%q is not a day of the conference (%s)", word, dayList(tl.days))
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("%q is more than one day of the conference (%s): give the date", word, dayList(found))
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func dayList(dates []string) string {
	labels := make([]string, len(dates))
	for i, d := range dates {
		labels[i] = DayLabel(d)
	}
	return strings.Join(labels, ", ")
}
