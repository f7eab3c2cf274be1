//go:build !linux

package store

import "fmt"

// runPlatformBookmarkHelper runs the child modes that need Linux; there are
// none here.
func runPlatformBookmarkHelper(_ *BookmarkStore, mode, _ string) error {
	return fmt.Errorf("unknown helper mode %q", mode)
}
