package model

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Place is where and when a session takes place.
type Place struct {
	Day   string    `json:"day,omitempty"`
	Start time.Time `json:"start,omitzero"`
	End   time.Time `json:"end,omitzero"`
	Room  string    `json:"room,omitempty"`
}

// Label reads a slot as a person would: "Fri 10:30 · Aurora Hall".
func (s Place) Label() string {
	var parts []string
	if !s.Start.IsZero() {
		parts = append(parts, s.Start.Format("Mon 15:04"))
	} else if s.Day != "" {
		parts = append(parts, DayLabel(s.Day))
	}
	if s.Room != "" {
		parts = append(parts, s.Room)
	}
	return strings.Join(parts, " · ")
}

func (s Place) same(o Place) bool {
	return s.Day == o.Day && s.Start.Equal(o.Start) && s.End.Equal(o.End) && s.Room == o.Room
}

// ChangeKind is what happened to a session between two versions of a
// programme. A session can be both moved and changed; its Kind is the one
// that matters most to someone who planned to go.
type ChangeKind uint8

const (
	Unchanged ChangeKind = iota
	ChangedKind
	MovedKind
	NewKind
	CancelledKind
)

// String names the kind as lists mark it.
func (k ChangeKind) String() string {
	switch k {
	case NewKind:
		return "new"
	case CancelledKind:
		return "cancelled"
	case MovedKind:
		return "moved"
	case ChangedKind:
		return "changed"
	}
	return ""
}

// Change is what happened to one session.
type Change struct {
	// ID is the session's id in the new version; for a session gone from
	// it, its id in the version compared with.
	ID    string
	Key   string
	Title string
	// Place is where the session is now; for a session gone, where it was.
	Place Place

	New       bool
	Cancelled bool
	// Gone: cancelled by leaving the programme, not by a mark.
	Gone  bool
	Moved bool
	// From and To are the old and new slots of a moved session.
	From, To Place
	// Fields names what changed besides the slot, in a fixed order:
	// title, subtitle, speakers, track, language, abstract, status.
	Fields []string

	// Was is the session as last seen; nil for a new one.
	Was *SeenSession
}

// Kind is the change that matters most: cancelled, new, moved, changed.
func (c Change) Kind() ChangeKind {
	switch {
	case c.Cancelled:
		return CancelledKind
	case c.New:
		return NewKind
	case c.Moved:
		return MovedKind
	case len(c.Fields) > 0:
		return ChangedKind
	}
	return Unchanged
}

// Changes lists what changed between two versions, in the new version's
// time order (sessions gone at their old time).
type Changes struct {
	List []Change
}

// Empty reports that nothing changed.
func (c Changes) Empty() bool { return len(c.List) == 0 }

// Of returns the change of the session with id, if it changed.
func (c Changes) Of(id string) (Change, bool) {
	for _, ch := range c.List {
		if ch.ID == id {
			return ch, true
		}
	}
	return Change{}, false
}

// Marks maps each changed session's id to its kind: what a list row shows.
func (c Changes) Marks() map[string]ChangeKind {
	m := make(map[string]ChangeKind, len(c.List))
	for _, ch := range c.List {
		m[ch.ID] = ch.Kind()
	}
	return m
}

// Select lists the changes that pass keep.
func (c Changes) Select(keep func(Change) bool) []Change {
	var out []Change
	for _, ch := range c.List {
		if keep(ch) {
			out = append(out, ch)
		}
	}
	return out
}

// NewSessions, CancelledSessions, MovedSessions and ChangedSessions list
// the changes of each kind. A session both moved and changed is in both
// of those lists.
func (c Changes) NewSessions() []Change {
	return c.Select(func(ch Change) bool { return ch.New })
}

func (c Changes) CancelledSessions() []Change {
	return c.Select(func(ch Change) bool { return ch.Cancelled })
}

func (c Changes) MovedSessions() []Change {
	return c.Select(func(ch Change) bool { return ch.Moved })
}

func (c Changes) ChangedSessions() []Change {
	return c.Select(func(ch Change) bool { return len(ch.Fields) > 0 && !ch.New && !ch.Cancelled })
}

// Summary says what changed in one line: "1 new · 1 moved · 1 cancelled ·
// 2 of your bookmarks". Empty when nothing changed.
func (c Changes) Summary(marks BookmarkSet) string {
	return strings.Join(c.SummaryParts(marks), " · ")
}

// SummaryParts are the parts of Summary, for a caller that joins them its
// own way.
func (c Changes) SummaryParts(marks BookmarkSet) []string {
	var parts []string
	add := func(n int, what string) {
		if n > 0 {
			parts = append(parts, strconv.Itoa(n)+" "+what)
		}
	}
	add(len(c.NewSessions()), "new")
	add(len(c.MovedSessions()), "moved")
	add(len(c.CancelledSessions()), "cancelled")
	add(len(c.ChangedSessions()), "changed")
	if len(parts) == 0 {
		return nil
	}
	mine := len(c.Select(func(ch Change) bool { return marks.Has(ch.ID) }))
	switch mine {
	case 0:
	case 1:
		parts = append(parts, "1 of your bookmarks")
	default:
		parts = append(parts, strconv.Itoa(mine)+" of your bookmarks")
	}
	return parts
}

