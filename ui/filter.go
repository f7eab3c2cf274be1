package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// filter narrows one list as the user types. It is a pane of its list,
// which draws it on its top line and hands it what is typed, so a list
// keeps its filter while the user looks elsewhere. The query is the
// input's text, nowhere else. Each change starts a search in a tea.Cmd;
// results carry the request's number and only the latest is shown, so a
// slow, stale search never replaces a newer one. A query that extends the
// last one searches only its matches.
type filter struct {
	c *common
	// input is made when first needed (in): most lists are never
	// filtered, and an input costs kilobytes in every SSH session.
	input   *textinput.Model
	width   int // the input's, once sized
	keys    filterKeys
	editing bool
	hint    string // the placeholder in full; the input holds what fits

	gen     int         // the latest request
	done    int         // the request the rows answer
	applied model.Query // the query the rows answer
	rows    []row       // the matches, best first; nil when no filter is applied
	// closeOnly reports rows that are close matches (a word matched with a
	// slip), shown because nothing matches exactly.
	closeOnly bool
	// problem says why the query can match nothing ("after:25:00 is not
	// a time: try 14:00 or 2pm"); "" when it can.
	problem string
	// elsewhere are the talks of the whole programme that match when the
	// list holds none (filter_elsewhere.go).
	elsewhere []int
}

// filterResultMsg brings a search's matches back to Update.
type filterResultMsg struct {
	list    *listPane
	gen     int
	query   model.Query
	rows    []row
	close   bool   // the rows are close matches: nothing matched exactly
	problem string // why the query can match nothing, if it cannot
	keep    bool   // keep the selected item where it still matches
	// elsewhere: with no match in the list, the programme's matches.
	elsewhere []int
}

func newFilter(c *common, placeholder string) filter {
	return filter{c: c, keys: defaultFilterKeys(), hint: placeholder}
}

// in is the input, made on first use with the filter's style and width.
func (f *filter) in() *textinput.Model {
	if f.input == nil {
		in := newTextInput()
		in.Prompt = ""
		if f.width > 0 {
			in.SetWidth(f.width)
		}
		f.input = &in
		f.restyle()
	}
	return f.input
}

// restyle takes the theme's styles.
func (f *filter) restyle() {
	if f.input == nil {
		return
	}
	f.input.SetStyles(f.c.styles.input(f.c.theme.dark))
	f.fitHint()
}

// fitHint gives the input as much of the placeholder as its width holds,
// cut after a word, in the theme's ellipsis.
func (f *filter) fitHint() {
	if f.input == nil {
		return
	}
	f.input.Placeholder = fitPlaceholder(f.c.styles.G, f.hint, f.input.Width())
}

// SetSize gives the filter its list's width: what is typed has the room
// the prompt and the count of matches leave.
func (f *filter) SetSize(width, _ int) {
	f.width = max(width-filterChrome, 1)
	if f.input != nil {
		f.input.SetWidth(f.width)
		f.fitHint()
	}
}

// Update types: enter keeps the filter (an empty one is cleared), esc
// clears it, and every other key is text, as are pastes and the cursor's
// messages. The list searches when the query changed.
func (f *filter) Update(msg tea.Msg) (pane, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, f.keys.Cancel):
			f.clear()
			return f, nil
		case key.Matches(k, f.keys.Accept):
			f.close()
			if !f.active() {
				f.clear()
			}
			return f, nil
		}
	}
	var cmd tea.Cmd
	*f.in(), cmd = f.in().Update(msg)
	return f, cmd
}

// holdsKeyboard: while it is typed, every key is text or the filter's.
func (f *filter) holdsKeyboard() bool { return f.editing }

// View is the filter's part of its line: the prompt, then what is being
// typed or the query kept.
func (f *filter) View() string {
	st := f.c.styles
	if f.editing {
		return st.FilterPrompt.Render("/ ") + f.in().View()
	}
	return st.FilterPrompt.Render("/ ") + st.FilterText.Render(f.query())
}

// query is the filter's text.
func (f *filter) query() string {
	if f.input == nil {
		return ""
	}
	return f.input.Value()
}

