package ui

import (
	"reflect"
	"runtime"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// withPrepared browses a schedule prepared once and shared.
func withPrepared(p *Prepared) harnessOption {
	return func(h *harness) {
		h.cfg.Prepared = p
		h.cfg.Schedule = model.Schedule{}
	}
}

// Many browsers share one prepared schedule and one render cache, each
// driven on its own goroutine as Bubble Tea would: searching, filtering,
// bookmarking, hiding, switching zone and tabs, reading talks, and
// swapping in a refreshed version that is prepared too. Run with -race, this fails if
// anything shared is written after it was made.
func TestPreparedSharedByConcurrentBrowsers(t *testing.T) {
	seed := seedSchedule(t)
	p := Prepare(seed)
	// The new version lacks the first talk, which some browsers keep for
	// its bookmark; its talks have room to grow in place, as a reader's
	// slice may.
	next := seed
	next.Sessions = append(make([]model.Session, 0, len(seed.Sessions)+8), seed.Sessions[1:]...)
	next.Sessions[0].Abstract = "Changed since."
	p2 := Prepare(next)
	renders := NewRenderCache(4 << 20)
	at := time.Date(2019, 5, 13, 10, 0, 0, 0, time.UTC)
	snap := model.SnapshotOf(p.Schedule())

	const n = 8
	models := make([]*Model, n)
	for i := range models {
		models[i], _ = New(Config{
			Prepared: p, Renders: renders, Theme: ThemeDark, Env: []string{"TERM=xterm-256color"},
			Bookmarks: []string{seed.Sessions[i].ID, seed.Sessions[0].ID},
			Now:       func() time.Time { return at }, Zone: time.UTC,
			Live: Live{Refresh: func() (Version, error) { return Version{Changed: true, Prepared: p2, At: at}, nil }},
		})
		models[i].after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	}
	var wg sync.WaitGroup
	for i, m := range models {
		wg.Add(1)
		go func() {
			defer wg.Done()
			msgs := []tea.Msg{tea.WindowSizeMsg{Width: 80 + i, Height: 24}}
			for _, k := range []string{"j", "j", "enter", "esc", "/", "k", "a", "f", "enter", "z", "2", "3", "4", "j", "enter", "esc", "0"} {
				msgs = append(msgs, keyPress(k))
			}
			msgs = append(msgs, liveStartedMsg{seen: &snap, shown: &snap}, keyPress("R"))
			for _, k := range []string{"/", "s", "t", "r", "enter", "j", "b", "-", "j", "-", "1"} {
				msgs = append(msgs, keyPress(k))
			}
			runConcurrently(m, msgs, m.Init())
		}()
	}
	wg.Wait()
	for i, m := range models {
		if m.c.all == p.idx {
			t.Errorf("browser %d: the refreshed version never came (%+v)", i, m.live)
		}
	}
	if got := p.Schedule().Sessions[0].Abstract; got != seed.Sessions[0].Abstract {
		t.Errorf("the shared schedule changed: %q", got)
	}
	if len(p2.Schedule().Sessions) != len(next.Sessions) {
		t.Errorf("the shared new version changed: %d talks", len(p2.Schedule().Sessions))
	}
}

// A refresh that brings a prepared version swaps it in as it is: the
// browser indexes nothing again.
func TestRefreshUsesPreparedVersion(t *testing.T) {
	p2 := Prepare(seedSchedule(t))
	h := newHarness(t, 120, 40, func(h *harness) {
		h.cfg.Live.Refresh = func() (Version, error) { return Version{Changed: true, Prepared: p2}, nil }
	})
	snap := model.SnapshotOf(h.m.c.all.Schedule())
	h.send(liveStartedMsg{seen: &snap, shown: &snap})
	h.press("R")
	if h.m.c.all != p2.idx {
		t.Error("the prepared version was indexed again")
	}
}

// The heap a browser costs beyond the schedule it shares: each of 100
// sessions made from one Prepared and drawn once at 80x24. Serving holds
// one per SSH session, whose budget is 3 MB (the goal 1 MB) with the
// program and the connection: the browser keeps well within the goal.
func TestBrowserMemoryBeyondPrepared(t *testing.T) {
	if testing.Short() {
		t.Skip("measures memory")
	}
	p := Prepare(seedSchedule(t))
	renders := NewRenderCache(8 << 20)
	build := func(cfg Config) *Model {
		m, _ := New(cfg)
		m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
		drive(t, m, m.Init())
		drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
		_ = m.View()
		return m
	}
	at := time.Date(2019, 5, 13, 10, 0, 0, 0, time.UTC)
	cfg := func() Config {
		return Config{Prepared: p, Renders: renders, Theme: ThemeDark, Env: []string{"TERM=xterm-256color"},
			Now: func() time.Time { return at }, Zone: time.UTC}
	}
	build(cfg()) // the shared parts: renders of the first talks
	per := func(cfg func() Config) uint64 {
		const n = 100
		models := make([]*Model, 0, n)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		for range n {
			models = append(models, build(cfg()))
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		runtime.KeepAlive(models)
		return (after.HeapAlloc - min(after.HeapAlloc, before.HeapAlloc)) / n
	}
	shared := per(cfg)
	alone := per(func() Config {
		c := cfg()
		c.Prepared, c.Renders, c.Schedule = nil, nil, *p.Schedule()
		return c
	})
	t.Logf("heap per browser: %d KB sharing a Prepared and a RenderCache, %d KB alone", shared>>10, alone>>10)
	if shared > 1<<20 {
		t.Errorf("a browser sharing the schedule costs %d KB, more than 1 MB", shared>>10)
	}
}

// drive delivers a message (or runs a command) and what it leads to, on
// this goroutine, leaving out requests to a terminal.
func drive(t testing.TB, m *Model, msgOrCmd any) {
	t.Helper()
	var msg tea.Msg
	switch v := msgOrCmd.(type) {
	case nil:
		return
	case tea.Cmd:
		if v == nil {
			return
		}
		msg = v()
	default:
		msg = v
	}
	if msg == nil {
		return
	}
	// Batches and sequences are slices of commands.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		for i := range v.Len() {
			if c := v.Index(i).Interface().(tea.Cmd); c != nil {
				drive(t, m, c)
			}
		}
		return
	}
	_, cmd := m.Update(msg)
	if cmd != nil {
		drive(t, m, cmd)
	}
}
