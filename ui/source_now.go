package ui

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// The Now tab: what is running and what starts within the next hour, by
// room, at the instant the browser last read its clock (common.now). The
// root reads the clock again at every turn of the minute (nowTickMsg), so
// "12 min left" counts down. Before or after the conference, and in the
// night between two days, it says so and offers the day to go to.

// newNowSource is the Now tab.
func newNowSource(c *common) *groupedSource {
	s := newGroupedSource(c, placeRef{Kind: kindNow}, "Now", func() []entry { return nowEntries(c) },
		func() int { return frameVersion(c, c.nowVersion) })
	s.none = "Nothing is on now."
	return s
}

// nowEntries are the Now view's rows at c.now.
func nowEntries(c *common) []entry {
	tl, f, g := c.times.tl, c.times.frame(), c.styles.G
	nn := tl.NowNext(c.now)
	conf := c.idx.Schedule().Conference
	if conf == "" {
		conf = "The conference"
	}
	first := model.DayTitle(nn.FirstDay)
	span, _ := tl.Span()
	switch {
	case nn.Phase == model.Untimed:
		return nil
	case nn.Phase == model.Before && nn.Empty():
		starts := f.Day(span.From) + " " + f.Clock(span.From)
		return goTo(c, conf+" has not begun.", nn.FirstDay,
			"Open the first day, "+first, "It starts "+starts+g.Dot+"enter opens the first day",
			fmt.Sprintf("%s starts on %s at %s.", conf, first, f.Clock(span.From)))
	case nn.Phase == model.After:
		last := f.In(span.To.Add(-time.Nanosecond))
		lastDay := model.DayTitle(last.Format(time.DateOnly))
		ran := "It ran " + f.Day(span.From) + g.Dash + f.Day(last)
		when := fmt.Sprintf("%s ran from %s to %s.", conf, first, lastDay)
		if lastDay == first {
			ran, when = "It ran on "+f.Day(span.From), fmt.Sprintf("%s ran on %s.", conf, first)
		}
		return goTo(c, conf+" is over.", nn.FirstDay, "Open the first day, "+first, ran+g.Dot+"enter opens the first day", when)
	case nn.Empty():
		day := nn.Today
		if day == "" {
			day = nn.FirstDay
		}
		title := "Nothing on now."
		next := "Open " + model.DayTitle(day)
		desc := "enter opens the day"
		if !nn.NextStart.IsZero() {
			next = "Next talks at " + f.Clock(nn.NextStart) + ", " + f.Day(nn.NextStart)
			desc = "in " + model.FormatDuration(nn.NextStart.Sub(nn.At)) + g.Dot + "enter opens " + model.DayLabel(day)
		}
		return goTo(c, title, day, next, desc, "Nothing is running, and nothing starts within the hour.")
	}
	// Before the first talk, and between talks, what starts within the
	// hour is listed as it is during the day.
	heading := "On now and within the hour"
	if nn.Phase == model.Before {
		heading = "Starting within the hour"
	}
	out := []entry{{kind: rowHeading, session: -1, group: -1, key: "heading:now",
		title: heading + g.Dot + f.Day(nn.At) + " " + f.Clock(nn.At)}}
	for _, r := range nn.Rooms {
		name := r.Room
		if name == "" {
			name = "No room given"
		}
		head := len(out)
		out = append(out, entry{kind: rowHeading, session: -1, group: -1, key: "room:" + r.Room, title: name})
		for _, sl := range r.Running {
			left := model.FormatMinutes(sl.Minutes) + " left"
			if !sl.EndKnown {
				left = "about " + left
			}
			out = append(out, nowTalk(c, sl, head, "now, "+left))
		}
		for _, sl := range r.Next {
			out = append(out, nowTalk(c, sl, head, "in "+model.FormatMinutes(sl.Minutes)))
		}
	}
	return out
}

// nowTalk is a running or coming talk's row: when, then who.
func nowTalk(c *common, sl model.Slot, group int, when string) entry {
	sess := c.idx.Session(sl.Session)
	parts := []string{when, spanLabel(c.times.frame(), sess, c.styles.G)}
	if sp := model.SpeakerLine(sess); sp != "" {
		parts = append(parts, sp)
	}
	return entry{kind: rowItem, session: sl.Session, group: group, key: sess.ID,
		desc: strings.Join(parts, c.styles.G.Dot)}
}

// goTo is a heading that says why nothing is shown, and a row that opens
// a day's tab.
func goTo(c *common, why, day, title, desc, detail string) []entry {
	return []entry{
		{kind: rowHeading, session: -1, group: -1, key: "heading:why", title: why},
		{kind: rowItem, session: -1, group: 0, key: "day:" + day, title: title, desc: desc, detail: detail,
			target: placeRef{Kind: kindDay, Name: day}},
	}
}

// nowTickMsg is the turn of a minute: the Now view reads the clock again.
// It belongs to the schedule whose common state asked for it: one that
// comes after another schedule was opened in place is dropped, so each
// schedule has one chain of ticks.
type nowTickMsg struct{ c *common }

// untilNextMinute is how long until the clock's next whole minute.
func untilNextMinute(t time.Time) time.Duration {
	return t.Truncate(time.Minute).Add(time.Minute).Sub(t)
}

// tickNow reads the clock for the time views and asks to be woken at the
// next minute; a schedule without times never ticks.
func (m *Model) tickNow(msg nowTickMsg) tea.Cmd {
	if !m.c.times.timed || msg.c != m.c {
		return nil
	}
	at := m.now()
	m.c.setNow(at)
	return m.after(untilNextMinute(at), nowTickMsg{m.c})
}
