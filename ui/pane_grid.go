package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// gridPane is a conference day as a timetable: time down the side and
// rooms across, or (x) the other way round. Its selection is the day
// list's, so enter, b, y and J/K act on the talk selected in the grid and
// the list and the grid never disagree. It draws only what is on screen;
// the geometry is laid out once per size, rooms shown and orientation.
type gridPane struct {
	c     *common
	keys  gridKeys
	prefs *gridPrefs
	date  string
	list  *listPane // the day's list
	on    bool      // v turned the day's tab to its grid

	width, height int // inside the pane's border and padding
	offT, offA    int // the first cell on screen along the time axis and across the rooms

	geom    gridGeom
	geomKey gridGeomKey
	built   bool

	roomsOf  []string     // the day's rooms
	roomsFor *model.Index // of this page

	rooms *roomChooser // open while rooms are being chosen
	// shown is the talk last scrolled into view: the list's selection can
	// change while the grid is hidden (J and K while reading).
	shown int
	// onMore is the "+N more" block selected, when one is: it stands for
	// no one talk, so the day list's selection cannot say it.
	onMore gridMoreAt

	view    string
	viewKey gridViewKey
	// lines are the blocks' lines as drawn, for linesFor.
	lines    map[blockLineKey]string
	linesFor lineCacheKey
}

// gridPrefs are the grid's settings for a page, shared by its days and
// kept in the state file: the rooms hidden and the orientation.
type gridPrefs struct {
	hidden  map[string]bool
	across  bool // time across, rooms down
	version int  // counts changes, for the grids' caches
}

func newGridPrefs() *gridPrefs { return &gridPrefs{hidden: map[string]bool{}} }

func (p *gridPrefs) setHidden(room string, hide bool) {
	if p.hidden[room] == hide {
		return
	}
	if hide {
		p.hidden[room] = true
	} else {
		delete(p.hidden, room)
	}
	p.version++
}

func (p *gridPrefs) showAll() {
	if len(p.hidden) > 0 {
		p.hidden = map[string]bool{}
		p.version++
	}
}

func (p *gridPrefs) swap() {
	p.across = !p.across
	p.version++
}

// gridGeomKey is what the geometry depends on.
type gridGeomKey struct {
	idx           *model.Index
	width, height int
	prefs         int
}

func newGridPane(c *common, keys gridKeys, prefs *gridPrefs, date string, list *listPane) *gridPane {
	return &gridPane{c: c, keys: keys, prefs: prefs, date: date, list: list}
}

// SetSize gives the pane its inside size.
func (p *gridPane) SetSize(width, height int) {
	p.width, p.height = width, height
	if p.rooms != nil {
		p.rooms.SetSize(width, height)
	}
	p.reveal()
}

// timeGutter and roomGutter are the widths of the sticky axes on the left.
func (p *gridPane) timeGutter() int { return min(gridTimeGutter, p.width/3) }
func (p *gridPane) roomGutter() int { return min(gridRoomGutter, p.width/3) }

// chromeLines are the line about the selected talk and the sticky header.
const gridChromeLines = 2

// visible is how many cells of the grid are on screen along the time axis
// and across the rooms.
func (p *gridPane) visible() (visT, visA int) {
	rows := max(p.height-gridChromeLines, 1)
	if p.prefs.across {
		return max(p.width-p.roomGutter(), 1), rows
	}
	return rows, max(p.width-p.timeGutter(), 1)
}

// dayRooms are the rooms of the day, in the schedule's order; a talk with
// no room is in the room "". They are found once per page, since finding
// them looks at every talk of the day and each frame needs them.
func (p *gridPane) dayRooms() []string {
	if p.roomsFor != p.c.idx {
		p.roomsOf, p.roomsFor = p.c.times.tl.Rooms(p.date), p.c.idx
	}
	return p.roomsOf
}

// layout is the day's geometry, laid out again when the size, the page or
// the rooms shown change.
func (p *gridPane) layout() *gridGeom {
	k := gridGeomKey{idx: p.c.idx, width: p.width, height: p.height, prefs: p.prefs.version}
	if p.built && k == p.geomKey {
		return &p.geom
	}
	p.geom, p.geomKey, p.built = layoutGrid(p.spec()), k, true
	return &p.geom
}

