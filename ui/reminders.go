package ui

import (
	"fmt"
	"runtime"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/summit-tui/summit-tui/model"
)

// Reminders: Config.Remind before each bookmarked talk starts, the browser
// says so on the status line, rings the bell and asks for a desktop
// notification (notify.go). When the next one falls due is worked out
// from the schedule and the bookmarks as they are, again whenever either
// changes, and waited for with a timer of the injected clock's time; the
// domain's rule (model.Reminders) remembers only what it has told.
type reminders struct {
	rule  *model.Reminders // nil: reminders are off
	route notifyRoute
	// idx and marks are the schedule and the bookmarks' version the
	// pending wait was worked out from.
	idx   *model.Index
	marks int
	seq   int // numbers the waits, so that a stale one does nothing
}

// reminderTickMsg is the end of a wait for the next reminder.
type reminderTickMsg struct{ seq int }

// reminderTTL is how long a reminder stays on the status line.
const reminderTTL = time.Minute

func newReminders(cfg Config) reminders {
	if cfg.Remind <= 0 {
		return reminders{}
	}
	return reminders{rule: model.NewReminders(cfg.Remind), route: routeFor(runtime.GOOS, cfg.Env)}
}

// followReminders works the reminders out again when the schedule or the
// bookmarks have changed since the pending wait was set: a talk moved,
// cancelled or bookmarked reminds at its time, or not at all.
func (m *Model) followReminders() tea.Cmd {
	r := &m.remind
	if r.rule == nil || r.idx == m.c.all && r.marks == m.c.marks.version {
		return nil
	}
	r.idx, r.marks = m.c.all, m.c.marks.version
	return m.checkReminders()
}

// reminderTick is a wait over: what is due is told, and the next waited for.
func (m *Model) reminderTick(msg reminderTickMsg) tea.Cmd {
	if m.remind.rule == nil || msg.seq != m.remind.seq {
		return nil
	}
	return m.checkReminders()
}

// checkReminders tells of the talks due now and waits for the next.
func (m *Model) checkReminders() tea.Cmd {
	r := &m.remind
	r.seq++
	due := r.rule.Due(m.c.all.Schedule(), m.c.all.Bookmarked(m.c.marks.set()), m.now())
	var cmds []tea.Cmd
	if len(due.Sessions) > 0 {
		cmds = append(cmds, m.tell(due))
	}
	if due.Next > 0 {
		cmds = append(cmds, m.after(due.Next, reminderTickMsg{seq: r.seq}))
	}
	return tea.Batch(cmds...)
}

// tell reminds of the talks due: the status line, the bell and a desktop
// notification, one for all of them.
func (m *Model) tell(due model.Reminder) tea.Cmd {
	s := m.c.all.Schedule()
	text := reminderText(m.c.styles.G, s, due)
	title := s.Conference
	if title == "" {
		title = "summit-tui"
	}
	cmds := []tea.Cmd{m.setStatusFor(text, reminderTTL), bell()}
	switch route := m.remind.route; {
	case route == notifyDesktop && m.cfg.Notify != nil:
		notify := m.cfg.Notify
		title, body := notifyText(title), notifyText(text)
		// The desktop's notifier may be slow or hang: it runs on its own
		// and its answer is not waited for.
		cmds = append(cmds, func() tea.Msg {
			_ = notify(title, body) // the status line and the bell have told already
			return nil
		})
	case route == notifyOSC777 || route == notifyOSC9:
		cmds = append(cmds, tea.Raw(notificationEscape(route, title, text)))
	}
	return tea.Batch(cmds...)
}

// reminderText is the reminder's line: "In 10 min: Lightning Talks ·
// Aurora Hall", and for several talks ", and 2 more".
func reminderText(g Glyphs, s *model.Schedule, due model.Reminder) string {
	first := &s.Sessions[due.Sessions[0]]
	text := fmt.Sprintf("In %d min: %s", due.Minutes, first.Title)
	if first.Room != "" {
		text += g.Dot + first.Room
	}
	if more := len(due.Sessions) - 1; more > 0 {
		text += fmt.Sprintf(", and %d more", more)
	}
	return text
}
