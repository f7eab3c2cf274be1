package main

import (
	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/model"
)

// migrateBookmarks moves the schedule's bookmarks that earlier versions
// kept otherwise (under the file's name, or by a title counter) to how
// they are kept now, so they show on their talks. An id that is a talk's
// id now is never renamed, and one no rule matches stays as it is: the
// ★ Bookmarks tab counts those. Errors are left to the reading that
// follows, which says what is wrong with the file.
//
// A counter (open-space-3) names a slot only by its order among the talks
// of that title, which a changed schedule may have shifted: when such
// bookmarks moved, the returned notice says how many ("1 bookmark of
// same-titled talks matched by their order"), for the caller to ask that
// they be checked; "" otherwise.
func migrateBookmarks(file *store.BookmarkStore, s *model.Schedule) (notice string) {
	m := store.Migration{From: s.FormerKeys}
	if len(s.FormerIDs) == 0 && !s.GlobalIDs {
		if len(m.From) > 0 {
			_, _ = file.Migrate(s.BookmarkKey(), m)
		}
		return ""
	}
	current := make(map[string]bool, len(s.Sessions))
	for i := range s.Sessions {
		current[s.Sessions[i].ID] = true
	}
	for former, id := range s.FormerIDs {
		if !current[former] {
			if m.Rename == nil {
				m.Rename = map[string]string{}
			}
			m.Rename[former] = id
		}
	}
	if s.GlobalIDs {
		// Ids unique beyond the schedule are its talks wherever they were
		// kept (under a digest of an earlier version, or standard input);
		// a short one could be another schedule's by chance.
		m.Claim = func(id string) bool { return current[id] && len(id) >= minGlobalID }
	}
	did, err := file.Migrate(s.BookmarkKey(), m)
	if err != nil || len(did.Renamed) == 0 {
		return ""
	}
	if n := byOrder(s, did.Renamed, m.Rename); n > 0 {
		return plural(n, "bookmark", "bookmarks") + " of same-titled talks matched by their order"
	}
	return ""
}

// byOrder counts the renamed ids whose talk shares its title with
// another: a counter chose among them.
func byOrder(s *model.Schedule, renamed []string, rename map[string]string) int {
	titles := map[string]int{}
	titleOf := map[string]string{}
	for i := range s.Sessions {
		slug := model.Slug(s.Sessions[i].Title)
		titles[slug]++
		titleOf[s.Sessions[i].ID] = slug
	}
	n := 0
	for _, id := range renamed {
		if titles[titleOf[rename[id]]] > 1 {
			n++
		}
	}
	return n
}

// minGlobalID is the length below which an id is not taken as unique
// beyond its schedule.
const minGlobalID = 5
