package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// copyTalk puts the selected talk on the clipboard as Markdown, through
// the terminal (OSC 52), as the Markdown export writes it: title, when and
// where in the zone shown, speakers, track, abstract and links.
func (m *Model) copyTalk() tea.Cmd {
	sess, ok := m.selectedTalk()
	if !ok {
		return m.noTalkHere("Select a talk to copy it.")
	}
	status := m.setStatus("Copied "+quoted(m.c.styles.G, sess.Title)+" as Markdown, through the terminal's clipboard.", false)
	return tea.Batch(tea.SetClipboard(talkMarkdown(sess, m.c.times.frame())), status)
}

// talkMarkdown is a talk on its own as Markdown, its times in frame f:
// with no day heading above it, its time names the weekday.
func talkMarkdown(sess *model.Session, f model.TimeFrame) string {
	return model.TalkMarkdown{Heading: "## ", When: true, Track: true, Location: f.Location()}.Text(sess)
}
