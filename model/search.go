package model

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Query is what the user typed in the filter: lower-cased terms, all of
// which must match.
type Query struct {
	terms []string
}

// ParseQuery splits a filter into terms.
func ParseQuery(s string) Query {
	return Query{terms: strings.Fields(strings.ToLower(s))}
}

// Empty reports whether the query has no terms: everything matches.
func (q Query) Empty() bool { return len(q.terms) == 0 }

// Narrows reports whether every match of q also matches prev, so q can be
// searched among prev's matches only: prev's terms are each a prefix of the
// term in the same place of q, which has at least as many terms.
func (q Query) Narrows(prev Query) bool {
	if len(prev.terms) > len(q.terms) {
		return false
	}
	for i, t := range prev.terms {
		if !strings.HasPrefix(q.terms[i], t) {
			return false
		}
	}
	return true
}

// Scores of the ways a term can match, best first. A term found as written
// in a title beats one found in a name, which beats a fuzzy match; words of
// the abstract count least.
const (
	scoreTitleExact   = 100
	scoreSpeakerExact = 80
	scoreOtherExact   = 60
	scoreTitleFuzzy   = 30
	scoreSpeakerFuzzy = 20
	scoreAbstractWord = 10
	bonusWordStart    = 20
	bonusFieldStart   = 10 // "KSQL in Practice" before "… Kafka Streams DSL and KSQL"

	// maxGapsPerRune bounds how far apart a fuzzy match's letters may be.
	maxGapsPerRune = 3
)

// SessionMatch is one session that matches a query, with what to
// highlight: rune positions in the title and in the session's SpeakerLine.
type SessionMatch struct {
	Session     int
	Score       int
	TitleHits   []int
	SpeakerHits []int
}

// SpeakerLine is the speakers' names as the list shows them: "A, B".
func SpeakerLine(s *Session) string {
	switch len(s.Speakers) {
	case 0:
		return ""
	case 1:
		return s.Speakers[0].Name
	}
	names := make([]string, len(s.Speakers))
	for i, sp := range s.Speakers {
		names[i] = sp.Name
	}
	return strings.Join(names, ", ")
}

// searchText is a session's text, lower-cased once, for searching.
type searchText struct {
	title    string // same rune count as the title
	speakers string // same rune count as SpeakerLine
	other    string // companies and track
	abstract string
}

func (x *Index) buildSearchTexts() []searchText {
	out := make([]searchText, len(x.schedule.Sessions))
	for i := range x.schedule.Sessions {
		s := &x.schedule.Sessions[i]
		var other strings.Builder
		for _, sp := range s.Speakers {
			other.WriteString(sp.Company)
			other.WriteByte('\n')
		}
		other.WriteString(s.Track)
		out[i] = searchText{
			title:    lowerRunes(s.Title),
			speakers: lowerRunes(SpeakerLine(s)),
			other:    lowerRunes(other.String()),
			abstract: lowerRunes(s.Abstract),
		}
	}
	return out
}

// SearchSessions returns the sessions among candidates (indexes into the
// schedule's sessions) that match every term of q: fuzzily in the title,
// speakers, companies or track, or as the start of a word of the abstract.
// Matches come best first, then in programme order.
func (x *Index) SearchSessions(candidates []int, q Query) []SessionMatch {
	texts := x.searchTexts()
	var out []SessionMatch
	for _, i := range candidates {
		m := SessionMatch{Session: i}
		if matchSession(&texts[i], q, &m) {
			out = append(out, m)
		}
	}
	sortMatches(out)
	return out
}

func matchSession(t *searchText, q Query, m *SessionMatch) bool {
	for _, term := range q.terms {
		if score, hits, ok := matchField(t.title, term, scoreTitleExact, scoreTitleFuzzy); ok {
			m.Score += score
			m.TitleHits = append(m.TitleHits, hits...)
			continue
		}
		if score, hits, ok := matchField(t.speakers, term, scoreSpeakerExact, scoreSpeakerFuzzy); ok {
			m.Score += score
			m.SpeakerHits = append(m.SpeakerHits, hits...)
			continue
		}
		if strings.Contains(t.other, term) {
			m.Score += scoreOtherExact
			continue
		}
		if hasWordPrefix(t.abstract, term) {
			m.Score += scoreAbstractWord
			continue
		}
		return false
	}
	return true
}

