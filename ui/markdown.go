package ui

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"

	"github.com/summit-tui/summit-tui/model"
)

// Abstracts are rendered by Glamour in tea.Cmds, never in View: a render
// takes milliseconds and allocates a lot. The output is cached per talk,
// width and theme (renderCache, touched only by Update) within a bound in
// bytes, and renderers are pooled per width and theme: a TermRenderer is
// not safe for concurrent use, so each one is lent to one goroutine at a
// time. An abstract is rendered at most once per width and theme at a
// time, and work for a width the pane no longer has is dropped before it
// starts, so resizing through many widths renders only the ones that stay.

// renderKey identifies one rendering of one abstract.
type renderKey struct {
	id    string
	width int
	theme string
	// text is a hash of the text rendered: a shared cache outlives a
	// version of the schedule, and a changed abstract is another key.
	text uint64
}

// renderedMsg brings a finished rendering back to Update.
type renderedMsg struct {
	key     renderKey
	out     string
	err     error
	dropped bool // not rendered: the pane changed width or theme first
	from    *renderCache
}

// Bounds of the cache: enough renderings for the neighbourhood a reader
// moves in and a resize or two, while holding a key down through 10,000
// talks, or one huge abstract at many widths, does not grow memory
// without end.
const (
	maxCachedRenders = 512
	maxCachedBytes   = 32 << 20
)

// abstractCap is the longest abstract the browser lays out; the export
// has every abstract whole.
const abstractCap = 64 << 10

// renderCache holds finished renderings, the oldest evicted first, and
// knows the ones under way.
type renderCache struct {
	// shared, when set, holds the finished renderings instead of done,
	// for every browser sharing it (RenderCache).
	shared   *RenderCache
	pool     *rendererPool
	done     map[renderKey]string
	order    []renderKey // insertion order, for eviction
	bytes    int
	inFlight map[renderKey]bool
	stale    map[renderKey]bool // in flight, but of an abstract since changed
	// want is the width and theme the abstract pane has now, read by
	// renders about to start.
	want atomic.Pointer[renderWant]
	// slots bounds the renders running at once.
	slots chan struct{}
}

type renderWant struct {
	width int
	theme string
	ids   map[string]bool // the talks shown or about to be
}

func newRenderCache(shared *RenderCache) *renderCache {
	if shared != nil {
		return &renderCache{shared: shared, pool: shared.pool, slots: shared.slots, inFlight: map[renderKey]bool{}}
	}
	return &renderCache{
		pool:     newRendererPool(),
		done:     map[renderKey]string{},
		inFlight: map[renderKey]bool{},
		slots:    make(chan struct{}, max(runtime.NumCPU(), 1)),
	}
}

// wantOnly says which talks, at which width and theme, the pane shows or
// soon may: renders for others that have not started yet are dropped, so
// a resize through many widths, or a filter typed fast through many
// selections, renders only what stays.
func (c *renderCache) wantOnly(width int, t theme, ids []string) {
	w := &renderWant{width: width, theme: t.key(), ids: make(map[string]bool, len(ids))}
	for _, id := range ids {
		w.ids[id] = true
	}
	c.want.Store(w)
}

// request returns a command rendering the abstract unless it is cached or
// already under way.
func (c *renderCache) request(sess *model.Session, width int, t theme) tea.Cmd {
	return c.requestText(sess.ID, sess.Abstract, width, t)
}

// requestText renders any text written as an abstract is (a speaker's
// bio), cached under id, which must not be a talk's.
func (c *renderCache) requestText(id, abstract string, width int, t theme) tea.Cmd {
	k := renderKey{id: id, width: width, theme: t.key(), text: textSum(abstract)}
	if _, ok := c.lookup(k); ok || c.inFlight[k] || width <= 0 || abstract == "" {
		return nil
	}
	c.inFlight[k] = true
	return func() tea.Msg {
		c.slots <- struct{}{}
		defer func() { <-c.slots }()
		if w := c.want.Load(); w != nil && (w.width != k.width || w.theme != k.theme || !w.ids[k.id]) {
			return renderedMsg{key: k, dropped: true, from: c}
		}
		if c.shared != nil {
			if out, ok := c.shared.get(k); ok { // another browser rendered it meanwhile
				return renderedMsg{key: k, out: out, from: c}
			}
			c.shared.renders.Add(1)
		}
		out, err := renderAbstract(c.pool, abstract, width, t)
		return renderedMsg{key: k, out: out, err: err, from: c}
	}
}

