package data

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/summit-tui/summit-tui/data/export"
)

// TestOpenGolden: the JSON export of the project's own schedule in each
// format, reviewed like code; each golden file is named after the file it
// opens. Refresh with `go test ./data -update` and review the diff.
func TestOpenGolden(t *testing.T) {
	for _, file := range []string{
		"good_frab_devroom.xml",
		"good_frab_congress.xml",
		"good_pretalx.json",
		"good_frab_camp.json",
		"good_schedule2.json",
		"good_sessionize.json",
		"good_ical_utc.ics",
		"good_ical_floating.ics",
	} {
		name := strings.TrimPrefix(file, "good_")
		t.Run(name[:strings.LastIndexByte(name, '.')]+".json", func(t *testing.T) {
			o := mustOpen(t, file, OpenOptions{})
			var out bytes.Buffer
			if err := export.WriteJSON(&out, o.Schedule); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, out.Bytes())
		})
	}
}
