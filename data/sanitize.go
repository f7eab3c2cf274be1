package data

import (
	"strings"
	"unicode/utf8"
)

// pageLine is one line of a page after cleaning: its text without leading
// or trailing space, and whether it was indented.
type pageLine struct {
	text     string
	indented bool
}

func (l pageLine) blank() bool { return l.text == "" }

// splitCleanLines splits text into lines (LF, CRLF, CR, NEL, U+2028 and
// U+2029 all end one) and cleans each: terminal control sequences and
// control characters are dropped, every kind of space becomes one plain
// space, runs of spaces collapse, runs of blank lines become one blank
// line and the "className" damage is undone.
// Text from a page is data; after this nothing in it can drive a terminal.
func splitCleanLines(text string) []pageLine {
	lines := make([]pageLine, 0, strings.Count(text, "\n")+1)
	damaged := hasClassName(text) // one search of the page, not one a line
	add := func(s string, indented bool) {
		// A run of blank lines means what one blank line means; keeping
		// one bounds the memory a page of nothing but newlines takes.
		if s != "" || len(lines) == 0 || !lines[len(lines)-1].blank() {
			if damaged {
				s = repairClassName(s)
			}
			lines = append(lines, pageLine{text: s, indented: indented})
		}
	}
	var b strings.Builder
	for i := 0; ; {
		// Most lines need no cleaning: take them as they are, uncopied.
		if start, end, textEnd, indented, ok := plainLine(text, i); ok {
			add(text[start:textEnd], indented)
			if end == len(text) {
				return lines
			}
			i = end + 1
			if text[end] == '\r' && i < len(text) && text[i] == '\n' {
				i++
			}
			continue
		}
		var l pageLine
		var more bool
		l, i, more = cleanLine(text, i, &b)
		add(l.text, l.indented)
		if !more {
			return lines
		}
	}
}

// plainLine reports whether the line starting at text[i] is clean already:
// indentation of spaces and tabs, then visible characters separated by
// single spaces, ended by LF, CR, VT, FF or the end of the text. It
// returns where its text starts, where the line ends and where its text
// ends: before one trailing space, if it has one.
func plainLine(text string, i int) (start, end, textEnd int, indented, ok bool) {
	lineStart := i
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	start = i
	space := false // the last character was a space
	for i < len(text) {
		c := text[i]
		switch {
		case c > ' ' && c < 0x7f:
			space = false
			i++
		case c == ' ':
			if space {
				return 0, 0, 0, false, false
			}
			space = true
			i++
		case c == '\n' || c == '\r' || c == '\v' || c == '\f':
			return start, i, lineEnd(i, space), start > lineStart, true
		case c < utf8.RuneSelf:
			return 0, 0, 0, false, false
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if r <= 0x9f || r == 0x2028 || r == 0x2029 || isSpaceRune(r) || isInvisibleControl(r) ||
				r == utf8.RuneError && size == 1 {
				return 0, 0, 0, false, false
			}
			space = false
			i += size
		}
	}
	return start, i, lineEnd(i, space), start > lineStart, true
}

// lineEnd is where a plain line's text ends: before its one trailing
// space, if it has one.
func lineEnd(i int, space bool) int {
	if space {
		return i - 1
	}
	return i
}

// cleanLine cleans the line starting at text[i] into one pageLine. It
// returns the index after the line's end and whether a line ending was
// read (false: the text ended).
func cleanLine(text string, i int, b *strings.Builder) (line pageLine, next int, more bool) {
	b.Reset()
	leading := true // still in the line's indentation
	indented := false
	space := false // a space is pending before the next visible character
	endLine := func() pageLine {
		return pageLine{text: b.String(), indented: indented}
	}
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n' || c == '\v' || c == '\f':
				return endLine(), i + 1, true
			case c == '\r':
				i++
				if i < len(text) && text[i] == '\n' {
					i++
				}
				return endLine(), i, true
			case c == 0x1b:
				i += escapeLength(text[i:])
				continue
			case c == ' ' || c == '\t':
				if leading {
					indented = true
				} else {
					space = true
				}
				i++
				continue
			case c < 0x20 || c == 0x7f:
				i++
				continue
			}
			leading = false
			if space {
				b.WriteByte(' ')
				space = false
			}
			// A run of visible ASCII is written at once.
			j := i + 1
			for j < len(text) && visibleASCII[text[j]] {
				j++
			}
			b.WriteString(text[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == 0x85 || r == 0x2028 || r == 0x2029:
			return endLine(), i + size, true
		case r >= 0x80 && r <= 0x9f:
			i += c1Length(text[i:])
			continue
		case isSpaceRune(r):
			if leading {
				indented = true
			} else {
				space = true
			}
			i += size
			continue
		case isInvisibleControl(r) || r == utf8.RuneError && size == 1:
			i += size
			continue
		}
		leading = false
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(text[i : i+size])
		i += size
	}
	return endLine(), i, false
}

// isSpaceRune reports the spaces other than ' ' and tab that pages carry:
// no-break, typographic and ideographic spaces.
func isSpaceRune(r rune) bool {
	switch {
	case r == 0xa0, r == 0x1680, r >= 0x2000 && r <= 0x200a, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// isInvisibleControl reports the format characters that can reorder or
// hide text on screen, which no field may hold: bidirectional embeddings,
// overrides, isolates and marks (LRM, RLM, ALM), zero-width space, word
// joiner, byte order marks inside text, the Mongolian vowel separator,
// invisible operators, deprecated format characters, interlinear
// annotation and tag characters. ZWJ and ZWNJ are not among them: emoji
// sequences and several scripts need them. The page's line splitter and
// the pass over every field share this one rule.
func isInvisibleControl(r rune) bool {
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

// escapeLength returns how many bytes of s, which starts with ESC, form one
// escape sequence: CSI (ESC [ … final), string sequences (OSC, DCS, SOS, PM
// and APC, up to BEL or ST) or a two-character escape. An unterminated
// string sequence ends at the end of its line, so one broken sequence
// cannot swallow the rest of the page.
func escapeLength(s string) int {
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

// c1Length handles an 8-bit control character (U+0080–U+009F): the C1
// introducers of CSI and string sequences take their bodies with them.
func c1Length(s string) int {
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

// repairClassName undoes a scraper's global replacement of the word
// "class" by "className" (a JSX conversion run over prose): "classNameic"
// was "classic" and "world className" was "world class". The replacement
// was blind, so its inverse is too.
func repairClassName(s string) string {
	if !strings.Contains(s, "className") {
		return s
	}
	return strings.ReplaceAll(s, "className", "class")
}

// hasClassName reports whether text holds "className", found from its
// rare capital N: searching for the word itself stops at every "c" of the
// page.
func hasClassName(text string) bool {
	for off := 0; ; {
		i := strings.IndexByte(text[off:], 'N')
		if i < 0 {
			return false
		}
		i += off
		if strings.HasSuffix(text[:i], "class") && strings.HasPrefix(text[i:], "Name") {
			return true
		}
		off = i + 1
	}
}
