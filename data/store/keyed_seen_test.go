package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

func mustSeen(t *testing.T, s *KeyedStore, conference, key string) string {
	t.Helper()
	data, _, err := s.Seen(context.Background(), conference, key)
	if err != nil {
		t.Fatalf("Seen(%s, %s): %v", conference, key, err)
	}
	return data
}

func mustSaveSeen(t *testing.T, s *KeyedStore, conference, key, data string) {
	t.Helper()
	if err := s.SaveSeen(context.Background(), conference, key, data); err != nil {
		t.Fatalf("SaveSeen(%s, %s): %v", conference, key, err)
	}
}

// snapshotsKept counts the snapshots the database holds for conference.
func snapshotsKept(t *testing.T, s *KeyedStore, conference string) int {
	t.Helper()
	var n int
	if err := s.read.QueryRow(s.q(`SELECT COUNT(*) FROM keyed_snapshots WHERE conference = ?`), conference).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestKeyedSeen: each key gets back what it last saw, per conference and
// across a reopen; a version many keys saw is kept once, and only while
// someone still sees it.
func TestKeyedSeen(t *testing.T) {
	const v1, v2 = `{"version":1}`, `{"version":2}`
	forEachKeyedBackend(t, func(t *testing.T, dsn string) {
		s := openKeyedT(t, dsn)
		if got := mustSeen(t, s, confA, keyAda); got != "" {
			t.Errorf("before anything was seen: %q, want none", got)
		}
		mustSaveSeen(t, s, confA, keyAda, v1)
		mustSaveSeen(t, s, confA, keyBob, v1)
		mustSaveSeen(t, s, confB, keyAda, v2)
		if n := snapshotsKept(t, s, confA); n != 1 {
			t.Errorf("one version seen by two keys: %d snapshots kept, want 1", n)
		}
		mustSaveSeen(t, s, confA, keyAda, v2)
		for _, c := range []struct{ conference, key, want string }{
			{confA, keyAda, v2}, {confA, keyBob, v1}, {confB, keyAda, v2}, {confA, keyCleo, ""}, {confB, keyBob, ""},
		} {
			if got := mustSeen(t, s, c.conference, c.key); got != c.want {
				t.Errorf("%s, %s: %q, want %q", c.conference, c.key, got, c.want)
			}
		}
		if n := snapshotsKept(t, s, confA); n != 2 {
			t.Errorf("bob still sees version 1: %d snapshots kept, want 2", n)
		}
		mustSaveSeen(t, s, confA, keyBob, v2)
		if n := snapshotsKept(t, s, confA); n != 1 {
			t.Errorf("nobody sees version 1 any more: %d snapshots kept, want 1", n)
		}
		mustSaveSeen(t, s, confA, keyBob, v2) // the same again changes nothing
		s.Close()
		s = openKeyedT(t, dsn)
		if got := mustSeen(t, s, confA, keyBob); got != v2 {
			t.Errorf("after a reopen: %q, want %q", got, v2)
		}
	})
}

// TestKeyedSeenRefusesOversized: a snapshot beyond the bound is refused
// with a line that says so, and what was seen before is kept.
func TestKeyedSeenRefusesOversized(t *testing.T) {
	s := openKeyedT(t, freshSQLite(t))
	mustSaveSeen(t, s, confA, keyAda, "{}")
	err := s.SaveSeen(context.Background(), confA, keyAda, strings.Repeat("x", maxSeenBytes+1))
	if !errors.Is(err, ErrKeyedInvalid) || !strings.Contains(err.Error(), "more than the") {
		t.Errorf("an oversized snapshot: %v, want ErrKeyedInvalid saying the bound", err)
	}
	if got := mustSeen(t, s, confA, keyAda); got != "{}" {
		t.Errorf("after the refusal: %q, want the earlier one", got)
	}
}

// TestKeyedSeenConcurrent: keys moving between versions at once, in both
// directions, never fail, and never leave a key pointing at a snapshot
// that was deleted under it.
func TestKeyedSeenConcurrent(t *testing.T) {
	forEachKeyedBackend(t, func(t *testing.T, dsn string) {
		s := openKeyedT(t, dsn)
		versions := []string{`{"v":"a"}`, `{"v":"b"}`, `{"v":"c"}`}
		const keys, rounds = 8, 12
		var wg sync.WaitGroup
		errs := make(chan error, keys*rounds)
		for k := range keys {
			wg.Go(func() {
				for r := range rounds {
					v := versions[(k+r)%len(versions)]
					if k%2 == 1 {
						v = versions[(k+rounds-r)%len(versions)]
					}
					if err := s.SaveSeen(context.Background(), confA, fmt.Sprintf("SHA256:key-%d", k), v); err != nil {
						errs <- err
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Errorf("SaveSeen: %v", err)
		}
		for k := range keys {
			if got := mustSeen(t, s, confA, fmt.Sprintf("SHA256:key-%d", k)); got == "" {
				t.Errorf("key %d lost what it saw", k)
			}
		}
		if n := snapshotsKept(t, s, confA); n > len(versions) {
			t.Errorf("%d snapshots kept, want at most %d", n, len(versions))
		}
	})
}
