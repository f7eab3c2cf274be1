package data

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/summit-tui/summit-tui/seeds"
)

// TestSplitCleanLines: how a page's lines are cleaned, line by line.
func TestSplitCleanLines(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []pageLine
	}{
		{"LF", "a\nb", []pageLine{{text: "a"}, {text: "b"}}},
		{"CRLF", "a\r\nb\r\n", []pageLine{{text: "a"}, {text: "b"}, {}}},
		{"CR", "a\rb", []pageLine{{text: "a"}, {text: "b"}}},
		{"NEL, LS, PS, VT, FF", "a\u0085b\u2028c\u2029d\ve\ff", []pageLine{{text: "a"}, {text: "b"}, {text: "c"}, {text: "d"}, {text: "e"}, {text: "f"}}},
		{"blank runs become one blank line", "a\n\n \n\t\n\u00a0\n\x01\nb", []pageLine{{text: "a"}, {indented: false}, {text: "b"}}},
		{"indentation by spaces, tabs, no-break spaces", "  a\n\tb\n\u00a0c\n\u3000d\ne", []pageLine{
			{text: "a", indented: true}, {text: "b", indented: true}, {text: "c", indented: true}, {text: "d", indented: true}, {text: "e"}}},
		{"double spaces collapse", "a  b   c d", []pageLine{{text: "a b c d"}}},
		{"spaces collapse and are trimmed", "a  b\t\tc\u00a0\u2009d \u202fe   ", []pageLine{{text: "a b c d e"}}},
		{"className", "classNameic first-className", []pageLine{{text: "classic first-class"}}},
		{"CSI", "a\x1b[1;31mb\x1b[0m", []pageLine{{text: "ab"}}},
		{"OSC with BEL", "a\x1b]0;title\x07b", []pageLine{{text: "ab"}}},
		{"OSC with ST", "a\x1b]8;;http://x\x1b\\b", []pageLine{{text: "ab"}}},
		{"8-bit CSI", "a\u009b2Jb", []pageLine{{text: "ab"}}},
		{"8-bit OSC with 8-bit ST", "a\u009d0;t\u009cb", []pageLine{{text: "ab"}}},
		{"unterminated OSC ends at the line's end", "a\x1b]0;title\nb", []pageLine{{text: "a"}, {text: "b"}}},
		{"DEL and C0", "a\x7fb\x01\x08c", []pageLine{{text: "abc"}}},
		{"bidi overrides", "a\u202eb\u2066c\u2069", []pageLine{{text: "abc"}}},
		{"emoji and joiners stay", "👩\u200d💻 ok", []pageLine{{text: "👩\u200d💻 ok"}}},
		{"empty", "", []pageLine{{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitCleanLines(tt.in)
			if !sameLines(got, tt.want) {
				t.Errorf("splitCleanLines(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

// sameLines compares lines, ignoring whether blank lines were indented.
func sameLines(a, b []pageLine) bool {
	return slices.EqualFunc(a, b, func(x, y pageLine) bool {
		return x.text == y.text && (x.blank() || x.indented == y.indented)
	})
}

// FuzzSplitCleanLines checks the fast path for clean lines against the
// plain character-by-character cleaner it short-cuts.
func FuzzSplitCleanLines(f *testing.F) {
	f.Add(string(seeds.Default))
	for _, s := range []string{"a\r\n  b  \n", "\t•\u00a0x ,\u00a0y\n", "a\x1b]0;\u0085b\nc", "x \vy\f", "  \n\n\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "\uFFFD") // as decodeText leaves it
		got, want := splitCleanLines(text), referenceSplitCleanLines(text)
		if !sameLines(got, want) {
			t.Fatalf("splitCleanLines(%q)\n got %+v\nwant %+v", text, got, want)
		}
	})
}

// TestRepairMojibake: UTF-8 read as Windows-1252 or Latin-1 is undone;
// real accented text is left alone.
func TestRepairMojibake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"cafÃ©", "café"},
		{"Ã la carte", "à la carte"},
		{"(Ã la service-mesh)", "(à la service-mesh)"},
		{"doesnâ€™t", "doesn’t"},
		{"â€œquotedâ€\u009d", "“quoted”"},
		{"â€“ dash â€” and â€¦", "– dash — and …"},
		{"GarcÃ\u00ada", "García"},
		{"100Â km", "100\u00a0 km"},
		{"emoji ðŸš€", "emoji 🚀"},
		{"café", "café"},
		{"São Paulo", "São Paulo"},
		{"IRMÃ SOFIA", "IRMÃ SOFIA"},
		{"Ãgua", "Ãgua"},
		{"Ã", "Ã"},
		{"Ã©Ã", "éÃ"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := repairMojibake(tt.in); got != tt.want {
			t.Errorf("repairMojibake(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzRepairMojibake checks the repair, which jumps from lead byte to lead
// byte, against a plain character-by-character version.
func FuzzRepairMojibake(f *testing.F) {
	f.Add(string(seeds.Default))
	for _, s := range []string{"cafÃ©", "Ã la", "IRMÃ e", "â€™â€\u009d", "ÃƒÂ©", "Ã©Ã©", "Ã"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := repairMojibake(s), referenceRepairMojibake(s); got != want {
			t.Fatalf("repairMojibake(%q) = %q, want %q", s, got, want)
		}
	})
}

// referenceRepairMojibake is the straightforward form of repairMojibake:
// try every character as a lead.
func referenceRepairMojibake(s string) string {
	var b strings.Builder
	prev := rune(0)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if fixed, used, ok := decodeMisread(s[i:], prev); ok {
			b.WriteRune(fixed)
			prev = fixed
			i += used
			continue
		}
		b.WriteString(s[i : i+size])
		prev = r
		i += size
	}
	return b.String()
}

// referenceSplitCleanLines is the straightforward form of splitCleanLines:
// one state machine over every character.
func referenceSplitCleanLines(text string) []pageLine {
	lines := make([]pageLine, 0, strings.Count(text, "\n")+1)
	var b strings.Builder
	b.Grow(256)
	leading := true // still in the line's indentation
	indented := false
	space := false // a space is pending before the next visible character

	endLine := func() {
		// A run of blank lines means what one blank line means; keeping
		// one bounds the memory a page of nothing but newlines takes.
		if b.Len() > 0 || len(lines) == 0 || !lines[len(lines)-1].blank() {
			lines = append(lines, pageLine{text: repairClassName(b.String()), indented: indented})
		}
		b.Reset()
		leading, indented, space = true, false, false
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				endLine()
				i++
				continue
			case c == '\r':
				endLine()
				i++
				if i < len(text) && text[i] == '\n' {
					i++
				}
				continue
			case c == 0x1b:
				i += escapeLength(text[i:])
				continue
			case c == ' ' || c == '\t':
				if leading {
					indented = true
				} else {
					space = true
				}
				i++
				continue
			case c == '\v' || c == '\f':
				endLine()
				i++
				continue
			case c < 0x20 || c == 0x7f:
				i++
				continue
			}
			leading = false
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == 0x85 || r == 0x2028 || r == 0x2029:
			endLine()
			i += size
			continue
		case r >= 0x80 && r <= 0x9f:
			i += c1Length(text[i:])
			continue
		case isSpaceRune(r):
			if leading {
				indented = true
			} else {
				space = true
			}
			i += size
			continue
		case isInvisibleControl(r) || r == utf8.RuneError && size == 1:
			i += size
			continue
		}
		leading = false
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(text[i : i+size])
		i += size
	}
	endLine()
	return lines
}
