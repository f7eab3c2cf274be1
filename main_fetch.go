package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/ui"
)

// A fetch shows how it goes: the browser, on the screen it opens at once
// while the first fetch of a URL runs (q gives up on it); a command, on
// standard error when that is a terminal, as one line rewritten in place
// and cleared at the end.

// terminalOf is w when it is a terminal, else nil.
func terminalOf(w io.Writer) io.Writer {
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		return f
	}
	return nil
}

// uiProgress is a fetch's progress as the browser says it.
func uiProgress(p data.FetchProgress) ui.Progress {
	return ui.Progress{Host: p.Host, Bytes: p.Bytes, Total: p.Total, Elapsed: p.Elapsed}
}

// progressLine is a fetch's progress on a terminal's standard error.
type progressLine struct {
	w     io.Writer
	width func() int // the terminal's, in cells; 0 when not known
	mu    sync.Mutex
	shown bool
}

// show writes p over the line shown before, cut to the terminal's width
// so that it never wraps.
func (l *progressLine) show(p data.FetchProgress) {
	text := model.CleanLine(ui.ProgressText(uiProgress(p)))
	if w := l.width(); w > 1 {
		text = ansi.Truncate(text, w-1, "…")
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprint(l.w, "\r"+text+ansi.EraseLineRight)
	l.shown = true
}

// clear takes the line away, once the fetch is over.
func (l *progressLine) clear() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.shown {
		fmt.Fprint(l.w, "\r"+ansi.EraseLineRight)
		l.shown = false
	}
}

// showFetchProgress has a command's fetches show their progress on
// standard error when it is a terminal; end clears it, and may be called
// more than once.
func showFetchProgress(opts *options) (end func()) {
	if opts.progressTo == nil {
		return func() {}
	}
	f, _ := opts.progressTo.(*os.File)
	line := &progressLine{w: opts.progressTo, width: func() int {
		if f == nil {
			return 0
		}
		w, _, err := term.GetSize(f.Fd())
		if err != nil {
			return 0
		}
		return w
	}}
	opts.open.Progress = line.show
	return line.clear
}

// progressRelay hands a fetch's progress to the browser: the latest only,
// never blocking the fetch, and nothing once it is closed (a later
// refresh of the offline copy tells its progress to nobody).
type progressRelay struct {
	mu     sync.Mutex
	ch     chan ui.Progress
	closed bool
}

func newProgressRelay() *progressRelay { return &progressRelay{ch: make(chan ui.Progress, 1)} }

func (r *progressRelay) send(p data.FetchProgress) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return
	}
	select {
	case <-r.ch: // not taken yet: the newer replaces it
	default:
	}
	r.ch <- uiProgress(p)
}

func (r *progressRelay) close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.closed {
		r.closed = true
		close(r.ch)
	}
}

// browseFetching opens the browser at once on a URL's first fetch,
// showing how it goes, and then the schedule. q gives up on it: the
// program ends, as q always ends it. A fetch that fails ends the browser
// and is the run's error.
func browseFetching(opts options) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	relay := newProgressRelay()
	var (
		mu     sync.Mutex
		marks  *conferenceBookmarks // once the schedule has come
		failed error
	)
	host := opts.ref
	if u, err := url.Parse(opts.ref); err == nil {
		host = u.Host
	}
	pending := &ui.Pending{
		Host:     host,
		Progress: relay.ch,
		Cancel:   cancel,
		Ready: func() (ui.Config, error) {
			o := opts
			o.open.Progress = relay.send
			opened, err := openRefContext(ctx, o)
			relay.close()
			var cfg ui.Config
			var m conferenceBookmarks
			if err == nil {
				cfg, m, err = browserConfig(ctx, opts, opened)
			}
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed = err
			} else {
				marks = &m
			}
			return cfg, err
		},
	}
	outcome, runErr := runBrowser(ui.New(ui.Config{
		Theme:      ui.ThemeName(opts.theme),
		Env:        os.Environ(),
		Background: background(opts),
		Pending:    pending,
	}))
	userQuit := ctx.Err() != nil // q while fetching: nothing to report
	cancel()
	mu.Lock()
	defer mu.Unlock()
	switch {
	case marks != nil:
		return marks.settle(outcome, runErr)
	case failed != nil && !userQuit:
		return failed
	case runErr != nil && !errors.Is(runErr, tea.ErrProgramKilled):
		return fmt.Errorf("terminal: %w", runErr)
	}
	return nil
}
