package main

import (
	"bytes"
	"testing"
)

// TestMessageWriterCleansEachLine: every line on standard error is
// cleaned, however it is written: whole, in pieces that cut an escape
// sequence in two, or left without its newline at the end.
func TestMessageWriterCleansEachLine(t *testing.T) {
	tests := []struct {
		name   string
		writes []string
		want   string
	}{
		{"a clean line stays", []string{"summit-tui: x: 404 Not Found\n"}, "summit-tui: x: 404 Not Found\n"},
		{"OSC and SGR", []string{"summit-tui: \x1b]0;pwned\x07\x1b[31mred\x1b[0m\n"}, "summit-tui: red\n"},
		{"a sequence cut across writes", []string{"summit-tui: a\x1b]0;pw", "ned\x07b\n"}, "summit-tui: ab\n"},
		{"two lines in one write", []string{"one\x07\ntwo\x1b[2J\n"}, "one\ntwo\n"},
		{"a last line without newline", []string{"end\x1b[31m"}, "end"},
		{"C1 controls and bidi overrides", []string{"a\u009b31mb\u202ec\n"}, "abc\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			w := newMessageWriter(&out)
			for _, s := range tt.writes {
				if n, err := w.Write([]byte(s)); n != len(s) || err != nil {
					t.Fatalf("Write(%q) = %d, %v", s, n, err)
				}
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("wrote %q, want %q", out.String(), tt.want)
			}
		})
	}
}
