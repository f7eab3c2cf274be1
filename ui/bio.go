package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// A speaker's bio is shown below what an item's lower pane holds, in the
// speakers index and on the person's page, rendered by the abstracts'
// path: in a tea.Cmd, cached per person, width and theme.

// bioRenderID keys a person's bio in the render cache; the separator is
// never in a talk's id.
func bioRenderID(name string) string { return "bio\x1f" + name }

// aboutPerson is the person whose bio an item's lower pane shows, or nil
// when they have none.
func aboutPerson(c *common, name string) *model.Person {
	i, ok := c.idx.PersonIndex(name)
	if !ok || c.idx.People()[i].Bio == "" {
		return nil
	}
	return &c.idx.People()[i]
}

// renderedBio is the person's bio laid out at width when it is ready, else
// the command that renders it.
func renderedBio(renders *renderCache, p *model.Person, width int, t theme) (string, bool, tea.Cmd) {
	id := bioRenderID(p.Name)
	if out, ok := renders.get(id, p.Bio, width, t); ok {
		return out, true, nil
	}
	return "", false, renders.requestText(id, p.Bio, width, t)
}

// bioLines put the rendered bio under a heading, after a blank line.
func bioLines(st *Styles, p *model.Person, rendered string) []string {
	return append([]string{"", st.DetailLabel.Render("About " + p.Name)}, strings.Split(rendered, "\n")...)
}

// wantedBio is the render id of the bio the selected item shows, if any,
// so the render cache keeps its rendering wanted.
func wantedBio(l *listPane) []string {
	item, ok := l.selected()
	if !ok {
		return nil
	}
	if about := l.src.body(item).about; about != nil {
		return []string{bioRenderID(about.Name)}
	}
	return nil
}
