package main

import (
	"runtime/debug"
	"testing"
)

// --version names what was built: the module's version, else the commit
// and its time, and never "devel".
func TestVersionFrom(t *testing.T) {
	vcs := func(kv ...string) []debug.BuildSetting {
		var out []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			out = append(out, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return out
	}
	const rev = "0123456789abcdef0123456789abcdef01234567"
	for _, tt := range []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"go install @version", &debug.BuildInfo{Main: debug.Module{Version: "v1.4.0"}}, "v1.4.0"},
		{"pseudo-version", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261207033400-0123456789ab"}, Settings: vcs("vcs.revision", rev)},
			"v0.0.0-20261207033400-0123456789ab"},
		{"revision and time", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("vcs.revision", rev, "vcs.time", "2026-12-07T03:34:00Z", "vcs.modified", "false")},
			"0123456789ab 2026-12-07T03:34:00Z"},
		{"uncommitted changes", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("vcs.revision", rev, "vcs.time", "2026-12-07T03:34:00Z", "vcs.modified", "true")},
			"0123456789ab 2026-12-07T03:34:00Z with uncommitted changes"},
		{"short revision", &debug.BuildInfo{Settings: vcs("vcs.revision", "abc123")}, "abc123"},
		{"nothing recorded", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "unknown (built without version information)"},
		{"no build information", nil, "unknown (built without version information)"},
	} {
		if got := versionFrom(tt.info); got != tt.want {
			t.Errorf("%s: versionFrom = %q, want %q", tt.name, got, tt.want)
		}
	}
}
