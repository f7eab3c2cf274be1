package data

import (
	"testing"

	"github.com/summit-tui/summit-tui/bench/pagegen"
	"github.com/summit-tui/summit-tui/seeds"
)

// BenchmarkParseSeed: the budget is under 1 ms per parse of the seed.
func BenchmarkParseSeed(b *testing.B) {
	benchmarkParse(b, seeds.DefaultName, seeds.Default, 59)
}

// BenchmarkParse10000: a generated page of 10,000 talks.
func BenchmarkParse10000(b *testing.B) {
	benchmarkParse(b, "generated-10000.txt", pagegen.Generate(10000), 10000)
}

func benchmarkParse(b *testing.B, name string, page []byte, talks int) {
	s, err := ParsePage(name, page)
	if err != nil {
		b.Fatal(err)
	}
	if len(s.Sessions) != talks {
		b.Fatalf("%s: %d talks, want %d", name, len(s.Sessions), talks)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParsePage(name, page); err != nil {
			b.Fatal(err)
		}
	}
}
