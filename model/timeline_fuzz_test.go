package model

import (
	"testing"
	"time"
)

// FuzzParseWindow: whatever is typed, a window is refused with an error or
// runs forward, never longer than a day; nothing panics.
func FuzzParseWindow(f *testing.F) {
	for _, seed := range []string{"14:00-15:00", "14-15", "2pm-3pm", "2-3pm", "11-1pm", "23:30-00:30", "14", "noon to 2", "1430–1600", "—", "12am-12pm", "9.5-"} {
		f.Add(seed)
	}
	s := timedSchedule(f)
	tl := NewTimeline(s)
	event := EventTime(s)
	local, err := LocalTime(s, tlZone(f, "Pacific/Auckland"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, fr := range []TimeFrame{event, local} {
			for _, date := range tl.Days() {
				w, err := tl.ParseWindow(text, date, fr)
				if err != nil {
					continue
				}
				if !w.To.After(w.From) || w.Length() > 24*time.Hour {
					t.Fatalf("%q on %s: window %v–%v", text, date, w.From, w.To)
				}
			}
		}
	})
}

// FuzzParseNow: whatever --now is given, it is an error or an instant in
// the conference's zone (RFC 3339 input keeps its instant); nothing
// panics.
func FuzzParseNow(f *testing.F) {
	for _, seed := range []string{"2026-01-31T09:35:00+01:00", "2026-01-31 09:35", "sat 09:35", "14:05", "Saturday 2pm", "fri, 00:30", "2026-03-29 02:30", "s"} {
		f.Add(seed)
	}
	s := timedSchedule(f)
	f.Fuzz(func(t *testing.T, text string) {
		at, err := ParseNow(text, s)
		if err != nil {
			return
		}
		if at.Location() != s.Location {
			t.Fatalf("%q: %v is not in the conference's zone", text, at)
		}
		if want, err := time.Parse(time.RFC3339Nano, text); err == nil && !at.Equal(want) {
			t.Fatalf("%q: %v, want the same instant", text, at)
		}
	})
}
