package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
)

// samplesDir holds real published schedules beside the project, when it
// is there; tests that read them skip without it.
const samplesDir = "../../shared/samples"

// sampleSchedule reads one of the real schedules, or skips the test when
// the samples are absent.
func sampleSchedule(t testing.TB, name string) model.Schedule {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(samplesDir, name))
	if err != nil {
		t.Skipf("no sample %s: %v", name, err)
	}
	o, err := data.OpenBytes(name, raw, data.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return o.Schedule
}

// withSample browses a real schedule with the clock at a wall-clock time
// of its own zone ("2026-01-31 09:05") and the machine in UTC.
func withSample(t testing.TB, name, now string) harnessOption {
	t.Helper()
	s := sampleSchedule(t, name)
	loc := s.Location
	if loc == nil {
		loc = time.UTC
	}
	at, err := time.ParseInLocation("2006-01-02 15:04", now, loc)
	if err != nil {
		t.Fatal(err)
	}
	return func(h *harness) {
		h.cfg.Schedule = s
		h.cfg.Zone = time.UTC
		h.clock = at
	}
}
