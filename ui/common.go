package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/model"
)

// common is what every component reads: the page, the look, the keys,
// the screen's layout and the bookmarks. The root owns it and changes it
// only in Update.
type common struct {
	idx *model.Index
	// all is the whole schedule, hidden talks included, and allTL its
	// timeline: bookmarks and reminders read them; idx is derived from
	// them and hidden (hidden.go).
	all    *model.Index
	allTL  *model.Timeline
	hidden model.Hidden
	times  times
	theme  theme
	styles Styles
	// keys are every component's, the root's global ones included: a
	// pane's footer offers the root's keys that act on what it shows.
	keys  keyMaps
	lay   layout
	marks *marks
	// changes are those since the version of the schedule last seen.
	changes changeMarks
	// going is how many attendees bookmarked each talk (going.go).
	going going
	// now is the instant the time views show: the clock as the root last
	// read it, once a minute. nowVersion counts its changes.
	now        time.Time
	nowVersion int
	// views is what View remembers of the frames it drew (view_memo.go):
	// pieces keyed by all they are drawn from, changed by View alone.
	views viewMemo
}

func (c *common) setNow(t time.Time) {
	c.now = t
	c.nowVersion++
}

func (c *common) setTheme(t theme) {
	c.theme = t
	c.styles = newStyles(t)
}

// plural is "1 talk", "2 talks".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// talksHint says how many talks enter lists.
func talksHint(n int) string {
	switch n {
	case 0:
		return "No talks."
	case 1:
		return "1 talk: enter lists it."
	}
	return fmt.Sprintf("%d talks: enter lists them.", n)
}

// quoted puts a query in the theme's quotes, cut to a readable length.
func quoted(g Glyphs, s string) string {
	return g.Quote[0] + ansi.Truncate(s, 40, g.Ellipsis) + g.Quote[1]
}

// truncate cuts styled text to width cells with the theme's ellipsis.
func truncate(g Glyphs, s string, width int) string {
	return ansi.Truncate(s, max(width, 0), g.Ellipsis)
}

// highlightRunes styles plain text, the runes at the hit positions in the
// match style (its colour, the base's weight).
func highlightRunes(text string, hits []int, base, match lipgloss.Style) string {
	if len(hits) == 0 {
		return base.Render(text)
	}
	isHit := make(map[int]bool, len(hits))
	for _, h := range hits {
		isHit[h] = true
	}
	hl := match.Inherit(base)
	var b, run strings.Builder
	runHit := false
	flush := func() {
		if run.Len() == 0 {
			return
		}
		if runHit {
			b.WriteString(hl.Render(run.String()))
		} else {
			b.WriteString(base.Render(run.String()))
		}
		run.Reset()
	}
	pos := 0
	for _, r := range text {
		if h := isHit[pos]; h != runHit {
			flush()
			runHit = h
		}
		run.WriteRune(r)
		pos++
	}
	flush()
	return b.String()
}

// highlightQuery styles text with the query's matches highlighted.
func highlightQuery(text string, q model.Query, base, match lipgloss.Style) string {
	return highlightRunes(text, q.Hits(text), base, match)
}
