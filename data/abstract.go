package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// buildAbstract writes an abstract as plain text: each paragraph line of
// the page is a paragraph, separated from the next by one blank line; list
// items stay one per line as "- item" or "1. item", a run of them (blank
// lines between items are dropped) forming one list. When the page already
// holds the abstract in that form, as one stretch of text, the abstract is
// that stretch, not a copy.
func buildAbstract(text, spill string, lines []pageLine) string {
	if spill == "" {
		if s, ok := abstractInPlace(text, lines); ok {
			return s
		}
	}
	return writeAbstract(spill, lines)
}

// writeAbstract writes the abstract buildAbstract describes as a new
// string.
func writeAbstract(spill string, lines []pageLine) string {
	var b strings.Builder
	size := len(spill)
	for _, l := range lines {
		size += len(l.text) + 2
	}
	b.Grow(size)
	inList := false
	add := func(text string) {
		item, isItem := listItem(text)
		b.WriteString(abstractSeparator(b.Len() == 0, isItem, inList))
		if isItem {
			b.WriteString(item)
		} else {
			b.WriteString(text)
		}
		inList = isItem
	}
	if spill != "" {
		add(spill)
	}
	for _, l := range lines {
		if !l.blank() {
			add(l.text)
		}
	}
	return b.String()
}

// abstractSeparator is what comes before a paragraph or list item.
func abstractSeparator(first, isItem, inList bool) string {
	switch {
	case first:
		return ""
	case isItem && inList:
		return "\n"
	}
	return "\n\n"
}

// abstractInPlace returns the abstract as a stretch of text when the lines
// are pieces of text that, with what lies between them, read exactly as
// buildAbstract would write them.
func abstractInPlace(text string, lines []pageLine) (string, bool) {
	from, to := -1, -1
	inList := false
	for _, l := range lines {
		if l.blank() {
			continue
		}
		item, isItem := listItem(l.text)
		if isItem && item != l.text {
			return "", false
		}
		at, ok := offsetIn(text, l.text)
		if !ok {
			return "", false
		}
		if from < 0 {
			from = at
		} else if at < to || text[to:at] != abstractSeparator(false, isItem, inList) {
			return "", false
		}
		to = at + len(l.text)
		inList = isItem
	}
	if from < 0 {
		return "", true
	}
	return text[from:to], true
}

// offsetIn reports where s lies within text, when it is a piece of text's
// memory rather than a string of its own.
func offsetIn(text, s string) (int, bool) {
	if len(s) == 0 || len(text) == 0 {
		return 0, false
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	if p < base || p-base > uintptr(len(text)-len(s)) || len(s) > len(text) {
		return 0, false
	}
	return int(p - base), true
}

// listItem recognises a list item written as "– x", "- x", "-x", "* x",
// "• x" or "1. x" (also "1) x") and returns it as "- x" or "1. x".
func listItem(text string) (string, bool) {
	r, size := utf8.DecodeRuneInString(text)
	switch r {
	case '-', '–', '—', '•', '*':
		rest := text[size:]
		next, _ := utf8.DecodeRuneInString(rest)
		switch {
		case next == ' ':
		case r == '*' || next == utf8.RuneError:
			return "", false // "*x" is emphasis, not an item
		case next == '-' || next == '–' || unicode.IsDigit(next) && r == '-':
			return "", false // "--flag", "-5 °C"
		}
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return "", false
		}
		return "- " + rest, true
	}
	digits := 0
	for digits < len(text) && digits < 3 && text[digits] >= '0' && text[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits+1 >= len(text) || text[digits] != '.' && text[digits] != ')' || text[digits+1] != ' ' {
		return "", false
	}
	rest := strings.TrimSpace(text[digits+1:])
	if rest == "" {
		return "", false
	}
	return text[:digits] + ". " + rest, true
}
