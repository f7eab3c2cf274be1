package main

import (
	"os"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdExpand replaces $NAME and ${NAME} in FILE with the script's
// variables: a menu served by serve can then name $SERVER's URLs.
func cmdExpand(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: expand FILE")
	}
	path := ts.MkAbs(args[0])
	text, err := os.ReadFile(path)
	ts.Check(err)
	ts.Check(os.WriteFile(path, []byte(os.Expand(string(text), ts.Getenv)), 0o666))
}
