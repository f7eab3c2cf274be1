package ui

import (
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// newWindowSource lists the talks on at some time in a window of a
// conference day (Timeline.On), as w and the agenda's free rows open it:
// "Sat 15 14:00–15:00".
func newWindowSource(c *common, date string, w model.Window) *talksSource {
	name := model.DayLabel(date) + " " + windowLabel(c, w)
	ref := placeRef{Kind: kindWindow, Name: windowRefName(date, w)}
	s := newTalksSource(c, ref, name, fixedItems(c.times.tl.On(w)), true)
	s.none = "No talks on " + name + "."
	return s
}

// windowRefName names a window in the state file: its day and its bounds.
func windowRefName(date string, w model.Window) string {
	return date + " " + w.From.Format(time.RFC3339) + " " + w.To.Format(time.RFC3339)
}

// windowFromRef reads windowRefName back.
func windowFromRef(c *common, name string) (string, model.Window, bool) {
	parts := strings.Fields(name)
	if len(parts) != 3 {
		return "", model.Window{}, false
	}
	from, err1 := time.Parse(time.RFC3339, parts[1])
	to, err2 := time.Parse(time.RFC3339, parts[2])
	if err1 != nil || err2 != nil || to.Before(from) {
		return "", model.Window{}, false
	}
	loc := c.times.tl.Location()
	return parts[0], model.Window{From: from.In(loc), To: to.In(loc)}, true
}

// windowLabel is "14:00–15:00", with the theme's dash.
func windowLabel(c *common, w model.Window) string {
	return strings.ReplaceAll(c.times.frame().WindowLabel(w), "–", c.styles.G.Dash)
}
