package ui

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/summit-tui/summit-tui/model"
)

// Config is what the browser needs from its host: the page, the look and
// the functions that reach files. The browser does no I/O of its own and
// changes nothing process-wide, so one process could run one per terminal.
type Config struct {
	Schedule model.Schedule
	// Prepared, when set, is the schedule already indexed and shared with
	// other browsers in this process (Prepare); Schedule is then ignored.
	Prepared *Prepared
	// Renders, when set, is the cache of rendered abstracts and bios
	// shared with other browsers in this process (NewRenderCache); nil
	// keeps one for this browser alone.
	Renders *RenderCache
	// FullSchedule, when set, means Schedule is a preview, the start of a
	// large page, and parses the whole page; it runs outside the UI
	// goroutine and its talks must begin with the preview's.
	FullSchedule func() (model.Schedule, error)
	Theme        ThemeName
	// Env is the terminal's environment, for the colour settings
	// (NO_COLOR, TERM) and Bubble Tea; nil leaves Bubble Tea the process's.
	Env []string

	// Bookmarks are the ids bookmarked when the browser opens.
	Bookmarks []string
	// Notice is shown in the status line at start, as a warning: the
	// bookmarks file was corrupt and moved aside, or could not be read,
	// or (over SSH without a key) bookmarks last for this session only.
	// Browsing goes on.
	Notice string
	// SaveBookmarks applies every pending toggle, in order, to the
	// bookmarks file's latest content and returns the file's ids
	// afterwards, which may include another window's toggles. known is
	// what this window last knew the file held: a file found missing,
	// empty or corrupt is written afresh from it. notice is for the status
	// line (the file was corrupt and moved aside, say). An error means
	// nothing was saved: the toggles stay pending and are tried again.
	// It runs outside the UI goroutine. Nil keeps bookmarks in memory,
	// and the Bookmarks tab says they last for this session only.
	SaveBookmarks func(known []string, ops []BookmarkOp) (ids []string, notice string, err error)
	// Going, when set, reads how many attendees bookmarked each talk, by
	// id, for the talk's details ("★ 42 going"): at start and whenever
	// BookmarksChanged or GoingChanged fires. It runs outside the UI
	// goroutine.
	Going func() (map[string]int, error)
	// ReadBookmarks reads the file's ids, when BookmarksChanged says
	// another window may have changed them. It runs outside the UI
	// goroutine.
	ReadBookmarks func() ([]string, error)
	// BookmarksChanged receives whenever the bookmarks file may have
	// changed. Nil: no other window's bookmark shows before the next save.
	BookmarksChanged <-chan struct{}
	// GoingChanged receives whenever the counts of who is going may
	// have changed while this browser's own bookmarks did not: only the
	// counts are read again. Nil: they are read when BookmarksChanged
	// fires.
	GoingChanged <-chan struct{}

	// LoadState reads the saved place (state.json), once, in New; nil or
	// an error opens on the first tab. SaveState writes it when the
	// browser quits.
	LoadState func() ([]byte, error)
	SaveState func([]byte) error

	// Done, when set, is closed by the host once the program has ended:
	// the browser's timers end with it rather than when they fire.
	Done <-chan struct{}

	// Now is the clock every time the browser keeps is read from; nil is
	// the system's.
	Now func() time.Time
	// Remind is how long before each bookmarked talk starts the browser
	// reminds of it; zero turns reminders off.
	Remind time.Duration
	// Notify shows a desktop notification through the desktop's own
	// notifier, for a terminal that cannot be asked for one. It runs
	// outside the UI goroutine; nil asks nobody.
	Notify func(title, body string) error
	// OpenLink opens an http(s) URL in the browser, for o. It runs
	// outside the UI goroutine. ErrNoBrowser (or nil OpenLink) means this
	// terminal has none: the link is shown for the terminal to open.
	OpenLink func(url string) error
	// Zone is the user's time zone, which z shows times in: the
	// machine's, or over SSH the client's (its TZ); nil is time.Local.
	Zone *time.Location
	// ZoneMissing, when set, says why there is no zone of the user's to
	// show (the SSH client sent no TZ): z says it instead of switching.
	ZoneMissing string
	// Live keeps the schedule current while the browser runs and tells
	// what changed since the version last seen (live.go).
	Live Live
	// Background is what the terminal said of its background before the
	// browser started (DetectBackground); BackgroundNotAsked makes the
	// browser ask.
	Background Background

	// Elsewhere lists the schedules O offers: those opened before, most
	// recent first, and whatever else the host can open. OpenSchedule
	// reads the one chosen and returns the browser's Config for it, its
	// bookmarks, state and refresh wired as at start (Theme, Env and
	// Background are the browser's own); what the host started for the
	// schedule shown before it stops. Both run outside the UI goroutine;
	// without both, O says there is nothing to open.
	Elsewhere    func() []ScheduleChoice
	OpenSchedule func(ref string) (Config, error)
	// Remember, when set, keeps the schedule among those opened; it runs
	// outside the UI goroutine once the browser starts, not before the
	// first frame. What it returns, if anything, is a notice for the
	// status line.
	Remember func() (notice string)

	// Pending, when set, is a schedule still on its way: the browser
	// shows how it goes until Pending.Ready gives the rest of the Config
	// (pending.go). Only Theme, Env, Background and Now are read
	// beside it.
	Pending *Pending
}

