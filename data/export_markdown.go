package data

import (
	"bufio"
	"cmp"
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
	bw.WriteString("# " + headingMarkdown(heading) + "\n")
	switch {
	case len(s.Sessions) == 0:
		bw.WriteString("\nNo talks.\n")
	case s.Timed():
		for _, g := range dayGroups(&s) {
			bw.WriteString("\n## " + headingMarkdown(g.heading) + "\n")
			for _, i := range g.talks {
				sess := &s.Sessions[i]
				about := []string{}
				if when := whenMarkdown(sess, g.date); when != "" {
					about = append(about, when)
				}
				writeTalkMarkdown(bw, "### ", sess, about, true)
			}
		}
	case opt.Agenda:
		for i := range s.Sessions {
			writeTalkMarkdown(bw, "## ", &s.Sessions[i], nil, true)
		}
	default:
		for _, g := range trackGroups(&s) {
			bw.WriteString("\n## " + headingMarkdown(g.heading) + "\n")
			for _, i := range g.talks {
				writeTalkMarkdown(bw, "### ", &s.Sessions[i], nil, false)
			}
		}
	}
	return bw.Flush()
}

// writeTalkMarkdown writes one talk: its heading, then what is known of
// it (about, the speakers, the track) on lines of their own joined by hard
// breaks, the abstract and the links.
func writeTalkMarkdown(bw *bufio.Writer, level string, sess *model.Session, about []string, withTrack bool) {
	bw.WriteString("\n" + level + headingMarkdown(sess.Title) + "\n")
	var lines []string
	if sess.Subtitle != "" {
		lines = append(lines, "*"+model.EscapeMarkdown(sess.Subtitle)+"*")
	}
	lines = append(lines, about...)
	if len(sess.Speakers) > 0 {
		lines = append(lines, speakersMarkdown(sess.Speakers))
	}
	if withTrack && sess.Track != "" {
		lines = append(lines, "Track: "+model.EscapeMarkdown(sess.Track))
	}
	if len(lines) > 0 {
		bw.WriteString("\n" + strings.Join(lines, "\\\n") + "\n")
	}
	if sess.Abstract != "" {
		bw.WriteString("\n" + model.AbstractMarkdown(sess.Abstract) + "\n")
	}
	if len(sess.Links) > 0 {
		// A paragraph, not a list: a list here would run into one that
		// ends the abstract.
		links := make([]string, len(sess.Links))
		for i, l := range sess.Links {
			links[i] = linkMarkdown(l)
		}
		bw.WriteString("\nLinks: " + strings.Join(links, " · ") + "\n")
	}
}

// speakersMarkdown gives "**Name** (Company), **Name** (Company)".
func speakersMarkdown(speakers []model.Speaker) string {
	parts := make([]string, len(speakers))
	for i, sp := range speakers {
		parts[i] = "**" + model.EscapeMarkdown(sp.Name) + "**"
		if sp.Company != "" {
			parts[i] += " (" + model.EscapeMarkdown(sp.Company) + ")"
		}
	}
	return strings.Join(parts, ", ")
}

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
// each day's talks by start time, then room (in the schedule's order of
// rooms), then programme order. Talks with no day come last.
func dayGroups(s *model.Schedule) []talkGroup {
	byDate := map[string][]int{}
	for i := range s.Sessions {
		d := sessionDay(&s.Sessions[i])
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
	room := make(map[string]int, len(s.Rooms))
	for i, r := range s.Rooms {
		room[r] = i + 1
	}
	withYear := false
	if known := slices.DeleteFunc(slices.Clone(dates), func(d string) bool { return d == "" }); len(known) > 0 {
		withYear = yearOf(known[0]) != yearOf(known[len(known)-1])
	}
	groups := make([]talkGroup, 0, len(dates))
	for _, d := range dates {
		talks := byDate[d]
		slices.SortStableFunc(talks, func(a, b int) int {
			x, y := &s.Sessions[a], &s.Sessions[b]
			if x.Timed() != y.Timed() {
				if x.Timed() {
					return -1
				}
				return 1
			}
			return cmp.Or(x.Start.Compare(y.Start), cmp.Compare(roomOrder(room, x.Room), roomOrder(room, y.Room)))
		})
		groups = append(groups, talkGroup{heading: dayHeading(d, withYear), date: d, talks: talks})
	}
	return groups
}

// sessionDay is the conference day a talk belongs to: its Day, else the
// date it starts on.
func sessionDay(sess *model.Session) string {
	if sess.Day != "" {
		return sess.Day
	}
	if sess.Timed() {
		return sess.Start.Format(time.DateOnly)
	}
	return ""
}

// roomOrder places rooms the schedule does not list after those it does.
func roomOrder(order map[string]int, room string) int {
	if i, ok := order[room]; ok {
		return i
	}
	return len(order) + 1
}

// dayHeading gives "Saturday 31 January" for "2026-01-31", with the year
// when the programme spans two.
func dayHeading(date string, withYear bool) string {
	if date == "" {
		return unscheduled
	}
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	if withYear {
		return t.Format("Monday 2 January 2006")
	}
	return t.Format("Monday 2 January")
}

func yearOf(date string) string {
	if len(date) < 4 {
		return date
	}
	return date[:4]
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
