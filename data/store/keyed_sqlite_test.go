package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The database file and its journal are the server's alone (0600), in a
// directory made 0700, and it keeps a write-ahead log so that sessions read
// while one writes.
func TestKeyedSQLiteFile(t *testing.T) {
	dsn := freshSQLite(t)
	s := openKeyedT(t, dsn)
	mustApply(t, s, confA, keyAda, add("talk-a"))
	for path, want := range map[string]fs.FileMode{
		filepath.Dir(dsn): fs.ModeDir | 0o700,
		dsn:               0o600,
		dsn + "-wal":      0o600,
	} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode() != want {
			t.Errorf("%s has mode %v, want %v", filepath.Base(path), info.Mode(), want)
		}
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var mode string
	if err := db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
}

// A database that cannot be opened is one line that names the file and
// why, and leaves the directory as it was: no half-made file, journal or
// directory, and an existing file untouched.
func TestKeyedSQLiteOpenFailures(t *testing.T) {
	cases := []struct {
		name  string
		setup func(t *testing.T, dir string) string // the dsn
		why   string
	}{
		{"a directory in its place", func(t *testing.T, dir string) string {
			path := filepath.Join(dir, "bookmarks.db")
			mustMkdir(t, path)
			return path
		}, "is a directory"},
		{"under a regular file", func(t *testing.T, dir string) string {
			mustWrite(t, filepath.Join(dir, "plain"), "not a directory\n")
			return filepath.Join(dir, "plain", "serve", "bookmarks.db")
		}, "not a directory"},
		{"a corrupt file", func(t *testing.T, dir string) string {
			path := filepath.Join(dir, "bookmarks.db")
			mustWrite(t, path, strings.Repeat("this is not a database\n", 300))
			return path
		}, "not a SQLite database (or a damaged one)"},
		{"its journal cannot be made", func(t *testing.T, dir string) string {
			path := filepath.Join(dir, "new", "bookmarks.db")
			mustMkdir(t, filepath.Dir(path))
			mustMkdir(t, path+"-wal")
			return path
		}, "its journal bookmarks.db-wal is a directory"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			dsn := c.setup(t, dir)
			before := treeOf(t, dir)
			s, err := OpenKeyed(context.Background(), dsn)
			if err == nil {
				s.Close()
				t.Fatal("OpenKeyed succeeded")
			}
			want := "database " + dsn + ": " + c.why
			if err.Error() != want {
				t.Errorf("error:\n got %s\nwant %s", err, want)
			}
			var de *DatabaseError
			if !errors.As(err, &de) {
				t.Errorf("error %T is not a *DatabaseError", err)
			}
			if after := treeOf(t, dir); !slices.Equal(before, after) {
				t.Errorf("the failed open changed the directory:\nbefore %q\n after %q", before, after)
			}
		})
	}
}

// treeOf lists every file under dir with its size, to tell that nothing
// was made, removed or written.
func treeOf(t *testing.T, dir string) []string {
	t.Helper()
	var tree []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		tree = append(tree, fmt.Sprintf("%s %v %d bytes", rel, info.Mode(), info.Size()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

func mustMkdir(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(path, 0o700); err != nil {
		t.Fatal(err)
	}
}

func mustWrite(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// The file is the one named, whatever its name holds: no character is
// taken for a parameter of the database's URI.
func TestKeyedSQLiteOddPath(t *testing.T) {
	dsn := filepath.Join(t.TempDir(), "a b?mode=ro#c%20d", "book marks?.db")
	s := openKeyedT(t, dsn)
	mustApply(t, s, confA, keyAda, add("talk-a"))
	s.Close()
	if info, err := os.Stat(dsn); err != nil || info.Size() == 0 {
		t.Fatalf("the database is not at the path named: %v", err)
	}
	wantIDs(t, "after reopening", mustBookmarks(t, openKeyedT(t, dsn), confA, keyAda), "talk-a")
}
