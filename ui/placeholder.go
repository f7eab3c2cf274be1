package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// fitPlaceholder shortens an input's placeholder to width cells. The text
// input itself cuts it mid-word ("title, speaker, company, t"), which
// reads as a typing error; here it is cut after a whole word that is not
// a bare "or" or "a", with the theme's ellipsis.
func fitPlaceholder(g Glyphs, text string, width int) string {
	if ansi.StringWidth(text) <= width {
		return text
	}
	room := width - ansi.StringWidth(g.Ellipsis)
	cut := ""
	for i, r := range text {
		if r != ' ' {
			continue
		}
		head := trimHintEnd(text[:i])
		if ansi.StringWidth(head) > room {
			break
		}
		if head != "" {
			cut = head
		}
	}
	if cut == "" {
		return truncate(g, text, width)
	}
	return cut + g.Ellipsis
}

// hintJoiners are words a cut placeholder does not end on.
var hintJoiners = map[string]bool{"a": true, "an": true, "the": true, "of": true, "or": true, "and": true, "to": true, "in": true}

// trimHintEnd drops the punctuation and the joining words a cut leaves at
// the end of a placeholder.
func trimHintEnd(s string) string {
	for {
		s = strings.TrimRight(s, " ,;:…")
		i := strings.LastIndexByte(s, ' ')
		if i < 0 || !hintJoiners[s[i+1:]] {
			return s
		}
		s = s[:i]
	}
}
