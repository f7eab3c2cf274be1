package ui

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
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
// returns (in order, synchronously) and feeding the messages back.
type harness struct {
	t     testing.TB
	m     *Model
	quit  bool
	saved []bookmarkOp
	// holdLoading keeps a preview's whole page from loading until the
	// test sends startLoadingMsg itself.
	holdLoading bool
}

type harnessOption func(*Config)

// withPreview opens on the first n talks of the page, as for a large page;
// the whole page arrives when the test sends startLoadingMsg.
func withPreview(n int) harnessOption {
	return func(c *Config) {
		whole := c.Schedule
		c.Schedule.Sessions = whole.Sessions[:n]
		c.FullSchedule = func() (model.Schedule, error) { return whole, nil }
	}
}

func withBookmarks(ids ...string) harnessOption {
	return func(c *Config) { c.Bookmarks = ids }
}

func withTheme(name ThemeName) harnessOption {
	return func(c *Config) { c.Theme = name }
}

func newHarness(t testing.TB, width, height int, opts ...harnessOption) *harness {
	t.Helper()
	h := &harness{t: t}
	cfg := Config{Schedule: seedSchedule(t), Theme: ThemeDark, Env: []string{"TERM=xterm-256color"}}
	file := map[string]bool{}
	cfg.SaveBookmark = func(id string, add bool) ([]string, string, error) {
		h.saved = append(h.saved, bookmarkOp{id: id, add: add})
		if add {
			file[id] = true
		} else {
			delete(file, id)
		}
		var ids []string
		for id := range file {
			ids = append(ids, id)
		}
		return ids, "", nil
	}
	for _, o := range opts {
		o(&cfg)
	}
	for _, id := range cfg.Bookmarks {
		file[id] = true
	}
	h.m = New(cfg)
	h.m.statusTTL = 0 // no timers in tests
	h.holdLoading = cfg.FullSchedule != nil
	h.send(h.m.Init())
	h.send(tea.WindowSizeMsg{Width: width, Height: height})
	return h
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
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(5 * time.Second):
		h.t.Fatal("a command did not finish within 5 s")
	}
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
	if reflect.TypeOf(msg) == reflect.TypeOf(tea.RequestBackgroundColor()) {
		return // a request to the terminal; no terminal here
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
		return tea.KeyPressMsg{Code: code, Mod: mod}
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
func (h *harness) asciiScreen() string {
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.ASCII}
	if _, err := w.WriteString(h.m.View().Content); err != nil {
		h.t.Fatal(err)
	}
	return b.String()
}

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

// selectedTitle is the title of the talk under the cursor.
func (h *harness) selectedTitle() string {
	h.t.Helper()
	_, sess, ok := h.m.selectedSession()
	if !ok {
		h.t.Fatal("no talk selected")
	}
	return sess.Title
}

func stripANSI(s string) string { return ansi.Strip(s) }
