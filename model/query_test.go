package model

import (
	"slices"
	"strings"
	"testing"
)

func TestParseQuery(t *testing.T) {
	type f struct{ field, value string }
	tests := []struct {
		query   string
		terms   []string
		filters []f
	}{
		{"Kafka Streams", []string{"kafka", "streams"}, nil},
		{"don’t hello-streams", []string{"dont", "hello", "streams"}, nil},
		{`room:"UB2.252A" kafka day:sat`, []string{"kafka"}, []f{{"room", "UB2.252A"}, {"day", "sat"}}},
		{`track:"core kafka" after:14:00 before:16:00`, nil, []f{{"track", "core kafka"}, {"after", "14:00"}, {"before", "16:00"}}},
		{`room:“UB2.252A”`, nil, []f{{"room", "UB2.252A"}}}, // typographic quotes
		{`track:"core ka`, nil, []f{{"track", "core ka"}}},  // a quote still open: the user is typing
		{"Room:Janson LANG:de", nil, []f{{"room", "Janson"}, {"lang", "de"}}},
		{"language:de", nil, []f{{"lang", "de"}}},
		{"room:", nil, []f{{"room", ""}}},
		{"foo:bar", []string{"foo", "bar"}, nil},          // not a field: words
		{"10:30 talk", []string{"10", "30", "talk"}, nil}, // not a field either
		{`"event driven" design`, []string{"event", "driven", "design"}, nil},
		{"  ", nil, nil},
	}
	for _, tt := range tests {
		q := ParseQuery(tt.query)
		var got []f
		for _, flt := range q.Filters() {
			got = append(got, f{flt.Field, flt.Value})
		}
		if !slices.Equal(q.terms, tt.terms) || !slices.Equal(got, tt.filters) {
			t.Errorf("ParseQuery(%q): terms %q, filters %v; want %q, %v", tt.query, q.terms, got, tt.terms, tt.filters)
		}
	}
}

func TestQueryString(t *testing.T) {
	for in, want := range map[string]string{
		`Kafka  room:"UB2.252A"`:   "kafka room:UB2.252A",
		`track:"core kafka" Don’t`: `dont track:"core kafka"`,
		"room:":                    `room:""`,
	} {
		if got := ParseQuery(in).String(); got != want {
			t.Errorf("ParseQuery(%q).String() = %q, want %q", in, got, want)
		}
	}
}

// TestFilterValues: what the time and day filters read, and what they
// refuse with a message the user sees.
func TestFilterValues(t *testing.T) {
	clock := []struct {
		in     string
		minute int
		ok     bool
	}{
		{"14:00", 14 * 60, true}, {"14", 14 * 60, true}, {"14:", 14 * 60, true}, {"9:30", 9*60 + 30, true},
		{"1430", 14*60 + 30, true}, {"14h30", 14*60 + 30, true}, {"14h", 14 * 60, true}, {"14.30", 14*60 + 30, true},
		{"2pm", 14 * 60, true}, {"2:30pm", 14*60 + 30, true}, {"2p", 14 * 60, true}, {"12am", 0, true}, {"12pm", 12 * 60, true},
		{"0", 0, true}, {"24:00", 24 * 60, true}, {"noon", 12 * 60, true}, {"930", 9*60 + 30, true}, {"2 p.m.", 14 * 60, true},
		{"14:3", 0, false}, {"25", 0, false}, {"24:30", 0, false}, {"13pm", 0, false}, {"later", 0, false}, {"14:60", 0, false}, {":", 0, false},
	}
	for _, c := range clock {
		m, ok := parseClock(c.in)
		if ok != c.ok || ok && m != c.minute {
			t.Errorf("parseClock(%q) = %d, %v; want %d, %v", c.in, m, ok, c.minute, c.ok)
		}
	}
	days := []struct {
		in   string
		want dayValue
		ok   bool
	}{
		{"sat", dayValue{weekdays: 1 << 6}, true},
		{"Saturday", dayValue{weekdays: 1 << 6}, true},
		{"s", dayValue{weekdays: 1<<0 | 1<<6}, true}, // Saturday and Sunday
		{"t", dayValue{weekdays: 1<<2 | 1<<4}, true},
		{"2026-01-31", dayValue{date: "2026-01-31"}, true},
		{"2", dayValue{mday: 2}, true},
		{"31", dayValue{mday: 31}, true},
		{"0", dayValue{}, false},
		{"32", dayValue{}, false},
		{"2026-02-30", dayValue{}, false},
		{"someday", dayValue{}, false},
		{"sat1", dayValue{}, false},
	}
	for _, c := range days {
		d, ok := parseDay(c.in)
		if ok != c.ok || ok && d != c.want {
			t.Errorf("parseDay(%q) = %+v, %v; want %+v, %v", c.in, d, ok, c.want, c.ok)
		}
	}
	for _, q := range []string{"after:14:3", "before:later", "day:someday"} {
		query := ParseQuery(q)
		if f := query.Filters()[0]; f.Err == "" || !strings.HasPrefix(f.Err, f.Field+":") || query.Empty() {
			t.Errorf("%q: Err %q, empty %v; want a filter that counts, with a message naming its field", q, f.Err, query.Empty())
		}
	}
	for _, q := range []string{"room:", "room:-", `track:""`, "after:"} {
		if query := ParseQuery(q); !query.Empty() || query.Filters()[0].Err != "" {
			t.Errorf("%q: empty %v, Err %q; a filter with nothing to match is ignored", q, query.Empty(), query.Filters()[0].Err)
		}
	}
}

