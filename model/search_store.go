package model

import (
	"slices"
)

// textStore holds the searchable texts of a list of items (sessions,
// people, companies, rooms) as word numbers of one vocabulary, built once:
// a keystroke compares numbers, and never folds, splits or converts a
// text again. Each item has the same segments (a title, a speaker line…),
// each its words in order; the first few keep where each word lies in
// the original, for highlights. An item may also have a set: the words of
// a long text that is searched but never highlighted in a list (an
// abstract), kept inverted, as the items each word is in, so a query word
// finds the items whose set it matches in one sweep over the words it
// matches, instead of a look into every item's set. Everything is in a
// few flat slices without pointers, which the garbage collector need not
// scan.
type textStore struct {
	vocab   vocab
	segs    int  // ordered segments per item
	spanned int  // the first spanned segments keep spans
	hasSet  bool // each item has a set after its segments

	ids    []uint32 // word numbers, item after item, segment after segment
	bounds []uint32 // segment k of item i is ids[bounds[i*segs+k]:bounds[i*segs+k+1]]
	spans  []span   // one per word of the spanned segments, in order
	spanAt []uint32 // the first span of item i

	// post[postAt[w]:postAt[w+1]] are the items whose set holds word w,
	// in order.
	post   []uint32
	postAt []uint32
}

// span is where a word of a spanned segment lies in its original text, in
// runes.
type span struct {
	runeStart uint32
	runeLen   uint16
	// plain: the folded word is the original's runes lower-cased, one
	// byte each, so a prefix of n bytes is n runes.
	plain bool
}

// storeBuilder fills a textStore item by item: text adds to the current
// segment, end closes it; after an item's last segment (and its set) the
// next item begins.
type storeBuilder struct {
	st  *textStore
	vb  *vocabBuilder
	ws  wordScanner
	seg int
	// The sets while items are added: word numbers of first appearance,
	// item after item; set[setAt[i]:setAt[i+1]] is item i's.
	set   []uint32
	setAt []uint32
	// seen[id] == stamp: the word is already in the current set.
	seen  []uint32
	stamp uint32
}

// newStoreBuilder starts a store of items with segs segments, the first
// spanned of them with spans, and a set each if hasSet. The sizes are
// guesses that spare the slices most of their growing: the number of
// items and the bytes of all their sets' texts.
func newStoreBuilder(segs, spanned int, hasSet bool, items, setBytes int) *storeBuilder {
	b := &storeBuilder{
		st: &textStore{segs: segs, spanned: spanned, hasSet: hasSet,
			bounds: make([]uint32, 1, items*segs+1), spanAt: make([]uint32, 1, items+1)},
		vb:    newVocabBuilder(),
		stamp: 1,
	}
	if hasSet {
		// About one distinct word in ten bytes of prose.
		b.set = make([]uint32, 0, setBytes/10)
		b.setAt = make([]uint32, 1, items+1)
	}
	return b
}

// text adds the words of texts to the current segment or set.
func (b *storeBuilder) text(texts ...string) {
	st := b.st
	if st.hasSet && b.seg == st.segs {
		for _, t := range texts {
			b.ws.scan(t, b.addToSet)
		}
		return
	}
	withSpans := b.seg < st.spanned
	for _, t := range texts {
		b.ws.scan(t, func(w []byte, sp wordSpan) {
			st.ids = append(st.ids, b.vb.id(w))
			if withSpans {
				n := sp.runeEnd - sp.runeStart
				st.spans = append(st.spans, span{
					runeStart: uint32(sp.runeStart),
					runeLen:   uint16(min(n, 1<<16-1)),
					plain:     len(w) == sp.end-sp.start && sp.end-sp.start == n,
				})
			}
		})
	}
}

func (b *storeBuilder) addToSet(w []byte, _ wordSpan) {
	id := b.vb.id(w)
	if int(id) >= len(b.seen) {
		b.seen = append(b.seen, make([]uint32, int(id)+1-len(b.seen))...)
	}
	if b.seen[id] != b.stamp {
		b.seen[id] = b.stamp
		b.set = append(b.set, id)
	}
}

