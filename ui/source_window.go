package ui

import (
	"slices"
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

// newWindowSource lists the talks on at some time in a window of a
// conference day (Timeline.On), as w and the agenda's free rows open it:
// "Sat 15 14:00–15:00". A scope other than the whole programme keeps the
// list to that list's talks: w on a track's tab lists the track's talks
// in the window, not the day's.
func newWindowSource(c *common, date string, w model.Window, scope placeRef) *talksSource {
	name := model.DayLabel(date) + " " + windowLabel(c, w)
	ref := placeRef{Kind: kindWindow, Name: windowRefName(date, w, scope)}
	on := c.times.tl.On(w)
	none := "No talks on " + name + "."
	if windowScoped(scope) {
		if src, ok := sourceFor(c, scope); ok {
			on = keepTalksOf(c, src, on)
			none = "No talks of " + src.crumb() + " on " + name + "."
		}
	}
	s := newTalksSource(c, ref, name, fixedItems(on), true)
	s.none = none
	return s
}

// windowScoped reports a list that narrows a window: any but the lists of
// the whole programme or of a whole day.
func windowScoped(scope placeRef) bool {
	switch scope.Kind {
	case "", kindAll, kindNow, kindDay, kindWindow:
		return false
	}
	return true
}

// keepTalksOf keeps the sessions of on that list src holds.
func keepTalksOf(c *common, src listSource, on []int) []int {
	in := map[int]bool{}
	for _, item := range src.items() {
		if sess, ok := src.talk(item); ok {
			if i, ok := c.idx.ByID(sess.ID); ok {
				in[i] = true
			}
		}
	}
	return slices.DeleteFunc(slices.Clone(on), func(i int) bool { return !in[i] })
}

// windowRefName names a window in the state file: its day, its bounds
// and, when it keeps to a list, that list.
func windowRefName(date string, w model.Window, scope placeRef) string {
	name := date + " " + w.From.Format(time.RFC3339) + " " + w.To.Format(time.RFC3339)
	if windowScoped(scope) {
		name += " " + scope.Kind + ":" + scope.Name
	}
	return name
}

// windowFromRef reads windowRefName back.
func windowFromRef(c *common, name string) (string, model.Window, placeRef, bool) {
	parts := strings.SplitN(name, " ", 4)
	if len(parts) < 3 {
		return "", model.Window{}, placeRef{}, false
	}
	from, err1 := time.Parse(time.RFC3339, parts[1])
	to, err2 := time.Parse(time.RFC3339, parts[2])
	if err1 != nil || err2 != nil || to.Before(from) {
		return "", model.Window{}, placeRef{}, false
	}
	var scope placeRef
	if len(parts) == 4 {
		kind, rest, ok := strings.Cut(parts[3], ":")
		if !ok {
			return "", model.Window{}, placeRef{}, false
		}
		scope = placeRef{Kind: kind, Name: rest}
	}
	loc := c.times.tl.Location()
	return parts[0], model.Window{From: from.In(loc), To: to.In(loc)}, scope, true
}

// windowLabel is "14:00–15:00", with the theme's dash.
func windowLabel(c *common, w model.Window) string {
	return strings.ReplaceAll(c.times.frame().WindowLabel(w), "–", c.styles.G.Dash)
}
