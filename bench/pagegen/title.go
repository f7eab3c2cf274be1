package pagegen

import "strconv"

// titleTries bounds the redraws on a clash before a title is made unique
// with a "(Part N)" suffix instead.
const titleTries = 20

// title returns a talk title not used before on the page.
func (g *generator) title() string {
	for range titleTries {
		t := g.drawTitle()
		if !g.titles[t] {
			g.titles[t] = true
			return t
		}
	}
	base := g.drawTitle()
	for part := 2; ; part++ {
		t := base + " (Part " + strconv.Itoa(part) + ")"
		if !g.titles[t] {
			g.titles[t] = true
			return t
		}
	}
}

func (g *generator) drawTitle() string {
	// One title in 40 carries accents or CJK.
	if g.r.Intn(40) == 0 {
		return g.pick(adjectives) + " " + g.pick(nouns) + ": " + g.pick(foreignPhrases)
	}
	switch g.r.Intn(8) {
	case 0:
		return g.pick(gerunds) + " " + g.pick(adjectives) + " " + g.pick(nouns) + " with " + g.pick(techs)
	case 1:
		return g.pick(adjectives) + " " + g.pick(nouns) + ": " + g.pick(phrases)
	case 2:
		return g.pick(gerunds) + " " + g.pick(nouns) + " at " + g.pick(companyStems)
	case 3:
		return "From " + g.pick(nouns) + " to " + g.pick(adjectives) + " " + g.pick(nouns) + ": " + g.pick(phrases)
	case 4:
		return g.pick(techs) + " in Production: " + g.pick(phrases)
	case 5:
		return "Is " + g.pick(techs) + " the Answer to " + g.pick(adjectives) + " " + g.pick(nouns) + "?"
	case 6:
		return "How " + g.pick(companyStems) + " Uses " + g.pick(techs) + " for " + g.pick(adjectives) + " " + g.pick(nouns)
	default:
		return g.pick(gerunds) + " " + g.pick(techs) + ": " + g.pick(phrases)
	}
}
