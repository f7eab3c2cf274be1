package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/model"
)

// The schedule the tests browse: the export of the built-in page. The ui
// package never reads pages itself.
var loadSeed = sync.OnceValues(func() (model.Schedule, error) {
	raw, err := os.ReadFile("testdata/kafka-summit-london-2019.json")
	if err != nil {
		return model.Schedule{}, err
	}
	var s model.Schedule
	err = json.Unmarshal(raw, &s)
	return s, err
})

func seedSchedule(t testing.TB) model.Schedule {
	t.Helper()
	s, err := loadSeed()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// harness drives a Model as Bubble Tea would, running every command it
// returns (in order, synchronously) and feeding the messages back. Time is
// a fake clock: timers wait until the test advances it.
type harness struct {
	t    testing.TB
	m    *Model
	cfg  Config
	quit bool

	file     map[string]bool // the bookmarks "file"
	saves    [][]BookmarkOp  // every save asked for
	saveErr  error           // when set, saves fail with it
	holdSave bool            // when set, saves wait in held until the test runs them
	held     []tea.Cmd
	watch    tea.Cmd // the wait for a change of the bookmarks file

	clock     time.Time
	timers    []timer
	clipboard []string
	state     []byte // what SaveState wrote

	// holdLoading keeps a preview's whole page from loading until the
	// test sends startLoadingMsg itself.
	holdLoading bool

	raw []string // what the browser wrote to the terminal itself (tea.Raw)
}

type timer struct {
	at  time.Time
	msg tea.Msg
}

type harnessOption func(*harness)

// withPreview opens on the first n talks of the page, as for a large page;
// the whole page arrives when the test sends startLoadingMsg.
func withPreview(n int) harnessOption {
	return func(h *harness) {
		whole := h.cfg.Schedule
		h.cfg.Schedule.Sessions = whole.Sessions[:n]
		h.cfg.FullSchedule = func() (model.Schedule, error) { return whole, nil }
	}
}

func withBookmarks(ids ...string) harnessOption {
	return func(h *harness) { h.cfg.Bookmarks = ids }
}

func withTheme(name ThemeName) harnessOption {
	return func(h *harness) { h.cfg.Theme = name }
}

func withSchedule(s model.Schedule) harnessOption {
	return func(h *harness) { h.cfg.Schedule = s }
}

// withWatch gives the browser a channel saying the bookmarks file changed.
func withWatch(ch chan struct{}) harnessOption {
	return func(h *harness) { h.cfg.BookmarksChanged = ch }
}

// withState starts from a saved state file.
func withState(raw []byte) harnessOption {
	return func(h *harness) { h.cfg.LoadState = func() ([]byte, error) { return raw, nil } }
}

func newHarness(t testing.TB, width, height int, opts ...harnessOption) *harness {
	t.Helper()
	h := &harness{t: t, file: map[string]bool{}, clock: time.Date(2019, 5, 13, 9, 0, 0, 0, time.UTC)}
	h.cfg = Config{Schedule: seedSchedule(t), Theme: ThemeDark, Env: []string{"TERM=xterm-256color"}}
	h.cfg.Now = func() time.Time { return h.clock }
	h.cfg.SaveBookmarks = func(known []string, ops []BookmarkOp) ([]string, string, error) {
		h.saves = append(h.saves, slices.Clone(ops))
		if h.saveErr != nil {
			return nil, "", h.saveErr
		}
		for _, op := range ops {
			if op.Add {
				h.file[op.ID] = true
			} else {
				delete(h.file, op.ID)
			}
		}
		return h.fileIDs(), "", nil
	}
	h.cfg.ReadBookmarks = func() ([]string, error) { return h.fileIDs(), nil }
	h.cfg.SaveState = func(b []byte) error {
		h.state = slices.Clone(b)
		return nil
	}
	for _, o := range opts {
		o(h)
	}
	for _, id := range h.cfg.Bookmarks {
		h.file[id] = true
	}
	h.m, _ = New(h.cfg)
	h.m.after = func(d time.Duration, msg tea.Msg) tea.Cmd {
		return func() tea.Msg {
			h.timers = append(h.timers, timer{at: h.clock.Add(d), msg: msg})
			return nil
		}
	}
	h.holdLoading = h.cfg.FullSchedule != nil
	h.send(h.m.Init())
	h.send(tea.WindowSizeMsg{Width: width, Height: height})
	return h
}

func (h *harness) fileIDs() []string {
	var ids []string
	for id := range h.file {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// advance moves the clock on and fires the timers that are due, in order.
func (h *harness) advance(d time.Duration) {
	h.t.Helper()
	h.clock = h.clock.Add(d)
	for {
		i := slices.IndexFunc(h.timers, func(t timer) bool { return !t.at.After(h.clock) })
		if i < 0 {
			return
		}
		t := h.timers[i]
		h.timers = slices.Delete(h.timers, i, i+1)
		h.send(t.msg)
	}
}

// runHeld runs the saves held back by holdSave.
func (h *harness) runHeld() {
	h.t.Helper()
	held := h.held
	h.held = nil
	for _, c := range held {
		msg := c() // this save runs now; those it leads to may be held again
		h.deliver(msg)
	}
}

// send delivers a message (or runs a command) and everything it leads to.
func (h *harness) send(msgOrCmd any) {
	h.t.Helper()
	switch v := msgOrCmd.(type) {
	case nil:
		return
	case tea.Cmd:
		h.run(v)
	case func() tea.Msg:
		h.run(v)
	default:
		_, cmd := h.m.Update(v)
		h.run(cmd)
	}
}

// run runs a command with a time limit, expanding batches and sequences.
func (h *harness) run(cmd tea.Cmd) {
	h.t.Helper()
	if cmd == nil {
		return
	}
	if h.holdSave && isSave(cmd) {
		h.held = append(h.held, cmd)
		return
	}
	if isFunc(cmd, ".watchBookmarks.func") {
		h.watch = cmd // it waits for the file to change: the test runs it
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(5 * time.Second):
		h.t.Fatal("a command did not finish within 5 s")
	}
	h.deliver(msg)
}

// isSave reports a command that saves bookmarks: it is a closure of
// saveBookmarks.
func isSave(cmd tea.Cmd) bool { return isFunc(cmd, ".saveBookmarks.func") }

func isFunc(cmd tea.Cmd, suffix string) bool {
	f := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer())
	return f != nil && strings.Contains(f.Name(), suffix)
}

// fireWatch runs the wait for a change of the bookmarks file, once.
func (h *harness) fireWatch() {
	h.t.Helper()
	w := h.watch
	if w == nil {
		h.t.Fatal("nothing watches the bookmarks file")
	}
	h.watch = nil
	h.deliver(w())
}

func (h *harness) deliver(msg tea.Msg) {
	h.t.Helper()
	if msg == nil {
		return
	}
	if _, ok := msg.(tea.QuitMsg); ok {
		h.quit = true
		return
	}
	// Batches and sequences are slices of commands.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		for i := range v.Len() {
			h.run(v.Index(i).Interface().(tea.Cmd))
		}
		return
	}
	switch t := fmt.Sprintf("%T", msg); t {
	case fmt.Sprintf("%T", tea.RequestBackgroundColor()):
		return // a request to the terminal; no terminal here
	case "tea.setClipboardMsg":
		h.clipboard = append(h.clipboard, reflect.ValueOf(msg).String())
		return
	}
	if raw, ok := msg.(tea.RawMsg); ok {
		h.raw = append(h.raw, fmt.Sprint(raw.Msg))
		return
	}
	if _, ok := msg.(startLoadingMsg); ok && h.holdLoading {
		return
	}
	_, next := h.m.Update(msg)
	h.run(next)
}

