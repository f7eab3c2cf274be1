package model_test

import (
	"slices"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// timedSchedule: two days in a fixed zone, three rooms (two with
// spaces and dots in their names), tracks, languages and types, a talk at
// 00:30 that belongs to the first day, and a talk with no time or room.
func timedSchedule() *model.Schedule {
	zone := time.FixedZone("CET", 3600)
	at := func(day, hour, minute int) time.Time { return time.Date(2026, 1, day, hour, minute, 0, 0, zone) }
	return &model.Schedule{
		Conference: "Timed Summit", TimeZone: "Europe/Brussels", Location: zone,
		Days:   []model.Day{{Date: "2026-01-31"}, {Date: "2026-02-01"}},
		Rooms:  []string{"Janson", "UB2.252A (Lameere)", "K.1.105 (La Fontaine)", "H.2215 (Ferrer)"},
		Tracks: []string{"Keynotes", "Rust", "Core Kafka", "Lightning"},
		Sessions: []model.Session{
			{ID: "welcome", Title: "Welcome to the summit", Track: "Keynotes", Room: "Janson", Language: "en", Type: "keynote",
				Day: "2026-01-31", Start: at(31, 9, 30), End: at(31, 10, 0)},
			{ID: "rust", Title: "Rust in the kernel", Track: "Rust", Room: "UB2.252A (Lameere)", Language: "en", Type: "lecture",
				Day: "2026-01-31", Start: at(31, 14, 0), End: at(31, 14, 50),
				Speakers: []model.Speaker{{Name: "Miguel Ojeda"}}},
			{ID: "einsteiger", Title: "Kafka für Einsteiger", Track: "Core Kafka", Room: "K.1.105 (La Fontaine)", Language: "de", Type: "workshop",
				Day: "2026-01-31", Start: at(31, 15, 30), End: at(31, 17, 0),
				Speakers: []model.Speaker{{Name: "Jürgen Weiß", Company: "Confluent"}}},
			{ID: "late", Title: "Late night hacking", Track: "Core Kafka", Room: "Janson", Language: "en", Type: "lecture",
				Day: "2026-01-31", Start: at(32, 0, 30), End: at(32, 1, 30)}, // 1 February, 00:30
			{ID: "sunday", Title: "Sunday keynote", Track: "Keynotes", Room: "Janson", Language: "en", Type: "keynote",
				Day: "2026-02-01", Start: at(32, 10, 0), End: at(32, 10, 30)},
			{ID: "streams", Title: "Streams in practice", Track: "Core Kafka", Room: "UB2.252A (Lameere)", Language: "en", Type: "lecture",
				Day: "2026-02-01", Start: at(32, 16, 0), End: at(32, 16, 45),
				Speakers: []model.Speaker{{Name: "Anna Povzner", Company: "Confluent"}}},
			{ID: "lightning", Title: "Untimed lightning talk", Track: "Lightning"},
		},
	}
}

func all(s *model.Schedule) []int {
	out := make([]int, len(s.Sessions))
	for i := range out {
		out[i] = i
	}
	return out
}

func matchIDs(x *model.Index, ms []model.SessionMatch) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, x.Session(m.Session).ID)
	}
	return out
}