// end closes the current segment or set, and the item after its last.
func (b *storeBuilder) end() {
	st := b.st
	if st.hasSet && b.seg == st.segs {
		b.setAt = append(b.setAt, uint32(len(b.set)))
		b.stamp++
	} else {
		st.bounds = append(st.bounds, uint32(len(st.ids)))
	}
	b.seg++
	perItem := st.segs
	if st.hasSet {
		perItem++
	}
	if b.seg == perItem {
		b.seg = 0
		st.spanAt = append(st.spanAt, uint32(len(st.spans)))
	}
}

// finish sorts the vocabulary, renumbers the words and inverts the sets.
func (b *storeBuilder) finish() *textStore { return finishStores([]*storeBuilder{b}) }

// finishStores joins stores built in parts (items split in runs, one
// builder each, so they can be built at once) into one, with one
// vocabulary.
func finishStores(parts []*storeBuilder) *textStore {
	vbs := make([]*vocabBuilder, len(parts))
	for p, b := range parts {
		vbs[p] = b.vb
	}
	v, remaps := mergeVocabs(vbs)
	st := parts[0].st
	if len(parts) > 1 {
		first := st
		st = &textStore{segs: first.segs, spanned: first.spanned, hasSet: first.hasSet, bounds: []uint32{0}, spanAt: []uint32{0}}
	}
	st.vocab = v
	for p, b := range parts {
		ps, remap := b.st, remaps[p]
		if ps == st {
			for i, id := range st.ids {
				st.ids[i] = remap[id]
			}
			continue
		}
		base, spanBase := uint32(len(st.ids)), uint32(len(st.spans))
		for _, id := range ps.ids {
			st.ids = append(st.ids, remap[id])
		}
		for _, at := range ps.bounds[1:] {
			st.bounds = append(st.bounds, base+at)
		}
		st.spans = append(st.spans, ps.spans...)
		for _, at := range ps.spanAt[1:] {
			st.spanAt = append(st.spanAt, spanBase+at)
		}
		ps.ids, ps.spans = nil, nil
	}
	if st.hasSet {
		invertSets(st, parts, remaps)
	}
	st.ids = slices.Clip(st.ids)
	st.spans = slices.Clip(st.spans)
	for _, b := range parts {
		b.vb, b.seen, b.set, b.setAt = nil, nil, nil, nil
	}
	return st
}

// invertSets fills st's postings from the parts' sets, items numbered on
// from one part to the next.
func invertSets(st *textStore, parts []*storeBuilder, remaps [][]uint32) {
	words := len(st.vocab.words)
	st.postAt = make([]uint32, words+1)
	total := 0
	for p, b := range parts {
		for _, id := range b.set {
			st.postAt[remaps[p][id]+1]++
		}
		total += len(b.set)
	}
	for w := range words {
		st.postAt[w+1] += st.postAt[w]
	}
	st.post = make([]uint32, total)
	next := slices.Clone(st.postAt[:words])
	item := uint32(0)
	for p, b := range parts {
		for k := range len(b.setAt) - 1 {
			for _, id := range b.set[b.setAt[k]:b.setAt[k+1]] {
				w := remaps[p][id]
				st.post[next[w]] = item
				next[w]++
			}
			item++
		}
		b.set = nil
	}
}

// items is the number of items stored.
func (st *textStore) items() int { return (len(st.bounds) - 1) / st.segs }

// segment is the word numbers of segment k of item i.
func (st *textStore) segment(i, k int) []uint32 {
	at := i*st.segs + k
	return st.ids[st.bounds[at]:st.bounds[at+1]]
}

// setKinds fills kinds, one per item, with how well m matches each
// item's set.
func (st *textStore) setKinds(m *termMatcher, kinds []matchKind) []matchKind {
	n := st.items()
	if cap(kinds) < n {
		kinds = make([]matchKind, n)
	}
	kinds = kinds[:n]
	clear(kinds)
	mark := func(w uint32, k matchKind) {
		for _, item := range st.post[st.postAt[w]:st.postAt[w+1]] {
			kinds[item] = max(kinds[item], k)
		}
	}
	for w := m.lo; w < m.hi; w++ {
		mark(w, kindPrefix)
	}
	if m.hasExact {
		mark(m.exact, kindExact)
	}
	for _, w := range m.typos {
		mark(w, kindTypo)
	}
	return kinds
}

