// Command minimal is the reference Bubble Tea v2 program that summit-tui's
// speed is measured against: one static view on the alternate screen whose
// counter a key changes. Keep it this small; anything added here raises the
// bar the product is compared with.
//
// Keys: j or down increments the counter; q or ctrl+c quits.
package main

import (
	"fmt"
	"os"
	"strconv"

	tea "charm.land/bubbletea/v2"
)

type model struct{ count int }

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if key, ok := msg.(tea.KeyPressMsg); ok {
		switch key.String() {
		case "j", "down":
			m.count++
		case "q", "ctrl+c":
			return m, tea.Quit
		}
	}
	return m, nil
}

func (m model) View() tea.View {
	v := tea.NewView("minimal\ncount: " + strconv.Itoa(m.count))
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(model{}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "minimal:", err)
		os.Exit(1)
	}
}
