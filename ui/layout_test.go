package ui

import "testing"

func TestLayout(t *testing.T) {
	tests := []struct {
		name     string
		w, h     int
		split    int
		tooSmall bool
		wide     bool
		listW    int
		detailH  int
		itemH    int
	}{
		{name: "wide 120x40", w: 120, h: 40, split: defaultSplit, wide: true, listW: 60, detailH: 11, itemH: 25},
		{name: "wide at the threshold", w: 100, h: 30, split: defaultSplit, wide: true, listW: 50, detailH: 8, itemH: 18},
		{name: "a narrower list", w: 120, h: 40, split: 40, wide: true, listW: 48, detailH: 11, itemH: 25},
		{name: "the narrowest list", w: 120, h: 40, split: 5, wide: true, listW: 36, detailH: 11, itemH: 25},
		{name: "the widest list", w: 120, h: 40, split: 95, wide: true, listW: 84, detailH: 11, itemH: 25},
		{name: "narrow just below", w: 99, h: 30, split: defaultSplit, listW: 99, detailH: 8, itemH: 18},
		{name: "narrow 80x24", w: 80, h: 24, split: defaultSplit, listW: 80, detailH: 6, itemH: 14},
		{name: "smallest usable", w: 40, h: 10, split: defaultSplit, listW: 40, detailH: 3, itemH: 3},
		{name: "too narrow", w: 39, h: 10, tooSmall: true},
		{name: "too short", w: 40, h: 9, tooSmall: true},
		{name: "no size yet", w: 0, h: 0, tooSmall: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := computeLayout(tt.w, tt.h, tt.split)
			if l.tooSmall != tt.tooSmall || l.wide != tt.wide {
				t.Fatalf("tooSmall, wide = %v, %v; want %v, %v", l.tooSmall, l.wide, tt.tooSmall, tt.wide)
			}
			if tt.tooSmall {
				return
			}
			if l.list.w != tt.listW || l.detail.h != tt.detailH || l.item.h != tt.itemH {
				t.Errorf("list width %d, detail height %d, item height %d; want %d, %d, %d",
					l.list.w, l.detail.h, l.item.h, tt.listW, tt.detailH, tt.itemH)
			}
			checkLayoutTiles(t, l)
		})
	}
}

// Every size from the smallest usable to a large screen, at every split,
// tiles the screen exactly: nothing overlaps, nothing is left over,
// nothing is negative.
func TestLayoutTilesEverySize(t *testing.T) {
	for split := minSplit; split <= maxSplit; split += splitStep {
		for w := minWidth; w <= 220; w++ {
			for h := minHeight; h <= 80; h += 3 {
				checkLayoutTiles(t, computeLayout(w, h, split))
			}
		}
	}
}

func checkLayoutTiles(t *testing.T, l layout) {
	t.Helper()
	if l.header.h+l.body.h+l.footer.h != l.height || l.body.y != l.header.h || l.footer.y != l.body.y+l.body.h {
		t.Fatalf("%dx%d: header, body and footer do not stack: %+v", l.width, l.height, l)
	}
	rightW := l.detail.w
	if l.detail.w != l.item.w || l.detail.x != l.item.x {
		t.Fatalf("%dx%d: detail and item are not one column", l.width, l.height)
	}
	if l.detail.h+l.item.h != l.body.h || l.detail.h < 3 || l.item.h < 3 {
		t.Fatalf("%dx%d: detail %d + item %d do not fill the body %d", l.width, l.height, l.detail.h, l.item.h, l.body.h)
	}
	if l.wide {
		if l.list.w+rightW != l.width || l.detail.x != l.list.w {
			t.Fatalf("%dx%d: list %d + item %d do not fill the width", l.width, l.height, l.list.w, rightW)
		}
	} else if l.list != l.body || rightW != l.width {
		t.Fatalf("%dx%d: a narrow screen shows one pane at a time over the whole body", l.width, l.height)
	}
	for _, r := range []rect{l.list, l.detail, l.item} {
		if in := r.inner(); in.w <= 0 || in.h <= 0 {
			t.Fatalf("%dx%d: a pane has no room inside: %+v", l.width, l.height, r)
		}
	}
}

// < and > change the split in steps, within bounds, and the panes follow.
func TestSplitKeys(t *testing.T) {
	h := newHarness(t, 120, 40)
	h.press("<")
	if h.m.split != defaultSplit-splitStep || h.m.c.lay.list.w != 120*(defaultSplit-splitStep)/100 {
		t.Fatalf("< gives split %d, list %d", h.m.split, h.m.c.lay.list.w)
	}
	for range 20 {
		h.press(">")
	}
	if h.m.split != maxSplit {
		t.Fatalf("> stops at %d, want %d", h.m.split, maxSplit)
	}
}
