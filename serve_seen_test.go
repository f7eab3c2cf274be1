package main

import (
	"errors"
	"fmt"
	"testing"
)

// TestSeenSnapshotsShared: a snapshot many keys saw is decoded once and
// shared; only the latest few are kept; one that cannot be decoded says
// so rather than reading as nothing seen.
func TestSeenSnapshotsShared(t *testing.T) {
	var c seenSnapshots
	text := func(i int) string {
		return fmt.Sprintf(`{"sessions":[{"id":"t%d","key":"t%d","title":"Talk %d"}]}`, i, i, i)
	}
	first, err := c.decode("d0", text(0))
	if err != nil || len(first.Sessions) != 1 || first.Sessions[0].Title != "Talk 0" {
		t.Fatalf("decode: %+v, %v", first, err)
	}
	if again, _ := c.decode("d0", text(0)); again != first {
		t.Error("the same version was decoded again rather than shared")
	}
	for i := 1; i <= seenKept; i++ {
		if _, err := c.decode(fmt.Sprintf("d%d", i), text(i)); err != nil {
			t.Fatal(err)
		}
	}
	if len(c.byHash) != seenKept {
		t.Errorf("%d snapshots kept, want %d", len(c.byHash), seenKept)
	}
	if _, ok := c.byHash["d0"]; ok {
		t.Error("the oldest snapshot was kept beyond the bound")
	}
	var unreadable unreadableSeen
	if _, err := c.decode("bad", `{"sessions":`); !errors.As(err, &unreadable) {
		t.Errorf("a damaged snapshot: %v, want it said unreadable", err)
	}
}
