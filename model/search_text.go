package model

import (
	"strings"
)

// Matching a query against any plain text, folded on the fly, by the
// rules the searches use: for the lines of the details pane and of a
// rendered abstract (stripped of its styling), and for lists the index
// does not hold.

// Range is a match in a text: byte offsets, End exclusive.
type Range struct{ Start, End int }

// textWordKind is how well query word t matches a folded word w, with a
// slip allowed or not.
func textWordKind(t string, w []byte, slips bool) matchKind {
	switch {
	case string(w) == t:
		return kindExact
	case strings.HasPrefix(string(w), t):
		return kindPrefix
	case slips && typoTolerant(t) && abs(len(w)-len(t)) <= 4 && oneEdit(t, string(w)):
		return kindTypo
	}
	return kindNone
}

func abs(n int) int { return max(n, -n) }

// wordMatch is one word of a text that one of a query's words matches.
type wordMatch struct {
	span  wordSpan
	first bool // the text's first word
	term  int  // the query word
	kind  matchKind
	// end and runeEnd are where the highlight ends: the word's end, or
	// the end of the prefix matched.
	end, runeEnd int
}

// eachMatch calls fn for each word of text and each of q's words that
// matches it.
func (q Query) eachMatch(text string, fn func(m wordMatch)) {
	if len(q.terms) == 0 {
		return
	}
	var ws wordScanner
	first := true
	ws.scan(text, func(w []byte, sp wordSpan) {
		for ti, t := range q.terms {
			k := textWordKind(t, w, !q.exact)
			if k == kindNone {
				continue
			}
			m := wordMatch{span: sp, first: first, term: ti, kind: k, end: sp.end, runeEnd: sp.runeEnd}
			if k == kindPrefix {
				var runes int
				m.end, runes = prefixEnd(text, sp.start, len(t))
				m.runeEnd = sp.runeStart + runes
			}
			fn(m)
		}
		first = false
	})
}

// eachHighlight calls fn once for each matched word of text, with the
// longest of its highlights.
func (q Query) eachHighlight(text string, fn func(m wordMatch)) {
	var cur wordMatch
	have := false
	q.eachMatch(text, func(m wordMatch) {
		switch {
		case have && m.span == cur.span:
			if m.end > cur.end {
				cur = m
			}
			return
		case have:
			fn(cur)
		}
		cur, have = m, true
	})
	if have {
		fn(cur)
	}
}

// Find returns where q's words match in text, in order: each matched
// word whole, or the matched start of it. The field filters play no part.
func (q Query) Find(text string) []Range {
	var out []Range
	q.eachHighlight(text, func(m wordMatch) {
		r := Range{m.span.start, m.end}
		if n := len(out); n > 0 && r.Start < out[n-1].End {
			// Two words from one rune (½ folds to 1⁄2): one range.
			out[n-1].End = max(out[n-1].End, r.End)
			return
		}
		out = append(out, r)
	})
	return out
}

// Hits returns the rune positions of text that Find's ranges cover, in
// order: the form the list's highlights take.
func (q Query) Hits(text string) []int {
	var out []int
	last := -1
	q.eachHighlight(text, func(m wordMatch) {
		for r := max(m.span.runeStart, last+1); r < m.runeEnd; r++ {
			out = append(out, r)
			last = r
		}
	})
	return out
}

// TextMatch is a match of a query against one line of text.
type TextMatch struct {
	Score int
	Hits  []int // rune positions
}

// MatchText matches every word of q against the words of text, as the
// searches do, scoring the text as a title. The field filters play no
// part; a query without words matches any text.
func MatchText(text string, q Query) (TextMatch, bool) {
	var m TextMatch
	best := make([]int, len(q.terms))
	q.eachMatch(text, func(wm wordMatch) {
		s := weightTitle + kindBonus(wm.kind)
		if wm.first && wm.kind >= kindPrefix {
			s += bonusFirstWord
		}
		best[wm.term] = max(best[wm.term], s)
	})
	for _, s := range best {
		if s == 0 {
			return TextMatch{}, false
		}
		m.Score += s
	}
	m.Hits = q.Hits(text)
	return m, true
}
