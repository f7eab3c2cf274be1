package ui

import (
	"fmt"
	"strings"

	"github.com/summit-tui/summit-tui/model"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"
)

// filterChrome is the room the filter line keeps beside the typed text:
// the prompt, the cursor and the match count ("1234/10000").
const filterChrome = 16

// listPrefix is the width of what precedes an item's text: the selection
// bar, a space, the bookmark star and a space.
const listPrefix = 4

// View draws the pane's inside: the filter line, then the rows on screen.
// Only those rows are drawn, so a list of 10,000 talks costs what a list of
// ten does.
func (l *listPane) View() string {
	st := l.c.styles
	l.c.views.drawing(l)
	l.rows.frame()
	var lines []string
	if l.filter.editing || l.filter.active() {
		lines = append(lines, l.filterLine())
	}
	if l.filter.closeOnly {
		lines = append(lines, st.FilterInfo.Render(truncate(st.G, closeMatchesNote, l.width)))
	}
	if note := l.note(); note != "" {
		lines = append(lines, st.Empty.Render(truncate(st.G, note, l.width)))
	}
	if l.count() == 0 {
		style := st.Empty
		if l.filter.problem != "" && !l.filter.pending() {
			style = st.Warning // what was typed cannot match: say so as a warning
		}
		why, more, _ := strings.Cut(l.emptyText(), "\n")
		lines = append(lines, style.Render(truncate(st.G, why, l.width)))
		if more != "" { // where else it matches: wrapped, as it says which key to press
			for _, line := range strings.Split(wrapAtSpaces(more, l.width), "\n") {
				lines = append(lines, st.Empty.Render(line))
			}
		}
		return strings.Join(lines, "\n")
	}
	if sec, ok := l.stickyLine(l.offset); ok {
		lines = append(lines, st.Sticky.Render(truncate(st.G, sec, l.width)))
	}
	room := l.roomFrom(l.offset)
	for i := l.offset; i < l.count() && room > 0; i++ {
		item := l.rowView(i)
		if len(item) > room {
			item = item[:room]
		}
		lines = append(lines, item...)
		room -= len(item)
	}
	return strings.Join(lines, "\n")
}

// emptyText says why no row is shown.
func (l *listPane) emptyText() string {
	g := l.c.styles.G
	switch {
	case !l.filter.active():
		return l.src.empty()
	case l.filter.pending():
		return "Searching" + g.Ellipsis
	case l.filter.problem != "":
		return l.filter.problem + "."
	}
	one, _ := l.src.noun()
	none := fmt.Sprintf("No %s matches %s.", one, quoted(g, l.filter.query()))
	if more := elsewhereText(l.c, l.src.ref(), l.filter.elsewhere); more != "" {
		return none + "\n" + more
	}
	return none
}

// closeMatchesNote heads a list of close matches, shown because nothing
// matched exactly.
const closeMatchesNote = "no exact match: close matches"

// filterLine shows the filter being typed, or the one applied, with the
// number of matches.
func (l *listPane) filterLine() string {
	st := l.c.styles
	shown, total := l.shownCount()
	count := fmt.Sprintf("%d/%d", shown, total)
	if l.filter.pending() {
		count = st.G.Ellipsis
	}
	right := st.FilterInfo.Render(" " + count)
	left := truncate(st.G, l.filter.View(), l.width-lipgloss.Width(right))
	gap := max(l.width-lipgloss.Width(left)-lipgloss.Width(right), 0)
	return left + strings.Repeat(" ", gap) + right
}

// itemView draws row i: a bar marks the selection, a star a bookmark, and
// the filter's matches are highlighted. A title too long for one line
// wraps once, under itself.
func (l *listPane) itemView(i int) []string {
	st := l.c.styles
	r := l.row(i)
	title, desc := l.src.text(r.item)
	kind := kindOf(l.src, r.item)
	if kind == rowHeading {
		return []string{highlightRunes(truncate(st.G, title, l.width), r.titleHits, st.Heading, st.Match)}
	}
	titleStyle, descStyle, bar := st.ItemTitle, st.ItemDesc, " "
	switch kind {
	case rowClash:
		descStyle = st.Warning
	case rowFree:
		titleStyle = st.Free
	}
	if i == l.cursor {
		titleStyle, bar = st.SelectedTitle, st.SelectedBar.Render(st.G.Bar)
		if kind != rowClash {
			descStyle = st.SelectedDesc
		}
	}
	star := " "
	if sess, ok := l.src.talk(r.item); ok && l.c.marks.Has(sess.ID) {
		star = st.Star.Render(st.G.Star)
	}
	mark, markWidth := l.markView(r.item, descStyle)
	if mark != "" && markOf(l.c, l.src, r.item) == model.CancelledKind {
		titleStyle = st.Cancelled.Inherit(titleStyle)
	}
	var lines []string
	for k, part := range l.wrapped(r.item) {
		lead := bar + " " + star + " "
		if k > 0 {
			lead = bar + "   "
		}
		text := truncate(st.G, part.text, l.textWidth())
		lines = append(lines, lead+highlightRunes(text, shiftHits(r.titleHits, part.at), titleStyle, st.Match))
	}
	desc = truncate(st.G, desc, l.textWidth()-markWidth)
	return append(lines, bar+"   "+mark+highlightRunes(desc, r.descHits, descStyle, st.Match))
}

// maxTitleLines is the most lines a title wraps onto in a list.
const maxTitleLines = 3

// titleLine is one line of a wrapped title and the rune it starts at.
type titleLine struct {
	text string
	at   int
}

// wrapTitle breaks a title into lines of at most width cells, at spaces
// where it can, onto at most max lines; the last keeps the rest (the
// caller cuts it).
func wrapTitle(title string, width, maxLines int) []titleLine {
	if ansi.StringWidth(title) <= width {
		return []titleLine{{text: title}}
	}
	runes := []rune(title)
	var out []titleLine
	start := 0
	for len(out) < maxLines-1 && ansi.StringWidth(string(runes[start:])) > width {
		w, cut, lastSpace := 0, len(runes), -1
		for i := start; i < len(runes); i++ {
			rw := runewidth.RuneWidth(runes[i])
			if w+rw > width {
				cut = i
				break
			}
			if runes[i] == ' ' {
				lastSpace = i
			}
			w += rw
		}
		next := cut
		if lastSpace > start {
			cut, next = lastSpace, lastSpace+1
		}
		out = append(out, titleLine{text: string(runes[start:cut]), at: start})
		start = next
	}
	return append(out, titleLine{text: string(runes[start:]), at: start})
}

// shiftHits moves rune positions to a text that starts at rune at.
func shiftHits(hits []int, at int) []int {
	var out []int
	for _, h := range hits {
		if h >= at {
			out = append(out, h-at)
		}
	}
	return out
}
