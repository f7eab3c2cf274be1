package model

import (
	"strings"
	"testing"
	"time"
)

// TestParseNow: every form --now takes, read in the conference's zone and
// on its days.
func TestParseNow(t *testing.T) {
	s := timedSchedule(t)
	loc := s.Location
	at := func(day, h, m, sec int) time.Time { return time.Date(2026, 1, day, h, m, sec, 0, loc) }
	tests := []struct {
		text string
		want time.Time
	}{
		{"2026-01-31T09:35:00+01:00", at(31, 9, 35, 0)},
		{"2026-01-31T08:35:00Z", at(31, 9, 35, 0)},
		{"2026-01-31T03:35:00-05:00", at(31, 9, 35, 0)},
		{"2026-01-31 09:35", at(31, 9, 35, 0)},
		{"2026-01-31T09:35", at(31, 9, 35, 0)},
		{"2026-01-31 09:35:10", at(31, 9, 35, 10)},
		{" 2026-01-31T09:35:10 ", at(31, 9, 35, 10)},
		{"2025-06-01 12:00", time.Date(2025, 6, 1, 12, 0, 0, 0, loc)},
		{"10:50", at(30, 10, 50, 0)},
		{"2pm", at(30, 14, 0, 0)},
		{"sat 09:35", at(31, 9, 35, 0)},
		{"Saturday 9:35am", at(31, 9, 35, 0)},
		{"Fri, 2 pm", at(30, 14, 0, 0)},
		{"fri 00:30", at(31, 0, 30, 0)},
	}
	for _, tt := range tests {
		got, err := ParseNow(tt.text, s)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("%q: %v %v, want %v", tt.text, got, err, tt.want)
			continue
		}
		if got.Location() != loc {
			t.Errorf("%q: in %v, want the conference's zone", tt.text, got.Location())
		}
	}
}

// TestParseNowErrors: a time that cannot be read, or read honestly, is a
// clear error.
func TestParseNowErrors(t *testing.T) {
	s := timedSchedule(t)
	untimed := &Schedule{Sessions: []Session{{ID: "a"}}}
	long := timedSchedule(t)
	long.Sessions = append(long.Sessions, Session{ID: "next-sat", Day: "2026-02-07",
		Start: time.Date(2026, 2, 7, 10, 0, 0, 0, long.Location), End: time.Date(2026, 2, 7, 11, 0, 0, 0, long.Location)})
	tests := []struct {
		text string
		s    *Schedule
		want string
	}{
		{"xyz", s, `"xyz" is not a time: try 14:05, sat 14:05, 2026-01-31 14:05 or 2026-01-31T14:05:00+01:00`},
		{"", s, "is not a time"},
		{"25:00", s, "is not a time"},
		{"2026-01-31 25:00", s, "is not a time"},
		{"2026-13-01 10:00", s, "is not a time"},
		{"sun 10:00", s, `"sun" is not a day of the conference (Fri 30, Sat 31)`},
		{"s 10:00", s, `is not a day of the conference`},
		{"sat 10:00", long, `"sat" is more than one day of the conference (Sat 31, Sat 7): give the date`},
		{"2026-03-29 02:30", s, `"2026-03-29 02:30" does not exist in Europe/Brussels: the clocks skip it`},
		{"14:05", untimed, "has no date and the schedule has no days"},
		{"sat 14:05", untimed, "the schedule has no days"},
	}
	for _, tt := range tests {
		_, err := ParseNow(tt.text, tt.s)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.text, err, tt.want)
		}
	}
}

// TestParseNowUntimed: a dated time still reads for a schedule without
// times, in UTC, so --now never blocks the seed.
func TestParseNowUntimed(t *testing.T) {
	got, err := ParseNow("2026-01-31 09:35", &Schedule{})
	if err != nil || !got.Equal(time.Date(2026, 1, 31, 9, 35, 0, 0, time.UTC)) {
		t.Errorf("%v %v", got, err)
	}
}

// TestParseNowFloating: an instant with an offset keeps its wall clock
// for a floating schedule, whose times name no zone.
func TestParseNowFloating(t *testing.T) {
	s := timedSchedule(t)
	s.FloatingTimes = true
	got, err := ParseNow("2026-01-31T09:35:00-05:00", s)
	if err != nil || got.Hour() != 9 || got.Minute() != 35 || got.Location() != s.Location {
		t.Errorf("%v %v, want 09:35 as published", got, err)
	}
}

// TestFixedClock: a pinned clock tells the same time every time.
func TestFixedClock(t *testing.T) {
	at := time.Date(2026, 1, 31, 9, 35, 0, 0, time.UTC)
	c := FixedClock(at)
	if !c().Equal(at) || !c().Equal(at) {
		t.Error("fixed clock moved")
	}
}

// TestRunningClock: --now's clock starts at its time and runs on as the
// real clock does, read against the real clock's reading at the start.
func TestRunningClock(t *testing.T) {
	start := time.Date(2031, 3, 15, 10, 49, 57, 0, time.UTC)
	real0 := time.Date(2026, 12, 7, 3, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		elapsed []time.Duration // successive readings of the real clock after the start
		want    []time.Time
	}{
		{"at once", []time.Duration{0}, []time.Time{start}},
		{"runs on", []time.Duration{time.Second, 3 * time.Second, time.Hour},
			[]time.Time{start.Add(time.Second), start.Add(3 * time.Second), start.Add(time.Hour)}},
		{"reads again", []time.Duration{2 * time.Second, 2 * time.Second},
			[]time.Time{start.Add(2 * time.Second), start.Add(2 * time.Second)}},
	}
	for _, tt := range tests {
		now := real0
		clock := RunningClock(start, func() time.Time { return now })
		for i, d := range tt.elapsed {
			now = real0.Add(d)
			if got := clock(); !got.Equal(tt.want[i]) {
				t.Errorf("%s: reading %d: %v, want %v", tt.name, i, got, tt.want[i])
			}
		}
	}
	// The zone of the start is kept: times shown read in the conference's.
	lisbon := time.FixedZone("WET", 0)
	if got := RunningClock(start.In(lisbon), time.Now)(); got.Location() != lisbon {
		t.Errorf("the clock's zone is %v, want the start's", got.Location())
	}
}
