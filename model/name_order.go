package model

import (
	"bytes"
	"cmp"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// sortByName sorts items by name as a person looks a name up in an index:
// by the letters first, accents and case only breaking ties (Gábor before
// Gwenaël, Özcan among the O's), then by the exact spelling, so the order
// is total. Names are compared by collation keys, made once per item: a
// collator is not safe for concurrent use, so each sort has its own.
func sortByName[T any](items []T, name func(T) string) {
	if len(items) < 2 {
		return
	}
	col := collate.New(language.Und)
	var buf collate.Buffer
	type keyed struct {
		key  []byte
		name string
		item T
	}
	ks := make([]keyed, len(items))
	for i, it := range items {
		n := name(it)
		ks[i] = keyed{key: col.KeyFromString(&buf, n), name: n, item: it}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		return cmp.Or(bytes.Compare(a.key, b.key), strings.Compare(a.name, b.name))
	})
	for i := range ks {
		items[i] = ks[i].item
	}
}
