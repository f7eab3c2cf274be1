package ui

import (
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"

	"github.com/summit-tui/summit-tui/model"
)

// Abstracts are rendered by Glamour in tea.Cmds, never in View: a render
// takes milliseconds and allocates a lot. The output is cached per talk,
// width and theme (renderCache, touched only by Update), and renderers are
// pooled per width and theme: a TermRenderer is not safe for concurrent
// use, so each one is lent to one goroutine at a time.

// renderKey identifies one rendering of one abstract.
type renderKey struct {
	id    string
	width int
	theme string
}

// renderedMsg brings a finished rendering back to Update.
type renderedMsg struct {
	key renderKey
	out string
	err error
}

// maxCachedRenders bounds the cache: a few hundred abstracts cover the
// neighbourhood a reader moves in and a resize or two, while holding a key
// down through 10,000 talks does not grow memory without end.
const maxCachedRenders = 512

// renderCache holds finished renderings, the oldest evicted first, and the
// ones under way.
type renderCache struct {
	done     map[renderKey]string
	order    []renderKey // insertion order, for eviction
	inFlight map[renderKey]bool
}

func newRenderCache() renderCache {
	return renderCache{done: map[renderKey]string{}, inFlight: map[renderKey]bool{}}
}

// request returns a command rendering the abstract unless it is cached or
// already under way.
func (c *renderCache) request(pool *rendererPool, sess *model.Session, width int, t theme) tea.Cmd {
	k := renderKey{id: sess.ID, width: width, theme: t.key()}
	if _, ok := c.done[k]; ok || c.inFlight[k] || width <= 0 || sess.Abstract == "" {
		return nil
	}
	c.inFlight[k] = true
	md := model.AbstractMarkdown(sess.Abstract)
	return func() tea.Msg {
		out, err := pool.render(md, width, t)
		return renderedMsg{key: k, out: out, err: err}
	}
}

// store records a finished rendering.
func (c *renderCache) store(msg renderedMsg) {
	delete(c.inFlight, msg.key)
	if msg.err != nil {
		return
	}
	if _, ok := c.done[msg.key]; !ok {
		c.order = append(c.order, msg.key)
	}
	c.done[msg.key] = msg.out
	for len(c.order) > maxCachedRenders {
		delete(c.done, c.order[0])
		c.order = c.order[1:]
	}
}

func (c *renderCache) get(id string, width int, t theme) (string, bool) {
	out, ok := c.done[renderKey{id: id, width: width, theme: t.key()}]
	return out, ok
}

// rendererPool lends Glamour renderers, one per goroutine at a time, keyed
// by wrap width and theme.
type rendererPool struct {
	mu   sync.Mutex
	free map[poolKey][]*glamour.TermRenderer
}

type poolKey struct {
	width int
	theme string
}

func newRendererPool() *rendererPool {
	return &rendererPool{free: map[poolKey][]*glamour.TermRenderer{}}
}

func (p *rendererPool) render(md string, width int, t theme) (string, error) {
	k := poolKey{width: width, theme: t.key()}
	r, err := p.take(k, t)
	if err != nil {
		return "", err
	}
	out, err := r.Render(md)
	p.give(k, r)
	return strings.Trim(out, "\n"), err
}

func (p *rendererPool) take(k poolKey, t theme) (*glamour.TermRenderer, error) {
	p.mu.Lock()
	if free := p.free[k]; len(free) > 0 {
		r := free[len(free)-1]
		p.free[k] = free[:len(free)-1]
		p.mu.Unlock()
		return r, nil
	}
	p.mu.Unlock()
	return glamour.NewTermRenderer(glamour.WithStyles(glamourStyle(t)), glamour.WithWordWrap(k.width))
}

func (p *rendererPool) give(k poolKey, r *glamour.TermRenderer) {
	p.mu.Lock()
	p.free[k] = append(p.free[k], r)
	p.mu.Unlock()
}

// glamourStyle is Glamour's own style for the theme, without the document
// margin and blank lines around it: the pane already frames the text.
func glamourStyle(t theme) ansi.StyleConfig {
	s := styles.LightStyleConfig
	switch {
	case t.ascii:
		s = styles.ASCIIStyleConfig
	case t.dark:
		s = styles.DarkStyleConfig
	}
	noMargin := uint(0)
	s.Document.Margin = &noMargin
	s.Document.BlockPrefix = ""
	s.Document.BlockSuffix = ""
	return s
}
