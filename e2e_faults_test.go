package main

// End-to-end tests of what must hold when things go wrong or happen
// elsewhere: signals, a lock held by another process, another window's
// bookmarks, a restart, a huge abstract.

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gofrs/flock"
)

// The place is remembered across a restart: the tab, the filter, the
// selected talk, the talk being read.
func TestE2EPlaceRemembered(t *testing.T) {
	t.Parallel()
	dataHome := t.TempDir()
	u := startTUI(t, launch{cols: 120, rows: 40, dataHome: dataHome})
	u.waitFirstFrame()
	u.press("3", "/")
	u.waitText("keep filter")
	u.press("kafka")
	u.waitText("/ kafka")
	u.press(keyEnter, "j")
	s := u.waitFor("the second match", func(s screen) bool { return strings.HasPrefix(s.position(), "2/") })
	pos := s.position()
	u.press(keyEnter)
	s = u.waitFor("the talk being read", func(s screen) bool { return strings.Count(s.crumb(), "›") == 2 })
	crumb := strings.TrimSpace(strings.SplitN(s.crumb(), "  ", 2)[0])
	u.quit()
	if !strings.Contains(string(u.term.Raw()), "\x1b[>1u") {
		t.Error("the kitty keyboard protocol's disambiguation was not asked for: esc waits for its timeout")
	}
	if _, err := os.Stat(filepath.Join(dataHome, "state", "summit-tui", "state.json")); err != nil {
		t.Fatalf("no state file: %v", err)
	}

	again := startTUI(t, launch{name: "restarted", cols: 120, rows: 40, dataHome: dataHome})
	again.waitFor("the same place", func(s screen) bool {
		return strings.HasPrefix(s.crumb(), crumb) && s.position() == pos && s.has("/ kafka", "3 Core Kafka")
	})
	again.press(keyEsc) // back to the filtered list, then the whole track
	again.waitCrumb("Kafka Summit London 2019 › Core Kafka")
	again.press(keyEsc)
	again.waitGone("/ kafka")
	again.quit()
}

// A bookmark made in one window shows in another without a key press.
func TestE2EBookmarkShowsInAnotherWindow(t *testing.T) {
	t.Parallel()
	dataHome := t.TempDir()
	a := startTUI(t, launch{name: "window A", cols: 120, rows: 40, dataHome: dataHome})
	b := startTUI(t, launch{name: "window B", cols: 120, rows: 40, dataHome: dataHome})
	a.waitFirstFrame()
	b.waitFirstFrame()
	a.press("j", "j", "b")
	a.waitText("★ Bookmarks 1")
	b.waitFor("A's bookmark in B, untouched", func(s screen) bool {
		return strings.Contains(s.tabs(), "★ Bookmarks 1") && s.has("★ Is Kafka a Database?") && strings.HasSuffix(s.status(), "★ 1")
	})
	a.press("b") // and its removal
	b.waitFor("A's removal in B", func(s screen) bool { return strings.Contains(s.tabs(), "★ Bookmarks 0") })
	a.quit()
	b.quit()
}

// signal sends sig to the program.
func (u *tui) signal(sig syscall.Signal) {
	u.t.Helper()
	if err := syscall.Kill(u.term.Pid(), sig); err != nil {
		u.t.Fatal(err)
	}
}

// waitExit waits for the program to end and checks its status and that
// the terminal was given back: off the alternate screen, mouse off,
// cursor shown.
func (u *tui) waitExit(wantCode int) {
	u.t.Helper()
	code, err := u.term.Wait(e2eTimeout)
	if err != nil || code != wantCode {
		u.t.Fatalf("%s: exit %d, %v, want %d; screen:\n%s", u.name, code, err, wantCode, u.term.Screen())
	}
	checkRestored(u.t, string(u.term.Raw()))
	if u.term.AltScreen() {
		u.t.Errorf("%s: the terminal is still on the alternate screen", u.name)
	}
}

