package model

import (
	"errors"
	"testing"
	"time"
)

// TestTimeFrames: event time and local time label themselves, and put a
// talk's day, time and room in the row the way the frame reads them.
func TestTimeFrames(t *testing.T) {
	s := timedSchedule(t)
	night := &s.Sessions[tlIndex(t, s, "f-night")]
	noEnd := &s.Sessions[tlIndex(t, s, "s-noend")]
	untimed := &s.Sessions[tlIndex(t, s, "u-poster")]
	event := EventTime(s)
	ny, err := LocalTime(s, tlZone(t, "America/New_York"))
	if err != nil {
		t.Fatal(err)
	}
	same, err := LocalTime(s, tlZone(t, "Europe/Paris"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name                   string
		f                      TimeFrame
		label, row, span, none string
		local, sameAsEvent     bool
	}{
		{"event", event, "Event time (Europe/Brussels)", "Sat 00:30 · Aula", "00:30–01:00", "09:30", false, false},
		{"local elsewhere", ny, "Local time (America/New_York)", "Fri 18:30 · Aula", "18:30–19:00", "03:30", true, false},
		{"local in the same offsets", same, "Local time (Europe/Paris, as the event)", "Sat 00:30 · Aula", "00:30–01:00", "09:30", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.Label(); got != tt.label {
				t.Errorf("label %q, want %q", got, tt.label)
			}
			if got := tt.f.RowLabel(night); got != tt.row {
				t.Errorf("row %q, want %q", got, tt.row)
			}
			if got := tt.f.Span(night); got != tt.span {
				t.Errorf("span %q, want %q", got, tt.span)
			}
			if got := tt.f.Span(noEnd); got != tt.none {
				t.Errorf("span without an end %q, want %q", got, tt.none)
			}
			if got := tt.f.RowLabel(untimed); got != "" {
				t.Errorf("untimed row %q", got)
			}
			if tt.f.Local() != tt.local || tt.f.SameAsEvent() != tt.sameAsEvent {
				t.Errorf("local %v same %v", tt.f.Local(), tt.f.SameAsEvent())
			}
		})
	}
	if got := event.Day(night.Start); got != "Sat 31" {
		t.Errorf("event day %q", got)
	}
	if got := ny.Day(night.Start); got != "Fri 30" {
		t.Errorf("local day %q", got)
	}
	if got := ny.WindowLabel(Window{night.Start, night.End}); got != "18:30–19:00" {
		t.Errorf("local window %q", got)
	}
	roomOnly := Session{Room: "Janson"}
	if got := event.RowLabel(&roomOnly); got != "Janson" {
		t.Errorf("room only: %q", got)
	}
	noRoom := Session{Start: night.Start}
	if got := event.RowLabel(&noRoom); got != "Sat 00:30" {
		t.Errorf("no room: %q", got)
	}
}

// TestTimeFrameFloating: floating times are shown as published, say so,
// and refuse local time rather than pretend to convert.
func TestTimeFrameFloating(t *testing.T) {
	s := timedSchedule(t)
	s.FloatingTimes = true
	if _, err := LocalTime(s, tlZone(t, "America/New_York")); !errors.Is(err, ErrFloatingTimes) {
		t.Fatalf("local time of floating times: %v", err)
	}
	f := EventTime(s)
	if got := f.Label(); got != "Times as published (no time zone)" {
		t.Errorf("label %q", got)
	}
	if f.Local() {
		t.Error("floating times shown as local time")
	}
	start := s.Sessions[0].Start
	other := time.Date(2026, 1, 30, 10, 0, 0, 0, tlZone(t, "Asia/Tokyo"))
	if got := f.Clock(other); got != "10:00" {
		t.Errorf("a floating clock converted a time: %q", got)
	}
	if got := f.Clock(start); got != "10:00" {
		t.Errorf("clock %q", got)
	}
}

// TestZoneNames: zones without an IANA name are named by abbreviation
// and offset.
func TestZoneNames(t *testing.T) {
	ref := time.Date(2026, 1, 31, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		loc  *time.Location
		want string
	}{
		{tlZone(t, "Europe/Brussels"), "Europe/Brussels"},
		{time.UTC, "UTC"},
		{time.FixedZone("", 5*3600+1800), "UTC+5:30"},
		{time.FixedZone("", -5*3600), "UTC-5"},
		{time.FixedZone("+01", 3600), "+01"},
		{time.FixedZone("Local", 3600), "UTC+1"},
	}
	for _, tt := range tests {
		if got := zoneName(tt.loc, ref); got != tt.want {
			t.Errorf("%v: %q, want %q", tt.loc, got, tt.want)
		}
	}
	s := &Schedule{Location: time.FixedZone("", 3600), Sessions: []Session{{Start: time.Date(2026, 1, 31, 9, 0, 0, 0, time.FixedZone("", 3600))}}}
	if got := EventTime(s).Label(); got != "Event time (UTC+1)" {
		t.Errorf("label %q", got)
	}
}

// TestTimeFormats: day labels, day titles and durations as the screens
// show them.
func TestTimeFormats(t *testing.T) {
	for date, want := range map[string][2]string{
		"2026-01-31": {"Sat 31", "Saturday 31 January 2026"},
		"2026-02-01": {"Sun 1", "Sunday 1 February 2026"},
		"not a date": {"not a date", "not a date"},
	} {
		if got := DayLabel(date); got != want[0] {
			t.Errorf("DayLabel(%q) = %q, want %q", date, got, want[0])
		}
		if got := DayTitle(date); got != want[1] {
			t.Errorf("DayTitle(%q) = %q, want %q", date, got, want[1])
		}
	}
	for d, want := range map[time.Duration]string{
		45 * time.Minute:                "45 min",
		time.Hour:                       "1 h",
		90 * time.Minute:                "1 h 30 min",
		2*time.Hour + 5*time.Minute:     "2 h 5 min",
		25 * time.Hour:                  "25 h",
		29*time.Minute + 31*time.Second: "30 min",
		29*time.Minute + 29*time.Second: "29 min",
		10 * time.Second:                "1 min",
		0:                               "0 min",
		-time.Minute:                    "0 min",
	} {
		if got := FormatDuration(d); got != want {
			t.Errorf("FormatDuration(%v) = %q, want %q", d, got, want)
		}
	}
	s := timedSchedule(t)
	if d, ok := SessionLength(&s.Sessions[tlIndex(t, s, "f-rust")]); !ok || d != 45*time.Minute {
		t.Errorf("length %v %v", d, ok)
	}
	if _, ok := SessionLength(&s.Sessions[tlIndex(t, s, "s-noend")]); ok {
		t.Error("a talk without an end has a length")
	}
}
