package main

import (
	"runtime/debug"
	"strings"
)

// versionString is what --version prints after "summit-tui".
func versionString() string {
	if version != "" {
		return version
	}
	info, _ := debug.ReadBuildInfo()
	return versionFrom(info)
}

// versionFrom reads the version go build recorded: the module's version
// (go install …@v1.2.3, or the pseudo-version of a build from a
// repository), else the revision and time of the commit built, marked when
// the tree had changes. A build that recorded neither says so rather than
// pretend to be a version.
func versionFrom(info *debug.BuildInfo) string {
	if info == nil {
		return "unknown (built without version information)"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var revision, at string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if revision == "" {
		return "unknown (built without version information)"
	}
	parts := []string{revision[:min(len(revision), 12)]}
	if at != "" {
		parts = append(parts, at)
	}
	if modified {
		parts = append(parts, "with uncommitted changes")
	}
	return strings.Join(parts, " ")
}