// active reports whether a filter is typed or applied.
func (f *filter) active() bool { return f.query() != "" }

// pending reports a search under way.
func (f *filter) pending() bool { return f.gen != f.done }

// open starts editing.
func (f *filter) open() tea.Cmd {
	f.editing = true
	f.in().CursorEnd()
	return f.input.Focus()
}

// close stops editing and keeps the filter.
func (f *filter) close() {
	f.editing = false
	if f.input != nil {
		f.input.Blur()
	}
}

// clear removes the filter: every item shows again.
func (f *filter) clear() {
	f.close()
	if f.input != nil {
		f.input.SetValue("")
	}
	f.gen++ // searches still running are now stale
	f.done = f.gen
	f.applied = model.Query{}
	f.rows = nil
	f.closeOnly, f.problem = false, ""
	f.elsewhere = nil
}

// set puts a query in, as when a place is restored.
func (f *filter) set(q string) {
	if q != "" || f.input != nil {
		f.in().SetValue(q)
	}
}

// search starts a search of the list for the current query: among the
// shown rows when the query narrows the one they answer. Everything the
// command reads is taken here, in Update: the query, the candidates and
// the source's searcher; the list goes only into the result, to say whose
// it is.
//
// Words match exactly first (whole, or the start of a word); close
// matches, with a slip, count only when nothing matches exactly, or
// "kubernetesx" would find seven talks and "rustj" every Rust talk. Rows
// of exact matches hold every exact match of a narrower query, but not
// its close ones: when those are wanted, the whole list is searched.
func (f *filter) search(l *listPane, keep bool) tea.Cmd {
	q := model.ParseQuery(f.query())
	f.gen++
	if q.Empty() {
		f.done, f.applied, f.rows = f.gen, model.Query{}, nil
		f.closeOnly, f.problem = false, ""
		return nil
	}
	all := l.src.items()
	candidates, narrowedExact := all, false
	if f.rows != nil && !f.applied.Empty() && q.Narrows(f.applied) {
		candidates = make([]int, len(f.rows))
		for i, r := range f.rows {
			candidates[i] = r.item
		}
		narrowedExact = !f.closeOnly
	}
	gen, search, idx, wide := f.gen, l.src.searcher(), f.c.idx, elsewhereSearch(l.c, l.src)
	return func() tea.Msg {
		msg := filterResultMsg{list: l, gen: gen, query: q.Exact(), keep: keep, problem: idx.QueryProblem(q)}
		msg.rows = search(candidates, msg.query)
		if len(msg.rows) == 0 && wide != nil {
			msg.elsewhere = wide(msg.query)
		}
		if len(msg.rows) == 0 && len(msg.elsewhere) == 0 && q.Slips() {
			if narrowedExact {
				candidates = all
			}
			msg.query, msg.close = q, true
			msg.rows = search(candidates, q)
		}
		return msg
	}
}

// matchQuery is the query as the matches answer it, for highlighting them
// in the details and the abstract: without slips unless the matches are
// close ones.
func (f *filter) matchQuery() model.Query {
	q := model.ParseQuery(f.query())
	if !f.closeOnly {
		q = q.Exact()
	}
	return q
}

// take shows a search's matches, unless a newer search was started since.
func (f *filter) take(msg filterResultMsg) bool {
	if msg.gen != f.gen {
		return false
	}
	f.done, f.applied, f.rows = msg.gen, msg.query, msg.rows
	f.closeOnly, f.problem = msg.close && len(msg.rows) > 0, msg.problem
	f.elsewhere = msg.elsewhere
	return true
}

// ShortHelp is the footer's help while the filter is typed.
func (f *filter) ShortHelp() []key.Binding {
	k := f.keys
	return []key.Binding{brief(k.Down, "↓↑", "move"), brief(k.Accept, "enter", "keep filter"), brief(k.Cancel, "esc", "clear")}
}

// FullHelp lists every filter key; the list moves through the matches on
// the four that move.
func (f *filter) FullHelp() [][]key.Binding {
	k := f.keys
	return [][]key.Binding{{k.Accept, k.Cancel, k.Down, k.Up, k.PageDown, k.PageUp}}
}
