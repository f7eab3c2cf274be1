package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// KeyedStore keeps the bookmarks of many people, each known by a key.
//
// It is one database shared by every session of a server and, with
// PostgreSQL, by several servers: nothing of it is cached in memory, so a
// toggle made anywhere is what the next read sees. Each toggle is its own
// transaction, which also bumps the conference's generation when the toggle
// changed anything; pollers compare generations to learn of a change.
type KeyedStore struct {
	// write runs every transaction that changes something. For SQLite it
	// has one connection, so the server's own toggles queue in Go rather
	// than fail with SQLITE_BUSY; for PostgreSQL it is read too.
	write *sql.DB
	// read serves the queries; for PostgreSQL it is write.
	read *sql.DB
	kind string
	// where names the database in errors: the SQLite file, or the
	// PostgreSQL URL without its password.
	where string
	// placeholders turns the queries' "?" into "$1", "$2"… for PostgreSQL.
	placeholders bool
	// keepChanges is how many generations of the change log are kept
	// per conference, and pruneEvery how often (in generations) the
	// older ones are deleted: keyedKeepChanges and keyedPruneEvery,
	// smaller in tests.
	keepChanges, pruneEvery int64
}

const (
	kindSQLite   = "sqlite"
	kindPostgres = "postgres"

	// maxKeyedField bounds an id, key or conference name: real ones are a
	// few dozen bytes, and a bound keeps one bad caller from filling the
	// database.
	maxKeyedField = 1024
)

// ErrKeyedInvalid is wrapped by the error for an id, key or conference
// name the store refuses (empty, or longer than it keeps).
var ErrKeyedInvalid = errors.New("invalid bookmark field")

// DatabaseError is every error of a KeyedStore: which database, and why,
// in one line: "database /srv/summit/bookmarks.db: is a directory".
type DatabaseError struct {
	Where string // the SQLite file, or the PostgreSQL URL without password
	Why   string
	Err   error
}

func (e *DatabaseError) Error() string {
	return "database " + printablePath(e.Where) + ": " + e.Why
}

func (e *DatabaseError) Unwrap() error { return e.Err }

// OpenKeyed opens (creating when missing) the database at dsn: a
// postgres:// or postgresql:// URL is PostgreSQL; anything else is the path
// of a SQLite file. The schema is created or migrated on open. A SQLite
// file that had to be created is removed again, with any directory made
// for it, when the open fails.
func OpenKeyed(ctx context.Context, dsn string) (*KeyedStore, error) {
	if isPostgresURL(dsn) {
		return openPostgres(ctx, dsn)
	}
	return openSQLite(ctx, dsn)
}

func isPostgresURL(dsn string) bool {
	lower := strings.ToLower(dsn)
	return strings.HasPrefix(lower, "postgres://") || strings.HasPrefix(lower, "postgresql://")
}

// Kind is "sqlite" or "postgres", for logs.
func (s *KeyedStore) Kind() string { return s.kind }

// Close closes the database; the store is not to be used afterwards.
func (s *KeyedStore) Close() error {
	err := s.write.Close()
	if s.read != s.write {
		err = errors.Join(err, s.read.Close())
	}
	if err != nil {
		return s.fail(err)
	}
	return nil
}

