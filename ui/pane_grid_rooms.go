package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// roomChooser lists the day's rooms with a box each, ticked when the grid
// shows the room: space hides or shows the room under the cursor, a shows
// them all. The hidden rooms are the page's, for every day, and are kept
// in the state file.
type roomChooser struct {
	c      *common
	keys   roomKeys
	prefs  *gridPrefs
	names  []string
	cursor int
	offset int // the first room on screen

	width, height int
}

func newRoomChooser(c *common, prefs *gridPrefs, names []string) *roomChooser {
	return &roomChooser{c: c, keys: defaultRoomKeys(), prefs: prefs, names: names}
}

// SetSize gives the chooser the grid's inside, keeping the cursor on
// screen.
func (r *roomChooser) SetSize(width, height int) {
	r.width, r.height = width, height
	r.reveal()
}

// rows is how many rooms fit under the title.
func (r *roomChooser) rows() int { return max(r.height-1, 1) }

// reveal scrolls the least that shows the cursor.
func (r *roomChooser) reveal() {
	r.offset = min(r.offset, r.cursor)
	r.offset = max(r.offset, r.cursor-r.rows()+1)
}

// Update moves, shows or hides rooms, and closes on enter, esc or H.
func (r *roomChooser) Update(msg tea.Msg) (pane, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return r, nil
	}
	defer r.reveal()
	switch {
	case key.Matches(k, r.keys.Up):
		r.cursor = max(r.cursor-1, 0)
	case key.Matches(k, r.keys.Down):
		r.cursor = min(r.cursor+1, max(len(r.names)-1, 0))
	case key.Matches(k, r.keys.First):
		r.cursor = 0
	case key.Matches(k, r.keys.Last):
		r.cursor = max(len(r.names)-1, 0)
	case key.Matches(k, r.keys.Toggle):
		if r.cursor < len(r.names) {
			name := r.names[r.cursor]
			r.prefs.setHidden(name, !r.prefs.hidden[name])
		}
	case key.Matches(k, r.keys.All):
		r.prefs.showAll()
	case key.Matches(k, r.keys.Close):
		return r, closeCmd(r)
	}
	return r, nil
}

// holdsKeyboard: the grid's keys do nothing while rooms are chosen.
func (r *roomChooser) holdsKeyboard() bool { return true }

// View lists the rooms on screen.
func (r *roomChooser) View() string {
	st := r.c.styles
	g := st.G
	width := r.width
	lines := []string{st.GridRoom.Render(truncate(g, "Rooms shown in the grid", width))}
	for i := r.offset; i < len(r.names) && i < r.offset+r.rows(); i++ {
		box := "[x] "
		if r.prefs.hidden[r.names[i]] {
			box = "[ ] "
		}
		text := truncate(g, box+roomName(r.names[i]), width-2)
		if i == r.cursor {
			lines = append(lines, st.SelectedBar.Render(g.Bar)+" "+st.SelectedTitle.Render(text))
		} else {
			lines = append(lines, "  "+st.ItemTitle.Render(text))
		}
	}
	return strings.Join(lines, "\n")
}

// ShortHelp is the chooser's part of the footer.
func (r *roomChooser) ShortHelp() []key.Binding {
	return []key.Binding{
		brief(r.keys.Down, "↓↑", "move"),
		brief(r.keys.Toggle, "space", "show/hide"),
		brief(r.keys.All, "a", "all"),
		brief(r.keys.Close, "enter", "done"),
	}
}

// FullHelp lists the chooser's keys.
func (r *roomChooser) FullHelp() [][]key.Binding { return [][]key.Binding{r.keys.all()} }

// roomName is how the grid names a room; talks that give none are in a
// room of their own.
func roomName(name string) string {
	if name == "" {
		return "(no room)"
	}
	return name
}
