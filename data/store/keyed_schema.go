package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// keyedMigrations are the schema's steps, in the SQL that SQLite and
// PostgreSQL share; step i takes the schema from version i to i+1. A new
// step is appended, never an old one changed: databases out there ran it.
var keyedMigrations = [][]string{
	{
		// One row per bookmark; the primary key serves a person's own.
		`CREATE TABLE keyed_bookmarks (
			conference TEXT NOT NULL,
			owner TEXT NOT NULL,
			id TEXT NOT NULL,
			PRIMARY KEY (conference, owner, id)
		)`,
		// How many keys bookmarked each id, kept by the toggles
		// themselves: every session's details view asks, and reading a
		// row per talk is far cheaper than counting a row per bookmark.
		// An id nobody bookmarks has no row.
		`CREATE TABLE keyed_going (
			conference TEXT NOT NULL,
			id TEXT NOT NULL,
			n BIGINT NOT NULL,
			PRIMARY KEY (conference, id)
		)`,
		`CREATE TABLE keyed_generations (
			conference TEXT NOT NULL PRIMARY KEY,
			generation BIGINT NOT NULL
		)`,
	},
	{
		// Whose bookmarks each generation changed: one row per
		// generation, so that a poller re-reads only those keys'. The
		// oldest rows are pruned (keyed_changes.go).
		`CREATE TABLE keyed_changes (
			conference TEXT NOT NULL,
			generation BIGINT NOT NULL,
			owner TEXT NOT NULL,
			PRIMARY KEY (conference, generation)
		)`,
	},
	{
		// What each key last saw of a conference's schedule, so that a
		// person who connects again is shown what changed meanwhile.
		// Many keys saw the same version: its snapshot is kept once,
		// under the digest of its text (keyed_seen.go).
		`CREATE TABLE keyed_snapshots (
			conference TEXT NOT NULL,
			digest TEXT NOT NULL,
			data TEXT NOT NULL,
			PRIMARY KEY (conference, digest)
		)`,
		`CREATE TABLE keyed_seen (
			conference TEXT NOT NULL,
			owner TEXT NOT NULL,
			digest TEXT NOT NULL,
			PRIMARY KEY (conference, owner)
		)`,
		// Whether anyone still saw a snapshot, asked when a key moves on.
		`CREATE INDEX keyed_seen_digest ON keyed_seen (conference, digest)`,
	},
}

// keyedMigrateLock is the PostgreSQL advisory lock that lets one instance at
// a time create or migrate the schema when several start together.
const keyedMigrateLock = 0x53554d4d4954 // "SUMMIT"

// migrate brings the schema to the latest version in one transaction.
func (s *KeyedStore) migrate(ctx context.Context) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if s.kind == kindPostgres {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, keyedMigrateLock); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx,
		`CREATE TABLE IF NOT EXISTS keyed_schema (version INTEGER NOT NULL)`); err != nil {
		return err
	}
	var version int
	err = tx.QueryRowContext(ctx, `SELECT version FROM keyed_schema`).Scan(&version)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO keyed_schema (version) VALUES (0)`); err != nil {
			return err
		}
	case err != nil:
		return err
	}
	if version > len(keyedMigrations) {
		return &DatabaseError{Where: s.where, Err: ErrBookmarksNewer,
			Why: fmt.Sprintf("schema version %d was written by a newer summit-tui", version)}
	}
	for ; version < len(keyedMigrations); version++ {
		for _, stmt := range keyedMigrations[version] {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return err
			}
		}
	}
	if _, err := tx.ExecContext(ctx, s.q(`UPDATE keyed_schema SET version = ?`), version); err != nil {
		return err
	}
	return tx.Commit()
}