// segmentSpans is the spans of the words of spanned segment k of item i.
func (st *textStore) segmentSpans(i, k int) []span {
	first := st.spanAt[i] + st.bounds[i*st.segs+k] - st.bounds[i*st.segs]
	n := st.bounds[i*st.segs+k+1] - st.bounds[i*st.segs+k]
	return st.spans[first : first+n]
}

// byteOffset is the byte offset of rune position r in s.
func byteOffset(s string, r int) int {
	for i := range s {
		if r == 0 {
			return i
		}
		r--
	}
	return len(s)
}

// matchKind is how well a query word matches a word of a text.
type matchKind uint8

const (
	kindNone   matchKind = iota
	kindTypo             // one slip away, for query words of five runes or more
	kindPrefix           // the text's word starts with the query word
	kindExact            // the same word
)

// termMatcher is one query word compiled against a vocabulary: the word
// numbers it matches, by kind.
type termMatcher struct {
	term     string
	exact    uint32
	hasExact bool
	lo, hi   uint32      // words starting with the term (the exact one included)
	typos    []uint32    // sorted
	kinds    []matchKind // by word number
	// setKinds is how well the term matches each item's set, for a
	// store with sets.
	setKinds []matchKind
}

// compileTerm compiles query word t, with slips or without; kinds is
// reused for its table of kinds by word number, typos for the numbers of
// the words one slip away.
func (st *textStore) compileTerm(t string, slips bool, kinds []matchKind, typos []uint32) termMatcher {
	m := termMatcher{term: t}
	m.exact, m.hasExact = st.vocab.exact(t)
	m.lo, m.hi = st.vocab.prefixRange(t)
	if slips && typoTolerant(t) {
		m.typos = st.vocab.typos(typos[:0], t)
	}
	if cap(kinds) < len(st.vocab.words) {
		kinds = make([]matchKind, len(st.vocab.words))
	}
	kinds = kinds[:len(st.vocab.words)]
	clear(kinds)
	for id := m.lo; id < m.hi; id++ {
		kinds[id] = kindPrefix
	}
	if m.hasExact {
		kinds[m.exact] = kindExact
	}
	for _, id := range m.typos {
		kinds[id] = kindTypo
	}
	m.kinds = kinds
	return m
}

// kind classifies one word number.
func (m *termMatcher) kind(id uint32) matchKind { return m.kinds[id] }

// best is the best kind among a segment's words, and whether its first
// word matched as written.
func (m *termMatcher) best(words []uint32) (best matchKind, first bool) {
	for j, id := range words {
		k := m.kind(id)
		if k > best {
			best = k
		}
		if j == 0 && k >= kindPrefix {
			first = true
		}
		if best == kindExact && j > 0 {
			break
		}
	}
	return best, first
}

// appendHits appends the rune positions to highlight in one spanned
// segment: the whole word for a whole-word match or a slip, the matched
// runes for a prefix. text is the segment's original, asked for only
// when a prefix must be traced through folded runes.
func appendHits(hits []int, words []uint32, spans []span, terms []termMatcher, text func() string) []int {
	last := -1 // hits stay increasing even where two words share a rune (½)
	for j, id := range words {
		sp := spans[j]
		end := -1
		for ti := range terms {
			m := &terms[ti]
			switch m.kind(id) {
			case kindExact, kindTypo:
				end = max(end, int(sp.runeStart)+int(sp.runeLen))
			case kindPrefix:
				n := len(m.term)
				if sp.plain {
					end = max(end, int(sp.runeStart)+n)
				} else {
					t := text()
					_, runes := prefixEnd(t, byteOffset(t, int(sp.runeStart)), n)
					end = max(end, int(sp.runeStart)+runes)
				}
			}
		}
		for r := max(int(sp.runeStart), last+1); r < end; r++ {
			hits = append(hits, r)
			last = r
		}
	}
	return hits
}
