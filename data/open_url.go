package data

import "context"

// fetchRef is the one place a URL reference goes through: it returns the
// body to sniff and parse, and a notice line about where it came from (a
// cached copy and its age). URLs are read by the fetcher and its cache;
// until that is wired here, a URL gives a clear error.
func fetchRef(_ context.Context, url string, _ OpenOptions) (raw []byte, notice string, err error) {
	return nil, "", &PageError{Path: url, Why: "cannot fetch URLs in this build: download the schedule and open the file"}
}
