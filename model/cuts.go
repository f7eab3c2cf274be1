package model

// Cuts counts what reading cut short or left out to keep a schedule
// within bounds, so that a command can say so rather than change the
// schedule silently.
type Cuts struct {
	// Fields is how many one-line fields (titles, names, rooms, tracks,
	// types, link titles) were cut short, an ellipsis at their end.
	Fields int
	// Links is how many links were too long to keep and were dropped.
	Links int
	// Texts is how many texts of the source (any string of a JSON
	// schedule) were too long to read whole and were cut before reading.
	Texts int
}

// Add is the sum of two counts.
func (c Cuts) Add(d Cuts) Cuts {
	return Cuts{Fields: c.Fields + d.Fields, Links: c.Links + d.Links, Texts: c.Texts + d.Texts}
}
