package model

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestOn: what is on in a window is every talk running at some time in
// it, including one that started before; an empty window is an instant.
func TestOn(t *testing.T) {
	s := timedSchedule(t)
	tl := NewTimeline(s)
	loc := s.Location
	at := func(day, h, m int) time.Time { return time.Date(2026, 1, day, h, m, 0, 0, loc) }
	tests := []struct {
		name string
		w    Window
		want []string
	}{
		{"a talk ending at the start and one starting at the end are not on", Window{at(30, 10, 30), at(30, 10, 45)}, []string{"f-rust"}},
		{"a talk running into the window is on", Window{at(30, 10, 15), at(30, 10, 50)}, []string{"f-open", "f-rust", "f-go"}},
		{"past midnight", Window{at(30, 23, 0), at(31, 2, 0)}, []string{"f-late", "f-night"}},
		{"an assumed end", Window{at(31, 9, 40), at(31, 9, 44)}, []string{"s-key", "s-noend"}},
		{"an instant", Window{at(30, 10, 30), at(30, 10, 30)}, []string{"f-rust"}},
		{"nothing", Window{at(30, 15, 0), at(30, 16, 0)}, []string{}},
	}
	for _, tt := range tests {
		if got := tlIDs(s, tl.On(tt.w)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestParseWindow: the forms a person types for a window on a day, read
// as that day's programme reads them.
func TestParseWindow(t *testing.T) {
	s := timedSchedule(t)
	tl := NewTimeline(s)
	loc := s.Location
	at := func(day, h, m int) time.Time { return time.Date(2026, 1, day, h, m, 0, 0, loc) }
	const fri, sat = "2026-01-30", "2026-01-31"
	tests := []struct {
		text     string
		date     string
		from, to time.Time
	}{
		{"14:00-15:00", fri, at(30, 14, 0), at(30, 15, 0)},
		{"14:00–15:00", fri, at(30, 14, 0), at(30, 15, 0)},
		{" 14:00 — 15:30 ", fri, at(30, 14, 0), at(30, 15, 30)},
		{"14-15", fri, at(30, 14, 0), at(30, 15, 0)},
		{"14h30-15h", fri, at(30, 14, 30), at(30, 15, 0)},
		{"14.30-16.00", fri, at(30, 14, 30), at(30, 16, 0)},
		{"1430-1600", fri, at(30, 14, 30), at(30, 16, 0)},
		{"2pm-3pm", fri, at(30, 14, 0), at(30, 15, 0)},
		{"2 PM - 3:30 PM", fri, at(30, 14, 0), at(30, 15, 30)},
		{"2-3pm", fri, at(30, 14, 0), at(30, 15, 0)},
		{"11-1pm", fri, at(30, 11, 0), at(30, 13, 0)},
		{"2pm-3", fri, at(30, 14, 0), at(30, 15, 0)},
		{"11am-1", fri, at(30, 11, 0), at(30, 13, 0)},
		{"noon-2pm", fri, at(30, 12, 0), at(30, 14, 0)},
		{"14:00 to 15:30", fri, at(30, 14, 0), at(30, 15, 30)},
		{"14:00 until 15:30", fri, at(30, 14, 0), at(30, 15, 30)},
		{"14:00", fri, at(30, 14, 0), at(30, 15, 0)},
		{"2pm", sat, at(31, 14, 0), at(31, 15, 0)},
		{"23:30-00:30", fri, at(30, 23, 30), at(31, 0, 30)},
		{"00:30-01:00", fri, at(31, 0, 30), at(31, 1, 0)},
		{"08:00-09:00", fri, at(30, 8, 0), at(30, 9, 0)},
		{"22-02", sat, at(31, 22, 0), at(32, 2, 0)},
	}
	event := EventTime(s)
	for _, tt := range tests {
		w, err := tl.ParseWindow(tt.text, tt.date, event)
		if err != nil || !w.From.Equal(tt.from) || !w.To.Equal(tt.to) {
			t.Errorf("%q on %s: %v–%v %v, want %v–%v", tt.text, tt.date, w.From, w.To, err, tt.from, tt.to)
		}
	}
}

// TestParseWindowLocal: typed in local time, a window is read in the
// viewer's zone, on the local date that falls within the conference day.
func TestParseWindowLocal(t *testing.T) {
	s := timedSchedule(t)
	tl := NewTimeline(s)
	local, err := LocalTime(s, tlZone(t, "America/New_York"))
	if err != nil {
		t.Fatal(err)
	}
	// Saturday runs 03:00–09:00 in New York.
	w, err := tl.ParseWindow("8-9am", "2026-01-31", local)
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2026, 1, 31, 14, 0, 0, 0, s.Location)
	if !w.From.Equal(want) || w.Length() != time.Hour {
		t.Errorf("window %v–%v, want 14:00–15:00 Brussels", w.From.In(s.Location), w.To.In(s.Location))
	}
	if got := tlIDs(s, tl.On(w)); !slices.Equal(got, []string{"s-last"}) {
		t.Errorf("on %q", got)
	}
}

// TestParseWindowErrors: what is not a window says so and how to type
// one.
func TestParseWindowErrors(t *testing.T) {
	s := timedSchedule(t)
	tl := NewTimeline(s)
	event := EventTime(s)
	tests := []struct {
		text, date, want string
	}{
		{"abc", "2026-01-30", `"abc" is not a time window: try 14:00-15:00, 14-15 or 2pm-3pm`},
		{"", "2026-01-30", "is not a time window"},
		{"25-26", "2026-01-30", "is not a time window"},
		{"14:60-15", "2026-01-30", "is not a time window"},
		{"13pm-14pm", "2026-01-30", "is not a time window"},
		{"14-15-16", "2026-01-30", "is not a time window"},
		{"14:5-15", "2026-01-30", "is not a time window"},
		{"15-14", "2026-01-30", `"15-14" ends before it starts`},
		{"14-14", "2026-01-30", "ends before it starts"},
		{"14-15", "2026-02-01", `"2026-02-01" is not a day of the conference`},
	}
	for _, tt := range tests {
		_, err := tl.ParseWindow(tt.text, tt.date, event)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.text, err, tt.want)
		}
	}
}

// TestParseTimeOfDay: the clock forms accepted, and the near misses
// refused.
func TestParseTimeOfDay(t *testing.T) {
	good := map[string][2]int{
		"14:05": {14, 5}, "9:05": {9, 5}, "09:05": {9, 5}, "14": {14, 0}, "0": {0, 0}, "23:59": {23, 59},
		"14h05": {14, 5}, "14h": {14, 0}, "14.05": {14, 5}, "1405": {14, 5}, "905": {9, 5},
		"2pm": {14, 0}, "2 pm": {14, 0}, "2:30PM": {14, 30}, "2 p.m.": {14, 0}, "2p": {14, 0},
		"12am": {0, 0}, "12pm": {12, 0}, "12:30am": {0, 30}, "11am": {11, 0},
		"noon": {12, 0}, "Midnight": {0, 0},
	}
	for text, want := range good {
		got, ok := parseTimeOfDay(text)
		if !ok || got.hour != want[0] || got.minute != want[1] {
			t.Errorf("%q: %d:%02d %v, want %d:%02d", text, got.hour, got.minute, ok, want[0], want[1])
		}
	}
	for _, text := range []string{"", "24", "24:00", "12:60", "1:5", "13pm", "0am", "abc", "14:05:00", "-1", "1:234", "12345", "h"} {
		if got, ok := parseTimeOfDay(text); ok {
			t.Errorf("%q read as %d:%02d", text, got.hour, got.minute)
		}
	}
}
