package model

import (
	"bufio"
	"strings"
	"testing"
	"time"
)

// TestTalkMarkdown: a talk as the export lists it under its day, and on
// its own as the clipboard takes it, in another zone.
func TestTalkMarkdown(t *testing.T) {
	brussels := tlZone(t, "Europe/Brussels")
	at := func(day, h, m int) time.Time { return time.Date(2026, 1, day, h, m, 0, 0, brussels) }
	full := &Session{
		Title: "Modern C #", Subtitle: "What changed since 2020", Track: "Languages", Room: "K.1.105",
		Day: "2026-01-31", Start: at(31, 10, 0), End: at(31, 10, 50),
		Speakers: []Speaker{{Name: "Grace Hopper", Company: "US Navy"}, {Name: "Mei_Lin"}},
		Abstract: "Records, patterns and *spans*.\n\n- one\n2. two",
		Links:    []Link{{Title: "Slides (PDF)", URL: "https://example.org/slides/modern c.pdf"}, {URL: "https://example.org/<video>"}},
	}
	const fullRest = "**Grace Hopper** (US Navy), **Mei\\_Lin**\\\nTrack: Languages\n\n" +
		"Records, patterns and \\*spans\\*.\n\n- one\n2. two\n\n" +
		"Links: [Slides (PDF)](<https://example.org/slides/modern%20c.pdf>) · [https://example.org/\\<video\\>](<https://example.org/%3Cvideo%3E>)\n"
	night := &Session{Title: "Midnight Hacking", Day: "2026-01-31", Start: at(32, 0, 30), Room: "Janson"}
	tests := []struct {
		name string
		m    TalkMarkdown
		sess *Session
		want string
	}{
		{"under its day", TalkMarkdown{Heading: "### ", When: true, Day: "2026-01-31", Track: true}, full,
			"### Modern C \\#\n\n*What changed since 2020*\\\n10:00–10:50 · K.1.105\\\n" + fullRest},
		{"on its own, in New York", TalkMarkdown{Heading: "## ", When: true, Track: true, Location: tlZone(t, "America/New_York")}, full,
			"## Modern C \\#\n\n*What changed since 2020*\\\nSat 04:00–04:50 · K.1.105\\\n" + fullRest},
		{"after midnight, under the evening's day, no end", TalkMarkdown{Heading: "### ", When: true, Day: "2026-01-31"}, night,
			"### Midnight Hacking\n\nSun 00:30 · Janson\n"},
		{"without when or track", TalkMarkdown{Heading: "### "}, full,
			"### Modern C \\#\n\n*What changed since 2020*\\\n**Grace Hopper** (US Navy), **Mei\\_Lin**\n\n" +
				"Records, patterns and \\*spans\\*.\n\n- one\n2. two\n\n" +
				"Links: [Slides (PDF)](<https://example.org/slides/modern%20c.pdf>) · [https://example.org/\\<video\\>](<https://example.org/%3Cvideo%3E>)\n"},
		{"a room without a time", TalkMarkdown{Heading: "## ", When: true}, &Session{Title: "Poster", Room: "Hall"},
			"## Poster\n\nHall\n"},
		{"a title alone", TalkMarkdown{Heading: "## ", When: true, Track: true}, &Session{Title: "TBA"}, "## TBA\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.m.Text(tt.sess); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// FuzzMarkdownWriters: writing text straight to the output when it needs
// no escaping gives exactly what the escapers give, for any text; so the
// shortcut cannot drift from EscapeMarkdown and AbstractMarkdown.
func FuzzMarkdownWriters(f *testing.F) {
	for _, s := range []string{"", "plain words", "C #", "#tag", "1. item", "- item\n2. two\n\ntext & more", "a_b", "10) x", "+1", "=", "x\\y", "Ünïcödé text", "trailing ##"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tt := range []struct {
			name  string
			write func(*bufio.Writer, string)
			want  string
		}{
			{"writeEscaped", writeEscaped, EscapeMarkdown(s)},
			{"writeAbstractMarkdown", writeAbstractMarkdown, AbstractMarkdown(s)},
		} {
			var b strings.Builder
			bw := bufio.NewWriter(&b)
			tt.write(bw, s)
			bw.Flush()
			if b.String() != tt.want {
				t.Errorf("%s(%q) = %q, want %q", tt.name, s, b.String(), tt.want)
			}
		}
	})
}
