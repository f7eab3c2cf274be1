package model

import (
	"slices"
	"testing"
)

// TestFind: where a query's words match in any text, for highlighting
// the details and the rendered abstract, by the search's rules.
func TestFind(t *testing.T) {
	tests := []struct {
		text, query string
		want        []string // the matched text, in order
	}{
		{"Don’t Be Scared", "don't", []string{"Don’t"}},
		{"Don’t Be Scared", "do", []string{"Do"}},
		{"So you’ve inherited it, and you've", "you've", []string{"you’ve", "you've"}},
		{"Talk by Jürgen Weiß", "jurgen weiss", []string{"Jürgen", "Weiß"}},
		{"Talk by Jürgen Weiß", "weis", []string{"Weiß"}}, // "weis" ends inside ß, which is taken whole
		{"liveness and readiness probes", "readiness", []string{"readiness"}},
		{"hello-streams: Introducing the Stream First Mindset", "readiness", nil}, // scattered letters
		{"hello-streams: the Stream First", "stream", []string{"stream", "Stream"}},
		{"Kafka® and Kafkaesque", "kafka", []string{"Kafka", "Kafka"}}, // a prefix: only what was typed
		{"Running Kubernetes", "kubernetse", []string{"Kubernetes"}},   // a slip: the whole word
		{"a kfka b", "kafka", []string{"kfka"}},                        // one slip from a query word of five letters
		{"OpenWhisk", "whisk", nil},
		{"room:janson in Janson", "room:janson", nil}, // filters are not words
		{"", "kafka", nil},
		{"kafka", "", nil},
	}
	for _, tt := range tests {
		q := ParseQuery(tt.query)
		var got []string
		for _, r := range q.Find(tt.text) {
			got = append(got, tt.text[r.Start:r.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q) in %q = %q, want %q", tt.query, tt.text, got, tt.want)
		}
		// Hits cover the same runes.
		var fromRanges []int
		runes := []rune(tt.text)
		for _, r := range q.Find(tt.text) {
			start := len([]rune(tt.text[:r.Start]))
			fromRanges = append(fromRanges, runesFrom(start, start+len([]rune(tt.text[r.Start:r.End])))...)
		}
		if hits := q.Hits(tt.text); !slices.Equal(hits, fromRanges) {
			t.Errorf("Hits(%q) in %q = %v, want %v (of %d runes)", tt.query, tt.text, hits, fromRanges, len(runes))
		}
	}
}

func runesFrom(start, end int) []int {
	var out []int
	for i := start; i < end; i++ {
		out = append(out, i)
	}
	return out
}

// TestFindAgreesWithSearch: a talk found by its title has the same runes
// highlighted by Hits on the title as by the search.
func TestFindAgreesWithSearch(t *testing.T) {
	x := searchSchedule()
	for _, q := range []string{"kafka", "k", "don't", "stream", "kubernetse", "jurg weis", "ødegård", "st str stream"} {
		query := ParseQuery(q)
		for _, m := range x.SearchSessions(allSessions(x), query) {
			s := x.Session(m.Session)
			if got := query.Hits(s.Title); !slices.Equal(got, m.TitleHits) && len(got)+len(m.TitleHits) > 0 {
				t.Errorf("%q on %q: Hits %v, search %v", q, s.Title, got, m.TitleHits)
			}
			if got := query.Hits(SpeakerLine(s)); !slices.Equal(got, m.SpeakerHits) && len(got)+len(m.SpeakerHits) > 0 {
				t.Errorf("%q on %q: Hits %v, search %v", q, SpeakerLine(s), got, m.SpeakerHits)
			}
		}
	}
}
