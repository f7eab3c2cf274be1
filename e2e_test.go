package main

// End-to-end tests: the real summit-tui binary, built once per test run,
// driven on a pseudo-terminal attached to a terminal emulator
// (bench/vtterm), as a person at a terminal would use it. Every step waits
// for what the screen should show next; nothing sleeps. Each run gets its
// own XDG_DATA_HOME, so no test touches the user's bookmarks.

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/bench/pagegen"
	"github.com/summit-tui/summit-tui/bench/vtterm"
)

// e2eTimeout bounds each wait. It is generous because the tests check
// behaviour, not speed, on a shared 2-core machine under -race; a passing
// run never comes near it.
const e2eTimeout = 10 * time.Second

// Keys as a terminal sends them.
const (
	keyEnter = "\r"
	// Esc as a terminal speaking the kitty keyboard protocol sends it
	// (the program asks for it at start-up): unlike a lone ESC byte it
	// cannot run into the next key as alt+key.
	keyEsc = "\x1b[27u"
	// A lone ESC byte is what other terminals send; the program must tell
	// it from the start of a sequence. Only safe when the next key waits
	// for the screen to change.
	keyLoneEsc  = "\x1b"
	keyTab      = "\t"
	keyShiftTab = "\x1b[Z"
)

var built struct {
	once sync.Once
	dir  string
	bin  string
	out  []byte
	err  error
}

// removeBinary removes the binary built for the end-to-end tests, once
// every test has run (see TestMain).
func removeBinary() {
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
}

// binary builds summit-tui once per test run and returns its path. It
// skips the calling test under -short.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test: skipped with -short")
	}
	built.once.Do(func() {
		built.dir, built.err = os.MkdirTemp("", "summit-tui-e2e-")
		if built.err != nil {
			return
		}
		built.bin = filepath.Join(built.dir, "summit-tui")
		goCmd, err := exec.LookPath("go")
		if err != nil {
			built.err = err
			return
		}
		built.out, built.err = exec.Command(goCmd, "build", "-o", built.bin, ".").CombinedOutput()
	})
	if built.err != nil {
		t.Fatalf("go build: %v\n%s", built.err, built.out)
	}
	return built.bin
}

// e2eEnv is the program's environment: ours without anything that changes
// colours, terminal or data directory, then TERM=xterm-256color, the given
// data directory and extra (which wins over what comes before).
func e2eEnv(dataHome string, extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "TERM", "NO_COLOR", "COLORTERM", "CLICOLOR", "CLICOLOR_FORCE", "FORCE_COLOR",
			"XDG_DATA_HOME", "XDG_STATE_HOME", "HOME", "TMUX", "TERM_PROGRAM", "COLORFGBG":
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "TERM=xterm-256color", "XDG_DATA_HOME="+dataHome, "XDG_STATE_HOME="+filepath.Join(dataHome, "state"), "HOME="+dataHome)
	return append(env, extra...)
}

// screen is the emulator's text: rows joined by "\n".
type screen string

func (s screen) lines() []string { return strings.Split(string(s), "\n") }

func (s screen) line(i int) string {
	ls := s.lines()
	if i < 0 {
		i += len(ls)
	}
	if i < 0 || i >= len(ls) {
		return ""
	}
	return ls[i]
}

func (s screen) has(texts ...string) bool {
	for _, t := range texts {
		if !strings.Contains(string(s), t) {
			return false
		}
	}
	return true
}

// crumb is the breadcrumb row, status the status row (the last).
func (s screen) crumb() string  { return s.line(0) }
func (s screen) tabs() string   { return s.line(1) }
func (s screen) status() string { return s.line(-1) }

// position is the "N/M" the status line starts with.
func (s screen) position() string {
	f := strings.Fields(s.status())
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// at says on which row and column (0-based cells) text is first drawn.
func (s screen) at(text string) (col, row int, ok bool) {
	for r, l := range s.lines() {
		if i := strings.Index(l, text); i >= 0 {
			return ansi.StringWidth(l[:i]), r, true
		}
	}
	return 0, 0, false
}

// detailTitle is the first line of the detail pane: right of the list on a
// wide screen, at the top of a narrow one with a talk open.
func (s screen) detailTitle() string {
	l := s.line(3)
	if i := strings.LastIndex(l, "││"); i >= 0 {
		l = l[i+len("││"):]
	} else {
		l = strings.TrimPrefix(l, "│")
	}
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l), "│"))
}

// listRows is the text of the list pane's rows (the left pane on a wide
// screen).
func (s screen) listRows() []string {
	var rows []string
	lines := s.lines()
	for _, l := range lines[3 : len(lines)-3] { // inside the borders, above the footer
		l, _, _ = strings.Cut(strings.TrimPrefix(l, "│"), "│") // the list's border ends it
		rows = append(rows, strings.Trim(l, " ▌"))
	}
	return rows
}

// tui is summit-tui running on an emulated terminal.
type tui struct {
	t        *testing.T
	name     string
	term     *vtterm.Term
	dataHome string
}

type launch struct {
	name       string // in failure messages, when several run at once
	cols, rows int
	dataHome   string   // XDG_DATA_HOME; a fresh directory when empty
	env        []string // added to the environment, e.g. NO_COLOR=1
	args       []string
	opts       []vtterm.Option
	// prefix runs the program through another command, as setpriv does
	// to run it as another user.
	prefix []string
}

func startTUI(t *testing.T, l launch) *tui {
	t.Helper()
	bin := binary(t)
	if l.dataHome == "" {
		l.dataHome = t.TempDir()
	}
	if l.name == "" {
		l.name = "summit-tui"
	}
	argv := append(append(slices.Clone(l.prefix), bin), l.args...)
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = e2eEnv(l.dataHome, l.env...)
	vt, err := vtterm.Start(cmd, l.cols, l.rows, l.opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = vt.Close() })
	return &tui{t: t, name: l.name, term: vt, dataHome: l.dataHome}
}

// waitFor waits until cond holds on the screen and returns that screen.
func (u *tui) waitFor(what string, cond func(s screen) bool) screen {
	u.t.Helper()
	s, err := u.term.WaitFor(e2eTimeout, func(s string) bool { return cond(screen(s)) })
	if err != nil {
		u.t.Fatalf("%s: waiting for %s: %v", u.name, what, err)
	}
	return screen(s)
}

// waitText waits until every text is on the screen.
func (u *tui) waitText(texts ...string) screen {
	u.t.Helper()
	return u.waitFor(fmt.Sprintf("%q", texts), func(s screen) bool { return s.has(texts...) })
}

