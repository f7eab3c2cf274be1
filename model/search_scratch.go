package model

// searchScratch is the working memory of one search, reused across
// searches so a keystroke allocates little more than its result.
type searchScratch struct {
	keys     []uint64
	terms    []termMatcher
	kinds    [][]matchKind
	setKinds [][]matchKind
	typos    [][]uint32
	hits     []int
	offs     []int32 // per match found, where its hits start in hits
	posOf    []int32 // by item: the match found for it
}

// scratch takes working memory from the index's pool; release gives it
// back.
func (x *Index) scratch() *searchScratch {
	if s, ok := x.scratchPool.Get().(*searchScratch); ok {
		return s
	}
	return &searchScratch{}
}

func (x *Index) release(s *searchScratch) {
	clear(s.terms)
	s.terms = s.terms[:0]
	x.scratchPool.Put(s)
}

// compileTerms compiles q's words against st's vocabulary.
func compileTerms(st *textStore, q Query, sc *searchScratch) []termMatcher {
	sc.terms = sc.terms[:0]
	for i, t := range q.terms {
		if i == len(sc.kinds) {
			sc.kinds = append(sc.kinds, nil)
			sc.setKinds = append(sc.setKinds, nil)
			sc.typos = append(sc.typos, nil)
		}
		m := st.compileTerm(t, !q.exact, sc.kinds[i], sc.typos[i])
		if st.hasSet {
			m.setKinds = st.setKinds(&m, sc.setKinds[i])
			sc.setKinds[i] = m.setKinds
		}
		sc.kinds[i], sc.typos[i] = m.kinds, m.typos
		sc.terms = append(sc.terms, m)
	}
	return sc.terms
}

// prepare readies the scratch for a search of a list of n items.
func (sc *searchScratch) prepare(n int) {
	sc.keys, sc.hits, sc.offs = sc.keys[:0], sc.hits[:0], sc.offs[:0]
	if len(sc.posOf) < n {
		sc.posOf = make([]int32, n)
	}
}

// found records a match of item i; its highlights follow in hits, its
// two fields' separated by an offset the caller appends.
func (sc *searchScratch) found(i, score int) {
	sc.posOf[i] = int32(len(sc.offs) / 2)
	sc.keys = append(sc.keys, matchKey(score, i))
	sc.offs = append(sc.offs, int32(len(sc.hits)))
}

// hitsOf slices a match's two fields' highlights out of hits, a copy of
// the scratch's.
func (sc *searchScratch) hitsOf(hits []int, i int) (first, second []int) {
	p := int(sc.posOf[i])
	h0, h1 := int(sc.offs[2*p]), int(sc.offs[2*p+1])
	h2 := len(hits)
	if 2*p+2 < len(sc.offs) {
		h2 = int(sc.offs[2*p+2])
	}
	if h1 > h0 {
		first = hits[h0:h1:h1]
	}
	if h2 > h1 {
		second = hits[h1:h2:h2]
	}
	return first, second
}
