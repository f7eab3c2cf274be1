package ui

import (
	"hash/maphash"
	"runtime"
	"sync"
	"sync/atomic"
)

// RenderCache holds rendered abstracts and bios for every browser in a
// process that shares it (Config.Renders): one SSH session's rendering
// serves the others at the same width and theme. It is bounded in bytes,
// the oldest rendering evicted first, and safe for concurrent use. Keys
// carry a hash of the text rendered, so a refresh that changes an
// abstract renders it again rather than show the old one; the Glamour
// renderers, which are not safe for concurrent use, are lent to one
// render at a time, and renders run on at most as many goroutines at
// once as there are processors, whatever the number of browsers.
type RenderCache struct {
	mu       sync.Mutex
	done     map[renderKey]string
	order    []renderKey // insertion order, for eviction
	bytes    int
	maxBytes int

	pool  *rendererPool
	slots chan struct{}
	// renders counts Glamour renders, for tests.
	renders atomic.Int64
}

// NewRenderCache makes a cache holding at most maxBytes of renderings.
func NewRenderCache(maxBytes int) *RenderCache {
	return &RenderCache{
		done:     map[renderKey]string{},
		maxBytes: maxBytes,
		pool:     newRendererPool(),
		slots:    make(chan struct{}, max(runtime.NumCPU(), 1)),
	}
}

func (c *RenderCache) get(k renderKey) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out, ok := c.done[k]
	return out, ok
}

// put keeps a rendering, evicting the oldest ones beyond the bound; one
// larger than the whole bound is not kept.
func (c *RenderCache) put(k renderKey, out string) {
	size := renderSize(k, out)
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.done[k]; ok {
		c.bytes -= renderSize(k, old)
		delete(c.done, k)
		c.order = deleteKey(c.order, k)
	}
	if size > c.maxBytes {
		return
	}
	c.done[k] = out
	c.order = append(c.order, k)
	c.bytes += size
	for c.bytes > c.maxBytes {
		old := c.order[0]
		c.bytes -= renderSize(old, c.done[old])
		delete(c.done, old)
		c.order = c.order[1:]
	}
}

// renderSize is what a rendering costs the bound: its text, its id and
// the entry's keeping.
func renderSize(k renderKey, out string) int { return len(out) + len(k.id) + len(k.theme) + 64 }

func deleteKey(order []renderKey, k renderKey) []renderKey {
	for i, o := range order {
		if o == k {
			return append(order[:i], order[i+1:]...)
		}
	}
	return order
}

// textSeed is fixed at start: hashes of the same text agree across every
// cache in the process.
var textSeed = maphash.MakeSeed()

// textSum is the hash of a text rendered, for its key.
func textSum(s string) uint64 { return maphash.String(textSeed, s) }
