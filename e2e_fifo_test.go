//go:build unix

package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// fifoSchedule makes a FIFO to give as the schedule; cleanup opens it for
// writing, so nothing is left waiting for a writer.
func fifoSchedule(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "polar.xml")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	t.Cleanup(func() {
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
	})
	return path
}

// writeFIFO is the FIFO's late writer.
func writeFIFO(t *testing.T, path, text string) {
	t.Helper()
	w, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.WriteString(text); err != nil {
		t.Fatal(err)
	}
}

// syncBuffer is a buffer a process writes while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestE2EFIFOScheduleCommand: export reads a schedule from a FIFO whose
// writer starts late, saying on stderr meanwhile that it waits for data.
func TestE2EFIFOScheduleCommand(t *testing.T) {
	bin := binary(t)
	path := fifoSchedule(t)
	cmd := exec.Command(bin, "export", path)
	cmd.Env = e2eEnv(t.TempDir())
	var stdout, stderr syncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		_ = cmd.Process.Kill()
		<-exited
	}()
	want := "summit-tui: waiting for data on " + path + "\n"
	for deadline := time.Now().Add(e2eTimeout); stderr.String() != want; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("stderr = %q, want %q", stderr.String(), want)
		}
	}
	writeFIFO(t, path, frabXML(frabTalk{"1", "10:30", "00:50", "Aurora Hall", "Rust on Tiny Boards"}))
	select {
	case err := <-exited:
		exited <- err
		if err != nil || !strings.Contains(stdout.String(), `"title": "Rust on Tiny Boards"`) {
			t.Fatalf("export: %v, stdout %q, stderr %q", err, stdout.String(), stderr.String())
		}
	case <-time.After(e2eTimeout):
		t.Fatal("export did not end after the writer closed")
	}
}

// TestE2EFIFOScheduleBrowser: the browser on a FIFO with no writer says
// it waits for data on it; q and ctrl+c end the program there, and a
// late writer's schedule opens.
func TestE2EFIFOScheduleBrowser(t *testing.T) {
	for _, key := range []string{"q", "\x03"} {
		path := fifoSchedule(t)
		u := startTUI(t, launch{cols: 100, rows: 30, args: []string{path}})
		u.waitText("Waiting for data on " + path)
		u.press(key)
		code, err := u.term.Wait(e2eTimeout)
		if err != nil || code != 0 {
			t.Fatalf("after %q while waiting: exit %d, %v; screen:\n%s", key, code, err, u.term.Screen())
		}
		raw := string(u.term.Raw())
		if u.term.AltScreen() || lastMatch(raw, `\x1b\[\?1049l`) < lastMatch(raw, `\x1b\[\?1049h`) {
			t.Errorf("after %q while waiting: the terminal is still on the alternate screen", key)
		}
	}
	path := fifoSchedule(t)
	u := startTUI(t, launch{cols: 100, rows: 30, args: []string{path}, env: []string{"TZ=UTC"}})
	u.waitText("Waiting for data on " + path)
	writeFIFO(t, path, frabXML(frabTalk{"1", "10:30", "00:50", "Aurora Hall", "Rust on Tiny Boards"}))
	u.waitText("Rust on Tiny Boards")
	u.quit()
}

// TestE2ECacheFIFO: a FIFO put in place of a file of the offline copy
// neither hangs export nor stands in for the copy: export says it was
// ignored, prints the server's schedule and keeps it as the copy.
func TestE2ECacheFIFO(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, frabXML(frabTalk{"1", "10:30", "00:50", "Aurora Hall", "Rust on Tiny Boards"}))
	}))
	defer srv.Close()
	dir := t.TempDir()
	if code, _, stderr := cacheRun(t, dir, "export", srv.URL); code != 0 {
		t.Fatalf("first export: exit %d, %s", code, stderr)
	}
	cacheDir := filepath.Join(dir, "cache", "summit-tui")
	entries, err := os.ReadDir(cacheDir)
	if err != nil || len(entries) == 0 {
		t.Fatalf("no offline copy kept: %v", err)
	}
	for _, e := range entries {
		path := filepath.Join(cacheDir, e.Name())
		t.Run(e.Name(), func(t *testing.T) {
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
			if err := syscall.Mkfifo(path, 0o600); err != nil {
				t.Skipf("no FIFOs here: %v", err)
			}
			code, stdout, stderr := cacheRun(t, dir, "export", srv.URL)
			if code != 0 || !strings.Contains(stdout, `"title": "Rust on Tiny Boards"`) {
				t.Fatalf("export with a FIFO in the cache: exit %d, stdout %q, stderr %q", code, stdout, stderr)
			}
			if want := "summit-tui: offline copy ignored: " + path + ": not a regular file\n"; stderr != want {
				t.Errorf("stderr = %q, want %q", stderr, want)
			}
			if code, _, stderr := cacheRun(t, dir, "export", srv.URL); code != 0 || stderr != "" {
				t.Errorf("export after: exit %d, stderr %q; want the copy kept afresh, silently", code, stderr)
			}
		})
	}
}
