package model

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Search compares text as folded: lower case, accents and other combining
// marks dropped after Unicode compatibility decomposition (NFKD), so
// "Jürgen" reads "jurgen" and "ﬁ" reads "fi"; apostrophes of every kind
// vanish, so "Don’t" and "don't" both read "dont"; typographic quotes and
// dashes read as their ASCII forms; and the ®, ™ and © signs vanish. The
// query is folded the same way. Folding works rune by rune, so a folded
// word can always be traced back to the runes of the original it came
// from, which is what highlights are drawn on.

// appendFold appends the folded form of r to dst: often one byte, nothing
// for the runes that vanish, several for ligatures and letters such as ß.
func appendFold(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			return append(dst, byte(r)+'a'-'A')
		case r == '\'':
			return dst
		}
		return append(dst, byte(r))
	}
	switch r {
	case '’', '‘', '‛', 'ʼ', 'ʻ', '′', '＇':
		return dst
	case '“', '”', '„', '‟', '″', '«', '»':
		return append(dst, '"')
	case '‐', '‑', '‒', '–', '—', '―', '−', '﹘', '﹣', '－':
		return append(dst, '-')
	case '®', '™', '©', '℠', '℗':
		return dst
	}
	if unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Mn, r) {
		return dst // soft hyphens, joiners; marks of text already decomposed
	}
	lower := unicode.ToLower(r)
	if s, ok := latinFold[lower]; ok {
		return append(dst, s...)
	}
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], lower)
	d := norm.NFKD.Properties(enc[:n]).Decomposition()
	if d == nil {
		return utf8.AppendRune(dst, foldCase(lower))
	}
	for len(d) > 0 {
		c, size := utf8.DecodeRune(d)
		d = d[size:]
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		c = unicode.ToLower(c)
		if s, ok := latinFold[c]; ok {
			dst = append(dst, s...)
			continue
		}
		dst = utf8.AppendRune(dst, foldCase(c))
	}
	return dst
}

// foldCase maps the lower-case letters that have another lower-case form
// to one of them.
func foldCase(r rune) rune {
	if r == 'ς' {
		return 'σ'
	}
	return r
}

// isWordRune reports whether a folded rune belongs to a word: letters,
// digits and the spacing marks of scripts that write vowels with them.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordSpan is where a word of a text lies in the original: byte offsets
// and rune positions, end exclusive.
type wordSpan struct {
	start, end         int
	runeStart, runeEnd int
}

// wordScanner splits a text into folded words. Words are runs of word
// runes in the folded text; whatever folds to nothing (an apostrophe, a
// ®) neither ends a word nor belongs to it, so "Don’t" is one word,
// "dont", whose span still covers the apostrophe. Anything else separates
// words: "hello-streams" is "hello" and "streams".
type wordScanner struct {
	word []byte // the current word, folded
	tmp  []byte
}

// scan calls emit for each word of s with its folded form (valid only
// during the call) and its span in s.
func (ws *wordScanner) scan(s string, emit func(word []byte, sp wordSpan)) {
	word := ws.word[:0]
	var sp wordSpan
	runes := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// The common case, without decoding: a run of ASCII letters
			// and digits goes into the word in one go.
			j := i
			for ; j < len(s); j++ {
				c := s[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				} else if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
					break
				}
				word = append(word, c)
			}
			if j > i {
				if len(word) == j-i { // the word starts here
					sp.start, sp.runeStart = i, runes
				}
				runes += j - i
				sp.end, sp.runeEnd = j, runes
				i = j
				continue
			}
			if c != '\'' && len(word) > 0 {
				emit(word, sp)
				word = word[:0]
			}
			i++
			runes++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		ws.tmp = appendFold(ws.tmp[:0], r)
		for f := ws.tmp; len(f) > 0; {
			c, n := utf8.DecodeRune(f)
			if isWordRune(c) {
				if len(word) == 0 {
					sp.start, sp.runeStart = i, runes
				}
				word = append(word, f[:n]...)
				sp.end, sp.runeEnd = i+size, runes+1
			} else if len(word) > 0 {
				emit(word, sp)
				word = word[:0]
			}
			f = f[n:]
		}
		i += size
		runes++
	}
	if len(word) > 0 {
		emit(word, sp)
	}
	ws.word = word[:0]
}

// prefixEnd is where, in s, the first n bytes of the folded word starting
// at byte start end: the byte offset and the number of runes from start.
// A highlight of a prefix match covers exactly these runes.
func prefixEnd(s string, start, n int) (end, runes int) {
	var tmp [16]byte
	got := 0
	for i, r := range s[start:] {
		if got >= n {
			return start + i, runes
		}
		f := appendFold(tmp[:0], r)
		for len(f) > 0 {
			c, size := utf8.DecodeRune(f)
			if isWordRune(c) {
				got += size
			}
			f = f[size:]
		}
		runes++
	}
	return len(s), runes
}
