package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/model"
)

// gridViewKey is everything a drawn grid depends on: when none of it
// changed, View returns the grid drawn last.
type gridViewKey struct {
	geom       gridGeomKey
	offT, offA int
	selected   int
	marks      int
	frame      model.TimeFrame
	theme      theme
}

// gridSeg is a piece of a line: text (styled) from column x, w cells wide.
type gridSeg struct {
	x, w int
	text string
}

// View draws the part of the grid on screen: the line about the selected
// talk, the sticky header (rooms, or times when swapped), the sticky axis
// on the left and the blocks in view.
func (p *gridPane) View() string {
	if p.width <= 0 || p.height <= 0 {
		return ""
	}
	if p.rooms != nil {
		return p.rooms.View()
	}
	g := p.layout()
	k := gridViewKey{
		geom: p.geomKey, offT: p.offT, offA: p.offA, selected: p.selected(),
		marks: p.c.marks.version, frame: p.c.times.frame(), theme: p.c.theme,
	}
	if k == p.viewKey && p.view != "" {
		return p.view
	}
	p.view, p.viewKey = p.draw(g, k.selected), k
	return p.view
}

func (p *gridPane) draw(g *gridGeom, sel int) string {
	st := p.c.styles
	lines := []string{p.infoLine(g, sel)}
	if len(g.rooms) == 0 || len(g.blocks) == 0 {
		msg := "No timed talks on " + model.DayTitle(p.date) + "."
		if len(g.rooms) == 0 && len(p.prefs.hidden) > 0 {
			msg = "Every room is hidden: H chooses the rooms shown."
		}
		return strings.Join(append(lines, st.Empty.Render(truncate(st.G, msg, p.width))), "\n")
	}
	visT, visA := p.visible()
	rows := make([][]gridSeg, visA)
	if !p.prefs.across {
		rows = make([][]gridSeg, visT)
	}
	for b := range g.blocks {
		p.placeBlock(g, b, b == sel, rows, visT, visA)
	}
	if p.prefs.across {
		lines = append(lines, p.roomGutterPad()+p.timeHeader(g, visT))
		for a, segs := range rows {
			lines = append(lines, p.roomLabel(g, p.offA+a)+composeSegs(segs, visT))
		}
	} else {
		lines = append(lines, strings.Repeat(" ", p.timeGutter())+p.roomHeader(g, visA))
		for t, segs := range rows {
			lines = append(lines, p.timeLabel(g, p.offT+t)+composeSegs(segs, visA))
		}
	}
	return strings.Join(lines, "\n")
}

// placeBlock adds the lines of block b that are on screen to rows.
func (p *gridPane) placeBlock(g *gridGeom, b int, selected bool, rows [][]gridSeg, visT, visA int) {
	blk := g.blocks[b]
	// In the grid's axes: the block's lines run across (time down) or
	// along (time across); its text runs the other way.
	lineLo, lineHi, off, vis := blk.t0, blk.t1, p.offT, visT
	textLo, textHi, toff, tvis := blk.a0, blk.a1, p.offA, visA
	if p.prefs.across {
		lineLo, lineHi, off, vis = blk.a0, blk.a1, p.offA, visA
		textLo, textHi, toff, tvis = blk.t0, blk.t1, p.offT, visT
	}
	if lineHi <= off || lineLo >= off+vis || textHi <= toff || textLo >= toff+tvis {
		return
	}
	width := textHi - textLo
	left := max(toff-textLo, 0)
	right := min(textHi, toff+tvis) - textLo
	for line := max(lineLo, off); line < min(lineHi, off+vis); line++ {
		// A block whose start is scrolled off shows its text from the
		// visible edge, not a slice out of the middle of its title.
		var text string
		if left > 0 {
			text = p.cachedLine(blk, line-lineLo, right-left, selected)
		} else {
			text = p.cachedLine(blk, line-lineLo, width, selected)
			if right < width {
				text = ansi.Cut(text, 0, right)
			}
		}
		rows[line-off] = append(rows[line-off], gridSeg{x: textLo + left - toff, w: right - left, text: text})
	}
}

// blockLineKey names a drawn line of a block.
type blockLineKey struct {
	item, n, width int
	selected       bool
	more           int       // of a "+N more" block
	from           time.Time // and its first start
}

// lineCacheKey is what every drawn line depends on beyond its own key.
type lineCacheKey struct {
	marks int
	frame model.TimeFrame
	theme theme
	idx   *model.Index
}

// maxCachedLines bounds the drawn lines kept: about a FOSDEM day's.
const maxCachedLines = 8192

