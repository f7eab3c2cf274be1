package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/summit-tui/summit-tui/model"
)

func TestRenderCacheIsBounded(t *testing.T) {
	c := newRenderCache()
	for i := range maxCachedRenders + 10 {
		c.store(renderedMsg{key: renderKey{id: fmt.Sprint(i), width: 80, theme: "dark"}, out: "x"})
	}
	if len(c.done) != maxCachedRenders {
		t.Fatalf("%d renderings kept, want %d", len(c.done), maxCachedRenders)
	}
	if _, ok := c.get("0", 80, theme{dark: true}); ok {
		t.Error("the oldest rendering should be evicted first")
	}
	if _, ok := c.get(fmt.Sprint(maxCachedRenders+9), 80, theme{dark: true}); !ok {
		t.Error("the newest rendering was evicted")
	}
}

func TestRenderRequestsAreNotRepeated(t *testing.T) {
	c := newRenderCache()
	pool := newRendererPool()
	sess := &model.Session{ID: "a", Abstract: "Some *text* #process\n\n- one\n- two"}
	cmd := c.request(pool, sess, 60, theme{dark: true})
	if cmd == nil {
		t.Fatal("no render requested")
	}
	if c.request(pool, sess, 60, theme{dark: true}) != nil {
		t.Fatal("a render under way was requested again")
	}
	c.store(cmd().(renderedMsg))
	if c.request(pool, sess, 60, theme{dark: true}) != nil {
		t.Fatal("a cached render was requested again")
	}
	if c.request(pool, sess, 61, theme{dark: true}) == nil {
		t.Fatal("another width needs its own render")
	}
	out, _ := c.get("a", 60, theme{dark: true})
	plain := stripANSI(out)
	for _, want := range []string{"Some *text* #process", "• one", "• two"} {
		if !strings.Contains(plain, want) {
			t.Errorf("rendering lacks %q:\n%s", want, plain)
		}
	}
}

// Renderers are lent to one goroutine at a time; many renders at once are
// race-free (run with -race) and all correct.
func TestRendererPoolConcurrentUse(t *testing.T) {
	pool := newRendererPool()
	done := make(chan string)
	for i := range 8 {
		go func() {
			out, err := pool.render(fmt.Sprintf("Talk %d abstract, long enough to wrap at forty columns.", i), 40, theme{dark: i%2 == 0})
			if err != nil {
				t.Error(err)
			}
			done <- stripANSI(out)
		}()
	}
	for range 8 {
		if out := <-done; !strings.Contains(out, "abstract") {
			t.Errorf("bad rendering %q", out)
		}
	}
}
