package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/bench/vtterm"
)

// runEnv makes the re-executed test binary run the program itself.
const runEnv = "GLAMOURREF_RUN_PROGRAM"

const wait = 10 * time.Second

func TestMain(m *testing.M) {
	if os.Getenv(runEnv) == "1" {
		os.Args = os.Args[:1]
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// programCmd re-runs this test binary as the program, on the terminal's
// own TERM.
func programCmd() *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TERM=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, runEnv+"=1")
	return cmd
}

// TestRendersAndCounts: the counter answers keys as the minimal
// program's does, and Glamour's rendering arrives.
func TestRendersAndCounts(t *testing.T) {
	vt, err := vtterm.Start(programCmd(), 80, 24)
	if err != nil {
		t.Fatal(err)
	}
	defer vt.Close()
	if _, err := vt.WaitForText(wait, "count: 0"); err != nil {
		t.Fatal(err)
	}
	if _, err := vt.WaitForText(wait, "rendered"); err != nil {
		t.Fatalf("Glamour's line never came: %v", err)
	}
	if strings.Contains(vt.Line(2), "render failed") || strings.Contains(vt.Line(2), "*") {
		t.Errorf("rendered line %q: want the Markdown rendered", vt.Line(2))
	}
	for i, key := range []string{"j", "\x1b[B", "j"} {
		if err := vt.Send(key); err != nil {
			t.Fatal(err)
		}
		if _, err := vt.WaitForText(wait, "count: "+string(rune('1'+i))); err != nil {
			t.Fatalf("after %q: %v", key, err)
		}
	}
	if err := vt.Send("q"); err != nil {
		t.Fatal(err)
	}
	if code, err := vt.Wait(wait); err != nil || code != 0 {
		t.Fatalf("exit = %d, %v; want 0", code, err)
	}
	if vt.AltScreen() {
		t.Error("terminal still on the alternate screen")
	}
}
