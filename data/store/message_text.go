package store

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The store's messages name files and sizes the user sees on one line of
// a terminal.

// printablePath quotes a path that holds anything but printable text (a
// newline, an escape sequence, a character that reorders or hides text)
// or bytes that are not UTF-8, so that the message stays one line and
// printing it cannot drive the terminal. The store imports nothing of the
// project, so it takes the standard library's rule of what prints rather
// than the readers' finer one: quoting a harmless path costs nothing.
func printablePath(path string) string {
	if !utf8.ValidString(path) || strings.ContainsFunc(path, func(r rune) bool { return !strconv.IsPrint(r) }) {
		return strconv.Quote(path)
	}
	return path
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
