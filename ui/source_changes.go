package ui

import (
	"strings"

	"github.com/summit-tui/summit-tui/model"
)

// changesSource is the Changes view's list (C): what changed since the
// version last seen, the user's bookmarks first, each group in time order.
// A row is the talk, as in any list of talks, with what became of it in
// its second line ("Fri 10:30 · Aurora Hall → Fri 11:30 · Polar Room"); a
// talk gone from the programme and not bookmarked has only that row.
type changesSource struct {
	*groupedSource
	kinds []model.ChangeKind // each row's change, as built
}

func newChangesSource(c *common) *changesSource {
	s := &changesSource{}
	s.groupedSource = newGroupedSource(c, placeRef{Kind: kindChanges}, "Changes", s.build,
		func() int { return frameVersion(c, c.changes.version<<20+c.marks.version) })
	s.none = "Nothing changed since you last looked."
	return s
}

// kindChanges names the Changes view's list.
const kindChanges = "changes"

func (s *changesSource) changeKind(item int) model.ChangeKind {
	s.entries()
	if item < 0 || item >= len(s.kinds) {
		return model.Unchanged
	}
	return s.kinds[item]
}

func (s *changesSource) build() []entry {
	c := s.c
	list := c.changes.list.List
	var mine, others []model.Change
	for _, ch := range list {
		if c.marks.Has(ch.ID) {
			mine = append(mine, ch)
		} else {
			others = append(others, ch)
		}
	}
	var rows []entry
	s.kinds = nil
	group := func(title string, changes []model.Change) {
		if len(changes) == 0 {
			return
		}
		head := len(rows)
		rows = append(rows, entry{kind: rowHeading, session: -1, group: -1, key: "group:" + title,
			title: title + " (" + plural(len(changes), "change", "changes") + ")"})
		s.kinds = append(s.kinds, model.Unchanged)
		for _, ch := range changes {
			rows = append(rows, s.row(ch, head))
			s.kinds = append(s.kinds, ch.Kind())
		}
	}
	if len(mine) > 0 {
		group("Your bookmarks", mine)
		group("Other talks", others)
	} else {
		group("All changes", others)
	}
	return rows
}

// row is one change's row: its talk's, when the schedule has it.
func (s *changesSource) row(ch model.Change, group int) entry {
	c := s.c
	g := c.styles.G
	e := entry{kind: rowItem, session: -1, group: group, key: ch.ID, title: ch.Title, desc: changeDesc(c, ch)}
	if i, ok := c.idx.ByID(ch.ID); ok {
		e.session = i
		return e
	}
	e.detail = "Cancelled: gone from the programme." + g.Dot + "It was on " + placeLabel(c, ch.Place) + "."
	return e
}

// changeDesc says what became of a talk: where it moved, which fields
// changed, where it is (or was). Its kind is the row's mark.
func changeDesc(c *common, ch model.Change) string {
	g := c.styles.G
	arrow := " → "
	if g.ASCII {
		arrow = " -> "
	}
	var parts []string
	if ch.Moved {
		parts = append(parts, placeLabel(c, ch.From)+arrow+placeLabel(c, ch.To))
	}
	if len(ch.Fields) > 0 && !ch.New && !ch.Cancelled {
		parts = append(parts, strings.Join(ch.Fields, ", ")+" changed")
	}
	if !ch.Moved {
		parts = append(parts, placeLabel(c, ch.Place))
	}
	return strings.Join(parts, g.Dot)
}

// placeLabel is a slot as the theme writes it: "Fri 10:30 · Aurora Hall".
func placeLabel(c *common, p model.Place) string {
	return strings.ReplaceAll(p.Label(), " · ", c.styles.G.Dot)
}
