package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// copyTalk puts the selected talk on the clipboard as Markdown, through
// the terminal (OSC 52): the title, its speakers, its track and its
// abstract.
func (m *Model) copyTalk() tea.Cmd {
	sess, ok := m.selectedTalk()
	if !ok {
		return m.setStatus("Select a talk to copy it.", false)
	}
	status := m.setStatus("Copied "+quoted(m.c.styles.G, sess.Title)+" as Markdown, through the terminal's clipboard.", false)
	return tea.Batch(tea.SetClipboard(talkMarkdown(sess)), status)
}

// talkMarkdown is a talk as Markdown, its text escaped so it reads as
// written.
func talkMarkdown(sess *model.Session) string {
	var b strings.Builder
	b.WriteString("## " + model.EscapeMarkdown(sess.Title) + "\n\n")
	for _, sp := range sess.Speakers {
		line := "- " + model.EscapeMarkdown(sp.Name)
		if sp.Company != "" {
			line += ", " + model.EscapeMarkdown(sp.Company)
		}
		b.WriteString(line + "\n")
	}
	if len(sess.Speakers) > 0 {
		b.WriteString("\n")
	}
	if sess.Track != "" {
		b.WriteString("Track: " + model.EscapeMarkdown(sess.Track) + "\n\n")
	}
	if sess.Abstract != "" {
		b.WriteString(model.AbstractMarkdown(sess.Abstract) + "\n")
	}
	return b.String()
}
