package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/summit-tui/summit-tui/model"
)

// prefetchAhead and prefetchBehind are how many neighbours of the selected
// talk are rendered in the background, so moving through the list shows
// each abstract at once.
const (
	prefetchAhead  = 2
	prefetchBehind = 1
)

// visibleItems is how many list items fit in the list pane.
func (m *Model) visibleItems() int {
	h := m.lay.list.inner().h - m.filterLines()
	return max(h/itemHeight, 1)
}

// filterLines is the height of the filter line above the list: shown while
// typing and while a filter is applied.
func (m *Model) filterLines() int {
	if m.editingFilter || m.view().filtered() {
		return 1
	}
	return 0
}

// abstractWidth is the width abstracts are rendered at.
func (m *Model) abstractWidth() int {
	return max(m.lay.abstract.inner().w, 1)
}

// syncPanes fills the detail and abstract panes for the selected item and
// requests the renderings they need. Their scroll positions are kept while
// the item stays the same.
func (m *Model) syncPanes() tea.Cmd {
	if m.lay.width == 0 || m.lay.tooSmall {
		return nil
	}
	v := m.view()
	item, ok := v.selected()
	now := shownItem{view: v, item: item, ok: ok}
	same := now == m.shown
	m.shown = now
	m.refreshDetail()
	if !same {
		m.detail.GotoTop()
	}
	yOffset := m.abstract.YOffset()
	m.abstract.SetContent(m.abstractContent())
	if same {
		m.abstract.SetYOffset(yOffset)
	} else {
		m.abstract.GotoTop()
	}
	if v.kind != talksView || !ok {
		return nil
	}
	return m.requestRenders(v)
}

// requestRenders renders the selected abstract first, then its neighbours.
func (m *Model) requestRenders(v *listView) tea.Cmd {
	width := m.abstractWidth()
	current := m.renders.request(m.pool, m.idx.Session(v.rows[v.cursor].index), width, m.theme)
	var around []tea.Cmd
	for d := -prefetchBehind; d <= prefetchAhead; d++ {
		if i := v.cursor + d; d != 0 && i >= 0 && i < len(v.rows) {
			around = append(around, m.renders.request(m.pool, m.idx.Session(v.rows[i].index), width, m.theme))
		}
	}
	return tea.Sequence(current, tea.Batch(around...))
}

// rendered stores a finished rendering and shows it if it is the one the
// abstract pane is waiting for.
func (m *Model) rendered(msg renderedMsg) tea.Cmd {
	m.renders.store(msg)
	if _, sess, ok := m.selectedSession(); ok && sess.ID == msg.key.id &&
		msg.key.width == m.abstractWidth() && msg.key.theme == m.theme.key() {
		yOffset := m.abstract.YOffset()
		m.abstract.SetContent(m.abstractContent())
		m.abstract.SetYOffset(yOffset)
	}
	return nil
}

// refreshDetail refills the detail pane, keeping its scroll position.
func (m *Model) refreshDetail() {
	yOffset := m.detail.YOffset()
	m.detail.SetContent(m.detailContent())
	m.detail.SetYOffset(yOffset)
}

// detailContent describes the selected item.
func (m *Model) detailContent() string {
	v := m.view()
	item, ok := v.selected()
	if !ok {
		return ""
	}
	width := m.lay.detail.inner().w
	switch v.kind {
	case peopleView:
		return m.personDetail(m.idx.People()[item], width)
	case companiesView:
		return m.companyDetail(m.idx.Companies()[item], width)
	}
	return m.talkDetail(m.idx.Session(item), width)
}

func (m *Model) talkDetail(sess *model.Session, width int) string {
	s := m.styles
	wrap := lipgloss.NewStyle().Width(width)
	var b strings.Builder
	b.WriteString(wrap.Render(s.DetailTitle.Render(sess.Title)))
	for _, sp := range sess.Speakers {
		b.WriteString("\n" + wrap.Render(s.DetailText.Render(sp.Name)+companySuffix(s, sp.Company)))
	}
	if len(sess.Speakers) == 0 {
		b.WriteString("\n" + s.DetailLabel.Render("No speakers listed"))
	}
	b.WriteString("\n" + s.DetailLabel.Render("Track ") + s.DetailText.Render(sess.Track))
	if m.bookmarks.set.Has(sess.ID) {
		b.WriteString("   " + s.Star.Render(s.StarGlyph+" Bookmarked"))
	} else {
		b.WriteString("   " + s.DetailLabel.Render("Not bookmarked (b)"))
	}
	return b.String()
}

func companySuffix(s Styles, company string) string {
	if company == "" {
		return ""
	}
	return s.Company.Render(" · " + company)
}

func (m *Model) personDetail(p model.Person, width int) string {
	s := m.styles
	wrap := lipgloss.NewStyle().Width(width)
	head := wrap.Render(s.DetailTitle.Render(p.Name) + companySuffix(s, p.Company))
	return head + "\n" + m.talkTitles(p.Sessions, width)
}

func (m *Model) companyDetail(c model.Company, width int) string {
	s := m.styles
	wrap := lipgloss.NewStyle().Width(width)
	head := wrap.Render(s.DetailTitle.Render(c.Name)) + "\n" +
		wrap.Render(s.DetailText.Render(strings.Join(c.People, ", ")))
	return head + "\n" + m.talkTitles(c.Sessions, width)
}

// talkTitles lists talks by title and track under a count.
func (m *Model) talkTitles(sessions []int, width int) string {
	s := m.styles
	wrap := lipgloss.NewStyle().Width(width)
	var b strings.Builder
	b.WriteString(s.DetailLabel.Render(plural(len(sessions), "talk", "talks") + " — enter lists them"))
	for _, i := range sessions {
		sess := m.idx.Session(i)
		b.WriteString("\n" + wrap.Render("• "+s.DetailText.Render(sess.Title)+s.Company.Render(" · "+sess.Track)))
	}
	return b.String()
}

// abstractContent is what the abstract pane shows for the selected item.
func (m *Model) abstractContent() string {
	v := m.view()
	item, ok := v.selected()
	s := m.styles
	switch {
	case !ok:
		return s.Empty.Render(v.empty)
	case v.kind == peopleView:
		return s.Empty.Render("Press enter to list " + m.idx.People()[item].Name + "’s talks.")
	case v.kind == companiesView:
		return s.Empty.Render("Press enter to list the talks of " + m.idx.Companies()[item].Name + ".")
	}
	sess := m.idx.Session(item)
	if sess.Abstract == "" {
		return s.Empty.Render("No abstract.")
	}
	if out, ok := m.renders.get(sess.ID, m.abstractWidth(), m.theme); ok {
		return out
	}
	return "" // rendering; it arrives within milliseconds
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
