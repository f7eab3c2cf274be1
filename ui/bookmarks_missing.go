package ui

// A bookmark can name a talk the programme no longer has: the talk was
// cancelled, or its schedule changed beyond what the id can follow. It is
// kept, never moved to another talk, and the Bookmarks tab says how many
// there are.

// missingBookmarks counts the bookmarks that name no talk of the schedule.
func missingBookmarks(c *common) int {
	set := c.marks.set()
	return set.Len() - len(c.idx.Bookmarked(set))
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
	return "No bookmarks yet. Press b on a talk to bookmark it."
}