// TestQueryFieldsAreDocumented: each field help lists has a description
// and an example that reads as a filter of that field.
func TestQueryFieldsAreDocumented(t *testing.T) {
	for _, f := range QueryFields() {
		if f.Description == "" || !strings.HasPrefix(f.Example, f.Name+":") {
			t.Errorf("field %q: example %q, description %q", f.Name, f.Example, f.Description)
		}
		q := ParseQuery(f.Example)
		if got := q.Filters(); len(got) != 1 || got[0].Field != f.Name || got[0].Err != "" || q.Empty() {
			t.Errorf("example %q reads as %+v", f.Example, got)
		}
	}
}

// TestNarrowsRules: the cases a typing user meets.
func TestNarrowsRules(t *testing.T) {
	tests := []struct {
		prev, q string
		want    bool
	}{
		{"", "kafka", true},
		{"k", "ka", true},
		{"kaf", "kafk", true},
		{"kafk", "kafka", false}, // five letters: "kafka" may match with a slip what "kafk" does not
		{"kafka", "kafka streams", true},
		{"kafka", "kafka ", true},
		{"kafka streams", "kafka", false},
		{"kafka", "kafkaesque", false},
		{"ka", "kb", false},
		{"room", "room:", false}, // a word became a filter
		{"room:", "room:j", true},
		{"room:j", "room:jan", true},
		{"room:jan", "room:ja", false},
		{`room:"ub2`, `room:"ub2 252`, true},
		{"room:ub2", "room:k", false},
		{"room:janson", "room:janson kafka", true},
		{"room:janson", "track:core", false},
		{"after:1", "after:14", true},
		{"after:14", "after:14:30", true},
		{"after:14:30", "after:14", false},
		{"after:14", "after:14:3", true}, // an unreadable time matches nothing
		{"after:14:3", "after:14:30", false},
		{"before:16", "before:15", true},
		{"before:2", "before:2pm", false},
		{"day:s", "day:sa", true},
		{"day:sa", "day:s", false},
		{"day:sat", "day:2026-01-31", false},
		{"day:2", "day:2", true},
		{"kafka day:sat", "kafka day:sat after:14", true},
	}
	for _, tt := range tests {
		if got := ParseQuery(tt.q).Narrows(ParseQuery(tt.prev)); got != tt.want {
			t.Errorf("%q narrows %q = %v, want %v", tt.q, tt.prev, got, tt.want)
		}
	}
}
