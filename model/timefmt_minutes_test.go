package model

import "testing"

// One way a length of time reads everywhere: hours and minutes, never a
// count of minutes past sixty.
func TestFormatMinutes(t *testing.T) {
	for _, tt := range []struct {
		m    int
		want string
	}{
		{0, "0 min"},
		{-5, "0 min"},
		{1, "1 min"},
		{59, "59 min"},
		{60, "1 h"},
		{105, "1 h 45 min"},
		{570, "9 h 30 min"},
		{1500, "25 h"},
	} {
		if got := FormatMinutes(tt.m); got != tt.want {
			t.Errorf("FormatMinutes(%d) = %q, want %q", tt.m, got, tt.want)
		}
	}
}
