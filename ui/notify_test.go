package ui

import (
	"strings"
	"testing"
	"unicode"
)

// TestRouteFor: the way to a desktop notification is chosen from what
// the terminal says it is, and the desktop's notifier only where there is
// a desktop session.
func TestRouteFor(t *testing.T) {
	tests := []struct {
		name string
		goos string
		env  []string
		want notifyRoute
	}{
		{"WezTerm", "linux", []string{"TERM=xterm-256color", "TERM_PROGRAM=WezTerm"}, notifyOSC777},
		{"WezTerm's pane", "linux", []string{"TERM=xterm-256color", "WEZTERM_PANE=3"}, notifyOSC777},
		{"Ghostty", "darwin", []string{"TERM=xterm-ghostty", "TERM_PROGRAM=ghostty"}, notifyOSC777},
		{"Ghostty by its TERM", "linux", []string{"TERM=xterm-ghostty"}, notifyOSC777},
		{"foot", "linux", []string{"TERM=foot"}, notifyOSC777},
		{"foot-extra", "linux", []string{"TERM=foot-extra"}, notifyOSC777},
		{"urxvt", "linux", []string{"TERM=rxvt-unicode-256color"}, notifyOSC777},
		{"iTerm2", "darwin", []string{"TERM=xterm-256color", "TERM_PROGRAM=iTerm.app"}, notifyOSC9},
		{"iTerm2's session", "darwin", []string{"ITERM_SESSION_ID=w0t0p0"}, notifyOSC9},
		{"kitty by its window", "linux", []string{"TERM=xterm-256color", "KITTY_WINDOW_ID=1"}, notifyOSC9},
		{"kitty by its TERM", "linux", []string{"TERM=xterm-kitty"}, notifyOSC9},
		{"Windows Terminal", "windows", []string{"WT_SESSION=0b3c"}, notifyOSC9},
		{"the last setting wins", "linux", []string{"TERM_PROGRAM=iTerm.app", "TERM_PROGRAM=WezTerm"}, notifyOSC777},
		{"silent terminal on a Wayland desktop", "linux", []string{"TERM=xterm-256color", "WAYLAND_DISPLAY=wayland-0"}, notifyDesktop},
		{"silent terminal on X", "linux", []string{"TERM=xterm-256color", "DISPLAY=:0"}, notifyDesktop},
		{"silent terminal with a session bus", "linux", []string{"TERM=xterm", "DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus"}, notifyDesktop},
		{"silent terminal, no desktop (SSH, console)", "linux", []string{"TERM=xterm-256color", "SSH_TTY=/dev/pts/1"}, notifyNone},
		{"macOS Terminal", "darwin", []string{"TERM=xterm-256color", "TERM_PROGRAM=Apple_Terminal"}, notifyDesktop},
		{"Windows console", "windows", nil, notifyDesktop},
		{"an unknown system", "plan9", []string{"DISPLAY=:0"}, notifyNone},
		{"inside tmux in WezTerm: the escape would be swallowed", "linux", []string{"TERM=tmux-256color", "TMUX=/tmp/tmux-0/default,1,0", "TERM_PROGRAM=tmux", "WEZTERM_PANE=1"}, notifyNone},
		{"inside tmux on a desktop", "linux", []string{"TERM=screen-256color", "TMUX=/tmp/tmux", "DISPLAY=:0"}, notifyDesktop},
		{"inside screen", "linux", []string{"TERM=screen", "KITTY_WINDOW_ID=1"}, notifyNone},
		{"nothing at all", "linux", nil, notifyNone},
	}
	for _, tt := range tests {
		if got := routeFor(tt.goos, tt.env); got != tt.want {
			t.Errorf("%s: route %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestNotificationEscape: the escapes as terminals read them, and no
// text, however hostile, can end one early or start another.
func TestNotificationEscape(t *testing.T) {
	tests := []struct {
		name        string
		route       notifyRoute
		title, body string
		want        string
	}{
		{"OSC 777", notifyOSC777, "Harbour Days 2031", "In 10 min: Tides · Aula",
			"\x1b]777;notify;Harbour Days 2031;In 10 min: Tides · Aula\a"},
		{"OSC 9 has the body only", notifyOSC9, "Harbour Days 2031", "In 10 min: Tides · Aula",
			"\x1b]9;In 10 min: Tides · Aula\a"},
		{"the bell, ESC, ST and C1 are dropped", notifyOSC777, "A\aB", "x\x1b]0;pwned\x1b\\y\u009cz\u009b31m\r\nw",
			"\x1b]777;notify;A B;x ]0,pwned \\y z 31m w\a"},
		{"semicolons would split the fields", notifyOSC777, "Rust; Go", "a;b",
			"\x1b]777;notify;Rust, Go;a,b\a"},
		{"OSC 9 never opens with a number", notifyOSC9, "", "9;4;1;50",
			"\x1b]9;\u200b9,4,1,50\a"},
		{"invalid UTF-8", notifyOSC9, "", "a\xffb", "\x1b]9;a b\a"},
		{"not an escape", notifyDesktop, "t", "b", ""},
		{"none", notifyNone, "t", "b", ""},
	}
	for _, tt := range tests {
		if got := notificationEscape(tt.route, tt.title, tt.body); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestNotifyTextBounded: a long text is cut, and nothing of it is a
// control character.
func TestNotifyTextBounded(t *testing.T) {
	got := notifyText(strings.Repeat("ab\x07", 500))
	if n := len([]rune(got)); n > notifyLimit+1 {
		t.Errorf("%d runes, want at most %d", n, notifyLimit+1)
	}
	for _, r := range got {
		if unicode.IsControl(r) {
			t.Fatalf("control character %U in %q", r, got)
		}
	}
}