// spec gathers the day's talks in the rooms shown.
func (p *gridPane) spec() gridSpec {
	tl := p.c.times.tl
	s := gridSpec{slot: gridSlotDown}
	at := map[string]int{}
	for _, r := range p.dayRooms() {
		if !p.prefs.hidden[r] {
			at[r] = len(s.rooms)
			s.rooms = append(s.rooms, r)
		}
	}
	if w, ok := tl.DayBounds(p.date); ok {
		s.from, s.to = w.From.Truncate(30*time.Minute), w.To
	}
	day := tl.DaySessions(p.date)
	s.talks = make([]gridTalk, 0, len(day))
	for _, i := range day {
		r, ok := at[p.c.idx.Session(i).Room]
		if !ok {
			continue
		}
		if s.from.IsZero() {
			s.from = p.c.idx.Session(i).Start.Truncate(30 * time.Minute)
		}
		s.talks = append(s.talks, gridTalk{item: i, room: r, start: p.c.idx.Session(i).Start, end: tl.End(i)})
	}
	if p.prefs.across {
		s.slot, s.laneCells = gridSlotAcross, gridLaneRows
	} else {
		s.roomCells = gridColumnWidth(p.width-p.timeGutter(), len(s.rooms))
	}
	return s
}

// gridMoreAt names a "+N more" block across layouts: its room and the
// first start of its talks.
type gridMoreAt struct {
	room string
	from time.Time
	ok   bool
}

// selected is the "+N more" block selected, else the block of the talk
// selected in the day's list, or -1.
func (p *gridPane) selected() int {
	g := p.layout()
	if b := g.moreBlock(p.onMore); b >= 0 {
		return b
	}
	item, ok := p.list.selected()
	if !ok {
		return -1
	}
	return g.blockOf(item)
}

// onMoreBlock reports a "+N more" block selected: b, y and o have no
// talk to act on.
func (p *gridPane) onMoreBlock() bool {
	b := p.selected()
	return b >= 0 && p.layout().blocks[b].isMore()
}

// selectBlock makes block b the day's selection and scrolls to it.
func (p *gridPane) selectBlock(b int) {
	g := p.layout()
	if b < 0 || b >= len(g.blocks) {
		return
	}
	if blk := g.blocks[b]; blk.isMore() {
		p.onMore = gridMoreAt{room: g.rooms[blk.room].name, from: blk.span.From, ok: true}
	} else {
		p.onMore = gridMoreAt{}
		p.list.selectItem(blk.item)
	}
	p.reveal()
}

// settle selects the day's first talk in view when the selection is not
// in the grid (no selection yet, or its room was hidden).
func (p *gridPane) settle() {
	g := p.layout()
	if p.selected() >= 0 || len(g.blocks) == 0 {
		p.reveal()
		return
	}
	if item, ok := p.list.selected(); ok {
		// The "+N more" block that holds the talk selected, else the
		// nearest talk to it in time.
		t := g.blocks[0].t0
		sess := p.c.idx.Session(item)
		if sess.Timed() {
			t = gridSpec{from: g.from, slot: g.slot}.cellAt(sess.Start)
		}
		if b := g.moreHolding(sess.Room, t); b >= 0 {
			p.selectBlock(b)
			return
		}
		p.selectBlock(g.nearestTo(-1, t))
		return
	}
	p.selectBlock(g.first())
}

// reveal scrolls so that the selected talk is on screen: its start, and
// as much of it as fits; across, its whole room when that fits.
func (p *gridPane) reveal() {
	if p.width <= 0 || p.height <= 0 {
		return
	}
	g := p.layout()
	visT, visA := p.visible()
	if b := p.selected(); b >= 0 {
		blk := g.blocks[b]
		p.shown = blk.item
		if blk.isMore() {
			p.shown, _ = p.list.selected()
		}
		switch {
		case blk.t0 >= p.offT+visT || blk.t1 <= p.offT:
			// A jump out of view: the talk a third of the way in, with what
			// comes before it for context.
			p.offT = blk.t0 - min(visT/3, max(visT-(blk.t1-blk.t0), 0))
		case blk.t1 > p.offT+visT:
			p.offT = min(blk.t0, blk.t1-visT)
		}
		p.offT = min(p.offT, blk.t0)
		room := g.rooms[blk.room]
		lo, hi := blk.a0, blk.a1
		if room.a1-room.a0 <= visA {
			lo, hi = room.a0, room.a1
		}
		if hi > p.offA+visA {
			p.offA = min(lo, hi-visA)
			// Start on a room's edge rather than halfway through one.
			for _, r := range g.rooms {
				if r.a0 < p.offA && p.offA < r.a1 && r.a1 <= lo {
					p.offA = r.a1
				}
			}
		}
		p.offA = min(p.offA, lo)
	}
	p.offT = max(min(p.offT, g.length-visT), 0)
	p.offA = max(min(p.offA, g.breadth-visA), 0)
}

