package ui

import (
	"strings"

	"github.com/summit-tui/summit-tui/model"
)

// The model's labels join their parts with " · " and "–"; the browser
// draws them with the theme's glyphs, so the ascii theme stays ASCII.

// rowLabel is what a list row says of a talk's time and place, in the
// zone shown: "Sat 10:30 · Janson".
func rowLabel(f model.TimeFrame, sess *model.Session, g Glyphs) string {
	var parts []string
	if sess.Timed() {
		parts = append(parts, startLabel(f, sess))
	}
	if sess.Room != "" {
		parts = append(parts, sess.Room)
	}
	return strings.Join(parts, g.Dot)
}

// startLabel is a talk's weekday and start in the zone shown: "Sat
// 10:30". A talk after midnight reads as the morning it is.
func startLabel(f model.TimeFrame, sess *model.Session) string {
	return f.In(sess.Start).Format("Mon 15:04")
}

// spanLabel is a talk's times in the zone shown: "10:30–11:15", or the
// start alone when its end is unknown.
func spanLabel(f model.TimeFrame, sess *model.Session, g Glyphs) string {
	if !sess.Timed() {
		return ""
	}
	if _, ok := model.SessionLength(sess); !ok {
		return f.Clock(sess.Start)
	}
	return f.Clock(sess.Start) + g.Dash + f.Clock(sess.End)
}

// whenLabel is a talk's day, times and length: "Sat 15 March, 10:00–10:45
// (45 min)". The day is the start's in the zone shown.
func whenLabel(f model.TimeFrame, sess *model.Session, g Glyphs) string {
	if !sess.Timed() {
		return ""
	}
	out := f.In(sess.Start).Format("Mon 2 January") + ", " + spanLabel(f, sess, g)
	if d, ok := model.SessionLength(sess); ok {
		out += " (" + model.FormatDuration(d) + ")"
	}
	return out
}
