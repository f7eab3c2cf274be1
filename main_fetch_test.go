package main

import (
	"bytes"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/data"
)

// TestProgressLine: a command's fetch progress is one line, rewritten in
// place, cut to the terminal's width so it never wraps, and cleared once;
// with standard error not a terminal there is none.
func TestProgressLine(t *testing.T) {
	var out bytes.Buffer
	l := &progressLine{w: &out, width: func() int { return 30 }}
	l.clear()
	if out.Len() != 0 {
		t.Errorf("clearing a line never shown wrote %q", out.String())
	}
	l.show(data.FetchProgress{Host: "example.org", Bytes: 2048, Total: -1, Elapsed: 2 * time.Second})
	l.show(data.FetchProgress{Host: "example.org", Bytes: 4096, Total: -1, Elapsed: 3 * time.Second})
	l.clear()
	l.clear()
	want := "\rFetching example.org · 2.0 K…\x1b[K" + "\rFetching example.org · 4.0 K…\x1b[K" + "\r\x1b[K"
	if out.String() != want {
		t.Errorf("wrote %q, want %q", out.String(), want)
	}

	opts := options{}
	showFetchProgress(&opts)()
	if opts.open.Progress != nil {
		t.Error("progress is shown on a standard error that is not a terminal")
	}
}
