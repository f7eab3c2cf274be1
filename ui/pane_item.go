package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/model"
)

// itemPane shows the item selected in a list: its details above and, in
// the body below, a talk's abstract or a person's or company's talks, each
// part in its frame. Both parts scroll and say where the reader is. It
// keeps its scroll position while the item stays the same, and on a new
// item with a filter applied it scrolls the abstract to the first match;
// n and N step through them.
type itemPane struct {
	c     *common
	keys  scrollKeys
	focus itemFocus // the part that has the keys while the item is read
	// reading reports the item being read rather than the list beside it
	// having the keys: the root's stack of places says.
	reading func() bool

	detail viewport.Model
	body   viewport.Model

	width, height    int // the whole pane, frames included
	detailOuter      int // the details' height, frame included
	detailW, detailH int // insides, position lines included
	bodyW, bodyH     int

	shown  shownKey // what the panes hold
	placed bool     // the body's final content has been positioned once

	base []string // the body's lines before highlighting
	// The lines shown: the viewports keep the scroll position, and the
	// pane draws the lines on screen itself (the frame cuts and pads them).
	detailLines, bodyShown []string
	matches                []bodyMatch // the query's matches in the body, in order
	match                  int         // the match n and N are on; -1 before the first
}

// itemFocus is the part of the item pane that has the keys.
type itemFocus int

const (
	focusBody itemFocus = iota
	focusDetail
)

// shownKey is what the item pane shows: the item, and everything its
// content depends on. A change of item resets the scroll position; a change
// of anything else keeps it.
type shownKey struct {
	src   listSource
	item  int
	ok    bool
	query string

	width    int
	theme    string
	marks    int
	going    int
	changes  int             // what the details say of a change since last seen
	frame    model.TimeFrame // the zone the details give times in
	rendered bool
	bioReady bool // the bio below is rendered
}

func (k shownKey) sameItem(o shownKey) bool {
	return k.src == o.src && k.item == o.item && k.ok == o.ok && k.query == o.query
}

// bodyMatch is one match in the body: its line and its cells.
type bodyMatch struct {
	line       int
	start, end int
}

func newItemPane(c *common, reading func() bool) *itemPane {
	p := &itemPane{c: c, keys: defaultScrollKeys(), reading: reading, match: -1}
	p.detail = viewport.New()
	p.body = viewport.New()
	for _, vp := range []*viewport.Model{&p.detail, &p.body} {
		vp.KeyMap = viewport.KeyMap{} // the pane matches its own keys
		vp.MouseWheelEnabled = false
		vp.FillHeight = false
	}
	return p
}

// SetSize gives the pane its size, frames included: the details take a
// third of it, within bounds (detailHeight), and the body the rest.
func (p *itemPane) SetSize(width, height int) {
	p.width, p.height = width, height
	p.detailOuter = detailHeight(height)
	d := rect{w: width, h: p.detailOuter}.inner()
	b := rect{w: width, h: height - p.detailOuter}.inner()
	p.detailW, p.detailH, p.bodyW, p.bodyH = d.w, d.h, b.w, b.h
	p.detail.SetWidth(d.w)
	p.body.SetWidth(b.w)
	p.body.SetHeight(max(b.h-positionLines(b.h), 1))
	p.fitDetail()
}

// positionLines is the line under a part that says where the reader is,
// given up on the tiniest screens.
func positionLines(innerHeight int) int {
	if innerHeight < 3 {
		return 0
	}
	return 1
}

// fitDetail gives the details a position line only when they need to
// scroll.
func (p *itemPane) fitDetail() {
	p.detail.SetHeight(max(p.detailH, 1))
	if p.detail.TotalLineCount() > p.detailH && positionLines(p.detailH) > 0 {
		p.detail.SetHeight(p.detailH - 1)
	}
}

// measure is the width abstracts are laid out at: the pane's, up to a
// readable measure.
func (p *itemPane) measure() int { return max(min(p.bodyW, maxMeasure), 1) }

