package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/summit-tui/summit-tui/ui"
)

// openInBrowser opens an http(s) URL with the user's $BROWSER or the
// desktop's opener, the first that succeeds, or says there is no browser
// here (ui.ErrNoBrowser) so the browser shows the link for the terminal
// to open instead.
func openInBrowser(url string) error {
	cmds, desktop := browserCommands(url, os.Getenv, runtime.GOOS, exec.LookPath)
	if len(cmds) == 0 {
		return ui.ErrNoBrowser
	}
	var err error
	for _, argv := range cmds {
		// Its output stays away from the screen. It is waited for in the
		// command that asked, not in the browser: a desktop opener returns
		// once the browser has the link.
		if err = exec.Command(argv[0], argv[1:]...).Run(); err == nil {
			return nil
		}
		err = fmt.Errorf("%s: %w", filepath.Base(argv[0]), err)
	}
	if !desktop {
		// Only $BROWSER's commands were tried, and none opened the link:
		// it is shown for the terminal to open.
		return fmt.Errorf("%w (%v)", ui.ErrNoBrowser, err)
	}
	return err
}

// browserCommands are the commands to try, in order, to open url: each
// of $BROWSER's, then the desktop's opener where a browser can show on
// this screen (desktop says whether it is among them).
//
// $BROWSER is read as xdg-utils read it: a colon-separated list of
// commands, each split at spaces; "%s" in one stands for the URL (and
// "%%" for "%"), else the URL is its last argument. A command whose
// program is not found is passed over. It is honoured even over SSH: it
// is what the user (or a remote editor's terminal) set to open links.
func browserCommands(url string, getenv func(string) string, goos string, lookPath func(string) (string, error)) (cmds [][]string, desktop bool) {
	for entry := range strings.SplitSeq(getenv("BROWSER"), ":") {
		argv := strings.Fields(entry)
		if len(argv) == 0 {
			continue
		}
		path, err := lookPath(argv[0])
		if err != nil {
			continue
		}
		argv[0] = path
		cmds = append(cmds, withURL(argv, url))
	}
	if opener, err := browserOpener(getenv, goos, lookPath); err == nil {
		return append(cmds, []string{opener, url}), true
	}
	return cmds, false
}

// withURL puts url into a $BROWSER command: in place of its "%s", as
// printf would (so "%%" is "%"), or after its last argument.
func withURL(argv []string, url string) []string {
	found := false
	for i, a := range argv[1:] {
		parts := strings.Split(a, "%%")
		for k, p := range parts {
			if strings.Contains(p, "%s") {
				found = true
				parts[k] = strings.ReplaceAll(p, "%s", url)
			}
		}
		argv[i+1] = strings.Join(parts, "%")
	}
	if !found {
		argv = append(argv, url)
	}
	return argv
}

// browserOpener is the program that opens URLs in this session's browser:
// open on macOS, xdg-open elsewhere. A session over SSH, one on Linux or
// BSD with no display, or a system without the opener has no browser to
// show: the opener would open it on another screen or in this terminal.
func browserOpener(getenv func(string) string, goos string, lookPath func(string) (string, error)) (string, error) {
	if getenv("SSH_CONNECTION") != "" || getenv("SSH_TTY") != "" {
		return "", ui.ErrNoBrowser
	}
	name := "xdg-open"
	switch goos {
	case "darwin":
		name = "open"
	case "windows", "plan9", "js", "wasip1":
		return "", ui.ErrNoBrowser
	default:
		if getenv("DISPLAY") == "" && getenv("WAYLAND_DISPLAY") == "" {
			return "", ui.ErrNoBrowser
		}
	}
	path, err := lookPath(name)
	if err != nil {
		return "", ui.ErrNoBrowser
	}
	return path, nil
}
