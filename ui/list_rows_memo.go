package ui

import (
	"encoding/binary"

	"github.com/summit-tui/summit-tui/model"
)

// rowKey is everything a list's row is drawn from: the item and its
// texts (which carry the clock's minute where a row shows time), the
// filter's hits in them, whether it is selected or bookmarked, what its
// mark is decided by, its kind, the pane's width and the theme.
type rowKey struct {
	item        int
	title, desc string
	hits        string
	kind        rowKind
	mark        markInputs
	selected    bool
	starred     bool
	width       int
	theme       theme
}

// rowView is row i as itemView draws it, drawn again only when what it is
// drawn from changed: a move redraws the two rows whose selection changed.
func (l *listPane) rowView(i int) []string {
	r := l.row(i)
	k := rowKey{item: r.item, kind: kindOf(l.src, r.item), selected: i == l.cursor, width: l.width, theme: l.c.theme}
	k.title, k.desc = l.src.text(r.item)
	if cs, ok := l.src.(changeSource); ok {
		k.mark.change = cs.changeKind(r.item)
	}
	if sess, ok := l.src.talk(r.item); ok {
		k.starred = l.c.marks.Has(sess.ID)
		if _, ok := l.src.(changeSource); !ok {
			k.mark = markInputs{change: l.c.changes.byID[sess.ID], gone: sess.Gone, typ: sess.Type, title: sess.Title}
		}
	}
	if len(r.titleHits)+len(r.descHits) > 0 {
		k.hits = encodeHits(r.titleHits, r.descHits)
	}
	if lines, ok := l.rows.get(k); ok {
		return lines
	}
	lines := l.itemView(i)
	l.rows.put(k, lines)
	return lines
}

// markInputs are what markOf decides a row's mark from: the change a row
// of changes stands for; for a talk, the change since the version last
// seen and what Session.Cancelled reads. Keying by them spares deciding
// whether a talk is cancelled, which reads its title word by word, for
// every row of every frame.
type markInputs struct {
	change model.ChangeKind
	gone   bool
	typ    string
	title  string
}

// encodeHits writes two lists of rune positions as one string key.
func encodeHits(title, desc []int) string {
	b := make([]byte, 0, 2*(len(title)+len(desc))+1)
	for _, h := range title {
		b = binary.AppendUvarint(b, uint64(h)+1)
	}
	b = append(b, 0) // no position encodes as 0: it ends the title's
	for _, h := range desc {
		b = binary.AppendUvarint(b, uint64(h)+1)
	}
	return string(b)
}
