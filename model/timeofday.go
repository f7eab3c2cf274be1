package model

import (
	"strings"
	"time"
)

// timeOfDay is a wall-clock time as a person types it, before a day and
// a zone make it an instant.
type timeOfDay struct {
	hour, minute int
	// meridiem is 'a' or 'p' when the text said am or pm, else 0: "2-3pm"
	// lends the end's pm to the start.
	meridiem byte
}

// parseTimeOfDay reads "14:05", "14.05", "14h05", "14h", "14", "1405",
// "2pm", "2:05 pm", "2 p.m.", "noon" and "midnight".
func parseTimeOfDay(s string) (timeOfDay, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "noon", "midday":
		return timeOfDay{hour: 12}, true
	case "midnight":
		return timeOfDay{}, true
	}
	var t timeOfDay
	for _, suffix := range []struct {
		text string
		m    byte
	}{{"a.m.", 'a'}, {"p.m.", 'p'}, {"am", 'a'}, {"pm", 'p'}, {"a", 'a'}, {"p", 'p'}} {
		if rest, ok := strings.CutSuffix(s, suffix.text); ok {
			s, t.meridiem = strings.TrimSpace(rest), suffix.m
			break
		}
	}
	s = strings.TrimSuffix(s, "h")
	digits := func(s string) (int, bool) {
		if s == "" || len(s) > 2 {
			return 0, false
		}
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	hour, minute := s, ""
	if i := strings.IndexAny(s, ":.h"); i >= 0 {
		hour, minute = s[:i], s[i+1:]
		if len(minute) != 2 {
			return t, false
		}
	} else if len(s) == 3 || len(s) == 4 {
		hour, minute = s[:len(s)-2], s[len(s)-2:]
	}
	var ok bool
	if t.hour, ok = digits(hour); !ok {
		return t, false
	}
	if minute != "" {
		if t.minute, ok = digits(minute); !ok || t.minute > 59 {
			return t, false
		}
	}
	switch {
	case t.meridiem == 0:
		return t, t.hour <= 23
	case t.hour < 1 || t.hour > 12:
		return t, false
	}
	t.hour %= 12
	if t.meridiem == 'p' {
		t.hour += 12
	}
	return t, true
}

// clockOn is the instant a wall-clock time reads on conference day date,
// in zone loc: of the calendar dates around the day, the one whose time
// falls within the day's programme, else the one nearest it. So "00:30"
// on a day whose talks run past midnight is the night after, and "08:00"
// before a day that opens at 09:00 is that morning. A day without bounds
// takes the time on its own date.
func (tl *Timeline) clockOn(date string, t timeOfDay, loc *time.Location) (time.Time, bool) {
	d, err := time.ParseInLocation(time.DateOnly, date, loc)
	if err != nil {
		return time.Time{}, false
	}
	at := func(days int) time.Time {
		return time.Date(d.Year(), d.Month(), d.Day()+days, t.hour, t.minute, 0, 0, loc)
	}
	bounds, ok := tl.DayBounds(date)
	if !ok {
		return at(0), true
	}
	best, bestOff := at(0), distance(at(0), bounds)
	for _, days := range []int{-1, 1} {
		if c := at(days); distance(c, bounds) < bestOff {
			best, bestOff = c, distance(c, bounds)
		}
	}
	return best, true
}

// distance is how far t lies outside w; zero inside it.
func distance(t time.Time, w Window) time.Duration {
	switch {
	case t.Before(w.From):
		return w.From.Sub(t)
	case t.After(w.To):
		return t.Sub(w.To)
	}
	return 0
}