// waitGone waits until text is no longer on the screen.
func (u *tui) waitGone(text string) screen {
	u.t.Helper()
	return u.waitFor(fmt.Sprintf("%q to go", text), func(s screen) bool { return !s.has(text) })
}

// waitCrumb waits for the breadcrumb to read exactly crumb (then spaces and
// the counts on the right).
func (u *tui) waitCrumb(crumb string) screen {
	u.t.Helper()
	return u.waitFor("breadcrumb "+crumb, func(s screen) bool {
		c := s.crumb()
		return c == crumb || strings.HasPrefix(c, crumb+"  ")
	})
}

// waitPos waits for the status line to start with the position pos.
func (u *tui) waitPos(pos string) screen {
	u.t.Helper()
	return u.waitFor("position "+pos, func(s screen) bool { return s.position() == pos })
}

// waitDetail waits for the detail pane to show title: whole, or the start
// of it when it wraps.
func (u *tui) waitDetail(title string) screen {
	u.t.Helper()
	return u.waitFor("detail pane showing "+title, func(s screen) bool {
		d := s.detailTitle()
		return d == title || len(d) >= 20 && strings.HasPrefix(title, d)
	})
}

func (u *tui) press(keys ...string) {
	u.t.Helper()
	for _, k := range keys {
		if err := u.term.Send(k); err != nil {
			u.t.Fatalf("%s: %v", u.name, err)
		}
	}
}

func (u *tui) resize(cols, rows int) {
	u.t.Helper()
	if err := u.term.Resize(cols, rows); err != nil {
		u.t.Fatal(err)
	}
}

// click presses and releases the left button on a cell (0-based).
func (u *tui) click(col, row int) {
	u.t.Helper()
	u.press(fmt.Sprintf("\x1b[<0;%d;%dM\x1b[<0;%d;%dm", col+1, row+1, col+1, row+1))
}

// wheel turns the wheel on a cell (0-based): down when down, else up.
func (u *tui) wheel(col, row int, down bool) {
	u.t.Helper()
	button := 64
	if down {
		button = 65
	}
	u.press(fmt.Sprintf("\x1b[<%d;%d;%dM", button, col+1, row+1))
}

// quit presses q, expects exit status 0 and the terminal as it was.
func (u *tui) quit() {
	u.t.Helper()
	u.quitWith("q")
}

// quitUnsaved presses q with changes that cannot be saved: the program
// still ends, says on standard error what was not saved, and exits 1.
func (u *tui) quitUnsaved(want string) {
	u.t.Helper()
	u.press("q")
	code, err := u.term.Wait(e2eTimeout)
	if err != nil || code != 1 {
		u.t.Fatalf("%s: after q with unsaved changes: exit %d, %v; screen:\n%s", u.name, code, err, u.term.Screen())
	}
	if s := u.term.Screen(); !strings.Contains(s, "summit-tui: bookmarks: "+want) {
		u.t.Errorf("%s: no line saying %q:\n%s", u.name, want, s)
	}
	checkRestored(u.t, string(u.term.Raw()))
}

func (u *tui) quitWith(key string) {
	u.t.Helper()
	u.press(key)
	code, err := u.term.Wait(e2eTimeout)
	if err != nil || code != 0 {
		u.t.Fatalf("%s: after q: exit %d, %v; screen:\n%s", u.name, code, err, u.term.Screen())
	}
	checkRestored(u.t, string(u.term.Raw()))
	if u.term.AltScreen() {
		u.t.Errorf("%s: the terminal is still on the alternate screen after quitting", u.name)
	}
}

// checkRestored checks that every terminal mode the program turned on was
// turned off again after its last use: the user's shell gets its screen,
// cursor, keyboard and mouse back.
func checkRestored(t *testing.T, raw string) {
	t.Helper()
	for _, m := range []struct {
		on, off, what string
		required      bool
	}{
		{`\x1b\[\?1049h`, `\x1b\[\?1049l`, "the alternate screen", true},
		{`\x1b\[\?1002h`, `\x1b\[\?1002l`, "mouse cell-motion tracking", true},
		{`\x1b\[\?1006h`, `\x1b\[\?1006l`, "SGR mouse reports", true},
		{`\x1b\[\?25l`, `\x1b\[\?25h`, "the hidden cursor", false},
		{`\x1b\[\?2004h`, `\x1b\[\?2004l`, "bracketed paste", false},
		{`\x1b\[\?7l`, `\x1b\[\?7h`, "autowrap off", false},
		{`\x1b\[>[0-9]+u`, `\x1b\[<[0-9]*u`, "the kitty keyboard protocol", false},
		{`\x1b\[>4;[1-9]m`, `\x1b\[>4;?0?m`, "modifyOtherKeys", false},
	} {
		on := lastMatch(raw, m.on)
		off := lastMatch(raw, m.off)
		switch {
		case on < 0 && m.required:
			t.Errorf("%s was never turned on", m.what)
		case on >= 0 && off < on:
			t.Errorf("%s was left on at exit (last on at byte %d, last off at %d)", m.what, on, off)
		}
	}
	if strings.Contains(raw, "\x1b[?1003h") {
		t.Error("all-motion mouse tracking (1003) was turned on; DESIGN.md wants cell motion")
	}
}

func lastMatch(s, re string) int {
	locs := regexp.MustCompile(re).FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return -1
	}
	return locs[len(locs)-1][0]
}

// What the seed's screens show.
const (
	firstTitle = "Event Streaming: Lessons from our Cloud-Native Journey"
	k8sTitle   = "Running Kafka® in Kubernetes: A Practical Guide"
	k8sID      = "running-kafka-in-kubernetes-a-practical-guide"
	k8sStart   = "The rise of Apache Kafka as the de facto"
	owTitle    = "Building Serverless Apps with Kafka"
	crumbAll   = "Kafka Summit London 2019 › All"
)

// waitFirstFrame waits for the whole first frame of the seed.
func (u *tui) waitFirstFrame() screen {
	u.t.Helper()
	s := u.waitFor("the first frame", func(s screen) bool {
		crumb := strings.ReplaceAll(s.crumb(), " > ", " › ") // the ascii theme's
		return strings.HasPrefix(crumb, crumbAll) && s.position() == "1/59" && s.has(firstTitle[:20])
	})
	return s
}

