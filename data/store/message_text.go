package store

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The store's messages name files and sizes the user sees on one line of
// a terminal. The readers in package data word their own errors the same
// way; the store keeps its copy because it imports nothing of the project.

// printablePath quotes a path that holds control characters (a newline, an
// escape sequence), characters that reorder or hide text, or bytes that
// are not UTF-8, so that the message stays one line and printing it
// cannot drive the terminal.
func printablePath(path string) string {
	if !utf8.ValidString(path) || strings.ContainsFunc(path, func(r rune) bool {
		return unicode.IsControl(r) || r == 0x2028 || r == 0x2029 || hidesText(r)
	}) {
		return strconv.Quote(path)
	}
	return path
}

// hidesText reports the format characters that can reorder or hide text
// on screen: bidirectional embeddings, overrides, isolates and marks,
// zero-width space, word joiner, byte order marks, the Mongolian vowel
// separator, invisible operators, deprecated format characters,
// interlinear annotation and tag characters. ZWJ and ZWNJ are not among
// them: emoji sequences and several scripts need them.
func hidesText(r rune) bool {
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

// humanBytes words a size: "512 bytes", "3.2 MiB".
func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
