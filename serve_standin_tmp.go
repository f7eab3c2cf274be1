package main

// TEMPORARY stand-ins for parts built in parallel (store.KeyedStore, the
// ui's serving fields, the SSH commands and middlewares). Deleted on
// merging the real ones; not finished code.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/data/store"
	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/ui"
)

// --- data/store stand-in -------------------------------------------------

type standinDB struct {
	mu    sync.Mutex
	marks map[string]map[string][]string // conference → key → ids
	gen   int64
}

var standinDBs = struct {
	sync.Mutex
	m map[string]*standinDB
}{m: map[string]*standinDB{}}

type standinKeyed struct{ db *standinDB }

func openKeyedStore(ctx context.Context, dsn string) (keyedStore, error) {
	if dir := filepath.Dir(dsn); dir != "" {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return nil, fmt.Errorf("database %s: no such directory", dsn)
		}
	}
	standinDBs.Lock()
	defer standinDBs.Unlock()
	db := standinDBs.m[dsn]
	if db == nil {
		db = &standinDB{marks: map[string]map[string][]string{}}
		standinDBs.m[dsn] = db
	}
	return standinKeyed{db}, nil
}

func (s standinKeyed) Bookmarks(ctx context.Context, conference, key string) ([]string, error) {
	s.db.mu.Lock()
	defer s.db.mu.Unlock()
	return slices.Clone(s.db.marks[conference][key]), nil
}

func (s standinKeyed) Apply(ctx context.Context, conference, key string, ops []store.BookmarkOp) ([]string, error) {
	s.db.mu.Lock()
	defer s.db.mu.Unlock()
	if s.db.marks[conference] == nil {
		s.db.marks[conference] = map[string][]string{}
	}
	ids := s.db.marks[conference][key]
	for _, op := range ops {
		i := slices.Index(ids, op.ID)
		switch {
		case op.Add && i < 0:
			ids = append(ids, op.ID)
		case !op.Add && i >= 0:
			ids = slices.Delete(ids, i, i+1)
		}
	}
	slices.Sort(ids)
	s.db.marks[conference][key] = ids
	s.db.gen++
	return slices.Clone(ids), nil
}

func (s standinKeyed) Going(ctx context.Context, conference string) (map[string]int, error) {
	s.db.mu.Lock()
	defer s.db.mu.Unlock()
	out := map[string]int{}
	for _, ids := range s.db.marks[conference] {
		for _, id := range ids {
			out[id]++
		}
	}
	return out, nil
}

func (s standinKeyed) Generation(ctx context.Context, conference string) (int64, error) {
	s.db.mu.Lock()
	defer s.db.mu.Unlock()
	return s.db.gen, nil
}

func (s standinKeyed) Kind() string { return "memory" }
func (s standinKeyed) Close() error { return nil }

// --- ui stand-in ---------------------------------------------------------

type preparedSchedule struct{ schedule model.Schedule }

func prepareSchedule(s model.Schedule) *preparedSchedule { return &preparedSchedule{s} }

type renderCache struct{}

func newRenderCache(maxBytes int) *renderCache { return &renderCache{} }

// serveUIConfig sets the fields of Config that serving adds.
func serveUIConfig(cfg *ui.Config, p *preparedSchedule, renders *renderCache, going func() (map[string]int, error), zoneMissing string) {
}

func versionWithPrepared(v ui.Version, p *preparedSchedule) ui.Version { return v }

func announce(text string) tea.Msg { return nil }
