package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/model"
)

// changeMarks are the changes since the version last seen, as the lists
// show them: each changed talk's row carries its kind until everything is
// marked seen.
type changeMarks struct {
	list    model.Changes
	byID    map[string]model.ChangeKind
	summary string // "1 new · 1 moved · 2 of your bookmarks"
	version int    // counts changes of list and of the schedule
}

// set takes the changes since seen; dot joins the parts of their summary,
// as the theme's glyphs do.
func (c *changeMarks) set(list model.Changes, marks model.BookmarkSet, dot string) {
	c.list, c.byID, c.summary = list, list.Marks(), strings.Join(list.SummaryParts(marks), dot)
	c.version++
}

// rowMark is the mark of a talk's row: cancelled for a talk that will not
// take place, seen or not (a bookmarked one stays so until its bookmark
// goes), else its change since the version last seen.
func rowMark(c *common, sess *model.Session) model.ChangeKind {
	if sess.Cancelled() {
		return model.CancelledKind
	}
	return c.changes.byID[sess.ID]
}

// changeSource is a list whose rows stand for changes, some of talks the
// schedule no longer has: it says each row's mark itself.
type changeSource interface {
	changeKind(item int) model.ChangeKind
}

// markOf is the mark of a list's row: its talk's, or the change it
// stands for.
func markOf(c *common, src listSource, item int) model.ChangeKind {
	if cs, ok := src.(changeSource); ok {
		return cs.changeKind(item)
	}
	if sess, ok := src.talk(item); ok {
		return rowMark(c, sess)
	}
	return model.Unchanged
}

// changeNote is what the details say of a talk that changed since the
// version last seen, or that will not take place: empty for the others.
func changeNote(c *common, sess *model.Session) string {
	st := c.styles
	ch, changed := c.changes.list.Of(sess.ID)
	switch {
	case sess.Gone:
		return st.Warning.Render("Cancelled: gone from the programme")
	case sess.Cancelled():
		return st.Warning.Render("Cancelled")
	case !changed:
		return ""
	case ch.New:
		return st.ChangeMark.Render("New since you last looked")
	}
	var parts []string
	if ch.Moved {
		parts = append(parts, st.ChangeMark.Render("Moved")+st.DetailText.Render(" from "+placeLabel(c, ch.From)))
	}
	if len(ch.Fields) > 0 {
		parts = append(parts, st.ChangeMark.Render("Changed")+st.DetailText.Render(": "+strings.Join(ch.Fields, ", ")))
	}
	return strings.Join(parts, st.DetailText.Render(st.G.Dot))
}

// markView is the mark that opens a row's second line, in words so that
// it reads without colour ("moved · "), and its width.
func (l *listPane) markView(item int, descStyle lipgloss.Style) (string, int) {
	kind := markOf(l.c, l.src, item)
	if kind == model.Unchanged {
		return "", 0
	}
	st := l.c.styles
	text := kind.String() + st.G.Dot
	return st.ChangeMark.Render(kind.String()) + descStyle.Render(st.G.Dot), ansi.StringWidth(text)
}
