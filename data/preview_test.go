package data

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/summit-tui/summit-tui/bench/pagegen"
)

func TestParsePreviewIsTheStartOfTheWholePage(t *testing.T) {
	raw := pagegen.Generate(2000)
	whole, err := ParsePage("big.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	preview, err := ParsePreview("big.txt", raw[:PreviewBytes])
	if err != nil {
		t.Fatal(err)
	}
	n := len(preview.Sessions)
	if n < 10 || n >= len(whole.Sessions) {
		t.Fatalf("the preview holds %d of %d talks", n, len(whole.Sessions))
	}
	if preview.Conference != whole.Conference {
		t.Errorf("conference %q, want %q", preview.Conference, whole.Conference)
	}
	// Every talk of the preview is exactly the whole page's: same id,
	// title, track, speakers and abstract.
	for i := range n {
		if !reflect.DeepEqual(preview.Sessions[i], whole.Sessions[i]) {
			t.Fatalf("talk %d differs:\npreview %+v\nwhole   %+v", i, preview.Sessions[i], whole.Sessions[i])
		}
	}
	for i, tr := range preview.Tracks {
		if whole.Tracks[i] != tr {
			t.Fatalf("tracks %v are not the start of %v", preview.Tracks, whole.Tracks)
		}
	}
}

func TestParsePreviewRefusesWhatOnlyTheWholePageSettles(t *testing.T) {
	page := pagegen.Generate(2000)
	tests := []struct {
		name string
		head []byte
	}{
		{"not UTF-8", append(append([]byte{}, page[:1000]...), append([]byte{0xE9, '\n'}, page[1000:PreviewBytes]...)...)},
		{"binary", append(append([]byte{}, page[:PreviewBytes]...), 0, '\n')},
		{"UTF-16", append([]byte{0xFF, 0xFE}, page[:PreviewBytes]...)},
		{"too little", page[:300]},
		{"one line", []byte("no line ends here")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ParsePreview("p", tt.head); err == nil {
				t.Fatal("a preview was made; the whole page must be parsed")
			}
		})
	}
}

func TestPageFileReadsTheHeadThenTheRest(t *testing.T) {
	page := pagegen.Generate(2000)
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, page, 0o600); err != nil {
		t.Fatal(err)
	}
	p, err := OpenPageFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, complete, err := p.Head(PreviewBytes)
	if err != nil || complete || len(head) != PreviewBytes || string(head) != string(page[:PreviewBytes]) {
		t.Fatalf("head: %d bytes, complete %v, err %v", len(head), complete, err)
	}
	all, err := p.ReadAll()
	if err != nil || string(all) != string(page) {
		t.Fatalf("all: %d of %d bytes, err %v", len(all), len(page), err)
	}
	if string(head) != string(page[:PreviewBytes]) {
		t.Fatal("reading the rest changed the head")
	}

	small := filepath.Join(t.TempDir(), "small.txt")
	if err := os.WriteFile(small, page[:PreviewBytes], 0o600); err != nil {
		t.Fatal(err)
	}
	p, err = OpenPageFile(small)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if head, complete, err := p.Head(PreviewBytes); err != nil || !complete || len(head) != PreviewBytes {
		t.Fatalf("a page of exactly the head's size: %d bytes, complete %v, err %v", len(head), complete, err)
	}
}
