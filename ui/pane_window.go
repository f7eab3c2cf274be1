package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/summit-tui/summit-tui/model"
)

// windowPrompt asks, in the footer, for a time window on one conference
// day ("14:00–15:00", "14-15", "2pm-3pm", "14:00" for the hour from it),
// read by Timeline.ParseWindow. enter sends the window read (windowChosenMsg);
// a window that cannot be read says why and stays open; esc closes it. It
// holds the keyboard while open.
type windowPrompt struct {
	c     *common
	keys  windowKeys
	input textinput.Model
	date  string // the conference day asked about
	err   string // why the last window typed cannot be read
	width int
}

// windowChosenMsg is the window the prompt read.
type windowChosenMsg struct {
	date   string
	window model.Window
}

// windowKeys are the prompt's own; every other key is text.
type windowKeys struct {
	Accept key.Binding
	Cancel key.Binding
}

func defaultWindowKeys() windowKeys {
	return windowKeys{
		Accept: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "list the talks on in the window")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}

func newWindowPrompt(c *common, date string) (*windowPrompt, tea.Cmd) {
	p := &windowPrompt{c: c, keys: defaultWindowKeys(), input: newTextInput(), date: date}
	p.input.Prompt = ""
	p.input.Placeholder = windowHint
	p.input.SetStyles(c.styles.input(c.theme.dark))
	return p, p.input.Focus()
}

// Update reads the window on enter, closes on esc, and types the rest.
func (p *windowPrompt) Update(msg tea.Msg) (pane, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, p.keys.Cancel):
			return p, closeCmd(p)
		case key.Matches(k, p.keys.Accept):
			w, err := parseWindow(p.c.times, p.input.Value(), p.date)
			if err != nil {
				p.err = err.Error()
				return p, nil
			}
			chosen := windowChosenMsg{date: p.date, window: w}
			return p, func() tea.Msg { return chosen }
		}
	}
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.err = ""
	}
	return p, cmd
}

func (p *windowPrompt) holdsKeyboard() bool { return true }

// SetSize gives the prompt the footer's width: the question and what is
// typed share its first line.
func (p *windowPrompt) SetSize(width, _ int) {
	p.width = width
	p.input.SetWidth(max(width-lipgloss.Width(p.question())-2, 1))
	p.input.Placeholder = fitPlaceholder(p.c.styles.G, windowHint, p.input.Width())
}

// windowHint is the prompt's placeholder: the ways to write a window.
const windowHint = "14:00-15:00, 14-15, 2pm-3pm, 14:00 or after 14:00"

// View is the prompt's two lines, for the footer: the question and what
// is typed, then why the window cannot be read, or how to answer.
func (p *windowPrompt) View() string {
	st := p.c.styles
	g := st.G
	width := p.width
	line := st.FilterPrompt.Render(p.question()) + p.input.View()
	hint := st.Status.Render("enter lists the talks on" + g.Dot + "esc cancels")
	if p.err != "" {
		hint = st.StatusError.Render(p.err)
	}
	return fitBlock(line, width, 1) + "\n" + fitBlock(hint, width, 1)
}

// parseWindow reads a window as Timeline.ParseWindow does, and also
// "after 14:00" (to the end of the day's programme) and "before 12:00"
// (from its start).
func parseWindow(t times, text, date string) (model.Window, error) {
	f := t.frame()
	fields := strings.Fields(strings.ToLower(text))
	if len(fields) >= 2 && (fields[0] == "after" || fields[0] == "from" || fields[0] == "before" || fields[0] == "until") {
		at, err := t.tl.ParseWindow(strings.Join(fields[1:], " "), date, f)
		day, ok := t.tl.DayBounds(date)
		if err != nil || !ok {
			return t.tl.ParseWindow(text, date, f)
		}
		if fields[0] == "after" || fields[0] == "from" {
			if !at.From.Before(day.To) {
				return model.Window{}, fmt.Errorf("the programme of %s ends at %s", model.DayLabel(date), f.Clock(day.To))
			}
			return model.Window{From: at.From, To: day.To}, nil
		}
		if !at.From.After(day.From) {
			return model.Window{}, fmt.Errorf("the programme of %s starts at %s", model.DayLabel(date), f.Clock(day.From))
		}
		return model.Window{From: day.From, To: at.From}, nil
	}
	return t.tl.ParseWindow(text, date, f)
}

func (p *windowPrompt) question() string { return "Window on " + model.DayLabel(p.date) + ": " }

// ShortHelp and FullHelp are the prompt's keys; its View says them in
// the footer's words.
func (p *windowPrompt) ShortHelp() []key.Binding { return []key.Binding{p.keys.Accept, p.keys.Cancel} }

func (p *windowPrompt) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }

// askWindow opens the prompt for a window on the current day.
func (m *Model) askWindow() tea.Cmd {
	if !m.c.times.timed {
		return nil
	}
	date := m.currentDay()
	if date == "" {
		return m.setStatus("No conference day to ask about.", false)
	}
	p, cmd := newWindowPrompt(m.c, date)
	p.SetSize(m.c.lay.width, footerHeight)
	m.prompt = p
	return cmd
}

// openWindow lists the talks on in a window, over the list the prompt
// was asked from and kept to its talks.
func (m *Model) openWindow(msg windowChosenMsg) tea.Cmd {
	m.prompt = nil
	for m.reading() {
		m.pop()
	}
	scope := m.top().list.src.ref()
	if scope.Kind == kindWindow { // a window asked from a window keeps its list
		_, _, scope, _ = windowFromRef(m.c, scope.Name)
	}
	m.push(newListPane(m.c, newWindowSource(m.c, msg.date, msg.window, scope)))
	return nil
}

// currentDay is the conference day w asks about: the day tab's, else the
// selected talk's, else the day running now, else the first day.
func (m *Model) currentDay() string {
	for i := len(m.stack) - 1; i >= 0; i-- {
		if l := m.stack[i].list; l != nil && l.src.ref().Kind == kindDay {
			return l.src.ref().Name
		}
		if l := m.stack[i].list; l != nil && l.src.ref().Kind == kindWindow {
			if date, _, _, ok := windowFromRef(m.c, l.src.ref().Name); ok {
				return date
			}
		}
	}
	if sess, ok := m.selectedTalk(); ok && model.SessionDay(sess) != "" {
		return model.SessionDay(sess)
	}
	nn := m.c.times.tl.NowNext(m.c.now)
	if nn.Today != "" {
		return nn.Today
	}
	return nn.FirstDay
}
