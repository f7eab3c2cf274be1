package vtterm_test

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/summit-tui/summit-tui/bench/vtterm"
)

// wait is generous: these tests check behaviour, not speed, and run under
// -race on a shared 2-core machine.
const wait = 10 * time.Second

func TestScreenLinesAndExitCode(t *testing.T) {
	vt := start(t, "hello", 40, 6)
	if _, err := vt.WaitForText(wait, "TERM="); err != nil {
		t.Fatal(err)
	}
	code, err := vt.Wait(wait)
	if err != nil {
		t.Fatal(err)
	}
	if code != 3 {
		t.Errorf("exit code = %d, want 3", code)
	}
	want := "hello\nwörld 世界\nTERM=xterm-256color\n\n\n"
	if got := vt.Screen(); got != want {
		t.Errorf("Screen() = %q, want %q", got, want)
	}
	if got := vt.Line(1); got != "wörld 世界" {
		t.Errorf("Line(1) = %q", got)
	}
	if got := vt.Line(99); got != "" {
		t.Errorf("Line(99) = %q, want empty", got)
	}
	raw := string(vt.Raw())
	if !strings.HasPrefix(raw, "hello\r\n") {
		t.Errorf("Raw() = %q, want it to start with the program's output", raw)
	}
	var n int
	for _, c := range vt.Chunks() {
		n += c.Len
		if c.At.Before(vt.StartedAt()) {
			t.Errorf("chunk at %v before start %v", c.At, vt.StartedAt())
		}
	}
	if n != len(raw) {
		t.Errorf("chunks cover %d bytes, raw has %d", n, len(raw))
	}
}

func TestTERMFromEnvIsKept(t *testing.T) {
	cmd := helperCmd("hello")
	cmd.Env = append(cmd.Env, "TERM=vt100")
	vt, err := vtterm.Start(cmd, 40, 6)
	if err != nil {
		t.Fatal(err)
	}
	defer vt.Close()
	if _, err := vt.WaitForText(wait, "TERM=vt100"); err != nil {
		t.Fatal(err)
	}
}

// With cmd.Env nil the program inherits our environment, but not our TERM:
// a CI's TERM=dumb must not reach it.
func TestInheritedTERMIsReplaced(t *testing.T) {
	t.Setenv("TERM", "dumb")
	t.Setenv(helperEnv, "hello")
	vt, err := vtterm.Start(exec.Command(os.Args[0], "-test.run=^$"), 40, 6)
	if err != nil {
		t.Fatal(err)
	}
	defer vt.Close()
	if _, err := vt.WaitForText(wait, "TERM=xterm-256color"); err != nil {
		t.Fatal(err)
	}
}

func TestWaitForTimeoutShowsScreen(t *testing.T) {
	vt := start(t, "size", 30, 4)
	if _, err := vt.WaitForText(wait, "size 30x4"); err != nil {
		t.Fatal(err)
	}
	_, err := vt.WaitForText(100*time.Millisecond, "never shown")
	var we *vtterm.WaitError
	if !errors.As(err, &we) {
		t.Fatalf("err = %v, want a *WaitError", err)
	}
	if !strings.Contains(err.Error(), "│size 30x4") {
		t.Errorf("error does not show the screen:\n%v", err)
	}
}

func TestWaitForEndsWithOutput(t *testing.T) {
	vt := start(t, "hello", 40, 6)
	begin := time.Now()
	_, err := vt.WaitForText(wait, "never shown")
	if err == nil || !strings.Contains(err.Error(), "output ended") {
		t.Fatalf("err = %v, want output ended", err)
	}
	if d := time.Since(begin); d > wait/2 {
		t.Errorf("took %v: should give up when the program's output ends", d)
	}
}