// TestE2EWide walks through the browser at 120×40, where the list, detail
// and abstract panes sit side by side.
func TestE2EWide(t *testing.T) {
	t.Parallel()
	u := startTUI(t, launch{cols: 120, rows: 40})

	s := u.waitFirstFrame()
	if !strings.HasSuffix(s.crumb(), "59 talks · 5 tracks") {
		t.Errorf("header = %q, want the counts on the right", s.crumb())
	}
	// Every tab fits at 120 columns: the others' counts give way.
	for _, tab := range []string{"1 All 59", "2 Keynotes", "3 Core Kafka", "4 Event-Driven Development", "5 Stream Processing", "6 Use Cases", "0 ★ Bookmarks 0"} {
		if !strings.Contains(s.tabs(), tab) {
			t.Errorf("tab %q missing from %q", tab, s.tabs())
		}
	}
	u.waitDetail(firstTitle)
	u.waitText("Neha Narkhede · Confluent", "Track Keynotes", "Not bookmarked (b)", "No abstract")

	// Tabs: ] and [ step, a digit jumps; the breadcrumb and the list follow.
	u.press("]")
	u.waitCrumb("Kafka Summit London 2019 › Keynotes")
	u.waitPos("1/3")
	u.press("]")
	u.waitCrumb("Kafka Summit London 2019 › Core Kafka")
	s = u.waitPos("1/14")
	u.waitDetail(k8sTitle)
	if rows := s.listRows(); slices.ContainsFunc(rows, func(r string) bool { return strings.HasPrefix(r, "Is Kafka a Database?") }) {
		t.Errorf("the Core Kafka tab lists a keynote:\n%s", s)
	}
	u.press("[")
	u.waitCrumb("Kafka Summit London 2019 › Keynotes")
	u.press("3")
	u.waitCrumb("Kafka Summit London 2019 › Core Kafka")
	u.press("1")
	u.waitCrumb(crumbAll)
	u.waitPos("1/59")

	// Moving down shows the selected talk's abstract.
	u.press("j", "j", "j")
	u.waitPos("4/59")
	u.waitDetail(k8sTitle)
	u.waitText("Katherine Stanley · IBM United Kingdom Ltd.", "Track Core Kafka", k8sStart)
	u.press("k")
	u.waitPos("3/59")
	u.waitDetail("Is Kafka a Database?")
	u.press("G")
	u.waitPos("59/59")
	u.press("g")
	u.waitPos("1/59")

	// Search reaches the words of the abstract.
	u.press("/")
	u.waitText("keep filter")
	u.press("OpenWhisk")
	s = u.waitFor("OpenWhisk to find one talk", func(s screen) bool {
		return s.has("/ OpenWhisk", "1/59") && s.position() == "1/1"
	})
	u.waitDetail(owTitle)
	var listed []string
	for _, r := range s.listRows() {
		if r != "" && !strings.HasPrefix(r, "/ ") {
			listed = append(listed, r)
		}
	}
	if want := []string{owTitle, "Dale Lane · Event-Driven Development"}; !slices.Equal(listed, want) {
		t.Errorf("filter lists %q, want %q", listed, want)
	}
	u.press(keyEsc)
	u.waitFor("the filter to clear", func(s screen) bool {
		return !s.has("/ OpenWhisk") && strings.HasSuffix(s.position(), "/59")
	})
	u.waitText("Fast Kafka Apps!", "Robin Moffatt · Core Kafka") // the other talks are back

	// Speakers: on the selected talk's first speaker; enter lists their talks.
	u.press("s")
	u.waitCrumb("Kafka Summit London 2019 › All › Speakers")
	u.waitText("Dale Lane · IBM", "1 talk")
	u.press(keyEnter)
	u.waitCrumb("Kafka Summit London 2019 › All › Speakers › Dale Lane")
	u.waitPos("1/1")
	u.waitDetail(owTitle)
	u.press(keyEsc)
	u.waitCrumb("Kafka Summit London 2019 › All › Speakers")
	u.press(keyEsc)
	u.waitCrumb(crumbAll)

	// Companies: people and talks; enter lists the company's talks.
	u.press("c")
	u.waitCrumb("Kafka Summit London 2019 › All › Companies")
	u.waitText("Dale Lane, Edoardo Comar", "2 talks")
	u.press(keyEnter)
	u.waitCrumb("Kafka Summit London 2019 › All › Companies › IBM")
	s = u.waitPos("1/2")
	if !s.has("Fast Kafka Apps!", owTitle) {
		t.Errorf("IBM's talks are not both listed:\n%s", s)
	}
	u.press(keyEsc)
	u.waitCrumb("Kafka Summit London 2019 › All › Companies")
	u.press(keyEsc)
	u.waitCrumb(crumbAll)

	// Help, from the same key map, and esc closes it.
	u.press("?")
	u.waitText("Help", "jump to tab", "bookmark talk", "previous pane")
	u.press(keyLoneEsc)
	u.waitGone("jump to tab")
	u.waitDetail(owTitle)

	// Narrow: one pane at a time; enter opens the talk, esc goes back.
	u.resize(80, 24)
	u.waitFor("the one-pane layout, on the same talk", func(s screen) bool {
		return !s.has("││") && !s.has("Track Event-Driven") && strings.HasPrefix(s.crumb(), crumbAll) && s.has("59 talks") &&
			s.position() == "18/59"
	})
	u.press(keyEnter)
	u.waitDetail(owTitle)
	u.waitText("Dale Lane · IBM", "Track Event-Driven Development", "Serverless (also known as function-as-a-service)")
	u.press(keyLoneEsc)
	u.waitFor("the list again", func(s screen) bool {
		return !s.has("Track Event-Driven Development") && s.has(owTitle, "Dale Lane · Event-Driven Development") && s.position() == "18/59"
	})

	// Too small, then back.
	u.resize(30, 8)
	u.waitText("Too small", "Needs 40×10")
	u.resize(120, 40)
	u.waitFor("the wide layout again", func(s screen) bool {
		return s.has("││", "59 talks · 5 tracks", "Track Event-Driven Development") && s.position() == "18/59"
	})
	u.waitDetail(owTitle)

	u.quit()
}

