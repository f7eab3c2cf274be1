package export

import (
	"bufio"
	"io"
	"slices"
	"strings"

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
// Agenda, listed flat. Each talk is written as model.TalkMarkdown writes
// it; text from the source is escaped so it reads exactly as written.
func WriteMarkdown(w io.Writer, s model.Schedule, opt MarkdownOptions) error {
	bw := bufio.NewWriter(w)
	heading := opt.Heading
	if heading == "" {
		heading = s.Conference
	}
	bw.WriteString("# " + model.EscapeMarkdown(heading) + "\n")
	talk := func(m model.TalkMarkdown, i int) {
		bw.WriteString("\n")
		m.Write(bw, &s.Sessions[i])
	}
	switch {
	case len(s.Sessions) == 0:
		bw.WriteString("\nNo talks.\n")
	case s.Timed():
		bw.WriteString("\n" + zoneSentence(&s) + "\n")
		for _, g := range dayGroups(&s) {
			bw.WriteString("\n## " + model.EscapeMarkdown(g.heading) + "\n")
			for _, i := range g.talks {
				talk(model.TalkMarkdown{Heading: "### ", When: true, Day: g.date, Track: true}, i)
			}
		}
	case opt.Agenda:
		for i := range s.Sessions {
			talk(model.TalkMarkdown{Heading: "## ", Track: true}, i)
		}
	default:
		for _, g := range trackGroups(&s) {
			bw.WriteString("\n## " + model.EscapeMarkdown(g.heading) + "\n")
			for _, i := range g.talks {
				talk(model.TalkMarkdown{Heading: "### "}, i)
			}
		}
	}
	return bw.Flush()
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
