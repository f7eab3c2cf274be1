package model

import (
	"testing"
	"time"
)

func TestRefreshDelay(t *testing.T) {
	brussels, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	talk := func(id string, start time.Time, length time.Duration) Session {
		return Session{ID: id, Title: id, Start: start, End: start.Add(length), Day: start.Format(time.DateOnly), Room: "Janson"}
	}
	local := func(day, hour, minute int) time.Time {
		return time.Date(2026, 1, day, hour, minute, 0, 0, brussels)
	}
	// Two days, the last talk of the second running past midnight.
	s := &Schedule{Conference: "FOSDEM", Location: brussels, Days: []Day{{Date: "2026-01-31"}, {Date: "2026-02-01"}},
		Sessions: []Session{
			talk("a", local(31, 9, 30), time.Hour),
			talk("b", time.Date(2026, 2, 1, 23, 30, 0, 0, brussels), 2*time.Hour),
		}}
	s.Sessions[1].Day = "2026-02-01"
	tl := NewTimeline(s)
	tests := []struct {
		name string
		now  time.Time
		want time.Duration
	}{
		{"a month before: at the start of the week before", local(1, 0, 0), 23 * 24 * time.Hour},
		{"the week before starts", local(24, 0, 0), time.Hour},
		{"the week before", local(28, 15, 20), time.Hour},
		{"the last hour before: not past the first day's start", local(30, 23, 40), 20 * time.Minute},
		{"the first day, before its first talk", local(31, 0, 0), 10 * time.Minute},
		{"the first day, in its zone: UTC still says the 30th", time.Date(2026, 1, 30, 23, 30, 0, 0, time.UTC), 10 * time.Minute},
		{"between the days", local(31, 23, 0), 10 * time.Minute},
		{"past midnight, the last talk still on", time.Date(2026, 2, 2, 1, 0, 0, 0, brussels), 10 * time.Minute},
		{"after the last talk", time.Date(2026, 2, 2, 1, 30, 0, 0, brussels), 0},
		{"a week after", time.Date(2026, 2, 9, 12, 0, 0, 0, brussels), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RefreshDelay(tl, tt.now); got != tt.want {
				t.Errorf("RefreshDelay(%s) = %v, want %v", tt.now, got, tt.want)
			}
		})
	}
	t.Run("a page without days", func(t *testing.T) {
		page := &Schedule{Sessions: []Session{{ID: "x", Title: "x"}}}
		if got := RefreshDelay(NewTimeline(page), local(31, 10, 0)); got != 0 {
			t.Errorf("RefreshDelay = %v, want 0 (never)", got)
		}
	})
}
