package ui

import "testing"

func TestLayout(t *testing.T) {
	tests := []struct {
		name      string
		w, h      int
		tooSmall  bool
		wide      bool
		listW     int
		detailH   int
		abstractH int
	}{
		{name: "wide 120x40", w: 120, h: 40, wide: true, listW: 48, detailH: 11, abstractH: 25},
		{name: "wide at the threshold", w: 100, h: 30, wide: true, listW: 40, detailH: 8, abstractH: 18},
		{name: "narrow just below", w: 99, h: 30, listW: 99, detailH: 8, abstractH: 18},
		{name: "narrow 80x24", w: 80, h: 24, listW: 80, detailH: 6, abstractH: 14},
		{name: "smallest usable", w: 40, h: 10, listW: 40, detailH: 3, abstractH: 3},
		{name: "too narrow", w: 39, h: 10, tooSmall: true},
		{name: "too short", w: 40, h: 9, tooSmall: true},
		{name: "no size yet", w: 0, h: 0, tooSmall: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := computeLayout(tt.w, tt.h)
			if l.tooSmall != tt.tooSmall || l.wide != tt.wide {
				t.Fatalf("tooSmall, wide = %v, %v; want %v, %v", l.tooSmall, l.wide, tt.tooSmall, tt.wide)
			}
			if tt.tooSmall {
				return
			}
			if l.list.w != tt.listW || l.detail.h != tt.detailH || l.abstract.h != tt.abstractH {
				t.Errorf("list width %d, detail height %d, abstract height %d; want %d, %d, %d",
					l.list.w, l.detail.h, l.abstract.h, tt.listW, tt.detailH, tt.abstractH)
			}
			checkLayoutTiles(t, l)
		})
	}
}

// Every size from the smallest usable to a large screen tiles the screen
// exactly: nothing overlaps, nothing is left over, nothing is negative.
func TestLayoutTilesEverySize(t *testing.T) {
	for w := minWidth; w <= 220; w++ {
		for h := minHeight; h <= 80; h++ {
			checkLayoutTiles(t, computeLayout(w, h))
		}
	}
}

func checkLayoutTiles(t *testing.T, l layout) {
	t.Helper()
	if l.header.h+l.body.h+l.footer.h != l.height || l.body.y != l.header.h || l.footer.y != l.body.y+l.body.h {
		t.Fatalf("%dx%d: header, body and footer do not stack: %+v", l.width, l.height, l)
	}
	talkW := l.detail.w
	if l.detail.w != l.abstract.w || l.detail.x != l.abstract.x {
		t.Fatalf("%dx%d: detail and abstract are not one column", l.width, l.height)
	}
	if l.detail.h+l.abstract.h != l.body.h || l.detail.h < 3 || l.abstract.h < 3 {
		t.Fatalf("%dx%d: detail %d + abstract %d do not fill the body %d", l.width, l.height, l.detail.h, l.abstract.h, l.body.h)
	}
	if l.wide {
		if l.list.w+talkW != l.width || l.detail.x != l.list.w {
			t.Fatalf("%dx%d: list %d + talk %d do not fill the width", l.width, l.height, l.list.w, talkW)
		}
	} else if l.list != l.body || talkW != l.width {
		t.Fatalf("%dx%d: a narrow screen shows one pane at a time over the whole body", l.width, l.height)
	}
	for _, r := range []rect{l.list, l.detail, l.abstract} {
		if in := r.inner(); in.w <= 0 || in.h <= 0 {
			t.Fatalf("%dx%d: a pane has no room inside: %+v", l.width, l.height, r)
		}
	}
}