// show fills the pane for item of src (none when ok is false), with the
// query's matches highlighted. It asks for the abstract's rendering when
// it is not ready; the command is nil when nothing needs doing.
func (p *itemPane) show(src listSource, item int, ok bool, q model.Query, query string, renders *renderCache) tea.Cmd {
	next := shownKey{src: src, item: item, ok: ok, query: query,
		width: p.detailW*1000 + p.bodyW, theme: p.c.theme.key(), marks: p.c.marks.version, going: p.c.going.version, changes: p.c.changes.version, frame: p.c.times.frame()}
	var body itemBody
	var abstract, bio string
	var request tea.Cmd
	if ok {
		body = src.body(item)
		if s := body.session; s != nil && s.Abstract != "" {
			var ready bool
			abstract, ready = renders.get(s.ID, s.Abstract, p.measure(), p.c.theme)
			next.rendered = ready
			if !ready {
				request = renders.request(s, p.measure(), p.c.theme)
			}
		}
		if body.about != nil {
			var ask tea.Cmd
			bio, next.bioReady, ask = renderedBio(renders, body.about, p.measure(), p.c.theme)
			request = tea.Batch(request, ask)
		}
	}
	if next == p.shown {
		return request
	}
	same := next.sameItem(p.shown)
	p.shown = next

	detailOffset := p.detail.YOffset()
	if ok {
		p.setDetail(strings.Split(src.detail(item, p.detailW, q), "\n"))
	} else {
		p.setDetail(nil)
	}
	p.fitDetail()
	if same {
		p.detail.SetYOffset(detailOffset)
	} else {
		p.detail.GotoTop()
	}

	bodyOffset := p.body.YOffset()
	p.base = p.bodyLines(src, item, ok, body, abstract, next.rendered)
	if ok && body.about != nil && next.bioReady && (body.session == nil || body.session.Abstract == "" || next.rendered) {
		p.base = append(p.base, bioLines(&p.c.styles, body.about, bio)...)
	}
	p.matches = findMatches(p.base, q)
	if !same || p.match >= len(p.matches) {
		p.match = -1 // a new item, or fewer matches: n starts from the first
	}
	ready := (body.session == nil || body.session.Abstract == "" || next.rendered) && (body.about == nil || next.bioReady)
	placing := ready && !(same && p.placed)
	if placing && len(p.matches) > 0 {
		p.match = 0 // the body opens on its first match: highlighted once, as current
	}
	p.setBody(p.highlight(p.base))
	switch {
	case same && p.placed:
		p.body.SetYOffset(bodyOffset)
	case placing:
		p.placed = true
		p.body.GotoTop()
		if len(p.matches) > 0 {
			p.body.SetYOffset(max(p.matches[0].line-1, 0))
		}
	default:
		p.placed = false
		p.body.GotoTop()
	}
	return request
}

func (p *itemPane) setDetail(lines []string) {
	p.detailLines = lines
	p.detail.SetContentLines(lines)
}

func (p *itemPane) setBody(lines []string) {
	p.bodyShown = lines
	p.body.SetContentLines(lines)
}

// visible are the lines of a part on screen.
func visible(vp *viewport.Model, lines []string) string {
	first := min(vp.YOffset(), len(lines))
	last := min(first+vp.Height(), len(lines))
	return strings.Join(lines[first:last], "\n")
}

// bodyLines are the lines of the lower part, before highlighting.
func (p *itemPane) bodyLines(src listSource, item int, ok bool, body itemBody, abstract string, rendered bool) []string {
	st := p.c.styles
	switch {
	case !ok:
		return nil
	case body.session != nil && body.session.Abstract == "":
		return []string{st.Empty.Render("No abstract.")}
	case body.session != nil && !rendered:
		return nil // rendering; it arrives within milliseconds
	case body.session != nil:
		return strings.Split(abstract, "\n")
	}
	return p.talkLines(body.talks)
}

// talkLines lists talks by title and track, wrapped under their bullet;
// with times, each starts with its day and time.
func (p *itemPane) talkLines(talks []int) []string {
	st := p.c.styles
	g := st.G
	bullet := g.Bullet + " "
	indent := strings.Repeat(" ", lipgloss.Width(bullet))
	w := max(p.bodyW-lipgloss.Width(bullet), 1)
	var lines []string
	for _, i := range talks {
		sess := p.c.idx.Session(i)
		text := sess.Title + g.Dot + sess.Track
		if sess.Timed() {
			text = startLabel(p.c.times.frame(), sess) + g.Dot + text
		}
		for k, line := range strings.Split(lipgloss.NewStyle().Width(w).Render(text), "\n") {
			prefix := indent
			if k == 0 {
				prefix = st.Bullet.Render(bullet)
			}
			lines = append(lines, prefix+st.DetailText.Render(strings.TrimRight(line, " ")))
		}
	}
	return lines
}

// findMatches finds the query's occurrences in the body's lines.
func findMatches(lines []string, q model.Query) []bodyMatch {
	if q.Empty() {
		return nil
	}
	var out []bodyMatch
	for i, line := range lines {
		plain := ansi.Strip(line)
		for _, r := range q.Find(plain) {
			start := ansi.StringWidth(plain[:r.Start])
			out = append(out, bodyMatch{line: i, start: start, end: start + ansi.StringWidth(plain[r.Start:r.End])})
		}
	}
	return out
}

// highlight styles the body's matches, the current one apart.
func (p *itemPane) highlight(lines []string) []string {
	if len(p.matches) == 0 {
		return lines
	}
	st := p.c.styles
	out := append([]string(nil), lines...)
	for k := 0; k < len(p.matches); {
		line := p.matches[k].line
		var ranges []lipgloss.Range
		for ; k < len(p.matches) && p.matches[k].line == line; k++ {
			style := st.Match
			if k == p.match {
				style = st.CurrentMatch
			}
			ranges = append(ranges, lipgloss.NewRange(p.matches[k].start, p.matches[k].end, style))
		}
		out[line] = lipgloss.StyleRanges(lines[line], ranges...)
	}
	return out
}

// gotoMatch makes match k the current one and scrolls to it, with a line
// of context above.
func (p *itemPane) gotoMatch(k int) {
	p.match = k
	p.setBody(p.highlight(p.base))
	p.body.SetYOffset(max(p.matches[k].line-1, 0))
}

