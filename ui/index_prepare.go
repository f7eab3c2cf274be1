package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// prepareIndexMsg asks for the search index to be built in the background.
type prepareIndexMsg struct{}

// indexAfterStart is how long after the browser starts the search index
// of a whole page is built. Bubble Tea writes the first frame on its
// first tick, a frame after the start, and turning a full screen into
// the terminal's bytes takes some milliseconds more; built meanwhile, the
// index would share the machine with the first frame and hold it back.
// A filter opened sooner builds what it needs itself.
const indexAfterStart = 3 * time.Second / framesPerSecond

// prepareIndexAfterStart builds the search index once the first frame is
// out.
func (m *Model) prepareIndexAfterStart() tea.Cmd {
	return m.after(indexAfterStart, prepareIndexMsg{})
}
