package model_test

import (
	"slices"
	"testing"

	"github.com/summit-tui/summit-tui/model"
)

// A query that can match nothing says why, as the user typed it: a
// filter that cannot be read, or a day the conference does not have.
func TestQueryProblem(t *testing.T) {
	x := model.NewIndex(timedSchedule()) // Sat 31 January and Sun 1 February 2026
	for _, tt := range []struct{ query, want string }{
		{"kafka", ""},
		{"day:sat", ""},
		{"day:31", ""},
		{"day:1", ""},
		{"day:2026-01-31", ""},
		{"after:14:00 before:16", ""},
		{"after:", ""}, // still being typed: no value, no problem
		{"after:25:00", "after:25:00 is not a time: try 14:00 or 2pm"},
		{"before:xx", "before:xx is not a time: try 14:00 or 2pm"},
		{"day:someday", "day:someday is not a day: try sat, 31 or 2026-01-31"},
		{"day:32", "day:32 is not a day: try sat, 31 or 2026-01-31"},
		{"day:15", "day:15: no such day; the days are Sat 31 and Sun 1"},
		{"day:mon", "day:mon: no such day; the days are Sat 31 and Sun 1"},
		{"day:2026-02-02", "day:2026-02-02: no such day; the days are Sat 31 and Sun 1"},
		{"rust day:sat after:25", "after:25 is not a time: try 14:00 or 2pm"},
	} {
		if got := x.QueryProblem(model.ParseQuery(tt.query)); got != tt.want {
			t.Errorf("QueryProblem(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
	untimed := model.NewIndex(&model.Schedule{Sessions: []model.Session{{ID: "a", Title: "A"}}})
	if got := untimed.QueryProblem(model.ParseQuery("day:sat")); got != "day:sat: this schedule has no days" {
		t.Errorf("day:sat without days: %q", got)
	}
}

// An exact query matches words whole or by their start, never with a
// slip; a query may slip only with a word of five runes or more.
func TestExactQuery(t *testing.T) {
	s := timedSchedule()
	x := model.NewIndex(s)
	for _, tt := range []struct {
		query        string
		slips        bool
		loose, exact []string
	}{
		{"stream", true, []string{"streams"}, []string{"streams"}}, // a prefix is exact
		{"streamz", true, []string{"streams"}, nil},                // one slip away
		{"kernal", true, []string{"rust"}, nil},                    // kernel, one slip away
		{"rust", false, []string{"rust"}, []string{"rust"}},        // too short to slip
		{"kafka", true, []string{"einsteiger", "late", "streams"}, []string{"einsteiger", "late", "streams"}},
	} {
		q := model.ParseQuery(tt.query)
		if q.Slips() != tt.slips || q.Exact().Slips() {
			t.Errorf("%q: Slips %v (exact %v), want %v (false)", tt.query, q.Slips(), q.Exact().Slips(), tt.slips)
		}
		loose := matchIDs(x, x.SearchSessions(all(s), q))
		exact := matchIDs(x, x.SearchSessions(all(s), q.Exact()))
		slices.Sort(loose)
		slices.Sort(exact)
		if !slices.Equal(loose, tt.loose) || !slices.Equal(exact, tt.exact) {
			t.Errorf("%q: matches %v and exactly %v, want %v and %v", tt.query, loose, exact, tt.loose, tt.exact)
		}
	}
	if _, ok := model.MatchText("Streams in practice", model.ParseQuery("streamz").Exact()); ok {
		t.Error("MatchText with an exact query matched a word one slip away")
	}
	if hits := model.ParseQuery("streamz").Exact().Hits("Streams in practice"); len(hits) != 0 {
		t.Errorf("an exact query highlights a word one slip away: %v", hits)
	}
}
