package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// A filter that matches nothing in its list says where in the programme
// it does match, and how to get there: "2 matches on Sun 1: press 4 for
// All". The search of the whole programme runs with the list's, in the
// filter's command, only when the list has no match. A tab key pressed
// then takes the filter along to the tab (jumpTab).

// elsewhereSearch searches the whole programme, for a list of talks that
// is not the whole programme itself; nil for the indexes and for All.
func elsewhereSearch(c *common, src listSource) func(q model.Query) []int {
	switch src.ref().Kind {
	case kindAll, kindSpeakers, kindCompanies, kindRooms, kindTracks:
		return nil
	}
	idx := c.idx
	all := make([]int, len(idx.Schedule().Sessions))
	for i := range all {
		all[i] = i
	}
	return func(q model.Query) []int {
		var out []int
		for _, mt := range idx.SearchSessions(all, q) {
			out = append(out, mt.Session)
		}
		return out
	}
}

// allTab is the All tab's index, as tabSources lays the tabs out: first
// on a page without times, after Now and the days on one with.
func allTab(c *common) int {
	if c.times.timed {
		return 1 + len(c.times.tl.Days())
	}
	return 0
}

// elsewhereText says where the matches a list lacks are: on which days
// for a schedule with times, else in which other lists; then the key to
// the All tab, which holds them all.
func elsewhereText(c *common, here placeRef, sessions []int) string {
	if len(sessions) == 0 {
		return ""
	}
	var days []string
	for _, i := range sessions {
		if d := model.SessionDay(c.idx.Session(i)); d != "" {
			if l := model.DayLabel(d); len(days) == 0 || days[len(days)-1] != l {
				days = append(days, l)
			}
		}
	}
	where := "elsewhere"
	switch {
	case c.times.timed && len(days) > 0:
		where = "on " + joinAnd(dedupe(days))
	case here.Kind == kindTrack:
		where = "in other tracks"
	}
	key := "the All tab has them"
	if n := allTab(c) + 1; n <= 9 {
		key = fmt.Sprintf("press %d for All", n)
	}
	return fmt.Sprintf("%s %s: %s", plural(len(sessions), "match", "matches"), where, key)
}

// dedupe keeps the first of each label.
func dedupe(labels []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range labels {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

// joinAnd writes "Sat 31", "Sat 31 and Sun 1", "Fri 30, Sat 31 and Sun 1".
func joinAnd(parts []string) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// jumpTab switches to tab i, as the tab keys do. From a list whose
// filter matched nothing there but something elsewhere, the filter goes
// along to a tab that holds none of its own, so the key the list offered
// shows the matches.
func (m *Model) jumpTab(i int) tea.Cmd {
	from := m.top().list
	m.switchTab(i)
	to := m.tabs[i]
	if from == nil || from == to || to.filter.active() || from.filter.editing ||
		!from.filter.active() || from.filter.pending() || from.count() > 0 || len(from.filter.elsewhere) == 0 {
		return nil
	}
	to.filter.set(from.filter.query())
	return to.refilter(false)
}
