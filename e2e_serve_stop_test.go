package main

import (
	"net/http"
	"net/http/httptest"
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// TestServeSIGTERMWhileStarting: SIGTERM while the schedule is still being
// fetched (its server answers nothing) stops summit-tui serve within 5 s,
// with status 0, rather than when the fetch gives up.
func TestServeSIGTERMWhileStarting(t *testing.T) {
	t.Parallel()
	asked := make(chan struct{}, 1)
	release := make(chan struct{})
	schedules := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case asked <- struct{}{}:
		default:
		}
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer schedules.Close()
	defer close(release)

	cmd := exec.Command(binary(t), "serve", schedules.URL+"/schedule.xml", "--listen", "127.0.0.1:0")
	cmd.Env = e2eEnv(t.TempDir())
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-exited
		exited <- nil
	})
	select {
	case <-asked:
	case err := <-exited:
		t.Fatalf("the server ended before fetching its schedule: %v", err)
	case <-time.After(e2eTimeout):
		t.Fatal("the server never asked for its schedule")
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("after SIGTERM: %v, want exit status 0", err)
		}
		exited <- err
	case <-time.After(5 * time.Second):
		t.Fatal("the server did not exit within 5 s of SIGTERM while fetching its schedule")
	}
}
