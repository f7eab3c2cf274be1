package main

import (
	"slices"
	"strings"
	"testing"
)

// TestClientEnv: a session's environment is what the client sent of its
// terminal, colours, zone and language, with TERM from its pty request;
// nothing else it sends, and nothing of the server's, gets in.
func TestClientEnv(t *testing.T) {
	t.Setenv("BROWSER", "/usr/bin/evil")
	t.Setenv("COLORFGBG", "15;0")
	for _, tc := range []struct {
		name string
		sent []string
		term string
		want []string
	}{
		{"nothing sent", nil, "", []string{"TERM=xterm"}},
		{"the pty's TERM", []string{"TERM=vt100"}, "xterm-256color", []string{"TERM=xterm-256color"}},
		{"what counts", []string{"TZ=Asia/Tokyo", "NO_COLOR=1", "LANG=de_DE.UTF-8", "LC_TIME=fr_FR.UTF-8", "COLORTERM=truecolor"},
			"xterm", []string{"TZ=Asia/Tokyo", "NO_COLOR=1", "LANG=de_DE.UTF-8", "LC_TIME=fr_FR.UTF-8", "COLORTERM=truecolor", "TERM=xterm"}},
		{"what does not", []string{"BROWSER=xdg-open", "PATH=/tmp", "LD_PRELOAD=/tmp/x.so", "HOME=/", "SSH_CONNECTION=x", "garbage"},
			"xterm", []string{"TERM=xterm"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := clientEnv(tc.sent, tc.term); !slices.Equal(got, tc.want) {
				t.Errorf("clientEnv(%q, %q) = %q, want %q", tc.sent, tc.term, got, tc.want)
			}
		})
	}
}

// TestClientZone: TZ sent is the zone z shows; none, or one unknown,
// says why instead.
func TestClientZone(t *testing.T) {
	for _, tc := range []struct {
		env     []string
		zone    string
		missing string
	}{
		{[]string{"TZ=Asia/Tokyo"}, "Asia/Tokyo", ""},
		{[]string{"TZ=:Europe/Lisbon"}, "Europe/Lisbon", ""},
		{nil, "", "sent no TZ"},
		{[]string{"TZ=Mars/Olympus"}, "", `"Mars/Olympus", is no zone known here`},
		{[]string{"TZ=Local"}, "", "is no zone known here"},
		{[]string{"TZ=\x1b[31mred"}, "", "is no zone known here"},
	} {
		loc, missing := clientZone(tc.env)
		got := ""
		if loc != nil {
			got = loc.String()
		}
		if got != tc.zone || !strings.Contains(missing, tc.missing) || (tc.missing == "") != (missing == "") || strings.Contains(missing, "\x1b") {
			t.Errorf("clientZone(%q) = %q, %q; want %q, …%q…", tc.env, got, missing, tc.zone, tc.missing)
		}
	}
}
