package model

import (
	"slices"
	"strings"
	"testing"
)

func searchSchedule() *Index {
	s := Schedule{Conference: "Conf", Tracks: []string{"Streams", "Ops"}, Sessions: []Session{
		{ID: "a", Title: "Using Kafka Streams DSL and KSQL", Track: "Streams",
			Speakers: []Speaker{{Name: "Neil Buesing", Company: "Kinetic Edge"}},
			Abstract: "Keys, windows and joins with OpenWhisk-free code."},
		{ID: "b", Title: "KSQL in Practice", Track: "Streams",
			Speakers: []Speaker{{Name: "Almog Gavra", Company: "Confluent"}}},
		{ID: "c", Title: "Running Kafka in Kubernetes", Track: "Ops",
			Speakers: []Speaker{{Name: "Katherine Stanley", Company: "IBM"}},
			Abstract: "Apache OpenWhisk and liveness probes.\n\n- one item"},
		{ID: "d", Title: "Rebalance Protocol Deep Dive", Track: "Ops",
			Speakers: []Speaker{{Name: "Matthias J. Sax", Company: "Confluent"}, {Name: "Søren Ødegård", Company: "Ünïcode AS"}}},
	}}
	return NewIndex(&s)
}

func ids(x *Index, ms []SessionMatch) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = x.Session(m.Session).ID
	}
	return out
}

func TestSearchSessions(t *testing.T) {
	x := searchSchedule()
	all := []int{0, 1, 2, 3}
	tests := []struct {
		query string
		want  []string
	}{
		{"ksql", []string{"b", "a"}},      // both titles; the one it starts first
		{"KSQL", []string{"b", "a"}},      // case does not matter
		{"stanley", []string{"c"}},        // a speaker
		{"confluent", []string{"b", "d"}}, // a company
		{"ops", []string{"c", "d"}},       // a track
		{"openwhisk", []string{"a", "c"}}, // a word of an abstract, at its start
		{"whisk", nil},                    // not the start of a word of an abstract
		{"rebalnce", []string{"d"}},       // fuzzy, in a title
		{"kafka confluent", nil},          // every term must match: no talk has both
		{"kafka ibm", []string{"c"}},      // a title word and a company
		{"ødegård", []string{"d"}},        // non-ASCII
		{"SØREN", []string{"d"}},          // upper-cased non-ASCII
		{"zzz", nil},                      //
		{"k", []string{"b", "a", "c"}},    // one letter: as written only
		{"ksql practice", []string{"b"}},  //
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := ids(x, x.SearchSessions(all, ParseQuery(tt.query)))
			if !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
				t.Errorf("SearchSessions(%q) = %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}

func TestSearchHighlights(t *testing.T) {
	x := searchSchedule()
	ms := x.SearchSessions([]int{0, 1, 2, 3}, ParseQuery("practice almog"))
	if len(ms) != 1 {
		t.Fatalf("%d matches", len(ms))
	}
	if !slices.Equal(ms[0].TitleHits, []int{8, 9, 10, 11, 12, 13, 14, 15}) {
		t.Errorf("title hits %v, want the runes of \"Practice\"", ms[0].TitleHits)
	}
	if !slices.Equal(ms[0].SpeakerHits, []int{0, 1, 2, 3, 4}) {
		t.Errorf("speaker hits %v, want the runes of \"Almog\"", ms[0].SpeakerHits)
	}
	// Positions are runes, not bytes, after non-ASCII text.
	ms = x.SearchSessions([]int{3}, ParseQuery("ødegård"))
	if want := []int{23, 24, 25, 26, 27, 28, 29}; len(ms) != 1 || !slices.Equal(ms[0].SpeakerHits, want) { // "Matthias J. Sax, Søren Ødegård"
		t.Errorf("speaker hits %v, want %v", ms, want)
	}
}

// A query that extends another never matches a talk the shorter one did
// not: the filter relies on it to search only the last matches.
func TestNarrowingQueriesMatchSubsets(t *testing.T) {
	x := searchSchedule()
	all := []int{0, 1, 2, 3}
	for _, full := range []string{"kafka streams", "ksql practice", "rebalnce", "openwhisk", "confluent sax", "kubernetes"} {
		var prev []string
		for n := 1; n <= len(full); n++ {
			q := ParseQuery(full[:n])
			got := ids(x, x.SearchSessions(all, q))
			for _, id := range got {
				if n > 1 && !slices.Contains(prev, id) && strings.TrimSpace(full[:n-1]) != "" {
					t.Errorf("%q matches %s but %q did not", full[:n], id, full[:n-1])
				}
			}
			prev = got
			if n > 1 && !q.Narrows(ParseQuery(full[:n-1])) {
				t.Errorf("%q should narrow %q", full[:n], full[:n-1])
			}
		}
	}
	if ParseQuery("kafka").Narrows(ParseQuery("kafka streams")) {
		t.Error("a shorter query does not narrow a longer one")
	}
}

func TestMatchText(t *testing.T) {
	tests := []struct {
		text, query string
		ok          bool
	}{
		{"Martin Kleppmann", "klepp", true},
		{"Martin Kleppmann", "mkl", true},
		{"Martin Kleppmann", "martin klepp", true},
		{"Martin Kleppmann", "martin sax", false},
		{"Bloomberg L.P.", "bloomberg", true},
		{"IBM", "x", false},
	}
	for _, tt := range tests {
		if _, ok := MatchText(tt.text, ParseQuery(tt.query)); ok != tt.ok {
			t.Errorf("MatchText(%q, %q) = %v, want %v", tt.text, tt.query, ok, tt.ok)
		}
	}
}
