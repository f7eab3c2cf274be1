package data

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/model"
)

// maxFieldRunes bounds a one-line field (a title, a name, a room): longer
// than any real one, and short enough that laying out, searching and
// drawing a schedule with a hostile field stays as fast as with a real
// one. A field cut there ends in an ellipsis.
const maxFieldRunes = 2000

// maxLinkBytes bounds a link: longer than any real one, and within what a
// terminal's hyperlink escape (OSC 8) carries whole. A longer link is
// dropped rather than shortened: a shortened link points elsewhere.
const maxLinkBytes = 8 << 10

// ellipsis ends a field that was cut.
const ellipsis = "…"

// cleanField is cleanInline bounded to maxFieldRunes (the ellipsis
// included), and reports whether it cut. Only as much of s as the field
// keeps is read.
func cleanField(s string) (string, bool) {
	if len(s) <= maxFieldRunes { // no more bytes than the limit: no more runes
		return cleanInline(s), false
	}
	var b strings.Builder
	b.Grow(min(len(s), 4*maxFieldRunes))
	if !model.WriteCleanLine(&b, s, maxFieldRunes) {
		return b.String(), false
	}
	// Make room for the ellipsis: the last character goes, with its
	// marks, and so does a space or a joiner left before it, which would
	// join the ellipsis to what it joined.
	kept := b.String()
	for kept != "" {
		r, size := utf8.DecodeLastRuneInString(kept)
		kept = kept[:len(kept)-size]
		if !model.IsMark(r) {
			break
		}
	}
	return strings.TrimRight(kept, " \u200d\u200c") + ellipsis, true
}

// cutCounter cleans fields, counting what it cuts.
type cutCounter struct{ model.Cuts }

func (c *cutCounter) line(s string) string {
	s, cut := cleanField(s)
	if cut {
		c.Fields++
	}
	return s
}

// list cleans each name, dropping empty names and repeats.
func (c *cutCounter) list(names []string) []string {
	if names == nil {
		return nil
	}
	out := make([]string, 0, len(names))
	seen := make(map[string]bool, len(names))
	for _, n := range names {
		n = c.line(n)
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// CutsNotice says in one line what reading cut or dropped from s, or ""
// when nothing was.
func CutsNotice(s *model.Schedule) string {
	var parts []string
	if n := s.Cuts.Fields; n > 0 {
		parts = append(parts, fmt.Sprintf("%s cut to %d characters", plural(n, "field"), maxFieldRunes))
	}
	if n := s.Cuts.Links; n > 0 {
		parts = append(parts, fmt.Sprintf("%s over %d KiB dropped", plural(n, "link"), maxLinkBytes>>10))
	}
	if n := s.Cuts.Texts; n > 0 {
		parts = append(parts, fmt.Sprintf("%s over %d MiB cut before reading", plural(n, "text"), maxJSONStringBytes>>20))
	}
	if parts == nil {
		return ""
	}
	return strings.Join(parts, "; ")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
