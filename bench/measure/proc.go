package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Linux /proc readers. Elsewhere they fail and the rows they feed print
// "—".

// peakRSS is a running process's peak resident set size (VmHWM) in MB.
func peakRSS(pid int) (float64, error) { return statusMB(pid, "VmHWM") }

// residentMB is a process's resident set size (VmRSS) in MB.
func residentMB(pid int) (float64, error) { return statusMB(pid, "VmRSS") }

func statusMB(pid int, field string) (float64, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	return parseStatusMB(raw, field)
}

// parseStatusMB reads a "VmHWM:   1234 kB" line of /proc/<pid>/status.
func parseStatusMB(status []byte, field string) (float64, error) {
	sc := bufio.NewScanner(bytes.NewReader(status))
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), field+":")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) != 2 || f[1] != "kB" {
			return 0, fmt.Errorf("odd %s line %q", field, sc.Text())
		}
		kb, err := strconv.ParseFloat(f[0], 64)
		return kb / 1024, err
	}
	return 0, fmt.Errorf("no %s in status", field)
}

// cpuTime is the CPU time a process's threads have used so far: the sum of
// their /proc/<pid>/task/*/schedstat run times, which the scheduler keeps
// in nanoseconds (utime+stime in /proc/<pid>/stat count 10 ms ticks, too
// coarse for a few seconds of idling). Threads that already exited are not
// counted; Go's threads live as long as the process.
func cpuTime(pid int) (time.Duration, error) {
	tasks, err := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/schedstat", pid))
	if err != nil || len(tasks) == 0 {
		return 0, fmt.Errorf("no schedstat for pid %d", pid)
	}
	var total time.Duration
	for _, t := range tasks {
		raw, err := os.ReadFile(t)
		if err != nil {
			continue // the thread went away
		}
		f := strings.Fields(string(raw))
		if len(f) < 1 {
			continue
		}
		ns, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", t, err)
		}
		total += time.Duration(ns)
	}
	return total, nil
}

// statCPU is utime+stime from /proc/<pid>/stat, in clock ticks converted
// at 100 Hz, reported beside cpuTime as a cross-check.
func statCPU(pid int) (time.Duration, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	return parseStatCPU(raw)
}

// parseStatCPU reads fields 14 and 15 (utime, stime) of /proc/<pid>/stat.
// The command name, field 2, is in parentheses and may hold spaces, so
// the fields are counted from its closing parenthesis.
func parseStatCPU(stat []byte) (time.Duration, error) {
	end := bytes.LastIndexByte(stat, ')')
	if end < 0 {
		return 0, fmt.Errorf("odd stat %q", stat)
	}
	f := strings.Fields(string(stat[end+1:]))
	// f[0] is field 3 (state); utime is field 14, so f[11].
	if len(f) < 13 {
		return 0, fmt.Errorf("short stat %q", stat)
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("odd stat times %q %q", f[11], f[12])
	}
	const tick = 10 * time.Millisecond // USER_HZ is 100 on Linux
	return time.Duration(ut+st) * tick, nil
}

// machine describes the computer the numbers come from.
func machine() string {
	cpu := "unknown CPU"
	if raw, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for line := range strings.SplitSeq(string(raw), "\n") {
			if name, ok := strings.CutPrefix(line, "model name"); ok {
				cpu = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":"))
				break
			}
		}
	}
	osName := runtime.GOOS + "/" + runtime.GOARCH
	if rel, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		osName += " (kernel " + strings.TrimSpace(string(rel)) + ")"
	}
	return fmt.Sprintf("%s, %d cores, %s, %s", cpu, runtime.NumCPU(), runtime.Version(), osName)
}

// loadAverage is the 1-minute load average, to tell a busy machine's
// numbers from a quiet one's.
func loadAverage() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "n/a"
	}
	f := strings.Fields(string(raw))
	if len(f) < 3 {
		return "n/a"
	}
	return strings.Join(f[:3], " ")
}
