package model

import "testing"

// TestEscapeMarkdown: page text shown through Markdown reads exactly as
// written: nothing in a title, name or abstract line becomes a heading,
// emphasis, a list, a link, HTML or a table.
func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Plain words, and punctuation: fine!", "Plain words, and punctuation: fine!"},
		{"#process every event", `\#process every event`},
		{"## not a heading", `\## not a heading`},
		{"C# and F# mid-line", "C# and F# mid-line"},
		// A heading's closing "#"s would be dropped: "## C #" reads "C".
		{"C #", `C \#`},
		{"Sharp ## ", `Sharp \## `},
		{"Intro to C#", "Intro to C#"},
		{"a * b * c", `a \* b \* c`},
		{"*emphasis*", `\*emphasis\*`},
		{"_under_score", `\_under\_score`},
		{"snake_case_name", `snake\_case\_name`},
		{"- not a list", `\- not a list`},
		{"+ not a list", `\+ not a list`},
		{"1. not a list", `1\. not a list`},
		{"2019) not a list", `2019\) not a list`},
		{"1.5 million events", `1\.5 million events`},
		{"Version 2.0. Done", "Version 2.0. Done"},
		{"> not a quote", `\> not a quote`},
		{"=== not a setext line", `\=== not a setext line`},
		{"<b>bold</b>", `\<b\>bold\</b\>`},
		{"AT&T &amp;", `AT\&T \&amp;`},
		{"[link](http://x)", `\[link\](http://x)`},
		{"`code`", "\\`code\\`"},
		{"a | b", `a \| b`},
		{"~~strike~~", `\~\~strike\~\~`},
		{`back\slash`, `back\\slash`},
		{"Kafka® ストリーム 🚀", "Kafka® ストリーム 🚀"},
	}
	for _, tt := range tests {
		if got := EscapeMarkdown(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAbstractMarkdown: an abstract's "- item" and "1. item" lines stay
// list items; every other character that Markdown would read is escaped.
func TestAbstractMarkdown(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"paragraphs", "First paragraph.\n\nSecond paragraph.", "First paragraph.\n\nSecond paragraph."},
		{"hashtag paragraph", "#process all the things", `\#process all the things`},
		{"stars in text", "Use * wisely, and *this* too", `Use \* wisely, and \*this\* too`},
		{"bullet list", "We cover:\n\n- one\n- two *stars*\n- #three",
			"We cover:\n\n- one\n- two \\*stars\\*\n- \\#three"},
		{"numbered list", "Steps:\n\n1. first\n2. second\n10. tenth",
			"Steps:\n\n1. first\n2. second\n10. tenth"},
		{"item text that looks like markup", "- 1. nested?\n- - dash\n- <b>", "- 1\\. nested?\n- \\- dash\n- \\<b\\>"},
		{"list then paragraph", "- a\n- b\n\nAfter [the] list.", "- a\n- b\n\nAfter \\[the\\] list."},
		{"numbers that are not items", "1.5 million\n\n2019 was good", "1\\.5 million\n\n2019 was good"},
		{"dash without space is text", "-verbose flag", `\-verbose flag`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := AbstractMarkdown(tt.in); got != tt.want {
				t.Errorf("AbstractMarkdown(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSplitListMarker: "- " and one to three digits with ". " start a list
// item; nothing else does.
func TestSplitListMarker(t *testing.T) {
	tests := []struct{ line, marker, text string }{
		{"- item", "- ", "item"},
		{"- ", "- ", ""},
		{"1. first", "1. ", "first"},
		{"10. tenth", "10. ", "tenth"},
		{"999. many", "999. ", "many"},
		{"1000. too many digits", "", "1000. too many digits"},
		{"-verbose", "", "-verbose"},
		{"1.5 million", "", "1.5 million"},
		{"2019) a year", "", "2019) a year"},
		{" - indented", "", " - indented"},
		{"* star", "", "* star"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if marker, text := SplitListMarker(tt.line); marker != tt.marker || text != tt.text {
			t.Errorf("SplitListMarker(%q) = %q, %q; want %q, %q", tt.line, marker, text, tt.marker, tt.text)
		}
	}
}