func TestResize(t *testing.T) {
	vt := start(t, "size", 80, 24)
	if _, err := vt.WaitForText(wait, "size 80x24"); err != nil {
		t.Fatal(err)
	}
	if err := vt.Resize(100, 30); err != nil {
		t.Fatal(err)
	}
	if _, err := vt.WaitForText(wait, "size 100x30"); err != nil {
		t.Fatal(err)
	}
	if cols, rows := vt.Size(); cols != 100 || rows != 30 {
		t.Errorf("Size() = %dx%d, want 100x30", cols, rows)
	}
	if n := strings.Count(vt.Screen(), "\n") + 1; n != 30 {
		t.Errorf("screen has %d rows, want 30", n)
	}
	if err := vt.Send("q\r"); err != nil {
		t.Fatal(err)
	}
	if code, err := vt.Wait(wait); err != nil || code != 0 {
		t.Fatalf("Wait() = %d, %v; want 0", code, err)
	}
}

// The emulator's answers to queries must reach the program: Bubble Tea v2
// learns its background colour this way.
func TestRepliesReachProgram(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts []vtterm.Option
		bg   string
	}{
		{"dark", nil, `rgb:0000/0000/0000`},
		{"light", []vtterm.Option{vtterm.WithLightBackground()}, `rgb:ffff/ffff/ffff`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vt := start(t, "query", 80, 6, tc.opts...)
			screen, err := vt.WaitForText(wait, "replies")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(screen, `\x1b[?62;1;6;22c`) {
				t.Errorf("no device attributes reply:\n%s", screen)
			}
			if !strings.Contains(screen, tc.bg) {
				t.Errorf("no %s background reply:\n%s", tc.bg, screen)
			}
		})
	}
}

func TestBubbleTeaSeesBackground(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts []vtterm.Option
	}{
		{"dark", nil},
		{"light", []vtterm.Option{vtterm.WithLightBackground()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vt := start(t, "teabg", 80, 24, tc.opts...)
			if _, err := vt.WaitForText(wait, "background: "+tc.name); err != nil {
				t.Fatal(err)
			}
			if !vt.AltScreen() {
				t.Error("program is not on the alternate screen")
			}
			if err := vt.Send("q"); err != nil {
				t.Fatal(err)
			}
			if code, err := vt.Wait(wait); err != nil || code != 0 {
				t.Fatalf("Wait() = %d, %v; want 0", code, err)
			}
			if vt.AltScreen() {
				t.Error("program left the alternate screen on")
			}
		})
	}
}

func TestSendAndTime(t *testing.T) {
	vt := start(t, "keys", 40, 4)
	if _, err := vt.WaitForText(wait, "keys ready"); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"count: 1", "count: 2", "count: 3"} {
		d, err := vt.SendAndTime("x", func(s string) bool { return strings.Contains(s, want) }, wait)
		if err != nil {
			t.Fatal(err)
		}
		if d <= 0 || d > wait {
			t.Errorf("press %d took %v", i+1, d)
		}
	}
	// A condition already true before the write must not count.
	_, err := vt.SendAndTime("", func(s string) bool { return strings.Contains(s, "count: 3") }, 100*time.Millisecond)
	if err == nil {
		t.Error("SendAndTime matched a screen from before its write")
	}
}

func TestWaitForFrameTimesFirstOutput(t *testing.T) {
	vt := start(t, "keys", 40, 4)
	f, err := vt.WaitForFrame(wait, func(s string) bool { return strings.Contains(s, "keys ready") })
	if err != nil {
		t.Fatal(err)
	}
	if d := f.At.Sub(vt.StartedAt()); d <= 0 || d > wait {
		t.Errorf("first frame after %v", d)
	}
}

func TestCloseKillsProgram(t *testing.T) {
	vt := start(t, "size", 40, 4)
	if _, err := vt.WaitForText(wait, "size"); err != nil {
		t.Fatal(err)
	}
	if err := vt.Close(); err != nil {
		t.Fatal(err)
	}
	if err := vt.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if code, err := vt.Wait(time.Second); err == nil || code != -1 {
		t.Errorf("Wait() after Close = %d, %v; want -1 and a signal error", code, err)
	}
	if err := vt.Send("x"); err == nil {
		t.Error("Send after Close succeeded")
	}
}

func TestStartFails(t *testing.T) {
	if _, err := vtterm.Start(exec.Command("/nonexistent/program"), 80, 24); err == nil {
		t.Error("Start of a missing program succeeded")
	}
	if _, err := vtterm.Start(helperCmd("hello"), 0, 24); err == nil {
		t.Error("Start with zero columns succeeded")
	}
}
