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
	"strings"
	"testing"
	"time"
)

// The budget: a toggle on a file of 1,000,000 ids (about 50 MB), or on a
// file of that size's other costly shapes, takes at most 0.6 s and 150 MB
// of peak memory. peak-MB is the process's peak
// resident set during the toggle, and cpu-ms/op its CPU time (user and
// system), where the system tells them.
const benchBookmarkIDs = 1_000_000

// BenchmarkBookmarkToggleHuge: every id in the conference toggled, the
// worst case, since all of its list must be decoded and returned.
func BenchmarkBookmarkToggleHuge(b *testing.B) {
	benchmarkBookmarkToggle(b, bookmarkShape{conferences: 1, ids: benchBookmarkIDs})
}

// BenchmarkBookmarkToggleHugeOthers: the same ids spread over 1,000
// conferences, one of which is toggled.
func BenchmarkBookmarkToggleHugeOthers(b *testing.B) {
	benchmarkBookmarkToggle(b, bookmarkShape{conferences: 1000, ids: benchBookmarkIDs})
}

// BenchmarkBookmarkToggleManyConferences: files of about 20 MB whose cost
// is per conference rather than per byte. Each conference is one more
// name to order and one more list to copy, and ids that were written
// escaped (as Python's json module writes anything not ASCII) must be
// decoded to be written again.
func BenchmarkBookmarkToggleManyConferences(b *testing.B) {
	for _, c := range []struct {
		name  string
		shape bookmarkShape
	}{
		{"one_id_each", bookmarkShape{conferences: 200_000, ids: 200_000, pad: 20}},
		{"long_escaped_ids", bookmarkShape{conferences: 20_000, ids: 20_000, pad: 960, escaped: true}},
	} {
		b.Run(c.name, func(b *testing.B) { benchmarkBookmarkToggle(b, c.shape) })
	}
}

// bookmarkShape is a bookmarks file: ids spread evenly over conferences,
// each id about 40 bytes and pad more.
type bookmarkShape struct {
	conferences, ids, pad int
	escaped               bool // the padding written with \u escapes
}

func benchmarkBookmarkToggle(b *testing.B, sh bookmarkShape) {
	path := filepath.Join(b.TempDir(), "summit-tui", "bookmarks.json")
	size := writeHugeBookmarkFile(b, path, sh)
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
		if want := sh.ids / sh.conferences; add && len(ids) != want+1 || !add && len(ids) != want {
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

// writeHugeBookmarkFile writes a file of the shape, in the form the store
// writes (but for escapes), and returns its size.
func writeHugeBookmarkFile(b *testing.B, path string, sh bookmarkShape) int64 {
	b.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		b.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	names := make([]string, sh.conferences)
	for i := range names {
		names[i] = benchConferenceName(i)
	}
	// Conferences in the order the store sorts them.
	sorted := append([]string(nil), names...)
	slices.Sort(sorted)
	w.WriteString("{\n  \"version\": 1,\n  \"conferences\": {\n")
	per := sh.ids / sh.conferences
	pad := strings.Repeat("-", sh.pad)
	if sh.escaped {
		pad = strings.Repeat(`-caf\u00e9`, sh.pad/10)
	}
	for c, name := range sorted {
		w.WriteString("    " + strconv.Quote(name) + ": [\n")
		for i := range per {
			w.WriteString(`      "` + fmt.Sprintf("2019-05-14-streaming-at-scale-%09d", c*per+i) + pad + `"`)
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
