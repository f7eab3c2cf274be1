package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// What is stripped from text before it reaches a screen, an export or a
// message is decided here, once: the readers clean every field of a
// schedule with these rules, and every error and notice the program shows
// or prints goes through CleanLine too.

// MaxMarks is how many combining marks (and joiners) may follow one base
// character: enough for every script's stacking, too few for a "zalgo"
// flood to overrun the line above and below it and break pane borders.
const MaxMarks = 4

// CleanLine makes text one clean line: escape sequences, control and
// invisible characters go, line breaks, tabs and every kind of space
// become one plain space, runs of spaces collapse, the ends are trimmed
// and combining marks are capped. Clean text is returned as it is.
func CleanLine(s string) string {
	if i := firstUnclean(s, false); i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	writeClean(&b, s, false, 0)
	return b.String()
}

// CleanText cleans multi-line text (an abstract, a biography): each line
// as CleanLine would, with runs of blank lines kept as one blank line
// and none at the start or the end.
func CleanText(s string) string {
	if i := firstUnclean(s, true); i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	writeClean(&b, s, true, 0)
	return b.String()
}

// firstUnclean returns where s first needs cleaning, or -1 when it is
// clean already: the common case, checked without copying.
func firstUnclean(s string, multiline bool) int {
	if s == "" {
		return -1
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' || multiline && (s[0] == '\n' || s[len(s)-1] == '\n') {
		return 0
	}
	marks := 0
	prev := byte('x')
	for i := 0; i < len(s); {
		// Runs of visible ASCII, most of any text, need no look.
		if visibleASCII[s[i]] {
			for i++; i < len(s) && visibleASCII[s[i]]; i++ {
			}
			prev, marks = 'x', 0
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if prev == ' ' || prev == '\n' {
					return i
				}
			case c == '\n' && multiline:
				if prev == ' ' || i+2 < len(s) && s[i+1] == '\n' && s[i+2] == '\n' {
					return i
				}
			case c < 0x20 || c == 0x7f:
				return i
			}
			prev, marks = c, 0
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1, r <= 0x9f, r == 0x2028, r == 0x2029,
			IsSpaceRune(r), IsInvisibleControl(r):
			return i
		case IsMark(r):
			if marks++; marks > MaxMarks || i == 0 {
				return i
			}
		default:
			marks = 0
		}
		prev = 'x'
		i += size
	}
	return -1
}

// IsVisibleASCII reports the bytes '!' to '~': most of any text, which
// needs no closer look.
func IsVisibleASCII(c byte) bool { return visibleASCII[c] }

// visibleASCII marks the bytes '!' to '~'.
var visibleASCII = func() (t [256]bool) {
	for c := '!'; c <= '~'; c++ {
		t[c] = true
	}
	return t
}()

// WriteCleanLine writes s to b cleaned as CleanLine cleans it, stopping
// before the visible character that would pass limit runes (none when
// limit is 0); it reports whether it stopped. The rest of s is never read,
// so a huge field costs only what is kept.
func WriteCleanLine(b *strings.Builder, s string, limit int) (cut bool) {
	return writeClean(b, s, false, limit)
}

// IsMark reports characters that attach to the one before them: combining
// marks and the joiners.
func IsMark(r rune) bool {
	return r == 0x200c || r == 0x200d || unicode.Is(unicode.M, r)
}

// writeClean writes s cleaned to b. In multiline text a line break
// survives; elsewhere it is a space. With a limit above 0 it stops before
// the visible character that would pass limit runes, and reports whether
// it did: the rest of s is never read.
func writeClean(b *strings.Builder, s string, multiline bool, limit int) (cut bool) {
	space := false // a space is pending before the next visible character
	breaks := 0    // line breaks pending (multiline), at most 2 written
	marks := 0
	runes := 0 // written
	flush := func() {
		switch {
		case b.Len() == 0:
		case breaks > 0:
			b.WriteString("\n\n"[:min(breaks, 2)])
			runes += min(breaks, 2)
		case space:
			b.WriteByte(' ')
			runes++
		}
		space, breaks = false, 0
	}
	full := func() bool {
		pending := 0
		if b.Len() > 0 && (space || breaks > 0) {
			pending = 1
		}
		return limit > 0 && runes+pending >= limit
	}
	newline := func() {
		marks = 0
		if multiline {
			breaks++
			space = false
		} else {
			space = true
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n' || c == '\v' || c == '\f':
				newline()
			case c == '\r':
				newline()
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
			case c == 0x1b:
				i += EscapeLength(s[i:])
				continue
			case c == ' ' || c == '\t':
				if breaks == 0 {
					space = true
				}
				marks = 0
			case c < 0x20 || c == 0x7f:
			default:
				if full() {
					return true
				}
				flush()
				b.WriteByte(c)
				runes++
				marks = 0
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x85 || r == 0x2028 || r == 0x2029:
			newline()
		case r >= 0x80 && r <= 0x9f:
			i += C1Length(s[i:])
			continue
		case IsSpaceRune(r):
			if breaks == 0 {
				space = true
			}
			marks = 0
		case IsInvisibleControl(r) || r == utf8.RuneError && size == 1:
		case IsMark(r):
			if marks < MaxMarks && b.Len() > 0 {
				flush()
				b.WriteString(s[i : i+size])
				runes++
			}
			marks++
		default:
			if full() {
				return true
			}
			flush()
			b.WriteString(s[i : i+size])
			runes++
			marks = 0
		}
		i += size
	}
	return false
}

