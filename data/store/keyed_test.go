package store

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
)

const (
	keyAda  = "SHA256:adaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	keyBob  = "SHA256:bobBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"
	keyCleo = "SHA256:cleoCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC"
	confA   = "fosdem-2026"
	confB   = "pycon-2026"
)

func add(ids ...string) []BookmarkOp {
	ops := make([]BookmarkOp, len(ids))
	for i, id := range ids {
		ops[i] = BookmarkOp{ID: id, Add: true}
	}
	return ops
}

func del(ids ...string) []BookmarkOp {
	ops := add(ids...)
	for i := range ops {
		ops[i].Add = false
	}
	return ops
}

func mustApply(t *testing.T, s *KeyedStore, conference, key string, ops []BookmarkOp) []string {
	t.Helper()
	ids, err := s.Apply(context.Background(), conference, key, ops)
	if err != nil {
		t.Fatalf("Apply(%s, %s): %v", conference, key, err)
	}
	return ids
}

func mustBookmarks(t *testing.T, s *KeyedStore, conference, key string) []string {
	t.Helper()
	ids, err := s.Bookmarks(context.Background(), conference, key)
	if err != nil {
		t.Fatalf("Bookmarks(%s, %s): %v", conference, key, err)
	}
	return ids
}

func mustGeneration(t *testing.T, s *KeyedStore, conference string) int64 {
	t.Helper()
	g, err := s.Generation(context.Background(), conference)
	if err != nil {
		t.Fatalf("Generation(%s): %v", conference, err)
	}
	return g
}

func wantIDs(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if want == nil {
		want = []string{}
	}
	if got == nil || !slices.Equal(got, want) {
		t.Errorf("%s = %#v, want %#v", what, got, want)
	}
}

// A bookmark made in one session is there after the server restarts, and
// the answer of Apply is the key's whole list, sorted.
func TestKeyedSurvivesReopen(t *testing.T) {
	forEachKeyedBackend(t, func(t *testing.T, dsn string) {
		s := openKeyedT(t, dsn)
		if kind := s.Kind(); kind != strings.Split(t.Name(), "/")[1] {
			t.Errorf("Kind = %q", kind)
		}
		wantIDs(t, "before any toggle", mustBookmarks(t, s, confA, keyAda))
		got := mustApply(t, s, confA, keyAda, append(add("talk-c", "talk-a", "talk-b"), del("talk-b")...))
		wantIDs(t, "Apply", got, "talk-a", "talk-c")
		if err := s.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
		s = openKeyedT(t, dsn)
		wantIDs(t, "after reopening", mustBookmarks(t, s, confA, keyAda), "talk-a", "talk-c")
	})
}

// Adding what is there or removing what is not changes nothing and is no
// error.
func TestKeyedApplyIdempotent(t *testing.T) {
	forEachKeyedBackend(t, func(t *testing.T, dsn string) {
		s := openKeyedT(t, dsn)
		mustApply(t, s, confA, keyAda, add("talk-a"))
		got := mustApply(t, s, confA, keyAda, append(add("talk-a", "talk-a"), del("talk-z", "talk-z")...))
		wantIDs(t, "Apply", got, "talk-a")
		wantIDs(t, "no ops", mustApply(t, s, confA, keyAda, nil), "talk-a")
	})
}

// Each key sees only its own bookmarks, and each conference only its own.
func TestKeyedSeparation(t *testing.T) {
	forEachKeyedBackend(t, func(t *testing.T, dsn string) {
		s := openKeyedT(t, dsn)
		mustApply(t, s, confA, keyAda, add("talk-a"))
		mustApply(t, s, confA, keyBob, add("talk-b"))
		mustApply(t, s, confB, keyAda, add("talk-x"))
		wantIDs(t, "ada in A", mustBookmarks(t, s, confA, keyAda), "talk-a")
		wantIDs(t, "bob in A", mustBookmarks(t, s, confA, keyBob), "talk-b")
		wantIDs(t, "cleo in A", mustBookmarks(t, s, confA, keyCleo))
		wantIDs(t, "ada in B", mustBookmarks(t, s, confB, keyAda), "talk-x")
		wantIDs(t, "bob in B", mustBookmarks(t, s, confB, keyBob))
		// Removing in one conference leaves the other alone.
		mustApply(t, s, confB, keyAda, del("talk-a"))
		wantIDs(t, "ada in A after a removal in B", mustBookmarks(t, s, confA, keyAda), "talk-a")
	})
}

