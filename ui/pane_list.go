package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// listPane is one list the user can browse: a tab's talks, an index, a
// person's or a company's talks. Its cursor, scroll position and filter
// survive while the user looks elsewhere. Items are one or two lines of
// title (a long title wraps once) and a line of detail.
type listPane struct {
	c      *common
	src    listSource
	keys   scrollKeys
	filter filter

	over bool // opened over another place: esc leaves it
	// placed: the list was shown once, and opened where it opens
	// (openAtNow); from then on its cursor is the user's.
	placed bool

	width, height int // inside the pane's border and padding
	cursor        int // index into the shown rows
	offset        int // first row on screen
	seen          int // the source's version the rows reflect

	// titles caches wrapped titles by item at the current width: the list
	// measures the rows near the cursor on every move.
	titles map[int][]titleLine
	// rows are the rows drawn in the pane's last two frames, by all they
	// are drawn from (list_rows_memo.go).
	rows memo[rowKey, []string]
}

// maxCachedTitles bounds the wrapped titles kept.
const maxCachedTitles = 1024

func newListPane(c *common, src listSource) *listPane {
	return &listPane{
		c: c, src: src, keys: defaultScrollKeys(),
		filter: newFilter(c, src.placeholder()),
		seen:   src.version(),
	}
}

// SetSize gives the pane its inside size.
func (l *listPane) SetSize(width, height int) {
	first := l.height == 0
	if width != l.width {
		l.titles = nil
	}
	l.width, l.height = width, height
	l.filter.SetSize(width, 1)
	if first && l.cursor > 0 {
		l.reveal() // selected before the size was known
		return
	}
	l.clamp()
}

// restyle follows a change of theme.
func (l *listPane) restyle() { l.filter.restyle() }

// count is the number of rows shown: the filter's matches, or every item.
func (l *listPane) count() int {
	if l.filter.rows != nil {
		return len(l.filter.rows)
	}
	return len(l.src.items())
}

// row is shown row i.
func (l *listPane) row(i int) row {
	if l.filter.rows != nil {
		return l.filter.rows[i]
	}
	return row{item: l.src.items()[i]}
}

// selected is the item under the cursor.
func (l *listPane) selected() (int, bool) {
	if l.cursor < 0 || l.cursor >= l.count() {
		return 0, false
	}
	return l.row(l.cursor).item, true
}

// selectedKey names the item under the cursor, "" when there is none.
func (l *listPane) selectedKey() string {
	if item, ok := l.selected(); ok {
		return l.src.key(item)
	}
	return ""
}

// selectItem puts the cursor on an item, if the list shows it, and scrolls
// so that it stands near the top with some rows above it.
func (l *listPane) selectItem(item int) bool {
	for i := range l.count() {
		if l.row(i).item == item {
			l.cursor = i
			l.reveal()
			return true
		}
	}
	return false
}

// reveal scrolls so that the cursor stands a third of the way down, with
// rows above it for context.
func (l *listPane) reveal() {
	l.offset = max(l.cursor-l.rowsShown(l.cursor)/3, 0)
	l.clamp()
}

// selectKey is selectItem by name.
func (l *listPane) selectKey(k string) bool {
	if k == "" {
		return false
	}
	item, ok := l.src.find(k)
	return ok && l.selectItem(item)
}

// Update moves the cursor on the list's keys. While the filter is typed,
// every message is the filter's but the keys that move through its
// matches.
func (l *listPane) Update(msg tea.Msg) (pane, tea.Cmd) {
	if l.filter.editing {
		return l, l.filterUpdate(msg)
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return l, nil
	}
	page := max(l.rowsShown(l.offset), 1)
	switch {
	case key.Matches(k, l.keys.Up):
		l.move(-1)
	case key.Matches(k, l.keys.Down):
		l.move(1)
	case key.Matches(k, l.keys.Top):
		l.moveTo(0)
	case key.Matches(k, l.keys.Bottom):
		l.moveTo(l.count() - 1)
	case key.Matches(k, l.keys.PageUp):
		l.scroll(-page)
	case key.Matches(k, l.keys.PageDown):
		l.scroll(page)
	case key.Matches(k, l.keys.HalfUp):
		l.scroll(-max(page/2, 1))
	case key.Matches(k, l.keys.HalfDown):
		l.scroll(max(page/2, 1))
	}
	return l, nil
}

