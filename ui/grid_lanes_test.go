package ui

import (
	"reflect"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/model"
)

func TestLayoutGridCapsLanes(t *testing.T) {
	day := time.Date(2031, 3, 15, 9, 0, 0, 0, time.UTC)
	at := func(h, m int) time.Time { return day.Add(time.Duration(h-9)*time.Hour + time.Duration(m)*time.Minute) }
	// talks are n talks of room 0 from start to end, items from first.
	talks := func(first, n int, start, end time.Time) []gridTalk {
		var out []gridTalk
		for i := range n {
			out = append(out, gridTalk{item: first + i, room: 0, start: start, end: end})
		}
		return out
	}
	more := func(n, t0, t1 int, from, to time.Time) gridBlock {
		return gridBlock{item: -1, room: 0, lane: 3, lanes: 4, t0: t0, t1: t1, a0: 15, a1: 20, more: n, span: model.Window{From: from, To: to}}
	}
	talk := func(item, lane, t0, t1 int) gridBlock {
		return gridBlock{item: item, room: 0, lane: lane, lanes: 4, t0: t0, t1: t1, a0: lane * 5, a1: (lane + 1) * 5}
	}
	tests := []struct {
		name  string
		talks []gridTalk
		want  []gridBlock
	}{
		{
			name:  "as many talks as lanes: each has its lane",
			talks: talks(0, 4, at(9, 0), at(9, 30)),
			want:  []gridBlock{talk(0, 0, 0, 6), talk(1, 1, 0, 6), talk(2, 2, 0, 6), talk(3, 3, 0, 6)},
		},
		{
			name:  "one talk too many: three lanes of talks and one +N more",
			talks: talks(0, 5, at(9, 0), at(9, 30)),
			want:  []gridBlock{talk(0, 0, 0, 6), talk(1, 1, 0, 6), talk(2, 2, 0, 6), more(2, 0, 6, at(9, 0), at(9, 30))},
		},
		{
			name:  "100 at once: still four lanes",
			talks: talks(0, 100, at(9, 0), at(9, 30)),
			want:  []gridBlock{talk(0, 0, 0, 6), talk(1, 1, 0, 6), talk(2, 2, 0, 6), more(97, 0, 6, at(9, 0), at(9, 30))},
		},
		{
			name: "overlapping leftovers share one +N more spanning them all; a later run has its own",
			talks: append(append(append(talks(0, 4, at(9, 0), at(9, 30)),
				gridTalk{item: 4, room: 0, start: at(9, 10), end: at(9, 45)}),
				talks(5, 4, at(10, 0), at(10, 15))...),
				gridTalk{item: 9, room: 0, start: at(10, 30), end: at(10, 40)}),
			want: []gridBlock{
				talk(0, 0, 0, 6), talk(1, 1, 0, 6), talk(2, 2, 0, 6), more(2, 0, 9, at(9, 0), at(9, 45)),
				talk(5, 0, 12, 15), talk(6, 1, 12, 15), talk(7, 2, 12, 15), more(1, 12, 15, at(10, 0), at(10, 15)),
				talk(9, 0, 18, 20),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := layoutGrid(gridSpec{from: day, to: at(11, 0), slot: 1, rooms: []string{"Hall"}, roomCells: 20, talks: tt.talks})
			if !reflect.DeepEqual(g.blocks, tt.want) {
				t.Errorf("blocks:\n got %+v\nwant %+v", g.blocks, tt.want)
			}
			if g.rooms[0].lanes > gridMaxLanes {
				t.Errorf("room has %d lanes, want at most %d", g.rooms[0].lanes, gridMaxLanes)
			}
		})
	}
}