// Going counts the keys that bookmarked each id, in one conference only.
func TestKeyedGoing(t *testing.T) {
	forEachKeyedBackend(t, func(t *testing.T, dsn string) {
		s := openKeyedT(t, dsn)
		ctx := context.Background()
		going, err := s.Going(ctx, confA)
		if err != nil || going == nil || len(going) != 0 {
			t.Fatalf("Going of an empty conference = %v, %v; want an empty map", going, err)
		}
		mustApply(t, s, confA, keyAda, add("talk-a", "talk-b"))
		mustApply(t, s, confA, keyBob, add("talk-a", "talk-c"))
		mustApply(t, s, confA, keyCleo, add("talk-a", "talk-c", "talk-d"))
		mustApply(t, s, confA, keyCleo, del("talk-d"))
		mustApply(t, s, confB, keyAda, add("talk-a", "talk-x"))
		going, err = s.Going(ctx, confA)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]int{"talk-a": 3, "talk-b": 1, "talk-c": 2}
		if !maps.Equal(going, want) {
			t.Errorf("Going(A) = %v, want %v", going, want)
		}
	})
}

// The generation grows with each toggle that changed something, and only
// with those; another instance on the same database sees it grow.
func TestKeyedGeneration(t *testing.T) {
	forEachKeyedBackend(t, func(t *testing.T, dsn string) {
		s := openKeyedT(t, dsn)
		other := openKeyedT(t, dsn)
		if g := mustGeneration(t, s, confA); g != 0 {
			t.Fatalf("generation of a new conference = %d, want 0", g)
		}
		steps := []struct {
			key   string
			ops   []BookmarkOp
			grows int64
		}{
			{keyAda, add("talk-a"), 1},
			{keyAda, add("talk-a"), 0},
			{keyAda, del("talk-z"), 0},
			{keyBob, add("talk-a"), 1},
			{keyAda, add("talk-b", "talk-c"), 2},
			{keyAda, append(add("talk-b"), del("talk-c")...), 1},
			{keyAda, nil, 0},
		}
		last := int64(0)
		for i, st := range steps {
			mustApply(t, s, confA, st.key, st.ops)
			g := mustGeneration(t, other, confA)
			if g-last != st.grows {
				t.Errorf("step %d (%v): generation %d → %d, want it to grow by %d", i, st.ops, last, g, st.grows)
			}
			last = g
		}
		if g := mustGeneration(t, s, confB); g != 0 {
			t.Errorf("generation of an untouched conference = %d, want 0", g)
		}
	})
}

