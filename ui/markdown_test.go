package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/model"
)

func TestRenderCacheIsBounded(t *testing.T) {
	c := newRenderCache(nil)
	for i := range maxCachedRenders + 10 {
		c.store(renderedMsg{key: renderKey{id: fmt.Sprint(i), width: 80, theme: "dark", text: textSum("")}, out: "x"})
	}
	if len(c.done) != maxCachedRenders {
		t.Fatalf("%d renderings kept, want %d", len(c.done), maxCachedRenders)
	}
	if _, ok := c.get("0", "", 80, theme{dark: true}); ok {
		t.Error("the oldest rendering should be evicted first")
	}
	if _, ok := c.get(fmt.Sprint(maxCachedRenders+9), "", 80, theme{dark: true}); !ok {
		t.Error("the newest rendering was evicted")
	}
}

// The cache holds at most maxCachedBytes of renderings, however few.
func TestRenderCacheIsBoundedInBytes(t *testing.T) {
	c := newRenderCache(nil)
	big := strings.Repeat("x", 5<<20)
	for i := range 20 {
		c.store(renderedMsg{key: renderKey{id: "huge", width: 40 + i, theme: "dark", text: textSum("")}, out: big})
		if c.bytes > maxCachedBytes {
			t.Fatalf("after %d renderings the cache holds %d bytes", i+1, c.bytes)
		}
	}
	if _, ok := c.get("huge", "", 59, theme{dark: true}); !ok {
		t.Error("the newest rendering was evicted")
	}
}

func TestRenderRequestsAreNotRepeated(t *testing.T) {
	c := newRenderCache(nil)
	sess := &model.Session{ID: "a", Abstract: "Some *text* #process\n\n- one\n- two"}
	dark := theme{dark: true}
	cmd := c.request(sess, 60, dark)
	if cmd == nil {
		t.Fatal("no render requested")
	}
	if c.request(sess, 60, dark) != nil {
		t.Fatal("a render under way was requested again")
	}
	c.store(cmd().(renderedMsg))
	if c.request(sess, 60, dark) != nil {
		t.Fatal("a cached render was requested again")
	}
	if c.request(sess, 61, dark) == nil {
		t.Fatal("another width needs its own render")
	}
	out, _ := c.get("a", sess.Abstract, 60, dark)
	plain := ansi.Strip(out)
	for _, want := range []string{"Some *text* #process", "• one", "• two"} {
		if !strings.Contains(plain, want) {
			t.Errorf("rendering lacks %q:\n%s", want, plain)
		}
	}
}

// Resizing through many widths renders the abstract at the last width
// only: work for a width the pane no longer has is dropped before it
// starts.
func TestResizesRenderOnlyTheCurrentWidth(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("j", "j", "j")
	var pending []tea.Cmd
	for w := 101; w <= 110; w++ {
		_, cmd := h.m.Update(tea.WindowSizeMsg{Width: w, Height: 40})
		pending = append(pending, cmd)
	}
	rendered, dropped := 0, 0
	var collect func(tea.Msg)
	collect = func(msg tea.Msg) {
		switch msg := msg.(type) {
		case renderedMsg:
			if msg.dropped {
				dropped++
			} else if msg.key.id == "running-kafka-in-kubernetes-a-practical-guide" {
				rendered++
			}
			h.m.Update(msg)
		case tea.BatchMsg:
			for _, c := range msg {
				if c != nil {
					collect(c())
				}
			}
		}
	}
	for _, c := range pending {
		if c != nil {
			collect(c())
		}
	}
	if rendered != 1 || dropped == 0 {
		t.Fatalf("the selected abstract was rendered %d times over 10 widths (%d renders dropped), want once", rendered, dropped)
	}
	if _, ok := h.m.renders.get("running-kafka-in-kubernetes-a-practical-guide", abstractOf(h, "running-kafka-in-kubernetes-a-practical-guide"), h.m.item.measure(), h.m.c.theme); !ok {
		t.Fatal("the current width's rendering is missing")
	}
}

// An abstract longer than abstractCap is cut, and says so.
func TestHugeAbstractIsCut(t *testing.T) {
	huge := strings.Repeat("Streams of events, one after another. ", 200<<10/38)
	out, err := renderAbstract(newRendererPool(), huge, 60, theme{dark: true})
	if err != nil {
		t.Fatal(err)
	}
	plain := ansi.Strip(out)
	if !strings.HasSuffix(strings.TrimSpace(plain), "… (abstract cut at 64 KB; the export has it whole)") {
		t.Fatalf("the cut abstract does not say so: …%s", plain[max(len(plain)-200, 0):])
	}
	if len(plain) > 2*abstractCap {
		t.Fatalf("the cut abstract lays out %d bytes", len(plain))
	}
	short := "Short."
	out, _ = renderAbstract(newRendererPool(), short, 60, theme{dark: true})
	if strings.Contains(out, "cut at") {
		t.Fatal("a short abstract says it was cut")
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
			done <- ansi.Strip(out)
		}()
	}
	for range 8 {
		if out := <-done; !strings.Contains(out, "abstract") {
			t.Errorf("bad rendering %q", out)
		}
	}
}
