package store

import (
	"bufio"
	"bytes"
	"encoding/json"
	"slices"
	"strings"
)

// The bookmarks file is written in one form whatever it was read from:
// indented, conferences sorted by name, each list sorted and without
// duplicates, empty lists left out, members this version does not know
// after the known ones, re-indented but otherwise as they were.

// write writes d in its canonical form with conference's ids replaced by
// ids (sorted, without duplicates; plain if idsPlain). d may be nil for a
// new file.
func (d *bookmarkDoc) write(w *bufio.Writer, conference string, ids []string, idsPlain bool) error {
	if d == nil {
		d = &bookmarkDoc{}
	}
	w.WriteString("{\n  \"version\": 1,\n  \"conferences\": {")
	first := true
	member := func(name string) {
		if !first {
			w.WriteByte(',')
		}
		first = false
		w.WriteString("\n    ")
		writeJSONString(w, name)
		w.WriteString(": ")
	}
	// writeConf writes one conference's members: those this version does
	// not know as they were, then its ids.
	writeConf := func(name string, entries []confEntry) {
		arrays, array := 0, confEntry{}
		for _, e := range entries {
			if e.object {
				member(name)
				writeIndented(w, e.value, "    ")
			} else {
				arrays, array = arrays+1, e
			}
		}
		list, plain := ids, idsPlain
		switch {
		case name == conference:
		case arrays == 1 && array.canonical:
			member(name)
			writeCanonicalArray(w, array.value)
			return
		default:
			list, plain = nil, false
			for _, e := range entries {
				if !e.object {
					eachID(e.value, func(id string) { list = append(list, id) })
				}
			}
			slices.Sort(list)
			list = slices.Compact(list)
		}
		if len(list) > 0 {
			member(name)
			writeIDs(w, list, plain)
		}
	}
	confs := d.byName()
	toggled := false // conference written
	for i := 0; i < len(confs); {
		name := confs[i].name
		j := i + 1
		for j < len(confs) && confs[j].name == name {
			j++
		}
		if !toggled && conference < name {
			writeConf(conference, nil)
			toggled = true
		}
		toggled = toggled || name == conference
		writeConf(name, confs[i:j])
		i = j
	}
	if !toggled {
		writeConf(conference, nil)
	}
	if !first {
		w.WriteString("\n  ")
	}
	w.WriteString("}")
	for _, m := range d.extra {
		w.WriteString(",\n  " + m.name + ": ")
		writeIndented(w, m.value, "  ")
	}
	_, err := w.WriteString("\n}\n")
	return err
}

// byName is the conferences ordered by name, those of one name in file
// order. A file this version wrote is in that order already, and a file
// of many conferences costs no more than one look at each name.
func (d *bookmarkDoc) byName() []confEntry {
	byName := func(a, b confEntry) int { return strings.Compare(a.name, b.name) }
	if slices.IsSortedFunc(d.confs, byName) {
		return d.confs
	}
	confs := slices.Clone(d.confs)
	slices.SortStableFunc(confs, byName)
	return confs
}

// writeIDs writes a sorted list of ids as an indented array; plain ids
// (see jsonScan.str) need no check for what to escape.
func writeIDs(w *bufio.Writer, ids []string, plain bool) {
	w.WriteByte('[')
	for i, id := range ids {
		if i > 0 {
			w.WriteByte(',')
		}
		if plain {
			w.WriteString("\n      \"")
			w.WriteString(id)
			w.WriteByte('"')
			continue
		}
		w.WriteString("\n      ")
		writeJSONString(w, id)
	}
	w.WriteString("\n    ]")
}

// writeCanonicalArray writes a canonical array (see confEntry) indented,
// copying each id as written.
func writeCanonicalArray(w *bufio.Writer, array string) {
	w.WriteByte('[')
	first := true
	eachID(array, func(id string) {
		if !first {
			w.WriteByte(',')
		}
		first = false
		w.WriteString("\n      \"")
		w.WriteString(id)
		w.WriteByte('"')
	})
	w.WriteString("\n    ]")
}

// writeJSONString writes s as encoding/json does with HTML escaping off, so
// that "&" and "<" in conference names stay readable.
func writeJSONString(w *bufio.Writer, s string) {
	if isPlainJSON(s) {
		w.WriteByte('"')
		w.WriteString(s)
		w.WriteByte('"')
		return
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// isPlainJSON reports whether s needs no escape in JSON (see jsonScan.str).
func isPlainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		if !plainASCII[s[i]] {
			sc := &jsonScan{s: `"` + s + `"`}
			_, plain, err := sc.str()
			return err == nil && plain && sc.i == len(sc.s)
		}
	}
	return true
}

// writeIndented writes a checked JSON value, re-indented to sit at prefix.
func writeIndented(w *bufio.Writer, value, prefix string) {
	var buf bytes.Buffer
	if err := json.Indent(&buf, []byte(value), prefix, "  "); err != nil {
		w.WriteString(value) // cannot happen: value was checked
		return
	}
	w.Write(buf.Bytes())
}
