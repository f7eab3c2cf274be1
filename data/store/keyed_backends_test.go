package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"
)

// postgresEnv names a PostgreSQL database (a postgres:// URL) that the
// store's tests may use; each test makes its own schema there and drops it.
const postgresEnv = "SUMMIT_TUI_TEST_POSTGRES"

// keyedBackend makes a fresh, empty database for one test and names it.
type keyedBackend struct {
	name  string
	fresh func(t testing.TB) string // a dsn of its own, removed when t ends
}

var keyedBackends = []keyedBackend{
	{"sqlite", freshSQLite},
	{"postgres", freshPostgres},
}

// forEachKeyedBackend runs test against SQLite, and against PostgreSQL when
// postgresEnv is set; otherwise that run is skipped with the reason.
func forEachKeyedBackend(t *testing.T, test func(t *testing.T, dsn string)) {
	for _, b := range keyedBackends {
		t.Run(b.name, func(t *testing.T) {
			test(t, b.fresh(t))
		})
	}
}

func freshSQLite(t testing.TB) string {
	return filepath.Join(t.TempDir(), "serve", "bookmarks.db")
}

// freshPostgres makes a uniquely named schema, drops it when t ends, and
// returns the database's URL with that schema as its search_path, so that
// runs never see each other's tables.
func freshPostgres(t testing.TB) string {
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skip(postgresEnv + " is not set to a postgres:// URL: the store's PostgreSQL tests are skipped")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("%s: %v", postgresEnv, err)
	}
	defer conn.Close(ctx)
	var suffix [8]byte
	rand.Read(suffix[:])
	schema := "summit_test_" + hex.EncodeToString(suffix[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", postgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// openKeyedT opens dsn and closes it when t ends.
func openKeyedT(t testing.TB, dsn string) *KeyedStore {
	t.Helper()
	s, err := OpenKeyed(context.Background(), dsn)
	if err != nil {
		t.Fatalf("OpenKeyed: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
