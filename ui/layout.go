package ui

// Screen geometry. Every size the browser draws at comes from layout, a
// pure function of the terminal's size, so it can be tested on its own.
const (
	minWidth  = 40  // below this (or minHeight) the screen says it is too small
	minHeight = 10  //
	wideWidth = 100 // from this width the panes sit side by side

	headerHeight = 2 // breadcrumb, tabs
	footerHeight = 2 // short help, status line

	listShare      = 40 // per cent of a wide screen given to the list
	minDetailOuter = 6  // the detail pane's height, borders included
	maxDetailOuter = 11
)

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
// and the talk (detail above abstract) share the body and are shown one at
// a time.
type layout struct {
	width, height int
	tooSmall      bool
	wide          bool

	header rect
	footer rect
	body   rect

	list     rect
	detail   rect
	abstract rect
}

func computeLayout(width, height int) layout {
	l := layout{width: width, height: height}
	if width < minWidth || height < minHeight {
		l.tooSmall = true
		return l
	}
	l.wide = width >= wideWidth
	l.header = rect{x: 0, y: 0, w: width, h: headerHeight}
	l.footer = rect{x: 0, y: height - footerHeight, w: width, h: footerHeight}
	l.body = rect{x: 0, y: headerHeight, w: width, h: height - headerHeight - footerHeight}

	talk := l.body
	l.list = l.body
	if l.wide {
		listW := width * listShare / 100
		l.list.w = listW
		talk = rect{x: listW, y: l.body.y, w: width - listW, h: l.body.h}
	}
	detailH := min(max(talk.h/3, minDetailOuter), maxDetailOuter, talk.h/2)
	l.detail = rect{x: talk.x, y: talk.y, w: talk.w, h: detailH}
	l.abstract = rect{x: talk.x, y: talk.y + detailH, w: talk.w, h: talk.h - detailH}
	return l
}
