package ui

import (
	"strings"
	"testing"
)

// Before the first talk of the day, Now lists what starts within the
// hour, as it does between talks, and the browser opens on it.
func TestNowBeforeTheFirstTalk(t *testing.T) {
	for _, tt := range []struct {
		name string
		opt  func(t *testing.T) harnessOption
		want []string
	}{
		{"fixture 09:05", func(t *testing.T) harnessOption { return withTwoRooms(t, "2031-03-15 09:05") },
			[]string{"Starting within the hour", "Aula", "Opening of Harbour Days", "in 25 min", "Tides in the data centre", "in 55 min"}},
		{"FOSDEM Sat 09:05", func(t *testing.T) harnessOption {
			return withSample(t, "fosdem-2026.schedule.xml", "2026-01-31 09:05")
		}, []string{"Janson", "Welcome to FOSDEM 2026", "in 25 min"}},
		{"DDD Melbourne 08:30", func(t *testing.T) harnessOption {
			return withSample(t, "ddd-melbourne-2025.sessionize-all.json", "2025-02-22 08:30")
		}, []string{"Main hall", "Emerging trends in robotics", "in 30 min"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, 120, 40, tt.opt(t))
			if got := h.crumb(); !strings.HasSuffix(got, "› Now") {
				t.Fatalf("with a talk starting within the hour the browser opens on Now; crumb %q", got)
			}
			list := h.listText()
			for _, want := range tt.want {
				if !strings.Contains(list, want) {
					t.Fatalf("Now lacks %q:\n%s", want, list)
				}
			}
			if strings.Contains(list, "has not begun") {
				t.Fatalf("Now says the conference has not begun while a talk starts within the hour:\n%s", list)
			}
		})
	}
}
