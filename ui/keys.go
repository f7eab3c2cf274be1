package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/summit-tui/summit-tui/model"
)

// Every component has its own key map, matched with key.Matches: the
// root's globalKeys, and the scrollKeys, filterKeys, helpKeys and
// chooserKeys of the panes. The footer, the help screen, the README's keys
// table and `summit-tui --help` are all generated from them, so they
// cannot drift apart.

// scrollKeys move through whatever the pane in front holds: the list's
// cursor, or the text of the details, the abstract and the help.
type scrollKeys struct {
	Up       key.Binding
	Down     key.Binding
	Top      key.Binding
	Bottom   key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	HalfUp   key.Binding
	HalfDown key.Binding
}

func defaultScrollKeys() scrollKeys {
	return scrollKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "move up, scroll up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "move down, scroll down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "first, top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "last, bottom")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup/ctrl+b", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+f", "space"), key.WithHelp("pgdown/ctrl+f/space", "page down")),
		HalfUp:   key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half a page up")),
		HalfDown: key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half a page down")),
	}
}

func (k scrollKeys) all() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown}
}

// globalKeys are the root's: they act wherever the pane in front leaves a
// key alone.
type globalKeys struct {
	Open      key.Binding
	Back      key.Binding
	Filter    key.Binding
	NextMatch key.Binding
	PrevMatch key.Binding
	Speakers  key.Binding
	Companies key.Binding
	Rooms     key.Binding
	Tracks    key.Binding
	NextTalk  key.Binding
	PrevTalk  key.Binding

	NextTab   key.Binding
	PrevTab   key.Binding
	JumpTab   key.Binding
	Bookmarks key.Binding
	NextPane  key.Binding
	PrevPane  key.Binding
	Narrower  key.Binding
	Wider     key.Binding

	Bookmark key.Binding
	Copy     key.Binding
	Hide     key.Binding
	Hidden   key.Binding
	OpenLink key.Binding

	// Zone toggles event and local time.
	Zone key.Binding
	Grid key.Binding

	Window key.Binding

	// Changes opens the Changes view; Refresh reads the schedule again.
	Changes key.Binding
	Refresh key.Binding

	// Schedules offers the other schedules to open in place.
	Schedules key.Binding

	Help key.Binding
	Quit key.Binding
}

func defaultGlobalKeys() globalKeys {
	return globalKeys{
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open talk, person, company")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back; clears a filter first")),
		Filter:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter the list as you type")),
		NextMatch: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		Speakers:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "speakers index on this person")),
		Companies: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "companies index on this company")),
		Rooms:     key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "rooms index on this talk's room")),
		Tracks:    key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "tracks index on this talk's track")),
		NextTalk:  key.NewBinding(key.WithKeys("J"), key.WithHelp("J", "next talk while reading")),
		PrevTalk:  key.NewBinding(key.WithKeys("K"), key.WithHelp("K", "previous talk while reading")),

		NextTab:   key.NewBinding(key.WithKeys("]", "right", "l"), key.WithHelp("]/→/l", "next tab")),
		PrevTab:   key.NewBinding(key.WithKeys("[", "left", "h"), key.WithHelp("[/←/h", "previous tab")),
		JumpTab:   key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1…9", "jump to tab")),
		Bookmarks: key.NewBinding(key.WithKeys("0"), key.WithHelp("0", "the Bookmarks tab")),
		NextPane:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		PrevPane:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous pane")),
		Narrower:  key.NewBinding(key.WithKeys("<"), key.WithHelp("<", "narrower list")),
		Wider:     key.NewBinding(key.WithKeys(">"), key.WithHelp(">", "wider list")),

		Bookmark: key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "bookmark talk, or unbookmark it")),
		Copy:     key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy talk as Markdown")),
		Hide:     key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "hide talk (track, room in t, r); show again in _")),
		Hidden:   key.NewBinding(key.WithKeys("_"), key.WithHelp("_", "what is hidden")),
		OpenLink: key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open the talk's first link in the browser")),

		Zone: key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "event time or local time")),
		Grid: key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "a day's list or its timetable grid")),

		Window: key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "talks on in a time window of the day")),

		Changes: key.NewBinding(key.WithKeys("C"), key.WithHelp("C", "what changed since you last looked")),
		Refresh: key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "read the schedule again now")),

		Schedules: key.NewBinding(key.WithKeys("O"), key.WithHelp("O", "open a recent schedule in place")),

		Help: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "this help; ?, esc or q closes it")),
		Quit: key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q/ctrl+c", "quit")),
	}
}

// filterKeys are the keys that keep working while the filter is being
// typed; every other key is text for the filter, except ctrl+c.
type filterKeys struct {
	Accept   key.Binding
	Cancel   key.Binding
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
}

func defaultFilterKeys() filterKeys {
	return filterKeys{
		Accept:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep the filter")),
		Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear the filter")),
		Up:       key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑/ctrl+p", "previous match")),
		Down:     key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓/ctrl+n", "next match")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdown", "page down")),
	}
}

