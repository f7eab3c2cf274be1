package ui

import (
	"encoding/json"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// The place is remembered across runs in the state file: per page, the tab
// and the stack of places over it (each list's selected item and filter,
// and whether an item was being read), and the split of a wide screen. At
// start it is restored as far as it still fits the page: a list the page
// no longer has ends the restore there, an item it no longer has leaves
// the cursor at the top.

// stateVersion is the state file's format.
const stateVersion = 1

type savedState struct {
	Version int                     `json:"version"`
	Split   int                     `json:"split,omitempty"`
	Places  map[string]savedPlace   `json:"places,omitempty"` // by the page's bookmark key
	Grids   map[string]savedGrid    `json:"grids,omitempty"`  // by the page's bookmark key
	Hidden  map[string]model.Hidden `json:"hidden,omitempty"` // by the page's bookmark key (hidden.go)
}

// savedPlace is the stack, from the tab's list up.
type savedPlace struct {
	Lists []savedList `json:"lists"`
}

type savedList struct {
	List     placeRef `json:"list"`
	Selected string   `json:"selected,omitempty"`
	Filter   string   `json:"filter,omitempty"`
	// Reading: the selected item was open for reading over the list.
	Reading bool `json:"reading,omitempty"`
	// Details: the reader was in the item's details, not its body.
	Details bool `json:"details,omitempty"`
}

// loadState reads the state file and restores this page's place.
func (m *Model) loadState() {
	if m.cfg.LoadState == nil {
		return
	}
	raw, err := m.cfg.LoadState()
	if err != nil || len(raw) == 0 {
		return
	}
	var s savedState
	if json.Unmarshal(raw, &s) != nil || s.Version != stateVersion {
		return // a file this version cannot read is left for the one that can
	}
	m.saved = s
	m.loadHidden(s)
	if s.Split != 0 {
		m.split = clampSplit(s.Split)
	}
	if gs, ok := s.Grids[m.pageKey()]; ok {
		defer m.restoreGrid(gs) // after the place, whose lists it shows
	}
	if p, ok := s.Places[m.pageKey()]; ok {
		m.initCmds = append(m.initCmds, m.restorePlace(p))
		if m.loading != loadNone {
			m.restore = &p // the whole page may hold what the preview lacks
		}
	}
}

func (m *Model) pageKey() string { return m.c.idx.Schedule().BookmarkKey() }

// currentPlace describes the stack for the state file.
func (m *Model) currentPlace() savedPlace {
	var p savedPlace
	for _, pl := range m.stack {
		if pl.list == nil {
			if n := len(p.Lists); n > 0 {
				p.Lists[n-1].Reading = true
				p.Lists[n-1].Details = m.item.focus == focusDetail
			}
			continue
		}
		p.Lists = append(p.Lists, savedList{
			List: pl.list.src.ref(), Selected: pl.list.selectedKey(), Filter: pl.list.filter.query(),
		})
	}
	return p
}

// encodeState is the state file with this page's place in it.
func (m *Model) encodeState() []byte {
	s := m.saved
	s.Version, s.Split = stateVersion, m.split
	places := make(map[string]savedPlace, len(s.Places)+1)
	for k, v := range s.Places {
		places[k] = v
	}
	places[m.pageKey()] = m.currentPlace()
	s.Places = places
	grids := make(map[string]savedGrid, len(s.Grids)+1)
	for k, v := range s.Grids {
		grids[k] = v
	}
	if g := m.currentGrid(); len(g.Hidden) > 0 || g.Across || len(g.Shown) > 0 {
		grids[m.pageKey()] = g
	} else {
		delete(grids, m.pageKey())
	}
	s.Grids = grids
	s.Hidden = m.encodeHidden(s.Hidden)
	out, _ := json.MarshalIndent(s, "", "  ")
	return append(out, '\n')
}

// restorePlace rebuilds the stack from p as far as the page allows, and
// returns the searches its filters need.
func (m *Model) restorePlace(p savedPlace) tea.Cmd {
	if len(p.Lists) == 0 {
		return nil
	}
	tab := -1
	for i, l := range m.tabs {
		if l.src.ref() == p.Lists[0].List {
			tab = i
		}
	}
	if tab < 0 {
		return nil
	}
	m.switchTab(tab)
	var cmds []tea.Cmd
	for i, sl := range p.Lists {
		l := m.tabs[tab]
		if i > 0 {
			src, ok := sourceFor(m.c, sl.List)
			if !ok {
				break
			}
			l = newListPane(m.c, src)
			m.push(l)
		}
		l.selectKey(sl.Selected)
		if sl.Filter != "" {
			l.filter.set(sl.Filter)
			cmds = append(cmds, l.refilter(true))
		}
		if sl.Reading {
			focus := focusBody
			if sl.Details {
				focus = focusDetail
			}
			m.read(focus)
		}
	}
	return tea.Batch(cmds...)
}
