package store

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// FuzzParseBookmarks feeds the bookmarks reader arbitrary files. It must
// never panic; it accepts only JSON that encoding/json accepts too; a file
// it accepts reads the same ids as encoding/json's decoding (duplicate
// conferences merged), and writing it and reading it back loses no id
// and keeps what it wrote the same when written again.
//
// The corpus starts from every file in testdata/bookmarks and a few
// variants; interesting finds live in testdata/fuzz/FuzzParseBookmarks.
func FuzzParseBookmarks(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "bookmarks", "*.json"))
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte("\uFEFF{\"version\":1,\"conferences\":{\"a\":[\"x\"],\"a\":[\"y\",\"x\"]},\"z\":[1,{\"k\":null}]}"))
	f.Add([]byte(`{"version":1,"conferences":{"\u00e9\"":["\u2028","\ud800","a\\b"],"o":{"ids":[]}}}`))
	f.Add([]byte(`{"version":1e0,"conferences":{}}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, fault := parseBookmarks(string(raw))
		if fault != nil {
			if doc != nil {
				t.Fatal("a fault and a document")
			}
			return
		}
		text := strings.TrimPrefix(string(raw), "\uFEFF")
		if !json.Valid([]byte(text)) {
			t.Fatalf("accepted JSON that encoding/json refuses: %q", raw)
		}
		want := decodeWithEncodingJSON(t, text)
		for name, ids := range want {
			if got, _ := doc.sortedIDs(name, 0); !slices.Equal(got, ids) {
				t.Fatalf("conference %q: ids %q, encoding/json reads %q", name, got, ids)
			}
		}

		var first bytes.Buffer
		w := bufio.NewWriter(&first)
		conference := "fuzz conference"
		if len(doc.confs) > 0 && !doc.hasObject(doc.confs[0].name) {
			conference = doc.confs[0].name
		}
		ids, plain := doc.sortedIDs(conference, 1)
		if i, found := slices.BinarySearch(ids, "fuzz-id"); !found {
			ids = slices.Insert(ids, i, "fuzz-id")
		}
		if err := doc.write(w, conference, ids, plain); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		again, fault := parseBookmarks(first.String())
		if fault != nil {
			t.Fatalf("what was written cannot be read (%s):\n%s", fault.why, first.String())
		}
		for name, ids := range want {
			if name == conference {
				continue
			}
			if got, _ := again.sortedIDs(name, 0); !slices.Equal(got, ids) {
				t.Fatalf("conference %q: ids %q after writing, %q before", name, got, ids)
			}
		}
		if got, _ := again.sortedIDs(conference, 0); !slices.Equal(got, ids) {
			t.Fatalf("toggled conference %q: ids %q after writing, want %q", conference, got, ids)
		}
		var second bytes.Buffer
		w = bufio.NewWriter(&second)
		if err := again.write(w, conference, ids, false); err != nil {
			t.Fatal(err)
		}
		_ = w.Flush()
		if second.String() != first.String() {
			t.Fatalf("writing is not stable:\n%s\nthen:\n%s", first.String(), second.String())
		}
	})
}

// decodeWithEncodingJSON reads the conferences' ids with encoding/json,
// merging duplicate conferences, which its map decoding cannot do.
func decodeWithEncodingJSON(t *testing.T, text string) map[string][]string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(text))
	out := map[string][]string{}
	expect := func(want json.Delim) {
		tok, err := dec.Token()
		if err != nil || tok != want {
			t.Fatalf("encoding/json: %v %v, want %v", tok, err, want)
		}
	}
	expect('{')
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		if tok != "conferences" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				t.Fatal(err)
			}
			continue
		}
		expect('{')
		for dec.More() {
			name, err := dec.Token()
			if err != nil {
				t.Fatal(err)
			}
			var value json.RawMessage
			if err := dec.Decode(&value); err != nil {
				t.Fatal(err)
			}
			if bytes.HasPrefix(value, []byte("{")) {
				continue // a form of a later version: no ids
			}
			var ids []string
			if err := json.Unmarshal(value, &ids); err != nil {
				t.Fatalf("encoding/json: conference %q: %v", name, err)
			}
			out[name.(string)] = append(out[name.(string)], ids...)
		}
		expect('}')
	}
	for name, ids := range out {
		slices.Sort(ids)
		out[name] = slices.Compact(ids)
		if len(out[name]) == 0 {
			delete(out, name)
		}
	}
	return out
}
