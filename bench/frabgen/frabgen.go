// Package frabgen makes large synthetic frab schedule.xml files in the
// shape of FOSDEM's (a conference block, tracks, a persons list with HTML
// biographies, days of rooms of events with HTML abstracts, links and
// feedback addresses), so reading can be measured at ten times FOSDEM's
// size. Files are deterministic: the same n gives the same bytes on every
// run and machine.
package frabgen

import (
	"bytes"
	"fmt"
	"html"
	"math/rand"
	"strings"
	"time"
)

// seed fixes the file; math/rand's Source is stable across Go releases.
const seed = 20260131

// eventsPerRoomDay is about what a FOSDEM devroom holds in a day.
const eventsPerRoomDay = 15

// Generate returns a schedule of n events over two days, in rooms of
// eventsPerRoomDay events a day, with about as many persons as events.
func Generate(n int) []byte {
	n = max(n, 0)
	g := &generator{r: rand.New(rand.NewSource(seed))}
	g.buf.Grow(512 + n*3200)
	rooms := max(1, (n+2*eventsPerRoomDay-1)/(2*eventsPerRoomDay))
	tracks := max(1, rooms*2/3)
	persons := max(1, n)

	g.printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n  <version>generated</version>\n")
	g.printf("  <conference>\n    <acronym>gencon-%d</acronym>\n    <title>Generated Conference %d</title>\n", n, n)
	g.printf("    <subtitle></subtitle>\n    <start>2026-01-31</start>\n    <end>2026-02-01</end>\n    <days>2</days>\n")
	g.printf("    <time_zone_name>Europe/Brussels</time_zone_name>\n  </conference>\n  <tracks>\n")
	for t := range tracks {
		g.printf("    <track online_qa=\"false\" slug=\"track-%d\">%s</track>\n", t, esc(trackName(t)))
	}
	g.printf("  </tracks>\n  <persons>\n")
	for p := range persons {
		g.printf("    <person id=\"%d\">\n      <name>%s</name>\n      <slug>person_%d</slug>\n", p, esc(g.name(p)), p)
		if p%3 == 0 {
			g.printf("      <biography>%s</biography>\n", esc(g.html(1, 2)))
		} else {
			g.printf("      <biography></biography>\n")
		}
		g.printf("      <extended_biography></extended_biography>\n    </person>\n")
	}
	g.printf("  </persons>\n")

	brussels := time.FixedZone("CET", 3600)
	event := 0
	for day := range 2 {
		date := time.Date(2026, 1, 31+day, 0, 0, 0, 0, brussels)
		g.printf("  <day index=\"%d\" date=\"%s\" start=\"%s\" end=\"%s\">\n", day+1, date.Format(time.DateOnly),
			date.Add(9*time.Hour).Format(time.RFC3339), date.Add(32*time.Hour+59*time.Minute).Format(time.RFC3339))
		for room := range rooms {
			g.printf("    <room name=\"Room %d\" slug=\"room-%d\">\n", room, room)
			start := date.Add(9*time.Hour + 30*time.Minute)
			for range eventsPerRoomDay {
				if event >= n {
					break
				}
				length := time.Duration(20+10*g.r.Intn(5)) * time.Minute
				g.event(event, start, length, room, tracks, persons)
				start = start.Add(length + 5*time.Minute)
				event++
			}
			g.printf("    </room>\n")
		}
		g.printf("  </day>\n")
	}
	g.printf("</schedule>\n")
	return g.buf.Bytes()
}

type generator struct {
	r   *rand.Rand
	buf bytes.Buffer
}

func (g *generator) printf(format string, args ...any) { fmt.Fprintf(&g.buf, format, args...) }

