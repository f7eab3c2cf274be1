package ui

// Benchmarks of the browser's own work at 120×40: Update + View for each
// key, rendering an abstract, filtering, drawing and building the model at
// 10,000 talks. They time nothing Bubble Tea does after View (the cell
// diff and the write to the terminal): bench/measure times the whole path
// on a pseudo-terminal. CI runs them with -benchtime=1x only so that they
// keep compiling; no test asserts a time.
//
//	go test ./ui -run '^$' -bench . -benchmem

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

const (
	benchWidth  = 120
	benchHeight = 40
	benchTalks  = 10000
)

// benchCase is one key of the KeyMap pressed from a known state. reset
// returns the keys that bring the model back to a state where the key
// changes the view again (pressed with the timer stopped); nil means the
// key can be pressed again as it is.
type benchCase struct {
	key   string
	setup []string
	reset func(m *Model) []string
}

// always resets with the same keys after every press.
func always(keys ...string) func(*Model) []string {
	return func(*Model) []string { return keys }
}

// atEnd resets when the cursor has reached the last row (or the first).
func atEnd(last bool, keys ...string) func(*Model) []string {
	return func(m *Model) []string {
		l := m.list()
		if last && l.cursor == l.count()-1 || !last && l.cursor == 0 {
			return keys
		}
		return nil
	}
}

// updateViewCases covers every binding of the KeyMap, each by its
// letter key where it has one: every press changes what is on screen.
var updateViewCases = []benchCase{
	{key: "j", reset: atEnd(true, "g")},
	{key: "k", setup: []string{"G"}, reset: atEnd(false, "G")},
	{key: "g", setup: []string{"G"}, reset: always("G")},
	{key: "G", reset: always("g")},
	{key: "pgup", setup: []string{"G"}, reset: atEnd(false, "G")},
	{key: "pgdown", reset: atEnd(true, "g")},
	{key: "ctrl+u", setup: []string{"G"}, reset: atEnd(false, "G")},
	{key: "ctrl+d", reset: atEnd(true, "g")},
	{key: "]"}, // the tabs cycle
	{key: "["},
	{key: "2", reset: always("1")},
	{key: "0", reset: always("1")},
	{key: "tab"}, // the panes cycle
	{key: "shift+tab"},
	{key: "enter", reset: always("esc")},
	{key: "esc", setup: []string{"enter"}, reset: always("enter")},
	{key: "J", setup: []string{"enter"}, reset: atEnd(true, "esc", "g", "enter")},
	{key: "K", setup: []string{"G", "enter"}, reset: atEnd(false, "esc", "G", "enter")},
	{key: "/", reset: always("esc")},
	{key: "a", setup: []string{"/", "k"}, reset: always("backspace")}, // a letter typed into the filter
	{key: "n", setup: []string{"/", "k", "a", "f", "k", "a", "enter"}, reset: atEnd(true, "g")},
	{key: "N", setup: []string{"/", "k", "a", "f", "k", "a", "enter", "G"}, reset: atEnd(false, "G")},
	{key: "s", reset: always("esc")},
	{key: "c", reset: always("esc")},
	{key: "t", reset: always("esc")},
	{key: "-", reset: always("_", "-", "esc")}, // hides the talk; the Hidden list shows it again
	{key: "_", reset: always("esc")},
	{key: "b"}, // bookmarks and unbookmarks
	{key: "y"},
	{key: "<", reset: always(">")},
	{key: ">", reset: always("<")},
	{key: "?"}, // opens and closes the help
	{key: "q"},
}