// IsSpaceRune reports the spaces other than ' ' and tab that pages carry:
// no-break, typographic and ideographic spaces.
func IsSpaceRune(r rune) bool {
	switch {
	case r == 0xa0, r == 0x1680, r >= 0x2000 && r <= 0x200a, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// IsInvisibleControl reports the format characters that can reorder or
// hide text on screen, which no field may hold: bidirectional embeddings,
// overrides, isolates and marks (LRM, RLM, ALM), zero-width space, word
// joiner, byte order marks inside text, the Mongolian vowel separator,
// invisible operators, deprecated format characters, interlinear
// annotation and tag characters. ZWJ and ZWNJ are not among them: emoji
// sequences and several scripts need them. The page's line splitter and
// the pass over every field share this one rule.
func IsInvisibleControl(r rune) bool {
	switch {
	case r < 0x061c:
		return false
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, // embeddings, overrides, isolates
		r == 0x200e, r == 0x200f, r == 0x061c, // LRM, RLM, ALM
		r == 0x200b, r == 0x2060, r == 0xfeff, r == 0x180e, // ZWSP, word joiner, BOM, MVS
		r >= 0x2061 && r <= 0x2064, r >= 0x206a && r <= 0x206f, // invisible operators, deprecated
		r >= 0xfff9 && r <= 0xfffb,   // interlinear annotation
		r >= 0xe0000 && r <= 0xe007f: // tags
		return true
	}
	return false
}

// EscapeLength returns how many bytes of s, which starts with ESC, form one
// escape sequence: CSI (ESC [ … final), string sequences (OSC, DCS, SOS, PM
// and APC, up to BEL or ST) or a two-character escape. An unterminated
// string sequence ends at the end of its line, so one broken sequence
// cannot swallow the rest of the page.
func EscapeLength(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		return 2 + csiBodyLength(s[2:])
	case ']', 'P', 'X', '^', '_':
		return 2 + stringBodyLength(s[2:])
	}
	// ESC, optional intermediates (0x20–0x2F), then one final character.
	n := 1
	for n < len(s) && s[n] >= 0x20 && s[n] <= 0x2f {
		n++
	}
	if n < len(s) && s[n] >= 0x30 && s[n] <= 0x7e {
		n++
	}
	return n
}

// C1Length handles an 8-bit control character (U+0080–U+009F): the C1
// introducers of CSI and string sequences take their bodies with them.
func C1Length(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case 0x9b: // CSI
		return size + csiBodyLength(s[size:])
	case 0x9d, 0x90, 0x98, 0x9e, 0x9f: // OSC, DCS, SOS, PM, APC
		return size + stringBodyLength(s[size:])
	}
	return size
}

// csiBodyLength measures parameters, intermediates and the final byte.
func csiBodyLength(s string) int {
	for n := 0; n < len(s); n++ {
		c := s[n]
		switch {
		case c >= 0x20 && c <= 0x3f:
			continue
		case c >= 0x40 && c <= 0x7e:
			return n + 1
		default:
			// Malformed: stop before the stray byte and let the caller
			// judge it on its own.
			return n
		}
	}
	return len(s)
}

// stringBodyLength measures a string sequence's body and its terminator:
// BEL, ESC \ or the 8-bit ST (U+009C).
func stringBodyLength(s string) int {
	for n := 0; n < len(s); n++ {
		switch s[n] {
		case 0x07:
			return n + 1
		case 0x1b:
			if n+1 < len(s) && s[n+1] == '\\' {
				return n + 2
			}
			return n // a new sequence begins; let the caller read it
		case '\n', '\r':
			return n
		case 0xc2:
			if n+1 < len(s) && s[n+1] == 0x9c {
				return n + 2
			}
		}
	}
	return len(s)
}
