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
func migrateBookmarks(file *store.BookmarkStore, s *model.Schedule) {
	m := store.Migration{From: s.FormerKeys}
	if len(s.FormerIDs) == 0 && !s.GlobalIDs {
		if len(m.From) > 0 {
			_, _ = file.Migrate(s.BookmarkKey(), m)
		}
		return
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
	_, _ = file.Migrate(s.BookmarkKey(), m)
}

// minGlobalID is the length below which an id is not taken as unique
// beyond its schedule.
const minGlobalID = 5
