package main

// TEMPORARY stand-ins for parts built in parallel (store.KeyedStore, the
// ui's serving fields, the SSH commands and middlewares). Deleted on
// merging the real ones; not finished code.

import (
	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
	"github.com/summit-tui/summit-tui/ui"
)

// --- ui stand-in ---------------------------------------------------------

type preparedSchedule struct{ schedule model.Schedule }

func prepareSchedule(s model.Schedule) *preparedSchedule { return &preparedSchedule{s} }

type renderCache struct{}

func newRenderCache(maxBytes int) *renderCache { return &renderCache{} }

// serveUIConfig sets the fields of Config that serving adds.
func serveUIConfig(cfg *ui.Config, p *preparedSchedule, renders *renderCache, going func() (map[string]int, error), zoneMissing string) {
}

func versionWithPrepared(v ui.Version, p *preparedSchedule) ui.Version { return v }

func announce(text string) tea.Msg { return nil }
