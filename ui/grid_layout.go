package ui

import (
	"cmp"
	"slices"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// The timetable grid's geometry is a pure function of the day's talks,
// the rooms shown and the scale: which talk sits at which cells, how wide
// each room is. Positions are in two axes whatever the orientation: along
// the time axis (t) and across the rooms (a). With time down the side, t
// is the row and a the column; swapped, the other way round.

// gridStep is the time one grid slot stands for: five minutes, the
// shortest talk a published schedule usually has.
const gridStep = 5 * time.Minute

// The grid's scale and sizes, in cells.
const (
	gridSlotDown   = 1  // time down the side: a row per slot
	gridSlotAcross = 2  // time across: two columns per slot
	gridLaneRows   = 2  // time across: each lane of a room is two rows, title and time
	gridMinColumn  = 14 // time down the side: the narrowest room column
	gridMaxColumn  = 36 // and the widest, so two rooms do not stretch across a wide screen
	gridTimeGutter = 6  // "10:30 " left of the rows
	gridRoomGutter = 14 // the room names left of the lanes, time across
	// gridMaxLanes is the most lanes a room has side by side. When more
	// talks overlap, the last lane holds "+N more" blocks instead, each
	// standing for the talks of the room it could not show in its span.
	gridMaxLanes = 4
)

// gridTalk is one talk to place: its session, the position of its room
// among the rooms shown, and when it runs.
type gridTalk struct {
	item       int
	room       int
	start, end time.Time
}

// gridSpec is what the layout needs.
type gridSpec struct {
	from  time.Time // the grid's first instant, at cell 0
	to    time.Time // its last
	slot  int       // cells per gridStep along the time axis
	rooms []string  // the rooms shown, in order
	talks []gridTalk
	// roomCells, when positive, is every room's size across: its lanes
	// share it (time down the side). Otherwise each lane is laneCells
	// across and a room as big as its lanes need (time across).
	roomCells int
	laneCells int
}

// gridBlock is where a talk is drawn: cells [t0,t1) along the time axis
// and [a0,a1) across. Talks of one room that overlap sit in lanes side by
// side, never over each other.
type gridBlock struct {
	item        int
	room        int
	lane, lanes int
	t0, t1      int
	a0, a1      int
	// more, when positive, makes the block a "+N more" block: item is -1
	// and span is from the first start to the last end of the talks it
	// stands for.
	more int
	span model.Window
}

// isMore reports a "+N more" block.
func (b gridBlock) isMore() bool { return b.more > 0 }

// gridRoom is a room's span across the grid.
type gridRoom struct {
	name   string
	a0, a1 int
	lanes  int
	blocks []int // indexes into gridGeom.blocks, by t0
}

// gridGeom is the grid laid out.
type gridGeom struct {
	blocks  []gridBlock // by room, then t0, then lane
	rooms   []gridRoom
	length  int // cells along the time axis
	breadth int // cells across
	from    time.Time
	slot    int
}

// cellAt is the time-axis cell an instant falls in, rounded to the nearest
// cell, so a talk that ends as the next begins shares no cell with it.
func (s gridSpec) cellAt(t time.Time) int {
	d := int64(t.Sub(s.from))
	step := int64(gridStep)
	n := d * int64(s.slot)
	if n >= 0 {
		return int((2*n + step) / (2 * step))
	}
	return -int((-2*n + step) / (2 * step))
}

// timeAt is the instant at the start of a time-axis cell.
func (g gridGeom) timeAt(cell int) time.Time {
	return g.from.Add(time.Duration(cell) * gridStep / time.Duration(max(g.slot, 1)))
}

// layoutGrid places the talks.
func layoutGrid(s gridSpec) gridGeom {
	g := gridGeom{from: s.from, slot: max(s.slot, 1), length: max(s.cellAt(s.to), 1)}
	s.slot = g.slot
	perRoom := make([]int, len(s.rooms))
	for _, t := range s.talks {
		if t.room >= 0 && t.room < len(s.rooms) {
			perRoom[t.room]++
		}
	}
	byRoom := make([][]laneTalk, len(s.rooms))
	for r, n := range perRoom {
		byRoom[r] = make([]laneTalk, 0, n)
	}
	for k, t := range s.talks {
		if t.room < 0 || t.room >= len(s.rooms) {
			continue
		}
		t0 := max(s.cellAt(t.start), 0)
		t1 := max(s.cellAt(t.end), t0+1)
		byRoom[t.room] = append(byRoom[t.room], laneTalk{talk: k, t0: t0, t1: t1})
		g.length = max(g.length, t1)
	}
	a := 0
	for r, talks := range byRoom {
		slices.SortStableFunc(talks, func(x, y laneTalk) int {
			return cmp.Or(cmp.Compare(x.t0, y.t0), cmp.Compare(x.t1, y.t1))
		})
		blocks, lanes := capLanes(s.talks, talks, r)
		size := lanes * max(s.laneCells, 1)
		if s.roomCells > 0 {
			size = s.roomCells
		}
		room := gridRoom{name: s.rooms[r], a0: a, a1: a + size, lanes: lanes}
		for i := range blocks {
			b := &blocks[i]
			b.lanes = lanes
			b.a0 = a + b.lane*size/lanes
			b.a1 = a + (b.lane+1)*size/lanes
			room.blocks = append(room.blocks, len(g.blocks))
			g.blocks = append(g.blocks, *b)
		}
		g.rooms = append(g.rooms, room)
		a += size
	}
	g.breadth = a
	return g
}

// laneTalk is a talk of a room being given a lane: its place in the
// spec's talks and its cells along the time axis.
type laneTalk struct {
	talk         int
	t0, t1, lane int
}

// capLanes gives each talk of room r (sorted by t0, then t1) the first
// lane free when it starts, using at most gridMaxLanes lanes. When that is
// not enough, the talks keep to one lane fewer and those left over are
// gathered into "+N more" blocks in the last lane, one for each run of
// them that overlap. It returns the blocks by t0 and how many lanes the
// room has.
func capLanes(all []gridTalk, talks []laneTalk, r int) ([]gridBlock, int) {
	block := func(t laneTalk) gridBlock {
		return gridBlock{item: all[t.talk].item, room: r, lane: t.lane, t0: t.t0, t1: t.t1}
	}
	lanes, fits := assignLanes(talks, gridMaxLanes)
	if fits {
		blocks := make([]gridBlock, len(talks))
		for i, t := range talks {
			blocks[i] = block(t)
		}
		return blocks, max(lanes, 1)
	}
	assignLanes(talks, gridMaxLanes-1)
	var blocks []gridBlock
	more := -1 // the "+N more" block being gathered, in blocks
	for _, t := range talks {
		if t.lane >= 0 {
			blocks = append(blocks, block(t))
			continue
		}
		span := model.Window{From: all[t.talk].start, To: all[t.talk].end}
		if more >= 0 && t.t0 < blocks[more].t1 {
			m := &blocks[more]
			m.more++
			m.t1 = max(m.t1, t.t1)
			if span.To.After(m.span.To) {
				m.span.To = span.To
			}
			continue
		}
		more = len(blocks)
		blocks = append(blocks, gridBlock{item: -1, room: r, lane: gridMaxLanes - 1, t0: t.t0, t1: t.t1, more: 1, span: span})
	}
	// The talks and the "+N more" blocks were each in order of t0.
	slices.SortStableFunc(blocks, func(x, y gridBlock) int { return cmp.Compare(x.t0, y.t0) })
	return blocks, gridMaxLanes
}

// assignLanes gives each talk the first of at most limit lanes free when
// it starts, or lane -1 when none is. It returns the lanes used and
// whether every talk had one.
func assignLanes(talks []laneTalk, limit int) (lanes int, fits bool) {
	laneEnd := make([]int, 0, limit)
	fits = true
	for i := range talks {
		t := &talks[i]
		t.lane = slices.IndexFunc(laneEnd, func(end int) bool { return end <= t.t0 })
		switch {
		case t.lane >= 0:
		case len(laneEnd) < limit:
			t.lane = len(laneEnd)
			laneEnd = append(laneEnd, 0)
		default:
			fits = false
			continue
		}
		laneEnd[t.lane] = t.t1
	}
	return len(laneEnd), fits
}

// gridColumnWidth is a room column's width, time down the side, when
// avail cells are free for n rooms: shared out, but never narrower than
// a title needs nor so wide that a few rooms stretch across the screen.
// Narrower than gridMinColumn only when not even one such column fits.
func gridColumnWidth(avail, n int) int {
	if n <= 0 {
		return gridMinColumn
	}
	w := min(max(avail/n, gridMinColumn), gridMaxColumn)
	return max(min(w, avail), 1)
}

// overlaps reports whether [a0,a1) and [b0,b1) share a cell.
func overlaps(a0, a1, b0, b1 int) bool { return a0 < b1 && b0 < a1 }

// gridDir is a direction of movement in the grid's own axes: along time
// (later is positive) or across the rooms.
type gridDir struct {
	along bool
	sign  int
}

// nearest is the block to move to from block from in direction d, or -1:
// along time, the next talk that shares the current talk's room column
// (any room's, when none does); across, the nearest room's talk that runs
// at the same time (the nearest in time, when none does).
func (g gridGeom) nearest(from int, d gridDir) int {
	if from < 0 || from >= len(g.blocks) {
		return -1
	}
	cur := g.blocks[from]
	best, bestKey := -1, [3]int{}
	for i, b := range g.blocks {
		if i == from {
			continue
		}
		var k [3]int
		if d.along {
			delta := d.sign * (b.t0 - cur.t0)
			if delta <= 0 {
				continue
			}
			k = [3]int{boolInt(!overlaps(b.a0, b.a1, cur.a0, cur.a1)), delta, absInt(b.a0 - cur.a0)}
		} else {
			delta := d.sign * (b.a0 - cur.a0)
			if delta <= 0 {
				continue
			}
			k = [3]int{boolInt(!overlaps(b.t0, b.t1, cur.t0, cur.t1)), delta, absInt(b.t0 - cur.t0)}
		}
		if best < 0 || cmpKey(k, bestKey) < 0 {
			best, bestKey = i, k
		}
	}
	return best
}

// nearestTo is the block closest to time-axis cell t in block from's room
// column (any room's when it has none), for paging: -1 when there are no
// blocks.
func (g gridGeom) nearestTo(from, t int) int {
	best, bestKey := -1, [3]int{}
	for i, b := range g.blocks {
		k := [3]int{0, absInt(b.t0 - t), 0}
		if from >= 0 && from < len(g.blocks) {
			cur := g.blocks[from]
			k[0] = boolInt(!overlaps(b.a0, b.a1, cur.a0, cur.a1))
			k[2] = absInt(b.a0 - cur.a0)
		}
		if best < 0 || cmpKey(k, bestKey) < 0 {
			best, bestKey = i, k
		}
	}
	return best
}

// first and last are the day's first and last talks by start, the
// leftmost (topmost) room first.
func (g gridGeom) first() int {
	return g.extreme(func(b, o gridBlock) bool { return b.t0 < o.t0 || b.t0 == o.t0 && b.a0 < o.a0 })
}

func (g gridGeom) last() int {
	return g.extreme(func(b, o gridBlock) bool { return b.t0 > o.t0 || b.t0 == o.t0 && b.a0 > o.a0 })
}

func (g gridGeom) extreme(better func(b, o gridBlock) bool) int {
	best := -1
	for i, b := range g.blocks {
		if best < 0 || better(b, g.blocks[best]) {
			best = i
		}
	}
	return best
}

// blockOf is the block of a session, or -1 when the grid does not show it.
func (g gridGeom) blockOf(item int) int {
	if item < 0 {
		return -1
	}
	return slices.IndexFunc(g.blocks, func(b gridBlock) bool { return b.item == item })
}

// moreBlock is the "+N more" block at, or -1.
func (g gridGeom) moreBlock(at gridMoreAt) int {
	if !at.ok {
		return -1
	}
	for _, r := range g.rooms {
		if r.name != at.room {
			continue
		}
		for _, b := range r.blocks {
			if blk := g.blocks[b]; blk.isMore() && blk.span.From.Equal(at.from) {
				return b
			}
		}
	}
	return -1
}

// moreHolding is the "+N more" block of room that spans time-axis cell
// t, or -1.
func (g gridGeom) moreHolding(room string, t int) int {
	for _, r := range g.rooms {
		if r.name != room {
			continue
		}
		for _, b := range r.blocks {
			if blk := g.blocks[b]; blk.isMore() && blk.t0 <= t && t < blk.t1 {
				return b
			}
		}
	}
	return -1
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func cmpKey(a, b [3]int) int {
	return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]), cmp.Compare(a[2], b[2]))
}
