package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
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
	var lines []string
	if l.filterLines() > 0 {
		lines = append(lines, l.filterLine())
	}
	if l.count() == 0 {
		lines = append(lines, st.Empty.Render(truncate(st.G, l.emptyText(), l.width)))
		return strings.Join(lines, "\n")
	}
	room := l.rowsHeight()
	for i := l.offset; i < l.count() && room > 0; i++ {
		item := l.itemView(i)
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
		return l.src.empty(g)
	case l.filter.pending():
		return "Searching" + g.Ellipsis
	}
	one, _ := l.src.noun()
	return fmt.Sprintf("No %s matches %s.", one, quoted(g, l.filter.query()))
}

// filterLine shows the filter being typed, or the one applied, with the
// number of matches.
func (l *listPane) filterLine() string {
	st := l.c.styles
	count := fmt.Sprintf("%d/%d", l.count(), len(l.src.items()))
	if l.filter.pending() {
		count = st.G.Ellipsis
	}
	right := st.FilterInfo.Render(" " + count)
	left := st.FilterPrompt.Render("/ ")
	if l.filter.editing {
		left += l.filter.input.View()
	} else {
		left += st.FilterText.Render(l.filter.query())
	}
	left = truncate(st.G, left, l.width-lipgloss.Width(right))
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
	titleStyle, descStyle, bar := st.ItemTitle, st.ItemDesc, " "
	if i == l.cursor {
		titleStyle, descStyle, bar = st.SelectedTitle, st.SelectedDesc, st.SelectedBar.Render(st.G.Bar)
	}
	star := " "
	if sess, ok := l.src.talk(r.item); ok && l.c.marks.Has(sess.ID) {
		star = st.Star.Render(st.G.Star)
	}
	w := l.textWidth()
	first, rest, restAt := splitTitle(title, w)
	lines := []string{bar + " " + star + " " + highlightRunes(first, r.titleHits, titleStyle, st.Match)}
	if rest != "" {
		rest = ansi.Truncate(rest, w, st.G.Ellipsis)
		lines = append(lines, bar+"   "+highlightRunes(rest, shiftHits(r.titleHits, restAt), titleStyle, st.Match))
	}
	desc = ansi.Truncate(desc, w, st.G.Ellipsis)
	return append(lines, bar+"   "+highlightRunes(desc, r.descHits, descStyle, st.Match))
}

// splitTitle breaks a title that is wider than width at the last space
// that fits (or mid-word when there is none): the first line, the rest and
// the rune position the rest starts at.
func splitTitle(title string, width int) (first, rest string, restAt int) {
	if ansi.StringWidth(title) <= width {
		return title, "", 0
	}
	runes := []rune(title)
	w, cut, lastSpace := 0, len(runes), -1
	for i, r := range runes {
		rw := ansi.StringWidth(string(r))
		if w+rw > width {
			cut = i
			break
		}
		if r == ' ' {
			lastSpace = i
		}
		w += rw
	}
	if lastSpace > 0 {
		return string(runes[:lastSpace]), string(runes[lastSpace+1:]), lastSpace + 1
	}
	return string(runes[:cut]), string(runes[cut:]), cut
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
