package ui

// The grid at FOSDEM's size: 30 rooms and 450 talks a day. Each move is
// Update and View, as a key press costs the browser before Bubble Tea
// diffs the frame.
//
//	go test ./ui -run '^$' -bench Grid -benchmem

import (
	"sync"
	"testing"

	"github.com/summit-tui/summit-tui/bench/frabgen"
	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
)

// fosdemTalks is two days of 30 rooms of 15 talks.
const fosdemTalks = 900

var fosdemSchedule = sync.OnceValues(func() (model.Schedule, error) {
	o, err := data.OpenBytes("fosdem-like.xml", frabgen.Generate(fosdemTalks), data.OpenOptions{})
	return o.Schedule, err
})

func fosdemGrid(b *testing.B, keys ...string) *harness {
	s, err := fosdemSchedule()
	if err != nil {
		b.Fatal(err)
	}
	h := newHarness(b, benchWidth, benchHeight, withSchedule(s), withTheme(ThemeDark))
	h.press("v")
	if h.m.shownGrid() == nil {
		b.Fatal("v showed no grid")
	}
	h.press(keys...)
	return h
}

func BenchmarkGrid(b *testing.B) {
	// Pairs of keys that undo each other, so every press changes the view.
	for _, c := range []struct {
		name   string
		setup  []string
		keys   [2]string
		across bool
	}{
		{name: "down_up", setup: []string{"l", "l", "l", "j", "j"}, keys: [2]string{"j", "k"}},
		{name: "right_left", setup: []string{"j", "j", "j", "l", "l"}, keys: [2]string{"l", "h"}},
		{name: "page", setup: []string{"l", "l"}, keys: [2]string{"pgdown", "pgup"}},
		{name: "across_right_left", setup: []string{"x", "j", "j", "l", "l"}, keys: [2]string{"l", "h"}},
		{name: "across_down_up", setup: []string{"x", "j", "j", "l", "l"}, keys: [2]string{"j", "k"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			h := fosdemGrid(b, c.setup...)
			msgs := [2]any{keyPress(c.keys[0]), keyPress(c.keys[1])}
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				_, cmd := h.m.Update(msgs[n%2])
				_ = h.m.View()
				n++
				b.StopTimer()
				h.run(cmd)
				b.StartTimer()
			}
		})
	}
	b.Run("redraw", func(b *testing.B) {
		// A frame drawn afresh (a bookmark changed, say), not from the cache.
		h := fosdemGrid(b, "l", "l", "j")
		b.ReportAllocs()
		for b.Loop() {
			h.m.c.marks.version++
			_ = h.m.View()
		}
	})
	b.Run("layout", func(b *testing.B) {
		// The day laid out again, as after a resize or a room hidden.
		h := fosdemGrid(b)
		g := h.m.shownGrid()
		b.ReportAllocs()
		for b.Loop() {
			g.prefs.version++
			_ = g.layout()
		}
	})
}
