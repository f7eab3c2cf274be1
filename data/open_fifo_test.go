//go:build unix

package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// makeFIFO makes a FIFO in a fresh directory; should a test leave it
// waiting for a writer, cleanup is one, so nothing stays blocked.
func makeFIFO(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "schedule.xml")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	t.Cleanup(func() { unblockFIFOOpen(path) })
	return path
}

// openAsync runs Open in the background.
func openAsync(ctx context.Context, ref string, opts OpenOptions) <-chan error {
	done := make(chan error, 1)
	go func() {
		o, err := Open(ctx, ref, opts)
		if err == nil && o.Schedule.Conference == "" {
			err = errors.New("no schedule read")
		}
		done <- err
	}()
	return done
}

// TestOpenFIFOLateWriter: a schedule in a FIFO whose writer starts late
// is read; meanwhile, the caller is told that it waits for data, once.
func TestOpenFIFOLateWriter(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "schedules", "good_frab_devroom.xml"))
	if err != nil {
		t.Fatal(err)
	}
	path := makeFIFO(t)
	waiting := make(chan string, 2)
	opts := OpenOptions{WaitAfter: 20 * time.Millisecond, Waiting: func(name string) { waiting <- name }}
	done := openAsync(context.Background(), path, opts)
	select {
	case name := <-waiting:
		if name != path {
			t.Errorf("waiting for %q, want %q", name, path)
		}
	case err := <-done:
		t.Fatalf("Open returned without a writer: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("never told of the wait")
	}
	w, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	half := len(body) / 2
	if _, err := w.Write(body[:half]); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(body[half:]); err != nil {
		t.Fatal(err)
	}
	w.Close()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Open did not return after the writer closed")
	}
	if len(waiting) != 0 {
		t.Errorf("told of the wait %d more times", len(waiting))
	}
}

// TestOpenFIFOCancelled: while a FIFO has no writer, or a writer that
// sends nothing, ending the context ends Open at once.
func TestOpenFIFOCancelled(t *testing.T) {
	for _, writer := range []bool{false, true} {
		name := "no writer"
		if writer {
			name = "a silent writer"
		}
		t.Run(name, func(t *testing.T) {
			path := makeFIFO(t)
			waiting := make(chan string, 1)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			opts := OpenOptions{WaitAfter: 20 * time.Millisecond, Waiting: func(name string) { waiting <- name }}
			done := openAsync(ctx, path, opts)
			if writer {
				w, err := os.OpenFile(path, os.O_WRONLY, 0)
				if err != nil {
					t.Fatal(err)
				}
				defer w.Close()
			}
			select {
			case <-waiting:
			case <-time.After(10 * time.Second):
				t.Fatal("never told of the wait")
			}
			cancel()
			select {
			case err := <-done:
				if err == nil || !strings.HasSuffix(err.Error(), path+": cancelled") {
					t.Errorf("Open = %v, want it cancelled", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Open still waits after the context ended")
			}
		})
	}
}
