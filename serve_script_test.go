package main

import (
	"net"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdListening holds a port on 127.0.0.1 open until the script ends, at
// $LISTENING (host:port): a server told to listen there finds it taken.
func cmdListening(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 0 {
		ts.Fatalf("usage: listening")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	ts.Check(err)
	ts.Defer(func() { l.Close() })
	ts.Setenv("LISTENING", l.Addr().String())
}
