package ui

// While the conference is on, a list of talks in time order (All, a
// day's tab, a track's tab, and so a day's grid, whose selection is its
// list's) opens on its first talk not yet over rather than on the day's
// first talk; g still goes to the top. The first time a tab is shown is
// when it opens: from then on the cursor is the user's, and a remembered
// place wins over it.

// openAtNow puts a fresh list's cursor on its first talk not yet over,
// as Timeline.FirstNotOver finds it at the browser's clock.
func (m *Model) openAtNow(l *listPane) {
	if !m.c.times.timed || l.filter.active() {
		return
	}
	switch l.src.ref().Kind {
	case kindAll, kindDay, kindTrack:
	default:
		return
	}
	items := l.src.items()
	if k, ok := m.c.times.tl.FirstNotOver(items, m.c.now); ok {
		l.selectItem(items[k])
	}
}
