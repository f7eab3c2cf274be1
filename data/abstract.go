package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// buildAbstract writes an abstract as plain text: each paragraph line of
// the page is a paragraph, separated from the next by one blank line; list
// items stay one per line as "- item" or "1. item", a run of them (blank
// lines between items are dropped) forming one list.
func buildAbstract(spill string, lines []pageLine) string {
	var b strings.Builder
	size := len(spill)
	for _, l := range lines {
		size += len(l.text) + 2
	}
	b.Grow(size)
	inList := false
	add := func(text string) {
		item, isItem := listItem(text)
		switch {
		case b.Len() == 0:
		case isItem && inList:
			b.WriteByte('\n')
		default:
			b.WriteString("\n\n")
		}
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
