package data

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/summit-tui/summit-tui/bench/frabgen"
)

// BenchmarkOpenFOSDEM: the budget is 30 ms to read FOSDEM 2026's 2.7 MB
// schedule.xml into a finished schedule. It needs the samples.
func BenchmarkOpenFOSDEM(b *testing.B) {
	requireSamples(b)
	raw, err := os.ReadFile(filepath.Join(samplesDir, "fosdem-2026.schedule.xml"))
	if err != nil {
		b.Fatal(err)
	}
	benchmarkOpen(b, "fosdem-2026.schedule.xml", raw, 883)
}

// BenchmarkOpenFOSDEMNoGC reads FOSDEM as the program does: with the
// collector held back while a schedule is parsed (main's parseWithoutGC).
func BenchmarkOpenFOSDEMNoGC(b *testing.B) {
	requireSamples(b)
	raw, err := os.ReadFile(filepath.Join(samplesDir, "fosdem-2026.schedule.xml"))
	if err != nil {
		b.Fatal(err)
	}
	benchmarkOpenNoGC(b, "fosdem-2026.schedule.xml", raw)
}

// BenchmarkOpenFrab9000NoGC: ten times FOSDEM, as the program reads it.
func BenchmarkOpenFrab9000NoGC(b *testing.B) {
	benchmarkOpenNoGC(b, "generated-9000.xml", frabgen.Generate(9000))
}

// benchmarkOpenNoGC times reading with the collector off, as main's
// parseWithoutGC runs it; the garbage is collected between runs, outside
// the timing.
func benchmarkOpenNoGC(b *testing.B, name string, raw []byte) {
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for b.Loop() {
		if _, err := OpenBytes(name, raw, OpenOptions{}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		runtime.GC()
		b.StartTimer()
	}
}

// BenchmarkOpenFrab9000: a generated schedule ten times FOSDEM's size;
// the budget is 300 ms.
func BenchmarkOpenFrab9000(b *testing.B) {
	benchmarkOpen(b, "generated-9000.xml", frabgen.Generate(9000), 9000)
}

// BenchmarkOpenFrab900: the generated schedule at FOSDEM's size.
func BenchmarkOpenFrab900(b *testing.B) {
	benchmarkOpen(b, "generated-900.xml", frabgen.Generate(900), 900)
}

func benchmarkOpen(b *testing.B, name string, raw []byte, events int) {
	o, err := OpenBytes(name, raw, OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	if len(o.Schedule.Sessions) != events {
		b.Fatalf("%s: %d sessions, want %d", name, len(o.Schedule.Sessions), events)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := OpenBytes(name, raw, OpenOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
