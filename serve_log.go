package main

import (
	"io"
	"strings"
	"sync"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"
)

// logSessions writes one line per connect and per disconnect to w: time
// (RFC 3339, from now), remote address, the key's SHA256 fingerprint or
// "no key", and, on disconnect, how long the session lasted. Lines are
// written whole (safe for concurrent sessions).
func logSessions(w io.Writer, now func() time.Time) wish.Middleware {
	var mu sync.Mutex
	logLine := func(fields ...string) {
		line := strings.Join(fields, " ") + "\n"
		mu.Lock()
		defer mu.Unlock()
		_, _ = io.WriteString(w, line)
	}
	return func(next ssh.Handler) ssh.Handler {
		return func(s ssh.Session) {
			addr, key := s.RemoteAddr().String(), logKey(keyFingerprint(s))
			start := now()
			logLine(start.Format(time.RFC3339), "connect", addr, key)
			// Deferred, so a session that panics is logged as ended too.
			defer func() {
				end := now()
				logLine(end.Format(time.RFC3339), "disconnect", addr, key, "after", sessionLength(end.Sub(start)))
			}()
			next(s)
		}
	}
}

// sessionLength is d as a log reads it: whole seconds, or milliseconds
// for a session refused or ended within a second.
func sessionLength(d time.Duration) string {
	if d < time.Second {
		return d.Round(time.Millisecond).String()
	}
	return d.Round(time.Second).String()
}

// keyFingerprint is the session's public key's SHA256 fingerprint
// (gossh.FingerprintSHA256), or "" for a keyless session.
func keyFingerprint(s ssh.Session) string {
	key := s.PublicKey()
	if key == nil {
		return ""
	}
	return gossh.FingerprintSHA256(key)
}

// logKey is a key's fingerprint as the log names it: "no key" for a
// keyless session.
func logKey(fingerprint string) string {
	if fingerprint == "" {
		return "no key"
	}
	return fingerprint
}
