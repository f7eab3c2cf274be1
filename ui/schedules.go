package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// O offers the schedules opened before (and, where the host has them,
// conferences of a directory) in the chooser; enter opens one in place:
// the host reads it and wires its bookmarks, state and refresh outside
// the UI goroutine (Config.OpenSchedule), and the browser becomes the
// browser of that schedule, at the same size and in the same colours.

// ScheduleChoice is one schedule O offers.
type ScheduleChoice struct {
	Title string
	// Ref is what Config.OpenSchedule is given to open it.
	Ref string
	// Dates says when it is (its first and last day); Note, anything
	// else worth a glance (where it comes from).
	Dates string
	Note  string
}

// label is the choice as the chooser lists it, unique by its Ref.
func (c ScheduleChoice) label() string {
	parts := []string{c.Title}
	if c.Dates != "" {
		parts = append(parts, c.Dates)
	}
	if c.Note != "" {
		parts = append(parts, c.Note)
	} else if c.Ref != "" {
		parts = append(parts, c.Ref)
	}
	return statusText(strings.Join(parts, " · "))
}

type (
	schedulesListedMsg struct{ choices []ScheduleChoice }
	scheduleChosenMsg  struct{ ref string }
	scheduleOpenedMsg  struct {
		cfg Config
		err error
	}
)

// listSchedules asks the host for the schedules to offer, outside the UI
// goroutine.
func (m *Model) listSchedules() tea.Cmd {
	list := m.cfg.Elsewhere
	if list == nil || m.cfg.OpenSchedule == nil {
		return m.setStatus("No other schedule to open here", false)
	}
	return func() tea.Msg { return schedulesListedMsg{list()} }
}

// offerSchedules opens the chooser of the schedules listed.
func (m *Model) offerSchedules(msg schedulesListedMsg) tea.Cmd {
	if len(msg.choices) == 0 {
		return m.setStatus("No schedule opened before: open one with summit-tui REF", false)
	}
	refs := make(map[string]string, len(msg.choices))
	names := make([]string, 0, len(msg.choices))
	for _, c := range msg.choices {
		l := c.label()
		if _, dup := refs[l]; dup {
			continue
		}
		refs[l] = c.Ref
		names = append(names, l)
	}
	m.help = nil
	m.chooser = newChooser(m.c, "Open a schedule", names, func(name string) tea.Msg { return scheduleChosenMsg{refs[name]} })
	m.chooser.SetSize(m.c.lay.body.w, m.c.lay.body.h)
	return nil
}

// openChosenSchedule saves the place in this schedule, then has the host
// open the one chosen. Bookmark changes not yet saved belong to this
// schedule's file: it waits for them.
func (m *Model) openChosenSchedule(msg scheduleChosenMsg) tea.Cmd {
	if m.chooser == nil {
		return nil
	}
	m.chooser = nil
	if m.busy() {
		return m.setStatus("Still busy with this schedule: press O again in a moment", true)
	}
	m.opening = true
	save, open, state := m.cfg.SaveState, m.cfg.OpenSchedule, m.encodeState()
	return tea.Batch(m.setStatus("Opening "+msg.ref+m.c.styles.G.Ellipsis, false), func() tea.Msg {
		if save != nil {
			_ = save(state) // a place not remembered costs the user nothing they made
		}
		cfg, err := open(msg.ref)
		return scheduleOpenedMsg{cfg, err}
	})
}

// becomeSchedule turns the browser into the browser of the schedule
// opened, at its size and in its colours.
func (m *Model) becomeSchedule(msg scheduleOpenedMsg) tea.Cmd {
	if !m.opening || m.quitting.asked {
		return nil
	}
	m.opening = false
	if msg.err != nil {
		return m.setStatus(msg.err.Error(), true)
	}
	cfg := msg.cfg
	cfg.Pending = nil
	cfg.Theme, cfg.Env = m.cfg.Theme, m.cfg.Env
	cfg.Background = m.cfg.Background
	if !m.fixed {
		cfg.Background = BackgroundLight
		if m.c.theme.dark {
			cfg.Background = BackgroundDark
		}
	}
	w, h := m.c.lay.width, m.c.lay.height
	after := m.after
	m.setUp(cfg)
	m.after = after
	cmds := []tea.Cmd{m.Init()}
	if w > 0 {
		cmds = append(cmds, m.resize(w, h))
	}
	return tea.Batch(cmds...)
}

// busy reports work under way whose answer belongs to the schedule shown:
// bookmarks being saved or read, the whole page being loaded, a refresh
// or the comparison with the version last seen. The browser switches
// schedule only once it is done, so no answer reaches the next one.
func (m *Model) busy() bool {
	return len(m.c.marks.pending) > 0 || m.file.saving > 0 || m.file.reading ||
		m.loading != loadNone || m.live.running || m.live.comparing
}

// whileOpening keeps the schedule shown still while the next one is
// opened: keys but quit wait, and neither the bookmarks file nor the
// refresh start anything for the schedule about to go. It reports
// whether msg is handled.
func (m *Model) whileOpening(msg tea.Msg) (tea.Cmd, bool) {
	if !m.opening {
		return nil, false
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if key.Matches(msg, m.c.keys.global.Quit) {
			return m.quit(), true
		}
		return nil, true
	case tea.MouseClickMsg, tea.MouseWheelMsg, bookmarksChangedMsg, liveMsg:
		return nil, true
	}
	return nil, false
}

// rememberedMsg brings what keeping the schedule among those opened had to
// say.
type rememberedMsg struct{ notice string }

// rememberSchedule keeps the schedule among those opened, in a command.
func (m *Model) rememberSchedule() tea.Cmd {
	remember := m.cfg.Remember
	if remember == nil {
		return nil
	}
	return func() tea.Msg { return rememberedMsg{notice: remember()} }
}
