package model

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// vocab is every distinct folded word of a set of texts, sorted, so that a
// word is a number and the words that start with a prefix are one run of
// numbers: matching a query word against a text is comparing numbers.
type vocab struct {
	words []string
}

// vocabBuilder numbers words as they come, then sorts them.
type vocabBuilder struct {
	at    map[string]uint32
	words []string
}

func newVocabBuilder() *vocabBuilder {
	return &vocabBuilder{at: map[string]uint32{}}
}

// id numbers a word in order of first appearance; w is copied if new.
func (b *vocabBuilder) id(w []byte) uint32 {
	if id, ok := b.at[string(w)]; ok {
		return id
	}
	id := uint32(len(b.words))
	s := string(w)
	b.at[s] = id
	b.words = append(b.words, s)
	return id
}

// mergeVocabs sorts the words of builders into one vocabulary and
// returns, for each builder, the map from its numbers of first
// appearance to the vocabulary's.
func mergeVocabs(bs []*vocabBuilder) (vocab, [][]uint32) {
	var all []string
	for _, b := range bs {
		all = append(all, b.words...)
	}
	slices.Sort(all)
	all = slices.Compact(all)
	remaps := make([][]uint32, len(bs))
	for p, b := range bs {
		remap := make([]uint32, len(b.words))
		for first, w := range b.words {
			i, _ := slices.BinarySearch(all, w)
			remap[first] = uint32(i)
		}
		remaps[p] = remap
	}
	return vocab{words: slices.Clip(all)}, remaps
}

// prefixRange is the run of word numbers [lo, hi) of the words starting
// with p; lo == hi when there are none.
func (v *vocab) prefixRange(p string) (lo, hi uint32) {
	l, _ := slices.BinarySearch(v.words, p)
	h := l + sortSearchPrefixEnd(v.words[l:], p)
	return uint32(l), uint32(h)
}

// sortSearchPrefixEnd counts the leading words of ws that start with p
// (ws sorted, starting at the first word ≥ p).
func sortSearchPrefixEnd(ws []string, p string) int {
	lo, hi := 0, len(ws)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if strings.HasPrefix(ws[m], p) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// exact is the number of the word w, if the vocabulary has it.
func (v *vocab) exact(w string) (uint32, bool) {
	i, ok := slices.BinarySearch(v.words, w)
	return uint32(i), ok
}

// typos appends to dst the numbers of the words one slip away from t
// (oneEdit) that do not start with t, in increasing order.
func (v *vocab) typos(dst []uint32, t string) []uint32 {
	n := utf8.RuneCountInString(t)
	for i, w := range v.words {
		// A byte length this far off cannot be one rune away: folded
		// runes take at most four bytes.
		if d := len(w) - len(t); d > 4 || d < -4 {
			continue
		}
		if c := utf8.RuneCountInString(w); c < n-1 || c > n+1 {
			continue
		}
		if !strings.HasPrefix(w, t) && oneEdit(t, w) {
			dst = append(dst, uint32(i))
		}
	}
	return dst
}

// minTypoRunes is the shortest query word allowed one slip: shorter ones
// would find too many words a person would not call a match.
const minTypoRunes = 5

// typoTolerant reports whether a query word may match with one slip.
func typoTolerant(t string) bool { return utf8.RuneCountInString(t) >= minTypoRunes }

// oneEdit reports whether a and b differ by exactly one slip: one rune
// replaced, inserted or deleted, or two neighbours swapped (the optimal
// string alignment distance is 1).
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	var bufA, bufB [64]rune
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	// Skip the common prefix and suffix; what is left must be one slip.
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	ea, eb := len(ra), len(rb)
	for ea > i && eb > i && ra[ea-1] == rb[eb-1] {
		ea--
		eb--
	}
	da, db := ea-i, eb-i
	switch {
	case len(ra) == len(rb):
		// Replaced, or swapped neighbours.
		return da == 1 || da == 2 && ra[i] == rb[i+1] && ra[i+1] == rb[i]
	case len(rb) == len(ra)+1:
		// One rune more in the longer.
		return da == 0 && db == 1
	}
	return false
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}
