package main

import (
	"context"
	"strings"
	"sync"

	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/ui"
)

// What each key last saw of the schedule is kept in the database, so that
// a person who connects again, from any instance, is shown what changed
// while they were away, as the local browser shows what changed since it
// last ran. Without a key, nothing is kept: every session starts afresh.

// seenSnapshots are the snapshots read back, decoded once for every
// session of the server: many keys saw the same version. Sessions only
// read them.
type seenSnapshots struct {
	mu     sync.Mutex
	byHash map[string]*model.Snapshot
	order  []string // oldest first
}

// seenKept bounds the decoded snapshots kept: the versions people saw
// last are few.
const seenKept = 8

func (c *seenSnapshots) decode(digest, data string) (*model.Snapshot, error) {
	c.mu.Lock()
	snap, ok := c.byHash[digest]
	c.mu.Unlock()
	if ok {
		return snap, nil
	}
	decoded, err := model.ReadSnapshotJSON(strings.NewReader(data))
	if err != nil {
		return nil, unreadableSeen{err}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byHash == nil {
		c.byHash = map[string]*model.Snapshot{}
	}
	if kept, ok := c.byHash[digest]; ok {
		return kept, nil
	}
	if len(c.order) == seenKept {
		delete(c.byHash, c.order[0])
		c.order = c.order[1:]
	}
	c.byHash[digest] = &decoded
	c.order = append(c.order, digest)
	return &decoded, nil
}

// wireSeen hands a keyed session's browser what its key last saw, and
// keeps what it marks seen. Reads end with the session (ctx); a save goes
// on when the client goes, until the server stops (lasting).
func (h *serveHub) wireSeen(ctx, lasting context.Context, key string, live *ui.Live) {
	if key == "" {
		return
	}
	live.ReadSeen = func() (*model.Snapshot, error) {
		cctx, cancel := context.WithTimeout(ctx, storeTimeout)
		defer cancel()
		data, digest, err := h.db.Seen(cctx, h.conference, key)
		if err != nil || data == "" {
			return nil, forClientError(err)
		}
		return h.seen.decode(digest, data)
	}
	live.SaveSeen = func(snap model.Snapshot) error {
		h.seenSaves.begin()
		defer h.seenSaves.end()
		var b strings.Builder
		if err := snap.WriteJSON(&b); err != nil {
			return err
		}
		cctx, cancel := context.WithTimeout(lasting, storeTimeout)
		defer cancel()
		return forClientError(h.db.SaveSeen(cctx, h.conference, key, b.String()))
	}
}