// TestE2ENarrow is the core flow at 80×24: one pane at a time and tabs
// that scroll.
func TestE2ENarrow(t *testing.T) {
	t.Parallel()
	u := startTUI(t, launch{cols: 80, rows: 24})

	s := u.waitFirstFrame()
	if s.has("││") || s.has("Not bookmarked") {
		t.Errorf("at 80 columns the detail pane shows beside the list:\n%s", s)
	}
	if !strings.Contains(s.tabs(), "› 0 ★ Bookmarks 0") || strings.HasPrefix(strings.TrimSpace(s.tabs()), "‹") {
		t.Errorf("tabs = %q, want them to scroll with › before Bookmarks", s.tabs())
	}

	// The last track's tab scrolls into view.
	u.press("6")
	u.waitCrumb("Kafka Summit London 2019 › Use Cases")
	u.waitFor("the tabs to scroll", func(s screen) bool {
		return strings.HasPrefix(s.tabs(), "‹") && strings.Contains(s.tabs(), "Use Cases 14")
	})
	u.waitPos("1/14")
	u.press("[")
	u.waitCrumb("Kafka Summit London 2019 › Stream Processing")
	u.press("1")
	u.waitCrumb(crumbAll)
	u.waitFor("the tabs to scroll back", func(s screen) bool {
		return strings.Contains(s.tabs(), "All 59") && !strings.HasPrefix(s.tabs(), "‹")
	})

	// Paging and the ends of the list.
	u.press("\x1b[F") // end
	u.waitPos("59/59")
	u.press("\x1b[H") // home
	u.waitPos("1/59")
	u.press("\x1b[6~") // page down
	u.waitFor("a page down", func(s screen) bool {
		n, _ := strconv.Atoi(strings.TrimSuffix(s.position(), "/59"))
		return n > 2 && !s.has(firstTitle[:20])
	})
	u.press("\x1b[5~") // page up
	u.waitPos("1/59")

	// Esc with nothing to close keeps the browser open.
	u.press(keyEsc)
	u.press("j")
	u.waitPos("2/59")
	u.press("k")
	u.waitPos("1/59")

	// Open a talk and go back.
	u.press("j", "j", "j")
	u.waitPos("4/59")
	u.press(keyEnter)
	u.waitDetail(k8sTitle)
	u.waitText("Katherine Stanley · IBM United Kingdom Ltd.", "Track Core Kafka", k8sStart)
	u.press(keyEsc)
	u.waitFor("the list again", func(s screen) bool {
		return !s.has("Track Core Kafka") && s.has(firstTitle[:20]) && s.position() == "4/59"
	})

	// Search.
	u.press("/")
	u.waitText("keep filter")
	u.press("OpenWhisk")
	u.waitFor("OpenWhisk to find one talk", func(s screen) bool {
		return s.has("/ OpenWhisk", "1/59", owTitle) && !s.has(firstTitle[:20]) && s.position() == "1/1"
	})
	u.press(keyEsc)
	u.waitFor("the filter to clear", func(s screen) bool {
		return !s.has("/ OpenWhisk") && strings.HasSuffix(s.position(), "/59") && s.has(owTitle)
	})

	// Speakers and companies.
	u.press("s")
	u.waitCrumb("Kafka Summit London 2019 › All › Speakers")
	u.press(keyEnter)
	u.waitCrumb("Kafka Summit London 2019 › All › Speakers › Dale Lane")
	u.waitText(owTitle)
	u.press(keyEsc)
	u.waitCrumb("Kafka Summit London 2019 › All › Speakers")
	u.press(keyEsc)
	u.waitCrumb(crumbAll)
	u.press("c")
	u.waitCrumb("Kafka Summit London 2019 › All › Companies")
	u.waitText("1 person · 1 talk")
	u.press(keyEsc)
	u.waitCrumb(crumbAll)

	// Help.
	u.press("?")
	u.waitText("Help", "open talk, person, company")
	u.press(keyEsc)
	u.waitGone("open talk, person, company")

	// While typing a filter, q is a letter, not quit.
	u.press("/", "q")
	u.waitText("/ q")
	u.press(keyEsc)
	u.waitGone("/ q")

	u.quitWith("\x03") // ctrl+c
}

// isColourParam reports the SGR parameters that set a colour: foreground,
// background and underline; basic, bright, 256 and true colour.
func isColourParam(p int) bool {
	return (p >= 30 && p <= 49) || p == 58 || p == 59 || (p >= 90 && p <= 97) || (p >= 100 && p <= 107)
}

var sgrRE = regexp.MustCompile("\x1b\\[([0-9;:]*)m")

// colourSGRs lists the SGR sequences in raw that set a colour.
func colourSGRs(raw string) []string {
	var found []string
	for _, m := range sgrRE.FindAllStringSubmatch(raw, -1) {
		for _, f := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			if p, err := strconv.Atoi(f); err == nil && isColourParam(p) {
				found = append(found, m[0])
				break
			}
		}
	}
	return found
}

// TestE2ENoColour: NO_COLOR with any value, TERM=dumb and --theme ascii
// give no colour codes at all, and the browser still works.
func TestE2ENoColour(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		env    []string
		args   []string
		colour bool
	}{
		{name: "default has colour", colour: true},
		{name: "NO_COLOR=1", env: []string{"NO_COLOR=1"}},
		{name: "NO_COLOR=yes", env: []string{"NO_COLOR=yes"}}, // not a boolean: still no colour
		{name: "TERM=dumb", env: []string{"TERM=dumb"}},
		{name: "theme ascii", args: []string{"--theme", "ascii"}},
		{name: "NO_COLOR beats theme dark", env: []string{"NO_COLOR=1"}, args: []string{"--theme", "dark"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			u := startTUI(t, launch{cols: 100, rows: 24, env: tc.env, args: tc.args})
			u.waitFirstFrame()
			u.press("j", "j", "j")
			u.waitPos("4/59")
			u.waitText(k8sStart) // an abstract rendered by Glamour
			u.press("/")
			u.press("kafka")
			u.waitText("/ kafka")
			u.press(keyEsc)
			u.waitGone("/ kafka")
			u.press("?")
			u.waitText("open talk, person, company")
			u.press(keyEsc)
			u.waitGone("open talk, person, company")
			u.quit()

			found := colourSGRs(string(u.term.Raw()))
			switch {
			case tc.colour && len(found) == 0:
				t.Error("no colour at all in the default theme: the check below proves nothing")
			case !tc.colour && len(found) > 0:
				t.Errorf("%d colour sequences, e.g. %q", len(found), found[:min(len(found), 5)])
			}
		})
	}
}

