package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// percentile is the p-th percentile (0 ≤ p ≤ 100) of xs by linear
// interpolation between the closest ranks (the method most tools call
// "type 7"): p90 of 30 samples lies between the 27th and 28th smallest.
// It is NaN for no samples.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	p = min(max(p, 0), 100)
	rank := p / 100 * float64(len(s)-1)
	lo := int(math.Floor(rank))
	hi := min(lo+1, len(s)-1)
	return s[lo] + (rank-float64(lo))*(s[hi]-s[lo])
}

func median(xs []float64) float64 { return percentile(xs, 50) }

// millis turns durations into milliseconds, the unit of every time table.
func millis(ds []time.Duration) []float64 {
	out := make([]float64, len(ds))
	for i, d := range ds {
		out[i] = float64(d) / float64(time.Millisecond)
	}
	return out
}

// unit says how a measure's numbers print.
type unit int

const (
	unitMillis  unit = iota
	unitMicros       // values held in milliseconds, printed in µs
	unitMB           // values in megabytes
	unitPercent      // values in per cent of one core
)

func (u unit) format(v float64) string {
	switch {
	case math.IsNaN(v):
		return "—"
	case u == unitMicros:
		return fmt.Sprintf("%.0f µs", v*1000)
	case u == unitMB:
		return fmt.Sprintf("%.1f MB", v)
	case u == unitPercent:
		return fmt.Sprintf("%.2f %%", v)
	}
	if v < 10 {
		return fmt.Sprintf("%.2f ms", v)
	}
	return fmt.Sprintf("%.1f ms", v)
}

// budget is how a measure is judged: against a reference program (factor
// × its statistic) or against a fixed limit. A zero budget is
// information only.
type budget struct {
	relative bool
	factor   float64 // relative: summit-tui ≤ factor × the reference
	onP90    bool    // compare p90s (or judge the p90 against the limit), else medians
	alsoP90  bool    // relative: medians and p90s both within the factor
	limit    float64 // absolute: summit-tui's statistic < or ≤ limit
	strict   bool    // absolute: "<" rather than "≤"
}

// measure is one row of the report.
type measure struct {
	name   string
	unit   unit
	summit []float64 // samples of summit-tui
	// ref are the reference samples, if compared: a reference program's
	// own for the same measure, or the minimal program's key presses for
	// the filter keystroke; refName names the program.
	ref     []float64
	refName string
	budget  budget
	// peak: the row judges its maximum (peak RSS), not its median.
	peak bool
}

func p90(xs []float64) float64 { return percentile(xs, 90) }

// verdict computes a row's ratio and result.
func (m measure) verdict() (ratio string, pass string) {
	b := m.budget
	switch {
	case b.relative:
		stat := median
		if b.onP90 {
			stat = p90
		}
		s, ref := stat(m.summit), stat(m.ref)
		if math.IsNaN(s) || math.IsNaN(ref) || ref == 0 {
			return "—", "n/a"
		}
		r := s / ref
		if !b.alsoP90 {
			return fmt.Sprintf("%.2f×", r), passFail(r <= b.factor)
		}
		s90, ref90 := p90(m.summit), p90(m.ref)
		if ref90 == 0 {
			return "—", "n/a"
		}
		r90 := s90 / ref90
		return fmt.Sprintf("%.2f× / %.2f×", r, r90), passFail(r <= b.factor && r90 <= b.factor)
	case b.limit > 0:
		s := m.judged()
		if math.IsNaN(s) {
			return "—", "n/a"
		}
		ok := s <= b.limit
		if b.strict {
			ok = s < b.limit
		}
		return fmt.Sprintf("%.2f of limit", s/b.limit), passFail(ok)
	}
	return "", "info"
}

// judged is the statistic compared with an absolute limit.
func (m measure) judged() float64 {
	switch {
	case m.peak:
		if len(m.summit) == 0 {
			return math.NaN()
		}
		return slices.Max(m.summit)
	case m.budget.onP90:
		return p90(m.summit)
	}
	return median(m.summit)
}

func passFail(ok bool) string {
	if ok {
		return "**pass**"
	}
	return "**FAIL**"
}

// budgetText is the budget column.
func (m measure) budgetText() string {
	b := m.budget
	switch {
	case b.relative:
		stat := "median"
		switch {
		case b.alsoP90:
			stat = "median and p90"
		case b.onP90:
			stat = "p90"
		}
		return fmt.Sprintf("%s ≤ %g× %s", stat, b.factor, m.refName)
	case b.limit > 0:
		op := "≤"
		if b.strict {
			op = "<"
		}
		stat := "median"
		switch {
		case m.peak:
			stat = "peak"
		case b.onP90:
			stat = "p90"
		}
		return fmt.Sprintf("%s %s %s", stat, op, m.unit.format(b.limit))
	}
	return "—"
}

// table renders the measures as a Markdown table.
func table(ms []measure) string {
	var b strings.Builder
	b.WriteString("| Measure | summit-tui median | summit-tui p90 | reference | reference median | reference p90 | n | Budget | Ratio | Result |\n")
	b.WriteString("|---|---:|---:|---|---:|---:|---:|---|---:|---|\n")
	for _, m := range ms {
		ratio, pass := m.verdict()
		sMed, sP90 := m.unit.format(median(m.summit)), m.unit.format(percentile(m.summit, 90))
		if m.peak {
			sMed, sP90 = m.unit.format(m.judged()), "—"
		}
		refName, rMed, rP90 := "—", "—", "—"
		if len(m.ref) > 0 {
			refName = m.refName
			rMed, rP90 = m.unit.format(median(m.ref)), m.unit.format(percentile(m.ref, 90))
			if m.peak {
				rMed, rP90 = m.unit.format(slices.Max(m.ref)), "—"
			}
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %d | %s | %s | %s |\n",
			m.name, sMed, sP90, refName, rMed, rP90, len(m.summit), m.budgetText(), ratio, pass)
	}
	return b.String()
}

// thousands writes n with commas: 10,000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
