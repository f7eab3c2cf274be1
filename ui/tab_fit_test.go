package ui

import (
	"strings"
	"testing"
)

// seedTabs are the built-in page's tabs, as the bar writes them, with
// the first one active.
func seedTabs() []tabParts {
	return []tabParts{
		{number: "1 ", name: "All", count: "59", keep: true, fixed: true},
		{number: "2 ", name: "Keynotes", count: "3"},
		{number: "3 ", name: "Core Kafka", count: "14"},
		{number: "4 ", name: "Event-Driven Development", count: "14"},
		{number: "5 ", name: "Stream Processing", count: "14"},
		{number: "6 ", name: "Use Cases", count: "14"},
		{number: "0 ", name: "★ Bookmarks", count: "0", keep: true, fixed: true},
	}
}

// drawTabs writes the tabs in form f as plain text, one space apart.
func drawTabs(tabs []tabParts, f tabForm) string {
	var out []string
	for _, t := range tabs {
		name, count := t.label(f, "…")
		s := t.number + name
		if count != "" {
			s += " " + count
		}
		out = append(out, s)
	}
	return strings.Join(out, " | ")
}

// TestFitTabs: the bar drops counts, then cuts names, before it scrolls.
func TestFitTabs(t *testing.T) {
	filtered := seedTabs()
	filtered[3].count, filtered[3].keep = "12/14", true
	activeLong := seedTabs()
	activeLong[0].keep, activeLong[0].fixed = false, false
	activeLong[3].keep, activeLong[3].fixed = true, true
	for _, tt := range []struct {
		name  string
		tabs  []tabParts
		width int
		fits  bool
		want  string
	}{
		{"wide: every count", seedTabs(), 130, true,
			"1 All 59 | 2 Keynotes 3 | 3 Core Kafka 14 | 4 Event-Driven Development 14 | 5 Stream Processing 14 | 6 Use Cases 14 | 0 ★ Bookmarks 0"},
		{"120: the counts of the others go", seedTabs(), 120, true,
			"1 All 59 | 2 Keynotes | 3 Core Kafka | 4 Event-Driven Development | 5 Stream Processing | 6 Use Cases | 0 ★ Bookmarks 0"},
		{"a filter's matches stay", filtered, 120, true,
			"1 All 59 | 2 Keynotes | 3 Core Kafka | 4 Event-Driven Develo… 12/14 | 5 Stream Processing | 6 Use Cases | 0 ★ Bookmarks 0"},
		{"100: long names are cut", seedTabs(), 100, true,
			"1 All 59 | 2 Keynotes | 3 Core Kafka | 4 Event-Drive… | 5 Stream Proc… | 6 Use Cases | 0 ★ Bookmarks 0"},
		{"the active tab's name stays whole", activeLong, 110, true,
			"1 All | 2 Keynotes | 3 Core Kafka | 4 Event-Driven Development 14 | 5 Stream Proc… | 6 Use Cases | 0 ★ Bookmarks 0"},
		{"80: nothing fits, it scrolls without the others' counts", seedTabs(), 80, false,
			"1 All 59 | 2 Keynotes | 3 Core Kafka | 4 Event-Driven Development | 5 Stream Processing | 6 Use Cases | 0 ★ Bookmarks 0"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, fits := fitTabs(tt.tabs, tt.width, "…")
			if fits != tt.fits {
				t.Errorf("fits %v, want %v", fits, tt.fits)
			}
			if got := drawTabs(tt.tabs, f); got != tt.want {
				t.Errorf("tabs\n%s\nwant\n%s", got, tt.want)
			}
			if fits {
				total := 0
				for _, tab := range tt.tabs {
					total += tab.width(f, "…")
				}
				if total > tt.width {
					t.Errorf("the tabs take %d cells of %d", total, tt.width)
				}
			}
		})
	}
}

// At 120 columns the built-in page's tabs all show, Use Cases too, with
// no arrow.
func TestSeedTabsFitAt120(t *testing.T) {
	h := newHarness(t, 120, 40)
	bar := h.line(1)
	for _, want := range []string{"Keynotes", "Core Kafka", "Event-Driven Development", "Stream Processing", "Use Cases", "★ Bookmarks"} {
		if !strings.Contains(bar, want) {
			t.Fatalf("the tab bar lacks %q: %q", want, bar)
		}
	}
	if strings.ContainsAny(bar, "‹›") {
		t.Fatalf("the tab bar scrolls although every tab fits: %q", bar)
	}
}