// press sends keys by name: "j", "enter", "shift+tab", "ctrl+c"…
func (h *harness) press(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		h.send(keyPress(k))
	}
}

// typeText sends each rune as a key press.
func (h *harness) typeText(s string) {
	h.t.Helper()
	for _, r := range s {
		h.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

var namedKeys = map[string]rune{
	"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp,
	"down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight, "home": tea.KeyHome,
	"end": tea.KeyEnd, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "space": tea.KeySpace,
	"backspace": tea.KeyBackspace,
}

func keyPress(name string) tea.KeyPressMsg {
	var mod tea.KeyMod
	base := name
	for {
		switch {
		case strings.HasPrefix(base, "shift+"):
			mod |= tea.ModShift
			base = strings.TrimPrefix(base, "shift+")
			continue
		case strings.HasPrefix(base, "ctrl+"):
			mod |= tea.ModCtrl
			base = strings.TrimPrefix(base, "ctrl+")
			continue
		}
		break
	}
	if code, ok := namedKeys[base]; ok {
		k := tea.KeyPressMsg{Code: code, Mod: mod}
		if code == tea.KeySpace && mod == 0 {
			k.Text = " "
		}
		return k
	}
	r := []rune(base)[0]
	if mod != 0 {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	return tea.KeyPressMsg{Code: r, Text: base}
}

// screen is the view as plain text, what a user reads.
func (h *harness) screen() string {
	return ansi.Strip(h.m.View().Content)
}

// asciiScreen is the view as a terminal with the ascii colour profile
// receives it: bold, underline and reverse, but no colour.
func (h *harness) asciiScreen() string { return asciiOf(h.t, h.m.View().Content) }

// asciiOf is drawn text as a terminal with the ascii colour profile
// receives it, for goldens of whole screens and of panes.
func asciiOf(t testing.TB, drawn string) string {
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.ASCII}
	if _, err := w.WriteString(drawn); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// screenSizes are the sizes goldens draw at: a wide screen, where the
// list and the item sit side by side, a narrow one and a small one.
var screenSizes = []struct {
	name string
	w, h int
}{{"wide", 120, 40}, {"narrow", 80, 24}, {"small", 45, 12}}

func (h *harness) requireScreenContains(parts ...string) {
	h.t.Helper()
	s := h.screen()
	for _, p := range parts {
		if !strings.Contains(s, p) {
			h.t.Fatalf("screen lacks %q:\n%s", p, s)
		}
	}
}

func (h *harness) requireScreenLacks(parts ...string) {
	h.t.Helper()
	s := h.screen()
	for _, p := range parts {
		if strings.Contains(s, p) {
			h.t.Fatalf("screen shows %q but should not:\n%s", p, s)
		}
	}
}

// line is line i of the screen (negative counts from the bottom).
func (h *harness) line(i int) string {
	lines := strings.Split(h.screen(), "\n")
	if i < 0 {
		i += len(lines)
	}
	if i < 0 || i >= len(lines) {
		return ""
	}
	return lines[i]
}

// crumb is the breadcrumb, without the counts on the right.
func (h *harness) crumb() string {
	c := h.line(0)
	if i := strings.Index(c, "  "); i >= 0 {
		c = c[:i]
	}
	return strings.TrimSpace(c)
}

// position is the "N/M" the status line starts with.
func (h *harness) position() string {
	f := strings.Fields(h.line(-1))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// footer is the line of key hints.
func (h *harness) footer() string { return h.line(-2) }

// selectedTitle is the title of the talk under the cursor.
func (h *harness) selectedTitle() string {
	h.t.Helper()
	sess, ok := h.m.selectedTalk()
	if !ok {
		h.t.Fatal("no talk selected")
	}
	return sess.Title
}

// selectedName is the key of the item under the cursor: a talk's id, a
// person's or a company's name.
func (h *harness) selectedName() string { return h.m.list().selectedKey() }

// count is the number of rows the list shows.
func (h *harness) count() int { return h.m.list().count() }

// sessions are the page's talks.
func (h *harness) sessions() []model.Session { return h.m.c.idx.Schedule().Sessions }

// companyTalks are the titles of a company's talks.
func (h *harness) companyTalks(name string) []string {
	i, ok := companyIndex(h.m.c.idx, name)
	if !ok {
		h.t.Fatalf("no company %q", name)
	}
	var out []string
	for _, s := range h.m.c.idx.Companies()[i].Sessions {
		out = append(out, h.m.c.idx.Session(s).Title)
	}
	return out
}

// dark reports the dark theme.
func (h *harness) dark() bool { return h.m.c.theme.dark }

// abstractOf is the abstract of the talk of that id in the schedule shown.
func abstractOf(h *harness, id string) string {
	i, ok := h.m.c.idx.ByID(id)
	if !ok {
		h.t.Fatalf("no talk %q", id)
	}
	return h.m.c.idx.Session(i).Abstract
}
