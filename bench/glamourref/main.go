// Command glamourref is the reference program summit-tui's first frame
// is measured against: bench/minimal, linking Glamour and drawing at
// summit-tui's frame rate. Glamour's dependencies (chroma's lexer and
// style registries) cost milliseconds of package init before main runs,
// which no program on this stack avoids; judged against this program,
// summit-tui answers only for what it adds. Like summit-tui, it renders
// Markdown in a command after it starts (one trivial line) and shows the
// result when it arrives. Keep it this small.
//
// Keys: j or down increments the counter; q or ctrl+c quits.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
)

// defaultFPS is summit-tui's frame rate, Bubble Tea's maximum.
const defaultFPS = 120

type model struct {
	count    int
	rendered string
}

// renderedMsg brings the rendered line.
type renderedMsg string

func (m model) Init() tea.Cmd { return render }

func render() tea.Msg {
	out, err := glamour.Render("*rendered*", "dark")
	if err != nil {
		return renderedMsg("render failed: " + err.Error())
	}
	return renderedMsg(strings.TrimSpace(out))
}

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case renderedMsg:
		m.rendered = string(msg)
	case tea.KeyPressMsg:
		switch msg.String() {
		case "j", "down":
			m.count++
		case "q", "ctrl+c":
			return m, tea.Quit
		}
	}
	return m, nil
}

func (m model) View() tea.View {
	v := tea.NewView("glamour reference\ncount: " + strconv.Itoa(m.count) + "\n" + m.rendered)
	v.AltScreen = true
	return v
}

func main() {
	fps := flag.Int("fps", defaultFPS, "frames per second (Bubble Tea caps it at 120)")
	flag.Parse()
	if _, err := tea.NewProgram(model{}, tea.WithFPS(*fps)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "glamourref:", err)
		os.Exit(1)
	}
}
