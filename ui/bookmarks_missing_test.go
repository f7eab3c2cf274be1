package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestBookmarksNoLongerInProgramme: bookmarks that name no talk are
// counted on the Bookmarks tab, on a page without times (whose tab lists
// talks) as on the agenda; a tab with no other bookmark says only that.
func TestBookmarksNoLongerInProgramme(t *testing.T) {
	tests := []struct {
		name  string
		opts  []harnessOption
		marks []string
		want  string
	}{
		{"page, one gone", nil, []string{"is-kafka-a-database", "a-talk-since-cancelled"},
			"1 bookmarked talk is no longer in the programme"},
		{"page, only gone ones", nil, []string{"gone-one", "gone-two"},
			"2 bookmarked talks are no longer in the programme."},
		{"agenda, one gone", []harnessOption{withSchedule(untrackedSchedule())}, []string{"910001", "gone"},
			"1 bookmarked talk is no longer in the programme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, 120, 40, append(tt.opts, withBookmarks(tt.marks...))...)
			h.press("0")
			if screen := ansi.Strip(h.screen()); !strings.Contains(screen, tt.want) {
				t.Errorf("%q not shown:\n%s", tt.want, screen)
			}
		})
	}
}
