package ui

import (
	"fmt"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/summit-tui/summit-tui/model"
)

// Config is what the browser needs from the command line.
type Config struct {
	Schedule model.Schedule
	// FullSchedule, when set, means Schedule is a preview, the start of a
	// large page, and parses the whole page; it runs outside the UI
	// goroutine and its talks must begin with the preview's.
	FullSchedule func() (model.Schedule, error)
	Theme        ThemeName
	// Env is the environment the colour settings are read from (NO_COLOR,
	// TERM); nil means the process's own.
	Env []string

	// Bookmarks are the ids bookmarked when the browser opens.
	Bookmarks []string
	// Notice is shown in the status line at start, as a warning: the
	// bookmarks file was corrupt and moved aside, or could not be read.
	// Browsing goes on.
	Notice string
	// SaveBookmark applies one toggle to the bookmarks file and returns the
	// file's ids afterwards, which may include another window's toggles,
	// and a notice for the status line (the file was corrupt and moved
	// aside, say). An error means nothing was saved. It runs outside the
	// UI goroutine. Nil keeps bookmarks in memory only.
	SaveBookmark func(id string, add bool) (ids []string, notice string, err error)
}

// Run opens the browser full screen and returns when the user quits.
func Run(cfg Config) error {
	if cfg.Env == nil {
		cfg.Env = os.Environ()
	}
	opts := []tea.ProgramOption{
		tea.WithEnvironment(cfg.Env),
		// Bubble Tea v2 writes frames only on its ticker, 60 a second by
		// default; 120, its maximum, halves the wait for the frame a key
		// leads to (p90 19 → 11 ms at 120×40) for ~0.4 % more of one core
		// while idle.
		tea.WithFPS(framesPerSecond),
	}
	if noColor(cfg.Env) || cfg.Theme == ThemeASCII {
		// Ascii keeps bold and underline but drops every colour, whatever
		// the page or Glamour ask for.
		opts = append(opts, tea.WithColorProfile(colorprofile.Ascii))
	}
	if _, err := tea.NewProgram(New(cfg), opts...).Run(); err != nil {
		return fmt.Errorf("terminal: %w", err)
	}
	return nil
}

// framesPerSecond is Bubble Tea's maximum. Frames are written only on its
// ticker, so the rate bounds how soon a key's frame appears.
const framesPerSecond = 120

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
