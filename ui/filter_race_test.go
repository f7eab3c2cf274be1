package ui

import (
	"reflect"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// runConcurrently runs the browser as Bubble Tea does: one goroutine takes
// the messages in turn, each Update followed by View, while every command
// runs on a goroutine of its own and queues its message behind the others.
// The messages given are queued as fast as the loop takes them, so they
// interleave with what the commands bring back. It returns once nothing is
// queued or running.
// Commands given (Init's) start with the messages.
func runConcurrently(m *Model, msgs []tea.Msg, cmds ...tea.Cmd) {
	queue := make(chan tea.Msg, 256)
	var pending sync.WaitGroup // messages queued, commands running
	var start func(tea.Cmd)
	start = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		pending.Add(1)
		go func() {
			defer pending.Done()
			msg := cmd()
			if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
				for i := range v.Len() {
					start(v.Index(i).Interface().(tea.Cmd))
				}
				return
			}
			if msg != nil {
				pending.Add(1)
				queue <- msg
			}
		}()
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for msg := range queue {
			_, cmd := m.Update(msg)
			_ = m.View()
			start(cmd)
			pending.Done()
		}
	}()
	for _, cmd := range cmds {
		start(cmd)
	}
	for _, msg := range msgs {
		pending.Add(1)
		queue <- msg
	}
	pending.Wait()
	close(queue)
	<-done
}

// A filter's search runs in a command while the user goes on: typing,
// bookmarking, switching tabs, the clock turning a minute, another
// window's bookmarks and the whole page arriving. Run with -race, this
// fails if a search reads anything Update may change meanwhile.
func TestFilterSearchesBesideOtherWork(t *testing.T) {
	sched := twoRooms(t)
	at := atLisbon(t, "2031-03-15 10:20")
	m, _ := New(Config{
		Schedule: sched, Theme: ThemeDark, Env: []string{"TERM=xterm-256color"},
		Bookmarks: agendaMarks, Now: func() time.Time { return at }, Zone: time.UTC,
	})
	m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	keys := func(names ...string) []tea.Msg {
		var out []tea.Msg
		for _, k := range names {
			out = append(out, keyPress(k))
		}
		return out
	}
	msgs := []tea.Msg{tea.WindowSizeMsg{Width: 120, Height: 40}}
	for range 4 {
		msgs = append(msgs, keys("0", "/", "a", "enter", "j", "b", "j", "b", "g", "b")...)
		msgs = append(msgs, bookmarksReadMsg{ids: agendaMarks})
		msgs = append(msgs, keys("1", "/", "t", "i", "enter")...)
		msgs = append(msgs, nowTickMsg{m.c})
		msgs = append(msgs, keys("2", "/", "r", "u", "s", "enter", "b", "]", "[", "s", "/", "a")...)
		idx := model.NewIndex(&sched)
		msgs = append(msgs, scheduleLoadedMsg{idx: idx, tl: model.NewTimeline(idx.Schedule())})
		msgs = append(msgs, keys("backspace", "esc", "esc", "esc")...)
	}
	runConcurrently(m, msgs)

	for _, l := range m.lists() {
		if l.filter.pending() {
			t.Errorf("%s: a search never came back", l.src.crumb())
		}
	}
}
