package ui

import (
	"strings"

	"github.com/summit-tui/summit-tui/model"
)

// newAgendaSource is the Bookmarks tab of a schedule with times: the
// personal agenda (Timeline.Agenda). Each day has a heading, its talks in
// time order and a row for each free window of MinGap or more; a talk
// that overlaps another bookmarked talk says "clash" and names it. The
// bookmarks without a time follow the days.
func newAgendaSource(c *common) *groupedSource {
	s := newGroupedSource(c, placeRef{Kind: kindBookmarks}, "Bookmarks", func() []entry { return agendaEntries(c) },
		func() int { return frameVersion(c, c.marks.version) })
	s.talks.whole = true // a hidden bookmarked talk stays in the agenda
	s.none = noBookmarksYet(c)
	return s
}

// missingEntry heads the agenda when some bookmarks name no talk, or
// they are not kept; an empty agenda says the latter instead.
func missingEntry(c *common, empty bool) []entry {
	text := bookmarksNote(c)
	if empty {
		text = missingText(missingBookmarks(c))
	}
	if text == "" {
		return nil
	}
	return []entry{{kind: rowHeading, session: -1, group: -1, key: "missing", title: text}}
}

// agendaEntries are the agenda's rows for the current bookmarks.
func agendaEntries(c *common) []entry {
	tl, g := c.allTL, c.styles.G
	ag := tl.Agenda(c.marks.set())
	out := missingEntry(c, len(ag.Days) == 0 && len(ag.Untimed) == 0)
	for _, day := range ag.Days {
		head := len(out)
		out = append(out, entry{kind: rowHeading, session: -1, group: -1, key: "day:" + day.Date, title: model.DayTitle(day.Date)})
		for _, r := range day.Rows {
			if r.IsGap() {
				label := windowLabel(c, r.Free)
				out = append(out, entry{kind: rowFree, session: -1, group: head, date: day.Date, window: r.Free,
					key:    "free:" + windowRefName(day.Date, r.Free, placeRef{}),
					title:  "free " + label + ", " + plural(r.Talks, "talk", "talks"),
					desc:   model.FormatDuration(r.Free.Length()) + " free" + g.Dot + "enter lists the talks on",
					detail: model.FormatDuration(r.Free.Length()) + " free on " + model.DayLabel(day.Date) + " " + label + ". " + talksHint(r.Talks)})
				continue
			}
			out = append(out, agendaTalk(c, r, head))
		}
	}
	if len(ag.Untimed) > 0 {
		head := len(out)
		out = append(out, entry{kind: rowHeading, session: -1, group: -1, key: "untimed", title: "Without a time"})
		for _, i := range ag.Untimed {
			out = append(out, entry{kind: rowItem, session: i, group: head, key: c.all.Session(i).ID})
		}
	}
	return out
}

// agendaTalk is a bookmarked talk's row; one that clashes says with what
// in its second line.
func agendaTalk(c *common, r model.AgendaRow, group int) entry {
	sess := c.all.Session(r.Session)
	e := entry{kind: rowItem, session: r.Session, group: group, key: sess.ID}
	if len(r.Clashes) == 0 {
		return e
	}
	names := make([]string, len(r.Clashes))
	for i, o := range r.Clashes {
		names[i] = c.all.Session(o).Title
	}
	e.kind = rowClash
	e.desc = c.times.frame().RowLabel(sess) + c.styles.G.Dot + "clash with " + strings.Join(names, ", ")
	return e
}
