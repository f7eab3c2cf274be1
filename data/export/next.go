package export

import (
	"encoding/json"
	"io"
	"strconv"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// NextOptions shape what the next command prints.
type NextOptions struct {
	JSON bool
	// Floating writes times without an offset (Schedule.FloatingTimes).
	Floating bool
}

type jsonNext struct {
	Title   string `json:"title"`
	Key     string `json:"key"`
	Start   string `json:"start"`
	End     string `json:"end"`
	Room    string `json:"room"`
	Minutes int    `json:"minutes"`
	Running bool   `json:"running"`
}

// WriteNext writes the running or next bookmarked talk on one line, for
// a shell prompt or a status bar: "in 30 min · 10:30–11:20 · Aurora Hall ·
// Rust on Tiny Boards", "now, 35 min left · …". A talk on another day
// than today has its weekday; one more than a day off says in how many
// days. An end the programme does not give is left out. As JSON: title,
// key, start, end, room, minutes (left, or until the start) and running.
func WriteNext(w io.Writer, n model.NextTalk, opt NextOptions) error {
	t := n.Talk
	if opt.JSON {
		end := t.End
		if !t.EndKnown {
			end = time.Time{}
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(jsonNext{
			Title: exportLine(t.Title), Key: exportLine(t.Key), Room: exportLine(t.Room),
			Start: nextTime(t.Start, opt.Floating), End: nextTime(end, opt.Floating),
			Minutes: n.Minutes, Running: n.Running,
		})
	}
	var when string
	switch left := time.Duration(n.Minutes) * time.Minute; {
	case n.Running && t.EndKnown:
		when = "now, " + model.FormatDuration(left) + " left"
	case n.Running:
		when = "now"
	case left >= 24*time.Hour:
		days := int(left / (24 * time.Hour))
		when = "in " + strconv.Itoa(days) + " days"
		if days == 1 {
			when = "in 1 day"
		}
	default:
		when = "in " + model.FormatDuration(left)
	}
	span := t.Start.Format("15:04")
	if t.EndKnown {
		span += "–" + t.End.Format("15:04")
	}
	if !n.Today {
		span = t.Start.Format("Mon") + " " + span
	}
	_, err := io.WriteString(w, joinParts(when, span, exportLine(t.Room), exportLine(t.Title))+"\n")
	return err
}

func nextTime(t time.Time, floating bool) string {
	switch {
	case t.IsZero():
		return ""
	case floating:
		return t.Format(floatingLayout)
	}
	return rfc3339(t)
}
