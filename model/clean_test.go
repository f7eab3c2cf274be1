package model

import "testing"

// TestCleanLine: what no message may carry to a terminal, as the readers
// clean a schedule's one-line fields.
func TestCleanLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"clean text stays", "https://example.org: 404 Not Found", "https://example.org: 404 Not Found"},
		{"OSC title with BEL", "x509: certificate is valid for \x1b]0;owned\x07evil, not localhost", "x509: certificate is valid for evil, not localhost"},
		{"SGR", "\x1b[31mred\x1b[0m text", "red text"},
		{"OSC 8 with ST", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"8-bit CSI", "a\u009b2Jb", "ab"},
		{"bell, backspace, DEL", "a\x07b\x08c\x7fd", "abcd"},
		{"line breaks become one line", "first\nsecond\r\nthird\u2028fourth", "first second third fourth"},
		{"bidi override", "file\u202etxt.exe", "filetxt.exe"},
		{"ends trimmed, spaces collapse", "  a \t b  ", "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CleanLine(tt.in); got != tt.want {
				t.Errorf("CleanLine(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
