package main

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// lockedBuffer is a log the server writes while the test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// steppingClock is a clock that moves on by step at each reading.
func steppingClock(start time.Time, step time.Duration) func() time.Time {
	var mu sync.Mutex
	at := start
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		now := at
		at = at.Add(step)
		return now
	}
}

// TestLogSessions: each session is one line when it connects and one
// when it ends, with the time, the client's address, its key's
// fingerprint ("no key" without one) and, at the end, how long it lasted;
// the session itself sees nothing of it.
func TestLogSessions(t *testing.T) {
	var log lockedBuffer
	start := time.Date(2030, 3, 8, 9, 0, 0, 0, time.UTC)
	addr := startSSHServer(t, func(s ssh.Session) {
		_, _ = io.WriteString(s, keyFingerprint(s)+"\n")
	}, logSessions(&log, steppingClock(start, 90*time.Second)))

	key := clientKey(t)
	keyed := dialSSH(t, addr, key)
	out, errs, code := runSSH(t, keyed, "x")
	fingerprint := gossh.FingerprintSHA256(key.PublicKey())
	if code != 0 || out != fingerprint+"\n" || errs != "" {
		t.Fatalf("keyed session: exit %d, %q, %q; want its fingerprint %s", code, out, errs, fingerprint)
	}
	keyless := dialSSH(t, addr, nil)
	if out, _, code := runSSH(t, keyless, "x"); code != 0 || out != "\n" {
		t.Fatalf("keyless session: exit %d, %q; want no fingerprint", code, out)
	}

	keyedAddr, keylessAddr := keyed.LocalAddr().String(), keyless.LocalAddr().String()
	want := "2030-03-08T09:00:00Z connect " + keyedAddr + " " + fingerprint + "\n" +
		"2030-03-08T09:01:30Z disconnect " + keyedAddr + " " + fingerprint + " after 1m30s\n" +
		"2030-03-08T09:03:00Z connect " + keylessAddr + " no key\n" +
		"2030-03-08T09:04:30Z disconnect " + keylessAddr + " no key after 1m30s\n"
	if got := log.String(); got != want {
		t.Errorf("log:\n%s\nwant:\n%s", got, want)
	}
}

// TestLogSessionsWhole: sessions ending together never interleave their
// lines.
func TestLogSessionsWhole(t *testing.T) {
	var log lockedBuffer
	addr := startSSHServer(t, func(ssh.Session) {}, logSessions(&log, time.Now))
	client := dialSSH(t, addr, clientKey(t))
	const sessions = 8
	var wg sync.WaitGroup
	for range sessions {
		wg.Go(func() {
			sess, err := client.NewSession()
			if err != nil {
				t.Error(err)
				return
			}
			defer sess.Close()
			if err := sess.Run("x"); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSuffix(log.String(), "\n"), "\n")
	if len(lines) != 2*sessions {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), 2*sessions, log.String())
	}
	for _, line := range lines {
		f := strings.Fields(line)
		if _, err := time.Parse(time.RFC3339, f[0]); err != nil || len(f) < 4 ||
			!(f[1] == "connect" && len(f) == 4 || f[1] == "disconnect" && len(f) == 6 && f[4] == "after") {
			t.Errorf("torn or odd line %q", line)
		}
	}
}

// TestSessionLength: a log reads whole seconds, or milliseconds within
// the first second.
func TestSessionLength(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{1234567 * time.Microsecond, "1s"},
		{1500 * time.Millisecond, "2s"},
		{12*time.Millisecond + 400*time.Microsecond, "12ms"},
		{time.Hour + 2*time.Minute + 3*time.Second + 400*time.Millisecond, "1h2m3s"},
	} {
		if got := sessionLength(tc.d); got != tc.want {
			t.Errorf("sessionLength(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}
