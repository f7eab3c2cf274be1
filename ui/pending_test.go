package ui

import (
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

func pendingConfig(p *Pending) Config {
	return Config{Theme: ThemeDark, Env: []string{"TERM=xterm-256color"}, Pending: p}
}

// TestPendingShowsProgress: while the first fetch runs, the browser shows
// the host at once, then the bytes and the time so far as the fetch
// tells them through Pending.Progress.
func TestPendingShowsProgress(t *testing.T) {
	ch := make(chan Progress, 1)
	m, _ := New(pendingConfig(&Pending{Host: "example.org", Progress: ch, Ready: func() (Config, error) {
		return Config{}, errors.New("not in this test")
	}}))
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	screen := ansi.Strip(m.View().Content)
	for _, want := range []string{"Fetching example.org…", "q cancel"} {
		if !strings.Contains(screen, want) {
			t.Errorf("before any progress the screen lacks %q:\n%s", want, screen)
		}
	}
	for _, tt := range []struct {
		p    Progress
		want string
	}{
		{Progress{Host: "example.org", Total: -1, Elapsed: 400 * time.Millisecond}, "Fetching example.org · 0 bytes · 0s"},
		{Progress{Host: "example.org", Bytes: 1536, Total: -1, Elapsed: 3 * time.Second}, "Fetching example.org · 1.5 KiB · 3s"},
		{Progress{Host: "example.org:8443", Bytes: 3 << 20, Total: 12 << 20, Elapsed: 125 * time.Second}, "Fetching example.org:8443 · 3.0 MiB of 12.0 MiB · 2m05s"},
	} {
		ch <- tt.p
		msg := m.pending.listen()() // what Init's listener brings
		_, next := m.Update(msg)
		if next == nil {
			t.Error("the browser stopped listening for progress")
		}
		if screen := ansi.Strip(m.View().Content); !strings.Contains(screen, tt.want) {
			t.Errorf("after %+v the screen lacks %q:\n%s", tt.p, tt.want, screen)
		}
	}
	close(ch)
	if msg := m.pending.listen()(); msg != nil {
		t.Errorf("a closed progress brought %T", msg)
	}
}

// TestPendingQCancels: q (and ctrl+c, and a signal's Quit) give up on the
// fetch and end the browser at once, without waiting for it.
func TestPendingQCancels(t *testing.T) {
	for _, tt := range []struct {
		name  string
		press tea.Msg
	}{{"q", keyPress("q")}, {"ctrl+c", keyPress("ctrl+c")}, {"a signal", Quit()}} {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			progress := make(chan Progress)
			defer close(progress)
			var cancels sync.WaitGroup
			cancels.Add(1)
			seen := make(chan struct{}, 1)
			m, opts := New(pendingConfig(&Pending{
				Host:     "127.0.0.1:9",
				Progress: progress,
				Ready: func() (Config, error) {
					<-ctx.Done() // a fetch that never ends by itself
					return Config{}, ctx.Err()
				},
				Cancel: sync.OnceFunc(func() { cancel(); cancels.Done() }),
			}))
			p := tea.NewProgram(m, append(opts, tea.WithInput(nil), tea.WithOutput(io.Discard),
				tea.WithWindowSize(100, 30), tea.WithoutSignalHandler(),
				tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
					if _, ok := msg.(progressMsg); ok {
						select {
						case seen <- struct{}{}:
						default:
						}
					}
					return msg
				}))...)
			done := make(chan error, 1)
			go func() { _, err := p.Run(); done <- err }()
			progress <- Progress{Host: "127.0.0.1:9", Total: -1, Elapsed: time.Second}
			<-seen // the browser is up and showing progress
			p.Send(tt.press)
			select {
			case err := <-done:
				if err != nil {
					t.Fatalf("the browser ended with %v", err)
				}
			case <-time.After(5 * time.Second):
				p.Kill()
				t.Fatal("the browser did not end")
			}
			cancels.Wait() // Cancel was called
			if got := m.Outcome(); got.Unsaved != 0 {
				t.Errorf("Outcome = %+v, want nothing unsaved", got)
			}
		})
	}
}

// TestPendingBecomesTheBrowser: when the schedule comes, the browser
// shows it, at the size the terminal said while waiting.
func TestPendingBecomesTheBrowser(t *testing.T) {
	seed := seedSchedule(t)
	m, _ := New(pendingConfig(&Pending{Host: "example.org", Ready: func() (Config, error) {
		return Config{Schedule: seed, Now: func() time.Time { return time.Date(2019, 5, 13, 9, 0, 0, 0, time.UTC) }}, nil
	}}))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Update(m.pending.ready()())
	if m.pending != nil {
		t.Fatal("still waiting once the schedule came")
	}
	screen := ansi.Strip(m.View().Content)
	for _, want := range []string{seed.Conference, seed.Sessions[0].Title} {
		if !strings.Contains(screen, want) {
			t.Errorf("the browser lacks %q:\n%s", want, screen)
		}
	}
}

// TestPendingFailureEnds: a fetch that fails ends the browser, for the
// host to say why on the terminal it gives back.
func TestPendingFailureEnds(t *testing.T) {
	m, _ := New(pendingConfig(&Pending{Host: "example.org", Ready: func() (Config, error) {
		return Config{}, errors.New("https://example.org/s.xml: 404 Not Found")
	}}))
	_, cmd := m.Update(m.pending.ready()())
	if cmd == nil {
		t.Fatal("a failed fetch leaves the browser running")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("a failed fetch does not end the browser")
	}
}
