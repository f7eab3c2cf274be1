package store

import (
	"bufio"
	"encoding/json"
	"slices"
)

// Migration says how a conference's bookmarks were kept by earlier
// versions of summit-tui, so that Migrate can move them to how they are
// kept now.
type Migration struct {
	// From are names the conference's bookmarks were kept under before:
	// their ids join the conference's and the names go.
	From []string
	// Claim, when not nil, says of an id kept under another name whether
	// it is one of this conference's talks, where ids are unique beyond
	// one conference: claimed ids move, the others stay where they are.
	Claim func(id string) bool
	// Rename maps ids saved before to the ids the same talks have now.
	// An id it does not name is kept as it is.
	Rename map[string]string
}

// Migrated is what Migrate did.
type Migrated struct {
	// Changed reports that the file was written.
	Changed bool
	// Renamed are the ids saved before that Rename changed, sorted.
	Renamed []string
}

// Migrate moves conference's bookmarks kept the earlier ways m describes
// to the way they are kept now, under the lock and by atomic replace as
// Apply writes, and says what it did. It changes nothing
// when nothing needs moving, when the file is missing, and when the
// conference is written in a form this version does not know. Any error
// means the file is unchanged; a corrupt file is left for Load to move
// aside.
func (s *BookmarkStore) Migrate(conference string, m Migration) (Migrated, error) {
	if len(m.From) == 0 && m.Claim == nil && len(m.Rename) == 0 {
		return Migrated{}, nil
	}
	// Most starts have nothing to move: find out without the lock.
	t, err := inspect(s.path, bookmarksRole)
	if err != nil {
		return Migrated{}, err
	}
	doc, err := readBookmarks(&t)
	if err != nil || doc == nil {
		return Migrated{}, err
	}
	if _, _, _, ok := doc.migrated(conference, m); !ok {
		return Migrated{}, nil
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if readOnly(t.info) {
		return Migrated{}, readOnlyError(s.path)
	}
	unlock, err := s.lock(t)
	if err != nil {
		return Migrated{}, err
	}
	defer unlock()
	if t, err = inspect(s.path, bookmarksRole); err != nil {
		return Migrated{}, err
	}
	if doc, err = readBookmarks(&t); err != nil || doc == nil {
		return Migrated{}, err
	}
	ids, left, renamed, ok := doc.migrated(conference, m)
	if !ok {
		return Migrated{}, nil
	}
	doc.confs = slices.DeleteFunc(doc.confs, func(e confEntry) bool { _, moved := left[e.name]; return !e.object && moved })
	for _, name := range sortedKeys(left) {
		if len(left[name]) > 0 {
			value, err := json.Marshal(left[name])
			if err != nil {
				return Migrated{}, err
			}
			doc.confs = append(doc.confs, confEntry{name: name, value: string(value), count: len(left[name])})
		}
	}
	if err := replaceRegular(t, 0, func(w *bufio.Writer) error { return doc.write(w, conference, ids, false) }); err != nil {
		return Migrated{}, err
	}
	return Migrated{Changed: true, Renamed: renamed}, nil
}

// migrated gives conference's ids once m is applied, sorted; for each
// other name some of whose ids moved to it, the ids it keeps; and the ids
// renamed. ok is false when nothing would change.
func (d *bookmarkDoc) migrated(conference string, m Migration) (ids []string, left map[string][]string, renamed []string, ok bool) {
	if d.hasObject(conference) {
		return nil, nil, nil, false
	}
	left = map[string][]string{}
	moved := d.ids(conference)
	for _, name := range m.From {
		if _, done := left[name]; !done && name != conference && slices.ContainsFunc(d.confs, func(e confEntry) bool { return e.name == name && !e.object }) {
			left[name] = nil
			moved = append(moved, d.ids(name)...)
		}
	}
	for _, e := range d.confs {
		if _, done := left[e.name]; done || m.Claim == nil || e.name == conference || e.object {
			continue
		}
		var claimed, kept []string
		for _, id := range d.ids(e.name) {
			if m.Claim(id) {
				claimed = append(claimed, id)
			} else {
				kept = append(kept, id)
			}
		}
		if len(claimed) > 0 {
			left[e.name] = kept
			moved = append(moved, claimed...)
		}
	}
	for _, id := range moved {
		if to, ok := m.Rename[id]; ok && to != id {
			renamed = append(renamed, id)
			id = to
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	slices.Sort(renamed)
	return slices.Compact(ids), left, slices.Compact(renamed), len(renamed) > 0 || len(left) > 0
}

func sortedKeys[V any](set map[string]V) []string {
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