// BenchmarkUpdateView is one key press as Bubble Tea handles it: Update,
// then View, on the seed at 120×40 with every abstract already rendered.
// Commands the key returns (a bookmark save, the quit) run untimed.
func BenchmarkUpdateView(b *testing.B) {
	covered := map[string]bool{}
	for _, c := range updateViewCases {
		covered[c.key] = true
	}
	seed := newHarness(b, benchWidth, benchHeight)
	for _, group := range seed.m.c.keys.groups() {
		if group.title == "While typing a filter" || group.title == "Mouse" || group.title == "Move and scroll" || group.title == timesGroup ||
			group.title == gridGroup || group.title == roomsGroup {
			continue // typing is BenchmarkFilter10000's; scrolling is j's and k's; the seed has no times; the grid's are BenchmarkGrid's
		}
		for _, bind := range group.bindings {
			if !bind.Enabled() {
				continue // r, o and z act only on schedules with rooms, links or times
			}
			if !slices.ContainsFunc(bind.Keys(), func(k string) bool { return covered[k] }) {
				b.Fatalf("no benchmark for the %q binding", bind.Help().Key)
			}
		}
	}
	for _, c := range updateViewCases {
		b.Run(benchName(c.key), func(b *testing.B) {
			h := newHarness(b, benchWidth, benchHeight, withTheme(ThemeDark))
			warmSeed(h)
			h.press(c.setup...)
			msg := keyPress(c.key)
			b.ReportAllocs()
			for b.Loop() {
				_, cmd := h.m.Update(msg)
				_ = h.m.View()
				var again []string
				if c.reset != nil {
					again = c.reset(h.m)
				}
				if cmd != nil || len(again) > 0 {
					b.StopTimer()
					h.run(cmd)
					h.press(again...)
					h.quit = false
					h.m.quitting = quitState{}
					b.StartTimer()
				}
			}
		})
	}
}

// benchName keeps sub-benchmark names free of characters go test's -bench
// pattern treats specially.
func benchName(key string) string {
	switch key {
	case "[":
		return "prevtab_["
	case "]":
		return "nexttab_]"
	case "/":
		return "filter_slash"
	case "?":
		return "help_question"
	case "a":
		return "filter_typing"
	case "<":
		return "narrower_lt"
	case ">":
		return "wider_gt"
	}
	return key
}

// warmSeed renders every talk's abstract at the harness's size, builds the
// lazy indexes, and leaves the cursor on the first talk of All.
func warmSeed(h *harness) {
	n := len(h.sessions())
	for range n {
		h.press("j")
	}
	h.press("g", "s", "esc", "c", "esc", "/", "x", "esc")
	for i := range n {
		sess := h.m.c.idx.Session(i)
		if _, ok := h.m.renders.get(sess.ID, sess.Abstract, h.m.item.measure(), h.m.c.theme); !ok && sess.Abstract != "" {
			h.t.Fatalf("abstract of %q not rendered while walking the list", sess.Title)
		}
	}
}

// longestAbstract is the seed talk with the most abstract text.
func longestAbstract(s *model.Schedule) *model.Session {
	best := &s.Sessions[0]
	for i := range s.Sessions {
		if len(s.Sessions[i].Abstract) > len(best.Abstract) {
			best = &s.Sessions[i]
		}
	}
	return best
}

