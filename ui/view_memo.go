package ui

import (
	"slices"

	"github.com/charmbracelet/x/ansi"
)

// memo remembers pieces of the screen by everything they are drawn from,
// for the frames that follow: a key press usually changes a few rows, not
// the screen. It keeps what the last two frames used and forgets the
// rest, so it is bounded by what a screen shows, and its keys are the
// pieces' inputs, so a changed input misses rather than shows a stale
// piece. Only View uses it.
type memo[K comparable, V any] struct {
	cur, prev map[K]V
}

func (m *memo[K, V]) get(k K) (V, bool) {
	if v, ok := m.cur[k]; ok {
		return v, true
	}
	v, ok := m.prev[k]
	if ok {
		m.put(k, v)
	}
	return v, ok
}

func (m *memo[K, V]) put(k K, v V) {
	if m.cur == nil {
		m.cur = map[K]V{}
	}
	m.cur[k] = v
}

// frame starts a frame: what neither it nor the one before uses is
// forgotten.
func (m *memo[K, V]) frame() {
	m.prev, m.cur = m.cur, m.prev
	clear(m.cur)
}

// settle forgets all but the last frame's pieces.
func (m *memo[K, V]) settle() { m.prev = nil }

// size is the number of pieces kept.
func (m *memo[K, V]) size() int { return len(m.cur) + len(m.prev) }

// viewMemo is what a browser's View remembers between frames: the cells
// of the lines it framed, and the header's and footer's pieces.
type viewMemo struct {
	widths memo[string, int]
	frames memo[frameKey, frameEdges]
	tabs   memo[tabLabelKey, sized]
	header memo[headerKey, string]
	hints  memo[hintsKey, sized]
	// lists are those whose rows are kept, the latest drawn first: a tab
	// switched back to is drawn from its rows. Lists not in front keep
	// only their last frame's rows, and those drawn longer ago none.
	lists []*listPane
}

// keptLists is how many lists keep their rows: enough for the tabs a
// user moves between.
const keptLists = 8

// drawing notes that l is drawn.
func (v *viewMemo) drawing(l *listPane) {
	if i := slices.Index(v.lists, l); i >= 0 {
		v.lists = slices.Delete(v.lists, i, i+1)
	}
	v.lists = slices.Insert(v.lists, 0, l)
	for i, old := range v.lists[1:] {
		if i+1 >= keptLists {
			old.rows = memo[rowKey, []string]{}
		} else {
			old.rows.settle()
		}
	}
	v.lists = v.lists[:min(len(v.lists), keptLists)]
}

// frame starts a frame for every piece.
func (v *viewMemo) frame() {
	v.widths.frame()
	v.frames.frame()
	v.tabs.frame()
	v.header.frame()
	v.hints.frame()
}

// keepLists forgets lists the browser no longer has (a refresh builds
// its tabs anew), so that their rows and what they show are not kept.
func (v *viewMemo) keepLists(have []*listPane) {
	v.lists = slices.DeleteFunc(v.lists, func(l *listPane) bool { return !slices.Contains(have, l) })
}

// sized is a drawn piece and its width in cells.
type sized struct {
	text  string
	width int
}

// width is the cells s takes, as ansi.StringWidth says: printable ASCII
// takes one a byte; other lines are measured once while they stay on
// screen.
func (v *viewMemo) width(s string) int {
	if v == nil {
		return ansi.StringWidth(s)
	}
	if printableASCII(s) {
		return len(s)
	}
	if n, ok := v.widths.get(s); ok {
		return n
	}
	n := ansi.StringWidth(s)
	v.widths.put(s, n)
	return n
}

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}
