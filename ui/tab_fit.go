package ui

import "github.com/charmbracelet/x/ansi"

// The tab bar shows every tab when it can: before it scrolls, it drops
// the counts of the tabs not shown (a filter's matches stay), then cuts
// the longer names of the other tabs. Only when even that does not fit
// does it scroll, with the counts dropped and every name whole.

// tabParts is one tab's label in parts, as the bar writes it:
// "3 Core Kafka 14".
type tabParts struct {
	number string // "3 "; empty past the ninth tab
	name   string
	count  string // "14", or a filter's "8/14"
	keep   bool   // the count stays in every form: the active tab's, Bookmarks' or a filter's
	fixed  bool   // the name stays whole: the active tab and Bookmarks
}

// tabForm is how the bar writes its labels.
type tabForm struct {
	allCounts bool // every tab's count, not only those kept
	maxName   int  // the most cells a name not fixed takes; 0 for whole
}

// fullForm writes every label whole; scrollForm drops the counts not
// kept, so that more tabs show, and cuts no name.
var (
	fullForm   = tabForm{allCounts: true}
	scrollForm = tabForm{}
)

// tabPadding is the cells a tab's style adds around its label.
const tabPadding = 2

// tabNameCuts are the widths names are cut to, in turn, before the bar
// gives up and scrolls.
var tabNameCuts = []int{20, 16, 12, 10}

// label is the tab's text in form f, without its padding.
func (t tabParts) label(f tabForm, ellipsis string) (name, count string) {
	name = t.name
	if f.maxName > 0 && !t.fixed && ansi.StringWidth(name) > f.maxName {
		name = ansi.Truncate(name, f.maxName, ellipsis)
	}
	if f.allCounts || t.keep {
		count = t.count
	}
	return name, count
}

// width is the cells the tab takes in form f, padding included.
func (t tabParts) width(f tabForm, ellipsis string) int {
	name, count := t.label(f, ellipsis)
	w := tabPadding + ansi.StringWidth(t.number) + ansi.StringWidth(name)
	if count != "" {
		w += 1 + ansi.StringWidth(count)
	}
	return w
}

// fitTabs is the fullest form in which every tab fits in width cells,
// and whether one does; when none does, the bar scrolls in scrollForm.
func fitTabs(tabs []tabParts, width int, ellipsis string) (tabForm, bool) {
	forms := []tabForm{fullForm, scrollForm}
	for _, cut := range tabNameCuts {
		forms = append(forms, tabForm{maxName: cut})
	}
	for _, f := range forms {
		total := 0
		for _, t := range tabs {
			total += t.width(f, ellipsis)
		}
		if total <= width {
			return f, true
		}
	}
	return scrollForm, false
}