// BenchmarkRenderAbstract renders the seed's longest abstract at the
// abstract pane's width at 120×40: cold (new Glamour renderers, as for the
// first talk shown), pooled (renderers reused, as for each further talk)
// and cached (what showing it again costs).
func BenchmarkRenderAbstract(b *testing.B) {
	h := newHarness(b, benchWidth, benchHeight, withTheme(ThemeDark))
	sess := longestAbstract(h.m.c.idx.Schedule())
	width, th := h.m.item.measure(), h.m.c.theme

	b.Run("cold", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := renderAbstract(newRendererPool(), sess.Abstract, width, th); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("pooled", func(b *testing.B) {
		pool := newRendererPool()
		b.ReportAllocs()
		for b.Loop() {
			if _, err := renderAbstract(pool, sess.Abstract, width, th); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cached", func(b *testing.B) {
		i, _ := h.m.c.idx.ByID(sess.ID)
		h.m.list().selectItem(i)
		h.send(h.m.refresh())
		if _, ok := h.m.renders.get(sess.ID, sess.Abstract, width, th); !ok {
			b.Fatal("the abstract was not rendered")
		}
		b.ReportAllocs()
		for b.Loop() {
			h.m.item.shown = shownKey{} // show it again
			h.m.refresh()
		}
	})
}

// BenchmarkFilter10000 is one filter keystroke over 10,000 talks, as the
// browser handles it: Update, the search (a tea.Cmd, run here in line),
// Update with the result, View. The first letter searches every talk; a
// letter that extends the query searches the last matches only. The
// search sub-benchmarks time model.Index.SearchSessions alone.
func BenchmarkFilter10000(b *testing.B) {
	backspace := tea.KeyPressMsg{Code: tea.KeyBackspace}
	keystroke := func(b *testing.B, typed, letter string) {
		h := newScheduleHarness(b, benchSchedule(), benchWidth, benchHeight)
		h.press("/")
		h.typeText(typed + letter) // builds the search index and the renders
		h.send(backspace)
		msg := tea.KeyPressMsg{Code: []rune(letter)[0], Text: letter}
		b.ReportAllocs()
		for b.Loop() {
			_, cmd := h.m.Update(msg)
			var later []tea.Cmd
			for _, res := range runInline(cmd) {
				_, next := h.m.Update(res)
				later = append(later, next)
			}
			_ = h.m.View()
			b.StopTimer()
			for _, c := range later {
				h.run(c) // the selected abstract's render, off the UI goroutine in the browser
			}
			if l, want := h.m.list(), typed+letter; l.filter.query() != want || l.filter.pending() {
				b.Fatalf("query %q (pending %v), want %q applied", l.filter.query(), l.filter.pending(), want)
			}
			h.send(backspace)
			b.StartTimer()
		}
	}
	b.Run("first-letter", func(b *testing.B) { keystroke(b, "", "k") })
	b.Run("narrowing", func(b *testing.B) { keystroke(b, "stre", "a") })

	sched := benchSchedule()
	idx := model.NewIndex(&sched)
	all := make([]int, len(sched.Sessions))
	for i := range all {
		all[i] = i
	}
	for _, q := range []string{"k", "stream", "kfka"} {
		b.Run("search-"+q, func(b *testing.B) {
			query := model.ParseQuery(q)
			idx.SearchSessions(all, query) // the search texts are built once
			b.ReportAllocs()
			for b.Loop() {
				idx.SearchSessions(all, query)
			}
		})
	}
}

// BenchmarkView10000 draws the screen with the 10,000-talk list, the
// selected abstract rendered.
func BenchmarkView10000(b *testing.B) {
	h := newScheduleHarness(b, benchSchedule(), benchWidth, benchHeight)
	h.press("j", "j", "j") // the first three are keynotes without abstracts
	if sess, _ := h.m.selectedTalk(); sess == nil {
		b.Fatal("no talk selected")
	} else if _, ok := h.m.renders.get(sess.ID, sess.Abstract, h.m.item.measure(), h.m.c.theme); !ok {
		b.Fatal("the abstract was not rendered")
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = h.m.View()
	}
}

// BenchmarkNew10000 builds the browser's model for 10,000 talks; the
// first-frame variant also lays it out and draws it, as the first frame
// on screen needs (the abstract's render is a command, not timed).
func BenchmarkNew10000(b *testing.B) {
	sched := benchSchedule()
	cfg := Config{Schedule: sched, Theme: ThemeDark, Env: []string{"TERM=xterm-256color"}}
	b.Run("new", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = New(cfg)
		}
	})
	b.Run("first-frame", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			m, _ := New(cfg)
			m.holding = false
			_ = m.Init()
			m.Update(tea.WindowSizeMsg{Width: benchWidth, Height: benchHeight})
			if !strings.Contains(m.View().Content, sched.Conference) {
				b.Fatal("no conference name on the first frame")
			}
		}
	})
}

