// Command screenshot captures summit-tui's real screen for the README: it
// builds the binary, runs it at 120×40 in a pseudo-terminal attached to a
// terminal emulator, bookmarks two talks and prints the screen, colours
// included, as ANSI text. Charm's freeze draws it and rsvg-convert (Debian's
// librsvg2-bin) makes the PNG:
//
//	go run ./bench/screenshot > /tmp/summit-tui.ansi
//	go run github.com/charmbracelet/freeze@v0.2.2 --language ansi \
//	    --font.family "DejaVu Sans Mono" --output /tmp/summit-tui.svg /tmp/summit-tui.ansi
//	rsvg-convert -w 1600 /tmp/summit-tui.svg -o bench/screenshot/summit-tui.png
package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/summit-tui/summit-tui/bench/vtterm"
)

const wait = 10 * time.Second

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "screenshot:", err)
		os.Exit(1)
	}
}

func run() error {
	dir, err := os.MkdirTemp("", "summit-tui-screenshot")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "summit-tui")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("build: %w", err)
	}

	cmd := exec.Command(bin, "--bookmarks", filepath.Join(dir, "bookmarks.json"))
	// A state directory of its own: the screenshot starts on the first tab,
	// wherever the user last was, and leaves their place alone.
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "COLORTERM=truecolor", "NO_COLOR=",
		"XDG_STATE_HOME="+filepath.Join(dir, "state"))
	term, err := vtterm.Start(cmd, 120, 40)
	if err != nil {
		return err
	}
	defer term.Close()
	steps := []struct{ keys, want string }{
		{"", "Is Kafka a Database?"},
		{"jjb", "★ Bookmarks 1"},                 // bookmark a keynote
		{"jjjjb", "Apache Kafka® is a scalable"}, // and a talk with a long abstract
		{"", "★ Bookmarks 2"},
	}
	for _, s := range steps {
		if err := term.Send(s.keys); err != nil {
			return err
		}
		if _, err := term.WaitForText(wait, s.want); err != nil {
			return err
		}
	}
	fmt.Print(term.Styled())
	return term.Send("q")
}
