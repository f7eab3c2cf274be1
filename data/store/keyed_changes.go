package store

import (
	"context"
	"database/sql"
)

// Which keys' bookmarks changed: each toggle that changes something logs
// its key under the generation it made, in its own transaction, so that a
// server with many sessions re-reads only the bookmarks of the keys that
// changed rather than everyone's. The log keeps the latest generations of
// each conference; a poller that fell further behind is told that any key
// may have changed.

const (
	// keyedKeepChanges is how many generations of changes are kept per
	// conference: a poller asks every fraction of a second, and is far
	// fewer toggles behind than this.
	keyedKeepChanges = 4096
	// keyedPruneEvery is how often, in generations, a toggle deletes the
	// changes no longer kept: one range delete on the primary key now
	// and then, rather than one every toggle.
	keyedPruneEvery = 256
)

// logChange records that key changed conference's bookmarks at gen, and
// now and then prunes the changes older than those kept.
func (s *KeyedStore) logChange(ctx context.Context, tx *sql.Tx, conference, key string, gen int64) error {
	if _, err := tx.ExecContext(ctx, s.q(
		`INSERT INTO keyed_changes (conference, generation, owner) VALUES (?, ?, ?)`),
		conference, gen, key); err != nil {
		return err
	}
	if gen%s.pruneEvery != 0 || gen <= s.keepChanges {
		return nil
	}
	_, err := tx.ExecContext(ctx, s.q(
		`DELETE FROM keyed_changes WHERE conference = ? AND generation <= ?`),
		conference, gen-s.keepChanges)
	return err
}

// ChangedKeys are the keys whose bookmarks of conference changed after
// generation since, sorted, and the generation they bring the caller to.
// all says that changes after since are no longer known (too old, or
// made before the log existed, or since is not a generation of this
// database): any key may have changed, and keys is then nil.
func (s *KeyedStore) ChangedKeys(ctx context.Context, conference string, since int64) (keys []string, gen int64, all bool, err error) {
	gen, err = s.Generation(ctx, conference)
	if err != nil {
		return nil, 0, false, err
	}
	switch {
	case since == gen:
		return []string{}, gen, false, nil
	case since > gen:
		return nil, gen, true, nil
	}
	// Each changed key with the first generation it changed at; the
	// rows are pruned oldest first, so the changes since are all there
	// exactly when the one right after since is. The bound above gen
	// leaves out toggles committed after the generation was read.
	rows, err := s.read.QueryContext(ctx, s.q(
		`SELECT owner, MIN(generation) FROM keyed_changes
		 WHERE conference = ? AND generation > ? AND generation <= ?
		 GROUP BY owner ORDER BY owner`), conference, since, gen)
	if err != nil {
		return nil, 0, false, s.fail(err)
	}
	defer rows.Close()
	keys = []string{}
	complete := false
	for rows.Next() {
		var key string
		var first int64
		if err := rows.Scan(&key, &first); err != nil {
			return nil, 0, false, s.fail(err)
		}
		keys = append(keys, key)
		complete = complete || first == since+1
	}
	if err := rows.Err(); err != nil {
		return nil, 0, false, s.fail(err)
	}
	if !complete {
		return nil, gen, true, nil
	}
	return keys, gen, false, nil
}
