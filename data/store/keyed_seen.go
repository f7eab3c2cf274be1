package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
)

// What each key last saw of a schedule: the text of a snapshot, as the
// caller encodes it. Every session of a server sees the same versions, so
// the keys point at snapshots kept once each, and a snapshot nobody points
// at any more is deleted when the last key moves on from it.

// Seen is the snapshot key last saw of conference, with its digest (the
// same text has the same digest); "" when none is kept.
func (s *KeyedStore) Seen(ctx context.Context, conference, key string) (data, digest string, err error) {
	if err := s.checkFields(conference, key); err != nil {
		return "", "", err
	}
	err = s.read.QueryRowContext(ctx, s.q(
		`SELECT n.data, n.digest FROM keyed_seen e
		 JOIN keyed_snapshots n ON n.conference = e.conference AND n.digest = e.digest
		 WHERE e.conference = ? AND e.owner = ?`), conference, key).Scan(&data, &digest)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", "", nil
	case err != nil:
		return "", "", s.fail(err)
	}
	return data, digest, nil
}

// SaveSeen keeps data as what key last saw of conference, in one
// transaction, and deletes the snapshot key saw before when no key sees it
// any longer.
func (s *KeyedStore) SaveSeen(ctx context.Context, conference, key, data string) error {
	if err := s.checkFields(conference, key); err != nil {
		return err
	}
	if len(data) > maxSeenBytes {
		return &DatabaseError{Where: s.where, Err: ErrKeyedInvalid,
			Why: fmt.Sprintf("a seen version of %d bytes, more than the %d kept", len(data), maxSeenBytes)}
	}
	sum := sha256.Sum256([]byte(data))
	digest := hex.EncodeToString(sum[:])
	if err := s.saveSeen(ctx, conference, key, data, digest); err != nil {
		return s.fail(err)
	}
	return nil
}

// keyedSeenLock is the class of the PostgreSQL advisory locks that
// serialise each conference's SaveSeen (the two-number locks, apart from
// keyedMigrateLock's).
const keyedSeenLock = 0x5345454e // "SEEN"

func (s *KeyedStore) saveSeen(ctx context.Context, conference, key, data, digest string) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if s.kind == kindPostgres {
		// One save of a conference's at a time, as SQLite's one writer
		// does, so that a snapshot is never deleted as another key
		// takes it. Saves are rare: one a session each time it marks
		// the changes seen.
		if _, err := tx.ExecContext(ctx,
			`SELECT pg_advisory_xact_lock($1, hashtext($2))`, keyedSeenLock, conference); err != nil {
			return err
		}
	}
	var before string
	err = tx.QueryRowContext(ctx, s.q(
		`SELECT digest FROM keyed_seen WHERE conference = ? AND owner = ?`), conference, key).Scan(&before)
	switch {
	case err == nil && before == digest:
		return tx.Commit()
	case err != nil && !errors.Is(err, sql.ErrNoRows):
		return err
	}
	if _, err := tx.ExecContext(ctx, s.q(
		`INSERT INTO keyed_snapshots (conference, digest, data) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`),
		conference, digest, data); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, s.q(
		`INSERT INTO keyed_seen (conference, owner, digest) VALUES (?, ?, ?)
		 ON CONFLICT (conference, owner) DO UPDATE SET digest = excluded.digest`),
		conference, key, digest); err != nil {
		return err
	}
	if before == "" {
		return tx.Commit()
	}
	if _, err := tx.ExecContext(ctx, s.q(
		`DELETE FROM keyed_snapshots WHERE conference = ? AND digest = ?
		 AND NOT EXISTS (SELECT 1 FROM keyed_seen WHERE conference = ? AND digest = ?)`),
		conference, before, conference, before); err != nil {
		return err
	}
	return tx.Commit()
}
