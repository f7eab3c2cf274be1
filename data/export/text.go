package export

import (
	"strings"
	"unicode"
)

// exportText makes text from a schedule safe for a file another program
// reads: every line break becomes "\n", tabs become spaces, and other
// control characters, bidirectional controls and byte order marks are
// dropped. Readers sanitise every field already; an export must hold even
// for a schedule built some other way.
func exportText(s string) string {
	clean := true
	for _, r := range s {
		if r != '\n' && unsafeRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n", "\t", " ").Replace(s)
	return strings.Map(func(r rune) rune {
		if r != '\n' && unsafeRune(r) {
			return -1
		}
		return r
	}, s)
}

// exportLine is exportText for a field of one line: every run of white
// space, line breaks included, becomes one space.
func exportLine(s string) string {
	return strings.Join(strings.Fields(exportText(s)), " ")
}

func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == '\ufeff' || r == '\u2028' || r == '\u2029'
}
