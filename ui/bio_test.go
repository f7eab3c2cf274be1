package ui

import (
	"testing"

	"github.com/summit-tui/summit-tui/model"
)

// bioSchedule has one speaker with a bio and one without.
func bioSchedule() model.Schedule {
	return model.Schedule{
		Conference: "Bio Conf",
		Tracks:     []string{"Main"},
		Sessions: []model.Session{
			{ID: "logs", Key: "logs", Title: "Logs All the Way Down", Track: "Main", Abstract: "Why the log is the database.",
				Speakers: []model.Speaker{{Name: "Ada Lovelace", Company: "Engines", Bio: "Ada writes programs for engines that do not exist yet.\n\n- first programmer\n- poet of science"}}},
			{ID: "tables", Key: "tables", Title: "Tables Too", Track: "Main",
				Speakers: []model.Speaker{{Name: "Bo Chen", Company: "Initech"}}},
		},
	}
}

// A speaker's bio is shown, rendered as an abstract is (its list as a
// list), in the speakers index and on the person's page; a speaker
// without one shows none.
func TestSpeakerBioShown(t *testing.T) {
	for _, width := range []int{120, 80} {
		h := newHarness(t, width, 40, withSchedule(bioSchedule()))
		h.press("s") // the index, on Ada
		if width >= 100 {
			h.requireScreenContains("About Ada Lovelace", "Ada writes programs for engines that do not exist yet.", "• first programmer")
			h.press("j") // Bo Chen has no bio
			h.requireScreenContains("Bo Chen")
			h.requireScreenLacks("About ", "Ada writes programs")
			h.press("k")
		}
		h.press("enter") // Ada's page: her talk, its abstract, then her bio
		if width < 100 {
			h.press("enter")
		}
		h.requireScreenContains("Why the log is the database.", "About Ada Lovelace", "Ada writes programs for engines", "• poet of science")
		// A talk's page elsewhere does not carry the bio.
		h = newHarness(t, width, 40, withSchedule(bioSchedule()))
		if width < 100 {
			h.press("enter")
		}
		h.requireScreenContains("Why the log is the database.")
		h.requireScreenLacks("About Ada Lovelace")
	}
}
