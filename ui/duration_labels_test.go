package ui

import (
	"strings"
	"testing"
)

// Now says the time left as every other duration reads: an hour is
// "1 h", not "60 min".
func TestNowSaysTimeLeftInHoursAndMinutes(t *testing.T) {
	h := newHarness(t, 120, 40, withTwoRooms(t, "2031-03-15 11:00"))
	list := h.listText()
	if !strings.Contains(list, "now, 1 h left") {
		t.Fatalf("Lighthouse keepers runs 11:00–12:00: at 11:00 it has 1 h left:\n%s", list)
	}
	if strings.Contains(list, "60 min") {
		t.Fatalf("a duration of an hour reads 1 h:\n%s", list)
	}
}
