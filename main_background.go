package main

import (
	"sync"

	"github.com/summit-tui/summit-tui/ui"
)

// askBackground asks the terminal for its background colour (background)
// while the schedule is read and the browser set up, rather than after:
// the answer is on its way meanwhile. The function returned waits for
// it, however often it is called; until it has returned, the terminal is
// the question's, in raw mode, so it must return before anything else
// reads the terminal or the program ends.
func askBackground(opts options) func() ui.Background {
	answer := make(chan ui.Background, 1)
	go func() { answer <- background(opts) }()
	return sync.OnceValue(func() ui.Background { return <-answer })
}
