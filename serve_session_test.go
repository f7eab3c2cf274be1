package main

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
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

// TestSpokenDuration: the idle timeout as the client is told it.
func TestSpokenDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		30 * time.Minute:                   "30 minutes",
		time.Hour:                          "1 hour",
		90 * time.Minute:                   "1 hour 30 minutes",
		2*time.Hour + 5*time.Second:        "2 hours 5 seconds",
		45 * time.Second:                   "45 seconds",
		time.Second:                        "1 second",
		300 * time.Millisecond:             "300 milliseconds",
		time.Minute + 400*time.Millisecond: "1 minute",
	} {
		if got := spokenDuration(d); got != want {
			t.Errorf("spokenDuration(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestIdleWatchZeroNever: --idle-timeout 0 ends no session; a watch
// stopped ends none either.
func TestIdleWatchZeroNever(t *testing.T) {
	expired := make(chan struct{}, 2)
	never := watchIdle(0, func() { expired <- struct{}{} })
	stopped := watchIdle(time.Millisecond, func() { expired <- struct{}{} })
	stopped.stop()
	fires := watchIdle(time.Millisecond, func() { expired <- struct{}{} })
	<-expired // the one left running
	never.stop()
	fires.stop()
	select {
	case <-expired:
		t.Error("a watch of timeout 0, or one stopped, expired")
	case <-time.After(50 * time.Millisecond):
	}
}

// TestFollowWindowAfterEnd: window changes that come after the browser
// has ended are taken and dropped, so the session's request loop, which
// sends them, never blocks and its goroutine ends with the channel.
func TestFollowWindowAfterEnd(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	winch := make(chan ssh.Window, 1)
	sent := make(chan tea.Msg, 10)
	followed := make(chan struct{})
	go func() { defer close(followed); followWindow(ctx, winch, func(m tea.Msg) { sent <- m }) }()
	winch <- ssh.Window{Width: 80, Height: 24}
	<-sent
	cancel()
	for i := range 5 {
		select {
		case winch <- ssh.Window{Width: 100 + i, Height: 30}:
		case <-time.After(e2eTimeout):
			t.Fatal("a window change after the browser ended blocked the request loop")
		}
	}
	close(winch)
	<-followed
	if len(sent) > 0 {
		t.Errorf("%d sizes were sent to the browser after it ended", len(sent))
	}
}
