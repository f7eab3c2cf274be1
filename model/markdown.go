package model

import (
	"strings"
)

// inlineSpecial are the characters Markdown (CommonMark with GitHub's
// extensions) may read as formatting anywhere in a line.
const inlineSpecial = "\\`*_[]<>|~&"

// EscapeMarkdown escapes text so that Markdown shows it literally:
// "*" stays a star, "#process" stays a word, "<b>" stays text.
func EscapeMarkdown(s string) string {
	if s == "" {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	// Characters that only matter at the start of a line (">" is escaped
	// wherever it is, below).
	switch s[0] {
	case '#', '+', '-', '=':
		b.WriteByte('\\')
	}
	digits := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	closing := closingHashes(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte(inlineSpecial, c) >= 0 || i == digits && digits > 0 && (c == '.' || c == ')') || i == closing {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// closingHashes returns where a trailing run of "#" starts when a space or
// tab comes before it ("C #"), or -1. In a heading such a run is the
// optional closing sequence and would vanish; escaping its first "#" keeps
// it, and elsewhere the escape is harmless. "C#" is left alone.
func closingHashes(s string) int {
	end := len(strings.TrimRight(s, " \t"))
	start := end
	for start > 0 && s[start-1] == '#' {
		start--
	}
	if start == end || start == 0 || s[start-1] != ' ' && s[start-1] != '\t' {
		return -1
	}
	return start
}

// AbstractMarkdown turns a plain-text abstract (see Session.Abstract) into
// Markdown: its "- item" and "1. item" lines become list items, and
// everything else is escaped so it reads exactly as written.
func AbstractMarkdown(abstract string) string {
	var b strings.Builder
	b.Grow(len(abstract) + len(abstract)/16)
	for i, line := range strings.Split(abstract, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		marker, rest := SplitListMarker(line)
		b.WriteString(marker)
		b.WriteString(EscapeMarkdown(rest))
	}
	return b.String()
}

// SplitListMarker separates a line of an abstract (see Session.Abstract)
// that is a list item into its marker, "- " or "12. " (up to three digits),
// and its text. For any other line the marker is empty and the text is
// the line.
func SplitListMarker(line string) (marker, text string) {
	if strings.HasPrefix(line, "- ") {
		return "- ", line[2:]
	}
	digits := 0
	for digits < len(line) && digits < 3 && line[digits] >= '0' && line[digits] <= '9' {
		digits++
	}
	if digits > 0 && strings.HasPrefix(line[digits:], ". ") {
		return line[:digits+2], line[digits+2:]
	}
	return "", line
}
