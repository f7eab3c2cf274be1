package ui

// Screen geometry. Every size the browser draws at comes from layout, a
// pure function of the terminal's size and the list's share of a wide
// screen, so it can be tested on its own.
const (
	minWidth  = 40  // below this (or minHeight) the screen says it is too small
	minHeight = 10  //
	wideWidth = 100 // from this width the panes sit side by side

	headerHeight = 2 // breadcrumb, tabs
	footerHeight = 2 // short help, status line

	minDetailOuter = 6 // the detail pane's height, borders included
	maxDetailOuter = 11

	// maxMeasure is the widest an abstract's lines run: longer lines are
	// hard to read, so a wide pane keeps a margin on the right.
	maxMeasure = 88
)

// The list's share of a wide screen, in per cent: < and > change it in
// steps.
const (
	defaultSplit = 50
	minSplit     = 30
	maxSplit     = 70
	splitStep    = 5
)

// clampSplit keeps a split within its bounds, on a step.
func clampSplit(split int) int {
	split = min(max(split, minSplit), maxSplit)
	return split - split%splitStep
}

// rect is a region of the screen in cells.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// panePadding is the space between a pane's border and its text.
const panePadding = 1

// inner is the region inside a pane's border and padding.
func (r rect) inner() rect {
	const side = 1 + panePadding
	return rect{x: r.x + side, y: r.y + 1, w: max(r.w-2*side, 0), h: max(r.h-2, 0)}
}

// layout places the header, footer and panes. On a narrow screen the list
// and the item (detail above body) share the body of the screen and are
// shown one at a time.
type layout struct {
	width, height int
	tooSmall      bool
	wide          bool

	header rect
	footer rect
	body   rect

	list   rect
	reader rect // the item pane: detail above item
	detail rect
	item   rect // the abstract, or a person's or company's talks
}

func computeLayout(width, height, split int) layout {
	l := layout{width: width, height: height}
	if width < minWidth || height < minHeight {
		l.tooSmall = true
		return l
	}
	l.wide = width >= wideWidth
	l.header = rect{x: 0, y: 0, w: width, h: headerHeight}
	l.footer = rect{x: 0, y: height - footerHeight, w: width, h: footerHeight}
	l.body = rect{x: 0, y: headerHeight, w: width, h: height - headerHeight - footerHeight}

	right := l.body
	l.list = l.body
	if l.wide {
		listW := width * clampSplit(split) / 100
		l.list.w = listW
		right = rect{x: listW, y: l.body.y, w: width - listW, h: l.body.h}
	}
	detailH := detailHeight(right.h)
	l.reader = right
	l.detail = rect{x: right.x, y: right.y, w: right.w, h: detailH}
	l.item = rect{x: right.x, y: right.y + detailH, w: right.w, h: right.h - detailH}
	return l
}

// detailHeight is the height of the item pane's details, borders
// included, in a pane height lines high: a third, within bounds.
func detailHeight(height int) int {
	return min(max(height/3, minDetailOuter), maxDetailOuter, height/2)
}
