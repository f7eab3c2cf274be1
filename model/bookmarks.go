package model

import "slices"

// BookmarkSet is the set of bookmarked session ids. It keeps ids that the
// current page does not have: they belong to the user, not to the page.
// The zero value is an empty set.
type BookmarkSet struct {
	ids map[string]struct{}
}

// NewBookmarkSet makes a set holding ids.
func NewBookmarkSet(ids []string) BookmarkSet {
	b := BookmarkSet{ids: make(map[string]struct{}, len(ids))}
	for _, id := range ids {
		b.ids[id] = struct{}{}
	}
	return b
}

// Has reports whether id is bookmarked.
func (b BookmarkSet) Has(id string) bool {
	_, ok := b.ids[id]
	return ok
}

// Set bookmarks id (on) or removes its bookmark, returning the new set;
// the receiver is not changed.
func (b BookmarkSet) Set(id string, on bool) BookmarkSet {
	out := BookmarkSet{ids: make(map[string]struct{}, len(b.ids)+1)}
	for k := range b.ids {
		out.ids[k] = struct{}{}
	}
	if on {
		out.ids[id] = struct{}{}
	} else {
		delete(out.ids, id)
	}
	return out
}

// Len is the number of bookmarked ids, including ids not in the page.
func (b BookmarkSet) Len() int { return len(b.ids) }

// IDs lists the ids in sorted order.
func (b BookmarkSet) IDs() []string {
	out := make([]string, 0, len(b.ids))
	for id := range b.ids {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}
