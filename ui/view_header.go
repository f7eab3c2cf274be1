package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// headerView is the breadcrumb, with counts on the right, above the tabs.
func (m *Model) headerView() string {
	s := m.styles
	w := m.lay.width
	sched := m.idx.Schedule()
	info := s.HeaderInfo.Render(fmt.Sprintf("%s · %s",
		plural(len(sched.Sessions), "talk", "talks"), plural(len(sched.Tracks), "track", "tracks")))
	if m.loading {
		info = s.HeaderInfo.Render("loading the page…")
	}
	crumb := m.breadcrumb()
	if lipgloss.Width(crumb)+lipgloss.Width(info)+2 > w {
		info = ""
	}
	crumb = ansi.Truncate(crumb, w, "…")
	gap := max(w-lipgloss.Width(crumb)-lipgloss.Width(info), 0)
	strip, _ := m.tabStrip()
	return crumb + strings.Repeat(" ", gap) + info + "\n" + strip
}

// breadcrumb says where the user is: "Kafka Summit London 2019 › Speakers
// › Martin Kleppmann".
func (m *Model) breadcrumb() string {
	s := m.styles
	sep := s.CrumbSep.Render(" › ")
	parts := []string{s.Title.Render(m.idx.Schedule().Conference)}
	for _, p := range m.view().crumb {
		parts = append(parts, s.Crumb.Render(p))
	}
	return strings.Join(parts, sep)
}

// tabSpan is where a tab is drawn in the tab strip, for mouse clicks.
type tabSpan struct {
	tab    int
	x0, x1 int // cells [x0, x1)
}

// tabStrip draws the tabs that fit, keeping the active one in view, with
// arrows when some are off screen. It also says where each tab landed.
func (m *Model) tabStrip() (string, []tabSpan) {
	s := m.styles
	labels := make([]string, len(m.tabs))
	widths := make([]int, len(m.tabs))
	for i, t := range m.tabs {
		name := t.name
		if t.kind == tabBookmarks {
			name = s.StarGlyph + " " + name
		}
		style := s.Tab
		if i == m.tab {
			style = s.ActiveTab
		}
		labels[i] = style.Render(name + " " + s.TabCount.Render(fmt.Sprint(m.tabCount(i))))
		widths[i] = lipgloss.Width(labels[i])
	}
	first, last := visibleTabs(widths, m.tab, m.lay.width-2) // room for the arrows
	var b strings.Builder
	var spans []tabSpan
	x := 0
	if first > 0 {
		b.WriteString(s.TabMore.Render("‹"))
		x++
	}
	for i := first; i <= last; i++ {
		spans = append(spans, tabSpan{tab: i, x0: x, x1: x + widths[i]})
		b.WriteString(labels[i])
		x += widths[i]
	}
	if last < len(m.tabs)-1 {
		b.WriteString(s.TabMore.Render("›"))
	}
	return ansi.Truncate(b.String(), m.lay.width, ""), spans
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

// tabCount is the number of talks a tab lists.
func (m *Model) tabCount(i int) int {
	return len(m.tabViews[i].all)
}
