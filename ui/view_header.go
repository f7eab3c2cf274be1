package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// headerView is the breadcrumb, with counts on the right, above the tabs.
func (m *Model) headerView() string {
	st := m.c.styles
	g := st.G
	w := m.c.lay.width
	sched := m.c.idx.Schedule()
	counts := plural(len(sched.Sessions), "talk", "talks")
	if len(sched.Tracks) > 0 { // a schedule without tracks does not say "0 tracks"
		counts += g.Dot + plural(len(sched.Tracks), "track", "tracks")
	}
	counts += m.hiddenInfo()
	if m.loading != loadNone {
		counts = "loading the page" + g.Ellipsis
	}
	infos := m.headerInfos(counts)
	// Local time is always said: the breadcrumb gives way to its label.
	crumbW := w
	if f := m.c.times.frame(); f.Local() {
		for _, label := range []string{f.Label(), "Local time"} {
			if lw := m.c.views.width(label); w-lw-2 >= minCrumb {
				crumbW = w - lw - 2
				infos = append(infos, label)
				break
			}
		}
	}
	parts := m.crumbs()
	k := headerKey{width: w, crumbW: crumbW, theme: m.c.theme, conference: sched.Conference,
		crumbs: strings.Join(parts, "\x00"), infos: strings.Join(infos, "\x00")}
	line, ok := m.c.views.header.get(k)
	if !ok {
		line = m.headerLine(parts, infos, w, crumbW)
		m.c.views.header.put(k, line)
	}
	strip, _ := m.tabStrip()
	return line + "\n" + strip
}

// headerKey is what the header's first line is drawn from.
type headerKey struct {
	width, crumbW             int
	theme                     theme
	conference, crumbs, infos string
}

// headerLine is the breadcrumb in crumbW cells and, right of it, the
// longest of infos that fits.
func (m *Model) headerLine(parts, infos []string, w, crumbW int) string {
	crumb := m.breadcrumb(parts, crumbW)
	info := ""
	for _, try := range infos {
		if lipgloss.Width(crumb)+lipgloss.Width(try)+2 <= w {
			info = m.c.styles.HeaderInfo.Render(try)
			break
		}
	}
	gap := max(w-lipgloss.Width(crumb)-lipgloss.Width(info), 0)
	return crumb + strings.Repeat(" ", gap) + info
}

// minCrumb is the least room the breadcrumb keeps beside the zone.
const minCrumb = 20

// headerInfos are the header's right-hand texts, longest first: for a
// schedule with times the zone they are shown in, then the counts.
func (m *Model) headerInfos(counts string) []string {
	t := m.c.times
	f := t.frame()
	if !t.timed {
		return []string{counts}
	}
	label := f.Label()
	if m.c.idx.Schedule().UTCOnly && !f.Local() {
		return utcOnlyInfos(m.c.styles.G, counts)
	}
	return []string{label + m.c.styles.G.Dot + counts, label}
}

// crumbs are the stack's names: each list's, and the title of an item
// being read.
func (m *Model) crumbs() []string {
	var parts []string
	var below *listPane
	for _, p := range m.stack {
		if p.list != nil {
			below = p.list
			parts = append(parts, p.list.src.crumb())
			continue
		}
		if item, ok := below.selected(); ok {
			title, _ := below.src.text(item)
			parts = append(parts, title)
		}
	}
	return parts
}

// breadcrumb says where the user is: "Kafka Summit London 2019 › All ›
// Speakers › Martin Kleppmann". When it is too long for width, the places
// nearest the start give way first.
func (m *Model) breadcrumb(parts []string, width int) string {
	st := m.c.styles
	g := st.G
	sep := st.CrumbSep.Render(g.Sep)
	draw := func(parts []string, cut bool) string {
		out := st.Title.Render(m.c.idx.Schedule().Conference)
		if cut {
			out += sep + st.CrumbSep.Render(g.Ellipsis)
		}
		for _, p := range parts {
			out += sep + st.Crumb.Render(p)
		}
		return out
	}
	out := draw(parts, false)
	for cut := 1; lipgloss.Width(out) > width && cut < len(parts); cut++ {
		out = draw(parts[cut:], true)
	}
	return truncate(g, out, width)
}

// tabSpan is where a tab is drawn in the tab strip, for mouse clicks.
type tabSpan struct {
	tab    int
	x0, x1 int // cells [x0, x1)
}

