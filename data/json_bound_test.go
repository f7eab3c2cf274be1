package data

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestBoundJSONStrings(t *testing.T) {
	tests := []struct {
		name, in string
		max      int
		want     string
		cut      int
	}{
		{"short strings stay", `{"title":"Kafka","abstract":"ok"}`, 8, `{"title":"Kafka","abstract":"ok"}`, 0},
		{"a long string is cut with an ellipsis", `{"t":"abcdefghij"}`, 4, `{"t":"abcd…"}`, 1},
		{"an escaped quote does not end the string", `{"t":"ab\"cdefgh"}`, 5, `{"t":"ab\"c…"}`, 1},
		{"never inside an escape", `{"t":"abc\ndef"}`, 4, `{"t":"abc…"}`, 1},
		{"never inside a unicode escape", `{"t":"ab\u00e9cdef"}`, 5, `{"t":"ab…"}`, 1},
		{"never between the halves of a surrogate pair", `{"t":"a\ud83d\ude00bcdefghijklm"}`, 10, `{"t":"a…"}`, 1},
		{"never inside a character", `{"t":"aéééé"}`, 4, `{"t":"aé…"}`, 1},
		{"a backslash before the closing quote", `{"t":"abcdef\\"}`, 3, `{"t":"abc…"}`, 1},
		{"two long strings", `["abcdef","ghijkl","x"]`, 2, `["ab…","gh…","x"]`, 2},
		{"unterminated is left to the decoder", `{"t":"abcdef`, 2, `{"t":"abcdef`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := boundJSONStrings([]byte(tt.in), tt.max)
			if string(got) != tt.want || cut != tt.cut {
				t.Errorf("boundJSONStrings(%s, %d) = %s, %d; want %s, %d", tt.in, tt.max, got, cut, tt.want, tt.cut)
			}
		})
	}
	in := []byte(`{"title":"Kafka"}`)
	if out, _ := boundJSONStrings(in, 100); &out[0] != &in[0] {
		t.Error("a document with no long string was copied")
	}
}

// Whatever JSON is bounded stays JSON, and every string in it within the
// bound and valid UTF-8.
func FuzzBoundJSONStrings(f *testing.F) {
	for _, s := range []string{`{"t":"abc\u00e9\ud83d\ude00\"\\x"}`, `["aaaaaaaa","é"]`, `"\\\\\""`} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, in string, max int) {
		if max < 1 || max > 64 || !json.Valid([]byte(in)) {
			return
		}
		out, _ := boundJSONStrings([]byte(in), max)
		if !json.Valid(out) {
			t.Fatalf("bounded %q to %q: not JSON", in, out)
		}
	})
}

// A schedule.json with a huge title and abstract reads quickly: the
// strings are cut before decoding and the cut is counted.
func TestFrabJSONHugeStringsCutBeforeReading(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "schedules", "good_pretalx.json"))
	if err != nil {
		t.Fatal(err)
	}
	huge := strings.Repeat("Kafka ", 400_000) // 2.4 MB
	doc := strings.Replace(string(raw), `"title": "`, `"title": "`+huge, 1)
	if doc == string(raw) {
		t.Fatal("the fixture has no title to lengthen")
	}
	o, err := OpenBytes("huge.json", []byte(doc), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if o.Schedule.Cuts.Texts != 1 {
		t.Errorf("Cuts.Texts = %d, want 1", o.Schedule.Cuts.Texts)
	}
	if !strings.Contains(o.Notice, "1 text over 1 MiB cut before reading") {
		t.Errorf("notice %q does not say a text was cut", o.Notice)
	}
	for _, s := range o.Schedule.Sessions {
		if !utf8.ValidString(s.Title) || len(s.Title) > 4*maxFieldRunes+8 {
			t.Errorf("a title of %d bytes was kept", len(s.Title))
		}
	}
}