// SIGTERM right after two toggles: both are saved, and the terminal is
// restored. SIGINT and SIGHUP take the same path.
func TestE2ESignalsSavePendingToggles(t *testing.T) {
	t.Parallel()
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			t.Parallel()
			dataHome := t.TempDir()
			u := startTUI(t, launch{cols: 120, rows: 40, dataHome: dataHome})
			u.waitFirstFrame()
			u.press("b", "j", "b")
			u.waitText("★ Bookmarks 2") // both toggles made
			u.signal(sig)               // at once, with the saves possibly still under way
			u.waitExit(0)
			want := []string{"event-streaming-lessons-from-our-cloud-native-journey", "growing-an-engineering-culture-with-apache-kafka"}
			if got := savedIDs(t, bookmarksFile(dataHome)); !slices.Equal(got, want) {
				t.Fatalf("after %v the file holds %q, want %q", sig, got, want)
			}
		})
	}
}

// SIGQUIT stops the program at once, the terminal restored.
func TestE2ESigquitRestoresTheTerminal(t *testing.T) {
	t.Parallel()
	u := startTUI(t, launch{cols: 120, rows: 40})
	u.waitFirstFrame()
	u.signal(syscall.SIGQUIT)
	u.waitExit(0)
}

// holdLockEnv names the bookmarks lock the helper process holds.
const holdLockEnv = "SUMMIT_TUI_TEST_HOLD_LOCK"

// TestHelperHoldLock is not a test: run with holdLockEnv set, it takes the
// bookmarks file's lock as another summit-tui would, says so, and keeps it
// until its standard input closes.
func TestHelperHoldLock(t *testing.T) {
	path := os.Getenv(holdLockEnv)
	if path == "" {
		t.Skip("a helper process for TestE2ELockedBookmarks")
	}
	l := flock.New(path+".lock", flock.SetPermissions(0o600))
	if err := l.Lock(); err != nil {
		fmt.Println("lock:", err)
		os.Exit(1)
	}
	fmt.Println("locked")
	_, _ = os.Stdin.Read(make([]byte, 1))
	os.Exit(0)
}

// With the lock held by another process, a toggle shows as pending and q
// still quits within the bound, saying what was not saved, with a non-zero
// status.
func TestE2ELockedBookmarks(t *testing.T) {
	t.Parallel()
	dataHome := t.TempDir()
	path := bookmarksFile(dataHome)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	helper := exec.Command(os.Args[0], "-test.run=^TestHelperHoldLock$")
	helper.Env = append(os.Environ(), holdLockEnv+"="+path)
	stdin, err := helper.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := helper.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := helper.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); _ = helper.Wait() })
	said := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		said <- line
	}()
	select {
	case line := <-said:
		if !strings.HasPrefix(line, "locked") {
			t.Fatalf("the helper did not take the lock: %q", line)
		}
	case <-time.After(e2eTimeout):
		t.Fatal("the helper did not take the lock in time")
	}

	u := startTUI(t, launch{cols: 120, rows: 40, dataHome: dataHome})
	u.waitFirstFrame()
	u.press("b")
	u.waitFor("the toggle shown as not saved", func(s screen) bool {
		return strings.Contains(s.status(), "1 change not saved yet") && s.has("★ Bookmarked")
	})
	start := time.Now()
	u.quitUnsaved("1 change could not be saved")
	if took := time.Since(start); took > quitBound {
		t.Errorf("q took %v with the lock held, want at most %v", took, quitBound)
	}
}

// quitBound is how long quitting may take while saves hang: the browser's
// own wait and a margin for a loaded machine.
const quitBound = 6 * time.Second

