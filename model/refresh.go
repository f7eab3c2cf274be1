package model

import "time"

// How often a schedule fetched from a URL is asked for again while the
// browser runs: often while the conference is on, when programmes change
// by the hour; now and then in the week before; never once it is over.
const (
	RefreshDuring = 10 * time.Minute
	RefreshBefore = time.Hour
	// refreshWeek is how long before the first day the hourly refresh
	// starts.
	refreshWeek = 7 * 24 * time.Hour
)

// RefreshDelay is how long from now the next refresh of the schedule is
// due, by the conference's days in its zone: RefreshDuring from the start
// of its first day to the end of its last (or of its last talk, past
// midnight); RefreshBefore in the week before, never past the first
// day's start; earlier than that, at the start of that week. Zero means
// never: the conference is over, or the schedule has no days.
func RefreshDelay(tl *Timeline, now time.Time) time.Duration {
	days := tl.Days()
	if len(days) == 0 {
		return 0
	}
	loc := tl.Location()
	first, err := time.ParseInLocation(time.DateOnly, days[0], loc)
	if err != nil {
		return 0
	}
	lastDay, err := time.ParseInLocation(time.DateOnly, days[len(days)-1], loc)
	if err != nil {
		return 0
	}
	end := lastDay.AddDate(0, 0, 1)
	if span, ok := tl.Span(); ok && span.To.After(end) {
		end = span.To
	}
	at := AtConference(tl.Schedule(), now)
	weekBefore := first.Add(-refreshWeek)
	switch {
	case !at.Before(end):
		return 0
	case !at.Before(first):
		return RefreshDuring
	case !at.Before(weekBefore):
		return min(RefreshBefore, first.Sub(at))
	}
	return weekBefore.Sub(at)
}
