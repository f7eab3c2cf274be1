package ui

import (
	"errors"
	"net/url"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/model"
)

// ErrNoBrowser is what Config.OpenLink returns when this terminal has no
// browser to open: over SSH, without a display, or with no opener
// installed. The browser then shows the link for the terminal to open.
var ErrNoBrowser = errors.New("no browser here")

// linkOpenedMsg says how opening a link went.
type linkOpenedMsg struct {
	title, url string
	err        error
}

// openLink opens the selected talk's first link in the browser (o), in a
// command: the host's opener may take a moment.
func (m *Model) openLink() tea.Cmd {
	sess, ok := m.selectedTalk()
	if !ok {
		return m.noTalkHere("Select a talk to open its link.")
	}
	title, link, ok := firstLink(sess)
	if !ok {
		return m.setStatus("This talk has no link.", false)
	}
	if link == "" {
		return m.setStatus("This talk's link is not a web address.", false)
	}
	open := m.cfg.OpenLink
	if open == nil {
		return func() tea.Msg { return linkOpenedMsg{title: title, url: link, err: ErrNoBrowser} }
	}
	return func() tea.Msg { return linkOpenedMsg{title: title, url: link, err: open(link)} }
}

// linkOpened reports the outcome. Without a browser the link goes in the
// status line as an OSC 8 hyperlink, which the terminal opens on a click,
// and stays there until the user moves.
func (m *Model) linkOpened(msg linkOpenedMsg) tea.Cmd {
	switch {
	case errors.Is(msg.err, ErrNoBrowser):
		m.setLinkStatus("No browser here: link printed", msg.url)
		return nil
	case msg.err != nil:
		return m.setStatus("Could not open the link: "+msg.err.Error(), true)
	}
	return m.setStatus("Opened "+quoted(m.c.styles.G, msg.title)+" in the browser.", false)
}

// firstLink is the talk's first link, its title (or its address) and its
// address made safe to hand on; ok is false when the talk has none. The
// address is empty when it is not an http(s) one.
func firstLink(sess *model.Session) (title, link string, ok bool) {
	if len(sess.Links) == 0 {
		return "", "", false
	}
	l := sess.Links[0]
	title = l.Title
	if title == "" {
		title = l.URL
	}
	return title, webAddress(l.URL), true
}

// webAddress is raw as a clean absolute http(s) URL, or empty: nothing
// else is opened or written into a terminal sequence. Parsing refuses
// control characters, and the URL's own encoding escapes spaces and
// the like.
func webAddress(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return ""
	}
	s := u.String()
	for _, r := range s {
		if r < 0x21 || r == 0x7f || r > 0x7e {
			return ""
		}
	}
	return s
}

// hyperlink is text linked to an address with OSC 8.
func hyperlink(link, text string) string {
	return ansi.SetHyperlink(link) + text + ansi.ResetHyperlink()
}
