package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// cacheRun runs the real binary with its own XDG directories under dir
// and returns its exit status, stdout and stderr. It fails the test if
// the program is still running after a bound.
func cacheRun(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary(t), args...)
	cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+filepath.Join(dir, "cache"), "XDG_DATA_HOME="+filepath.Join(dir, "data"),
		"XDG_STATE_HOME="+filepath.Join(dir, "state"), "XDG_CONFIG_HOME="+filepath.Join(dir, "config"), "HOME="+dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("summit-tui %s: still running after 20 s (stderr %q)", strings.Join(args, " "), stderr.String())
	}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return exit.ExitCode(), stdout.String(), stderr.String()
	case err != nil:
		t.Fatal(err)
	}
	return 0, stdout.String(), stderr.String()
}

// TestE2EParallelRefreshes: four export --refresh runs at once, against a
// server whose schedule changes with every request, leave one whole
// offline copy: next reads it after each round, and with the server gone
// export opens it.
func TestE2EParallelRefreshes(t *testing.T) {
	// Each round's four requests are answered together, so that the four
	// runs keep their copies at the same moment.
	const runs = 4
	var n atomic.Int64
	var mu sync.Mutex
	gate := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := n.Add(1)
		mu.Lock()
		wait := gate
		if i%runs == 0 {
			close(gate)
			gate = make(chan struct{})
		}
		mu.Unlock()
		select {
		case <-wait:
		case <-time.After(5 * time.Second):
		}
		talks := make([]frabTalk, 0, 2000+i)
		for k := range 2000 + int(i) {
			talks = append(talks, frabTalk{fmt.Sprint(k), "10:30", "00:50", fmt.Sprintf("Room %d", k), fmt.Sprintf("Talk %d of version %d", k, i)})
		}
		fmt.Fprint(w, frabXML(talks...))
	}))
	dir := t.TempDir()
	for round := range 6 {
		var wg sync.WaitGroup
		for range runs {
			wg.Go(func() {
				if code, _, stderr := cacheRun(t, dir, "export", "--refresh", srv.URL); code != 0 {
					t.Errorf("round %d: export --refresh: exit %d, %s", round, code, stderr)
				}
			})
		}
		wg.Wait()
		// next never fetches: it reads the offline copy.
		if code, _, stderr := cacheRun(t, dir, "next", srv.URL); code != 0 {
			t.Fatalf("round %d: next from the offline copy: exit %d, %s", round, code, stderr)
		}
	}
	srv.Close()
	code, stdout, stderr := cacheRun(t, dir, "export", srv.URL)
	if code != 0 || !strings.Contains(stdout, "of version") || !strings.Contains(stderr, "using the offline copy") {
		t.Fatalf("offline start after parallel refreshes: exit %d, stderr %q", code, stderr)
	}
}
