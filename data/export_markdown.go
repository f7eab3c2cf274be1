package data

import (
	"bufio"
	"io"
	"strings"

	"github.com/summit-tui/summit-tui/model"
)

// MarkdownOptions shape a Markdown document.
type MarkdownOptions struct {
	// Heading replaces the conference name as the document's title.
	Heading string
	// Agenda lists the talks one after another, each naming its track,
	// instead of grouping them under track headings.
	Agenda bool
}

// WriteMarkdown writes a schedule as a Markdown document: the programme
// grouped by track, or, with Agenda, a flat list of talks. Each talk gives
// its title, speakers with their companies and its abstract; text from the
// page is escaped so it reads exactly as written.
func WriteMarkdown(w io.Writer, s model.Schedule, opt MarkdownOptions) error {
	bw := bufio.NewWriter(w)
	heading := opt.Heading
	if heading == "" {
		heading = s.Conference
	}
	bw.WriteString("# " + model.EscapeMarkdown(heading) + "\n")
	if len(s.Sessions) == 0 {
		bw.WriteString("\nNo talks.\n")
	}
	track := ""
	for i, sess := range s.Sessions {
		if !opt.Agenda && (i == 0 || sess.Track != track) {
			track = sess.Track
			bw.WriteString("\n## " + model.EscapeMarkdown(track) + "\n")
		}
		writeTalkMarkdown(bw, sess, opt.Agenda)
	}
	return bw.Flush()
}

func writeTalkMarkdown(bw *bufio.Writer, sess model.Session, withTrack bool) {
	level := "### "
	if withTrack {
		level = "## "
	}
	bw.WriteString("\n" + level + model.EscapeMarkdown(sess.Title) + "\n")
	// Speakers and track sit on lines of their own, joined by hard breaks.
	var about []string
	if len(sess.Speakers) > 0 {
		about = append(about, speakersMarkdown(sess.Speakers))
	}
	if withTrack {
		about = append(about, "Track: "+model.EscapeMarkdown(sess.Track))
	}
	if len(about) > 0 {
		bw.WriteString("\n" + strings.Join(about, "\\\n") + "\n")
	}
	if sess.Abstract != "" {
		bw.WriteString("\n" + model.AbstractMarkdown(sess.Abstract) + "\n")
	}
}

// speakersMarkdown gives "**Name** (Company), **Name** (Company)".
func speakersMarkdown(speakers []model.Speaker) string {
	parts := make([]string, len(speakers))
	for i, sp := range speakers {
		parts[i] = "**" + model.EscapeMarkdown(sp.Name) + "**"
		if sp.Company != "" {
			parts[i] += " (" + model.EscapeMarkdown(sp.Company) + ")"
		}
	}
	return strings.Join(parts, ", ")
}
