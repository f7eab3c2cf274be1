package export

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the zones the tests name, whatever the machine has

	"github.com/summit-tui/summit-tui/model"
)

func loadZone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}

// calendarStamp is when the tests' calendars are written.
var calendarStamp = time.Date(2026, 3, 1, 8, 30, 0, 0, time.UTC)

// dstSchedule is a two-day conference in Brussels across the night the
// clocks go forward (29 March 2026, 02:00 CET to 03:00 CEST): an evening
// talk past midnight, a night talk across the jump, a talk without an
// end, one without a time, text that calendar and CSV syntax must escape,
// and a title long enough to fold.
func dstSchedule(tb testing.TB) model.Schedule {
	tb.Helper()
	loc := loadZone(tb, "Europe/Brussels")
	at := func(day, h, m int) time.Time { return time.Date(2026, 3, day, h, m, 0, 0, loc) }
	const sat, sun = "2026-03-28", "2026-03-29"
	return model.Schedule{
		Conference: "Spring Summit 2026",
		Key:        "spring26",
		TimeZone:   "Europe/Brussels",
		Location:   loc,
		Days:       []model.Day{{Date: sat}, {Date: sun}},
		Rooms:      []string{"Janson", "K.1.105"},
		Tracks:     []string{"Main, Track", "Night"},
		Sessions: []model.Session{
			{ID: "sat-open", Key: "sat-open", Title: "Opening: Why, How; & What", Track: "Main, Track",
				Speakers: []model.Speaker{{Name: "Ann Lee", Company: "Acme, Inc."}, {Name: "Bo Chen"}},
				Abstract: "Why we meet.\n\nWe cover:\n\n- one\n- two",
				Day:      sat, Room: "Janson", Start: at(28, 10, 0), End: at(28, 10, 45),
				Links: []model.Link{{Title: "Slides", URL: "https://example.org/talks/sat-open?x=1&y=2"}}},
			{ID: "sat-late", Key: "sat-late", Title: "=Late Night Hacking", Track: "Night",
				Speakers: []model.Speaker{{Name: "@nightowl"}},
				Day:      sat, Room: "K.1.105", Start: at(28, 23, 30), End: at(29, 0, 30)},
			{ID: "sat-jump", Key: "sat-jump", Title: "The Hour That Never Was", Track: "Night",
				Day: sat, Room: "K.1.105", Start: at(29, 1, 30), End: at(29, 3, 30)},
			{ID: "sun-key", Key: "sun-key", Title: "Keynote: Ünïcödé Everywhere — a talk whose title runs well past one calendar line", Track: "Main, Track",
				Speakers: []model.Speaker{{Name: "Zoë Ñúñez", Company: "Ōkami"}},
				Abstract: "Line one\r\nline two,\a rung\u202e and turned.",
				Day:      sun, Room: "Janson", Start: at(29, 10, 0), End: at(29, 11, 0)},
			{ID: "sun-open", Key: "sun-open", Title: "Open Floor", Track: "Main, Track",
				Day: sun, Room: "Janson", Start: at(29, 11, 0),
				Links: []model.Link{{Title: "Chat", URL: "matrix:r/open:example.org"}, {Title: "Page", URL: "https://example.org/open"}}},
			{ID: "sun-photo", Key: "sun-photo", Title: "Group Photo", Track: "Main, Track",
				Day: sun, Room: "Janson", Start: at(29, 12, 0), End: at(29, 12, 0)},
			{ID: "poster", Key: "poster", Title: "Poster Walk", Track: "Main, Track"},
		},
	}
}

// noDSTSchedule is a two-day conference in Kolkata (UTC+5:30, no daylight
// saving), with a talk after midnight that belongs to the first day.
func noDSTSchedule(tb testing.TB) model.Schedule {
	tb.Helper()
	loc := loadZone(tb, "Asia/Kolkata")
	at := func(day, h, m int) time.Time { return time.Date(2026, 7, day, h, m, 0, 0, loc) }
	const fri, sat = "2026-07-10", "2026-07-11"
	return model.Schedule{
		Conference: "Monsoon Conf",
		Key:        "monsoon",
		TimeZone:   "Asia/Kolkata",
		Location:   loc,
		Rooms:      []string{"Hall A", "Hall B"},
		Tracks:     []string{"Web"},
		Sessions: []model.Session{
			{ID: "fri-web", Key: "fri-web", Title: "Web Today", Track: "Web", Day: fri, Room: "Hall A",
				Speakers: []model.Speaker{{Name: "Ravi Kumar", Company: "Chai Labs"}},
				Start:    at(10, 9, 30), End: at(10, 10, 15)},
			{ID: "fri-midnight", Key: "fri-midnight", Title: "Midnight Demos", Track: "Web", Day: fri, Room: "Hall B",
				Start: at(11, 0, 15), End: at(11, 1, 0)},
			{ID: "sat-close", Key: "sat-close", Title: "Closing", Track: "Web", Day: sat, Room: "Hall A",
				Start: at(11, 17, 0), End: at(11, 17, 30)},
		},
	}
}

// timedCount counts the sessions with a time.
func timedCount(s model.Schedule) int {
	n := 0
	for i := range s.Sessions {
		if s.Sessions[i].Timed() {
			n++
		}
	}
	return n
}

// unfold joins folded calendar lines, as a reader does.
func unfold(ics string) string { return strings.ReplaceAll(ics, "\r\n ", "") }
