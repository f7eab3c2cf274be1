package ui

import "github.com/summit-tui/summit-tui/model"

// viewKind says what a list holds.
type viewKind int

const (
	talksView     viewKind = iota // sessions
	peopleView                    // the speakers index
	companiesView                 // the companies index
)

// itemHeight is the number of lines one list item takes: a title and a
// line of detail.
const itemHeight = 2

// row is one item shown in a list: an index into the schedule's sessions,
// the people index or the companies index, and what the filter matched.
type row struct {
	index     int
	titleHits []int // rune positions in the item's title to highlight
	descHits  []int // rune positions in its second line
}

// listView is one list the user can browse: a tab's talks, the speakers
// or companies index, or one person's or company's talks. Its cursor,
// scroll offset and filter survive while the user looks elsewhere.
type listView struct {
	kind  viewKind
	crumb []string // breadcrumb after the conference name
	empty string   // what to say when there is nothing to list

	all  []int // every item in list order
	rows []row // the items shown: all of them, or the filter's matches

	cursor int // index into rows
	offset int // first row on screen

	filter filterState
}

// filterState is a list's filter. Results come back asynchronously; gen
// numbers each request so a stale result never replaces a newer one.
type filterState struct {
	query   string      // the text applied (or being typed)
	applied model.Query // the query rows currently reflect
	gen     int         // the latest request
	pending bool        // a request is under way
}

func newListView(kind viewKind, crumb []string, items []int, empty string) *listView {
	v := &listView{kind: kind, crumb: crumb, empty: empty}
	v.setItems(items)
	return v
}

// setItems replaces the list's items, showing all of them. A filter, if
// any, must be run again by the caller.
func (v *listView) setItems(items []int) {
	v.all = items
	v.rows = make([]row, len(items))
	for i, it := range items {
		v.rows[i] = row{index: it}
	}
	v.filter.applied = model.Query{}
	v.clamp(0)
}

// selected returns the item under the cursor.
func (v *listView) selected() (int, bool) {
	if v.cursor < 0 || v.cursor >= len(v.rows) {
		return 0, false
	}
	return v.rows[v.cursor].index, true
}

// selectItem puts the cursor on an item, if the list shows it.
func (v *listView) selectItem(item int, visible int) bool {
	for i, r := range v.rows {
		if r.index == item {
			v.cursor = i
			v.clamp(visible)
			return true
		}
	}
	return false
}

// move moves the cursor by delta rows and keeps it on screen.
func (v *listView) move(delta, visible int) {
	v.cursor += delta
	v.clamp(visible)
}

// moveTo puts the cursor on row i.
func (v *listView) moveTo(i, visible int) {
	v.cursor = i
	v.clamp(visible)
}

// clamp keeps the cursor within the rows and the offset such that the
// cursor is among the visible items (visible 0 means unknown yet).
func (v *listView) clamp(visible int) {
	v.cursor = min(max(v.cursor, 0), max(len(v.rows)-1, 0))
	if visible <= 0 {
		return
	}
	if v.cursor < v.offset {
		v.offset = v.cursor
	}
	if v.cursor >= v.offset+visible {
		v.offset = v.cursor - visible + 1
	}
	v.offset = min(max(v.offset, 0), max(len(v.rows)-visible, 0))
}

// filtered reports whether a filter narrows the list.
func (v *listView) filtered() bool { return v.filter.query != "" }
