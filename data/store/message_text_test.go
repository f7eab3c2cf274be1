package store

import "testing"

// A path in a message must stay one line and must not drive the terminal
// or reorder the text around it, yet an ordinary path reads as typed.
func TestPrintablePath(t *testing.T) {
	tests := []struct {
		name, path, want string
	}{
		{"ordinary", "/home/ana/.local/share/summit-tui/bookmarks.json", "/home/ana/.local/share/summit-tui/bookmarks.json"},
		{"spaces and accents", "/home/zoë/My Files/bookmarks.json", "/home/zoë/My Files/bookmarks.json"},
		{"newline", "/tmp/a\nb.json", `"/tmp/a\nb.json"`},
		{"escape sequence", "/tmp/\x1b[31mred.json", `"/tmp/\x1b[31mred.json"`},
		{"right-to-left override", "/tmp/\u202egpj.json", `"/tmp/\u202egpj.json"`},
		{"zero-width space", "/tmp/a\u200bb.json", `"/tmp/a\u200bb.json"`},
		{"not UTF-8", "/tmp/\xff.json", `"/tmp/\xff.json"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := printablePath(tt.path); got != tt.want {
				t.Errorf("printablePath(%q) = %s, want %s", tt.path, got, tt.want)
			}
		})
	}
}