// oscPayloads lists the payloads of the OSC sequences in raw.
func oscPayloads(raw string) []string {
	var out []string
	for _, m := range regexp.MustCompile("\x1b\\](.*?)(?:\x07|\x1b\\\\)").FindAllStringSubmatch(raw, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestE2EHostilePage opens a page whose every field holds terminal control
// sequences: none of them may reach the terminal.
func TestE2EHostilePage(t *testing.T) {
	t.Parallel()
	u := startTUI(t, launch{cols: 120, rows: 40, args: []string{"--file", filepath.Join("testdata", "good_page_escapes.txt")}})
	u.waitCrumb("Hostile Conf 2024 › All")
	u.waitText("Safe Opening Keynote", "Core Track 2")
	u.press("j")
	u.waitDetail("Evil Title Red Talk")
	u.waitText("Mallory Hacker · Evil Corp", "Track Core Track", "An abstract with a bell", "resets the terminal")
	u.press("j")
	u.waitDetail("Plain Second Talk")
	u.press("/")
	u.press("Mallory")
	u.waitText("/ Mallory")
	u.press(keyEsc)
	u.waitGone("/ Mallory")
	u.quit()

	raw := string(u.term.Raw())
	for _, bad := range []string{
		"pwned", "cHduZWQ", // the payloads of OSC 0, OSC 52, OSC 8 and DCS
		"\x1b]0;", "\x1b]52", "\x1b]8;", "\x1bP",
		"\x1b[6n", "\x1b[21t", "\x1bc", "\x1b[3J", "\x1b[5;31;47m", "\x1b[25;39;49m",
		"bell\x07", "backspace\x08",
	} {
		if strings.Contains(raw, bad) {
			t.Errorf("the page's %q reached the terminal", bad)
		}
	}
	for _, p := range oscPayloads(raw) {
		if title, isTitle := strings.CutPrefix(p, "2;"); isTitle && title != "" && title != "Hostile Conf 2024" {
			t.Errorf("window title set to %q", title)
		}
	}
	// Without the program's own well-formed escape sequences, nothing but
	// text and the renderer's cursor moves (CR, LF, BS) is left: no stray
	// ESC, BEL or 8-bit control from the page.
	rest := regexp.MustCompile("\x1b\\][^\x07\x1b]*(?:\x07|\x1b\\\\)").ReplaceAllString(raw, "")
	rest = regexp.MustCompile("\x1b\\[[0-9;:?<>=]*[ -/]*[@-~]").ReplaceAllString(rest, "")
	rest = regexp.MustCompile("\x1b[ -/]*[0-~]").ReplaceAllString(rest, "") // ESC 7, ESC M and the like
	for i, r := range rest {
		// A tab is the renderer's own cursor move where the tty allows it.
		if (r < 0x20 && r != '\n' && r != '\r' && r != '\b' && r != '\t') || (r >= 0x7f && r <= 0x9f) || (r == utf8.RuneError && !strings.HasPrefix(rest[i:], "\uFFFD")) {
			t.Errorf("control %U reached the terminal: …%q…", r, rest[max(i-30, 0):min(i+30, len(rest))])
			break
		}
	}
}

// bookmarksFile is the file the browser keeps under its XDG_DATA_HOME.
func bookmarksFile(dataHome string) string {
	return filepath.Join(dataHome, "summit-tui", "bookmarks.json")
}

// conference is the built-in page's, the key its bookmarks are saved under.
const conference = "Kafka Summit London 2019"

// savedIDs reads the ids saved for the seed's conference.
func savedIDs(t *testing.T, path string) []string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Version     int                 `json:"version"`
		Conferences map[string][]string `json:"conferences"`
	}
	if err := json.Unmarshal(raw, &f); err != nil || f.Version != 1 {
		t.Fatalf("bookmarks file is not version 1 JSON (%v):\n%s", err, raw)
	}
	return f.Conferences[conference]
}

// waitSaved waits until the bookmarks file holds want (in any order). The
// program saves in the background, so the file is polled.
func waitSaved(t *testing.T, path string, want ...string) {
	t.Helper()
	want = slices.Sorted(slices.Values(want))
	deadline := time.Now().Add(e2eTimeout)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	var got []string
	for ; time.Now().Before(deadline); <-tick.C {
		raw, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		var f struct {
			Conferences map[string][]string `json:"conferences"`
		}
		if json.Unmarshal(raw, &f) != nil {
			continue
		}
		got = slices.Sorted(slices.Values(f.Conferences[conference]))
		if slices.Equal(got, want) {
			return
		}
	}
	t.Fatalf("bookmarks file holds %q, want %q", got, want)
}

// TestE2EBookmarksPersist bookmarks a talk, quits, checks the file, and
// finds the bookmark again after a restart and in `summit-tui bookmarks`.
func TestE2EBookmarksPersist(t *testing.T) {
	t.Parallel()
	dataHome := t.TempDir()
	path := bookmarksFile(dataHome)

	u := startTUI(t, launch{cols: 120, rows: 40, dataHome: dataHome})
	u.waitFirstFrame()
	u.press("j", "j", "j")
	u.waitDetail(k8sTitle)
	u.press("b")
	s := u.waitFor("the bookmark to show", func(s screen) bool {
		return strings.Contains(s.tabs(), "★ Bookmarks 1") && s.has("★ Bookmarked", "★ "+k8sTitle[:20]) &&
			strings.HasSuffix(s.status(), "★ 1")
	})
	if !strings.Contains(s.status(), "Bookmarked") {
		t.Errorf("status line does not confirm the bookmark: %q", s.status())
	}
	u.quit()

	const wantFile = "{\n  \"version\": 1,\n  \"conferences\": {\n    \"Kafka Summit London 2019\": [\n      \"" + k8sID + "\"\n    ]\n  }\n}\n"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(raw) != wantFile {
		t.Errorf("bookmarks file =\n%s\nwant\n%s", raw, wantFile)
	}
	for p, want := range map[string]os.FileMode{path: 0o600, filepath.Dir(path): 0o700} {
		if info, err := os.Stat(p); err != nil || info.Mode().Perm() != want {
			t.Errorf("%s: mode %v (%v), want %v", p, info.Mode().Perm(), err, want)
		}
	}

	// After a restart: the star, the tab's count and the tab's list, on
	// the talk remembered from last time.
	u = startTUI(t, launch{name: "restarted", cols: 120, rows: 40, dataHome: dataHome})
	u.waitFor("the saved bookmark, in the remembered place", func(s screen) bool {
		return strings.Contains(s.tabs(), "★ Bookmarks 1") && s.has("★ "+k8sTitle[:20]) && strings.HasSuffix(s.status(), "★ 1") &&
			s.position() == "4/59" && s.has("★ Bookmarked")
	})
	u.press("g")
	s = u.waitPos("1/59")
	if s.has("★ Bookmarked") {
		t.Errorf("the first talk shows as bookmarked:\n%s", s)
	}
	u.press("0")
	u.waitFor("the Bookmarks tab", func(s screen) bool {
		return strings.Contains(s.crumb(), "Bookmarks") && s.position() == "1/1" && s.detailTitle() == k8sTitle && s.has("★ Bookmarked")
	})
	u.press("1")
	u.waitCrumb(crumbAll)
	u.press("[")
	u.waitFor("the Bookmarks tab, left of All", func(s screen) bool {
		return strings.Contains(s.crumb(), "Bookmarks") && s.position() == "1/1"
	})
	u.quit()

	// The command line agrees.
	for _, args := range [][]string{{"bookmarks"}, {"bookmarks", "--format", "json"}} {
		cmd := exec.Command(binary(t), args...)
		cmd.Env = e2eEnv(dataHome)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%q: %v", args, err)
		}
		if !strings.Contains(string(out), k8sTitle) || !strings.Contains(string(out), "Katherine Stanley") || strings.Contains(string(out), firstTitle) {
			t.Errorf("summit-tui %s:\n%s", strings.Join(args, " "), out)
		}
	}

	// Unbookmark it from the Bookmarks tab itself.
	u = startTUI(t, launch{name: "third run", cols: 120, rows: 40, dataHome: dataHome})
	u.waitCrumb("Kafka Summit London 2019 › Bookmarks") // where the last run ended
	u.waitDetail(k8sTitle)
	u.press("b")
	s = u.waitFor("the Bookmarks tab to empty", func(s screen) bool {
		return strings.Contains(s.tabs(), "★ Bookmarks 0") && strings.HasSuffix(s.status(), "★ 0") && s.has("No bookmarks yet") &&
			!slices.ContainsFunc(s.listRows(), func(r string) bool { return strings.Contains(r, k8sTitle[:20]) })
	})
	if !strings.Contains(s.status(), "Removed bookmark") {
		t.Errorf("status line does not confirm the removal: %q", s.status())
	}
	u.quit()
	if ids := savedIDs(t, path); len(ids) != 0 {
		t.Errorf("after unbookmarking the file still holds %q", ids)
	}
}

