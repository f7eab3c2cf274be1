package export

import (
	"fmt"
	"slices"
	"strings"

	"github.com/summit-tui/summit-tui/model"
)

// scheduleDiff lists, one per line, every field an export must carry in
// which got differs from want, naming the session; it is empty when they
// are equal.
func scheduleDiff(got, want model.Schedule) string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if got.Conference != want.Conference {
		add("conference = %q, want %q", got.Conference, want.Conference)
	}
	if !slices.Equal(got.Tracks, want.Tracks) {
		add("tracks = %q, want %q", got.Tracks, want.Tracks)
	}
	if len(got.Sessions) != len(want.Sessions) {
		add("%d sessions, want %d", len(got.Sessions), len(want.Sessions))
		return strings.Join(out, "\n")
	}
	for i := range want.Sessions {
		g, w := got.Sessions[i], want.Sessions[i]
		at := fmt.Sprintf("session %d (%q)", i, w.Title)
		if g.ID != w.ID {
			add("%s: id = %q, want %q", at, g.ID, w.ID)
		}
		if g.Title != w.Title {
			add("%s: title = %q, want %q", at, g.Title, w.Title)
		}
		if g.Track != w.Track {
			add("%s: track = %q, want %q", at, g.Track, w.Track)
		}
		if !slices.Equal(g.Speakers, w.Speakers) {
			add("%s: speakers = %q, want %q", at, g.Speakers, w.Speakers)
		}
		if g.Abstract != w.Abstract {
			add("%s: abstract =\n%q\nwant\n%q", at, g.Abstract, w.Abstract)
		}
	}
	return strings.Join(out, "\n")
}
