package main

import (
	"strings"
	"testing"
)

func TestParseVmRSS(t *testing.T) {
	status := "Name:\tsummit-tui\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\nThreads:\t9\n"
	got, err := parseStatusMB([]byte(status), "VmRSS")
	if err != nil || got != 100 {
		t.Errorf("parseStatusMB(VmRSS) = %v, %v; want 100 MB (the resident size, not the peak)", got, err)
	}
	for _, bad := range []string{"Name:\tx\n", "VmRSS:\t12 pages\n"} {
		if _, err := parseStatusMB([]byte(bad), "VmRSS"); err == nil {
			t.Errorf("parseStatusMB(%q): no error", bad)
		}
	}
}

// The live heap is the third figure of the last gctrace line, whatever
// the server logged after it.
func TestServeLogLastHeap(t *testing.T) {
	l := &serveLog{changed: make(chan struct{})}
	if got := l.lastHeap(); got != "?" {
		t.Errorf("no GC yet: %q, want ?", got)
	}
	for _, line := range []string{
		"gc 1 @0.010s 2%: 0.01+1.2+0.01 ms clock, 0.02+0/0.5/1+0.02 ms cpu, 3->4->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P",
		"2026-12-07T06:11:13Z connect 127.0.0.5:45583 SHA256:abc",
		"gc 2 @1.500s 3%: 0.02+2.5+0.01 ms clock, 0.04+0/1/2+0.02 ms cpu, 300->310->285 MB, 320 MB goal, 1 MB stacks, 0 MB globals, 2 P",
		"2026-12-07T06:11:14Z disconnect 127.0.0.5:45583 SHA256:abc after 1s",
	} {
		_, _ = l.Write([]byte(line + "\n"))
	}
	if got := l.lastHeap(); got != "285 MB" {
		t.Errorf("lastHeap = %q, want 285 MB", got)
	}
	if n, _ := l.count("disconnect"); n != 1 {
		t.Errorf("count(disconnect) = %d, want 1", n)
	}
}

func TestSourceText(t *testing.T) {
	if got := sourceText(1); got != "127.0.0.1 alone" {
		t.Errorf("sourceText(1) = %q", got)
	}
	if got := sourceText(8); !strings.Contains(got, "127.0.0.8") {
		t.Errorf("sourceText(8) = %q", got)
	}
}

func TestRunP90s(t *testing.T) {
	xs := []float64{1, 2, 3, 4, 5, 10, 20, 30, 40, 50}
	got := runP90s(xs, 2)
	if len(got) != 2 || got[0] != p90(xs[:5]) || got[1] != p90(xs[5:]) {
		t.Errorf("runP90s = %v, want each run's own p90", got)
	}
	if runP90s(xs, 3) != nil {
		t.Error("runP90s of unequal shares: want nil")
	}
}
