package main

// The budget for a schedule with a 50 MiB title: it opens to a first
// frame within a second, and keys stay within 1.5× the minimal program's
// p90. These time reading (data.OpenBytes) and the browser's own work
// (New, the first layout and View; Update and View per key) at 120×40,
// in both kinds of source a title can come from; the "short" runs are the
// same schedules with a title of a few words, the yardstick for keys.
//
//	go test -run '^$' -bench LongTitle -benchtime 3x -benchmem

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/ui"
)

// longTitleBytes is how long the hostile title is.
const longTitleBytes = 50 << 20

// longTitleSources are a frab schedule and a sessions page, each with
// three talks, the second's title longTitleBytes long, and the same with
// a short title.
func longTitleSources() map[string][]byte {
	sources := map[string][]byte{}
	for name, raw := range titledSources(strings.Repeat("Aurora ", longTitleBytes/7)) {
		sources[name+"/long"] = raw
	}
	for name, raw := range titledSources("Aurora Borealis") {
		sources[name+"/short"] = raw
	}
	return sources
}

func titledSources(title string) map[string][]byte {
	frab := frabXML(
		frabTalk{"1", "10:30", "00:50", "Aurora Hall", "Rust on Tiny Boards"},
		frabTalk{"2", "12:00", "00:30", "Polar Room", title},
		frabTalk{"3", "14:00", "00:30", "Polar Room", "Snow Sensors"})
	page := "Polar Conf 2030\n\nView sessions and slides from Polar Conf 2030\n\n" +
		"Rust on Tiny Boards\n\n  • Ada Lovelace, Analytical Engines\n\nBoards.\n\n" +
		title + "\n\n  • Edgar Codd, IBM Research\n\nA long one.\n\n" +
		"Snow Sensors\n\n  • Grace Hopper, US Navy\n\nSnow.\n"
	return map[string][]byte{"frab-xml": []byte(frab), "page": []byte(page)}
}

func BenchmarkLongTitle(b *testing.B) {
	for name, raw := range longTitleSources() {
		b.Run(name+"/open-first-frame", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m := openFirstFrame(b, raw)
				_ = m
			}
		})
		b.Run(name+"/keys", func(b *testing.B) {
			m := openFirstFrame(b, raw)
			keys := []tea.KeyPressMsg{{Code: 'j', Text: "j"}, {Code: 'k', Text: "k"}}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				m.Update(keys[i%2])
				_ = m.View()
				i++
			}
		})
	}
}

// openFirstFrame reads raw and draws the browser's first frame, as
// starting summit-tui on it does.
func openFirstFrame(b *testing.B, raw []byte) *ui.Model {
	opened, err := data.OpenBytes("long.txt", raw, data.OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	m, _ := ui.New(ui.Config{Schedule: opened.Schedule, Theme: ui.ThemeDark, Env: []string{"TERM=xterm-256color"}})
	_ = m.Init()
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if !strings.Contains(m.View().Content, "Polar Conf 2030") {
		b.Fatal("no conference name on the first frame")
	}
	return m
}
