package store

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gofrs/flock"
)

// These tests run the store in child processes: copies of this test binary
// started with -test.run=^TestBookmarkHelperProcess$ and the mode in
// bookmarkHelperEnv.
const (
	bookmarkHelperEnv       = "SUMMIT_TUI_BOOKMARKS_HELPER"
	bookmarkHelperPath      = "SUMMIT_TUI_BOOKMARKS_HELPER_PATH"
	bookmarkHelperArg       = "SUMMIT_TUI_BOOKMARKS_HELPER_ARG"
	bookmarkChurnConference = "Churn Summit"
)

// TestBookmarkHelperProcess is the child's side; run as a normal test it
// does nothing.
func TestBookmarkHelperProcess(t *testing.T) {
	mode := os.Getenv(bookmarkHelperEnv)
	if mode == "" {
		return
	}
	s := NewBookmarkStore(os.Getenv(bookmarkHelperPath))
	arg := os.Getenv(bookmarkHelperArg)
	var err error
	switch mode {
	case "add":
		err = bookmarkHelperAdd(s, arg)
	case "churn":
		err = bookmarkHelperChurn(s)
	case "hold":
		err = bookmarkHelperHold(arg)
	default:
		err = runPlatformBookmarkHelper(s, mode, arg)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}

// bookmarkHelperAdd waits for its standard input to close, so that both
// children start together, then adds ids prefix-000, prefix-001, ….
func bookmarkHelperAdd(s *BookmarkStore, prefix string) error {
	if _, err := io.Copy(io.Discard, os.Stdin); err != nil {
		return err
	}
	for i := range bookmarkAddsPerProcess {
		id := fmt.Sprintf("%s-%03d", prefix, i)
		ids, err := applyToggle(s, bmKafka, id, true)
		if err != nil {
			return err
		}
		if !slices.Contains(ids, id) {
			return fmt.Errorf("Toggle(%q) returned %q without it", id, ids)
		}
	}
	return nil
}

const bookmarkAddsPerProcess = 150

// bookmarkHelperHold holds the lock file lockPath, as a summit-tui in the
// middle of a save does, until its standard input closes.
func bookmarkHelperHold(lockPath string) error {
	l := flock.New(lockPath)
	if err := l.Lock(); err != nil {
		return err
	}
	if _, err := fmt.Println("locked"); err != nil {
		return err
	}
	_, err := io.Copy(io.Discard, os.Stdin)
	return errors.Join(err, l.Unlock())
}

// holdBookmarkLock starts a child process holding the lock of the
// bookmarks file at path and returns once it holds it; release lets go.
func holdBookmarkLock(t *testing.T, path string) (release func()) {
	t.Helper()
	cmd := bookmarkHelper(path, "hold", path+".lock")
	stderr := new(bytes.Buffer)
	cmd.Stderr = stderr
	gate, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	released := false
	release = func() {
		if released {
			return
		}
		released = true
		_ = gate.Close()
		if err := cmd.Wait(); err != nil {
			t.Errorf("lock holder: %v\n%s", err, stderr)
		}
	}
	t.Cleanup(release)
	if line, err := bufio.NewReader(stdout).ReadString('\n'); err != nil || line != "locked\n" {
		t.Fatalf("lock holder said %q, %v\n%s", line, err, stderr)
	}
	return release
}

// bookmarkHelperChurn toggles forever, printing the number of each step once it is
// saved.
func bookmarkHelperChurn(s *BookmarkStore) error {
	for step := 0; ; step++ {
		id, add := bookmarkChurnStep(step)
		if _, err := applyToggle(s, bookmarkChurnConference, id, add); err != nil {
			return fmt.Errorf("step %d: %w", step, err)
		}
		if _, err := fmt.Println(step); err != nil {
			return err
		}
	}
}

// bookmarkChurnStep is step's toggle: add churn-0…churn-6, remove them, again.
func bookmarkChurnStep(step int) (id string, add bool) {
	return fmt.Sprintf("churn-%d", step%7), step/7%2 == 0
}

// bookmarkChurnState is the churn conference's ids once steps 0…last are saved.
func bookmarkChurnState(last int) []string {
	set := map[string]bool{}
	for step := 0; step <= last; step++ {
		id, add := bookmarkChurnStep(step)
		if add {
			set[id] = true
		} else {
			delete(set, id)
		}
	}
	ids := make([]string, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

func bookmarkHelper(path, mode, arg string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestBookmarkHelperProcess$")
	cmd.Env = append(os.Environ(),
		// Under -race a process sleeps 1s at exit unless told not to.
		"GORACE="+strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"),
		bookmarkHelperEnv+"="+mode,
		bookmarkHelperPath+"="+path,
		bookmarkHelperArg+"="+arg,
	)
	return cmd
}

// Two processes adding at once lose none of each other's bookmarks.
func TestBookmarkStoreTwoProcesses(t *testing.T) {
	s, _ := newTestBookmarkStore(t, "good_canonical.json")
	want := []string{"id-a", "id-b", "id-c"}
	var children []*exec.Cmd
	var stderrs []*bytes.Buffer
	var gates []io.Closer
	for _, prefix := range []string{"first", "second"} {
		cmd := bookmarkHelper(s.Path(), "add", prefix)
		stderr := new(bytes.Buffer)
		cmd.Stderr = stderr
		gate, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		children, stderrs, gates = append(children, cmd), append(stderrs, stderr), append(gates, gate)
		for i := range bookmarkAddsPerProcess {
			want = append(want, fmt.Sprintf("%s-%03d", prefix, i))
		}
	}
	for _, gate := range gates {
		gate.Close()
	}
	for i, cmd := range children {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("child %d: %v\n%s", i, err, stderrs[i])
		}
	}
	slices.Sort(want)
	got, err := s.Read(bmKafka)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		missing := slices.DeleteFunc(slices.Clone(want), func(id string) bool { return slices.Contains(got, id) })
		t.Errorf("%d ids after both processes, want %d; missing %q", len(got), len(want), missing)
	}
	if ids, err := s.Read(bmRnD); err != nil || !slices.Equal(ids, []string{"x-1"}) {
		t.Errorf("other conference: %q, %v; want [x-1]", ids, err)
	}
}

// A process killed at any moment leaves a whole file holding the state
// before or after its last toggle, and nothing that gets in the next
// toggle's way.
func TestBookmarkStoreSurvivesKill(t *testing.T) {
	tests := []struct {
		after   int  // kill once this step is saved…
		midSave bool // …or, later, once a temporary file shows a save under way
	}{
		{0, false}, {1, false}, {5, false}, {21, false}, {89, false},
		{0, true}, {2, true}, {3, true}, {8, true}, {13, true}, {34, true}, {55, true},
	}
	for _, tt := range tests {
		name := fmt.Sprintf("after step %d", tt.after)
		if tt.midSave {
			name = fmt.Sprintf("during a save after step %d", tt.after)
		}
		t.Run(name, func(t *testing.T) {
			s, _ := newTestBookmarkStore(t, "good_canonical.json")
			cmd := bookmarkHelper(s.Path(), "churn", "")
			stderr := new(bytes.Buffer)
			cmd.Stderr = stderr
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			lines := bufio.NewScanner(stdout)
			last := -1
			for last < tt.after && lines.Scan() {
				if n, err := strconv.Atoi(lines.Text()); err == nil {
					last = n
				}
			}
			if last < tt.after {
				_ = cmd.Process.Kill()
				_ = cmd.Wait()
				t.Fatalf("child stopped after step %d, before step %d:\n%s", last, tt.after, stderr)
			}
			if tt.midSave {
				waitForBookmarkTemp(t, s.Path())
			}
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			// Steps saved after the one that triggered the kill are still
			// in the pipe.
			for lines.Scan() {
				if n, err := strconv.Atoi(lines.Text()); err == nil {
					last = n
				}
			}
			_ = cmd.Wait()

			got, err := s.Read(bookmarkChurnConference)
			if err != nil {
				t.Fatalf("file after the kill: %v", err)
			}
			if before, after := bookmarkChurnState(last), bookmarkChurnState(last+1); !sameBookmarkIDs(got, before) && !sameBookmarkIDs(got, after) {
				t.Errorf("killed after step %d: file has %q, want %q or %q", last, got, before, after)
			}
			if ids, err := s.Read(bmKafka); err != nil || !slices.Equal(ids, []string{"id-a", "id-b", "id-c"}) {
				t.Errorf("other conference after the kill: %q, %v", ids, err)
			}

			if _, err := toggleBookmarkWithin(t, s, bookmarkChurnConference, "after-kill", true); err != nil {
				t.Fatalf("Toggle after the kill: %v", err)
			}
			if names := bookmarkDirNames(t, filepath.Dir(s.Path())); !slices.Equal(names, []string{"bookmarks.json", "bookmarks.json.lock"}) {
				t.Errorf("directory holds %q after the next toggle, want only the file and its lock", names)
			}
		})
	}
}

// waitForBookmarkTemp returns as soon as a temporary file is next to path.
func waitForBookmarkTemp(t *testing.T, path string) {
	t.Helper()
	base := filepath.Base(path)
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
		entries, err := os.ReadDir(filepath.Dir(path))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if isTempName(e.Name(), base) {
				return
			}
		}
	}
	t.Fatal("no save under way within 5s")
}

// toggleBookmarkWithin fails the test instead of hanging if the lock is never
// released.
func toggleBookmarkWithin(t *testing.T, s *BookmarkStore, conference, id string, add bool) ([]string, error) {
	t.Helper()
	type result struct {
		ids []string
		err error
	}
	done := make(chan result, 1)
	go func() {
		ids, err := applyToggle(s, conference, id, add)
		done <- result{ids, err}
	}()
	select {
	case r := <-done:
		return r.ids, r.err
	case <-time.After(10 * time.Second):
		t.Fatal("Toggle still waiting after 10s: is the lock of a dead process held?")
		return nil, nil
	}
}