// holdsKeyboard: while the filter is typed, every key is its.
func (l *listPane) holdsKeyboard() bool { return l.filter.editing }

// filterUpdate moves through the matches on the filter's moves, and hands
// everything else to the filter: a change of query searches again (an
// empty query shows every item at once, keeping the selected one).
func (l *listPane) filterUpdate(msg tea.Msg) tea.Cmd {
	f := &l.filter
	if k, ok := msg.(tea.KeyPressMsg); ok {
		page := max(l.rowsShown(l.offset), 1)
		switch {
		case key.Matches(k, f.keys.Up):
			l.move(-1)
			return nil
		case key.Matches(k, f.keys.Down):
			l.move(1)
			return nil
		case key.Matches(k, f.keys.PageUp):
			l.scroll(-page)
			return nil
		case key.Matches(k, f.keys.PageDown):
			l.scroll(page)
			return nil
		}
	}
	keep, ok := l.selected()
	before := f.query()
	_, cmd := f.Update(msg)
	if f.query() == before {
		return cmd
	}
	return tea.Batch(cmd, l.search(keep, ok, false))
}

// openFilter starts typing the filter.
func (l *listPane) openFilter() tea.Cmd { return l.filter.open() }

// clearFilter shows every item again, keeping the selected one.
func (l *listPane) clearFilter() {
	keep, ok := l.selected()
	l.filter.clear()
	l.cursor = 0
	if !ok || !l.selectItem(keep) {
		l.clamp()
	}
}

// refilter searches again for the filter's query (or shows every item when
// it is empty). The best match is selected when the query changed; keep
// keeps the selected item where it still matches, as when the list's items
// changed under the same query.
func (l *listPane) refilter(keep bool) tea.Cmd {
	item, ok := l.selected()
	return l.search(item, ok, keep)
}

// search starts the filter's search; with the query empty every item
// shows at once, the cursor on item where ok.
func (l *listPane) search(item int, ok, keep bool) tea.Cmd {
	cmd := l.filter.search(l, keep)
	if cmd == nil { // the query is empty: every item, at once
		l.cursor = 0
		if !ok || !l.selectItem(item) {
			l.clamp()
		}
	}
	return cmd
}

// filterResult shows a search's matches: the best one selected, or the
// item selected before when the search was asked to keep it and it still
// matches.
func (l *listPane) filterResult(msg filterResultMsg) bool {
	keep, ok := l.selected()
	if !l.filter.take(msg) {
		return false
	}
	l.cursor, l.offset = 0, 0
	if ok && msg.keep {
		l.selectItem(keep)
	}
	l.clamp()
	return true
}

// follow catches up with a source whose items changed (the bookmarks),
// keeping the selected item where it can.
func (l *listPane) follow() tea.Cmd {
	if v := l.src.version(); v != l.seen {
		l.seen = v
		l.titles = nil // an item may name another row now
		keep, ok := l.selected()
		if l.filter.active() {
			l.filter.rows = nil // the old matches may name items no longer listed
			return l.refilter(true)
		}
		if !ok || !l.selectItem(keep) {
			l.clamp()
		}
	}
	return nil
}

// move moves the cursor by delta rows.
func (l *listPane) move(delta int) { l.moveTo(l.cursor + delta) }

// moveTo puts the cursor on row i, or the nearest row that can be
// selected beyond it (headings cannot).
func (l *listPane) moveTo(i int) {
	dir := 1
	if i < l.cursor {
		dir = -1
	}
	l.cursor = i
	l.settle(dir)
	l.clamp()
}

// scroll moves the cursor and the view together by delta rows, as paging
// does.
func (l *listPane) scroll(delta int) {
	l.cursor += delta
	l.offset += delta
	l.settle(delta)
	l.clamp()
}