// TextMatch is a match of a query against one line of text.
type TextMatch struct {
	Score int
	Hits  []int // rune positions
}

// MatchText matches every term of q against text, as written or fuzzily,
// as the people and companies lists are filtered.
func MatchText(text string, q Query) (TextMatch, bool) {
	lower := lowerRunes(text)
	var m TextMatch
	for _, term := range q.terms {
		score, hits, ok := matchField(lower, term, scoreTitleExact, scoreTitleFuzzy)
		if !ok {
			return TextMatch{}, false
		}
		m.Score += score
		m.Hits = append(m.Hits, hits...)
	}
	return m, true
}

func sortMatches(ms []SessionMatch) {
	slices.SortStableFunc(ms, func(a, b SessionMatch) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Session, b.Session))
	})
}

// matchField finds term in a lower-cased field: first as written (a word
// start scores more), then, for terms of two letters or more, as a fuzzy
// subsequence ("kfka" finds "kafka").
func matchField(field, term string, exact, fuzzy int) (int, []int, bool) {
	if at, wordStart := indexPreferWordStart(field, term); at >= 0 {
		start := utf8.RuneCountInString(field[:at])
		n := utf8.RuneCountInString(term)
		hits := make([]int, n)
		for k := range hits {
			hits[k] = start + k
		}
		if wordStart {
			exact += bonusWordStart
		}
		if at == 0 {
			exact += bonusFieldStart
		}
		return exact, hits, true
	}
	if utf8.RuneCountInString(term) < 2 {
		return 0, nil, false
	}
	hits, gaps, ok := subsequence(field, term)
	if !ok || gaps > maxGapsPerRune*len(hits) {
		// Letters scattered across a whole title match nothing a person
		// meant.
		return 0, nil, false
	}
	return max(fuzzy-gaps, 1), hits, true
}

// indexPreferWordStart finds term in s, preferring a place where a word
// starts.
func indexPreferWordStart(s, term string) (at int, wordStart bool) {
	first := -1
	for off := 0; off <= len(s); {
		i := strings.Index(s[off:], term)
		if i < 0 {
			break
		}
		i += off
		if first < 0 {
			first = i
		}
		if isWordStart(s, i) {
			return i, true
		}
		off = i + 1
	}
	return first, false
}

// hasWordPrefix reports whether a word of s starts with term.
func hasWordPrefix(s, term string) bool {
	_, wordStart := indexPreferWordStart(s, term)
	return wordStart
}

func isWordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// subsequence matches the runes of term in order within s, returning their
// rune positions and the number of runes skipped between them. Of the
// matches starting at each occurrence of the first rune, the tightest wins:
// "rebalnce" finds "rebalance", not letters strewn from "everything" on.
func subsequence(s, term string) (hits []int, gaps int, ok bool) {
	want := []rune(term)
	runes := []rune(s)
	for start, r := range runes {
		if r != want[0] {
			continue
		}
		h, g, found := greedyFrom(runes, want, start)
		if found && (!ok || g < gaps) {
			hits, gaps, ok = h, g, true
		}
	}
	return hits, gaps, ok
}

// greedyFrom matches want in runes from start, each rune as early as it
// comes. The gap bound holds for every prefix of the match, not just the
// whole: so whatever a longer term matches, its prefix matches too, and
// the filter may search a narrowing query among the last matches only
// (Query.Narrows). With the bound on the whole match only, "stre" found
// 69 talks of 10,000 that "str" did not, and the browser lost them.
func greedyFrom(runes, want []rune, start int) (hits []int, gaps int, ok bool) {
	hits = make([]int, 0, len(want))
	k := 0
	for pos := start; pos < len(runes) && k < len(want); pos++ {
		if runes[pos] != want[k] {
			continue
		}
		if k > 0 {
			gaps += pos - hits[k-1] - 1
			if gaps > maxGapsPerRune*(k+1) {
				return nil, 0, false
			}
		}
		hits = append(hits, pos)
		k++
	}
	return hits, gaps, k == len(want)
}

// lowerRunes lower-cases rune by rune, keeping the rune count, so positions
// found in the result are positions in the original.
func lowerRunes(s string) string {
	return strings.Map(unicode.ToLower, s)
}