// tabStrip draws the tabs that fit, keeping the active one in view, with
// arrows when some are off screen. Each tab shows the key that jumps to it
// and its count; a filtered tab shows its matches of its count. It also
// says where each tab landed.
func (m *Model) tabStrip() (string, []tabSpan) {
	st := m.c.styles
	g := st.G
	parts := m.tabParts()
	form, fits := fitTabs(parts, m.c.lay.width, g.Ellipsis)
	labels := make([]string, len(m.tabs))
	widths := make([]int, len(m.tabs))
	for i, p := range parts {
		name, count := p.label(form, g.Ellipsis)
		k := tabLabelKey{number: p.number, name: name, count: count,
			filtered: m.tabs[i].filter.active(), active: i == m.tab, theme: m.c.theme}
		label, ok := m.c.views.tabs.get(k)
		if !ok {
			label = tabLabel(st, k)
			m.c.views.tabs.put(k, label)
		}
		labels[i], widths[i] = label.text, label.width
	}
	// The Bookmarks tab always shows, at the end; the others scroll to
	// keep the active one in view, with arrows when some are off screen.
	marks := len(m.tabs) - 1
	active := min(m.tab, marks-1)
	room := m.c.lay.width - widths[marks]
	if !fits {
		room -= 2 // the arrows
	}
	if widths[active] > room && room > 0 {
		// A tab wider than the screen is cut, so the Bookmarks tab and
		// the arrows still show.
		labels[active] = truncate(g, labels[active], room)
		widths[active] = lipgloss.Width(labels[active])
	}
	first, last := visibleTabs(widths[:marks], active, room)
	var b strings.Builder
	var spans []tabSpan
	x := 0
	add := func(i int) {
		spans = append(spans, tabSpan{tab: i, x0: x, x1: x + widths[i]})
		b.WriteString(labels[i])
		x += widths[i]
	}
	if first > 0 {
		b.WriteString(st.TabMore.Render(g.More[0]))
		x++
	}
	for i := first; i <= last; i++ {
		add(i)
	}
	if last < marks-1 {
		b.WriteString(st.TabMore.Render(g.More[1]))
		x++
	}
	add(marks)
	if x <= m.c.lay.width {
		return b.String(), spans
	}
	return ansi.Truncate(b.String(), m.c.lay.width, ""), spans
}

// tabLabelKey is what a tab's label is drawn from.
type tabLabelKey struct {
	number, name, count string
	filtered, active    bool
	theme               theme
}

// tabLabel draws a tab: the key that jumps to it, its name and count.
func tabLabel(st Styles, k tabLabelKey) sized {
	name := k.name
	if k.count != "" {
		style := st.TabCount
		if k.filtered {
			style = st.TabFilter
		}
		name += " " + style.Render(k.count)
	}
	style := st.Tab
	if k.active {
		style = st.ActiveTab
	}
	text := style.Render(st.TabNumber.Render(k.number) + name)
	return sized{text: text, width: lipgloss.Width(text)}
}

// tabParts are the tabs' labels in parts: each with the key that jumps
// to it (0 is always Bookmarks) and its count, a filtered tab's matches
// of its count.
func (m *Model) tabParts() []tabParts {
	g := m.c.styles.G
	out := make([]tabParts, len(m.tabs))
	for i, l := range m.tabs {
		p := tabParts{name: l.src.crumb(), keep: i == m.tab, fixed: i == m.tab}
		switch {
		case i == m.bookmarksTab():
			// Bookmarks keeps its name and its count: the user's own.
			p.number, p.name, p.fixed = "0 ", g.Star+" "+p.name, true
		case i < 9:
			p.number = fmt.Sprintf("%d ", i+1)
		}
		shown, total := l.talkCounts()
		p.count = fmt.Sprint(total)
		p.keep = p.keep || i == m.bookmarksTab()
		if l.filter.active() {
			p.count, p.keep = fmt.Sprintf("%d/%d", shown, total), true
		}
		out[i] = p
	}
	return out
}

// visibleTabs picks the widest run of tabs around the active one that fits
// in width cells.
func visibleTabs(widths []int, active, width int) (first, last int) {
	first, last = active, active
	used := widths[active]
	for grew := true; grew; {
		grew = false
		if last+1 < len(widths) && used+widths[last+1] <= width {
			last++
			used += widths[last]
			grew = true
		}
		if first > 0 && used+widths[first-1] <= width {
			first--
			used += widths[first]
			grew = true
		}
	}
	return first, last
}
