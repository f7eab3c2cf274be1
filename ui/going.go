package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// How many attendees bookmarked a talk ("★ 42 going"), where the host
// counts them (Config.Going, over SSH). The counts are read in a command
// at start and whenever the bookmarks may have changed; between reads the
// count shown follows this browser's own toggles at once: it is the count
// read, plus or minus this browser's bookmark of the talk as it changed
// since the read began.
type going struct {
	on     bool
	counts map[string]int
	// at is this browser's bookmarks when the counts were asked for.
	at      model.BookmarkSet
	version int // counts reads taken, for the details to follow
	// asked counts the reads asked for: only the last one's answer is
	// taken, as an earlier one may have begun before the bookmarks read
	// that at holds, and would count their change twice.
	asked int
}

// goingReadMsg brings the counts.
type goingReadMsg struct {
	counts map[string]int
	at     model.BookmarkSet
	err    error
	asked  int
}

// count is how many attendees are going to the talk, this browser's
// toggles since the read included.
func (g *going) count(id string, marks *marks) int {
	n := g.counts[id]
	switch has, had := marks.Has(id), g.at.Has(id); {
	case has && !had:
		n++
	case !has && had:
		n--
	}
	return max(n, 0)
}

// goingLabel is "★ 42 going" for the talk's details, or "" when nobody is
// or nothing counts.
func goingLabel(c *common, id string) string {
	if !c.going.on {
		return ""
	}
	n := c.going.count(id, c.marks)
	if n == 0 {
		return ""
	}
	return c.styles.Star.Render(fmt.Sprintf("%s %d going", c.styles.G.Star, n))
}

// readGoing asks for the counts, outside the UI goroutine.
func (m *Model) readGoing() tea.Cmd {
	read := m.cfg.Going
	m.c.going.on = read != nil
	if read == nil {
		return nil
	}
	at := m.c.marks.set()
	if m.c.marks.inMemory {
		// Bookmarks kept in memory never reach the counts: each is
		// counted on top of them, however often they are read.
		at = model.BookmarkSet{}
	}
	m.c.going.asked++
	asked := m.c.going.asked
	return func() tea.Msg {
		counts, err := read()
		return goingReadMsg{counts: counts, at: at, err: err, asked: asked}
	}
}

// readAfterChange reads the bookmarks again when another window may have
// changed them, then the counts (bookmarksRead): counts read after the
// bookmarks hold the same toggles from elsewhere, which then count once,
// not as this browser's own on top. When only the counts may have
// changed, only they are read.
func (m *Model) readAfterChange(msg bookmarksChangedMsg) tea.Cmd {
	if m.cfg.ReadBookmarks == nil || msg.countsOnly {
		return m.readGoing()
	}
	return m.readBookmarks()
}

// goingRead takes the counts of the last read asked for; a failed read
// keeps those shown.
func (m *Model) goingRead(msg goingReadMsg) {
	if msg.err != nil || msg.asked != m.c.going.asked {
		return
	}
	m.c.going.counts, m.c.going.at = msg.counts, msg.at
	m.c.going.version++
}
