package ui

import "github.com/summit-tui/summit-tui/model"

// A list of talks with times is sectioned by day and time: scrolled past
// the start of a day, its top line keeps saying which day and time the
// rows below belong to. Lists of a page without times have no sticky line.

func (s *talksSource) kind(int) rowKind { return rowItem }

func (s *talksSource) sticky() bool { return s.c.times.timed }

func (s *talksSource) otherRows() bool { return false }

// section is "Saturday 15 March 2031 · from 10:30" for a talk starting at
// 10:30 on that day.
func (s *talksSource) section(item int) string {
	if !s.c.times.timed {
		return ""
	}
	sess := s.index().Session(item)
	if !sess.Timed() {
		return "Without a time"
	}
	return model.DayTitle(model.SessionDay(sess)) + s.c.styles.G.Dot + "from " + s.c.times.frame().Clock(sess.Start)
}