// Compare tells what changed from the version last seen (old) to the new
// one. Sessions are matched by their key (guid, pretalx code or id); the
// sessions of a page without times, whose keys are their titles, by title
// and track. Keys that repeat (some merged schedules reuse ids) are paired
// by slot, then title, then order, so a repeat never reads as a move.
func Compare(old, new Snapshot) Changes {
	oldBy := groupByMatch(old.Sessions)
	newBy := groupByMatch(new.Sessions)
	var out []Change
	for _, key := range sortedKeys(newBy) {
		news := newBy[key]
		pairs, added, removed := pairUp(oldBy[key], news)
		for _, p := range pairs {
			if ch, ok := compareOne(p[0], p[1]); ok {
				out = append(out, ch)
			}
		}
		for _, n := range added {
			out = append(out, Change{ID: n.ID, Key: n.Key, Title: n.Title, Place: n.slot(), New: true})
		}
		for _, o := range removed {
			out = append(out, goneChange(o))
		}
	}
	for _, key := range sortedKeys(oldBy) {
		if _, ok := newBy[key]; ok {
			continue
		}
		for _, o := range oldBy[key] {
			if !o.Cancelled {
				out = append(out, goneChange(o))
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Change) int {
		return cmp.Or(a.Place.Start.Compare(b.Place.Start), cmp.Compare(a.Place.Day, b.Place.Day),
			cmp.Compare(a.Place.Room, b.Place.Room), cmp.Compare(a.Title, b.Title), cmp.Compare(a.ID, b.ID))
	})
	return Changes{List: out}
}

func goneChange(o *SeenSession) Change {
	return Change{ID: o.ID, Key: o.Key, Title: o.Title, Place: o.slot(), Cancelled: true, Gone: true, Was: o}
}

func compareOne(o, n *SeenSession) (Change, bool) {
	ch := Change{ID: n.ID, Key: n.Key, Title: n.Title, Place: n.slot(), Was: o}
	switch {
	case n.Cancelled && !o.Cancelled:
		ch.Cancelled = true
		return ch, true
	case n.Cancelled:
		return ch, false // still cancelled: nothing new to say
	}
	if !o.slot().same(n.slot()) {
		ch.Moved, ch.From, ch.To = true, o.slot(), n.slot()
	}
	diff := func(field string, changed bool) {
		if changed {
			ch.Fields = append(ch.Fields, field)
		}
	}
	diff("title", o.Title != n.Title)
	diff("subtitle", o.Subtitle != n.Subtitle)
	diff("speakers", !slices.Equal(o.Speakers, n.Speakers))
	diff("track", o.Track != n.Track)
	diff("language", o.Language != n.Language)
	diff("abstract", o.Abstract != n.Abstract)
	diff("status", o.Cancelled)
	return ch, ch.Moved || len(ch.Fields) > 0
}

// matchKey is what a session is matched on across versions.
func (s *SeenSession) matchKey() string {
	if s.Start.IsZero() && s.Day == "" {
		return s.Key + "\x00" + s.Track
	}
	return s.Key
}

func groupByMatch(sessions []SeenSession) map[string][]*SeenSession {
	m := make(map[string][]*SeenSession, len(sessions))
	for i := range sessions {
		k := sessions[i].matchKey()
		m[k] = append(m[k], &sessions[i])
	}
	return m
}

func sortedKeys(m map[string][]*SeenSession) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// pairUp pairs the old and new sessions sharing a key: one each is the
// common case; for repeats, the same slot first, then the same title,
// then what is left in order.
func pairUp(olds, news []*SeenSession) (pairs [][2]*SeenSession, added, removed []*SeenSession) {
	if len(olds) == 1 && len(news) == 1 {
		return [][2]*SeenSession{{olds[0], news[0]}}, nil, nil
	}
	usedOld := make([]bool, len(olds))
	usedNew := make([]bool, len(news))
	pass := func(match func(o, n *SeenSession) bool) {
		for j, n := range news {
			if usedNew[j] {
				continue
			}
			for i, o := range olds {
				if !usedOld[i] && match(o, n) {
					usedOld[i], usedNew[j] = true, true
					pairs = append(pairs, [2]*SeenSession{o, n})
					break
				}
			}
		}
	}
	pass(func(o, n *SeenSession) bool { return o.slot().same(n.slot()) })
	pass(func(o, n *SeenSession) bool { return o.Title == n.Title })
	pass(func(o, n *SeenSession) bool { return true })
	for j, n := range news {
		if !usedNew[j] {
			added = append(added, n)
		}
	}
	for i, o := range olds {
		if !usedOld[i] && !o.Cancelled {
			removed = append(removed, o)
		}
	}
	return pairs, added, removed
}
