package data

import (
	"strings"
	"testing"
)

// TestAbstractInPlace: an abstract the page already holds in its final
// form is that stretch of the page, not a copy; any other is written anew;
// both read the same.
func TestAbstractInPlace(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		inPlace bool
	}{
		{"one paragraph", "One paragraph.", true},
		{"paragraphs", "First paragraph.\n\nSecond paragraph.\n\nThird.", true},
		{"a list after a paragraph", "We cover:\n\n- one\n- two\n\nAnd more.", true},
		{"numbered list", "1. one\n2. two", true},
		{"items a blank line apart", "- one\n\n- two", false},
		{"items in another form", "We cover:\n\n– one\n– two", false},
		{"CRLF", "First.\r\n\r\nSecond.", false},
		{"indented", "  First.\n\n  Second.", false},
		{"lines of one paragraph", "First line\nsecond line", false},
		{"two blank lines", "First.\n\n\nSecond.", false},
		{"doubled space", "A  doubled space.", false},
		{"no-break space", "A\u00a0space.", false},
		{"escape sequence", "A \x1b[31mred\x1b[0m word.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := splitCleanLines(tt.text)
			got := buildAbstract(tt.text, "", lines)
			if want := writeAbstract("", lines); got != want {
				t.Fatalf("buildAbstract = %q, want %q", got, want)
			}
			if _, shared := offsetIn(tt.text, got); shared != tt.inPlace {
				t.Errorf("abstract %q shares the page's memory: %v, want %v", got, shared, tt.inPlace)
			}
		})
	}
}

// TestOffsetIn: only a piece of the text itself is found in it, never an
// equal string of its own.
func TestOffsetIn(t *testing.T) {
	text := "abc def ghi"
	if at, ok := offsetIn(text, text[4:7]); !ok || at != 4 {
		t.Errorf("offsetIn(text[4:7]) = %d, %v; want 4, true", at, ok)
	}
	if _, ok := offsetIn(text, strings.Clone("def")); ok {
		t.Error("a copy of a piece is not a piece")
	}
	if _, ok := offsetIn(text, text[11:]); ok {
		t.Error("an empty string is not a piece")
	}
	if at, ok := offsetIn(text, text); !ok || at != 0 {
		t.Errorf("offsetIn(text, text) = %d, %v", at, ok)
	}
}

// FuzzAbstract: building an abstract in place gives what writing it anew
// gives, for any text.
func FuzzAbstract(f *testing.F) {
	for _, s := range []string{"a\n\nb", "- a\n- b\n\nc", "1. a\n\n2. b", "a\r\n\r\nb", " a\n\n b", "a\n\n\n\nb", "•\n\n• a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		lines := splitCleanLines(text)
		if got, want := buildAbstract(text, "", lines), writeAbstract("", lines); got != want {
			t.Fatalf("buildAbstract(%q) = %q, want %q", text, got, want)
		}
	})
}