// runInline runs a command on this goroutine, expanding batches and
// sequences, and returns the messages it produced.
func runInline(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, runInline(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// newScheduleHarness is newHarness on another schedule, bookmarks kept in
// memory.
func newScheduleHarness(tb testing.TB, sched model.Schedule, width, height int) *harness {
	tb.Helper()
	return newHarness(tb, width, height, withSchedule(sched))
}

// benchSchedule is a programme of 10,000 talks made from the seed's words:
// titles drawn from its titles' words, abstracts from its sentences,
// speakers from its names and companies, eight tracks, the first three
// talks keynotes without abstracts (the form of bench/pagegen's pages,
// which the ui package cannot parse itself). It is the same on every run.
var benchSchedule = sync.OnceValue(func() model.Schedule {
	seed, err := loadSeed()
	if err != nil {
		panic(err)
	}
	return generateSchedule(seed, benchTalks)
})

func generateSchedule(seed model.Schedule, n int) model.Schedule {
	r := rand.New(rand.NewPCG(2019, 5))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }

	var titleWords, sentences, listItems, firsts, lasts, companies []string
	for _, s := range seed.Sessions {
		titleWords = append(titleWords, strings.Fields(s.Title)...)
		for para := range strings.SplitSeq(s.Abstract, "\n\n") {
			if strings.HasPrefix(para, "- ") {
				for item := range strings.SplitSeq(para, "\n") {
					listItems = append(listItems, item)
				}
				continue
			}
			for sent := range strings.SplitAfterSeq(para, ". ") {
				if sent = strings.TrimSpace(sent); sent != "" {
					sentences = append(sentences, sent)
				}
			}
		}
		for _, sp := range s.Speakers {
			name := strings.Fields(sp.Name)
			if len(name) >= 2 {
				firsts = append(firsts, name[0])
				lasts = append(lasts, name[len(name)-1])
			}
			if sp.Company != "" {
				companies = append(companies, sp.Company)
			}
		}
	}
	if len(listItems) == 0 {
		listItems = []string{"- Exactly-once delivery", "- Schema evolution", "- Rebalancing"}
	}
	people := make([]model.Speaker, 320)
	for i := range people {
		people[i] = model.Speaker{Name: pick(firsts) + " " + pick(lasts), Company: pick(companies)}
	}
	tracks := []string{"Keynotes", "Core Kafka", "Streams Track", "Event Driven Design",
		"Data Pipelines", "Cloud Operations", "Observability", "Machine Learning", "Use Cases"}

	out := model.Schedule{Conference: fmt.Sprintf("Generated Summit %d", n), Tracks: tracks}
	out.Sessions = make([]model.Session, n)
	for i := range out.Sessions {
		s := &out.Sessions[i]
		s.ID = fmt.Sprintf("talk-%05d", i)
		words := make([]string, 3+r.IntN(7))
		for k := range words {
			words[k] = pick(titleWords)
		}
		s.Title = strings.Join(words, " ")
		if i < 3 {
			s.Track = tracks[0]
		} else {
			s.Track = tracks[1+(i-3)*(len(tracks)-1)/max(n-3, 1)]
		}
		for range 1 + r.IntN(3)/2 + r.IntN(3)/2 {
			s.Speakers = append(s.Speakers, people[r.IntN(len(people))])
		}
		if i < 3 {
			continue
		}
		var paras []string
		for range 1 + r.IntN(4) {
			var lines []string
			if r.IntN(8) == 0 {
				for range 2 + r.IntN(3) {
					lines = append(lines, pick(listItems))
				}
				paras = append(paras, strings.Join(lines, "\n"))
				continue
			}
			for range 2 + r.IntN(4) {
				lines = append(lines, pick(sentences))
			}
			paras = append(paras, strings.Join(lines, " "))
		}
		s.Abstract = strings.Join(paras, "\n\n")
	}
	return out
}
