package model

import (
	"bufio"
	"strings"
	"time"
)

// TalkMarkdown says how a talk is written as Markdown, the same in the
// Markdown export and on the clipboard: its title as a heading, then what
// is known of it on lines of their own joined by hard breaks (the
// subtitle, when and where, the speakers with their companies, the
// track), the abstract and the links. Text from the source is escaped so
// it reads exactly as written.
type TalkMarkdown struct {
	// Heading starts the title's line: "## ", "### ".
	Heading string
	// When writes the talk's time and room: "10:30–11:00 · Janson".
	When bool
	// Day is the conference day (Day.Date) the talk is listed under: a
	// talk that starts on another date names its weekday ("Sun
	// 00:30–01:00"). Empty for a talk on its own, which always names it.
	Day string
	// Track writes the talk's track.
	Track bool
	// Location is the zone times are written in; nil keeps the zone they
	// have (the schedule's).
	Location *time.Location
}

// Text is the talk as Markdown.
func (m TalkMarkdown) Text(sess *Session) string {
	var b strings.Builder
	bw := bufio.NewWriter(&b)
	m.Write(bw, sess)
	bw.Flush()
	return b.String()
}

// Write writes the talk to bw, which keeps any error for its Flush.
// Pieces go to the writer one by one, and text that needs no escaping
// goes as it is, so a large programme is written without a copy of each
// abstract.
func (m TalkMarkdown) Write(bw *bufio.Writer, sess *Session) {
	bw.WriteString(m.Heading)
	writeEscaped(bw, sess.Title)
	bw.WriteString("\n")
	first := true
	newLine := func() {
		if first {
			bw.WriteString("\n")
			first = false
		} else {
			bw.WriteString("\\\n")
		}
	}
	if sess.Subtitle != "" {
		newLine()
		bw.WriteString("*")
		writeEscaped(bw, sess.Subtitle)
		bw.WriteString("*")
	}
	if when := m.when(sess); when != "" {
		newLine()
		bw.WriteString(when)
	}
	if len(sess.Speakers) > 0 {
		newLine()
		writeSpeakers(bw, sess.Speakers)
	}
	if m.Track && sess.Track != "" {
		newLine()
		bw.WriteString("Track: ")
		writeEscaped(bw, sess.Track)
	}
	if !first {
		bw.WriteString("\n")
	}
	if sess.Abstract != "" {
		bw.WriteString("\n")
		writeAbstractMarkdown(bw, sess.Abstract)
		bw.WriteString("\n")
	}
	if len(sess.Links) > 0 {
		// A paragraph, not a list: a list here would run into one that
		// ends the abstract.
		bw.WriteString("\nLinks: ")
		for i, l := range sess.Links {
			if i > 0 {
				bw.WriteString(" · ")
			}
			bw.WriteString(linkMarkdown(l))
		}
		bw.WriteString("\n")
	}
}

// when gives the talk's time and room, "10:30–11:00 · Janson", when
// asked for.
func (m TalkMarkdown) when(sess *Session) string {
	if !m.When {
		return ""
	}
	var parts []string
	if sess.Timed() {
		start, end := sess.Start, sess.End
		if m.Location != nil {
			start, end = start.In(m.Location), end.In(m.Location)
		}
		when := start.Format("15:04")
		if m.Day == "" || start.Format(time.DateOnly) != m.Day {
			when = start.Format("Mon") + " " + when
		}
		if !end.IsZero() {
			when += "–" + end.Format("15:04")
		}
		parts = append(parts, when)
	}
	if sess.Room != "" {
		parts = append(parts, EscapeMarkdown(sess.Room))
	}
	return strings.Join(parts, " · ")
}

// writeSpeakers writes "**Name** (Company), **Name** (Company)".
func writeSpeakers(bw *bufio.Writer, speakers []Speaker) {
	for i, sp := range speakers {
		if i > 0 {
			bw.WriteString(", ")
		}
		bw.WriteString("**")
		writeEscaped(bw, sp.Name)
		bw.WriteString("**")
		if sp.Company != "" {
			bw.WriteString(" (")
			writeEscaped(bw, sp.Company)
			bw.WriteString(")")
		}
	}
}

// writeAbstractMarkdown writes AbstractMarkdown(abstract), line by line.
func writeAbstractMarkdown(bw *bufio.Writer, abstract string) {
	for i := 0; ; i++ {
		line, rest, more := strings.Cut(abstract, "\n")
		if i > 0 {
			bw.WriteString("\n")
		}
		marker, text := SplitListMarker(line)
		bw.WriteString(marker)
		writeEscaped(bw, text)
		if !more {
			return
		}
		abstract = rest
	}
}

// writeEscaped writes EscapeMarkdown(text), without a copy when there is
// nothing to escape.
func writeEscaped(bw *bufio.Writer, text string) {
	if plainMarkdown(text) {
		bw.WriteString(text)
		return
	}
	bw.WriteString(EscapeMarkdown(text))
}

// plainMarkdown reports text that Markdown shows as written, in a heading
// or a paragraph: none of the characters the escaper ever escapes, and no
// start that could make a list, a heading or a rule. It errs towards the
// escaper.
func plainMarkdown(text string) bool {
	if text == "" {
		return true
	}
	switch c := text[0]; {
	case c == '+' || c == '-' || c == '=' || c >= '0' && c <= '9':
		return false
	}
	return !strings.ContainsAny(text, markdownSpecial)
}

// markdownSpecial are the characters that send text to the escaper: those
// it escapes anywhere, and "#", which it escapes by position.
const markdownSpecial = "\\`*_[]<>|~&#"

// linkMarkdown gives "[Title](<url>)"; the angle brackets let the URL hold
// spaces and parentheses, and the few characters they cannot hold are
// percent-encoded.
func linkMarkdown(l Link) string {
	title := l.Title
	if title == "" {
		title = l.URL
	}
	url := strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20").Replace(l.URL)
	return "[" + EscapeMarkdown(title) + "](<" + url + ">)"
}
