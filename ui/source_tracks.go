package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// tracksSource is the tracks index: every track, in the page's order,
// with its number of talks and, with times, its days. A conference with
// more tracks than the number keys reach (FOSDEM has dozens) is browsed
// here; enter goes to the track's tab.
type tracksSource struct {
	c   *common
	all []int
}

func newTracksSource(c *common) *tracksSource {
	return &tracksSource{c: c, all: seq(len(c.idx.Schedule().Tracks))}
}

func (s *tracksSource) track(item int) string { return s.c.idx.Schedule().Tracks[item] }

func (s *tracksSource) ref() placeRef          { return placeRef{Kind: kindTracks} }
func (s *tracksSource) crumb() string          { return "Tracks" }
func (s *tracksSource) version() int           { return 0 }
func (s *tracksSource) noun() (string, string) { return "track", "tracks" }
func (s *tracksSource) empty() string          { return "This page names no tracks." }
func (s *tracksSource) placeholder() string    { return "a track's name" }
func (s *tracksSource) key(item int) string    { return s.track(item) }
func (s *tracksSource) items() []int           { return s.all }

func (s *tracksSource) find(name string) (int, bool) {
	for i, t := range s.c.idx.Schedule().Tracks {
		if t == name {
			return i, true
		}
	}
	return 0, false
}

// text is the track and its talks: "AI Plumbers", "19 talks · Sat 31".
func (s *tracksSource) text(item int) (title, desc string) {
	name := s.track(item)
	desc = plural(len(s.c.idx.Track(name)), "talk", "talks")
	if days := s.days(name); len(days) > 0 {
		desc += s.c.styles.G.Dot + strings.Join(days, ", ")
	}
	return name, desc
}

// days are the conference days the track has talks on, as the tabs name
// them.
func (s *tracksSource) days(name string) []string {
	var days []string
	for _, i := range s.c.idx.Track(name) {
		if d := model.SessionDay(s.c.idx.Session(i)); d != "" {
			days = append(days, model.DayLabel(d))
		}
	}
	return dedupe(days)
}

// searcher matches the tracks' names, in the index's order.
func (s *tracksSource) searcher() searchFunc {
	tracks := s.c.idx.Schedule().Tracks
	return func(candidates []int, q model.Query) []row {
		out := []row{} // not nil: nil is no filter at all
		for _, i := range candidates {
			if i < 0 || i >= len(tracks) {
				continue
			}
			if mt, ok := model.MatchText(tracks[i], q); ok && len(q.Filters()) == 0 {
				out = append(out, row{item: i, titleHits: mt.Hits})
			}
		}
		return out
	}
}

// open is the track's tab.
func (s *tracksSource) open(item int) (listSource, bool) {
	return sourceFor(s.c, placeRef{Kind: kindTrack, Name: s.track(item)})
}

func (s *tracksSource) talk(int) (*model.Session, bool) { return nil, false }

func (s *tracksSource) people(int) []string    { return nil }
func (s *tracksSource) companies(int) []string { return nil }

func (s *tracksSource) offers(int) (people, companies bool) { return false, false }

func (s *tracksSource) detail(item int, width int, q model.Query) string {
	st := s.c.styles
	name := s.track(item)
	wrap := detailWrap(width)
	lines := []string{wrap.Render(highlightQuery(name, q, st.DetailTitle, st.Match))}
	if days := s.days(name); len(days) > 0 {
		lines = append(lines, wrap.Render(st.DetailLabel.Render("Days ")+st.DetailText.Render(strings.Join(days, ", "))))
	}
	lines = append(lines, st.DetailLabel.Render(talksHint(len(s.c.idx.Track(name)))))
	return strings.Join(lines, "\n")
}

func (s *tracksSource) body(item int) itemBody {
	return itemBody{talks: s.c.idx.Track(s.track(item))}
}

// openTracks opens the tracks index, on the selected talk's track or the
// track whose tab this is.
func (m *Model) openTracks() tea.Cmd {
	return m.openIndexOn(kindTracks, kindTrack, func(s *model.Session) string { return s.Track },
		func(c *common) listSource { return newTracksSource(c) })
}