// helpKeys close the help screen; it scrolls with the scrollKeys.
type helpKeys struct {
	Close key.Binding
}

func defaultHelpKeys() helpKeys {
	return helpKeys{Close: key.NewBinding(key.WithKeys("?", "esc", "q"), key.WithHelp("?/esc/q", "close the help"))}
}

// chooserKeys pick one of a few people or companies.
type chooserKeys struct {
	Up     key.Binding
	Down   key.Binding
	Choose key.Binding
	Number key.Binding
	Cancel key.Binding
}

func defaultChooserKeys() chooserKeys {
	return chooserKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Number: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1…9", "choose by number")),
		Cancel: key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc", "cancel")),
	}
}

// gridKeys move through a day's timetable grid, where h and l (and the
// arrows) move between talks rather than tabs; ] and [ still switch tabs.
type gridKeys struct {
	Up       key.Binding
	Down     key.Binding
	Left     key.Binding
	Right    key.Binding
	First    key.Binding
	Last     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Swap     key.Binding
	Rooms    key.Binding
}

func defaultGridKeys() gridKeys {
	return gridKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "talk above")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "talk below")),
		Left:     key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "talk to the left")),
		Right:    key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "talk to the right")),
		First:    key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "the day's first talk")),
		Last:     key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "the day's last talk")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup/ctrl+b", "a screen earlier")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+f", "space"), key.WithHelp("pgdown/ctrl+f/space", "a screen later")),
		Swap:     key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "swap the axes: rooms down, time across")),
		Rooms:    key.NewBinding(key.WithKeys("H"), key.WithHelp("H", "choose the rooms shown (hide rooms)")),
	}
}

func (k gridKeys) all() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Left, k.Right, k.First, k.Last, k.PageUp, k.PageDown, k.Swap, k.Rooms}
}

// roomKeys choose the rooms the grid shows.
type roomKeys struct {
	Up     key.Binding
	Down   key.Binding
	First  key.Binding
	Last   key.Binding
	Toggle key.Binding
	All    key.Binding
	Close  key.Binding
}

func defaultRoomKeys() roomKeys {
	return roomKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "previous room")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "next room")),
		First:  key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "first room")),
		Last:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "last room")),
		Toggle: key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space/x", "show or hide the room")),
		All:    key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "show every room")),
		Close:  key.NewBinding(key.WithKeys("enter", "esc", "H"), key.WithHelp("enter/esc", "back to the grid")),
	}
}

func (k roomKeys) all() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.First, k.Last, k.Toggle, k.All, k.Close}
}

// mouseHelp describes the mouse in the help and the keys table. The
// bindings have no keys: nothing matches them.
func mouseHelp() []key.Binding {
	return []key.Binding{
		key.NewBinding(key.WithHelp("wheel", "scroll the pane under it")),
		key.NewBinding(key.WithHelp("click", "select a tab, a pane or an item")),
		key.NewBinding(key.WithHelp("click again", "open the selected item")),
	}
}

// helpGroup is one titled group of the help screen.
type helpGroup struct {
	title    string
	bindings []key.Binding
}

// keyMaps holds every component's keys, for the help and the keys table.
type keyMaps struct {
	// fields are the search's field filters, for the help: they have no
	// keys, only words to type.
	fields   []key.Binding
	fieldsOn bool // the schedule has times: the help lists the fields
	global   globalKeys
	scroll   scrollKeys
	filter   filterKeys
	help     helpKeys
	chooser  chooserKeys
	grid     gridKeys
	rooms    roomKeys
	changes  changesKeys
}

func defaultKeyMaps() keyMaps {
	return keyMaps{
		global: defaultGlobalKeys(), scroll: defaultScrollKeys(), filter: defaultFilterKeys(),
		help: defaultHelpKeys(), chooser: defaultChooserKeys(), fields: fieldHelp(), fieldsOn: true,
		grid: defaultGridKeys(), rooms: defaultRoomKeys(), changes: defaultChangesKeys(),
	}
}

// timesGroup is the help's group of keys for schedules with times; the
// help of a page without times leaves it out.
const timesGroup = "Times"

// fieldHelp describes the search's field filters, from the model's list,
// so help and search agree.
func fieldHelp() []key.Binding {
	var out []key.Binding
	for _, f := range model.QueryFields() {
		out = append(out, key.NewBinding(key.WithHelp(f.Example, f.Description)))
	}
	return out
}

// fitSchedule enables the keys that need what a schedule may lack: times
// for z and the field filters, rooms for r, links for o. Disabled keys do
// nothing and the help leaves them out; the keys table lists them all.
func (k *keyMaps) fitSchedule(c *common) {
	k.global.Zone.SetEnabled(c.times.timed)
	k.global.Rooms.SetEnabled(len(c.idx.Rooms()) > 0)
	k.global.Tracks.SetEnabled(len(c.idx.Schedule().Tracks) > 0)
	links := false
	for _, s := range c.idx.Schedule().Sessions {
		links = links || len(s.Links) > 0
	}
	k.global.OpenLink.SetEnabled(links)
	k.fieldsOn = c.times.timed
}