// TestE2EBookmarksTwoWindows runs two browsers on one bookmarks file: each
// toggle merges into the file, so neither loses the other's.
func TestE2EBookmarksTwoWindows(t *testing.T) {
	t.Parallel()
	dataHome := t.TempDir()
	path := bookmarksFile(dataHome)
	a := startTUI(t, launch{name: "window A", cols: 120, rows: 40, dataHome: dataHome})
	b := startTUI(t, launch{name: "window B", cols: 120, rows: 40, dataHome: dataHome})
	a.waitFirstFrame()
	b.waitFirstFrame()

	// A bookmarks the first talk.
	a.press("b")
	a.waitText("★ Bookmarks 1", "★ Bookmarked")
	waitSaved(t, path, "event-streaming-lessons-from-our-cloud-native-journey")

	// B bookmarks the second, and then sees A's too.
	b.press("j")
	b.waitPos("2/59")
	b.press("b")
	b.waitFor("B to show A's bookmark too", func(s screen) bool {
		return strings.Contains(s.tabs(), "★ Bookmarks 2") && s.has("★ "+firstTitle[:20])
	})
	b.press("j")
	b.waitPos("3/59")
	b.press("b")
	b.waitText("★ Bookmarks 3")

	// A toggles again and sees B's.
	a.press("j", "j", "j")
	a.waitPos("4/59")
	a.press("b")
	a.waitFor("A to show B's bookmarks", func(s screen) bool {
		return strings.Contains(s.tabs(), "★ Bookmarks 4") && s.has("★ Is Kafka a Database?")
	})

	// The Bookmarks tab lists them in programme order, not in the order
	// they were bookmarked.
	a.press("0")
	s := a.waitFor("the Bookmarks tab", func(s screen) bool {
		return strings.Contains(s.crumb(), "Bookmarks") && s.position() == "1/4"
	})
	var titles []string
	for _, r := range s.listRows() {
		if t, ok := strings.CutPrefix(r, "★ "); ok {
			titles = append(titles, t[:min(len(t), 20)])
		}
	}
	if want := []string{firstTitle[:20], "Growing an Engineeri", "Is Kafka a Database?", k8sTitle[:20]}; !slices.Equal(titles, want) {
		t.Errorf("Bookmarks tab lists %q, want %q", titles, want)
	}

	a.quit()
	b.quit()
	want := []string{
		"event-streaming-lessons-from-our-cloud-native-journey",
		"growing-an-engineering-culture-with-apache-kafka",
		"is-kafka-a-database",
		k8sID,
	}
	if got := savedIDs(t, path); !slices.Equal(got, want) {
		t.Errorf("bookmarks file holds %q, want %q", got, want)
	}
}

// TestE2EBookmarksCorruptFile: a corrupt file is moved aside, intact, the
// status line says so and browsing and bookmarking go on.
func TestE2EBookmarksCorruptFile(t *testing.T) {
	t.Parallel()
	dataHome := t.TempDir()
	path := bookmarksFile(dataHome)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	corrupt, err := os.ReadFile(filepath.Join("testdata", "bad_bookmarks_truncated.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, corrupt, 0o600); err != nil {
		t.Fatal(err)
	}

	u := startTUI(t, launch{cols: 120, rows: 40, dataHome: dataHome})
	u.waitFirstFrame()
	u.waitFor("the status line to mention the corrupt file", func(s screen) bool {
		return strings.Contains(s.status(), "corrupt")
	})
	u.press("j")
	u.waitPos("2/59")
	u.press("b")
	u.waitText("★ Bookmarks 1")
	waitSaved(t, path, "growing-an-engineering-culture-with-apache-kafka")
	u.quit()

	aside, _ := filepath.Glob(path + ".corrupt-*")
	if len(aside) != 1 {
		t.Fatalf("moved-aside files: %q, want one bookmarks.json.corrupt-*", aside)
	}
	if got, err := os.ReadFile(aside[0]); err != nil || string(got) != string(corrupt) {
		t.Errorf("%s is not the corrupt file, intact (%v):\n%s", aside[0], err, got)
	}
}

// TestE2EBookmarksCorruptFileSaysWhereItWent: with a data directory of an
// ordinary length (like ~/.local/share), the status line at 120 columns
// must tell the user not only that the file was corrupt but where it was
// moved: their bookmarks are in that file.
func TestE2EBookmarksCorruptFileSaysWhereItWent(t *testing.T) {
	t.Parallel()
	dataHome, err := os.MkdirTemp("", "home") // /tmp/home123456789, as long as /home/alice/.local/share
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dataHome) })
	path := bookmarksFile(dataHome)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("{\"version\": 1, \"conferences\": {\"Kafka Summit London 2019\": [\"is-kafka-a-datab"), 0o600); err != nil {
		t.Fatal(err)
	}
	u := startTUI(t, launch{cols: 120, rows: 40, dataHome: dataHome})
	u.waitFirstFrame()
	s := u.waitFor("the status line to mention the corrupt file", func(s screen) bool {
		return strings.Contains(s.status(), "corrupt")
	})
	if !strings.Contains(s.status(), "bookmarks.json.corrupt-") {
		t.Errorf("the status line does not say where the corrupt file went:\n%q", s.status())
	}
	u.quit()
}