func (g *generator) event(i int, start time.Time, length time.Duration, room, tracks, persons int) {
	track := g.r.Intn(tracks)
	code := fmt.Sprintf("G%05d", i)
	g.printf("      <event guid=\"00000000-0000-5000-8000-%012d\" id=\"%d\">\n", i, 1000+i)
	g.printf("        <date>%s</date>\n        <start>%s</start>\n        <duration>%02d:%02d</duration>\n",
		start.Format(time.RFC3339), start.Format("15:04"), int(length.Hours()), int(length.Minutes())%60)
	g.printf("        <room>Room %d</room>\n        <slug>%s-talk</slug>\n", room, code)
	g.printf("        <url>https://gencon.example.org/schedule/event/%s/</url>\n", code)
	g.printf("        <title>%s</title>\n        <subtitle></subtitle>\n", esc(g.sentence(3+g.r.Intn(6), false)))
	g.printf("        <track slug=\"track-%d\">%s</track>\n        <type>devroom</type>\n        <language>en</language>\n", track, esc(trackName(track)))
	g.printf("        <abstract>%s</abstract>\n        <description></description>\n", esc(g.html(1+g.r.Intn(5), 1+g.r.Intn(4))))
	g.printf("        <feedback_url>https://talks.example.org/gencon/talk/%s/feedback/</feedback_url>\n        <persons>\n", code)
	for k := range 1 + g.r.Intn(3) {
		p := (i*7 + k*13) % persons
		g.printf("          <person id=\"%d\">%s</person>\n", p, esc(g.name(p)))
	}
	g.printf("        </persons>\n        <attachments>\n        </attachments>\n        <links>\n")
	g.printf("          <link href=\"https://chat.example.org/#/room/#track-%d:example.org\">Chat room(web)</link>\n", track)
	g.printf("          <link href=\"https://talks.example.org/gencon/talk/%s/feedback/\">Submit Feedback</link>\n", code)
	g.printf("        </links>\n      </event>\n")
}

// html writes paragraphs of sentences, some with a link, emphasis or a
// list, as FOSDEM's abstracts are written.
func (g *generator) html(paragraphs, sentences int) string {
	var b strings.Builder
	for p := range paragraphs {
		if p > 0 {
			b.WriteByte('\n')
		}
		if g.r.Intn(6) == 0 {
			b.WriteString("<ul>\n")
			for range 2 + g.r.Intn(3) {
				b.WriteString("<li>" + g.sentence(4+g.r.Intn(6), false) + "</li>\n")
			}
			b.WriteString("</ul>")
			continue
		}
		b.WriteString("<p>")
		for s := range sentences {
			if s > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(g.sentence(8+g.r.Intn(14), true))
		}
		b.WriteString("</p>")
	}
	return b.String()
}

func (g *generator) sentence(n int, markup bool) string {
	var b strings.Builder
	for w := range n {
		word := words[g.r.Intn(len(words))]
		if w == 0 {
			word = strings.ToUpper(word[:1]) + word[1:]
		} else {
			b.WriteByte(' ')
		}
		switch {
		case markup && g.r.Intn(40) == 0:
			fmt.Fprintf(&b, `<a href="https://example.org/%s">%s</a>`, word, word)
		case markup && g.r.Intn(50) == 0:
			b.WriteString("<strong>" + word + "</strong>")
		case markup && g.r.Intn(60) == 0:
			b.WriteString(word + " &amp;")
		default:
			b.WriteString(word)
		}
	}
	b.WriteByte('.')
	return b.String()
}

func (g *generator) name(p int) string {
	return firstNames[p%len(firstNames)] + " " + lastNames[(p/len(firstNames))%len(lastNames)]
}

func trackName(t int) string {
	return strings.ToUpper(words[t%len(words)][:1]) + words[t%len(words)][1:] + fmt.Sprintf(" & %s %d", words[(t*7+3)%len(words)], t)
}

func esc(s string) string { return html.EscapeString(s) }

var words = strings.Fields(`kernel compiler network storage browser graphics audio video database
	container cluster scheduler package distribution firmware hardware driver protocol library
	runtime memory security privacy identity translation community funding policy licence
	testing release mirror archive embedded mobile robot radio satellite sensor camera keyboard
	terminal editor shell script language grammar parser type module build cache index search`)

var firstNames = strings.Fields(`Ada Ben Chiara Dmitri Elif Farid Greta Hana Ines Jonas Kofi Lena Mateo Nadia Oskar Priya
	Quentin Rosa Sven Tariq Ursula Viktor Wen Xenia Yusuf Zofia`)

var lastNames = strings.Fields(`Andersen Brenner Castillo Dubois Eriksen Fontaine Garcia Horvath Ito Jansen Kowalczyk
	Lindqvist Moreau Novak Okafor Petrov Quispe Rossi Schmidt Tanaka Ueda Varga Weber Xu Yilmaz Zimmermann`)