// cachedLine is blockLine, drawn once for each bookmark state, zone and
// theme: a move redraws only the two blocks whose selection changed.
func (p *gridPane) cachedLine(blk gridBlock, n, width int, selected bool) string {
	ck := lineCacheKey{marks: p.c.marks.version, frame: p.c.times.frame(), theme: p.c.theme, idx: p.c.idx}
	if ck != p.linesFor || p.lines == nil || len(p.lines) > maxCachedLines {
		p.lines, p.linesFor = map[blockLineKey]string{}, ck
	}
	k := blockLineKey{item: blk.item, n: n, width: width, selected: selected, more: blk.more, from: blk.span.From}
	if text, ok := p.lines[k]; ok {
		return text
	}
	text := p.blockLine(blk, n, width, selected)
	p.lines[k] = text
	return text
}

// blockLine is line n of a talk's block, width cells: its edge, then the
// title (starred when bookmarked), the time, the speakers.
func (p *gridPane) blockLine(blk gridBlock, n, width int, selected bool) string {
	st := p.c.styles
	g := st.G
	style := st.GridBlock
	if selected {
		style = st.GridSelected
	}
	edge := g.BlockSide
	var text string
	star := ""
	if blk.isMore() {
		switch n {
		case 0:
			edge, text = g.BlockTop, moreLabel(blk.more)
		case 1:
			text = p.c.times.frame().Clock(blk.span.From) + g.Dash + p.c.times.frame().Clock(blk.span.To)
		}
	} else {
		sess := p.c.idx.Session(blk.item)
		switch n {
		case 0:
			edge = g.BlockTop
			text = sess.Title
		case 1:
			text = p.c.times.frame().Clock(sess.Start) + g.Dash + p.c.times.frame().Clock(p.c.times.tl.End(blk.item))
		case 2:
			text = model.SpeakerLine(sess)
		}
		if n == 0 && p.c.marks.Has(sess.ID) {
			star = g.Star
		}
	}
	room := width - ansi.StringWidth(edge)
	if room <= 0 {
		return style.Render(ansi.Truncate(edge, width, ""))
	}
	if star != "" && ansi.StringWidth(star) < room {
		room -= ansi.StringWidth(star)
	} else {
		star = ""
	}
	text = truncate(g, text, room)
	pad := strings.Repeat(" ", max(room-ansi.StringWidth(text), 0))
	if star != "" && !selected {
		return style.Render(edge) + st.Star.Render(star) + style.Render(text+pad)
	}
	return style.Render(edge + star + text + pad)
}

// moreLabel names a "+N more" block.
func moreLabel(n int) string { return fmt.Sprintf("+%d more", n) }

// composeSegs joins a line's pieces, spaces between them, to width cells.
func composeSegs(segs []gridSeg, width int) string {
	slices.SortFunc(segs, func(a, b gridSeg) int { return a.x - b.x })
	var b strings.Builder
	pos := 0
	for _, s := range segs {
		if s.x < pos {
			continue // never drawn over: the layout keeps blocks apart
		}
		b.WriteString(strings.Repeat(" ", s.x-pos))
		b.WriteString(s.text)
		pos = s.x + s.w
	}
	b.WriteString(strings.Repeat(" ", max(width-pos, 0)))
	return b.String()
}

// infoLine is the selected talk, when and where, and how many rooms are
// hidden or off screen.
func (p *gridPane) infoLine(g *gridGeom, sel int) string {
	st := p.c.styles
	gl := st.G
	var right []string
	if n := p.hiddenCount(); n > 0 {
		right = append(right, plural(n, "room", "rooms")+" hidden")
	}
	if _, visA := p.visible(); !p.prefs.across && g.breadth > visA && len(g.rooms) > 0 {
		first, last := p.roomsInView(g, visA)
		right = append(right, fmt.Sprintf("rooms %d%s%d of %d", first+1, gl.Dash, last+1, len(g.rooms)))
	}
	rightText := st.GridInfo.Render(strings.Join(right, gl.Dot))
	left := ""
	if sel >= 0 && g.blocks[sel].isMore() {
		blk := g.blocks[sel]
		f := p.c.times.frame()
		left = strings.Join([]string{
			moreLabel(blk.more) + " talks", f.Clock(blk.span.From) + gl.Dash + f.Clock(blk.span.To),
			roomName(g.rooms[blk.room].name), "enter lists them",
		}, gl.Dot)
	} else if sel >= 0 {
		sess := p.c.idx.Session(g.blocks[sel].item)
		f := p.c.times.frame()
		span := f.Clock(sess.Start) + gl.Dash + f.Clock(p.c.times.tl.End(g.blocks[sel].item))
		parts := []string{sess.Title, span, roomName(sess.Room)}
		if sp := model.SpeakerLine(sess); sp != "" {
			parts = append(parts, sp)
		}
		left = strings.Join(parts, gl.Dot)
		if p.c.marks.Has(sess.ID) {
			left = gl.Star + " " + left
		}
	}
	room := p.width - ansi.StringWidth(rightText)
	if rightText != "" {
		room--
	}
	if room < 12 {
		rightText, room = "", p.width
	}
	left = st.DetailTitle.Render(truncate(gl, left, room))
	gap := max(p.width-ansi.StringWidth(left)-ansi.StringWidth(rightText), 0)
	return left + strings.Repeat(" ", gap) + rightText
}

