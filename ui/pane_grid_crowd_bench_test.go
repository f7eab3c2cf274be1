package ui

// The grid on a day with 100,000 talks in one room at one time: v, and
// a move, each as Update and View.
//
//	go test ./ui -run '^$' -bench GridCrowd -benchmem -benchtime 3x -count 5

import (
	"testing"
)

func BenchmarkGridCrowd(b *testing.B) {
	b.Run("v", func(b *testing.B) {
		h := crowdGrid(b, benchWidth, benchHeight)
		g := h.m.shownGrid()
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			h.press("v") // back to the list
			g.prefs.version++
			b.StartTimer()
			_, cmd := h.m.Update(keyPress("v"))
			_ = h.m.View()
			b.StopTimer()
			h.run(cmd)
			b.StartTimer()
		}
	})
	for _, c := range []struct {
		name  string
		setup []string
		keys  [2]string
	}{
		{name: "right_left", keys: [2]string{"l", "h"}},
		{name: "down_up", keys: [2]string{"j", "k"}},
		{name: "across_down_up", setup: []string{"x"}, keys: [2]string{"j", "k"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			h := crowdGrid(b, benchWidth, benchHeight, c.setup...)
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
	b.Run("pane_down_up", func(b *testing.B) {
		// The grid's own part of a move, without the rest of the screen
		// (the tab bar counts the day's talks and bookmarks each frame).
		h := crowdGrid(b, benchWidth, benchHeight)
		g := h.m.shownGrid()
		msgs := [2]any{keyPress("j"), keyPress("k")}
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			_, _ = g.Update(msgs[n%2])
			_ = g.View()
			n++
		}
	})
	b.Run("q", func(b *testing.B) {
		// q on the grid, up to the command that ends the program: the
		// state and bookmarks are saved with the grid as it is.
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			h := crowdGrid(b, benchWidth, benchHeight, "l")
			b.StartTimer()
			_, cmd := h.m.Update(keyPress("q"))
			b.StopTimer()
			h.run(cmd)
			b.StartTimer()
		}
	})
}
