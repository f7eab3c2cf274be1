package data

import (
	"bufio"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// MarkdownOptions shape a Markdown document.
type MarkdownOptions struct {
	// Heading replaces the conference name as the document's title.
	Heading string
	// Agenda lists the talks of a programme without times one after
	// another, each naming its track, instead of grouping them under
	// track headings. A programme with times is grouped by day either way.
	Agenda bool
}

// WriteMarkdown writes a schedule as a Markdown document. A programme with
// times is grouped by day, in time order, each talk giving its time and
// room ("10:30–11:00 · Janson"); one without is grouped by track, or, with
// Agenda, listed flat. Each talk gives its title, speakers with their
// companies and its abstract; text from the source is escaped so it reads
// exactly as written.
func WriteMarkdown(w io.Writer, s model.Schedule, opt MarkdownOptions) error {
	bw := bufio.NewWriter(w)
	heading := opt.Heading
	if heading == "" {
		heading = s.Conference
	}
	bw.WriteString("# ")
	writeHeading(bw, heading)
	bw.WriteString("\n")
	switch {
	case len(s.Sessions) == 0:
		bw.WriteString("\nNo talks.\n")
	case s.Timed():
		for _, g := range dayGroups(&s) {
			bw.WriteString("\n## ")
			writeHeading(bw, g.heading)
			bw.WriteString("\n")
			for _, i := range g.talks {
				sess := &s.Sessions[i]
				writeTalkMarkdown(bw, "### ", sess, whenMarkdown(sess, g.date), true)
			}
		}
	case opt.Agenda:
		for i := range s.Sessions {
			writeTalkMarkdown(bw, "## ", &s.Sessions[i], "", true)
		}
	default:
		for _, g := range trackGroups(&s) {
			bw.WriteString("\n## ")
			writeHeading(bw, g.heading)
			bw.WriteString("\n")
			for _, i := range g.talks {
				writeTalkMarkdown(bw, "### ", &s.Sessions[i], "", false)
			}
		}
	}
	return bw.Flush()
}

// writeTalkMarkdown writes one talk: its heading, then what is known of
// it (when and where, the speakers, the track) on lines of their own
// joined by hard breaks, the abstract and the links. Pieces go to the
// writer one by one, and text that needs no escaping goes as it is, so a
// large programme is written without a copy of each abstract.
func writeTalkMarkdown(bw *bufio.Writer, level string, sess *model.Session, when string, withTrack bool) {
	bw.WriteString("\n")
	bw.WriteString(level)
	writeHeading(bw, sess.Title)
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
	if when != "" {
		newLine()
		bw.WriteString(when)
	}
	if len(sess.Speakers) > 0 {
		newLine()
		writeSpeakers(bw, sess.Speakers)
	}
	if withTrack && sess.Track != "" {
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

// writeSpeakers writes "**Name** (Company), **Name** (Company)".
func writeSpeakers(bw *bufio.Writer, speakers []model.Speaker) {
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

// writeAbstractMarkdown writes model.AbstractMarkdown(abstract), line by line.
func writeAbstractMarkdown(bw *bufio.Writer, abstract string) {
	for i := 0; ; i++ {
		line, rest, more := strings.Cut(abstract, "\n")
		if i > 0 {
			bw.WriteString("\n")
		}
		marker, text := model.SplitListMarker(line)
		bw.WriteString(marker)
		writeEscaped(bw, text)
		if !more {
			return
		}
		abstract = rest
	}
}

// writeEscaped writes model.EscapeMarkdown(text), without a copy when
// there is nothing to escape.
func writeEscaped(bw *bufio.Writer, text string) {
	if plainMarkdown(text) {
		bw.WriteString(text)
		return
	}
	bw.WriteString(model.EscapeMarkdown(text))
}

// writeHeading writes headingMarkdown(text), without a copy when there is
// nothing to escape.
func writeHeading(bw *bufio.Writer, text string) {
	if plainMarkdown(text) {
		bw.WriteString(text)
		return
	}
	bw.WriteString(headingMarkdown(text))
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
func linkMarkdown(l model.Link) string {
	title := l.Title
	if title == "" {
		title = l.URL
	}
	url := strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20").Replace(l.URL)
	return "[" + model.EscapeMarkdown(title) + "](<" + url + ">)"
}

// headingMarkdown escapes text for a heading. Beyond what EscapeMarkdown
// does, a trailing run of "#" after a space ("C #") would be read as the
// heading's closing sequence and vanish: its first "#" is escaped.
func headingMarkdown(text string) string {
	e := model.EscapeMarkdown(text)
	start := len(e)
	for start > 0 && e[start-1] == '#' {
		start--
	}
	if start < len(e) && start > 0 && (e[start-1] == ' ' || e[start-1] == '\t') {
		return e[:start] + "\\" + e[start:]
	}
	return e
}

// whenMarkdown gives a talk's time and room: "10:30–11:00 · Janson". A
// talk that starts after midnight of its conference day names the
// weekday it is on ("Sun 00:30–01:00").
func whenMarkdown(sess *model.Session, day string) string {
	var parts []string
	if sess.Timed() {
		when := sess.Start.Format("15:04")
		if day != "" && sess.Start.Format(time.DateOnly) != day {
			when = sess.Start.Format("Mon") + " " + when
		}
		if !sess.End.IsZero() {
			when += "–" + sess.End.Format("15:04")
		}
		parts = append(parts, when)
	}
	if sess.Room != "" {
		parts = append(parts, model.EscapeMarkdown(sess.Room))
	}
	return strings.Join(parts, " · ")
}

// talkGroup is one heading's talks, as indexes into Schedule.Sessions.
type talkGroup struct {
	heading string
	date    string // the day's date, for groups by day
	talks   []int
}

// unscheduled heads the talks of a timed programme that have no day.
const unscheduled = "Unscheduled"

// dayGroups groups the talks by conference day, days in date order, and
// each day's talks in the agenda's order (model.TimeOrder), so the export
// agrees with every other view. Talks with no day come last.
func dayGroups(s *model.Schedule) []talkGroup {
	byDate := map[string][]int{}
	for i := range s.Sessions {
		d := model.SessionDay(&s.Sessions[i])
		byDate[d] = append(byDate[d], i)
	}
	dates := make([]string, 0, len(byDate))
	for d := range byDate {
		dates = append(dates, d)
	}
	slices.SortFunc(dates, func(a, b string) int {
		switch {
		case a == b:
			return 0
		case a == "":
			return 1
		case b == "":
			return -1
		}
		return strings.Compare(a, b)
	})
	order := model.TimeOrder(s)
	groups := make([]talkGroup, 0, len(dates))
	for _, d := range dates {
		talks := byDate[d]
		slices.SortStableFunc(talks, func(a, b int) int { return order(&s.Sessions[a], &s.Sessions[b]) })
		heading := unscheduled
		if d != "" {
			heading = model.DayTitle(d)
		}
		groups = append(groups, talkGroup{heading: heading, date: d, talks: talks})
	}
	return groups
}

// noTrack heads the talks of a programme without times that name no track.
const noTrack = "Other talks"

// trackGroups groups the talks by track, tracks in the schedule's order
// (then any it does not list, in the order of their first talks), and each
// track's talks in programme order, wherever they stand on the page.
func trackGroups(s *model.Schedule) []talkGroup {
	at := make(map[string]int, len(s.Tracks))
	var groups []talkGroup
	for _, t := range s.Tracks {
		if _, ok := at[t]; !ok {
			at[t] = len(groups)
			groups = append(groups, talkGroup{heading: t})
		}
	}
	for i := range s.Sessions {
		t := s.Sessions[i].Track
		g, ok := at[t]
		if !ok {
			g = len(groups)
			at[t] = g
			heading := t
			if heading == "" {
				heading = noTrack
			}
			groups = append(groups, talkGroup{heading: heading})
		}
		groups[g].talks = append(groups[g].talks, i)
	}
	return slices.DeleteFunc(groups, func(g talkGroup) bool { return len(g.talks) == 0 })
}
