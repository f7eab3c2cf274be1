package model

import "strings"

// QueryProblem says why q cannot match anything in this schedule, as the
// user typed it, or "" when it can: a filter that cannot be read
// (after:25:00, before:xx), or a day the conference does not have
// (day:15, with the days it has). The search then shows the reason, not
// an empty list to guess at.
func (x *Index) QueryProblem(q Query) string {
	for _, f := range q.filters {
		if f.active() && f.Err != "" {
			return f.Err
		}
	}
	var days []dayFact
	for _, f := range q.filters {
		if !f.active() || f.Field != "day" {
			continue
		}
		if days == nil {
			days = x.facts().days
		}
		if len(days) == 0 {
			return "day:" + f.Value + ": this schedule has no days"
		}
		found := false
		for _, d := range days {
			found = found || f.day.matches(d)
		}
		if !found {
			labels := make([]string, len(days))
			for i, d := range days {
				labels[i] = DayLabel(d.date)
			}
			return "day:" + f.Value + ": no such day; the days are " + joinAnd(labels)
		}
	}
	return ""
}

// joinAnd joins words as a sentence lists them: "a", "a and b", "a, b
// and c".
func joinAnd(words []string) string {
	if n := len(words); n > 1 {
		return strings.Join(words[:n-1], ", ") + " and " + words[n-1]
	}
	return strings.Join(words, "")
}
