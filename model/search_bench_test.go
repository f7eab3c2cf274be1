package model_test

// Benchmarks of search on generated pages (bench/pagegen) of 10,000 and
// 45,000 talks, the largest a page under the 64 MiB cap holds: a first
// letter searches every talk, a longer word too (it may match with a
// slip, so it does not narrow), a narrowing keystroke searches the last
// matches only. They assert no time; bench/measure proves the budgets on
// the real program.
//
//	go test ./model -run '^$' -bench Search -benchmem

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/bench/pagegen"
	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
)

// generated parses a generated page of n talks once per test binary.
var generated = sync.OnceValues(func() (map[int]*model.Schedule, error) {
	out := map[int]*model.Schedule{}
	for _, n := range []int{10000, 45000} {
		s, err := data.ParsePage(fmt.Sprintf("generated-%d.txt", n), pagegen.Generate(n))
		if err != nil {
			return nil, err
		}
		out[n] = &s
	}
	return out, nil
})

func generatedIndex(b *testing.B, n int) (*model.Index, []int) {
	b.Helper()
	pages, err := generated()
	if err != nil {
		b.Fatal(err)
	}
	x := model.NewIndex(pages[n])
	x.Prepare()
	all := make([]int, len(pages[n].Sessions))
	for i := range all {
		all[i] = i
	}
	return x, all
}

func BenchmarkSearchSessions(b *testing.B) {
	for _, n := range []int{10000, 45000} {
		x, all := generatedIndex(b, n)
		for _, c := range []struct{ name, prev, query string }{
			{"first-letter", "", "k"},
			{"word", "", "streaming"},
			{"slip", "", "kubernetse"},
			{"two-words", "", "kafka stream"},
			{"narrowing", "str", "stre"},
			{"filter", "", "track:core kafka"},
		} {
			b.Run(fmt.Sprintf("%d/%s", n, c.name), func(b *testing.B) {
				q := model.ParseQuery(c.query)
				candidates := all
				if c.prev != "" {
					prev := model.ParseQuery(c.prev)
					if !q.Narrows(prev) {
						b.Fatalf("%q does not narrow %q", c.query, c.prev)
					}
					candidates = candidates[:0:0]
					for _, m := range x.SearchSessions(all, prev) {
						candidates = append(candidates, m.Session)
					}
				}
				b.ReportAllocs()
				var got int
				cpu0 := cpuTime()
				for b.Loop() {
					got = len(x.SearchSessions(candidates, q))
				}
				reportCPU(b, cpu0)
				b.ReportMetric(float64(got), "matches")
			})
		}
	}
}

// reportCPU reports the CPU time per operation since cpu0.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if cpu0 > 0 {
		b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
	}
}

// BenchmarkIndexPrepare builds the search index of a page, as the browser
// does in the background once the page is read, and reports the memory
// it keeps per 1,000 talks.
func BenchmarkIndexPrepare(b *testing.B) {
	pages, err := generated()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{10000, 45000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				model.NewIndex(pages[n]).Prepare()
			}
			reportCPU(b, cpu0)
			b.ReportMetric(retainedMB(func() any { x := model.NewIndex(pages[n]); x.Prepare(); return x })*1000/float64(n), "MB/1000talks")
		})
	}
}

// retainedMB is the heap that what build returns keeps alive, in MB.
func retainedMB(build func() any) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	kept := build()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(kept)
	return float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
}
