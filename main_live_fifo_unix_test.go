//go:build unix

package main

import (
	"context"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/ui"
)

// A schedule read from a FIFO (summit-tui <(curl -s …)) gave its data
// once: the browser never reads it again, which would wait for a writer
// that never comes, while a regular file is read again when it changes.
func TestLiveNeverRereadsAFIFO(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir := t.TempDir()
	fifo := filepath.Join(dir, "schedule.xml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var cfg ui.Config
	wireLive(ctx, options{ref: fifo}, data.Opened{Name: fifo}, &cfg)
	if cfg.Live.Refresh != nil || cfg.Live.Changed != nil {
		t.Error("a FIFO schedule is set to be read again")
	}

	file := filepath.Join(dir, "schedule-file.xml")
	writeFile(t, file, "x")
	cfg = ui.Config{}
	wireLive(ctx, options{ref: file}, data.Opened{Name: file}, &cfg)
	if cfg.Live.Refresh == nil {
		t.Error("a regular schedule file is not set to be read again")
	}
}
