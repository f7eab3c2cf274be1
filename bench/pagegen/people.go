package pagegen

import "math/rand"

// makeCompanies draws the company pool: distinct "Stem Kind" names, with a
// few joint ones ("A / B") as the seed has.
func makeCompanies(r *rand.Rand) []string {
	seen := make(map[string]bool, companies)
	out := make([]string, 0, companies)
	for len(out) < companies {
		c := companyStems[r.Intn(len(companyStems))] + " " + companyKinds[r.Intn(len(companyKinds))]
		if seen[c] {
			continue
		}
		seen[c] = true
		out = append(out, c)
	}
	for i := 0; i < companies; i += 20 {
		out[i] += " / " + companyStems[r.Intn(len(companyStems))]
	}
	return out
}

// makeSpeakers draws the speaker pool: distinct names, each working for one
// company, about three people to a company.
func makeSpeakers(r *rand.Rand, companies []string) []speaker {
	seen := make(map[string]bool, speakers)
	out := make([]speaker, 0, speakers)
	for len(out) < speakers {
		name := firstNames[r.Intn(len(firstNames))]
		if r.Intn(10) == 0 {
			name += " " + middleInitials[r.Intn(len(middleInitials))]
		}
		name += " " + lastNames[r.Intn(len(lastNames))]
		if seen[name] {
			continue
		}
		seen[name] = true
		// The first speakers cover every company once, so all of them
		// appear on a page of any size worth measuring.
		c := len(out)
		if c >= len(companies) {
			c = r.Intn(len(companies))
		}
		out = append(out, speaker{name: name, company: companies[c]})
	}
	return out
}
