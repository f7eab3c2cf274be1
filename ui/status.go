package ui

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/model"
)

// statusTTL is how long an informative message stays; errors stay until
// replaced. Informative messages also go on the next change of place or
// selection, and a message about a bookmark goes as soon as the bookmark
// no longer stands as it says (another window removed it): see settle.
const statusTTL = 5 * time.Second

// statusLine is the message shown in the footer.
type statusLine struct {
	text    string
	isError bool
	expires time.Time // for informative messages
	seq     int       // numbers messages so an old timer cannot clear a new one
	// where is the place and selection the message was first shown at,
	// taken when the browser settles after the message was set (the move
	// that set it, as a talk leaving the ★ list, is part of it); "" until
	// then.
	where string
	// about is the talk a bookmark message tells of, and marked whether it
	// says the talk is bookmarked.
	about  string
	marked bool
	// link is an address the message gives to open, after its text: it is
	// fitted to the line when drawn (see fitted).
	link string
}

type statusExpiredMsg struct{ seq int }

// statusText is a message as the status line may show it: text from
// outside (a server's certificate, a file's name, a parser) is cleaned as
// schedule text is, so no message can drive the terminal or take two
// lines. Every way onto the status line goes through it.
func statusText(text string) string { return model.CleanLine(text) }

// setStatus shows a message; informative ones clear themselves.
func (m *Model) setStatus(text string, isError bool) tea.Cmd {
	seq := m.status.seq + 1
	m.status = statusLine{text: statusText(text), isError: isError, seq: seq}
	if isError {
		return nil
	}
	m.status.expires = m.now().Add(statusTTL)
	return m.after(statusTTL, statusExpiredMsg{seq: seq})
}

func (m *Model) expireStatus(msg statusExpiredMsg) {
	if msg.seq == m.status.seq && !m.now().Before(m.status.expires) {
		m.status.text = ""
	}
}

// setBookmarkStatus shows a message about a talk's bookmark, which goes
// when the bookmark no longer stands as it says.
func (m *Model) setBookmarkStatus(text, id string, marked bool) tea.Cmd {
	cmd := m.setStatus(text, false)
	m.status.about, m.status.marked = id, marked
	return cmd
}

// settleStatus applies the status line's rule once the browser has
// settled after a message: an informative message goes on the next change
// of place or selection, and a bookmark message as soon as the bookmark
// no longer stands as it says.
func (m *Model) settleStatus() {
	s := &m.status
	if s.text == "" || s.isError {
		return
	}
	where := m.where()
	switch {
	case s.about != "" && m.c.marks.Has(s.about) != s.marked:
		s.text = ""
	case s.where == "":
		s.where = where
	case s.where != where:
		s.text = ""
	}
}

// where names the place and the selection: the stack of places by what
// they list, whether an item is read, and the item selected. It is the
// same across a reload of the page that keeps the user where they are.
func (m *Model) where() string {
	var b strings.Builder
	for _, p := range m.stack {
		if p.list == nil {
			b.WriteString("reading\x00")
			continue
		}
		r := p.list.src.ref()
		b.WriteString(r.Kind + "\x01" + r.Name + "\x00")
	}
	if g := m.shownGrid(); g != nil {
		b.WriteString("grid\x00")
	}
	b.WriteString(m.list().selectedKey())
	return b.String()
}

// setStatusUntilMoved shows an informative message that stays until the
// user changes place, as a link to click must.
func (m *Model) setStatusUntilMoved(text string) {
	m.status = statusLine{text: statusText(text), seq: m.status.seq + 1}
}

// setLinkStatus shows a link to open, after text, until the user moves.
func (m *Model) setLinkStatus(text, link string) {
	m.setStatusUntilMoved(text)
	m.status.link = link
}

// fitted is the message in at most width cells. A link is the part that
// matters: it is shown whole after the text when both fit, else whole
// alone, else cut in the middle, where an address says least (its scheme
// and host, and its end, stay). It links to the whole address (OSC 8), so
// a click opens it however it is cut.
func (s statusLine) fitted(g Glyphs, width int) string {
	if s.link == "" {
		return s.text
	}
	lead := s.text + g.Dot
	switch w := ansi.StringWidth(s.link); {
	case ansi.StringWidth(lead)+w <= width:
		return lead + hyperlink(s.link, s.link)
	case w <= width:
		return hyperlink(s.link, s.link)
	}
	return hyperlink(s.link, cutMiddle(g, s.link, width))
}

// cutMiddle shortens plain text to width cells by taking out its middle.
func cutMiddle(g Glyphs, s string, width int) string {
	if ansi.StringWidth(s) <= width {
		return s
	}
	room := width - ansi.StringWidth(g.Ellipsis)
	if room < 2 {
		return truncate(g, s, width)
	}
	runes := []rune(s)
	head, tail := (room+1)/2, room/2
	return string(runes[:head]) + g.Ellipsis + string(runes[len(runes)-tail:])
}

// setStatusFor shows an informative message for ttl rather than
// statusTTL: a reminder stays long enough to be seen on coming back to
// the screen.
func (m *Model) setStatusFor(text string, ttl time.Duration) tea.Cmd {
	seq := m.status.seq + 1
	m.status = statusLine{text: statusText(text), seq: seq, expires: m.now().Add(ttl)}
	return m.after(ttl, statusExpiredMsg{seq: seq})
}
