package data

import (
	"strings"
)

// The list layout of a sessions page ("View all the presentations from
// …") gives each talk as
//
//	• Title
//	Name, Company & Name, Company
//	View Description
//	The abstract…
//
// with track headers between the talks. Copies of such pages lose a
// talk's title now and then; the talk is kept, abstract and all, under
// untitledTalk. "View Description" anchors each talk: what comes before it
// is the talk's head, what comes after its abstract.

// untitledTalk is the title of a talk whose title the page lost.
const untitledTalk = "Untitled talk"

// findListTalks finds every talk of a page in the list layout, from line
// body on.
func findListTalks(lines []pageLine, body int) []talkSpan {
	var talks []talkSpan
	from := body // lines before from belong to talks already found
	for i := body; i < len(lines); i++ {
		if !isViewDescription(lines[i]) {
			continue
		}
		t := anchoredTalk(lines, from, i)
		talks = append(talks, talksWithoutDescription(lines, from, t.start)...)
		talks = append(talks, t)
		from = i + 1
	}
	return append(talks, talksWithoutDescription(lines, from, len(lines))...)
}

// isViewDescription recognises the line that comes before each abstract.
func isViewDescription(l pageLine) bool {
	return isPageButton(l.text) && strings.EqualFold(buttonLabel(l.text), "View Description")
}

// anchoredTalk reads the head of the talk whose "View Description" line is
// lines[at]: the speakers line before it and the title bullet before that,
// looking no further back than from.
func anchoredTalk(lines []pageLine, from, at int) talkSpan {
	t := talkSpan{title: untitledTalk, untitled: true, start: at, end: at + 1}
	p1 := prevNonBlank(lines, from, at)
	if p1 < 0 || isBullet(lines[at]) && !isBullet(lines[p1]) {
		// A bulleted "• View Description" is a talk whose bullet lost both
		// its title and its speakers: the line before it is a track
		// header or the end of the talk before, not this talk's head.
		return t
	}
	t.start = p1
	if isBullet(lines[p1]) {
		text := bulletText(lines[p1])
		p2 := prevNonBlank(lines, from, p1)
		switch {
		case p2 >= 0 && isBullet(lines[p2]) && isSpeakerLine(text):
			// "• Title", "• Name, Company": the speakers are bulleted too.
			t.speakers = parseSpeakerLine(text)
			t.start = p2
			setTitle(&t, bulletText(lines[p2]))
		default:
			// A title with no speakers, or the bullet of a lost title.
			setTitle(&t, text)
		}
		return t
	}
	t.speakers = parseSpeakerLine(lines[p1].text)
	if p2 := prevNonBlank(lines, from, p1); p2 >= 0 && isBullet(lines[p2]) {
		t.start = p2
		setTitle(&t, bulletText(lines[p2]))
	}
	return t
}

// talksWithoutDescription finds the talks between lines[from] and
// lines[to] that have no "View Description" line, and so no abstract: a
// title bullet, a line that can only be speakers, then another bullet, a
// track header or the end of the stretch. Anything looser would read an
// abstract's list as talks.
func talksWithoutDescription(lines []pageLine, from, to int) []talkSpan {
	var talks []talkSpan
	for i := from; i < to; i++ {
		if !isBullet(lines[i]) || bulletText(lines[i]) == "" || longerThan(lines[i].text, maxTitleRunes) {
			continue
		}
		s := nextNonBlank(lines, i+1, to)
		if s < 0 || isBullet(lines[s]) || !isSpeakerLine(lines[s].text) {
			continue
		}
		after := nextNonBlank(lines, s+1, to)
		if after >= 0 && !isBullet(lines[after]) {
			if !isTrackHeader(lines[after].text) {
				continue
			}
			if next := nextNonBlank(lines, after+1, to); next >= 0 && !isBullet(lines[next]) {
				continue
			}
		}
		talks = append(talks, talkSpan{
			title:    bulletText(lines[i]),
			start:    i,
			end:      s + 1,
			speakers: parseSpeakerLine(lines[s].text),
		})
		i = s
	}
	return talks
}

func setTitle(t *talkSpan, title string) {
	if title != "" {
		t.title, t.untitled = title, false
	}
}

func isBullet(l pageLine) bool { return strings.HasPrefix(l.text, "•") }

func bulletText(l pageLine) string { return strings.TrimSpace(strings.TrimPrefix(l.text, "•")) }

// prevNonBlank returns the last non-blank line in lines[from:before], or -1.
func prevNonBlank(lines []pageLine, from, before int) int {
	for i := before - 1; i >= from; i-- {
		if !lines[i].blank() {
			return i
		}
	}
	return -1
}

// nextNonBlank returns the first non-blank line in lines[from:to], or -1.
func nextNonBlank(lines []pageLine, from, to int) int {
	for i := from; i < to; i++ {
		if !lines[i].blank() {
			return i
		}
	}
	return -1
}
