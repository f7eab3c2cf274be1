package ui

import "github.com/summit-tui/summit-tui/model"

// marks are the talks bookmarked, as the browser shows them: the file's
// ids as last known with the toggles not saved yet applied on top. Those
// two are the one source; they change only through the methods below,
// each of which derives the set shown from them and counts a version, so
// the lists, the details and the grid follow without being told.
type marks struct {
	known   []string     // the file's ids, as last read or saved
	pending []BookmarkOp // toggles not saved yet, in order

	shown   model.BookmarkSet // known with pending on top
	version int               // counts changes of shown
	// inMemory: there is no file (Config.SaveBookmarks is nil), and the
	// bookmarks go when the browser does.
	inMemory bool
}

func newMarks(ids []string) *marks {
	b := &marks{known: ids}
	b.derive()
	return b
}

// Has reports a talk bookmarked.
func (b *marks) Has(id string) bool { return b.shown.Has(id) }

// set is every bookmark shown.
func (b *marks) set() model.BookmarkSet { return b.shown }

// toggle bookmarks a talk, or removes its bookmark, until it is saved; it
// reports whether the talk is bookmarked now.
func (b *marks) toggle(id string) bool {
	add := !b.shown.Has(id)
	b.pending = append(b.pending, BookmarkOp{ID: id, Add: add})
	b.derive()
	return add
}

// saved takes the file's ids after a save of the first n pending toggles.
func (b *marks) saved(n int, ids []string) {
	b.known, b.pending = ids, b.pending[n:]
	b.derive()
}

// read takes the file's ids as another window left them.
func (b *marks) read(ids []string) {
	b.known = ids
	b.derive()
}

// keepInMemory counts every toggle as saved, where there is no file: what
// is shown stays the same.
func (b *marks) keepInMemory() {
	b.known, b.pending = b.shown.IDs(), nil
}

func (b *marks) derive() {
	set := model.NewBookmarkSet(b.known)
	for _, op := range b.pending {
		set = set.Set(op.ID, op.Add)
	}
	b.shown = set
	b.version++
}
