package store

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// bookmarkFileVersion is the only version of the file format there is.
const bookmarkFileVersion = 1

// The file's form:
//
//	{"version": 1, "conferences": {"<conference>": ["id-a", "id-b"]}}
//
// It is written indented, conferences by name, each list sorted and without
// duplicates, so that it diffs well in git. It is read leniently and
// nothing in it is dropped: duplicate conferences merge their ids, members
// this version does not know (at the top, or a conference given as an
// object) are written back as they were, and a byte order mark is
// accepted.
//
// A bookmarkDoc keeps the file's text and slices of it, so that a toggle on
// a large file decodes only the toggled conference's list.
type bookmarkDoc struct {
	text    string
	version int
	confs   []confEntry // the members of "conferences", in file order
	extra   []rawMember // unknown top-level members, in file order
}

// confEntry is one member of "conferences".
type confEntry struct {
	name  string
	value string // as written: an array of strings, or an object
	// object: kept as written, since this version cannot know its ids.
	object bool
	// canonical: an array of plain ids in strictly increasing order, which
	// can be written again id by id without decoding.
	canonical bool
	count     int // of ids in the array
}

// rawMember is a member of an object, its name and value as written.
type rawMember struct{ name, value string }

// A bookmarksFault says why text is not a bookmarks file this version can
// use.
type bookmarksFault struct {
	kind  faultKind
	why   string
	newer int // the version, for faultNewer
}

type faultKind int

const (
	faultCorrupt faultKind = iota // a damaged bookmarks file
	faultNewer                    // a version this program does not know
	faultForeign                  // clearly not a bookmarks file
)

// parseBookmarks reads a bookmarks file. Damage to its syntax stops the
// reading; a wrong shape is noted and reading goes on, so that a version
// number anywhere in the file is seen: a newer file is never called
// corrupt (and moved aside) for having a shape this version does not know.
func parseBookmarks(text string) (*bookmarkDoc, *bookmarksFault) {
	text = strings.TrimPrefix(text, "\uFEFF")
	doc := &bookmarkDoc{text: text}
	sc := &jsonScan{s: text}
	switch {
	case sc.atEnd():
		return nil, &bookmarksFault{kind: faultCorrupt, why: "the file is empty"}
	case sc.peek() == '{':
	default:
		if why := foreignContent(text); why != "" {
			return nil, &bookmarksFault{kind: faultForeign, why: why}
		}
		return nil, &bookmarksFault{kind: faultCorrupt, why: "not a JSON object"}
	}
	sc.i++
	p := bookmarkParse{doc: doc, sc: sc}
	err := p.members()
	if err == nil && !sc.atEnd() {
		err = sc.fail("data after the end")
	}
	switch {
	case p.version > bookmarkFileVersion:
		return nil, &bookmarksFault{kind: faultNewer, newer: p.version}
	case err != nil:
		return nil, &bookmarksFault{kind: faultCorrupt, why: err.Error()}
	case p.shape != "":
		return nil, &bookmarksFault{kind: faultCorrupt, why: p.shape}
	case !p.sawVersion && !p.sawConferences && len(doc.extra) > 0:
		return nil, &bookmarksFault{kind: faultForeign, why: "JSON of another kind"}
	case !p.sawVersion:
		return nil, &bookmarksFault{kind: faultCorrupt, why: `no "version"`}
	case p.version < 1:
		return nil, &bookmarksFault{kind: faultCorrupt, why: fmt.Sprintf("version %d", p.version)}
	case !p.sawConferences:
		return nil, &bookmarksFault{kind: faultCorrupt, why: `no "conferences"`}
	}
	doc.version = p.version
	return doc, nil
}

// foreignContent says what text that is not JSON looks like when it is
// clearly not a damaged bookmarks file, or returns "".
func foreignContent(text string) string {
	head := text[:min(len(text), 8<<10)]
	trimmed := strings.TrimLeft(head, " \t\r\n")
	switch {
	case strings.Contains(head, "\x00"):
		return "binary data"
	case strings.HasPrefix(trimmed, "<"):
		return "HTML or XML"
	case strings.HasPrefix(trimmed, "BEGIN:VCALENDAR"):
		return "a calendar"
	case hasBulletLine(head):
		return "a sessions page"
	case len(text) > maxForeignBookmarkBytes && strings.HasPrefix(trimmed, "["):
		return "a JSON list, " + humanBytes(int64(len(text)))
	case len(text) > maxForeignBookmarkBytes:
		return "not JSON, " + humanBytes(int64(len(text)))
	}
	return ""
}