// store records a finished rendering.
func (c *renderCache) store(msg renderedMsg) {
	delete(c.inFlight, msg.key)
	if c.stale[msg.key] { // asked for before its abstract changed
		delete(c.stale, msg.key)
		return
	}
	if msg.err != nil || msg.dropped {
		return
	}
	if c.shared != nil {
		c.shared.put(msg.key, msg.out)
		return
	}
	if old, ok := c.done[msg.key]; ok {
		c.bytes -= len(old)
	} else {
		c.order = append(c.order, msg.key)
	}
	c.done[msg.key] = msg.out
	c.bytes += len(msg.out)
	for len(c.order) > 1 && (len(c.order) > maxCachedRenders || c.bytes > maxCachedBytes) {
		c.bytes -= len(c.done[c.order[0]])
		delete(c.done, c.order[0])
		c.order = c.order[1:]
	}
}

// get is the rendering of text, cached under id, at width in theme.
func (c *renderCache) get(id, text string, width int, t theme) (string, bool) {
	return c.lookup(renderKey{id: id, width: width, theme: t.key(), text: textSum(text)})
}

func (c *renderCache) lookup(k renderKey) (string, bool) {
	if c.shared != nil {
		return c.shared.get(k)
	}
	out, ok := c.done[k]
	return out, ok
}

// renderAbstract lays a plain-text abstract (see model.Session.Abstract)
// out at width: each paragraph and each list item is rendered by Glamour,
// and a list item's wrapped lines hang under its text, not its marker.
// An abstract longer than abstractCap is cut, and says so.
func renderAbstract(pool *rendererPool, abstract string, width int, t theme) (string, error) {
	st := newStyles(t)
	abstract, cut := cutAbstract(abstract)
	var blocks []string // each followed by a blank line, except between list items
	var listItem []bool
	var para []string
	flush := func() error {
		if len(para) == 0 {
			return nil
		}
		out, err := pool.render(model.AbstractMarkdown(strings.Join(para, "\n")), width, t)
		para = para[:0]
		blocks, listItem = append(blocks, out), append(listItem, false)
		return err
	}
	for _, line := range strings.Split(abstract, "\n") {
		marker, text := model.SplitListMarker(line)
		switch {
		case strings.TrimSpace(line) == "":
			if err := flush(); err != nil {
				return "", err
			}
		case marker != "":
			if err := flush(); err != nil {
				return "", err
			}
			shown := marker
			if marker == "- " {
				shown = st.G.Bullet + " "
			}
			indent := lipgloss.Width(shown)
			out, err := pool.render(model.EscapeMarkdown(text), max(width-indent, 1), t)
			if err != nil {
				return "", err
			}
			blocks, listItem = append(blocks, hang(st.Bullet.Render(shown), indent, out)), append(listItem, true)
		default:
			para = append(para, line)
		}
	}
	if err := flush(); err != nil {
		return "", err
	}
	if cut {
		blocks = append(blocks, st.Empty.Render(st.G.Ellipsis+" (abstract cut at 64 KB; the export has it whole)"))
		listItem = append(listItem, false)
	}
	var b strings.Builder
	for i, block := range blocks {
		if i > 0 {
			b.WriteString("\n")
			if !listItem[i] || !listItem[i-1] {
				b.WriteString("\n")
			}
		}
		b.WriteString(block)
	}
	return b.String(), nil
}

// cutAbstract cuts an abstract longer than abstractCap at the last line or
// word break before it.
func cutAbstract(s string) (string, bool) {
	if len(s) <= abstractCap {
		return s, false
	}
	s = s[:abstractCap]
	if i := strings.LastIndexAny(s, "\n "); i > abstractCap/2 {
		s = s[:i]
	}
	return strings.ToValidUTF8(s, ""), true
}

// hang puts marker before the first line of text and indents the others
// as wide as the marker.
func hang(marker string, indent int, text string) string {
	lines := strings.Split(text, "\n")
	pad := strings.Repeat(" ", indent)
	for i := range lines {
		if i == 0 {
			lines[i] = marker + lines[i]
		} else {
			lines[i] = pad + lines[i]
		}
	}
	return strings.Join(lines, "\n")
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

// Bounds of the pool: renderers kept for one width and theme, and the
// widths and themes kept at all (a resize through many widths leaves only
// the latest ones).
const (
	maxFreePerKey = 4
	maxPoolKeys   = 6
)

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
	defer p.mu.Unlock()
	if _, ok := p.free[k]; !ok && len(p.free) >= maxPoolKeys {
		clear(p.free)
	}
	if len(p.free[k]) < maxFreePerKey {
		p.free[k] = append(p.free[k], r)
	}
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