func (c Config) zone() *time.Location {
	if c.Zone == nil {
		return time.Local
	}
	return c.Zone
}

// BookmarkOp is one toggle: bookmark ID (Add) or remove its bookmark.
type BookmarkOp struct {
	ID  string
	Add bool
}

// Outcome is how the browser ended, for the host to report: the toggles
// that could not be saved and why.
type Outcome struct {
	Unsaved int
	Reason  string
	// Known and Pending are what a last save would need: the file's ids
	// as last known and the toggles not saved, in order.
	Known   []string
	Pending []BookmarkOp
}

// framesPerSecond is Bubble Tea's maximum. Frames are written only on its
// ticker, so the rate bounds how soon a key's frame appears.
const framesPerSecond = 120

// New makes the browser for cfg and the program options it needs; the
// host runs the program (tea.NewProgram(m, opts...)) and reads the final
// model's Outcome.
func New(cfg Config) (*Model, []tea.ProgramOption) {
	opts := []tea.ProgramOption{
		// Bubble Tea v2 writes frames only on its ticker, 60 a second by
		// default; 120, its maximum, halves the wait for the frame a key
		// leads to for a fraction of a per cent of one core while idle.
		tea.WithFPS(framesPerSecond),
	}
	if cfg.Env != nil {
		opts = append(opts, tea.WithEnvironment(cfg.Env))
	}
	if noColor(cfg.Env) || cfg.Theme == ThemeASCII {
		// Ascii keeps bold and underline but drops every colour, whatever
		// the page or Glamour ask for.
		opts = append(opts, tea.WithColorProfile(colorprofile.Ascii))
	}
	return newModel(cfg), opts
}

// Quit is the message that asks the browser to quit as q does: pending
// bookmarks are saved within a bound first. Send it (Program.Send) on
// SIGTERM and the like.
func Quit() tea.Msg { return quitRequestMsg{} }

type quitRequestMsg struct{}

// resolveTheme picks the starting theme and whether it is fixed (not to
// follow the terminal's background colour).
func resolveTheme(name ThemeName, env []string) (theme, bool) {
	switch {
	case noColor(env) || name == ThemeASCII:
		return theme{ascii: true}, true
	case name == ThemeLight:
		return theme{dark: false}, true
	case name == ThemeDark:
		return theme{dark: true}, true
	}
	return theme{dark: true}, false // dark until the terminal says otherwise
}

// noColor reports NO_COLOR set to anything (https://no-color.org) or a
// dumb terminal.
func noColor(env []string) bool {
	return getenv(env, "NO_COLOR") != "" || getenv(env, "TERM") == "dumb"
}

func getenv(env []string, name string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(env[i], name+"="); ok {
			return v
		}
	}
	return ""
}
