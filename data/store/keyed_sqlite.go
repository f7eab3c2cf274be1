package store

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// sqliteReaders bounds the connections that serve reads: WAL lets them run
// beside the one writer, and a few are plenty for the queries' size.
const sqliteReaders = 4

// sqliteParams are set on every connection: wait for another process's
// write (rather than fail at once), and take the write lock when a
// transaction begins, so two writers never deadlock upgrading a read lock.
const sqliteParams = "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)"

// openSQLite opens or creates the SQLite file at path: mode 0600, its
// directory 0700 when created, in WAL mode.
func openSQLite(ctx context.Context, path string) (_ *KeyedStore, err error) {
	if path == "" {
		return nil, &DatabaseError{Where: `""`, Why: "no file named"}
	}
	fail := func(why string, cause error) error {
		return &DatabaseError{Where: path, Why: why, Err: cause}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fail(errnoWhy(err), err)
	}
	cleanup, err := prepareSQLiteFile(abs)
	if err != nil {
		return nil, fail(errnoWhy(err), err)
	}
	s := &KeyedStore{kind: kindSQLite, where: path, keepChanges: keyedKeepChanges, pruneEvery: keyedPruneEvery}
	defer func() {
		if err != nil {
			if s.write != nil {
				s.write.Close()
			}
			if s.read != nil {
				s.read.Close()
			}
			cleanup()
		}
	}()

	// A URI names the file, so that no character of its path is taken for
	// a parameter.
	name := (&url.URL{Scheme: "file", Path: abs}).String()
	s.write, err = sql.Open("sqlite", name+"?"+sqliteParams+"&_pragma=journal_mode(WAL)&_txlock=immediate")
	if err != nil {
		return nil, fail(sqliteWhy(err), err)
	}
	// One writer: the server's toggles wait their turn in Go, never on
	// SQLITE_BUSY.
	s.write.SetMaxOpenConns(1)
	s.read, err = sql.Open("sqlite", name+"?"+sqliteParams+"&_pragma=query_only(1)")
	if err != nil {
		return nil, fail(sqliteWhy(err), err)
	}
	s.read.SetMaxOpenConns(sqliteReaders)
	s.read.SetMaxIdleConns(sqliteReaders)

	var mode string
	if err = s.write.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
		return nil, fail(sqliteOpenWhy(abs, err), err)
	}
	if !strings.EqualFold(mode, "wal") {
		err = errors.New("journal mode " + mode)
		return nil, fail("cannot keep a write-ahead log beside it (journal mode "+mode+")", err)
	}
	if err = s.migrate(ctx); err != nil {
		var de *DatabaseError
		if errors.As(err, &de) {
			return nil, err
		}
		return nil, fail(sqliteOpenWhy(abs, err), err)
	}
	return s, nil
}

// prepareSQLiteFile makes sure path can be the database: an existing
// regular file that can be written, or a new empty file of mode 0600
// (SQLite gives its journal files the same mode), in a directory created
// with mode 0700 when missing. cleanup removes what this made.
func prepareSQLiteFile(path string) (cleanup func(), err error) {
	cleanup = func() {}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return cleanup, syscall.EISDIR
	case err == nil && !info.Mode().IsRegular():
		return cleanup, errors.New("is not a regular file")
	case err == nil:
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			return cleanup, err
		}
		return cleanup, f.Close()
	case !errors.Is(err, fs.ErrNotExist):
		return cleanup, err
	}
	dirs, err := makeDirs(filepath.Dir(path))
	removeDirs := func() {
		for i := len(dirs) - 1; i >= 0; i-- {
			os.Remove(dirs[i])
		}
	}
	if err != nil {
		removeDirs()
		return cleanup, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		// Another server made it meanwhile: it is theirs to keep.
		removeDirs()
		return prepareSQLiteFile(path)
	}
	if err != nil {
		removeDirs()
		return cleanup, err
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		removeDirs()
		return cleanup, err
	}
	// The journals are removed with the file only if this open made them:
	// something already there under their names is not ours.
	var journals []string
	for _, suffix := range sqliteJournals {
		if _, err := os.Lstat(path + suffix); errors.Is(err, fs.ErrNotExist) {
			journals = append(journals, path+suffix)
		}
	}
	return func() {
		for _, j := range journals {
			os.Remove(j)
		}
		os.Remove(path)
		removeDirs()
	}, nil
}

// makeDirs makes dir and its missing parents with mode 0700 and returns
// those it made, outermost first.
func makeDirs(dir string) ([]string, error) {
	var missing []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil {
			break
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		missing = append(missing, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	var made []string
	for i := len(missing) - 1; i >= 0; i-- {
		if err := os.Mkdir(missing[i], 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
			return made, err
		}
		made = append(made, missing[i])
	}
	return made, nil
}

// sqliteJournals are the files SQLite keeps beside the database.
var sqliteJournals = []string{"-wal", "-shm", "-journal"}

// sqliteOpenWhy words an error of opening the database at path: SQLite
// says only that it could not open or write a file, so a journal's name
// taken by something else is looked for.
func sqliteOpenWhy(path string, err error) string {
	var se *sqlite.Error
	if errors.As(err, &se) && (se.Code()&0xff == sqlite3.SQLITE_CANTOPEN || se.Code()&0xff == sqlite3.SQLITE_IOERR) {
		for _, suffix := range sqliteJournals {
			info, err := os.Lstat(path + suffix)
			switch {
			case err == nil && info.IsDir():
				return "its journal " + printablePath(filepath.Base(path+suffix)) + " is a directory"
			case err == nil && !info.Mode().IsRegular():
				return "its journal " + printablePath(filepath.Base(path+suffix)) + " is not a regular file"
			}
		}
	}
	return sqliteWhy(err)
}

// errnoWhy is the system's reason alone ("not a directory"), without the
// operation and path that the DatabaseError already gives.
func errnoWhy(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno.Error()
	}
	return oneLine(err.Error())
}

// sqliteWhy words a SQLite error by its code: the driver's own text can
// name a different, stale error ("out of memory" for a file it could not
// open).
func sqliteWhy(err error) string {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return oneLine(err.Error())
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_CANTOPEN:
		return "cannot open the file or create its journal beside it"
	case sqlite3.SQLITE_NOTADB:
		return "not a SQLite database (or a damaged one)"
	case sqlite3.SQLITE_CORRUPT:
		return "the database is damaged"
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return "locked by another program for too long"
	case sqlite3.SQLITE_READONLY:
		return "read-only"
	case sqlite3.SQLITE_FULL:
		return "no space left on device"
	case sqlite3.SQLITE_IOERR:
		return "input/output error"
	case sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH:
		return "permission denied"
	case sqlite3.SQLITE_NOMEM:
		return "out of memory"
	}
	return oneLine(se.Error())
}
