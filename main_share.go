package main

import (
	"fmt"
	"io"

	"github.com/summit-tui/summit-tui/data"
	"github.com/summit-tui/summit-tui/data/export"
	"github.com/summit-tui/summit-tui/model"
)

// writeGiggityLink prints the link Giggity opens to import the bookmarked
// talks. It names the schedule by its URL, so a schedule read from a file
// or the built-in page has none to share.
func writeGiggityLink(out bookmarksOutput, marked model.Schedule, stdout io.Writer) error {
	if !data.IsURL(out.ref) {
		what := out.refName
		switch {
		case what != "":
		case out.ref == "":
			what = "the built-in page"
		default:
			what = out.ref
		}
		return fmt.Errorf("bookmarks: %s was not opened from a URL, so there is no link to share", what)
	}
	link, err := export.GiggityLink(out.ref, marked.Sessions)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(stdout, link)
	return writeOut(err)
}