// selectable reports whether the cursor may rest on row i: any row but a
// heading.
func (l *listPane) selectable(i int) bool { return l.kindAt(i) != rowHeading }

// kindAt is what shown row i is.
func (l *listPane) kindAt(i int) rowKind { return kindOf(l.src, l.row(i).item) }

// settle moves the cursor off a heading: on in the direction it was
// moving (dir's sign), else back.
func (l *listPane) settle(dir int) {
	n := l.count()
	l.cursor = min(max(l.cursor, 0), max(n-1, 0))
	if n == 0 || l.selectable(l.cursor) {
		return
	}
	step := 1
	if dir < 0 {
		step = -1
	}
	for _, s := range []int{step, -step} {
		for i := l.cursor + s; i >= 0 && i < n; i += s {
			if l.selectable(i) {
				l.cursor = i
				return
			}
		}
	}
}

// clamp keeps the cursor within the rows, off the headings and on screen,
// with its heading when it is the first row of its group.
func (l *listPane) clamp() {
	n := l.count()
	l.settle(1)
	l.offset = min(max(l.offset, 0), max(n-1, 0))
	if l.height <= 0 {
		return
	}
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.offset == l.cursor && l.cursor > 0 && !l.selectable(l.cursor-1) {
		l.offset--
	}
	if first := l.firstFor(l.cursor); l.offset < first {
		l.offset = first
	}
	// No empty space below the last row while rows above could fill it
	// (a list at its top has none: each new list needs no measuring).
	if l.offset == 0 {
		return
	}
	if first := l.firstFor(n - 1); l.offset > first {
		l.offset = first
	}
}

// firstFor is the first row on screen that still shows row last whole at
// the bottom.
func (l *listPane) firstFor(last int) int {
	room := l.rowsHeight()
	first := last
	for first > 0 {
		room -= l.itemLines(first)
		if room < l.itemLines(first-1) {
			break
		}
		first--
	}
	return max(first, 0)
}

// rowsShown is how many rows fit on screen from row first.
func (l *listPane) rowsShown(first int) int {
	room, n := l.rowsHeight(), 0
	for i := first; i < l.count(); i++ {
		room -= l.itemLines(i)
		if room < 0 {
			break
		}
		n++
	}
	return max(n, 1)
}

// rowsHeight is the room for rows when the list is scrolled: the pane
// less the filter line and the sticky line. At the top, where no sticky
// line is drawn, one more line shows.
func (l *listPane) rowsHeight() int { return max(l.height-l.filterLines()-l.stickyLines(), 1) }

// roomFrom is the room for rows drawn from row first.
func (l *listPane) roomFrom(first int) int {
	if _, ok := l.stickyLine(first); ok {
		return max(l.height-l.filterLines()-1, 1)
	}
	return max(l.height-l.filterLines(), 1)
}

// stickyLines is the line a sectioned list keeps for its sticky line.
func (l *listPane) stickyLines() int {
	if s, ok := l.src.(sectioned); ok && s.sticky() {
		return 1
	}
	return 0
}

// stickyLine is what the top line says when the list is scrolled from
// row first: the day, time or heading the rows below belong to. None at
// the top of the list, or when the first row is a heading itself.
func (l *listPane) stickyLine(first int) (string, bool) {
	s, ok := l.src.(sectioned)
	if !ok || !s.sticky() || first <= 0 || first >= l.count() || !l.selectable(first) {
		return "", false
	}
	sec := s.section(l.row(first).item)
	return sec, sec != ""
}

// filterLines is the height of what is drawn above the rows: the filter
// line, shown while typing and while a filter is applied, the note that
// the rows are close matches, and the list's note (listNote).
func (l *listPane) filterLines() int {
	n := 0
	if l.filter.editing || l.filter.active() {
		n++
	}
	if l.filter.closeOnly {
		n++
	}
	if l.note() != "" {
		n++
	}
	return n
}

// itemLines is the height of row i: its title on one line or more, and
// its detail.
func (l *listPane) itemLines(i int) int {
	if i < 0 || i >= l.count() {
		return 2
	}
	if !l.selectable(i) {
		return 1 // a heading
	}
	return len(l.wrapped(l.row(i).item)) + 1
}

