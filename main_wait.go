package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/ui"
)

// errQuitWaiting: the user ended the program while the schedule gave no
// data.
var errQuitWaiting = errors.New("quit while waiting for the schedule")

// sayWaiting tells a command's user, on stderr, that the schedule gives
// no data yet (a FIFO whose writer has not started), so a silent terminal
// is not taken for a hang.
func sayWaiting(opts *options, stderr io.Writer) {
	opts.open.Waiting = func(name string) {
		fmt.Fprintf(stderr, "summit-tui: waiting for data on %s\n", oneLine(name))
	}
}

// openForBrowser opens the schedule for the browser. When it gives no
// data for a while, a screen says so until it comes; q or ctrl+c there
// end the program (errQuitWaiting). The screen waits for the background
// colour's answer first (askBackground), which reads the terminal.
func openForBrowser(opts options, background func() ui.Background) (data.Opened, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	waiting := make(chan string, 1)
	opts.open.Waiting = func(name string) { waiting <- name } // called once at most
	done := make(chan openResult, 1)
	go func() {
		o, err := openRefContext(ctx, opts)
		done <- openResult{o, err}
	}()
	select {
	case r := <-done:
		return r.opened, r.err
	case name := <-waiting:
		select {
		case r := <-done: // came as the wait was said: no screen for it
			return r.opened, r.err
		default:
		}
		background()
		return waitOnScreen(ctx, name, opts, done)
	}
}

type openResult struct {
	opened data.Opened
	err    error
}

// waitOnScreen shows the waiting screen until the schedule has come
// through done or the user quits.
func waitOnScreen(ctx context.Context, name string, opts options, done <-chan openResult) (data.Opened, error) {
	w, progOpts := ui.NewWaiting(name, ui.ThemeName(opts.theme), os.Environ())
	p := tea.NewProgram(w, append(progOpts, tea.WithoutSignalHandler())...)
	stopSignals := relaySignals(p)
	came := make(chan openResult, 1)
	go func() {
		select {
		case r := <-done:
			came <- r
			p.Send(ui.WaitOver())
		case <-ctx.Done():
		}
	}()
	final, err := p.Run()
	stopSignals()
	if fw, ok := final.(*ui.Waiting); ok && fw.Quitting() {
		return data.Opened{}, errQuitWaiting
	}
	if err != nil {
		return data.Opened{}, fmt.Errorf("terminal: %w", err)
	}
	r := <-came
	return r.opened, r.err
}
