package main

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/bench/vtterm"
)

// runEnv makes the re-executed test binary run the program itself.
const runEnv = "MINIMAL_RUN_PROGRAM"

const wait = 10 * time.Second

func TestMain(m *testing.M) {
	if os.Getenv(runEnv) == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// programCmd re-runs this test binary as the program. TERM is left out of
// its environment so the terminal's own (xterm-256color) applies, whatever
// the machine running the tests has.
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

// csi matches one control sequence, for checking that nothing but terminal
// modes follows the program's exit from the alternate screen.
var csi = regexp.MustCompile(`\x1b\[[0-9;?<>=]*[ -/]*[@-~]`)

func TestKeysOnRealTerminal(t *testing.T) {
	vt, err := vtterm.Start(programCmd(), 80, 24)
	if err != nil {
		t.Fatal(err)
	}
	defer vt.Close()

	screen, err := vt.WaitForText(wait, "count: 0")
	if err != nil {
		t.Fatal(err)
	}
	if vt.Line(0) != "minimal" || vt.Line(1) != "count: 0" || !vt.AltScreen() {
		t.Errorf("first frame:\n%s", screen)
	}
	for _, step := range []struct{ key, want string }{
		{"j", "count: 1"},
		{"\x1b[B", "count: 2"}, // down arrow
		{"x", ""},              // ignored
		{"j", "count: 3"},
	} {
		if err := vt.Send(step.key); err != nil {
			t.Fatal(err)
		}
		if step.want == "" {
			continue
		}
		if _, err := vt.WaitForText(wait, step.want); err != nil {
			t.Fatalf("after %q: %v", step.key, err)
		}
	}
	if err := vt.Send("q"); err != nil {
		t.Fatal(err)
	}
	code, err := vt.Wait(wait)
	if err != nil || code != 0 {
		t.Fatalf("exit = %d, %v; want 0", code, err)
	}
	raw := string(vt.Raw())
	i := strings.LastIndex(raw, "\x1b[?1049l")
	if i < 0 {
		t.Fatalf("never left the alternate screen; output %q", raw)
	}
	if rest := raw[i:]; csi.ReplaceAllString(rest, "") != "" || strings.Contains(rest, "\x1b[?1049h") {
		t.Errorf("output after leaving the alternate screen: %q", rest)
	}
	if vt.AltScreen() {
		t.Error("terminal still on the alternate screen")
	}
}

func TestCtrlCQuits(t *testing.T) {
	vt, err := vtterm.Start(programCmd(), 80, 24)
	if err != nil {
		t.Fatal(err)
	}
	defer vt.Close()
	if _, err := vt.WaitForText(wait, "count: 0"); err != nil {
		t.Fatal(err)
	}
	if err := vt.Send("\x03"); err != nil {
		t.Fatal(err)
	}
	if code, err := vt.Wait(wait); err != nil || code != 0 {
		t.Fatalf("exit = %d, %v; want 0", code, err)
	}
}
