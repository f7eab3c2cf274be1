package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"time"

	"github.com/adrg/xdg"
)

// The recent schedules are the schedules the browser opened, most recent
// first, so O can offer them again. They are kept apart from the state
// file, in recent.json beside it, with the same guards: a regular file
// only, replaced whole under the state lock. Two windows that open
// schedules at once may each keep only their own entry; a forgotten entry
// costs nothing the user made.

// MaxRecent bounds the list: the oldest entries go first.
const MaxRecent = 20

// RecentSchedule is one schedule opened.
type RecentSchedule struct {
	Title string `json:"title"`
	// Ref is what opens it again: an absolute path or a URL; empty for
	// the built-in page.
	Ref string `json:"ref"`
	// First and Last are its first and last days (YYYY-MM-DD), when it
	// has times.
	First  string    `json:"first,omitempty"`
	Last   string    `json:"last,omitempty"`
	Opened time.Time `json:"opened"`
}

type recentFile struct {
	Version   int              `json:"version"`
	Schedules []RecentSchedule `json:"schedules"`
}

// ErrRecentCorrupt: the recent file cannot be read as a list of
// schedules. It is ignored, and replaced by the next schedule opened.
var ErrRecentCorrupt = errors.New("recent schedules: the file cannot be read; starting a new list")

// DefaultRecentPath returns summit-tui/recent.json under $XDG_STATE_HOME,
// or under the platform's state directory where that is not set.
func DefaultRecentPath() (string, error) {
	xdg.Reload()
	if xdg.StateHome == "" {
		return "", errors.New("recent schedules: no state directory (neither XDG_STATE_HOME nor a home directory is set)")
	}
	return filepath.Join(xdg.StateHome, "summit-tui", "recent.json"), nil
}

// ReadRecent returns the recent schedules, most recent first; none and no
// error when there is no file yet. A file that is not such a list gives
// none and ErrRecentCorrupt (wrapped).
func ReadRecent(path string) ([]RecentSchedule, error) {
	b, err := ReadStateFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) == 0 {
		return nil, nil
	}
	var f recentFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRecentCorrupt, err)
	}
	out := f.Schedules[:0]
	for _, s := range f.Schedules {
		if s.Title != "" || s.Ref != "" {
			out = append(out, s)
		}
	}
	return out, nil
}

// RememberSchedule puts s first in the list, dropping an earlier entry of
// the same Ref and the oldest beyond MaxRecent. A corrupt file is
// replaced; the error then says it was (ErrRecentCorrupt) though s is
// saved.
func RememberSchedule(path string, s RecentSchedule) error {
	list, readErr := ReadRecent(path)
	if readErr != nil && !errors.Is(readErr, ErrRecentCorrupt) {
		return readErr
	}
	list = slices.DeleteFunc(list, func(r RecentSchedule) bool { return r.Ref == s.Ref })
	list = append([]RecentSchedule{s}, list...)
	if len(list) > MaxRecent {
		list = list[:MaxRecent]
	}
	b, err := json.MarshalIndent(recentFile{Version: 1, Schedules: list}, "", "  ")
	if err != nil {
		return err
	}
	if err := WriteStateFile(path, append(b, '\n')); err != nil {
		return err
	}
	return readErr
}
