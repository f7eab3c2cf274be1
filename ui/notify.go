package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// How a desktop notification reaches the user. Terminals that show one
// for an escape sequence are asked through it, written with the frames
// (tea.Raw), so it works over SSH too; where the terminal says nothing of
// itself, the desktop's notifier is asked directly, when there is a
// desktop to ask.
type notifyRoute int

const (
	notifyNone    notifyRoute = iota // the bell and the status line only
	notifyOSC777                     // ESC ] 777 ; notify ; title ; body BEL
	notifyOSC9                       // ESC ] 9 ; body BEL
	notifyDesktop                    // Config.Notify: the desktop's notifier
)

// routeFor picks how to notify from what the terminal says it is
// (TERM_PROGRAM, TERM and the variables terminals set of their own) and,
// failing that, whether there is a desktop session on goos. Inside tmux or
// screen an escape would be swallowed, so only the desktop is asked there.
func routeFor(goos string, env []string) notifyRoute {
	term := getenv(env, "TERM")
	if getenv(env, "TMUX") != "" || strings.HasPrefix(term, "screen") || strings.HasPrefix(term, "tmux") {
		return desktopRoute(goos, env)
	}
	switch getenv(env, "TERM_PROGRAM") {
	case "WezTerm", "ghostty", "foot":
		return notifyOSC777
	case "iTerm.app", "kitty", "WindowsTerminal":
		return notifyOSC9
	}
	switch {
	case getenv(env, "KITTY_WINDOW_ID") != "", getenv(env, "ITERM_SESSION_ID") != "", getenv(env, "WT_SESSION") != "":
		return notifyOSC9
	case getenv(env, "WEZTERM_PANE") != "", getenv(env, "GHOSTTY_RESOURCES_DIR") != "":
		return notifyOSC777
	}
	switch {
	case term == "xterm-kitty":
		return notifyOSC9
	case term == "foot" || strings.HasPrefix(term, "foot-"), term == "wezterm", term == "xterm-ghostty",
		strings.HasPrefix(term, "rxvt-unicode"):
		return notifyOSC777
	}
	return desktopRoute(goos, env)
}

// desktopRoute asks the desktop's notifier where there is a desktop
// session: a display or a session bus on Unix, always on macOS and
// Windows.
func desktopRoute(goos string, env []string) notifyRoute {
	switch goos {
	case "darwin", "windows":
		return notifyDesktop
	case "linux", "freebsd", "netbsd", "openbsd", "dragonfly", "illumos", "solaris":
		for _, v := range []string{"WAYLAND_DISPLAY", "DISPLAY", "DBUS_SESSION_BUS_ADDRESS"} {
			if getenv(env, v) != "" {
				return notifyDesktop
			}
		}
	}
	return notifyNone
}

// notificationEscape is the sequence that asks the terminal for a desktop
// notification, or "" for a route that is not an escape.
func notificationEscape(route notifyRoute, title, body string) string {
	switch route {
	case notifyOSC777:
		return "\x1b]777;notify;" + notifyText(title) + ";" + notifyText(body) + "\a"
	case notifyOSC9:
		// A payload that opens with a number and ";" is one of ConEmu's
		// commands (9;4 is progress), not a message.
		text := notifyText(body)
		if text != "" && text[0] >= '0' && text[0] <= '9' {
			text = "\u200b" + text
		}
		return "\x1b]9;" + text + "\a"
	}
	return ""
}

// notifyLimit bounds a notification's text, in runes: desktops cut
// theirs short anyway.
const notifyLimit = 200

// notifyText makes text safe inside an escape sequence: no control
// character (C0, DEL, C1, which could end the sequence or start another)
// and no ";" (which separates the fields of OSC 777) gets through, and it
// is cut to notifyLimit runes.
func notifyText(text string) string {
	var b strings.Builder
	n := 0
	for _, r := range text {
		if n == notifyLimit {
			b.WriteString("…")
			break
		}
		switch {
		case r == utf8.RuneError, unicode.IsControl(r):
			r = ' '
		case r == ';':
			r = ','
		}
		b.WriteRune(r)
		n++
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// bell rings the terminal's bell, written with the frames.
func bell() tea.Cmd { return tea.Raw("\a") }
