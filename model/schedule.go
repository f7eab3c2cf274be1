// Package model is the domain of summit-tui: a conference schedule, its
// sessions and speakers, the indexes used to browse them, search and the
// bookmark set. It depends on the standard library only.
package model

// Speaker is one person presenting a session.
type Speaker struct {
	Name    string `json:"name"`
	Company string `json:"company"`
}

// Session is one talk in the programme.
type Session struct {
	// ID is a slug of the title, unique within its schedule.
	ID    string `json:"id"`
	Title string `json:"title"`
	Track string `json:"track"`
	// Speakers in page order; a session may have none.
	Speakers []Speaker `json:"speakers"`
	// Abstract is plain text: paragraphs separated by one blank line, list
	// items one per line as "- item" or "1. item". Empty when the page has
	// no abstract for the talk.
	Abstract string `json:"abstract"`
}

// Schedule is a whole conference programme.
type Schedule struct {
	Conference string `json:"conference"`
	// Tracks in page order.
	Tracks []string `json:"tracks"`
	// Sessions in page order, grouped by track.
	Sessions []Session `json:"sessions"`
}

// Only returns the schedule reduced to the sessions kept, in programme
// order, with the tracks that still hold a session.
func (s Schedule) Only(keep BookmarkSet) Schedule {
	out := Schedule{Conference: s.Conference}
	hasTrack := map[string]bool{}
	for _, sess := range s.Sessions {
		if keep.Has(sess.ID) {
			out.Sessions = append(out.Sessions, sess)
			hasTrack[sess.Track] = true
		}
	}
	for _, t := range s.Tracks {
		if hasTrack[t] {
			out.Tracks = append(out.Tracks, t)
		}
	}
	return out
}
