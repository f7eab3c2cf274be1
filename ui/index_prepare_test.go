package ui

import (
	"testing"
	"time"
)

// The search index of a whole page is built once the first frame is
// out, not beside it: the machine is the first frame's until then.
func TestIndexIsBuiltAfterTheFirstFrame(t *testing.T) {
	start := time.Date(2019, 5, 13, 9, 0, 0, 0, time.UTC) // the harness's clock
	h := newHarness(t, 120, 40)
	var asked []time.Duration
	for _, tm := range h.timers {
		if _, ok := tm.msg.(prepareIndexMsg); ok {
			asked = append(asked, tm.at.Sub(start))
		}
	}
	frame := time.Second / framesPerSecond
	if len(asked) != 1 || asked[0] < 2*frame {
		t.Fatalf("the search index is asked for %v after the start, want once, at least two frames (%v) after it", asked, 2*frame)
	}
	h.advance(asked[0])
	h.press("/")
	h.typeText("kafka")
	if n := h.count(); n == 0 {
		t.Error("the filter finds no talk once the index is built")
	}
}
