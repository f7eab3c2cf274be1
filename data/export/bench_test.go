package export

import (
	"io"
	"testing"

	"github.com/summit-tui/summit-tui/bench/pagegen"
	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
)

// The exports of a generated page of 10,000 talks: B/op stays a small
// fraction of the bytes written, since sessions are written one at a time.
func BenchmarkWriteJSON10000(b *testing.B) {
	s := parseGenerated(b, 10000)
	benchmarkExport(b, func(w io.Writer) error { return WriteJSON(w, s) })
}

func BenchmarkWriteMarkdown10000(b *testing.B) {
	s := parseGenerated(b, 10000)
	benchmarkExport(b, func(w io.Writer) error { return WriteMarkdown(w, s, MarkdownOptions{}) })
}

func BenchmarkWriteMarkdownTimed(b *testing.B) {
	s := timedSchedule()
	benchmarkExport(b, func(w io.Writer) error { return WriteMarkdown(w, s, MarkdownOptions{}) })
}

func parseGenerated(b *testing.B, talks int) model.Schedule {
	s, err := data.ParsePage("generated.txt", pagegen.Generate(talks))
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func benchmarkExport(b *testing.B, write func(io.Writer) error) {
	var out countingWriter
	if err := write(&out); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(out.n))
	b.ReportAllocs()
	for b.Loop() {
		if err := write(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
