package model

import (
	"slices"
	"testing"
)

// searchSchedule: titles with typographic apostrophes, a registered
// sign, a hyphenated word; speakers with accents; "readiness" in one
// abstract only, while another title has its letters scattered over it.
func searchSchedule() *Index {
	s := Schedule{Conference: "Conf", Tracks: []string{"Streams", "Ops"}, Sessions: []Session{
		{ID: "dsl", Title: "Using Kafka Streams DSL and KSQL", Track: "Streams",
			Speakers: []Speaker{{Name: "Neil Buesing", Company: "Kinetic Edge"}},
			Abstract: "Keys, windows and joins with OpenWhisk-free code."},
		{ID: "ksql", Title: "KSQL in Practice", Track: "Streams",
			Speakers: []Speaker{{Name: "Almog Gavra", Company: "Confluent"}}},
		{ID: "k8s", Title: "Running Kafka® in Kubernetes", Track: "Ops",
			Speakers: []Speaker{{Name: "Katherine Stanley", Company: "IBM"}},
			Abstract: "Apache OpenWhisk, and the liveness and readiness probes.\n\n- one item"},
		{ID: "rebalance", Title: "Rebalance Protocol Deep Dive", Track: "Ops",
			Speakers: []Speaker{{Name: "Matthias J. Sax", Company: "Confluent"}, {Name: "Søren Ødegård", Company: "Ünïcode AS"}}},
		{ID: "hello", Title: "hello-streams: Introducing the Stream First Mindset", Track: "Streams",
			Speakers: []Speaker{{Name: "Jürgen Weiß", Company: "Nationwide"}},
			Abstract: "Event storming, with a coffee service."},
		{ID: "scared", Title: "Don’t Be Scared: Multi-Tenant Cluster Support", Track: "Ops",
			Speakers: []Speaker{{Name: "Anna Povzner", Company: "Confluent"}}},
		{ID: "inherited", Title: "So You’ve Inherited Kafka®? Now What?", Track: "Ops",
			Speakers: []Speaker{{Name: "Alon Gavra", Company: "AppsFlyer"}},
			Abstract: "You don't need to panic."},
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

func allSessions(x *Index) []int {
	out := make([]int, len(x.Schedule().Sessions))
	for i := range out {
		out[i] = i
	}
	return out
}

// TestSearchFinds: what a query finds, best first. Folding makes "don't"
// find "Don’t" and "jurgen" "Jürgen"; words match whole or by their start,
// never as letters scattered over a title; a word of five letters or more
// may have one slip.
func TestSearchFinds(t *testing.T) {
	x := searchSchedule()
	tests := []struct {
		query string
		want  []string
	}{
		// Folding, in the query and the text.
		{"don't", []string{"scared", "inherited"}}, // the title first, then "don't" in an abstract
		{"dont", []string{"scared", "inherited"}},
		{"DON’T", []string{"scared", "inherited"}},
		{"you've", []string{"inherited"}},
		{"youve", []string{"inherited"}},
		{"jurgen", []string{"hello"}},
		{"JÜRGEN weiss", []string{"hello"}},
		{"søren", []string{"rebalance"}},
		{"soren odegard", []string{"rebalance"}},
		{"unicode", []string{"rebalance"}}, // a company, "Ünïcode AS"
		{"kafka®", []string{"dsl", "k8s", "inherited"}},
		// Whole words and prefixes; nothing scattered.
		{"readiness", []string{"k8s"}}, // not "hello-streams: Introducing…", whose letters spell it
		{"rdns", nil},
		{"ksql", []string{"ksql", "dsl"}}, // the title it starts first
		{"k", []string{"ksql", "dsl", "k8s", "inherited"}},
		{"stream", []string{"hello", "dsl", "ksql"}}, // a whole word, then prefixes, then a track
		{"streams", []string{"dsl", "hello", "ksql"}},
		{"openwhisk", []string{"dsl", "k8s"}}, // a word of the abstracts
		{"whisk", nil},                        // the middle of a word
		{"sql", nil},
		{"stanley", []string{"k8s"}},
		{"confluent", []string{"ksql", "rebalance", "scared"}},
		{"ops", []string{"k8s", "rebalance", "scared", "inherited"}},
		// One slip in a word of five letters or more.
		{"rebalnce", []string{"rebalance"}}, // one dropped
		{"kubernetse", []string{"k8s"}},     // two swapped
		{"kuberrnetes", []string{"k8s"}},    // one added
		{"kubernetez", []string{"k8s"}},     // one replaced
		{"kafak", []string{"dsl", "k8s", "inherited"}},
		{"kfka", nil},      // four letters: no slip allowed
		{"kubrnetse", nil}, // two slips
		{"rebalanse", []string{"rebalance"}},
		// Every word must match.
		{"kafka confluent", nil},
		{"kafka ibm", []string{"k8s"}},
		{"ksql practice", []string{"ksql"}},
		{"zzz", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := ids(x, x.SearchSessions(allSessions(x), ParseQuery(tt.query)))
			if !slices.Equal(got, tt.want) && len(got)+len(tt.want) > 0 {
				t.Errorf("SearchSessions(%q) = %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}

// TestSearchRanks: a whole word before a prefix before a slip, a title
// before speakers before details before an abstract, then programme
// order.
func TestSearchRanks(t *testing.T) {
	s := Schedule{Tracks: []string{"T"}, Sessions: []Session{
		{ID: "abstract", Title: "Other", Track: "T", Abstract: "About kafka."},
		{ID: "company", Title: "Other", Track: "T", Speakers: []Speaker{{Name: "A B", Company: "Kafka Inc"}}},
		{ID: "speaker", Title: "Other", Track: "T", Speakers: []Speaker{{Name: "Franz Kafka"}}},
		{ID: "slip", Title: "Using Kafak", Track: "T"},
		{ID: "prefix", Title: "Using Kafkaesque", Track: "T"},
		{ID: "word", Title: "Using Kafka", Track: "T"},
		{ID: "first", Title: "Kafka Rules", Track: "T"},
		{ID: "word-later", Title: "Using Kafka", Track: "T"},
	}}
	x := NewIndex(&s)
	got := ids(x, x.SearchSessions(allSessions(x), ParseQuery("kafka")))
	want := []string{"first", "word", "word-later", "prefix", "speaker", "slip", "company", "abstract"}
	if !slices.Equal(got, want) {
		t.Errorf("ranked %v, want %v", got, want)
	}
}

// TestSearchOrderIsTotal: the same matches come in the same order
// whatever order the candidates are in, so a narrowed search, among
// the last results in their ranked order, lists what a full one does.
func TestSearchOrderIsTotal(t *testing.T) {
	x := searchSchedule()
	all := allSessions(x)
	reversed := slices.Clone(all)
	slices.Reverse(reversed)
	for _, q := range []string{"k", "confluent", "ops", "kafak", "stream"} {
		a := ids(x, x.SearchSessions(all, ParseQuery(q)))
		b := ids(x, x.SearchSessions(reversed, ParseQuery(q)))
		if !slices.Equal(a, b) {
			t.Errorf("%q: %v in programme order, %v in reverse", q, a, b)
		}
	}
}

// TestSearchHighlights: the runes to underline are whole matched words or
// the matched start of them, in the original's rune positions.
func TestSearchHighlights(t *testing.T) {
	x := searchSchedule()
	tests := []struct {
		query    string
		id       string
		title    []int
		speakers []int
	}{
		{"practice almog", "ksql", runes(8, 16), runes(0, 5)},
		{"pract alm", "ksql", runes(8, 13), runes(0, 3)},
		{"don't", "scared", runes(0, 5), nil},     // "Don’t", apostrophe and all
		{"do", "scared", runes(0, 2), nil},        // "Do"
		{"jurg", "hello", nil, runes(0, 4)},       // "Jürg"
		{"weis", "hello", nil, runes(7, 11)},      // "Weiß": ß folds to "ss", so "weis" ends inside it
		{"kafka", "k8s", runes(8, 13), nil},       // not the ®
		{"kubernetse", "k8s", runes(18, 28), nil}, // a slip: the whole word
		{"stream", "hello", join(runes(6, 12), runes(31, 37)), nil},
		{"st str stream", "hello", join(runes(6, 12), runes(31, 37)), nil}, // overlapping words: once
		{"ødegård", "rebalance", nil, runes(23, 30)},                       // "Matthias J. Sax, Søren Ødegård": runes, not bytes
		{"confluent", "rebalance", nil, nil},                               // a company: not in the title or speaker line
	}
	for _, tt := range tests {
		ms := x.SearchSessions(allSessions(x), ParseQuery(tt.query))
		i := slices.IndexFunc(ms, func(m SessionMatch) bool { return x.Session(m.Session).ID == tt.id })
		if i < 0 {
			t.Errorf("%q does not find %s", tt.query, tt.id)
			continue
		}
		if m := ms[i]; !slices.Equal(m.TitleHits, tt.title) || !slices.Equal(m.SpeakerHits, tt.speakers) {
			t.Errorf("%q on %s: title hits %v, speaker hits %v; want %v, %v", tt.query, tt.id, m.TitleHits, m.SpeakerHits, tt.title, tt.speakers)
		}
	}
}

// runes is the rune positions from start to end, exclusive.
func runes(start, end int) []int {
	var out []int
	for i := start; i < end; i++ {
		out = append(out, i)
	}
	return out
}

func join(a, b []int) []int { return append(slices.Clone(a), b...) }

// TestSearchCandidates: only the candidates are searched.
func TestSearchCandidates(t *testing.T) {
	x := searchSchedule()
	if got := ids(x, x.SearchSessions([]int{1, 2}, ParseQuery("k"))); !slices.Equal(got, []string{"ksql", "k8s"}) {
		t.Errorf("got %v", got)
	}
	if got := x.SearchSessions(nil, ParseQuery("k")); len(got) != 0 {
		t.Errorf("no candidates gave %v", got)
	}
}

// TestSearchEmptyQuery: a query of nothing lists the candidates in
// programme order.
func TestSearchEmptyQuery(t *testing.T) {
	x := searchSchedule()
	for _, q := range []string{"", "  ", "-", "room:"} {
		if !ParseQuery(q).Empty() {
			t.Errorf("%q is not empty", q)
		}
		if got := x.SearchSessions([]int{3, 1}, ParseQuery(q)); len(got) != 2 || got[0].Session != 1 {
			t.Errorf("%q: %+v", q, got)
		}
	}
}

func TestMatchText(t *testing.T) {
	tests := []struct {
		text, query string
		ok          bool
		hits        []int
	}{
		{"Martin Kleppmann", "klepp", true, runes(7, 12)},
		{"Martin Kleppmann", "martin klepp", true, join(runes(0, 6), runes(7, 12))},
		{"Martin Kleppmann", "martin sax", false, nil},
		{"Martin Kleppmann", "mkl", false, nil},              // scattered letters
		{"Martin Kleppman", "kleppmann", true, runes(7, 15)}, // one slip
		{"Bloomberg L.P.", "bloomberg", true, runes(0, 9)},
		{"Jürgen Weiß", "jurgen", true, runes(0, 6)},
		{"IBM", "x", false, nil},
		{"IBM", "", true, nil},
	}
	for _, tt := range tests {
		m, ok := MatchText(tt.text, ParseQuery(tt.query))
		if ok != tt.ok || !slices.Equal(m.Hits, tt.hits) {
			t.Errorf("MatchText(%q, %q) = %v %v, want %v %v", tt.text, tt.query, m.Hits, ok, tt.hits, tt.ok)
		}
	}
	a, _ := MatchText("Kafka Streams", ParseQuery("kafka"))
	b, _ := MatchText("Using Kafka", ParseQuery("kafka"))
	c, _ := MatchText("Kafkaesque", ParseQuery("kafka"))
	if !(a.Score > b.Score && b.Score > c.Score) {
		t.Errorf("scores: first word %d, a word %d, a prefix %d", a.Score, b.Score, c.Score)
	}
}
