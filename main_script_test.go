package main

// The command line's behaviour is told as transcripts, in
// testdata/script/*.txtar: each runs summit-tui as a person at a shell
// would, with its own home and XDG directories under $WORK, and says what
// it prints and how it exits. Besides testscript's own commands they use:
//
//	exits N PROGRAM [ARGS...]  run PROGRAM; it must exit with status N
//	serve DIR                  an HTTP server on 127.0.0.1 for the files in
//	                           DIR, at $SERVER, until the script ends
//	closedport                 $CLOSED: an http URL whose port nobody listens on
//	expand FILE                replace $NAME in FILE with the script's variables
//	truncate FILE SIZE         set FILE's size, sparse as truncate -s makes it
//	pagegen FILE N             write a sessions page of N talks (bench/pagegen)
//	tlsserve DIR NAMES         an https server for DIR at $TLSSERVER, its
//	                           certificate for the names in NAMES, its
//	                           authority in $WORK/ca.pem
//
// and the condition [root], for what root may do regardless of
// permissions.
//
// go test -run TestScript -update rewrites the files that cmp compares
// with stdout or stderr; review the diff before committing it.

import (
	"errors"
	"flag"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/summit-tui/summit-tui/bench/pagegen"
)

var updateScripts = flag.Bool("update", false, "rewrite the output that testdata/script's transcripts compare with")

// TestMain lets the test binary run as summit-tui when a transcript calls
// it, and otherwise runs the tests.
func TestMain(m *testing.M) {
	if os.Getenv(holdLockEnv) != "" {
		// The helper process TestE2ELockedBookmarks starts to hold the lock
		// runs no transcript, and it ends by os.Exit, which would skip
		// testscript's removal of the copy of this binary it makes.
		os.Exit(m.Run())
	}
	testscript.Main(thenRemoveBinary{m}, map[string]func(){
		"summit-tui": main,
	})
}

// thenRemoveBinary runs the tests, then removes the binary the end-to-end
// tests built.
type thenRemoveBinary struct{ m *testing.M }

func (t thenRemoveBinary) Run() int {
	code := t.m.Run()
	removeBinary()
	return code
}

func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join("testdata", "script"),
		UpdateScripts: *updateScripts,
		Setup: func(env *testscript.Env) error {
			// Under -race, each summit-tui would otherwise wait a second as
			// it exits, for race reports from other goroutines.
			if os.Getenv("GORACE") == "" {
				env.Setenv("GORACE", "atexit_sleep_ms=10")
			}
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":      cmdExits,
			"serve":      cmdServe,
			"closedport": cmdClosedPort,
			"truncate":   cmdTruncate,
			"pagegen":    cmdPagegen,
			"tlsserve":   cmdTLSServe,
			"expand":     cmdExpand,
			"listening":  cmdListening,
		},
		Condition: func(cond string) (bool, error) {
			if cond == "root" {
				return os.Geteuid() == 0, nil
			}
			return false, errors.New("unknown condition")
		},
	})
}

// cmdExits runs a program and checks its exit status, which "!" alone
// cannot tell apart: 1 for an error, 2 for a usage error.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits STATUS PROGRAM [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: status %q is not a number", args[0])
	}
	got := 0
	var exit *exec.ExitError
	switch err := ts.Exec(args[1], args[2:]...); {
	case errors.As(err, &exit):
		got = exit.ExitCode()
	case err != nil:
		ts.Fatalf("%s: %v", args[1], err)
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// cmdServe serves each file as it is at the time of the request, with no
// Last-Modified or ETag: a file changed within the same second is still
// sent afresh, and a file removed is 404 Not Found.
func cmdServe(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: serve DIR")
	}
	dir := ts.MkAbs(args[0])
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(path.Clean("/"+r.URL.Path))))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Write(body)
	}))
	ts.Defer(srv.Close)
	ts.Setenv("SERVER", srv.URL)
}

// cmdClosedPort takes a free port and lets it go again: a fetch from it is
// refused, as from a server that is down.
func cmdClosedPort(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 0 {
		ts.Fatalf("usage: closedport")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	ts.Check(err)
	addr := l.Addr().String()
	ts.Check(l.Close())
	ts.Setenv("CLOSED", "http://"+addr)
}

func cmdTruncate(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: truncate FILE SIZE")
	}
	size, err := strconv.ParseInt(args[1], 10, 64)
	if err != nil {
		ts.Fatalf("truncate: size %q is not a number", args[1])
	}
	ts.Check(os.Truncate(ts.MkAbs(args[0]), size))
}

// cmdPagegen writes a page too large to keep in a transcript: one the
// browser opens on a preview of its first talks.
func cmdPagegen(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: pagegen FILE N")
	}
	n, err := strconv.Atoi(args[1])
	if err != nil {
		ts.Fatalf("pagegen: %q is not a number of talks", args[1])
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), pagegen.Generate(n), 0o666))
}
