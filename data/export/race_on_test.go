//go:build race

package export

// raceEnabled: the race detector drops sync.Pool's items at random, so
// allocation counts mean nothing under it.
const raceEnabled = true
