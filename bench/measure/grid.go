package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/summit-tui/summit-tui/bench/frabgen"
	"github.com/summit-tui/summit-tui/data"
)

// The timetable grid at FOSDEM's size: a frab schedule from bench/frabgen
// of two days of 30 rooms and 450 talks each. Each run opens it, turns
// the first day's tab into its grid with v and moves through it: l to the
// next room, then j and k down and up the room. Each press is timed to
// the frame whose status line shows the new selection's position.

// gridTalks is the generated schedule's size: FOSDEM's days.
const gridTalks = 900

// gridPage writes the FOSDEM-size schedule to dir.
func gridPage(dir string) (page, error) {
	raw := frabgen.Generate(gridTalks)
	path := filepath.Join(dir, "fosdem-like.xml")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		return page{}, err
	}
	o, err := data.OpenBytes(path, raw, data.OpenOptions{})
	if err != nil {
		return page{}, fmt.Errorf("read the generated schedule: %w", err)
	}
	return page{label: "FOSDEM-size grid", path: path, size: len(raw), sched: o.Schedule}, nil
}

// gridShownRE matches the grid's line about the rooms on screen.
var gridShownRE = regexp.MustCompile(`rooms \d+.\d+ of \d+`)

// gridShown: the grid is on screen, its rooms scrolling across.
func gridShown(s string) bool { return gridShownRE.MatchString(s) }

// gridMoveKey is the n-th key of a run: l to the next room, then six j
// and six k, so every press moves (a FOSDEM room holds 15 talks a day).
func gridMoveKey(n int) string {
	switch k := n % 13; {
	case k == 0:
		return "l"
	case k <= 6:
		return "j"
	}
	return "k"
}

// statusPosition is the status line's "N/M", the day list's position,
// which the grid's selection is.
func statusPosition(s string) string {
	pos, _, _ := strings.Cut(statusLine(s), " ")
	return pos
}

// gridRun: the grid of the first day, -presses moves.
func (r *runner) gridRun(pg page, res *results) error {
	p, err := r.start(r.cfg.bin, "--file", pg.path)
	if err != nil {
		return err
	}
	defer p.term.Close()
	if _, err := p.firstFrame(r.cfg.timeout, func(s string) bool { return statusAt(s, 1) }); err != nil {
		return err
	}
	screen, err := sendAndWait(p, "v", r.cfg.timeout, func(s string) bool {
		return gridShown(s) || strings.Contains(s, "v works on a day's tab")
	})
	if err != nil {
		return err
	}
	if !gridShown(screen) { // opened on a tab before the days (Now)
		if screen, err = sendAndWait(p, "]v", r.cfg.timeout, gridShown); err != nil {
			return err
		}
	}
	time.Sleep(200 * time.Millisecond)
	prev := statusPosition(screen)
	for n := range r.cfg.presses {
		var now string
		d, err := p.term.SendAndTime(gridMoveKey(n), func(s string) bool {
			pos := statusPosition(s)
			if gridShown(s) && pos != "" && pos != prev {
				now = pos
				return true
			}
			return false
		}, r.cfg.timeout)
		if err != nil {
			return fmt.Errorf("grid move %d (%s): %w", n+1, gridMoveKey(n), err)
		}
		prev = now
		res.gridKeys = append(res.gridKeys, ms(d))
		r.rnd.pause()
	}
	_, err = p.quit(r.cfg.timeout)
	return err
}

// sendAndWait sends keys and returns the first screen on which cond holds.
func sendAndWait(p *proc, keys string, timeout time.Duration, cond func(string) bool) (string, error) {
	if err := p.term.Send(keys); err != nil {
		return "", err
	}
	return p.term.WaitFor(timeout, cond)
}
