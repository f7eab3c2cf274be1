package main

// TEMPORARY stand-ins for parts built in parallel (store.KeyedStore, the
// ui's serving fields, the SSH commands and middlewares). Deleted on
// merging the real ones; not finished code.

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"

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

// --- main (sshcmd) stand-in -----------------------------------------------

type sshCommandInput struct {
	Schedule  model.Schedule
	Bookmarks []string
	Keyless   bool
	Now       func() time.Time
	Zone      *time.Location
}

func sshCommand(args []string, in sshCommandInput, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "bookmarks" {
		fmt.Fprintf(stderr, "summit-tui: %q is not a command here\n", args)
		return 2
	}
	for _, id := range in.Bookmarks {
		fmt.Fprintln(stdout, id)
	}
	return 0
}

func sessionLimit(max int) wish.Middleware {
	var mu sync.Mutex
	n := 0
	return func(next ssh.Handler) ssh.Handler {
		return func(s ssh.Session) {
			mu.Lock()
			if n >= max {
				mu.Unlock()
				wish.Fatalln(s, "summit-tui: too many sessions")
				return
			}
			n++
			mu.Unlock()
			defer func() { mu.Lock(); n--; mu.Unlock() }()
			next(s)
		}
	}
}

func rateLimit() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler { return next }
}

func logSessions(w io.Writer, now func() time.Time) wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(s ssh.Session) {
			start := now()
			fmt.Fprintf(w, "%s connect %s %s\n", start.Format(time.RFC3339), s.RemoteAddr(), keyFingerprint(s))
			next(s)
			fmt.Fprintf(w, "%s disconnect %s %s %s\n", now().Format(time.RFC3339), s.RemoteAddr(), keyFingerprint(s), now().Sub(start).Round(time.Second))
		}
	}
}

func keyFingerprint(s ssh.Session) string {
	if s.PublicKey() == nil {
		return ""
	}
	sum := sha256.Sum256(s.PublicKey().Marshal())
	return "SHA256:" + base64.RawStdEncoding.EncodeToString(sum[:])
}

func defaultServeDir() string {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "summit-tui", "serve")
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".local", "share", "summit-tui", "serve")
}

func loadHostKey(path string) (gossh.Signer, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		_, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		blk, err := gossh.MarshalPrivateKey(priv, "")
		if err != nil {
			return nil, err
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("host key: %w", err)
		}
		b = pem.EncodeToMemory(blk)
		if err := os.WriteFile(path, b, 0o600); err != nil {
			return nil, fmt.Errorf("host key: %w", err)
		}
	} else if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	return gossh.ParsePrivateKey(b)
}
