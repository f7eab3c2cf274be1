package model

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// FuzzQuery: any typed query reads without a panic, reads the same again
// from its normal form, and finds in any text ranges that lie in order on
// rune boundaries, each one whole or the start of a word.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{
		"kafka", "Don’t", `room:"UB2.252A" kafka`, `track:"core ka`, "after:14:3", "day:s", "ß", "½", "a\u0308",
		"\xff\xfe", `"“”"`, "room:\"\"", "language:", "10:30", "jürgen weiß",
	} {
		f.Add(s, "Don’t use Kafka® with Jürgen Weiß in UB2.252A: ½ ﬁle \xff end")
	}
	f.Fuzz(func(t *testing.T, query, text string) {
		q := ParseQuery(query)
		again := ParseQuery(q.String())
		if !slices.Equal(again.terms, q.terms) || len(again.Filters()) != len(q.Filters()) {
			t.Fatalf("%q reads as %q, whose normal form %q reads as %q", query, q.terms, q.String(), again.terms)
		}
		if !q.Narrows(q) {
			t.Fatalf("%q does not narrow itself", query)
		}
		// Where runes start as Go decodes them, a broken byte being one.
		boundary := map[int]bool{len(text): true}
		for i := range text {
			boundary[i] = true
		}
		last := 0
		for _, r := range q.Find(text) {
			if r.Start < last || r.End <= r.Start || r.End > len(text) {
				t.Fatalf("Find(%q) in %q: range %+v after %d", query, text, r, last)
			}
			if !boundary[r.Start] || !boundary[r.End] {
				t.Fatalf("Find(%q) in %q: range %+v splits a rune", query, text, r)
			}
			last = r.End
		}
		hits := q.Hits(text)
		n := utf8.RuneCountInString(text)
		for i, h := range hits {
			if h < 0 || h >= n || i > 0 && h <= hits[i-1] {
				t.Fatalf("Hits(%q) in %q = %v", query, text, hits)
			}
		}
		if _, ok := MatchText(text, q); ok != matchesAll(q, text) {
			t.Fatalf("MatchText(%q, %q) = %v", text, query, ok)
		}
	})
}

// matchesAll reports whether every word of q matches a word of text.
func matchesAll(q Query, text string) bool {
	found := make([]bool, len(q.terms))
	q.eachMatch(text, func(m wordMatch) { found[m.term] = true })
	return !slices.Contains(found, false)
}

// FuzzSearchAgreesWithFind: the index's search, through word numbers,
// finds a talk by its title exactly when every word of the query matches
// a word of it by the rules Find applies to plain text, and highlights
// the same runes.
func FuzzSearchAgreesWithFind(f *testing.F) {
	for _, s := range [][2]string{
		{"kafka", "Kafka® Streams"}, {"don't", "Don’t Panic"}, {"jurg weis", "Jürgen Weiß"}, {"kafak", "Using Kafka"},
		{"½", "½0"}, {"stras", "Straße"}, {"a b", "b a"}, {"", "x"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, query, title string) {
		s := Schedule{Tracks: []string{"T"}, Sessions: []Session{{ID: "a", Title: title, Track: "T"}}}
		x := NewIndex(&s)
		q := ParseQuery(query)
		if q.hasFilters() {
			return
		}
		ms := x.SearchSessions([]int{0}, q)
		// The track "T" is searched too: a query word starting it counts.
		want := matchesAll(q, title+" T")
		if (len(ms) == 1) != want {
			t.Fatalf("SearchSessions(%q) on %q: %d matches; Find's rules say %v", query, title, len(ms), want)
		}
		if len(ms) == 1 && !slices.Equal(ms[0].TitleHits, q.Hits(title)) && len(ms[0].TitleHits)+len(q.Hits(title)) > 0 {
			t.Fatalf("SearchSessions(%q) on %q: hits %v, Hits %v", query, title, ms[0].TitleHits, q.Hits(title))
		}
	})
}
