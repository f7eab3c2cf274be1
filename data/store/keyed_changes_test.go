package store

import (
	"context"
	"slices"
	"testing"
)

func mustChanged(t *testing.T, s *KeyedStore, conference string, since int64) ([]string, int64, bool) {
	t.Helper()
	keys, gen, all, err := s.ChangedKeys(context.Background(), conference, since)
	if err != nil {
		t.Fatalf("ChangedKeys(%s, %d): %v", conference, since, err)
	}
	return keys, gen, all
}

// A poller learns whose bookmarks changed since the generation it saw,
// from any instance, and only those that did change something.
func TestKeyedChangedKeys(t *testing.T) {
	forEachKeyedBackend(t, func(t *testing.T, dsn string) {
		s := openKeyedT(t, dsn)
		other := openKeyedT(t, dsn)
		keys, gen, all := mustChanged(t, other, confA, 0)
		if len(keys) != 0 || keys == nil || gen != 0 || all {
			t.Fatalf("a new conference: %#v, %d, %v; want none at 0", keys, gen, all)
		}
		mustApply(t, s, confA, keyAda, add("talk-a"))
		mustApply(t, s, confA, keyAda, add("talk-a")) // changes nothing
		mustApply(t, s, confA, keyBob, add("talk-a", "talk-b"))
		mustApply(t, s, confB, keyCleo, add("talk-x")) // another conference
		keys, gen, all = mustChanged(t, other, confA, 0)
		if !slices.Equal(keys, []string{keyAda, keyBob}) || gen != 3 || all {
			t.Errorf("since 0: %v, %d, %v; want ada and bob at 3", keys, gen, all)
		}
		keys, gen, all = mustChanged(t, other, confA, 1)
		if !slices.Equal(keys, []string{keyBob}) || gen != 3 || all {
			t.Errorf("since 1: %v, %d, %v; want bob at 3", keys, gen, all)
		}
		keys, gen, all = mustChanged(t, other, confA, 3)
		if len(keys) != 0 || gen != 3 || all {
			t.Errorf("since 3: %v, %d, %v; want none at 3", keys, gen, all)
		}
		// A generation this database never had: anyone may have changed.
		if _, gen, all = mustChanged(t, other, confA, 7); !all || gen != 3 {
			t.Errorf("since 7: %d, %v; want all at 3", gen, all)
		}
		keys, gen, all = mustChanged(t, other, confB, 0)
		if !slices.Equal(keys, []string{keyCleo}) || gen != 1 || all {
			t.Errorf("conference B: %v, %d, %v; want cleo at 1", keys, gen, all)
		}
	})
}

// The log stays bounded: the oldest changes are pruned, and a poller that
// asks about them is told that any key may have changed.
func TestKeyedChangedKeysPruned(t *testing.T) {
	forEachKeyedBackend(t, func(t *testing.T, dsn string) {
		s := openKeyedT(t, dsn)
		s.keepChanges, s.pruneEvery = 8, 4
		for i := range 30 {
			mustApply(t, s, confA, keyAda, []BookmarkOp{{ID: "talk-a", Add: i%2 == 0}})
		}
		mustApply(t, s, confA, keyBob, add("talk-b"))
		var rows int
		if err := s.read.QueryRow(`SELECT COUNT(*) FROM keyed_changes`).Scan(&rows); err != nil {
			t.Fatal(err)
		}
		if rows > 8+4 {
			t.Errorf("the log keeps %d rows, want at most 12", rows)
		}
		if _, gen, all := mustChanged(t, s, confA, 2); !all || gen != 31 {
			t.Errorf("since a pruned generation: %d, %v; want all at 31", gen, all)
		}
		keys, gen, all := mustChanged(t, s, confA, 29)
		if !slices.Equal(keys, []string{keyAda, keyBob}) || gen != 31 || all {
			t.Errorf("since 29: %v, %d, %v; want ada and bob at 31", keys, gen, all)
		}
	})
}

// A database made before the change log opens, gains it, and says that
// changes from before it are unknown while those after are known.
func TestKeyedChangedKeysMigrates(t *testing.T) {
	forEachKeyedBackend(t, func(t *testing.T, dsn string) {
		s := openKeyedT(t, dsn)
		mustApply(t, s, confA, keyAda, add("talk-a", "talk-b"))
		// The schema as the version before the log left it.
		for _, stmt := range []string{`DROP TABLE keyed_changes`, `DROP TABLE keyed_seen`, `DROP TABLE keyed_snapshots`, `UPDATE keyed_schema SET version = 1`} {
			if _, err := s.write.Exec(stmt); err != nil {
				t.Fatal(err)
			}
		}
		s.Close()
		s = openKeyedT(t, dsn)
		wantIDs(t, "after the migration", mustBookmarks(t, s, confA, keyAda), "talk-a", "talk-b")
		if keys, gen, all := mustChanged(t, s, confA, 2); len(keys) != 0 || gen != 2 || all {
			t.Errorf("since 2: %v, %d, %v; want none at 2", keys, gen, all)
		}
		if _, _, all := mustChanged(t, s, confA, 1); !all {
			t.Errorf("since 1, before the log: want all")
		}
		mustApply(t, s, confA, keyBob, add("talk-a"))
		if keys, gen, all := mustChanged(t, s, confA, 2); !slices.Equal(keys, []string{keyBob}) || gen != 3 || all {
			t.Errorf("since 2: %v, %d, %v; want bob at 3", keys, gen, all)
		}
		var version int
		if err := s.read.QueryRow(`SELECT version FROM keyed_schema`).Scan(&version); err != nil || version != len(keyedMigrations) {
			t.Errorf("schema version %d (%v), want %d", version, err, len(keyedMigrations))
		}
	})
}