// groups is the help screen's content, in order.
func (k keyMaps) groups() []helpGroup {
	g := k.global
	var fields []key.Binding
	if k.fieldsOn {
		fields = k.fields
	}
	return []helpGroup{
		{"Places", []key.Binding{g.Open, g.Back, g.Speakers, g.Companies, g.Rooms, g.Tracks, g.NextTalk, g.PrevTalk}},
		{"Search", []key.Binding{g.Filter, g.NextMatch, g.PrevMatch}},
		{"Talks", []key.Binding{g.Bookmark, g.Copy, g.OpenLink, g.Hide, g.Hidden}},
		{liveGroup, []key.Binding{g.Changes, k.changes.MarkSeen, g.Refresh}},
		{"Help and quit", []key.Binding{g.Schedules, g.Help, g.Quit}},
		{"Move and scroll", k.scroll.all()},
		{"While typing a filter", []key.Binding{k.filter.Accept, k.filter.Cancel, k.filter.Down, k.filter.Up, k.filter.PageDown, k.filter.PageUp}},
		{timesGroup, []key.Binding{g.Zone, g.Window}},
		{"Tabs and panes", []key.Binding{g.NextTab, g.PrevTab, g.JumpTab, g.Bookmarks, g.NextPane, g.PrevPane, g.Narrower, g.Wider}},
		{gridGroup, append([]key.Binding{g.Grid}, k.grid.all()...)},
		{roomsGroup, k.rooms.all()},
		{"Search filters (mix with words: /room:dock after:11:00)", fields},
		{"Mouse", mouseHelp()},
	}
}

// helpGroups are the groups the help shows for a page: one without times
// has no grid, so its help leaves the grid's keys out.
func (k keyMaps) helpGroups(timed bool) []helpGroup {
	var out []helpGroup
	for _, g := range k.groups() {
		if timed || !k.timedOnly(g) {
			out = append(out, g)
		}
	}
	return out
}

// timedOnly reports a group whose keys act only on a schedule with times.
func (k keyMaps) timedOnly(g helpGroup) bool {
	return g.title == timesGroup || g.title == gridGroup || g.title == roomsGroup
}

// liveGroup is the help's group of keys for a schedule kept current.
const liveGroup = "Schedule updates"

// The titles of the grid's groups of keys.
const (
	gridGroup  = "Timetable grid (v on a day)"
	roomsGroup = "Choosing the grid's rooms"
)

// KeyRow is one line of the keys table: the keys and what they do.
type KeyRow struct {
	Group string
	Keys  []string // as printed: "↑", "k", "1…9"
	Does  string
}

// KeysTable lists every key and mouse action of the help, in its order.
// The README's keys table and `summit-tui --help` are made from it.
func KeysTable() []KeyRow {
	var rows []KeyRow
	for _, group := range defaultKeyMaps().groups() {
		for _, b := range group.bindings {
			rows = append(rows, KeyRow{Group: group.title, Keys: keyNames(b), Does: b.Help().Desc})
		}
	}
	return rows
}

// KeysHelp lists every key under the help screen's headings, width
// columns wide, for `summit-tui --help`.
func KeysHelp(width int) string {
	const keysColumn = 18
	var b strings.Builder
	b.WriteString("Keys in the browser, by where they act:\n")
	group := ""
	for _, r := range KeysTable() {
		if r.Group != group {
			group = r.Group
			fmt.Fprintf(&b, "\n  %s\n", group)
		}
		keys := strings.Join(r.Keys, " ")
		if ansi.StringWidth(keys) > keysColumn {
			fmt.Fprintf(&b, "    %s\n", keys)
			keys = ""
		}
		for i, line := range strings.Split(wrapAtSpaces(r.Does, width-keysColumn-5), "\n") {
			if i > 0 {
				keys = ""
			}
			fmt.Fprintf(&b, "    %-*s %s\n", keysColumn, keys, line)
		}
	}
	return b.String()
}

// keyNames are a binding's keys as help prints them. A run such as 1…9
// reads better as its help says; the mouse has only its help.
func keyNames(b key.Binding) []string {
	keys := b.Keys()
	if len(keys) == 0 || len(keys) > 3 {
		return []string{b.Help().Key}
	}
	out := make([]string, len(keys))
	for i, name := range keys {
		out[i] = printedKey(name)
	}
	return out
}

// keyLabel is a binding's keys in one word: "↑/k".
func keyLabel(b key.Binding) string {
	return strings.Join(keyNames(b), "/")
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

// brief is a copy of a binding with shorter help, for the footer.
func brief(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}