// hugeAbstractPage is a sessions page whose one talk has an abstract of
// size bytes on one line.
func hugeAbstractPage(size int) []byte {
	var b bytes.Buffer
	b.WriteString("Huge Conf 2024\n\nView sessions and slides from Huge Conf 2024\n\nOpening Keynote\n\n  • Ada Lovelace, Engines\n\nCore Track\n\n")
	for i := range 5 {
		fmt.Fprintf(&b, "Talk Number %d\n\n  • Speaker %d, Company\n\nA short abstract about talk %d.\n\n", i+1, i+1, i+1)
	}
	b.WriteString("The Longest Talk\n\n  • Grace Hopper, Navy\n\n")
	words := []string{"streams ", "events ", "brokers ", "partitions ", "consumers ", "offsets "}
	for i := 0; b.Len() < size; i++ {
		b.WriteString(words[i%len(words)])
	}
	b.WriteString("\n\nThe Last Talk\n\n  • Alan Turing, Bletchley\n\nAn abstract that ends the page.\n")
	return b.Bytes()
}

// peakRSS is the process's peak resident memory in MB.
func peakRSS(t *testing.T, pid int) float64 {
	t.Helper()
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return float64(kb) / 1024
		}
	}
	t.Fatal("no VmHWM")
	return 0
}

// A page with one 21 MB abstract, resized through 10 widths: every key
// still answers, the abstract says it was cut, and memory stays under
// 300 MB.
func TestE2EHugeAbstract(t *testing.T) {
	t.Parallel()
	page := filepath.Join(t.TempDir(), "huge.txt")
	if err := os.WriteFile(page, hugeAbstractPage(21<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	u := startTUI(t, launch{cols: 120, rows: 40, args: []string{"--file", page}})
	u.waitFor("the whole page", func(s screen) bool { return s.has("Huge Conf 2024", "8 talks") })
	u.press("G", "k")
	u.waitDetail("The Longest Talk")
	u.waitText("streams events brokers") // rendered
	u.press(keyTab, keyTab, "G")         // the end of the abstract
	u.waitText("abstract cut at 64 KB; the export has it whole")
	u.press(keyShiftTab, keyShiftTab)
	u.waitText("enter open") // the list has the keys again
	for i, w := range []int{100, 104, 110, 118, 126, 134, 142, 150, 160, 170} {
		u.resize(w, 40)
		u.press("j")
		u.waitDetail("The Last Talk")
		u.press("k")
		u.waitFor(fmt.Sprintf("resize %d: the long abstract again", i+1), func(s screen) bool {
			return s.detailTitle() == "The Longest Talk" && s.has("streams events brokers")
		})
	}
	if mb := peakRSS(t, u.term.Pid()); mb >= 300 {
		t.Errorf("peak RSS %.0f MB with a 21 MB abstract, want under 300", mb)
	} else {
		t.Logf("peak RSS %.0f MB", mb)
	}
	u.quit()
}

// A bookmarks directory that can be written but not listed cannot be
// watched for other windows' changes. Bookmarks are still saved, and a
// normal quit is still a success: the watch is a convenience, not a save.
func TestE2EBookmarksUnwatchable(t *testing.T) {
	t.Parallel()
	var l launch
	dataHome := t.TempDir()
	if os.Getuid() == 0 {
		// Root lists any directory: run as nobody, who must reach the
		// binary and the data directory.
		setpriv, err := exec.LookPath("setpriv")
		if err != nil {
			t.Skip("running as root without setpriv to run as another user")
		}
		l.prefix = []string{setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"}
		for _, dir := range []string{filepath.Dir(binary(t)), filepath.Dir(dataHome)} {
			if err := os.Chmod(dir, 0o711); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.Chown(dataHome, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}
	dir := filepath.Dir(bookmarksFile(dataHome))
	if err := os.Mkdir(dir, 0o300); err != nil {
		t.Fatal(err)
	}
	if os.Getuid() == 0 {
		if err := os.Chown(dir, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { _ = os.Chmod(dir, 0o700) }) // so the test's directory can be removed
	l.cols, l.rows, l.dataHome = 120, 40, dataHome
	u := startTUI(t, l)
	u.waitFirstFrame()
	u.press("b")
	u.waitText("★ Bookmarks 1", "★ Bookmarked")
	u.quit()
	waitSaved(t, bookmarksFile(dataHome), "event-streaming-lessons-from-our-cloud-native-journey")
}
