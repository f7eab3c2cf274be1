package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// bigSchedule writes a frab schedule whose JSON export is several
// megabytes, more than an SSH channel's window, and returns its path.
func bigSchedule(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("<?xml version='1.0' encoding='utf-8' ?>\n<schedule><version>1</version><conference><acronym>big</acronym><title>Big Days</title><start>2031-03-15</start><end>2031-03-15</end><days>1</days><time_zone_name>UTC</time_zone_name></conference>\n")
	b.WriteString("<day date='2031-03-15' index='1' start='2031-03-15T09:00:00+00:00' end='2031-03-16T03:00:00+00:00'><room name='Aula'>\n")
	abstract := strings.Repeat("A long abstract about harbours and their data. ", 40)
	for i := range 2000 {
		fmt.Fprintf(&b, "<event guid='big-%d' id='%d'><date>2031-03-15T09:00:00+00:00</date><start>09:00</start><duration>00:30</duration><room>Aula</room><slug>big-%d</slug><title>Talk %d</title><track>Main</track><abstract>%s</abstract><persons><person id='%d'>Speaker %d</person></persons></event>\n", i, i+1, i, i, abstract, i+1, i)
	}
	b.WriteString("</room></day></schedule>\n")
	path := filepath.Join(t.TempDir(), "big.xml")
	writeFile(t, path, b.String())
	return path
}

// TestServeStalledCommand: a command whose client stops reading its
// output is cut off after the write deadline, even with no idle timeout,
// rather than hold its session (and a place under --max-sessions) for
// good.
func TestServeStalledCommand(t *testing.T) {
	t.Parallel()
	srv := startServe(t, bigSchedule(t), "", func(o *serveOptions) {
		o.IdleTimeout = 0
		o.WriteDeadline = 500 * time.Millisecond
	})
	c := dialServe(t, srv.Addr(), newKey(t))
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if _, err := sess.StdoutPipe(); err != nil { // never read
		t.Fatal(err)
	}
	if err := sess.Start("export"); err != nil {
		t.Fatal(err)
	}
	ended := make(chan error, 1)
	go func() { ended <- sess.Wait() }()
	select {
	case <-ended:
	case <-time.After(e2eTimeout):
		t.Fatal("a command whose client stopped reading was never cut off")
	}
	for deadline := time.Now().Add(e2eTimeout); !strings.Contains(srv.opts.Log.(*testLog).String(), "cut off"); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no log line says the client was cut off:\n%s", srv.opts.Log.(*testLog))
		}
	}
}
