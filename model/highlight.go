package model

import (
	"slices"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Occurrences returns where the query's terms occur in text, for
// highlighting: rune ranges [start, end) of the original text, sorted and
// merged where they overlap. A term occurs where a word of the text starts
// with it, both compared folded: case, accents, typographic quotes and
// dashes, ® and ™ do not count, so "dont" is found in "Don’t" and "jurgen"
// in "Jürgen".
func (q Query) Occurrences(text string) [][2]int {
	if q.Empty() || text == "" {
		return nil
	}
	folded, origin := foldWithOrigin(text)
	var spans [][2]int
	for _, term := range q.terms {
		want, _ := foldWithOrigin(term)
		if len(want) == 0 {
			continue
		}
		for i := 0; i+len(want) <= len(folded); i++ {
			if (i > 0 && isWordRune(folded[i-1])) || !slices.Equal(folded[i:i+len(want)], want) {
				continue
			}
			start, end := origin[i], origin[i+len(want)-1]+1
			spans = append(spans, [2]int{start, end})
		}
	}
	return mergeSpans(spans)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// mergeSpans sorts spans and joins those that overlap or touch.
func mergeSpans(spans [][2]int) [][2]int {
	if len(spans) < 2 {
		return spans
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	out := spans[:1]
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s[0] <= last[1] {
			last[1] = max(last[1], s[1])
			continue
		}
		out = append(out, s)
	}
	return out
}

// foldWithOrigin folds text rune by rune for comparison and says, for each
// folded rune, which rune of text it came from.
func foldWithOrigin(text string) (folded []rune, origin []int) {
	folded = make([]rune, 0, len(text))
	origin = make([]int, 0, len(text))
	i := 0
	for _, r := range text {
		for _, f := range foldRune(r) {
			folded = append(folded, f)
			origin = append(origin, i)
		}
		i++
	}
	return folded, origin
}

// foldRune is r as search compares it: lower case, without accents, with
// ASCII quotes and hyphens for their typographic forms, and nothing for
// marks such as ® and ™ or combining marks.
func foldRune(r rune) []rune {
	switch r {
	case '’', '‘', '‛', 'ʼ', '′':
		return []rune{'\''}
	case '“', '”', '„', '″':
		return []rune{'"'}
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return []rune{'-'}
	case '®', '™', '©':
		return nil
	}
	if r < 0x80 {
		return []rune{unicode.ToLower(r)}
	}
	var out []rune
	for _, d := range norm.NFKD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		out = append(out, unicode.ToLower(d))
	}
	return out
}
