package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// A toggle as a session makes it: one transaction that changes a row and
// bumps the generation, then the key's list read back.
func BenchmarkKeyedApply(b *testing.B) {
	for _, backend := range keyedBackends {
		b.Run(backend.name, func(b *testing.B) {
			s := openKeyedT(b, backend.fresh(b))
			ctx := context.Background()
			seedKeyed(b, s, 1000, 20) // a key with a few bookmarks among many
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				op := BookmarkOp{ID: "talk-bench", Add: i%2 == 0}
				if _, err := s.Apply(ctx, confA, keyAda, []BookmarkOp{op}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The counts of a conference with a thousand bookmarked talks and
// thousands of attendees, as each session's details view asks for them.
func BenchmarkKeyedGoing(b *testing.B) {
	for _, backend := range keyedBackends {
		b.Run(backend.name, func(b *testing.B) {
			s := openKeyedT(b, backend.fresh(b))
			ctx := context.Background()
			seedKeyed(b, s, 3000, 20)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				going, err := s.Going(ctx, confA)
				if err != nil {
					b.Fatal(err)
				}
				if len(going) != 1000 {
					b.Fatalf("Going has %d ids, want 1000", len(going))
				}
			}
		})
	}
}

// seedKeyed gives each of keys keys perKey bookmarks of confA, spread over
// a thousand ids, in a few large statements rather than a toggle each.
func seedKeyed(b *testing.B, s *KeyedStore, keys, perKey int) {
	b.Helper()
	ctx := context.Background()
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	const batch = 500
	var values []string
	var args []any
	flush := func() {
		if len(args) == 0 {
			return
		}
		query := "INSERT INTO keyed_bookmarks (conference, owner, id) VALUES " + strings.Join(values, ", ")
		if _, err := tx.ExecContext(ctx, s.q(query), args...); err != nil {
			b.Fatal(err)
		}
		values, args = values[:0], args[:0]
	}
	for k := range keys {
		for j := range perKey {
			id := fmt.Sprintf("talk-%04d", (k*7+j*50)%1000)
			values = append(values, "(?, ?, ?)")
			args = append(args, confA, fmt.Sprintf("SHA256:key%05d", k), id)
			if len(values) == batch {
				flush()
			}
		}
	}
	flush()
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO keyed_going (conference, id, n)
		SELECT conference, id, COUNT(*) FROM keyed_bookmarks GROUP BY conference, id`)); err != nil {
		b.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	// Planners choose better with statistics, as a long-running server's
	// database has them.
	if _, err := s.write.ExecContext(ctx, "ANALYZE"); err != nil {
		b.Fatal(err)
	}
}

// A server's poll after a few toggles, with the log full of older ones:
// which keys changed since the generation it saw.
func BenchmarkKeyedChangedKeys(b *testing.B) {
	for _, backend := range keyedBackends {
		b.Run(backend.name, func(b *testing.B) {
			s := openKeyedT(b, backend.fresh(b))
			ctx := context.Background()
			seedKeyed(b, s, 1000, 20)
			seedChanges(b, s, keyedKeepChanges)
			for i := range 5 {
				if _, err := s.Apply(ctx, confA, fmt.Sprintf("SHA256:key%05d", i), add("talk-bench")); err != nil {
					b.Fatal(err)
				}
			}
			since := int64(keyedKeepChanges)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				keys, _, all, err := s.ChangedKeys(ctx, confA, since)
				if err != nil || all || len(keys) != 5 {
					b.Fatalf("ChangedKeys = %d keys, all %v, %v; want 5", len(keys), all, err)
				}
			}
		})
	}
}

// seedChanges logs n changes of confA, as n toggles would, and sets its
// generation to n.
func seedChanges(b *testing.B, s *KeyedStore, n int) {
	b.Helper()
	ctx := context.Background()
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	const batch = 500
	for start := 1; start <= n; start += batch {
		var values []string
		var args []any
		for g := start; g < start+batch && g <= n; g++ {
			values = append(values, "(?, ?, ?)")
			args = append(args, confA, g, fmt.Sprintf("SHA256:key%05d", g%1000))
		}
		query := "INSERT INTO keyed_changes (conference, generation, owner) VALUES " + strings.Join(values, ", ")
		if _, err := tx.ExecContext(ctx, s.q(query), args...); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO keyed_generations (conference, generation) VALUES (?, ?)`), confA, n); err != nil {
		b.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}
