package data

import (
	"strings"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/model"
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
			for j < len(text) && model.IsVisibleASCII(text[j]) {
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

// The rules of what is stripped from text are model's (model/clean.go),
// shared with every message the program shows or prints.
func isSpaceRune(r rune) bool        { return model.IsSpaceRune(r) }
func isInvisibleControl(r rune) bool { return model.IsInvisibleControl(r) }
func escapeLength(s string) int      { return model.EscapeLength(s) }
func c1Length(s string) int          { return model.C1Length(s) }

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