// TestFieldFilters: day:, room:, after:, before:, track:, lang:, type:,
// speaker: and company:, alone and mixed with words. Talks without a time
// or a room match no filter on it.
func TestFieldFilters(t *testing.T) {
	s := timedSchedule()
	x := model.NewIndex(s)
	sat := []string{"welcome", "rust", "einsteiger", "late"}
	sun := []string{"sunday", "streams"}
	timed := append(slices.Clone(sat), sun...)
	tests := []struct {
		query string
		want  []string
	}{
		{"day:sat", sat}, // the talk at 00:30 belongs to Saturday
		{"day:Saturday", sat},
		{"day:SA", sat},
		{"day:s", timed}, // Saturday and Sunday
		{"day:sun", sun},
		{"day:2026-02-01", sun},
		{"day:2026-01-31", sat},
		{"day:31", sat}, // the day of the month, as the tab shows it: "Sat 31"
		{"day:1", sun},  // "Sun 1"
		{"day:2", nil},  // not a day of the conference
		{"day:3", nil},
		{"day:mon", nil},
		{"day:someday", nil}, // unreadable: nothing, and the filter says why

		{"room:janson", []string{"welcome", "late", "sunday"}},
		{"room:JANSON", []string{"welcome", "late", "sunday"}},
		{"room:jan", []string{"welcome", "late", "sunday"}},
		{`room:"UB2.252A"`, []string{"rust", "streams"}},
		{"room:ub2", []string{"rust", "streams"}},
		{"room:ub2.252a", []string{"rust", "streams"}},
		{"room:lameere", []string{"rust", "streams"}},
		{`room:"la fontaine"`, []string{"einsteiger"}},
		{"room:fontaine", []string{"einsteiger"}},
		{"room:k.1", []string{"einsteiger"}},
		{`room:"fontaine la"`, nil}, // words in the room's order
		{"room:ferrer", nil},        // a room with no talk
		{"room:b", nil},             // "UB2" does not start with b

		{"after:14:00", []string{"rust", "einsteiger", "late", "streams"}}, // 00:30 is 24:30 of Saturday
		{"after:14", []string{"rust", "einsteiger", "late", "streams"}},
		{"after:2pm", []string{"rust", "einsteiger", "late", "streams"}},
		{"after:15:30", []string{"einsteiger", "late", "streams"}}, // at 15:30 is after 15:30
		{"before:10:00", []string{"welcome"}},                      // at 10:00 is not before 10:00
		{"before:10:01", []string{"welcome", "sunday"}},
		{"after:14 before:16", []string{"rust", "einsteiger"}},
		{"after:23:00", []string{"late"}},
		{"before:01:00", nil},
		{"after:14:3", nil}, // unreadable

		{`track:"core kafka"`, []string{"einsteiger", "late", "streams"}},
		{"track:core", []string{"einsteiger", "late", "streams"}},
		{"track:kafka", []string{"einsteiger", "late", "streams"}},
		{`track:"kafka core"`, nil},
		{"track:key", []string{"welcome", "sunday"}},
		{"lang:de", []string{"einsteiger"}},
		{"lang:DE", []string{"einsteiger"}},
		{"language:en", []string{"welcome", "rust", "late", "sunday", "streams"}},
		{"type:workshop", []string{"einsteiger"}},
		{"type:lec", []string{"rust", "late", "streams"}},
		{"speaker:jurgen", []string{"einsteiger"}},
		{"speaker:ojeda", []string{"rust"}},
		{"company:confluent", []string{"einsteiger", "streams"}},

		// Mixed with words: the words rank, the filters select.
		{"day:sat kafka", []string{"einsteiger", "late"}},
		{"kafka day:sat", []string{"einsteiger", "late"}},
		{"rust day:sun", nil},
		{"streams day:sun room:ub2 after:15", []string{"streams"}},
		{"kafka after:", []string{"einsteiger", "late", "streams"}}, // a filter with no value is ignored
		{"lightning", []string{"lightning"}},
		{"lightning after:0", nil}, // no time: no match on time
		{"lightning room:j", nil},  // no room: no match on room
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := matchIDs(x, x.SearchSessions(all(s), model.ParseQuery(tt.query)))
			if !slices.Equal(got, tt.want) && len(got)+len(tt.want) > 0 {
				t.Errorf("SearchSessions(%q) = %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}

// TestFieldFiltersWithoutTimes: on a page with no times, days or rooms,
// such filters match nothing and words still work.
func TestFieldFiltersWithoutTimes(t *testing.T) {
	s := &model.Schedule{Tracks: []string{"T"}, Sessions: []model.Session{{ID: "a", Title: "Kafka", Track: "T"}}}
	x := model.NewIndex(s)
	for q, want := range map[string]int{"kafka": 1, "day:sat": 0, "after:9": 0, "room:a": 0, "track:t": 1, "kafka before:23": 0} {
		if got := len(x.SearchSessions(all(s), model.ParseQuery(q))); got != want {
			t.Errorf("%q: %d matches, want %d", q, got, want)
		}
	}
}