// step moves to the next (or previous) match in the body; false when there
// is none that way.
func (p *itemPane) step(forward bool) bool {
	k := p.match
	if forward {
		k++
	} else if k < 0 {
		k = len(p.matches) - 1
	} else {
		k--
	}
	if k < 0 || k >= len(p.matches) {
		return false
	}
	p.gotoMatch(k)
	return true
}

// stepInto enters the body's matches from one end, as n and N do when they
// come from another item.
func (p *itemPane) stepInto(forward bool) bool {
	if len(p.matches) == 0 {
		return false
	}
	if forward {
		p.gotoMatch(0)
	} else {
		p.gotoMatch(len(p.matches) - 1)
	}
	return true
}

// Update scrolls the focused part on the pane's keys.
func (p *itemPane) Update(msg tea.Msg) (pane, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil
	}
	vp := &p.body
	if p.focus == focusDetail {
		vp = &p.detail
	}
	switch {
	case key.Matches(k, p.keys.Up):
		vp.ScrollUp(1)
	case key.Matches(k, p.keys.Down):
		vp.ScrollDown(1)
	case key.Matches(k, p.keys.Top):
		vp.GotoTop()
	case key.Matches(k, p.keys.Bottom):
		vp.GotoBottom()
	case key.Matches(k, p.keys.PageUp):
		vp.PageUp()
	case key.Matches(k, p.keys.PageDown):
		vp.PageDown()
	case key.Matches(k, p.keys.HalfUp):
		vp.HalfPageUp()
	case key.Matches(k, p.keys.HalfDown):
		vp.HalfPageDown()
	}
	return p, nil
}

// scrollFocused scrolls a part by lines, for the mouse wheel.
func (p *itemPane) scroll(f itemFocus, lines int) {
	vp := &p.body
	if f == focusDetail {
		vp = &p.detail
	}
	if lines < 0 {
		vp.ScrollUp(-lines)
	} else {
		vp.ScrollDown(lines)
	}
}

// View draws the details above the body, each in its frame; while the
// item is read, the part with the keys has the focused one.
func (p *itemPane) View() string {
	reading := p.reading()
	return framed(p.c, p.width, p.detailOuter, reading && p.focus == focusDetail, p.detailView()) + "\n" +
		framed(p.c, p.width, p.height-p.detailOuter, reading && p.focus == focusBody, p.bodyView())
}

// detailView is the details and, when they scroll, where the reader is.
func (p *itemPane) detailView() string {
	out := visible(&p.detail, p.detailLines)
	if p.detail.TotalLineCount() > p.detail.Height() {
		out += "\n" + p.position(&p.detail, p.detailW, "")
	}
	return out
}

// bodyView is the body and, below it, where the reader is.
func (p *itemPane) bodyView() string {
	if positionLines(p.bodyH) == 0 {
		return visible(&p.body, p.bodyShown)
	}
	extra := ""
	if len(p.matches) > 0 {
		n := p.match + 1
		if n == 0 {
			extra = plural(len(p.matches), "match", "matches")
		} else {
			extra = fmt.Sprintf("match %d of %d", n, len(p.matches))
		}
	}
	return visible(&p.body, p.bodyShown) + "\n" + p.position(&p.body, p.bodyW, extra)
}

// position says which lines are on screen: "lines 3–10 of 40 · 12%".
func (p *itemPane) position(vp *viewport.Model, width int, extra string) string {
	st := p.c.styles
	g := st.G
	info := extra
	if total, h := vp.TotalLineCount(), vp.Height(); total > 1 {
		first := vp.YOffset() + 1
		last := min(vp.YOffset()+h, total)
		percent := 100
		if total > h {
			percent = int(vp.ScrollPercent()*100 + 0.5)
		}
		lines := fmt.Sprintf("lines %d%s%d of %d%s%d%%", first, g.Dash, last, total, g.Dot, percent)
		if info != "" {
			info += g.Dot
		}
		info += lines
	}
	info = st.ScrollInfo.Render(truncate(g, info, width))
	return strings.Repeat(" ", max(width-lipgloss.Width(info), 0)) + info
}

// ShortHelp is what the footer offers while the item is read: scrolling
// the focused part, then the root's keys that act on the item.
func (p *itemPane) ShortHelp() []key.Binding {
	scroll := brief(p.keys.Down, "↓↑", "scroll")
	k := p.shown
	if k.src == nil {
		return []key.Binding{scroll} // nothing shown yet
	}
	g := p.c.keys.global
	h := hintsFor(p.c, k.src, k.item, k.ok, k.query != "")
	return []key.Binding{
		scroll,
		brief(g.Back, "esc", "back"),
		brief(g.NextTalk, "J/K", "next/previous"),
		h.match, h.bookmark, h.speakers, h.companies, h.copy, h.link, h.rooms, h.zone,
		brief(g.NextPane, "tab", "pane"),
	}
}

// FullHelp lists the pane's keys.
func (p *itemPane) FullHelp() [][]key.Binding { return [][]key.Binding{p.keys.all()} }