// TestE2EBookmarksUnwritable: where bookmarks cannot be saved, the status
// line says how many changes wait and why, toggles still work in memory,
// and quitting says what could not be saved, with a non-zero status.
func TestE2EBookmarksUnwritable(t *testing.T) {
	t.Parallel()
	notADir := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(notADir, []byte("not a directory\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	u := startTUI(t, launch{cols: 120, rows: 40, dataHome: notADir})
	u.waitFirstFrame()
	u.press("b")
	u.waitFor("the status line to say the change is not saved", func(s screen) bool {
		return strings.Contains(s.status(), "1 change not saved yet")
	})
	u.waitText("★ Bookmarks 1", "★ Bookmarked")
	u.press("j", "b")
	u.waitFor("two changes pending", func(s screen) bool { return strings.Contains(s.status(), "2 changes not saved yet") })
	u.quitUnsaved("2 changes could not be saved")
}

// TestE2EMouse clicks a talk and a tab and turns the wheel over the
// abstract and the list.
func TestE2EMouse(t *testing.T) {
	t.Parallel()
	u := startTUI(t, launch{cols: 100, rows: 24})
	s := u.waitFirstFrame()

	// A click selects a talk.
	col, row, ok := s.at("Is Kafka a Database?")
	if !ok {
		t.Fatalf("no third talk on screen:\n%s", s)
	}
	u.click(col+2, row)
	u.waitPos("3/59")
	u.waitDetail("Is Kafka a Database?")

	// A click on a tab switches to it.
	s = u.waitText("3 Core Kafka")
	col, row, ok = s.at("3 Core Kafka")
	if !ok || row != 1 {
		t.Fatalf("Core Kafka tab not on the tab row:\n%s", s)
	}
	u.click(col+3, row)
	u.waitCrumb("Kafka Summit London 2019 › Core Kafka")
	u.waitDetail(k8sTitle)
	scrollRE := regexp.MustCompile(`lines (\d+)–(\d+) of (\d+)`)
	firstLine := func(s screen) int {
		m := scrollRE.FindStringSubmatch(string(s))
		if m == nil {
			return 0
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	s = u.waitFor("the abstract's scroll position", func(s screen) bool { return firstLine(s) == 1 && s.has(k8sStart) })

	// The wheel over the abstract scrolls it, and only it.
	col, row, _ = s.at(k8sStart)
	u.wheel(col+5, row+2, true)
	s = u.waitFor("the abstract to scroll down", func(s screen) bool { return firstLine(s) > 1 })
	if s.position() != "1/14" || s.has(k8sStart) {
		t.Errorf("wheel over the abstract: position %q, abstract start still shown: %v", s.position(), s.has(k8sStart))
	}
	u.wheel(col+5, row+2, false)
	u.waitFor("the abstract to scroll back up", func(s screen) bool { return firstLine(s) == 1 && s.has(k8sStart) })

	// The wheel over the list moves in the list.
	col, row, _ = s.at("Katherine Stanley")
	u.wheel(col, row, true)
	u.waitPos("2/14")
	u.waitDetail("So You’ve Inherited Kafka®? Now What?")

	// A click on the abstract focuses it: j now scrolls it, not the list.
	s = u.waitFor("the new abstract's scroll position", func(s screen) bool { return firstLine(s) == 1 })
	col, row, _ = s.at("lines 1–")
	u.click(col, row-2)
	u.press("j")
	s = u.waitFor("j to scroll the focused abstract", func(s screen) bool { return firstLine(s) == 2 })
	if s.position() != "2/14" {
		t.Errorf("j moved the list to %q though the abstract has the focus", s.position())
	}
	u.quit()
}

// TestE2EBookmarkInEveryView: b works on search results, a speaker's talks
// and a company's talks, and the status line confirms each toggle.
func TestE2EBookmarkInEveryView(t *testing.T) {
	t.Parallel()
	dataHome := t.TempDir()
	u := startTUI(t, launch{cols: 120, rows: 40, dataHome: dataHome})
	u.waitFirstFrame()

	// Search results: keep the filter with enter, then b.
	u.press("/")
	u.waitText("keep filter")
	u.press("OpenWhisk")
	u.waitPos("1/1")
	u.press(keyEnter)
	u.waitText("/ OpenWhisk")
	u.press("b")
	u.waitFor("the bookmark from the search results", func(s screen) bool {
		return strings.Contains(s.tabs(), "★ Bookmarks 1") && s.has("★ Bookmarked", "★ "+owTitle) && strings.Contains(s.status(), "Bookmarked")
	})
	u.press(keyEsc)
	u.waitGone("/ OpenWhisk")

	// A speaker's talks: remove it again.
	u.press("s")
	u.waitCrumb("Kafka Summit London 2019 › All › Speakers")
	u.press(keyEnter)
	u.waitCrumb("Kafka Summit London 2019 › All › Speakers › Dale Lane")
	u.press("b")
	u.waitFor("the bookmark removed from the speaker's talks", func(s screen) bool {
		return strings.Contains(s.tabs(), "★ Bookmarks 0") && s.has("Not bookmarked (b)") && strings.Contains(s.status(), "Removed bookmark")
	})
	u.press(keyEsc)
	u.waitCrumb("Kafka Summit London 2019 › All › Speakers")
	u.press(keyEsc)
	u.waitCrumb(crumbAll)

	// A company's talks.
	u.press("c")
	u.waitCrumb("Kafka Summit London 2019 › All › Companies")
	u.press(keyEnter)
	u.waitCrumb("Kafka Summit London 2019 › All › Companies › IBM")
	u.waitDetail("Fast Kafka Apps!")
	u.press("b")
	u.waitFor("the bookmark from the company's talks", func(s screen) bool {
		return strings.Contains(s.tabs(), "★ Bookmarks 1") && s.has("★ Bookmarked", "★ Fast Kafka Apps!")
	})
	u.quit()
	if got := savedIDs(t, bookmarksFile(dataHome)); !slices.Equal(got, []string{"fast-kafka-apps"}) {
		t.Errorf("bookmarks file holds %q, want only Fast Kafka Apps!", got)
	}
}

// TestE2EFocus: tab and shift+tab move the focus between the panes; the
// arrow keys then scroll the focused abstract instead of the list.
func TestE2EFocus(t *testing.T) {
	t.Parallel()
	u := startTUI(t, launch{cols: 100, rows: 24})
	u.waitFirstFrame()
	u.press("3") // Core Kafka: its first abstract is longer than the pane
	u.waitDetail(k8sTitle)
	u.waitText("lines 1–")
	u.press(keyTab, keyTab) // detail, then abstract
	u.press("\x1b[B")       // down
	s := u.waitText("lines 2–")
	if s.position() != "1/14" {
		t.Errorf("down with the abstract focused moved the list to %q", s.position())
	}
	u.press("G")
	u.waitFor("the end of the abstract", func(s screen) bool { return strings.Contains(s.status(), "1/14") && s.has("· 100%") })
	u.press(keyShiftTab, keyShiftTab) // detail, then list
	u.press("j")
	u.waitPos("2/14")
	u.waitDetail("So You’ve Inherited Kafka®? Now What?")
	u.quit()
}

// xterm256 is the RGB of a 256-colour palette index.
func xterm256(i int) (r, g, b int) {
	base := [16][3]int{{0, 0, 0}, {205, 0, 0}, {0, 205, 0}, {205, 205, 0}, {0, 0, 238}, {205, 0, 205}, {0, 205, 205}, {229, 229, 229},
		{127, 127, 127}, {255, 0, 0}, {0, 255, 0}, {255, 255, 0}, {92, 92, 255}, {255, 0, 255}, {0, 255, 255}, {255, 255, 255}}
	switch {
	case i < 16:
		return base[i][0], base[i][1], base[i][2]
	case i < 232:
		level := func(v int) int {
			if v == 0 {
				return 0
			}
			return 55 + 40*v
		}
		i -= 16
		return level(i / 36), level(i / 6 % 6), level(i % 6)
	}
	v := 8 + 10*(i-232)
	return v, v, v
}

// paleForegrounds lists the foreground colours in the SGR sequences of
// styled that are too pale to read on a white background.
func paleForegrounds(styled string) []string {
	var pale []string
	for _, m := range sgrRE.FindAllStringSubmatch(styled, -1) {
		ps := strings.Split(m[1], ";")
		for i := 0; i < len(ps); i++ {
			p, _ := strconv.Atoi(ps[i])
			r, g, b, ok := 0, 0, 0, false
			switch {
			case p == 38 && i+2 < len(ps) && ps[i+1] == "5":
				n, _ := strconv.Atoi(ps[i+2])
				r, g, b = xterm256(n)
				ok, i = true, i+2
			case p == 38 && i+4 < len(ps) && ps[i+1] == "2":
				r, _ = strconv.Atoi(ps[i+2])
				g, _ = strconv.Atoi(ps[i+3])
				b, _ = strconv.Atoi(ps[i+4])
				ok, i = true, i+4
			case p == 48 && i+1 < len(ps) && ps[i+1] == "5":
				i += 2
			case p == 48 && i+1 < len(ps) && ps[i+1] == "2":
				i += 4
			case p >= 30 && p <= 37:
				r, g, b = xterm256(p - 30)
				ok = true
			case p >= 90 && p <= 97:
				r, g, b = xterm256(p - 90 + 8)
				ok = true
			}
			if ok && (0.2126*float64(r)+0.7152*float64(g)+0.0722*float64(b))/255 > 0.8 {
				pale = append(pale, m[0])
			}
		}
	}
	return pale
}

// TestE2ETheme: dark until the terminal says it is light; --theme
// overrides what the terminal says. On a light terminal no text may be
// drawn in a colour too pale to read.
func TestE2ETheme(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		light    bool
		args     []string
		wantPale bool
	}{
		{name: "dark terminal", wantPale: true},
		{name: "light terminal", light: true},
		{name: "theme light on a dark terminal", args: []string{"--theme", "light"}},
		{name: "theme dark on a light terminal", light: true, args: []string{"--theme", "dark"}, wantPale: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var opts []vtterm.Option
			if tc.light {
				opts = append(opts, vtterm.WithLightBackground())
			}
			u := startTUI(t, launch{cols: 100, rows: 24, args: tc.args, opts: opts})
			u.waitFirstFrame()
			// The terminal's answer about its background was asked for at
			// start-up, so it reaches the program before these keys.
			u.press("j", "j", "j")
			u.waitPos("4/59")
			u.waitText(k8sStart)
			if tc.wantPale {
				if pale := paleForegrounds(u.term.Styled()); len(pale) == 0 {
					t.Error("no pale text in the dark theme: the check proves nothing")
				}
				u.quit()
				return
			}
			// The restyled abstract is rendered in the background: wait for it.
			deadline := time.Now().Add(e2eTimeout)
			tick := time.NewTicker(10 * time.Millisecond)
			defer tick.Stop()
			pale := paleForegrounds(u.term.Styled())
			for ; len(pale) > 0 && time.Now().Before(deadline); <-tick.C {
				pale = paleForegrounds(u.term.Styled())
			}
			if len(pale) > 0 {
				t.Errorf("on a light background, text is drawn in pale colours %q", pale[:min(len(pale), 5)])
			}
			u.quit()
		})
	}
}

// A large page opens on its first talks at once, then the whole page
// arrives without losing the user's place.
func TestE2ELargePageOpensOnItsStart(t *testing.T) {
	t.Parallel()
	page := pagegen.Generate(3000)
	path := filepath.Join(t.TempDir(), "large.txt")
	if err := os.WriteFile(path, page, 0o600); err != nil {
		t.Fatal(err)
	}
	u := startTUI(t, launch{cols: 120, rows: 40, args: []string{"--file", path}})
	u.waitFor("the page's first talks", func(s screen) bool { return s.has("Generated Summit") && strings.HasPrefix(s.position(), "1/") })
	u.press("j", "j")
	u.waitText("All 3000", "3000 talks")
	u.waitPos("3/3000")
	u.quit()
}
