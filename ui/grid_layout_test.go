package ui

import (
	"reflect"
	"testing"
	"time"
)

func TestLayoutGrid(t *testing.T) {
	day := time.Date(2031, 3, 15, 9, 0, 0, 0, time.UTC)
	at := func(h, m int) time.Time { return day.Add(time.Duration(h-9)*time.Hour + time.Duration(m)*time.Minute) }
	type want struct {
		blocks  []gridBlock
		rooms   []gridRoom
		length  int
		breadth int
	}
	tests := []struct {
		name string
		spec gridSpec
		want want
	}{
		{
			name: "time down: a row per five minutes, rooms share the width",
			spec: gridSpec{from: day, to: at(10, 0), slot: 1, rooms: []string{"Aula", "Dock"}, roomCells: 20, talks: []gridTalk{
				{item: 0, room: 0, start: at(9, 0), end: at(9, 30)},
				{item: 1, room: 0, start: at(9, 30), end: at(9, 45)}, // starts as the one before ends: no shared row
				{item: 2, room: 1, start: at(9, 15), end: at(10, 0)},
			}},
			want: want{
				blocks: []gridBlock{
					{item: 0, room: 0, lane: 0, lanes: 1, t0: 0, t1: 6, a0: 0, a1: 20},
					{item: 1, room: 0, lane: 0, lanes: 1, t0: 6, t1: 9, a0: 0, a1: 20},
					{item: 2, room: 1, lane: 0, lanes: 1, t0: 3, t1: 12, a0: 20, a1: 40},
				},
				rooms:  []gridRoom{{name: "Aula", a0: 0, a1: 20, lanes: 1, blocks: []int{0, 1}}, {name: "Dock", a0: 20, a1: 40, lanes: 1, blocks: []int{2}}},
				length: 12, breadth: 40,
			},
		},
		{
			name: "overlapping talks in one room sit side by side, sharing the room's width",
			spec: gridSpec{from: day, to: at(10, 0), slot: 1, rooms: []string{"Aula"}, roomCells: 21, talks: []gridTalk{
				{item: 5, room: 0, start: at(9, 0), end: at(9, 45)},
				{item: 6, room: 0, start: at(9, 15), end: at(9, 30)},
				{item: 7, room: 0, start: at(9, 20), end: at(9, 50)},
				{item: 8, room: 0, start: at(9, 45), end: at(10, 0)}, // the first lane is free again
			}},
			want: want{
				blocks: []gridBlock{
					{item: 5, room: 0, lane: 0, lanes: 3, t0: 0, t1: 9, a0: 0, a1: 7},
					{item: 6, room: 0, lane: 1, lanes: 3, t0: 3, t1: 6, a0: 7, a1: 14},
					{item: 7, room: 0, lane: 2, lanes: 3, t0: 4, t1: 10, a0: 14, a1: 21},
					{item: 8, room: 0, lane: 0, lanes: 3, t0: 9, t1: 12, a0: 0, a1: 7},
				},
				rooms:  []gridRoom{{name: "Aula", a0: 0, a1: 21, lanes: 3, blocks: []int{0, 1, 2, 3}}},
				length: 12, breadth: 21,
			},
		},
		{
			name: "time across: two columns per five minutes, a room as tall as its lanes",
			spec: gridSpec{from: day, to: at(9, 30), slot: 2, rooms: []string{"Aula", "Dock"}, laneCells: 2, talks: []gridTalk{
				{item: 0, room: 0, start: at(9, 0), end: at(9, 30)},
				{item: 1, room: 0, start: at(9, 10), end: at(9, 20)},
				{item: 2, room: 1, start: at(9, 5), end: at(9, 7)}, // shorter than a cell: still one
			}},
			want: want{
				blocks: []gridBlock{
					{item: 0, room: 0, lane: 0, lanes: 2, t0: 0, t1: 12, a0: 0, a1: 2},
					{item: 1, room: 0, lane: 1, lanes: 2, t0: 4, t1: 8, a0: 2, a1: 4},
					{item: 2, room: 1, lane: 0, lanes: 1, t0: 2, t1: 3, a0: 4, a1: 6},
				},
				rooms:  []gridRoom{{name: "Aula", a0: 0, a1: 4, lanes: 2, blocks: []int{0, 1}}, {name: "Dock", a0: 4, a1: 6, lanes: 1, blocks: []int{2}}},
				length: 12, breadth: 6,
			},
		},
		{
			name: "after midnight the day goes on: the rows run past 24:00",
			spec: gridSpec{from: at(23, 0), to: at(25, 0), slot: 1, rooms: []string{"Dock"}, roomCells: 14, talks: []gridTalk{
				{item: 3, room: 0, start: at(23, 30), end: at(24, 15)},
				{item: 4, room: 0, start: at(24, 30), end: at(25, 0)},
			}},
			want: want{
				blocks: []gridBlock{
					{item: 3, room: 0, lane: 0, lanes: 1, t0: 6, t1: 15, a0: 0, a1: 14},
					{item: 4, room: 0, lane: 0, lanes: 1, t0: 18, t1: 24, a0: 0, a1: 14},
				},
				rooms:  []gridRoom{{name: "Dock", a0: 0, a1: 14, lanes: 1, blocks: []int{0, 1}}},
				length: 24, breadth: 14,
			},
		},
		{
			name: "a talk in a room not shown is left out",
			spec: gridSpec{from: day, to: at(9, 30), slot: 1, rooms: []string{"Aula"}, roomCells: 14, talks: []gridTalk{
				{item: 0, room: 0, start: at(9, 0), end: at(9, 30)},
				{item: 1, room: 1, start: at(9, 0), end: at(9, 30)},
			}},
			want: want{
				blocks: []gridBlock{{item: 0, room: 0, lane: 0, lanes: 1, t0: 0, t1: 6, a0: 0, a1: 14}},
				rooms:  []gridRoom{{name: "Aula", a0: 0, a1: 14, lanes: 1, blocks: []int{0}}},
				length: 6, breadth: 14,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := layoutGrid(tt.spec)
			got := want{blocks: g.blocks, rooms: g.rooms, length: g.length, breadth: g.breadth}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("layoutGrid:\n got %+v\nwant %+v", got, tt.want)
			}
			// No two blocks share a cell.
			for i, a := range g.blocks {
				for _, b := range g.blocks[i+1:] {
					if overlaps(a.t0, a.t1, b.t0, b.t1) && overlaps(a.a0, a.a1, b.a0, b.a1) {
						t.Errorf("blocks of %d and %d are drawn over each other", a.item, b.item)
					}
				}
			}
		})
	}
}

