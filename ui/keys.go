package ui

import (
	"charm.land/bubbles/v2/key"
)

// KeyMap holds every key the browser answers to. The footer's short help,
// the full help screen and the README's keys table are all generated from
// it, so they cannot drift apart.
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	Top      key.Binding
	Bottom   key.Binding
	PageUp   key.Binding
	PageDown key.Binding

	NextTab  key.Binding
	PrevTab  key.Binding
	JumpTab  key.Binding
	NextPane key.Binding
	PrevPane key.Binding

	Open      key.Binding
	Back      key.Binding
	Filter    key.Binding
	Speakers  key.Binding
	Companies key.Binding
	Bookmark  key.Binding

	Help key.Binding
	Quit key.Binding
}

// DefaultKeyMap is the key map described in the README.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "move up, scroll up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "move down, scroll down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "first, top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "last, bottom")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdown", "page down")),

		NextTab:  key.NewBinding(key.WithKeys("]", "right", "l"), key.WithHelp("]/→/l", "next tab")),
		PrevTab:  key.NewBinding(key.WithKeys("[", "left", "h"), key.WithHelp("[/←/h", "previous tab")),
		JumpTab:  key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1…9", "jump to tab")),
		NextPane: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		PrevPane: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous pane")),

		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open talk, person, company")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back, clear filter")),
		Filter:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter (fuzzy)")),
		Speakers:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "speakers index")),
		Companies: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "companies index")),
		Bookmark:  key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "bookmark talk")),

		Help: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "full help")),
		Quit: key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q/ctrl+c", "quit")),
	}
}

// ShortHelp is the footer's one line of help: the keys of the list, in
// words short enough for 80 columns.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{
		brief(k.Down, "↓↑", "move"), brief(k.Open, "enter", "open"), brief(k.Filter, "/", "filter"),
		brief(k.Bookmark, "b", "bookmark"), brief(k.NextTab, "]/[", "tabs"), brief(k.Speakers, "s", "speakers"),
		brief(k.Companies, "c", "companies"), brief(k.NextPane, "tab", "pane"),
	}
}

// talkHelp is the footer's help while a talk is open on a narrow screen.
func (k KeyMap) talkHelp() []key.Binding {
	return []key.Binding{
		brief(k.Down, "↓↑", "scroll"), brief(k.Back, "esc", "back"), brief(k.Bookmark, "b", "bookmark"),
		brief(k.NextPane, "tab", "pane"), brief(k.Speakers, "s", "speakers"),
	}
}

// brief is a copy of a binding with shorter help, for the footer.
func brief(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// alwaysHelp stays at the right end of the footer, however narrow.
func (k KeyMap) alwaysHelp() []key.Binding {
	return []key.Binding{brief(k.Help, "?", "help"), brief(k.Quit, "q", "quit")}
}

// FullHelp is the help screen, one column per group.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.NextTab, k.PrevTab, k.JumpTab, k.NextPane, k.PrevPane},
		{k.Open, k.Back, k.Filter, k.Speakers, k.Companies, k.Bookmark},
		{k.Help, k.Quit},
	}
}

// filterKeys are the keys that keep working while the filter is being
// typed; every other key is text for the filter.
type filterKeys struct {
	Accept key.Binding
	Cancel key.Binding
	Up     key.Binding
	Down   key.Binding
	PageUp key.Binding
	PageDn key.Binding
	Quit   key.Binding
}

func defaultFilterKeys() filterKeys {
	return filterKeys{
		Accept: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep filter")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
		Up:     key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", "previous match")),
		Down:   key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", "next match")),
		PageUp: key.NewBinding(key.WithKeys("pgup")),
		PageDn: key.NewBinding(key.WithKeys("pgdown")),
		Quit:   key.NewBinding(key.WithKeys("ctrl+c")),
	}
}

// ShortHelp is the footer's help while filtering.
func (k filterKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Up, k.Accept, k.Cancel}
}

// KeyRow is one line of the keys table: the keys and what they do.
type KeyRow struct {
	Keys []string // as printed: "↑", "k", "1…9"
	Does string
}

// KeysTable lists every key of the full help, in its order. The README's
// keys table and `summit-tui --help` are made from it.
func (k KeyMap) KeysTable() []KeyRow {
	var rows []KeyRow
	for _, group := range k.FullHelp() {
		for _, b := range group {
			keys := b.Keys()
			if len(keys) > 3 { // a run such as 1…9 reads better as its help says
				keys = []string{b.Help().Key}
			}
			printed := make([]string, len(keys))
			for i, name := range keys {
				printed[i] = printedKey(name)
			}
			rows = append(rows, KeyRow{Keys: printed, Does: b.Help().Desc})
		}
	}
	return rows
}

func printedKey(name string) string {
	switch name {
	case "up":
		return "↑"
	case "down":
		return "↓"
	case "left":
		return "←"
	case "right":
		return "→"
	}
	return name
}
