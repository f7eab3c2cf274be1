package ui

import (
	"fmt"
	"strings"
	"testing"
)

// withRenders shares a render cache with other browsers.
func withRenders(c *RenderCache) harnessOption {
	return func(h *harness) { h.cfg.Renders = c }
}

// Two browsers sharing a render cache render a talk's abstract once
// between them; another width is another rendering.
func TestRenderCacheSharedAcrossBrowsers(t *testing.T) {
	c := NewRenderCache(8 << 20)
	p := Prepare(seedSchedule(t))
	a := newHarness(t, 120, 40, withPrepared(p), withRenders(c))
	a.press("j", "j", "j") // the keynotes have no abstract
	first := c.renders.Load()
	if first == 0 {
		t.Fatal("nothing rendered for the first browser")
	}
	b := newHarness(t, 120, 40, withPrepared(p), withRenders(c))
	b.press("j", "j", "j")
	if n := c.renders.Load(); n != first {
		t.Errorf("the second browser rendered %d abstracts again", n-first)
	}
	sess, _ := b.m.selectedTalk()
	if _, ok := b.m.renders.get(sess.ID, sess.Abstract, b.m.item.measure(), b.m.c.theme); !ok {
		t.Error("the second browser does not have the abstract")
	}
	b.requireScreenContains(firstWords(t, a))
	newHarness(t, 100, 40, withPrepared(p), withRenders(c)).press("j", "j", "j")
	if c.renders.Load() == first {
		t.Error("another width was not rendered")
	}
}

// firstWords are a few words of the selected talk's abstract as shown.
func firstWords(t *testing.T, h *harness) string {
	t.Helper()
	sess, ok := h.m.selectedTalk()
	if !ok || sess.Abstract == "" {
		t.Fatal("no talk with an abstract selected")
	}
	words := strings.Fields(sess.Abstract)
	return strings.Join(words[:min(3, len(words))], " ")
}

// A changed abstract is another key: a browser shown the new version
// never gets the old one's rendering.
func TestRenderCacheKeysTheText(t *testing.T) {
	c := NewRenderCache(1 << 20)
	shared := newRenderCache(c)
	k := renderKey{id: "a", width: 60, theme: "dark", text: textSum("old")}
	shared.store(renderedMsg{key: k, out: "OLD", from: shared})
	if _, ok := shared.get("a", "new", 60, theme{dark: true}); ok {
		t.Error("the rendering of the old abstract was given for the new one")
	}
	if out, ok := newRenderCache(c).get("a", "old", 60, theme{dark: true}); !ok || out != "OLD" {
		t.Error("another browser does not find the rendering")
	}
}

// The shared cache holds at most its bound in bytes, the newest kept.
func TestRenderCacheSharedIsBounded(t *testing.T) {
	const bound = 64 << 10
	c := NewRenderCache(bound)
	out := strings.Repeat("x", 5000)
	for i := range 100 {
		c.put(renderKey{id: fmt.Sprint(i), width: 80, theme: "dark"}, out)
		if c.bytes > bound {
			t.Fatalf("after %d renderings the cache holds %d bytes", i+1, c.bytes)
		}
	}
	if _, ok := c.get(renderKey{id: "99", width: 80, theme: "dark"}); !ok {
		t.Error("the newest rendering was evicted")
	}
	if _, ok := c.get(renderKey{id: "0", width: 80, theme: "dark"}); ok {
		t.Error("the oldest rendering was kept")
	}
	c.put(renderKey{id: "huge"}, strings.Repeat("x", bound+1))
	if c.bytes > bound {
		t.Errorf("a rendering larger than the bound was kept: %d bytes", c.bytes)
	}
}
