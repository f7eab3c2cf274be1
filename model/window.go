package model

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// On lists the sessions on at some time in w: starting before it ends and
// ending after it starts (a session without an end counts until its
// assumed end, Timeline.End), in TimeOrder. So a talk that started before
// the window and is still running counts: its second half can be seen. An
// empty window (From equal to To) lists what is running at that instant.
func (tl *Timeline) On(w Window) []int {
	var out []int
	for _, i := range tl.timed {
		start := tl.s.Sessions[i].Start
		if tl.ends[i].After(w.From) && (start.Before(w.To) || !w.To.After(w.From) && !start.After(w.From)) {
			out = append(out, i)
		}
	}
	return out
}

// windowSplit separates a window's two ends: a hyphen or dash, or "to",
// "till" and "until" between spaces.
var windowSplit = regexp.MustCompile(`\s*(?:[-–—]|\s(?:to|till|until)\s)\s*`)

// maxWrap is the longest window that may run past midnight: "22-02" is a
// late evening, "15-14" a typing mistake.
const maxWrap = 12 * time.Hour

// ParseWindow reads a window typed for conference day date, as wall-clock
// times in frame f's zone: "14:00-15:00", "14:00–15:00", "14-15",
// "2pm-3pm", "2-3pm" (the end's am or pm lends itself to the start), "14:00
// to 15:30", or one time alone for the hour from it. Each time is read as
// the day's programme reads it, so on a day that runs past midnight
// "23:30-00:30" is that night; a window may run past midnight by up to 12
// hours.
func (tl *Timeline) ParseWindow(text, date string, f TimeFrame) (Window, error) {
	bad := func() (Window, error) {
		return Window{}, fmt.Errorf("%q is not a time window: try 14:00-15:00, 14-15 or 2pm-3pm", text)
	}
	if _, ok := tl.byDay[date]; !ok {
		return Window{}, fmt.Errorf("%q is not a day of the conference", date)
	}
	parts := windowSplit.Split(strings.TrimSpace(text), -1)
	var from, to timeOfDay
	var ok bool
	switch len(parts) {
	case 1:
		if from, ok = parseTimeOfDay(parts[0]); !ok {
			return bad()
		}
	case 2:
		if from, ok = parseTimeOfDay(parts[0]); !ok {
			return bad()
		}
		if to, ok = parseTimeOfDay(parts[1]); !ok {
			return bad()
		}
		from, to = shareMeridiem(from, to)
	default:
		return bad()
	}
	loc := f.Location()
	if loc == nil {
		loc = tl.loc
	}
	start, ok := tl.clockOn(date, from, loc)
	if !ok {
		return bad()
	}
	if len(parts) == 1 {
		return Window{start, start.Add(time.Hour)}, nil
	}
	end := time.Date(start.Year(), start.Month(), start.Day(), to.hour, to.minute, 0, 0, loc)
	if !end.After(start) {
		end = time.Date(start.Year(), start.Month(), start.Day()+1, to.hour, to.minute, 0, 0, loc)
		if end.Sub(start) > maxWrap {
			return Window{}, fmt.Errorf("%q ends before it starts", text)
		}
	}
	return Window{start, end}, nil
}

// shareMeridiem lends one end's am or pm to the other end that has none:
// "2-3pm" is 14:00–15:00 and "11-1pm" 11:00–13:00, the reading that keeps
// the window forward.
func shareMeridiem(from, to timeOfDay) (timeOfDay, timeOfDay) {
	minutes := func(t timeOfDay) int { return t.hour*60 + t.minute }
	switch {
	case from.meridiem == 0 && to.meridiem != 0 && from.hour >= 1 && from.hour <= 12:
		if c := withMeridiem(from, to.meridiem); minutes(c) < minutes(to) {
			return c, to
		}
		return withMeridiem(from, flip(to.meridiem)), to
	case to.meridiem == 0 && from.meridiem != 0 && to.hour >= 1 && to.hour <= 12:
		if c := withMeridiem(to, from.meridiem); minutes(c) > minutes(from) {
			return from, c
		}
		return from, withMeridiem(to, flip(from.meridiem))
	}
	return from, to
}

// withMeridiem reads a 1–12 hour as am or pm.
func withMeridiem(t timeOfDay, m byte) timeOfDay {
	t.hour %= 12
	if m == 'p' {
		t.hour += 12
	}
	t.meridiem = m
	return t
}

func flip(m byte) byte {
	if m == 'a' {
		return 'p'
	}
	return 'a'
}