// Many sessions toggling at once lose nothing and fail nothing: every key
// ends with its own ids, the counts add up, and the generation counts
// every change.
func TestKeyedConcurrentApply(t *testing.T) {
	forEachKeyedBackend(t, func(t *testing.T, dsn string) {
		s := openKeyedT(t, dsn)
		other := openKeyedT(t, dsn) // a second instance on the same database
		const workers, ids = 16, 12
		ctx := context.Background()
		var wg sync.WaitGroup
		errs := make(chan error, workers)
		for w := range workers {
			store := s
			if w%2 == 1 {
				store = other
			}
			wg.Go(func() {
				key := fmt.Sprintf("SHA256:worker%02d", w)
				for i := range ids {
					id := fmt.Sprintf("talk-%02d", i)
					// Add every id, remove every third again, then poll as a
					// session would.
					if _, err := store.Apply(ctx, confA, key, add(id)); err != nil {
						errs <- err
						return
					}
					if i%3 == 0 {
						if _, err := store.Apply(ctx, confA, key, del(id)); err != nil {
							errs <- err
							return
						}
					}
					if _, err := store.Generation(ctx, confA); err != nil {
						errs <- err
						return
					}
					if _, err := store.Going(ctx, confA); err != nil {
						errs <- err
						return
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Errorf("concurrent toggle: %v", err)
		}
		var want []string
		for i := range ids {
			if i%3 != 0 {
				want = append(want, fmt.Sprintf("talk-%02d", i))
			}
		}
		for w := range workers {
			wantIDs(t, fmt.Sprintf("worker %d", w), mustBookmarks(t, s, confA, fmt.Sprintf("SHA256:worker%02d", w)), want...)
		}
		going, err := s.Going(ctx, confA)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range want {
			if going[id] != workers {
				t.Errorf("Going[%s] = %d, want %d", id, going[id], workers)
			}
		}
		if len(going) != len(want) {
			t.Errorf("Going has %d ids, want %d", len(going), len(want))
		}
		changes := int64(workers * (ids + (ids+2)/3))
		if g := mustGeneration(t, s, confA); g != changes {
			t.Errorf("generation = %d, want %d (one per change)", g, changes)
		}
	})
}

// An id or key that no caller would pass is refused with one clear line,
// and nothing is stored.
func TestKeyedRejectsBadFields(t *testing.T) {
	forEachKeyedBackend(t, func(t *testing.T, dsn string) {
		s := openKeyedT(t, dsn)
		ctx := context.Background()
		long := strings.Repeat("x", maxKeyedField+1)
		cases := []struct {
			name      string
			call      func() error
			wantInErr string
		}{
			{"long id", func() error { _, err := s.Apply(ctx, confA, keyAda, add("talk-a", long)); return err }, "bookmark id is 1025 bytes, more than the 1024 kept"},
			{"long key", func() error { _, err := s.Apply(ctx, confA, long, add("talk-a")); return err }, "bookmark key is 1025 bytes"},
			{"long conference", func() error { _, err := s.Going(ctx, long); return err }, "bookmark conference is 1025 bytes"},
			{"empty key", func() error { _, err := s.Bookmarks(ctx, confA, ""); return err }, "empty bookmark key"},
			{"empty id", func() error { _, err := s.Apply(ctx, confA, keyAda, add("")); return err }, "empty bookmark id"},
		}
		for _, c := range cases {
			err := c.call()
			if err == nil || !errors.Is(err, ErrKeyedInvalid) || !strings.Contains(err.Error(), c.wantInErr) ||
				!strings.HasPrefix(err.Error(), "database ") || strings.Contains(err.Error(), "\n") {
				t.Errorf("%s: err = %v, want one line with %q", c.name, err, c.wantInErr)
			}
		}
		// The long id's batch was refused whole, its valid toggle included.
		wantIDs(t, "after refusals", mustBookmarks(t, s, confA, keyAda))
		if g := mustGeneration(t, s, confA); g != 0 {
			t.Errorf("generation after refusals = %d, want 0", g)
		}
	})
}

// A database whose schema a newer summit-tui wrote is refused, not
// changed: this one would not know what its rows mean.
func TestKeyedRefusesNewerSchema(t *testing.T) {
	forEachKeyedBackend(t, func(t *testing.T, dsn string) {
		s := openKeyedT(t, dsn)
		mustApply(t, s, confA, keyAda, add("talk-a"))
		if _, err := s.write.Exec(`UPDATE keyed_schema SET version = 99`); err != nil {
			t.Fatal(err)
		}
		s.Close()
		_, err := OpenKeyed(context.Background(), dsn)
		if err == nil || !errors.Is(err, ErrBookmarksNewer) ||
			!strings.HasSuffix(err.Error(), ": schema version 99 was written by a newer summit-tui") {
			t.Fatalf("OpenKeyed = %v, want the newer schema refused", err)
		}
		if !isPostgresURL(dsn) {
			if _, err := os.Stat(dsn); err != nil {
				t.Errorf("the refused database is gone: %v", err)
			}
		}
	})
}
