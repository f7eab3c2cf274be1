package data

// Sessionize's API has views besides All: Sessions (the sessions in
// groups) and GridSmart (the days, each with its rooms and their
// sessions), which many conference sites fetch. Both are JSON arrays, and
// name speakers, rooms and categories inside each session; they are read
// into All's shape.

// sessionizeView is one element of the Sessions view (a group) or of
// the GridSmart view (a day).
type sessionizeView struct {
	Sessions []sessionizeSession `json:"sessions"`
	Rooms    []struct {
		ID       flexString          `json:"id"`
		Name     flexString          `json:"name"`
		Sessions []sessionizeSession `json:"sessions"`
	} `json:"rooms"`
}

// allOf gathers the views' sessions, once each, with the rooms and the
// categories they name, as view/All would list them.
func allOf(views []sessionizeView) sessionizeAll {
	var doc sessionizeAll
	seen := map[string]bool{}
	rooms := map[string]bool{}
	categories := map[string]int{} // index in doc.Categories, by title
	items := map[string]bool{}
	add := func(in sessionizeSession) {
		if id := in.ID.String(); id != "" {
			if seen[id] {
				return
			}
			seen[id] = true
		}
		for _, c := range in.Categories {
			title := c.title()
			at, ok := categories[title]
			if !ok {
				at = len(doc.Categories)
				categories[title] = at
				doc.Categories = append(doc.Categories, sessionizeCategory{ID: c.ID, Title: flexString(title)})
			}
			for _, it := range c.items() {
				in.CategoryItems = append(in.CategoryItems, it.ID)
				if !items[it.ID.String()] {
					items[it.ID.String()] = true
					doc.Categories[at].Items = append(doc.Categories[at].Items, it)
				}
			}
		}
		in.Categories = nil
		if id := in.RoomID.String(); id != "" && !rooms[id] && in.Room.String() != "" {
			rooms[id] = true
			doc.Rooms = append(doc.Rooms, sessionizeRoom{ID: in.RoomID, Name: in.Room})
		}
		doc.Sessions = append(doc.Sessions, in)
	}
	for _, v := range views {
		for _, r := range v.Rooms {
			if id := r.ID.String(); id != "" && !rooms[id] {
				rooms[id] = true
				doc.Rooms = append(doc.Rooms, sessionizeRoom{ID: r.ID, Name: r.Name})
			}
			for _, in := range r.Sessions {
				add(in)
			}
		}
		for _, in := range v.Sessions {
			add(in)
		}
	}
	return doc
}
