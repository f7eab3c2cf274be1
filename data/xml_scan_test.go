package data

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// decodeFrabStd reads a schedule with encoding/xml, strictly: the
// reference the scanner is held to on well-formed documents.
func decodeFrabStd(raw []byte) (frabXML, bool) {
	var doc frabXML
	dec := xml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(raw, bomUTF8)))
	dec.CharsetReader = func(string, io.Reader) (io.Reader, error) { return nil, os.ErrInvalid }
	if err := dec.Decode(&doc); err != nil {
		return frabXML{}, false
	}
	return doc, true
}

// TestScanXMLMatchesEncodingXML: on every test schedule that is
// well-formed XML, the scanner reads what encoding/xml reads.
func TestScanXMLMatchesEncodingXML(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(schedulesDir, "*.xml"))
	compared := 0
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want, ok := decodeFrabStd(raw)
		if !ok {
			continue
		}
		compared++
		root, err := scanXML(raw)
		if err != nil {
			t.Errorf("%s: encoding/xml reads it, the scanner says %v", file, err)
			continue
		}
		if got := frabFromTree(root); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the scanner reads\n%+v\nencoding/xml reads\n%+v", file, got, want)
		}
	}
	if compared < 3 {
		t.Errorf("only %d test schedules compared", compared)
	}
}

// TestScanXMLLenient: what the scanner takes that strict XML refuses, and
// what it still refuses.
func TestScanXMLLenient(t *testing.T) {
	for in, want := range map[string]string{
		"<schedule><title>caf&eacute;&nbsp;x</title></schedule>":                     "café\u00a0x",
		"<schedule><title>a &unknown; b</title></schedule>":                          "a &unknown; b",
		"<schedule><title>x<b>bold</b>y</title></schedule>":                          "xy",
		"<schedule><title><![CDATA[<p>raw</p>]]></title></schedule>":                 "<p>raw</p>",
		"<schedule><title>one<!-- c -->two</title></schedule>":                       "onetwo",
		"<!DOCTYPE schedule [<!ENTITY x 'y'>]><schedule><title>t</title></schedule>": "t",
		"<schedule><title>t</title></stray></schedule>":                              "t",
		"<schedule><conference><title>t</title></schedule>":                          "",
	} {
		root, err := scanXML([]byte(in))
		if err != nil {
			t.Errorf("scanXML(%q): %v", in, err)
			continue
		}
		if got := root.child("title"); got != want {
			t.Errorf("scanXML(%q): title %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"<schedule><title>cut", "<schedule", "<schedule><title a=1>x</title></schedule>", "<schedule><!-- open", "just text", "<schedule><1/></schedule>"} {
		if _, err := scanXML([]byte(in)); err == nil {
			t.Errorf("scanXML(%q) took it", in)
		}
	}
}

// FuzzScanXML holds the scanner to encoding/xml on every well-formed
// document: the same schedule, field for field.
func FuzzScanXML(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(schedulesDir, "*.xml"))
	for _, file := range files {
		if raw, err := os.ReadFile(file); err == nil {
			f.Add(raw)
		}
	}
	f.Add([]byte(`<schedule><day date="d"><room name="r"><event guid="g" guid="h"><title>a&amp;b<x>y</x>c</title><title>last</title></event></room></day></schedule>`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		root, err := scanXML(raw)
		want, ok := decodeFrabStd(raw)
		if !ok || strings.Contains(strings.ToLower(string(raw[:min(len(raw), 100)])), "encoding") {
			return
		}
		if err != nil {
			t.Fatalf("encoding/xml reads %q, the scanner says %v", raw, err)
		}
		if got := frabFromTree(root); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: the scanner reads\n%+v\nencoding/xml reads\n%+v", raw, got, want)
		}
	})
}
