package ui

// A bookmark can name a talk the programme no longer has: the talk was
// cancelled, or its schedule changed beyond what the id can follow. It is
// kept, never moved to another talk, and the Bookmarks tab says how many
// there are.

// missingBookmarks counts the bookmarks that name no talk of the schedule.
func missingBookmarks(c *common) int {
	set := c.marks.set()
	return set.Len() - len(c.all.Bookmarked(set))
}

// missingText says how many bookmarks name no talk; "" for none.
func missingText(n int) string {
	switch {
	case n <= 0:
		return ""
	case n == 1:
		return "1 bookmarked talk is no longer in the programme"
	}
	return plural(n, "bookmarked talk", "bookmarked talks") + " are no longer in the programme"
}

// bookmarksEmpty is what an empty Bookmarks tab says.
func bookmarksEmpty(c *common) string {
	if text := missingText(missingBookmarks(c)); text != "" {
		return text + "."
	}
	return noBookmarksYet(c)
}

// noBookmarksYet is what a Bookmarks tab says with none.
func noBookmarksYet(c *common) string {
	if c.marks.inMemory {
		return "No bookmarks yet. Press b on a talk to bookmark it.\nBookmarks last for this session only."
	}
	return "No bookmarks yet. Press b on a talk to bookmark it."
}

// bookmarksNote is the line above a Bookmarks tab's rows: how many
// bookmarks name no talk, and that they are not kept (a session without
// an SSH key), which the status line said only at start.
func bookmarksNote(c *common) string {
	text := missingText(missingBookmarks(c))
	if c.marks.inMemory {
		if text != "" {
			text += c.styles.G.Dot
		}
		text += "bookmarks last for this session only"
	}
	return text
}

// listNote is a source with a line to say above its rows.
type listNote interface {
	note() string
}

// note is the source's line above the rows; "" for none.
func (l *listPane) note() string {
	if n, ok := l.src.(listNote); ok {
		return n.note()
	}
	return ""
}

// note says, above a Bookmarks tab that lists talks, how many bookmarks
// name none; an empty tab says it instead of "No bookmarks yet".
func (s *talksSource) note() string {
	if !s.bookmarks || len(s.items()) == 0 {
		return ""
	}
	if s.missingAt != s.c.marks.version {
		s.missing, s.missingAt = bookmarksNote(s.c), s.c.marks.version
	}
	return s.missing
}
