package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/summit-tui/summit-tui/ui"
)

// o tries $BROWSER first, a colon-separated list read as xdg-utils read
// it, then the desktop's opener where a browser can show.
func TestBrowserCommands(t *testing.T) {
	const url = "https://example.org/talk"
	installed := map[string]bool{"firefox": true, "xdg-open": true, "open": true, "remote-open": true}
	look := func(name string) (string, error) {
		if installed[name] {
			return "/usr/bin/" + name, nil
		}
		return "", exec.ErrNotFound
	}
	desktop := map[string]string{"DISPLAY": ":0"}
	for _, tt := range []struct {
		name    string
		browser string
		env     map[string]string
		goos    string
		want    string
		desktop bool
	}{
		{"no $BROWSER", "", desktop, "linux", "[[/usr/bin/xdg-open " + url + "]]", true},
		{"one browser", "firefox", desktop, "linux", "[[/usr/bin/firefox " + url + "] [/usr/bin/xdg-open " + url + "]]", true},
		{"a list, the missing passed over", "chromium:firefox", desktop, "linux", "[[/usr/bin/firefox " + url + "] [/usr/bin/xdg-open " + url + "]]", true},
		{"empty entries", "::firefox:", nil, "linux", "[[/usr/bin/firefox " + url + "]]", false},
		{"arguments and %s", "firefox --new-tab %s", nil, "linux", "[[/usr/bin/firefox --new-tab " + url + "]]", false},
		{"%s inside an argument", "remote-open --url=%s --tag=100%%", nil, "linux", "[[/usr/bin/remote-open --url=" + url + " --tag=100%]]", false},
		{"%%s is not the URL", "remote-open 100%%s", nil, "linux", "[[/usr/bin/remote-open 100%s " + url + "]]", false},
		{"over ssh, $BROWSER still", "remote-open", map[string]string{"SSH_TTY": "/dev/pts/3", "DISPLAY": ":0"}, "linux", "[[/usr/bin/remote-open " + url + "]]", false},
		{"over ssh, nothing", "", map[string]string{"SSH_TTY": "/dev/pts/3"}, "linux", "[]", false},
		{"macOS", "firefox", nil, "darwin", "[[/usr/bin/firefox " + url + "] [/usr/bin/open " + url + "]]", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{"BROWSER": tt.browser}
			for k, v := range tt.env {
				env[k] = v
			}
			cmds, d := browserCommands(url, func(k string) string { return env[k] }, tt.goos, look)
			if got := fmt.Sprint(cmds); got != tt.want || d != tt.desktop {
				t.Fatalf("got %s (desktop %v), want %s (desktop %v)", got, d, tt.want, tt.desktop)
			}
		})
	}
}

// The first of $BROWSER's commands that succeeds opens the link; when
// none does and there is no desktop, the link is shown instead.
func TestOpenInBrowserRunsBrowser(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the test's browser is a shell script")
	}
	dir := t.TempDir()
	got := filepath.Join(dir, "opened")
	script := filepath.Join(dir, "fake-browser")
	if err := os.WriteFile(script, []byte("#!/bin/sh\nprintf '%s' \"$2\" > "+got+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"DISPLAY", "WAYLAND_DISPLAY", "SSH_CONNECTION", "SSH_TTY"} {
		t.Setenv(k, "")
	}
	const url = "https://example.org/talk"
	t.Setenv("BROWSER", "false:"+script+" --new-tab %s")
	if err := openInBrowser(url); err != nil {
		t.Fatalf("openInBrowser: %v", err)
	}
	if b, err := os.ReadFile(got); err != nil || string(b) != url {
		t.Fatalf("the browser was given %q (%v), want %q", b, err, url)
	}
	t.Setenv("BROWSER", "false")
	if err := openInBrowser(url); !errors.Is(err, ui.ErrNoBrowser) {
		t.Fatalf("no browser opened it: got %v, want ui.ErrNoBrowser so the link is shown", err)
	}
}
