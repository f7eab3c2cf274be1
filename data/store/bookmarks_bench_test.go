package store

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"testing"
	"time"
)

// The budget: a toggle on a file of 1,000,000 ids (about 50 MB) takes at
// most 0.6 s and 150 MB of peak memory. peak-MB is the process's peak
// resident set during the toggle, and cpu-ms/op its CPU time (user and
// system), where the system tells them.
const benchBookmarkIDs = 1_000_000

// BenchmarkBookmarkToggleHuge: every id in the conference toggled, the
// worst case, since all of its list must be decoded and returned.
func BenchmarkBookmarkToggleHuge(b *testing.B) {
	benchmarkBookmarkToggle(b, 1)
}

// BenchmarkBookmarkToggleHugeOthers: the same ids spread over 1,000
// conferences, one of which is toggled.
func BenchmarkBookmarkToggleHugeOthers(b *testing.B) {
	benchmarkBookmarkToggle(b, 1000)
}

func benchmarkBookmarkToggle(b *testing.B, conferences int) {
	path := filepath.Join(b.TempDir(), "summit-tui", "bookmarks.json")
	size := writeHugeBookmarkFile(b, path, conferences)
	s := NewBookmarkStore(path)
	conference := benchConferenceName(0)
	b.SetBytes(size)
	b.ReportAllocs()
	var peak int64
	var cpu time.Duration
	add := true
	for b.Loop() {
		b.StopTimer()
		runtime.GC()
		debug.FreeOSMemory()
		resetPeakRSS()
		cpu -= processCPU()
		b.StartTimer()
		ids, err := applyToggle(s, conference, "added-by-the-benchmark", add)
		b.StopTimer()
		cpu += processCPU()
		if err != nil {
			b.Fatal(err)
		}
		if want := benchBookmarkIDs / conferences; add && len(ids) != want+1 || !add && len(ids) != want {
			b.Fatalf("Toggle returned %d ids", len(ids))
		}
		add = !add
		peak = max(peak, peakRSS())
		b.StartTimer()
	}
	if peak > 0 {
		b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	}
	if cpu > 0 {
		// CPU time is steadier than wall time on a busy machine.
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

func benchConferenceName(i int) string {
	if i == 0 {
		return "Kafka Summit London 2019"
	}
	return fmt.Sprintf("Generated Summit %04d", i)
}

// writeHugeBookmarkFile writes benchBookmarkIDs ids of about 40 bytes,
// spread over conferences, in the form the store writes, and returns the
// file's size.
func writeHugeBookmarkFile(b *testing.B, path string, conferences int) int64 {
	b.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		b.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	names := make([]string, conferences)
	for i := range names {
		names[i] = benchConferenceName(i)
	}
	// Conferences in the order the store sorts them.
	sorted := append([]string(nil), names...)
	slices.Sort(sorted)
	w.WriteString("{\n  \"version\": 1,\n  \"conferences\": {\n")
	per := benchBookmarkIDs / conferences
	for c, name := range sorted {
		w.WriteString("    " + strconv.Quote(name) + ": [\n")
		for i := range per {
			w.WriteString(`      "` + fmt.Sprintf("2019-05-14-streaming-at-scale-%09d", c*per+i) + `"`)
			if i < per-1 {
				w.WriteString(",")
			}
			w.WriteString("\n")
		}
		w.WriteString("    ]")
		if c < len(sorted)-1 {
			w.WriteString(",")
		}
		w.WriteString("\n")
	}
	w.WriteString("  }\n}\n")
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	fi, err := f.Stat()
	if err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return fi.Size()
}
