package vtterm_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"github.com/creack/pty"

	"github.com/summit-tui/summit-tui/bench/vtterm"
)

// helperEnv names the helper a re-executed test binary should act as.
const helperEnv = "VTTERM_TEST_HELPER"

// TestMain lets the test binary double as the small programs the tests run
// on the pty, so the tests need nothing but themselves.
func TestMain(m *testing.M) {
	if mode := os.Getenv(helperEnv); mode != "" {
		os.Exit(runHelper(mode))
	}
	os.Exit(m.Run())
}

// helperCmd is a command that re-runs this test binary as helper mode. TERM
// is left out of its environment so that Start's default applies.
func helperCmd(mode string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TERM=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, helperEnv+"="+mode)
	return cmd
}

func runHelper(mode string) int {
	switch mode {
	case "hello":
		fmt.Println("hello")
		fmt.Println("wörld 世界   ")
		fmt.Println("TERM=" + os.Getenv("TERM"))
		return 3
	case "size":
		return helperSize()
	case "query":
		return helperQuery()
	case "keys":
		return helperKeys()
	case "teabg":
		return helperTeaBackground()
	}
	fmt.Fprintln(os.Stderr, "unknown helper", mode)
	return 2
}

// helperSize shows the terminal size, again after each SIGWINCH, and exits
// on a line "q".
func helperSize() int {
	winch := make(chan os.Signal, 1)
	signal.Notify(winch, syscall.SIGWINCH)
	show := func() {
		rows, cols, err := pty.Getsize(os.Stdin)
		if err != nil {
			fmt.Println("size error:", err)
			return
		}
		fmt.Printf("\x1b[2J\x1b[Hsize %dx%d\n", cols, rows)
	}
	show()
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	for {
		select {
		case <-winch:
			show()
		case l, ok := <-lines:
			if !ok || l == "q" {
				return 0
			}
		}
	}
}

// helperQuery asks the terminal for its primary device attributes and its
// background colour, in raw mode as a TUI would, and prints the answers.
func helperQuery() int {
	st, err := term.MakeRaw(os.Stdin.Fd())
	if err != nil {
		fmt.Println("raw:", err)
		return 1
	}
	defer term.Restore(os.Stdin.Fd(), st) //nolint:errcheck
	os.Stdout.WriteString("\x1b[c\x1b]11;?\x07")
	var got []byte
	buf := make([]byte, 256)
	// The DA1 answer ends in 'c'; the OSC 11 answer in BEL or ST.
	for !(strings.Contains(string(got), "c") && (strings.HasSuffix(string(got), "\x07") || strings.HasSuffix(string(got), "\x1b\\"))) {
		n, err := os.Stdin.Read(buf)
		if err != nil {
			fmt.Print("read: ", err, "\r\n")
			return 1
		}
		got = append(got, buf[:n]...)
	}
	fmt.Printf("replies %q\r\n", got)
	return 0
}

// helperKeys counts the bytes it reads in raw mode; "q" quits.
func helperKeys() int {
	st, err := term.MakeRaw(os.Stdin.Fd())
	if err != nil {
		fmt.Println("raw:", err)
		return 1
	}
	defer term.Restore(os.Stdin.Fd(), st) //nolint:errcheck
	os.Stdout.WriteString("keys ready\r\n")
	buf := make([]byte, 1)
	for n := 1; ; n++ {
		if _, err := os.Stdin.Read(buf); err != nil || buf[0] == 'q' {
			return 0
		}
		fmt.Printf("\r\x1b[Kcount: %d", n)
	}
}

// teaBackground is a Bubble Tea v2 program that shows what background the
// terminal reports.
type teaBackground struct{ bg string }

func (m teaBackground) Init() tea.Cmd { return tea.RequestBackgroundColor }

func (m teaBackground) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		m.bg = "light"
		if msg.IsDark() {
			m.bg = "dark"
		}
	case tea.KeyPressMsg:
		if msg.String() == "q" {
			return m, tea.Quit
		}
	}
	return m, nil
}

func (m teaBackground) View() tea.View {
	v := tea.NewView("background: " + m.bg)
	v.AltScreen = true
	return v
}

func helperTeaBackground() int {
	if _, err := tea.NewProgram(teaBackground{bg: "unknown"}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// start runs helper mode on a cols×rows terminal and closes it with the test.
func start(t *testing.T, mode string, cols, rows int, opts ...vtterm.Option) *vtterm.Term {
	t.Helper()
	vt, err := vtterm.Start(helperCmd(mode), cols, rows, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = vt.Close() })
	return vt
}
