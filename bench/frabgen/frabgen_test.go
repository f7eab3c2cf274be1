package frabgen

import (
	"bytes"
	"encoding/xml"
	"testing"
)

func TestGenerateIsDeterministic(t *testing.T) {
	if !bytes.Equal(Generate(300), Generate(300)) {
		t.Error("two runs gave different files")
	}
}

// TestGenerateShape: well-formed XML with n events over two days.
func TestGenerateShape(t *testing.T) {
	for _, n := range []int{0, 1, 31, 900} {
		var doc struct {
			XMLName xml.Name
			Days    []struct {
				Rooms []struct {
					Events []struct {
						Title    string `xml:"title"`
						Abstract string `xml:"abstract"`
					} `xml:"event"`
				} `xml:"room"`
			} `xml:"day"`
			Persons []struct{} `xml:"persons>person"`
		}
		if err := xml.Unmarshal(Generate(n), &doc); err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		events := 0
		for _, d := range doc.Days {
			for _, r := range d.Rooms {
				for _, e := range r.Events {
					events++
					if e.Title == "" || e.Abstract == "" {
						t.Fatalf("n=%d: an event without title or abstract", n)
					}
				}
			}
		}
		if doc.XMLName.Local != "schedule" || len(doc.Days) != 2 || events != n || len(doc.Persons) != max(1, n) {
			t.Errorf("n=%d: root %s, %d days, %d events, %d persons", n, doc.XMLName.Local, len(doc.Days), events, len(doc.Persons))
		}
	}
}