// Update hands everything to the room chooser while it is open, and
// closes it when it says so; else it moves on the grid's keys.
func (p *gridPane) Update(msg tea.Msg) (pane, tea.Cmd) {
	if c, ok := msg.(closeMsg); ok && p.rooms != nil && c.pane == p.rooms {
		p.rooms = nil
		p.settle()
		return p, nil
	}
	if p.rooms != nil {
		// Only a change of the rooms shown may move the selection.
		shown := p.prefs.version
		_, cmd := p.rooms.Update(msg)
		if p.prefs.version != shown {
			p.settle()
		}
		return p, cmd
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil
	}
	g := p.layout()
	cur := p.selected()
	visT, _ := p.visible()
	down, right := gridDir{along: true, sign: 1}, gridDir{along: false, sign: 1}
	if p.prefs.across {
		down, right = right, down
	}
	up, left := gridDir{along: down.along, sign: -1}, gridDir{along: right.along, sign: -1}
	move := func(d gridDir) {
		if cur < 0 {
			p.settle()
			return
		}
		p.selectBlock(g.nearest(cur, d))
	}
	page := func(sign int) {
		if cur < 0 {
			p.settle()
			return
		}
		target := g.blocks[cur].t0 + sign*visT
		if b := g.nearestTo(cur, target); b >= 0 && sign*(g.blocks[b].t0-g.blocks[cur].t0) > 0 {
			p.selectBlock(b)
		} else if b := g.nearest(cur, gridDir{along: true, sign: sign}); b >= 0 {
			p.selectBlock(b)
		}
		p.offT += sign * visT
		p.reveal()
	}
	switch {
	case key.Matches(k, p.keys.Up):
		move(up)
	case key.Matches(k, p.keys.Down):
		move(down)
	case key.Matches(k, p.keys.Left):
		move(left)
	case key.Matches(k, p.keys.Right):
		move(right)
	case key.Matches(k, p.keys.First):
		p.selectBlock(g.first())
	case key.Matches(k, p.keys.Last):
		p.selectBlock(g.last())
	case key.Matches(k, p.keys.PageUp):
		page(-1)
	case key.Matches(k, p.keys.PageDown):
		page(1)
	case key.Matches(k, p.keys.Swap):
		p.prefs.swap()
		p.offT, p.offA = 0, 0
		p.settle()
	case key.Matches(k, p.keys.Rooms):
		p.rooms = newRoomChooser(p.c, p.prefs, p.dayRooms())
		p.rooms.SetSize(p.width, p.height)
	}
	return p, nil
}

// holdsKeyboard: while rooms are chosen, every key is the chooser's.
func (p *gridPane) holdsKeyboard() bool { return p.rooms != nil }

// ShortHelp is the footer while the grid is shown: its moves, then the
// root's keys that act on the talk selected in it; the room chooser's
// while it is open.
func (p *gridPane) ShortHelp() []key.Binding {
	if p.rooms != nil {
		return p.rooms.ShortHelp()
	}
	k, g := p.keys, p.c.keys.global
	selected, more := p.selected() >= 0, p.onMoreBlock()
	return []key.Binding{
		brief(k.Down, "hjkl", "move"),
		brief(k.Swap, "x", "swap axes"),
		brief(k.Rooms, "H", "rooms"),
		when(selected && !more, brief(g.Open, "enter", "open")),
		when(more, brief(g.Open, "enter", "list them")),
		when(selected && !more, brief(g.Bookmark, "b", "bookmark")),
		brief(g.Grid, "v", "list"),
		brief(g.NextTab, "]/[", "tabs"),
	}
}

// FullHelp is every key of the grid, or of its room chooser while open.
func (p *gridPane) FullHelp() [][]key.Binding {
	if p.rooms != nil {
		return p.rooms.FullHelp()
	}
	return [][]key.Binding{p.keys.all()}
}
