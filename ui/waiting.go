package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Waiting is the screen shown before the browser while the schedule gives
// no data: a FIFO whose writer has not started (summit-tui <(curl …)).
// The keys that quit the browser end the program here too; the host sends
// WaitOver when the schedule has come, and the browser follows.
type Waiting struct {
	name          string
	keys          waitingKeys
	styles        Styles
	width, height int
	quit          bool
}

// waitingKeys are the waiting screen's: only quitting means anything.
type waitingKeys struct {
	Quit key.Binding
}

func (k waitingKeys) ShortHelp() []key.Binding  { return []key.Binding{k.Quit} }
func (k waitingKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// NewWaiting makes the screen that says the program waits for data on
// name, in the browser's theme, and the program options it needs.
func NewWaiting(name string, themeName ThemeName, env []string) (*Waiting, []tea.ProgramOption) {
	t, _ := resolveTheme(themeName, env)
	w := &Waiting{name: ansi.Strip(name), keys: waitingKeys{Quit: defaultGlobalKeys().Quit}, styles: newStyles(t)}
	var opts []tea.ProgramOption
	if env != nil {
		opts = append(opts, tea.WithEnvironment(env))
	}
	return w, opts
}

// WaitOver ends the waiting screen: the schedule has come.
func WaitOver() tea.Msg { return waitOverMsg{} }

type waitOverMsg struct{}

// Quitting reports that the user ended the program while it waited.
func (w *Waiting) Quitting() bool { return w.quit }

func (w *Waiting) Init() tea.Cmd { return nil }

func (w *Waiting) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		w.width, w.height = msg.Width, msg.Height
	case tea.KeyPressMsg:
		if key.Matches(msg, w.keys.Quit) {
			w.quit = true
			return w, tea.Quit
		}
	case tea.InterruptMsg:
		w.quit = true
		return w, tea.Quit
	case quitRequestMsg:
		w.quit = true
		return w, tea.Quit
	case waitOverMsg:
		return w, tea.Quit
	}
	return w, nil
}

func (w *Waiting) View() tea.View {
	v := tea.NewView(w.screen())
	v.AltScreen = true
	return v
}

func (w *Waiting) screen() string {
	if w.width == 0 {
		return ""
	}
	s, g := w.styles, w.styles.G
	help := w.keys.Quit.Help()
	lines := lipgloss.JoinVertical(lipgloss.Center,
		s.Title.Render(truncate(g, "Waiting for data on "+w.name, w.width)),
		"",
		s.Status.Render(truncate(g, help.Key+" "+help.Desc, w.width)))
	return lipgloss.Place(w.width, w.height, lipgloss.Center, lipgloss.Center, lines)
}