// hiddenCount is how many of the day's rooms are hidden.
func (p *gridPane) hiddenCount() int {
	n := 0
	for _, r := range p.dayRooms() {
		if p.prefs.hidden[r] {
			n++
		}
	}
	return n
}

// roomsInView are the first and last rooms at least partly on screen.
func (p *gridPane) roomsInView(g *gridGeom, visA int) (first, last int) {
	first, last = -1, -1
	for i, r := range g.rooms {
		if overlaps(r.a0, r.a1, p.offA, p.offA+visA) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return max(first, 0), max(last, 0)
}

// roomHeader names the rooms over their columns, time down the side.
func (p *gridPane) roomHeader(g *gridGeom, visA int) string {
	st := p.c.styles
	var segs []gridSeg
	for _, r := range g.rooms {
		if !overlaps(r.a0, r.a1, p.offA, p.offA+visA) {
			continue
		}
		w := r.a1 - r.a0
		name := truncate(st.G, roomName(r.name), w-1)
		text := st.GridRoom.Render(name + strings.Repeat(" ", max(w-ansi.StringWidth(name), 0)))
		left, right := max(p.offA-r.a0, 0), min(r.a1, p.offA+visA)-r.a0
		if left > 0 || right < w {
			text = ansi.Cut(text, left, right)
		}
		segs = append(segs, gridSeg{x: r.a0 + left - p.offA, w: right - left, text: text})
	}
	return composeSegs(segs, visA)
}

// timeLabel is the axis left of time-axis cell t: the time at each half
// hour, in the zone shown.
func (p *gridPane) timeLabel(g *gridGeom, t int) string {
	w := p.timeGutter()
	label := p.halfHour(g, t)
	if label == "" || ansi.StringWidth(label) >= w {
		return strings.Repeat(" ", w)
	}
	return p.c.styles.GridAxis.Render(label) + strings.Repeat(" ", w-ansi.StringWidth(label))
}

// halfHour is the clock at cell t when a half hour begins there, else "".
func (p *gridPane) halfHour(g *gridGeom, t int) string {
	at := g.timeAt(t)
	f := p.c.times.frame()
	local := f.In(at)
	if local.Minute()%30 != 0 || local.Second() != 0 || g.timeAt(t).Sub(g.timeAt(t-1)) <= 0 {
		return ""
	}
	// With two cells a slot, only the cell a half hour begins in.
	if prev := f.In(g.timeAt(t - 1)); prev.Minute()%30 == 0 && prev.Second() == 0 && prev.Equal(local) {
		return ""
	}
	return f.Clock(at)
}

// timeHeader is the time axis along the top, time across: each half
// hour's clock over the column it begins at.
func (p *gridPane) timeHeader(g *gridGeom, visT int) string {
	line := []byte(strings.Repeat(" ", visT))
	for x := 0; x < visT; x++ {
		label := p.halfHour(g, p.offT+x)
		if label == "" {
			continue
		}
		if x+len(label) > visT {
			break
		}
		copy(line[x:], label)
	}
	return p.c.styles.GridAxis.Render(string(line))
}

// roomGutterPad is the blank corner above the rooms, time across.
func (p *gridPane) roomGutterPad() string { return strings.Repeat(" ", p.roomGutter()) }

// roomLabel is the room's name left of its first lane, time across.
func (p *gridPane) roomLabel(g *gridGeom, a int) string {
	w := p.roomGutter()
	for _, r := range g.rooms {
		if a == r.a0 {
			name := truncate(p.c.styles.G, roomName(r.name), w-1)
			return p.c.styles.GridRoom.Render(name) + strings.Repeat(" ", max(w-ansi.StringWidth(name), 0))
		}
	}
	return strings.Repeat(" ", w)
}
