package model

import "strings"

// slotKeySep joins a slot key's parts. Slug never writes two hyphens in a
// row, so the parts stay apart whatever the title or room.
const slotKeySep = "--"

// SlotKey names a session by what identifies it in a schedule without
// stable keys of its own: its title, when it starts and its room
// ("open-space--20150919t143000z--room-d"). when is the start as the
// source gives it, so that reading the file in another zone keeps the
// key; empty for a session without a time, and room empty when it has
// none. Removing one of several sessions of the same title then moves no
// other session's key, as a counter would.
func SlotKey(title, when, room string) string {
	key := Slug(title)
	if when = strings.TrimSpace(when); when != "" {
		key += slotKeySep + Slug(when)
	}
	if strings.TrimSpace(room) != "" {
		key += slotKeySep + Slug(room)
	}
	return key
}