// wrapped is an item's title as the list draws it, on one line or more.
func (l *listPane) wrapped(item int) []titleLine {
	if lines, ok := l.titles[item]; ok {
		return lines
	}
	if l.titles == nil || len(l.titles) >= maxCachedTitles {
		l.titles = map[int][]titleLine{}
	}
	title, _ := l.src.text(item)
	lines := wrapTitle(title, l.textWidth(), maxTitleLines)
	l.titles[item] = lines
	return lines
}

// textWidth is the room for an item's text, right of the bar and star.
func (l *listPane) textWidth() int { return max(l.width-listPrefix, 1) }

// rowAt is the row drawn at line y of the pane's inside, if any.
func (l *listPane) rowAt(y int) (int, bool) {
	y -= l.filterLines()
	if _, ok := l.stickyLine(l.offset); ok {
		y--
	}
	if y < 0 {
		return 0, false
	}
	for i := l.offset; i < l.count(); i++ {
		h := l.itemLines(i)
		if y < h {
			return i, true
		}
		y -= h
	}
	return 0, false
}

// shownCount is the number of rows shown that the cursor can rest on,
// and the list's total of them: headings are not counted.
func (l *listPane) shownCount() (shown, total int) {
	if !mixedRows(l.src) {
		return l.count(), len(l.src.items())
	}
	for i := range l.count() {
		if l.selectable(i) {
			shown++
		}
	}
	for _, item := range l.src.items() {
		if kindOf(l.src, item) != rowHeading {
			total++
		}
	}
	return shown, total
}

// position is the cursor's place among the rows it can rest on, from 1.
func (l *listPane) position() int {
	if !mixedRows(l.src) {
		return l.cursor + 1
	}
	n := 0
	for i := 0; i <= l.cursor && i < l.count(); i++ {
		if l.selectable(i) {
			n++
		}
	}
	return n
}

// talkCount is how many talks the list holds.
func (l *listPane) talkCount() int {
	_, total := l.talkCounts()
	return total
}

// talkCounts are, for a tab's count, the talks (or people, or companies)
// shown and the list's total of them: headings, free windows and the
// like are not counted.
func (l *listPane) talkCounts() (shown, total int) {
	if !mixedRows(l.src) {
		return l.count(), len(l.src.items())
	}
	isTalk := func(item int) bool { _, ok := l.src.talk(item); return ok }
	for i := range l.count() {
		if isTalk(l.row(i).item) {
			shown++
		}
	}
	for _, item := range l.src.items() {
		if isTalk(item) {
			total++
		}
	}
	return shown, total
}

// ShortHelp is what the footer offers for the list: its moves, then the
// root's keys that act on it and on its selected item.
func (l *listPane) ShortHelp() []key.Binding {
	if l.filter.editing {
		return l.filter.ShortHelp()
	}
	g := l.c.keys.global
	item, selected := l.selected()
	h := hintsFor(l.c, l.src, item, selected, l.filter.active())
	back := "back"
	if l.filter.active() {
		back = "clear filter"
	}
	return []key.Binding{
		brief(l.keys.Down, "↓↑", "move"),
		when(selected, brief(g.Open, "enter", "open")),
		brief(g.Filter, "/", "filter"),
		when(l.over || l.filter.active(), brief(g.Back, "esc", back)),
		when(!l.c.changes.list.Empty() && l.src.ref().Kind != kindChanges, brief(g.Changes, "C", "changes")),
		h.match, h.bookmark, h.speakers, h.companies,
		brief(g.NextTab, "]/[", "tabs"),
		when(l.c.times.timed, brief(g.Window, "w", "window")),
		h.copy, h.link, h.rooms, h.zone,
		when(l.c.lay.wide && selected, brief(g.NextPane, "tab", "pane")),
	}
}

// FullHelp lists the list's keys.
func (l *listPane) FullHelp() [][]key.Binding {
	if l.filter.editing {
		return l.filter.FullHelp()
	}
	return [][]key.Binding{l.keys.all()}
}
