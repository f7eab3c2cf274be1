package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/summit-tui/summit-tui/model"
)

// footerView is a line of the keys that act here, the pane in front's
// ShortHelp, above the status line; the window prompt takes both lines.
// "O schedules" (where there are any), "? help" and "q quit" stay at the
// right wherever the place is in front, except while a filter is typed,
// where every key is text; what does not fit on the left is dropped.
func (m *Model) footerView() string {
	w := m.c.lay.width
	f := m.front()
	if p, ok := f.(*windowPrompt); ok {
		return p.View()
	}
	left := enabled(f.ShortHelp())
	var right []key.Binding
	if m.offersHelpAndQuit(f) {
		g := m.c.keys.global
		right = enabled([]key.Binding{brief(g.Schedules, "O", "schedules"), brief(g.Help, "?", "help"), brief(g.Quit, "q", "quit")})
	}
	rightText := m.hints(right)
	room := max(w-rightText.width-2, 0)
	var leftText sized
	for n := len(left); n >= 0; n-- {
		if leftText = m.hints(left[:n]); leftText.width <= room {
			break
		}
	}
	gap := max(w-leftText.width-rightText.width, 0)
	line := leftText.text + strings.Repeat(" ", gap) + rightText.text
	if leftText.width+gap+rightText.width > w {
		line = fitBlock(line, w, 1)
	}
	return line + "\n" + m.statusView(w)
}

// offersHelpAndQuit reports whether the footer ends with ? and q: while
// the place is in front, but not over an overlay, whose own keys close
// it, nor while a filter is typed, where they are text.
func (m *Model) offersHelpAndQuit(f pane) bool {
	l, isList := f.(*listPane)
	return f == m.place() && !(isList && l.filter.editing)
}

// enabled are the bindings that act: a pane's ShortHelp disables those
// that do not where it is.
func enabled(bindings []key.Binding) []key.Binding {
	var out []key.Binding
	for _, b := range bindings {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}

// when is a binding enabled only where it acts.
func when(acts bool, b key.Binding) key.Binding {
	b.SetEnabled(acts && b.Enabled())
	return b
}

// itemHints are the root's keys that act on an item of a list, for the
// footers of the list and of the item pane, each enabled where it acts on
// the item: n/N in a filtered list, b, y and o on a talk, s and c where
// the item names people or companies and the list is not their index, r
// and z on schedules with rooms and times.
type itemHints struct {
	match, bookmark, speakers, companies, copy, link, rooms, zone key.Binding
}

func hintsFor(c *common, src listSource, item int, selected, filtered bool) itemHints {
	g := c.keys.global
	var sess *model.Session
	isTalk, people, companies := false, false, false
	if selected {
		sess, isTalk = src.talk(item)
		people, companies = src.offers(item)
	}
	kind := src.ref().Kind
	return itemHints{
		match:     when(filtered && selected, brief(g.NextMatch, "n/N", "match")),
		bookmark:  when(isTalk, brief(g.Bookmark, "b", "bookmark")),
		speakers:  when(people && kind != kindSpeakers, brief(g.Speakers, "s", "speakers")),
		companies: when(companies && kind != kindCompanies, brief(g.Companies, "c", "companies")),
		copy:      when(isTalk, brief(g.Copy, "y", "copy")),
		link:      when(isTalk && len(sess.Links) > 0, brief(g.OpenLink, "o", "link")),
		rooms:     when(kind != kindRooms, brief(g.Rooms, "r", "rooms")),
		zone:      brief(g.Zone, "z", "zone"),
	}
}

// hintsKey is what a line of key hints is drawn from: each binding's
// key and words.
type hintsKey struct {
	text  string
	theme theme
}

// hints is hintsView, remembered while it stays on screen.
func (m *Model) hints(bindings []key.Binding) sized {
	var b strings.Builder
	for _, k := range bindings {
		h := k.Help()
		b.WriteString(h.Key)
		b.WriteByte(0)
		b.WriteString(h.Desc)
		b.WriteByte(0)
	}
	k := hintsKey{text: b.String(), theme: m.c.theme}
	if out, ok := m.c.views.hints.get(k); ok {
		return out
	}
	text := m.hintsView(bindings)
	out := sized{text: text, width: lipgloss.Width(text)}
	m.c.views.hints.put(k, out)
	return out
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
	right := st.StatusRight.Render(g.Star + " " + fmt.Sprint(m.tabs[m.bookmarksTab()].talkCount()))
	if m.status.text != "" {
		style := st.Status
		if m.status.isError {
			style = st.StatusError
		}
		room := w - lipgloss.Width(right) - 1
		if len(parts) > 0 {
			room -= lipgloss.Width(strings.Join(parts, st.Status.Render(g.Dot))) + lipgloss.Width(g.Dot)
		}
		parts = append(parts, style.Render(m.status.fitted(g, room)))
	}
	left := strings.Join(parts, st.Status.Render(g.Dot))
	left = truncate(g, left, w-lipgloss.Width(right)-1)
	gap := max(w-lipgloss.Width(left)-lipgloss.Width(right), 1)
	return left + strings.Repeat(" ", gap) + right
}
