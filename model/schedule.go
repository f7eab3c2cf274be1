// Package model is the domain of summit-tui: a conference schedule, its
// sessions and speakers, the indexes used to browse them, search and the
// bookmark set. It depends on the standard library and x/text only.
package model

import "time"

// Speaker is one person presenting a session.
type Speaker struct {
	Name string `json:"name"`
	// Company is empty where the source names none.
	Company string `json:"company"`
	// Bio is plain text like Session.Abstract; empty when unknown.
	Bio string `json:"bio,omitempty"`
}

// Link is a titled URL attached to a session: slides, a recording, a chat
// room.
type Link struct {
	Title string `json:"title"`
	URL   string `json:"url"`
}

// Session is one talk (or any other slot) in the programme.
type Session struct {
	// ID is unique within its schedule and is what bookmarks store. It is
	// Key, unless another session has the same Key: then the later ones
	// (in programme order) get "-2", "-3"….
	ID string `json:"id"`
	// Key is the source's stable name for the session: its guid, else its
	// code, else its id; without one, SlotKey of its title, start and
	// room (the slug of its title when it has neither).
	Key string `json:"-"`
	// SourceID is the source's own id (frab's id attribute), which other
	// apps' share links and exports name talks by; empty when it has none.
	SourceID string `json:"-"`
	// Code is the pretalx submission code, which pretalx's calendars name
	// talks by; empty when the source gives none.
	Code     string `json:"-"`
	Title    string `json:"title"`
	Subtitle string `json:"-"`
	Track    string `json:"track"`
	// Speakers in source order; a session may have none.
	Speakers []Speaker `json:"speakers"`
	// Abstract is plain text: paragraphs separated by one blank line, list
	// items one per line as "- item" or "1. item". Empty when the source
	// has no abstract for the talk. A source's separate description
	// follows the abstract as further paragraphs.
	Abstract string `json:"abstract"`

	// Start and End are in the schedule's zone (Schedule.Location). Zero
	// when the source gives no time; End is zero when neither an end nor a
	// duration is known.
	Start time.Time `json:"-"`
	End   time.Time `json:"-"`
	// Day is the conference day the session belongs to, as Day.Date
	// ("2026-01-31"): a talk at 00:30 after a long first evening belongs
	// to the first day. Empty when the source has no days.
	Day  string `json:"-"`
	Room string `json:"-"`
	Type string `json:"-"`
	// Level is the audience level the source gives ("Intermediate");
	// empty when it gives none.
	Level string `json:"-"`
	// Tags are the topics the source files the session under; nil when
	// it gives none.
	Tags     []string `json:"-"`
	Language string   `json:"-"`
	Links    []Link   `json:"-"`
	// DoNotRecord is the speakers' wish that the session not be recorded.
	DoNotRecord bool `json:"-"`
	// Gone marks a session the current version of the programme no longer
	// has, kept (from the version last seen) because it is bookmarked: it
	// reads as cancelled until the bookmark is removed.
	Gone bool `json:"-"`
}

// Timed reports whether the session has a start time.
func (s *Session) Timed() bool { return !s.Start.IsZero() }

// Day is one conference day. Its bounds may run past midnight.
type Day struct {
	Date  string    // "2026-01-31"
	Start time.Time // zero when the source gives no bounds
	End   time.Time
}

// Schedule is a whole conference programme.
type Schedule struct {
	Conference string `json:"conference"`
	// Key names the conference in the bookmarks file: the source's
	// acronym where it has one, an id or digest of its content where it
	// names no conference (Sessionize), else the conference's name.
	Key string `json:"-"`
	// FormerKeys are the names earlier versions of summit-tui kept this
	// schedule's bookmarks under, for moving them to Key.
	FormerKeys []string `json:"-"`
	// FormerIDs maps the ids earlier versions gave sessions to the
	// sessions' ids now, where they differ; nil when none does.
	FormerIDs map[string]string `json:"-"`
	// GlobalIDs reports that session ids are unique beyond this schedule
	// (Sessionize's): bookmarks kept under another key whose ids are
	// mostly this schedule's talks are this schedule's.
	GlobalIDs bool `json:"-"`
	// TimeZone is the IANA name of the conference's zone; empty when
	// unknown.
	TimeZone string `json:"-"`
	// Location is the zone the sessions' times are in. Nil when the
	// schedule has no times.
	Location *time.Location `json:"-"`
	// FloatingTimes reports that the source gave wall-clock times with no
	// zone (Sessionize, floating iCalendar times) and none was chosen with
	// --tz: they are shown as the conference's local times, and nothing
	// converts them. Location is then UTC, standing for that unknown zone:
	// the clock readings are the source's.
	FloatingTimes bool `json:"-"`
	// UTCOnly reports that the source gave its times in UTC and named no
	// zone (an iCalendar file of "…Z" times): Location is UTC, which is
	// not the conference's own zone, and --tz can give that.
	UTCOnly bool `json:"-"`
	// Days in date order; empty when the source has no days.
	Days []Day `json:"-"`
	// Rooms in source order; empty when the source has no rooms.
	Rooms []string `json:"-"`
	// Tracks in source order.
	Tracks []string `json:"tracks"`
	// Sessions in time order when they have times, else in page order.
	Sessions []Session `json:"sessions"`
	// Cuts counts the fields reading cut short and the links it dropped.
	Cuts Cuts `json:"-"`
}

// BookmarkKey is the name the schedule's bookmarks are kept under.
func (s *Schedule) BookmarkKey() string {
	if s.Key != "" {
		return s.Key
	}
	return s.Conference
}

// Timed reports whether any session has a time: the days, rooms and time
// views apply.
func (s *Schedule) Timed() bool {
	for i := range s.Sessions {
		if s.Sessions[i].Timed() {
			return true
		}
	}
	return false
}

// Only returns the schedule reduced to the sessions kept, in programme
// order, with the tracks that still hold a session.
func (s Schedule) Only(keep BookmarkSet) Schedule {
	out := s
	out.Sessions, out.Tracks = nil, nil
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