func TestGridColumnWidth(t *testing.T) {
	tests := []struct{ avail, n, want int }{
		{avail: 110, n: 2, want: gridMaxColumn}, // two rooms do not stretch across
		{avail: 110, n: 4, want: 27},
		{avail: 110, n: 30, want: gridMinColumn}, // many rooms scroll
		{avail: 35, n: 2, want: 17},
		{avail: 10, n: 3, want: 10}, // not even one column fits: the screen's width
		{avail: 50, n: 0, want: gridMinColumn},
	}
	for _, tt := range tests {
		if got := gridColumnWidth(tt.avail, tt.n); got != tt.want {
			t.Errorf("gridColumnWidth(%d, %d) = %d, want %d", tt.avail, tt.n, got, tt.want)
		}
	}
}

func TestGridNearest(t *testing.T) {
	// Two rooms, time down: Aula 9:00–9:30, 9:30–10:30; Dock 9:15–9:45, 10:00–10:15.
	day := time.Date(2031, 3, 15, 9, 0, 0, 0, time.UTC)
	at := func(m int) time.Time { return day.Add(time.Duration(m) * time.Minute) }
	g := layoutGrid(gridSpec{from: day, to: at(90), slot: 1, rooms: []string{"Aula", "Dock"}, roomCells: 20, talks: []gridTalk{
		{item: 10, room: 0, start: at(0), end: at(30)},
		{item: 11, room: 0, start: at(30), end: at(90)},
		{item: 20, room: 1, start: at(15), end: at(45)},
		{item: 21, room: 1, start: at(60), end: at(75)},
	}})
	item := func(b int) int {
		if b < 0 {
			return -1
		}
		return g.blocks[b].item
	}
	down, up := gridDir{along: true, sign: 1}, gridDir{along: true, sign: -1}
	right, left := gridDir{sign: 1}, gridDir{sign: -1}
	tests := []struct {
		from int
		d    gridDir
		want int
	}{
		{10, down, 11},  // the next talk in the same room, though Dock's starts sooner
		{11, down, 21},  // nothing later in Aula: the next later talk beside it
		{21, down, -1},  // nothing later at all: stays
		{11, up, 10},    //
		{10, right, 20}, // Dock's talk running at the same time
		{11, right, 20}, // both of Dock's run beside 9:30–10:30: the nearer start
		{20, left, 10},  // Aula's, running at 9:15
		{21, left, 11},  //
		{20, right, -1}, // no room to the right
		{21, up, 20},
	}
	for _, tt := range tests {
		if got := item(g.nearest(g.blockOf(tt.from), tt.d)); got != tt.want {
			t.Errorf("from %d %+v: got %d, want %d", tt.from, tt.d, got, tt.want)
		}
	}
	if item(g.first()) != 10 || item(g.last()) != 21 {
		t.Errorf("first, last = %d, %d; want 10, 21", item(g.first()), item(g.last()))
	}
}
