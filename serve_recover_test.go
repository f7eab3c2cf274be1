package main

import (
	"strings"
	"testing"

	"charm.land/ssh"
	"charm.land/wish/v2/testsession"
)

// TestServeRecoverSession: a session that panics ends alone, with a line
// in the log and a non-zero status; the server serves the next one.
func TestServeRecoverSession(t *testing.T) {
	log := &testLog{t: t}
	srv := &serveServer{opts: serveOptions{Log: log}}
	calls := 0
	handler := srv.recoverSession(func(s ssh.Session) {
		calls++
		if calls == 1 {
			panic("boom")
		}
		_, _ = s.Write([]byte("still here\n"))
	})
	addr := testsession.Listen(t, &ssh.Server{Handler: handler})
	first, err := testsession.NewClientSession(t, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Run(""); exitStatus(t, err) != 1 {
		t.Errorf("the session that panicked: %v, want exit status 1", err)
	}
	if got := log.String(); strings.Count(got, "\n") != 1 || !strings.Contains(got, "panicked") || !strings.Contains(got, "boom") {
		t.Errorf("log = %q, want one line about the panic", got)
	}
	second, err := testsession.NewClientSession(t, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if out, err := second.Output(""); err != nil || string(out) != "still here\n" {
		t.Errorf("the next session: %q, %v", out, err)
	}
}