// Bookmarks are key's bookmarked ids of a conference (the schedule's
// BookmarkKey), sorted.
func (s *KeyedStore) Bookmarks(ctx context.Context, conference, key string) ([]string, error) {
	if err := s.checkFields(conference, key); err != nil {
		return nil, err
	}
	rows, err := s.read.QueryContext(ctx, s.q(
		`SELECT id FROM keyed_bookmarks WHERE conference = ? AND owner = ? ORDER BY id`),
		conference, key)
	if err != nil {
		return nil, s.fail(err)
	}
	defer rows.Close()
	ids := []string{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, s.fail(err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail(err)
	}
	return ids, nil
}

// Apply applies ops in order, each toggle in its own transaction, and
// returns key's ids afterwards (sorted). Adding an id already there, or
// removing one not there, is no error. On an error the toggles before the
// failing one are kept.
func (s *KeyedStore) Apply(ctx context.Context, conference, key string, ops []BookmarkOp) ([]string, error) {
	if err := s.checkFields(conference, key); err != nil {
		return nil, err
	}
	for _, op := range ops {
		if err := s.checkField("id", op.ID); err != nil {
			return nil, err
		}
	}
	for _, op := range ops {
		if err := s.toggle(ctx, conference, key, op); err != nil {
			return nil, s.fail(err)
		}
	}
	return s.Bookmarks(ctx, conference, key)
}

// toggle applies one op and, when it changed anything, updates the id's
// count and bumps the conference's generation in the same transaction, so
// a poller that sees the new generation also sees the change. Every toggle
// touches the rows in the same order (bookmark, count, generation, change
// log), so
// concurrent ones on PostgreSQL wait for each other but never deadlock.
func (s *KeyedStore) toggle(ctx context.Context, conference, key string, op BookmarkOp) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	query := `DELETE FROM keyed_bookmarks WHERE conference = ? AND owner = ? AND id = ?`
	if op.Add {
		query = `INSERT INTO keyed_bookmarks (conference, owner, id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`
	}
	res, err := tx.ExecContext(ctx, s.q(query), conference, key, op.ID)
	if err != nil {
		return err
	}
	changed, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if changed == 0 {
		return tx.Commit()
	}
	counts := []string{
		`INSERT INTO keyed_going (conference, id, n) VALUES (?, ?, 1)
		 ON CONFLICT (conference, id) DO UPDATE SET n = keyed_going.n + 1`,
	}
	if !op.Add {
		counts = []string{
			`UPDATE keyed_going SET n = n - 1 WHERE conference = ? AND id = ?`,
			`DELETE FROM keyed_going WHERE conference = ? AND id = ? AND n <= 0`,
		}
	}
	for _, query := range counts {
		if _, err := tx.ExecContext(ctx, s.q(query), conference, op.ID); err != nil {
			return err
		}
	}
	var gen int64
	if err := tx.QueryRowContext(ctx, s.q(
		`INSERT INTO keyed_generations (conference, generation) VALUES (?, 1)
		 ON CONFLICT (conference) DO UPDATE SET generation = keyed_generations.generation + 1
		 RETURNING generation`),
		conference).Scan(&gen); err != nil {
		return err
	}
	if err := s.logChange(ctx, tx, conference, key, gen); err != nil {
		return err
	}
	return tx.Commit()
}

// Going is how many keys have bookmarked each id of a conference (ids with
// none are absent).
func (s *KeyedStore) Going(ctx context.Context, conference string) (map[string]int, error) {
	if err := s.checkField("conference", conference); err != nil {
		return nil, err
	}
	rows, err := s.read.QueryContext(ctx, s.q(
		`SELECT id, n FROM keyed_going WHERE conference = ?`), conference)
	if err != nil {
		return nil, s.fail(err)
	}
	defer rows.Close()
	going := map[string]int{}
	for rows.Next() {
		var id string
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, s.fail(err)
		}
		going[id] = n
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail(err)
	}
	return going, nil
}

// Generation grows with every toggle that changed a conference's
// bookmarks, whichever instance made it; it is 0 before the first.
// Pollers compare it to learn that something changed: it is one row read
// by its primary key.
func (s *KeyedStore) Generation(ctx context.Context, conference string) (int64, error) {
	if err := s.checkField("conference", conference); err != nil {
		return 0, err
	}
	var gen int64
	err := s.read.QueryRowContext(ctx, s.q(
		`SELECT generation FROM keyed_generations WHERE conference = ?`), conference).Scan(&gen)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, s.fail(err)
	}
	return gen, nil
}

func (s *KeyedStore) checkFields(conference, key string) error {
	if err := s.checkField("conference", conference); err != nil {
		return err
	}
	return s.checkField("key", key)
}

// checkField refuses an empty id or key, and any field longer than the
// store keeps; the conference may be empty, as a schedule's name can be.
func (s *KeyedStore) checkField(what, v string) error {
	switch {
	case v == "" && what != "conference":
		return &DatabaseError{Where: s.where, Why: "empty bookmark " + what, Err: ErrKeyedInvalid}
	case len(v) > maxKeyedField:
		return &DatabaseError{Where: s.where, Err: ErrKeyedInvalid,
			Why: fmt.Sprintf("bookmark %s is %d bytes, more than the %d kept", what, len(v), maxKeyedField)}
	}
	return nil
}

// fail words an error of the database for its one line.
func (s *KeyedStore) fail(err error) error {
	var de *DatabaseError
	if errors.As(err, &de) {
		return err
	}
	// A driver's words for a timeout can name the server and the user
	// (pgx's do); the why is shown to clients.
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return &DatabaseError{Where: s.where, Why: "no answer in time", Err: err}
	case errors.Is(err, context.Canceled):
		return &DatabaseError{Where: s.where, Why: "cancelled", Err: err}
	}
	if s.kind == kindPostgres {
		return &DatabaseError{Where: s.where, Why: postgresWhy(err), Err: err}
	}
	return &DatabaseError{Where: s.where, Why: sqliteWhy(err), Err: err}
}

// q turns a query written with "?" into PostgreSQL's "$1", "$2"…; the
// queries hold no "?" of their own.
func (s *KeyedStore) q(query string) string {
	if !s.placeholders {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// oneLine keeps a driver's message on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