// hasBulletLine reports whether a line of text starts with "•", as the
// speaker lines of a sessions page do.
func hasBulletLine(text string) bool {
	for line := range strings.Lines(text) {
		if strings.HasPrefix(strings.TrimLeft(line, " \t\u00a0"), "•") {
			return true
		}
	}
	return false
}

// maxForeignBookmarkBytes: text that is not JSON and larger than this was
// never a bookmarks file damaged by hand or by a crash; a truncated
// bookmarks file still starts as JSON does.
const maxForeignBookmarkBytes = 4 << 10

type bookmarkParse struct {
	doc            *bookmarkDoc
	sc             *jsonScan
	version        int
	sawVersion     bool
	sawConferences bool
	shape          string // the first member of the wrong shape
}

func (p *bookmarkParse) wrongShape(why string) {
	if p.shape == "" {
		p.shape = why
	}
}

// members reads the top-level object's members, its "{" already read.
func (p *bookmarkParse) members() error {
	sc := p.sc
	if sc.eat('}') {
		return nil
	}
	for {
		rawName, _, err := sc.str()
		if err != nil {
			return err
		}
		if !sc.eat(':') {
			return sc.fail(`expected ":"`)
		}
		switch decodeJSONString(rawName) {
		case "version":
			err = p.versionValue()
		case "conferences":
			p.sawConferences = true
			err = p.conferences()
		default:
			sc.ws()
			start := sc.i
			err = sc.skip(1)
			p.doc.extra = append(p.doc.extra, rawMember{rawName, sc.s[start:sc.i]})
		}
		if err != nil {
			return err
		}
		if sc.eat(',') {
			continue
		}
		if sc.eat('}') {
			return nil
		}
		return sc.fail(`expected "," or "}"`)
	}
}

func (p *bookmarkParse) versionValue() error {
	sc := p.sc
	if c := sc.peek(); c != '-' && (c < '0' || c > '9') {
		p.wrongShape(`"version" is not a number`)
		return sc.skip(1)
	}
	num, err := sc.number()
	if err != nil {
		return err
	}
	v, err := strconv.Atoi(num)
	switch {
	case err != nil && strings.ContainsAny(num, ".eE"):
		p.wrongShape(`"version" is not a whole number`)
		return nil
	case err != nil && num[0] != '-':
		v = int(^uint(0) >> 1) // a version too large to hold is still newer
	case err != nil:
		v = 0
	}
	if p.sawVersion && v != p.version {
		p.wrongShape(`two different "version"s`)
	}
	p.sawVersion = true
	p.version = max(p.version, v)
	return nil
}

// conferences reads the value of "conferences".
func (p *bookmarkParse) conferences() error {
	sc := p.sc
	if sc.peek() != '{' {
		if strings.HasPrefix(sc.s[sc.i:], "null") {
			p.wrongShape(`"conferences" is null`)
		} else {
			p.wrongShape(`"conferences" is not an object`)
		}
		return sc.skip(1)
	}
	sc.i++
	if sc.eat('}') {
		return nil
	}
	for {
		rawName, _, err := sc.str()
		if err != nil {
			return err
		}
		if !sc.eat(':') {
			return sc.fail(`expected ":"`)
		}
		name := decodeJSONString(rawName)
		c := sc.peek()
		start := sc.i
		switch c {
		case '[':
			canonical, count, err := p.idList()
			if err != nil {
				return err
			}
			p.doc.confs = append(p.doc.confs, confEntry{name: name, value: sc.s[start:sc.i], canonical: canonical, count: count})
		case '{':
			if err := sc.skip(2); err != nil {
				return err
			}
			p.doc.confs = append(p.doc.confs, confEntry{name: name, value: sc.s[start:sc.i], object: true})
		default:
			p.wrongShape(fmt.Sprintf("ids are not a list at byte %d", sc.i+1))
			if err := sc.skip(2); err != nil {
				return err
			}
		}
		if sc.eat(',') {
			continue
		}
		if sc.eat('}') {
			return nil
		}
		return sc.fail(`expected "," or "}"`)
	}
}

