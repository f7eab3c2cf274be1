package ui

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/model"
)

// filterChrome is the room the filter line keeps beside the typed text:
// the prompt, the cursor and the match count ("1234/10000").
const filterChrome = 16

// listPrefix is the width of what precedes an item's text: the selection
// bar, a space, the bookmark star and a space.
const listPrefix = 4

// listView draws the list pane's inside: the filter line, then the items
// on screen. Only visible items are drawn, so a list of 10,000 talks costs
// what a list of ten does.
func (m *Model) listView() string {
	v := m.view()
	in := m.lay.list.inner()
	var lines []string
	if m.filterLines() > 0 {
		lines = append(lines, m.filterLine(v, in.w))
	}
	if len(v.rows) == 0 {
		msg := v.empty
		if v.filtered() {
			msg = "No matches."
		}
		lines = append(lines, m.styles.Empty.Render(ansi.Truncate(msg, in.w, "…")))
		return strings.Join(lines, "\n")
	}
	end := min(v.offset+m.visibleItems(), len(v.rows))
	for i := v.offset; i < end; i++ {
		title, desc := m.itemText(v, v.rows[i].index)
		lines = append(lines, m.itemLines(v, i, title, desc, in.w)...)
	}
	return strings.Join(lines, "\n")
}

// filterLine shows the filter being typed, or the one applied, with the
// number of matches.
func (m *Model) filterLine(v *listView, width int) string {
	s := m.styles
	count := fmt.Sprintf("%d/%d", len(v.rows), len(v.all))
	if v.filter.pending {
		count = "…"
	}
	right := s.FilterInfo.Render(" " + count)
	var left string
	if m.editingFilter {
		left = s.FilterPrompt.Render("/ ") + m.filterInput.View()
	} else {
		left = s.FilterPrompt.Render("/ ") + s.FilterText.Render(v.filter.query)
	}
	left = ansi.Truncate(left, max(width-lipgloss.Width(right), 0), "…")
	gap := max(width-lipgloss.Width(left)-lipgloss.Width(right), 0)
	return left + strings.Repeat(" ", gap) + right
}

// itemText gives an item's two lines as plain text.
func (m *Model) itemText(v *listView, item int) (title, desc string) {
	switch v.kind {
	case peopleView:
		p := m.idx.People()[item]
		desc = plural(len(p.Sessions), "talk", "talks")
		if p.Company != "" {
			desc = p.Company + " · " + desc
		}
		return p.Name, desc
	case companiesView:
		c := m.idx.Companies()[item]
		return c.Name, plural(len(c.People), "person", "people") + " · " + plural(len(c.Sessions), "talk", "talks")
	}
	sess := m.idx.Session(item)
	desc = model.SpeakerLine(sess)
	more := companies(sess) // a track's own tab need not repeat the track
	if m.showsTrack(v) {
		more = sess.Track
	}
	if desc != "" && more != "" {
		desc += " · "
	}
	return sess.Title, desc + more
}

// companies lists a talk's speakers' companies, each once.
func companies(sess *model.Session) string {
	var out []string
	for _, sp := range sess.Speakers {
		if sp.Company != "" && !slices.Contains(out, sp.Company) {
			out = append(out, sp.Company)
		}
	}
	return strings.Join(out, ", ")
}

// showsTrack: lists that mix tracks name each talk's track.
func (m *Model) showsTrack(v *listView) bool {
	return len(m.stack) > 0 || m.tabs[m.tab].kind != tabTrack
}

// itemLines draws one item: a bar marks the selection, a star a bookmark,
// and the filter's matches are highlighted.
func (m *Model) itemLines(v *listView, i int, title, desc string, width int) []string {
	s := m.styles
	r := v.rows[i]
	selected := i == v.cursor
	titleStyle, descStyle, bar := s.ItemTitle, s.ItemDesc, " "
	if selected {
		titleStyle, descStyle, bar = s.SelectedTitle, s.SelectedDesc, s.SelectedBar.Render(s.Bar)
	}
	star := " "
	if v.kind == talksView && m.bookmarks.set.Has(m.idx.Session(r.index).ID) {
		star = s.Star.Render(s.StarGlyph)
	}
	textW := max(width-listPrefix, 1)
	line1 := bar + " " + star + " " + highlight(title, r.titleHits, textW, titleStyle, s.Match)
	line2 := bar + "   " + highlight(desc, r.descHits, textW, descStyle, s.Match)
	return []string{line1, line2}
}

// highlight cuts plain text to width cells and styles it, underlining the
// runes at the hit positions.
func highlight(text string, hits []int, width int, base, match lipgloss.Style) string {
	text = ansi.Truncate(text, width, "…")
	if len(hits) == 0 {
		return base.Render(text)
	}
	isHit := make(map[int]bool, len(hits))
	for _, h := range hits {
		isHit[h] = true
	}
	var b strings.Builder
	var run strings.Builder
	runHit := false
	flush := func() {
		if run.Len() == 0 {
			return
		}
		style := base
		if runHit {
			style = match.Inherit(base) // the match's colour, the item's weight
		}
		b.WriteString(style.Render(run.String()))
		run.Reset()
	}
	pos := 0
	for len(text) > 0 {
		r, size := utf8.DecodeRuneInString(text)
		if h := isHit[pos]; h != runHit {
			flush()
			runHit = h
		}
		run.WriteRune(r)
		text = text[size:]
		pos++
	}
	flush()
	return b.String()
}
