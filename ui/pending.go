package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// While the schedule is still on its way (the first fetch of a URL), the
// browser shows where it comes from and the bytes and the time so far,
// and q or ctrl+c give up on it. Once it is ready the browser becomes the
// browser of that schedule, in the same terminal, at the same size.

// Pending is a schedule on its way.
type Pending struct {
	// Host is where it comes from, shown from the start.
	Host string
	// Progress brings how the fetch goes; it is closed when the fetch is
	// over.
	Progress <-chan Progress
	// Ready waits for the schedule and returns the browser's Config for
	// it; the Theme, Env and Background of the Config that holds Pending
	// stand for its own. An error ends the browser: the host reports it.
	// It runs outside the UI goroutine.
	Ready func() (Config, error)
	// Cancel gives up on the schedule (q, ctrl+c, a signal's Quit); the
	// browser ends without waiting for Ready.
	Cancel func()
}

// Progress is how far a fetch has got.
type Progress struct {
	Host    string
	Bytes   int64 // received so far
	Total   int64 // declared; -1 or 0 when not known
	Elapsed time.Duration
}

// ProgressText says how a fetch goes on one line, as the browser shows
// it: "Fetching example.org · 1.2 MiB of 3.4 MiB · 3s".
func ProgressText(p Progress) string { return progressLine(unicodeGlyphs, p) }

func progressLine(g Glyphs, p Progress) string {
	parts := []string{"Fetching " + p.Host, byteCount(p.Bytes)}
	if p.Total > 0 {
		parts[1] += " of " + byteCount(p.Total)
	}
	parts = append(parts, elapsed(p.Elapsed))
	return strings.Join(parts, g.Dot)
}

// byteCount says a size as the fetch's limits are said: "1.2 MiB".
func byteCount(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	case n == 1:
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

// elapsed says whole seconds: "3s", "2m05s".
func elapsed(d time.Duration) string {
	s := int(d / time.Second)
	if s < 60 {
		return fmt.Sprintf("%ds", s)
	}
	return fmt.Sprintf("%dm%02ds", s/60, s%60)
}

// pendingKeys are the keys of the screen that waits for the schedule.
type pendingKeys struct {
	Cancel key.Binding
}

func (k pendingKeys) ShortHelp() []key.Binding  { return []key.Binding{k.Cancel} }
func (k pendingKeys) FullHelp() [][]key.Binding { return [][]key.Binding{{k.Cancel}} }

// pendingPane is the screen shown while the schedule is on its way.
type pendingPane struct {
	c          *common
	p          Pending
	keys       pendingKeys
	last       Progress
	told       bool // a progress has come
	background Background
	w, h       int
}

func newPendingPane(c *common, p Pending, bg Background) *pendingPane {
	return &pendingPane{c: c, p: p, background: bg, keys: pendingKeys{
		Cancel: key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "cancel")),
	}}
}

// progressMsg brings how the fetch goes; readyMsg, the schedule.
type (
	progressMsg struct{ p Progress }
	readyMsg    struct {
		cfg Config
		err error
	}
	cancelPendingMsg struct{}
)

// listen waits for the next progress; nothing once the fetch is over.
func (p *pendingPane) listen() tea.Cmd {
	ch := p.p.Progress
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		if got, ok := <-ch; ok {
			return progressMsg{got}
		}
		return nil
	}
}

// ready waits for the schedule, outside the UI goroutine.
func (p *pendingPane) ready() tea.Cmd {
	ready := p.p.Ready
	return func() tea.Msg {
		cfg, err := ready()
		return readyMsg{cfg: cfg, err: err}
	}
}

func (p *pendingPane) Update(msg tea.Msg) (pane, tea.Cmd) {
	switch msg := msg.(type) {
	case progressMsg:
		p.last, p.told = msg.p, true
		return p, p.listen()
	case tea.KeyPressMsg:
		if key.Matches(msg, p.keys.Cancel) {
			return p, func() tea.Msg { return cancelPendingMsg{} }
		}
	}
	return p, nil
}

func (p *pendingPane) SetSize(w, h int) { p.w, p.h = w, h }

func (p *pendingPane) ShortHelp() []key.Binding  { return p.keys.ShortHelp() }
func (p *pendingPane) FullHelp() [][]key.Binding { return p.keys.FullHelp() }

// View is the progress in the middle of the screen, and the key that
// gives up on it.
func (p *pendingPane) View() string {
	if p.w == 0 {
		return ""
	}
	st := p.c.styles
	g := st.G
	line := "Fetching " + p.p.Host + g.Ellipsis
	if p.told {
		line = progressLine(g, p.last)
	}
	hint := st.HelpKey.Render(p.keys.Cancel.Help().Key) + " " + st.HelpDesc.Render(p.keys.Cancel.Help().Desc)
	block := truncate(g, st.Heading.Render(statusText(line)), p.w) + "\n\n" + hint
	return fitBlock(lipgloss.Place(p.w, p.h, lipgloss.Center, lipgloss.Center, block), p.w, p.h)
}

// newPendingModel is the browser while its schedule is on its way.
func newPendingModel(cfg Config) *Model {
	m := &Model{cfg: cfg, now: cfg.Now}
	if m.now == nil {
		m.now = time.Now
	}
	m.after = afterUntil(cfg.Done)
	th, fixed := resolveTheme(cfg.Theme, cfg.Env)
	if !fixed && cfg.Background == BackgroundLight {
		th = theme{dark: false}
	}
	m.fixed = fixed
	m.c = &common{}
	m.c.setTheme(th)
	m.pending = newPendingPane(m.c, *cfg.Pending, cfg.Background)
	return m
}

// initPending listens for progress, waits for the schedule and, unless
// the theme is fixed or known, asks the terminal for its background.
func (m *Model) initPending() tea.Cmd {
	cmds := []tea.Cmd{m.pending.listen(), m.pending.ready()}
	if !m.fixed && m.cfg.Background == BackgroundNotAsked {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// updatePending handles a message while the schedule is on its way.
func (m *Model) updatePending(msg tea.Msg) tea.Cmd {
	p := m.pending
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.SetSize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		if !m.fixed {
			m.c.setTheme(theme{dark: msg.IsDark()})
			p.background = BackgroundLight
			if msg.IsDark() {
				p.background = BackgroundDark
			}
		}
	case cancelPendingMsg, quitRequestMsg:
		cancel := p.p.Cancel
		return tea.Sequence(func() tea.Msg {
			if cancel != nil {
				cancel()
			}
			return nil
		}, tea.Quit)
	case readyMsg:
		if msg.err != nil {
			return tea.Quit // the host says why
		}
		return m.becomeReady(msg.cfg)
	default:
		_, cmd := p.Update(msg)
		return cmd
	}
	return nil
}

// becomeReady turns the waiting browser into the browser of the schedule
// that came, at the size and in the colours it has.
func (m *Model) becomeReady(cfg Config) tea.Cmd {
	p := m.pending
	cfg.Pending = nil
	cfg.Theme, cfg.Env, cfg.Background = m.cfg.Theme, m.cfg.Env, p.background
	after := m.after
	m.setUp(cfg)
	m.after = after
	cmds := []tea.Cmd{m.Init()}
	if p.w > 0 {
		cmds = append(cmds, m.resize(p.w, p.h))
	}
	return tea.Batch(cmds...)
}