// idList reads a conference's list of ids. It is the only loop that runs
// once per id of the whole file.
func (p *bookmarkParse) idList() (canonical bool, count int, err error) {
	sc := p.sc
	sc.i++ // the "["
	if sc.eat(']') {
		return false, 0, nil // empty lists are not written again
	}
	canonical = true
	prev := ""
	for ; ; count++ {
		if sc.peek() != '"' {
			p.wrongShape(fmt.Sprintf("an id is not a string at byte %d", sc.i+1))
			canonical = false
			if err := sc.skip(3); err != nil {
				return false, 0, err
			}
		} else {
			raw, plain, err := sc.str()
			if err != nil {
				return false, 0, err
			}
			if canonical {
				id := raw[1 : len(raw)-1]
				canonical = plain && (count == 0 || id > prev)
				prev = id
			}
		}
		if sc.eat(',') {
			continue
		}
		if sc.eat(']') {
			return canonical, count + 1, nil
		}
		return false, 0, sc.fail(`expected "," or "]"`)
	}
}

// shortQuote quotes a conference's name for an error, cut to a length
// that keeps the message on one line.
func shortQuote(name string) string {
	if r := []rune(name); len(r) > 24 {
		name = string(r[:23]) + "…"
	}
	return strconv.Quote(name)
}

// decodeJSONString returns the value of a checked JSON string. As in
// encoding/json, bytes that are not UTF-8 become U+FFFD.
func decodeJSONString(raw string) string {
	if !strings.Contains(raw, `\`) && utf8.ValidString(raw) {
		return raw[1 : len(raw)-1]
	}
	var s string
	if err := json.Unmarshal([]byte(raw), &s); err != nil {
		return raw[1 : len(raw)-1] // cannot happen: raw was checked
	}
	return s
}

// eachID calls fn with each id of a checked array of strings, in order.
func eachID(array string, fn func(id string)) {
	if !strings.Contains(array, `\`) && utf8.ValidString(array) {
		// Each id is as written, and ends at the next quote.
		for {
			open := strings.IndexByte(array, '"')
			if open < 0 {
				return
			}
			n := strings.IndexByte(array[open+1:], '"')
			fn(array[open+1 : open+1+n])
			array = array[open+n+2:]
		}
	}
	sc := &jsonScan{s: array, i: 1}
	for sc.peek() == '"' {
		raw, plain, _ := sc.str()
		if plain {
			fn(raw[1 : len(raw)-1])
		} else {
			fn(decodeJSONString(raw))
		}
		sc.eat(',')
	}
}

// ids returns conference's ids in file order, duplicates removed.
func (d *bookmarkDoc) ids(conference string) []string {
	if d == nil {
		return nil
	}
	var entries []confEntry
	for _, e := range d.confs {
		if e.name == conference && !e.object {
			entries = append(entries, e)
		}
	}
	var out []string
	if len(entries) == 1 && entries[0].canonical {
		eachID(entries[0].value, func(id string) { out = append(out, id) })
		return d.detach(out)
	}
	seen := map[string]bool{}
	for _, e := range entries {
		eachID(e.value, func(id string) {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		})
	}
	return d.detach(out)
}

// sortedIDs returns conference's ids sorted, duplicates removed, with
// room for more; plain says that every one is plain (see jsonScan.str).
func (d *bookmarkDoc) sortedIDs(conference string, room int) (ids []string, plain bool) {
	var entries []confEntry
	n := room
	for _, e := range d.confs {
		if e.name == conference && !e.object {
			entries = append(entries, e)
			n += e.count
		}
	}
	out := make([]string, 0, n)
	for _, e := range entries {
		eachID(e.value, func(id string) { out = append(out, id) })
	}
	if len(entries) == 1 && entries[0].canonical || len(entries) == 0 {
		return out, true
	}
	slices.Sort(out)
	return slices.Compact(out), false
}

// detach copies ids out of the file's text unless they are most of it: a
// caller that keeps a few ids should not keep a large file alive.
func (d *bookmarkDoc) detach(ids []string) []string {
	n := 0
	for _, id := range ids {
		n += len(id)
	}
	if n*2 >= len(d.text) {
		return ids
	}
	for i, id := range ids {
		ids[i] = strings.Clone(id)
	}
	return ids
}

// hasObject reports whether conference is given in a form this version
// does not know, which it must not change.
func (d *bookmarkDoc) hasObject(conference string) bool {
	return slices.ContainsFunc(d.confs, func(e confEntry) bool { return e.name == conference && e.object })
}
