package model

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strconv"
	"time"
)

// Snapshot is what is kept of a version of a programme to tell later what
// changed: each session's key fields. An abstract is kept as a digest, so
// a snapshot stays small next to the programme it stands for.
type Snapshot struct {
	Sessions []SeenSession `json:"sessions"`
	// Kept are the sessions gone from the programme that were kept because
	// they were bookmarked (Session.Gone): they stay, read as cancelled,
	// after the change that took them away has been seen (KeepSeen).
	Kept []SeenSession `json:"kept,omitempty"`
}

// SeenSession is one session of a snapshot.
type SeenSession struct {
	ID        string    `json:"id"`
	Key       string    `json:"key"`
	Title     string    `json:"title"`
	Subtitle  string    `json:"subtitle,omitempty"`
	Speakers  []string  `json:"speakers,omitempty"`
	Track     string    `json:"track,omitempty"`
	Language  string    `json:"language,omitempty"`
	Abstract  string    `json:"abstract,omitempty"`
	Day       string    `json:"day,omitempty"`
	Start     time.Time `json:"start,omitzero"`
	End       time.Time `json:"end,omitzero"`
	Room      string    `json:"room,omitempty"`
	Cancelled bool      `json:"cancelled,omitempty"`
}

// SnapshotOf takes the snapshot of a programme. Sessions kept only
// because they are bookmarked (Session.Gone) are not part of it: they are
// its Kept.
func SnapshotOf(s *Schedule) Snapshot {
	out := Snapshot{Sessions: make([]SeenSession, 0, len(s.Sessions))}
	for i := range s.Sessions {
		sess := &s.Sessions[i]
		seen := SeenSession{
			ID: sess.ID, Key: sess.Key, Title: sess.Title, Subtitle: sess.Subtitle,
			Track: sess.Track, Language: sess.Language, Abstract: digest(sess.Abstract),
			Day: sess.Day, Start: sess.Start, End: sess.End, Room: sess.Room,
			Cancelled: sess.Cancelled(),
		}
		if seen.Key == "" {
			seen.Key = sess.ID
		}
		for _, sp := range sess.Speakers {
			seen.Speakers = append(seen.Speakers, sp.Name)
		}
		if sess.Gone {
			seen.Cancelled = false // as it was last seen in the programme
			out.Kept = append(out.Kept, seen)
			continue
		}
		out.Sessions = append(out.Sessions, seen)
	}
	return out
}

// digest stands for an abstract: equal texts give equal digests.
func digest(text string) string {
	if text == "" {
		return ""
	}
	h := fnv.New64a()
	h.Write([]byte(text))
	return strconv.FormatUint(h.Sum64(), 36)
}

func (s *SeenSession) slot() Place {
	return Place{Day: s.Day, Start: s.Start, End: s.End, Room: s.Room}
}

// Session stands in for a session gone from the programme: what was seen of
// it, marked Gone. Its abstract is not kept.
func (s *SeenSession) Session() Session {
	out := Session{
		ID: s.ID, Key: s.Key, Title: s.Title, Subtitle: s.Subtitle, Track: s.Track,
		Language: s.Language, Day: s.Day, Start: s.Start, End: s.End, Room: s.Room, Gone: true,
	}
	for _, name := range s.Speakers {
		out.Speakers = append(out.Speakers, Speaker{Name: name})
	}
	return out
}

// KeepGone adds to s the sessions gone from it that keep must not lose
// (the bookmarked ones), marked Gone, in time order. A gone session whose
// id the programme now uses for another is left out: the bookmark then
// stays on the id.
func KeepGone(s *Schedule, changes Changes, keep func(id string) bool) {
	var gone []*SeenSession
	for _, ch := range changes.List {
		if ch.Gone && ch.Was != nil {
			gone = append(gone, ch.Was)
		}
	}
	keepSessions(s, gone, keep)
}

// KeepSeen adds to s the sessions the version last seen kept because
// they were bookmarked (Snapshot.Kept), as KeepGone does: a cancelled
// talk stays after its change was seen, until its bookmark is removed.
func KeepSeen(s *Schedule, seen Snapshot, keep func(id string) bool) {
	gone := make([]*SeenSession, len(seen.Kept))
	for i := range seen.Kept {
		gone[i] = &seen.Kept[i]
	}
	keepSessions(s, gone, keep)
}

func keepSessions(s *Schedule, gone []*SeenSession, keep func(id string) bool) {
	have := make(map[string]bool, len(s.Sessions))
	for i := range s.Sessions {
		have[s.Sessions[i].ID] = true
	}
	added := false
	for _, was := range gone {
		if have[was.ID] || !keep(was.ID) {
			continue
		}
		s.Sessions = append(s.Sessions, was.Session())
		have[was.ID] = true
		added = true
	}
	if added && s.Timed() {
		SortByTime(s)
	} else if added {
		s.Sessions = slices.Clip(s.Sessions)
	}
}

// WriteJSON writes the snapshot as encoding/json would, a session at a
// time, so that writing a large programme's never holds the whole text.
func (s Snapshot) WriteJSON(w io.Writer) error {
	if _, err := io.WriteString(w, `{"sessions":[`); err != nil {
		return err
	}
	for i := range s.Sessions {
		b, err := json.Marshal(&s.Sessions[i])
		if err != nil {
			return err
		}
		if i > 0 {
			b = append([]byte{','}, b...)
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "]}\n")
	return err
}

// ReadSnapshotJSON reads what WriteJSON wrote, a session at a time.
func ReadSnapshotJSON(r io.Reader) (Snapshot, error) {
	dec := json.NewDecoder(r)
	var s Snapshot
	expect := func(want json.Delim) error {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		if d, ok := tok.(json.Delim); !ok || d != want {
			return fmt.Errorf("want %v, found %v", want, tok)
		}
		return nil
	}
	if err := expect('{'); err != nil {
		return s, err
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return s, err
		}
		if tok != "sessions" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return s, err
			}
			continue
		}
		if err := expect('['); err != nil {
			return s, err
		}
		for dec.More() {
			var seen SeenSession
			if err := dec.Decode(&seen); err != nil {
				return s, err
			}
			s.Sessions = append(s.Sessions, seen)
		}
		if err := expect(']'); err != nil {
			return s, err
		}
	}
	return s, expect('}')
}
