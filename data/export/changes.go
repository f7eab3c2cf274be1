package export

import (
	"bufio"
	"encoding/json"
	"io"
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// ChangesOptions shape a report of what changed between two versions of
// a programme.
type ChangesOptions struct {
	// Conference names the programme in the text report's first line.
	Conference string
	// Floating writes times without an offset: the source gave local
	// times only (Schedule.FloatingTimes).
	Floating bool
}

// The JSON report's shape: every entry has key, title, day, start and
// room, empty when unknown; a moved one also from and to, a changed one
// the fields that changed.
type (
	jsonChanges struct {
		New       []jsonChange `json:"new"`
		Cancelled []jsonChange `json:"cancelled"`
		Moved     []jsonChange `json:"moved"`
		Changed   []jsonChange `json:"changed"`
	}
	jsonChange struct {
		Key    string     `json:"key"`
		Title  string     `json:"title"`
		Day    string     `json:"day"`
		Start  string     `json:"start"`
		Room   string     `json:"room"`
		From   *jsonPlace `json:"from,omitempty"`
		To     *jsonPlace `json:"to,omitempty"`
		Fields []string   `json:"fields,omitempty"`
	}
	jsonPlace struct {
		Day   string `json:"day"`
		Start string `json:"start"`
		End   string `json:"end"`
		Room  string `json:"room"`
	}
)

// WriteChangesJSON writes the changes as {"new": [...], "cancelled":
// [...], "moved": [...], "changed": [...]}, indented by two spaces; a
// kind with no change is [], never null. A talk both moved and changed is
// in both lists.
func WriteChangesJSON(w io.Writer, c model.Changes, opt ChangesOptions) error {
	timeText := func(t time.Time) string {
		switch {
		case t.IsZero():
			return ""
		case opt.Floating:
			return t.Format(floatingLayout)
		}
		return rfc3339(t)
	}
	place := func(p model.Place) *jsonPlace {
		return &jsonPlace{Day: p.Day, Start: timeText(p.Start), End: timeText(p.End), Room: exportLine(p.Room)}
	}
	entries := func(list []model.Change, moved, changed bool) []jsonChange {
		out := make([]jsonChange, 0, len(list))
		for _, ch := range list {
			e := jsonChange{
				Key: exportLine(ch.Key), Title: exportLine(ch.Title),
				Day: ch.Place.Day, Start: timeText(ch.Place.Start), Room: exportLine(ch.Place.Room),
			}
			if moved {
				e.From, e.To = place(ch.From), place(ch.To)
			}
			if changed {
				e.Fields = ch.Fields
			}
			out = append(out, e)
		}
		return out
	}
	doc := jsonChanges{
		New:       entries(c.NewSessions(), false, false),
		Cancelled: entries(c.CancelledSessions(), false, false),
		Moved:     entries(c.MovedSessions(), true, false),
		Changed:   entries(c.ChangedSessions(), false, true),
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// WriteChangesText writes the changes for a person: a line that sums
// them up, then the talks of each kind, new, cancelled, moved (from its
// old slot to its new one) and changed (naming what changed).
func WriteChangesText(w io.Writer, c model.Changes, opt ChangesOptions) error {
	bw := bufio.NewWriter(w)
	name := exportLine(opt.Conference)
	if name == "" {
		name = "The programme"
	}
	summary := c.Summary(model.BookmarkSet{})
	if summary == "" {
		bw.WriteString(name + ": nothing changed\n")
		return bw.Flush()
	}
	bw.WriteString(name + ": " + summary + "\n")
	section := func(heading string, list []model.Change, line func(model.Change) string) {
		if len(list) == 0 {
			return
		}
		bw.WriteString("\n" + heading + "\n")
		for _, ch := range list {
			bw.WriteString("  " + line(ch) + "\n")
		}
	}
	where := func(ch model.Change) string {
		return joinParts(exportLine(ch.Place.Label()), exportLine(ch.Title))
	}
	section("New", c.NewSessions(), where)
	section("Cancelled", c.CancelledSessions(), where)
	section("Moved", c.MovedSessions(), func(ch model.Change) string {
		return exportLine(ch.Title) + ": " + exportLine(ch.From.Label()) + " → " + exportLine(ch.To.Label())
	})
	section("Changed", c.ChangedSessions(), func(ch model.Change) string {
		return where(ch) + " (" + strings.Join(ch.Fields, ", ") + ")"
	})
	return bw.Flush()
}

// joinParts joins the parts that are not empty with " · ".
func joinParts(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " · ")
}
