package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// footerView is a line of the keys that act here, above the status line.
// "? help" and "q quit" stay at the right, except while a filter is typed,
// where every key is text; what does not fit on the left is dropped.
func (m *Model) footerView() string {
	w := m.lay.width
	if p, ok := m.front().(*windowPrompt); ok {
		return p.View()
	}
	left, right := m.footerKeys()
	rightText := m.hintsView(right)
	room := max(w-lipgloss.Width(rightText)-2, 0)
	leftText := ""
	for n := len(left); n >= 0; n-- {
		if leftText = m.hintsView(left[:n]); lipgloss.Width(leftText) <= room {
			break
		}
	}
	gap := max(w-lipgloss.Width(leftText)-lipgloss.Width(rightText), 0)
	line := fitBlock(leftText+strings.Repeat(" ", gap)+rightText, w, 1)
	return line + "\n" + m.statusView(w)
}

// footerKeys are the keys that act in the current place, on the left, and
// the ones that always do, on the right.
func (m *Model) footerKeys() (left, right []key.Binding) {
	g := m.keys.global
	always := []key.Binding{brief(g.Help, "?", "help"), brief(g.Quit, "q", "quit")}
	switch f := m.front().(type) {
	case *chooserPane:
		return f.ShortHelp(), nil
	case *helpPane:
		return f.ShortHelp(), nil
	case *gridPane:
		return m.gridFooter(f), always
	case *listPane:
		if f.filter.editing {
			return f.ShortHelp(), nil
		}
	}
	l := m.list()
	_, selected := l.selected()
	_, isTalk := m.selectedTalk()
	if m.reading() {
		left = append(left, m.item.ShortHelp()...)
	} else {
		left = append(left, l.ShortHelp()...)
		if selected {
			left = append(left, brief(g.Open, "enter", "open"))
		}
		left = append(left, brief(g.Filter, "/", "filter"))
	}
	if m.canBack() {
		what := "back"
		if t := m.top().list; t != nil && t.filter.active() {
			what = "clear filter"
		}
		left = append(left, brief(g.Back, "esc", what))
	}
	if m.reading() {
		left = append(left, brief(g.NextTalk, "J/K", "next/previous"))
	}
	if l.filter.active() && selected {
		left = append(left, brief(g.NextMatch, "n/N", "match"))
	}
	if isTalk {
		left = append(left, brief(g.Bookmark, "b", "bookmark"))
	}
	kind := l.src.ref().Kind
	if item, ok := l.selected(); ok {
		people, companies := l.src.offers(item)
		if people && kind != kindSpeakers {
			left = append(left, brief(g.Speakers, "s", "speakers"))
		}
		if companies && kind != kindCompanies {
			left = append(left, brief(g.Companies, "c", "companies"))
		}
	}
	if !m.reading() {
		left = append(left, brief(g.NextTab, "]/[", "tabs"))
		if m.c.times.timed {
			left = append(left, brief(g.Window, "w", "window"))
		}
	}
	if isTalk {
		left = append(left, brief(g.Copy, "y", "copy"))
	}
	if sess, ok := m.selectedTalk(); ok && len(sess.Links) > 0 && g.OpenLink.Enabled() {
		left = append(left, brief(g.OpenLink, "o", "link"))
	}
	if g.Rooms.Enabled() && kind != kindRooms {
		left = append(left, brief(g.Rooms, "r", "rooms"))
	}
	if g.Zone.Enabled() {
		left = append(left, brief(g.Zone, "z", "zone"))
	}
	if m.lay.wide && selected || m.reading() {
		left = append(left, brief(g.NextPane, "tab", "pane"))
	}
	return left, always
}

// hintsView draws key hints: "↓↑ move · enter open".
func (m *Model) hintsView(bindings []key.Binding) string {
	st := m.c.styles
	parts := make([]string, len(bindings))
	for i, b := range bindings {
		h := b.Help()
		parts[i] = st.HelpKey.Render(glyphKeys(st.G, h.Key)) + " " + st.HelpDesc.Render(h.Desc)
	}
	return strings.Join(parts, st.HelpSep.Render(st.G.Dot))
}

// statusView is the position in the list and the latest message on the
// left, the number of bookmarks on the right.
func (m *Model) statusView(w int) string {
	st := m.c.styles
	g := st.G
	l := m.list()
	var parts []string
	if n, _ := l.shownCount(); n > 0 {
		parts = append(parts, st.Status.Render(fmt.Sprintf("%d/%d", l.position(), n)))
	}
	if notice := m.pendingNotice(); notice != "" {
		parts = append(parts, st.StatusError.Render(notice))
	}
	if m.status.text != "" {
		style := st.Status
		if m.status.isError {
			style = st.StatusError
		}
		parts = append(parts, style.Render(m.status.text))
	}
	left := strings.Join(parts, st.Status.Render(g.Dot))
	right := st.StatusRight.Render(g.Star + " " + fmt.Sprint(m.tabs[m.bookmarksTab()].talkCount()))
	left = truncate(g, left, w-lipgloss.Width(right)-1)
	gap := max(w-lipgloss.Width(left)-lipgloss.Width(right), 1)
	return left + strings.Repeat(" ", gap) + right
}
