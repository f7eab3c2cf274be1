// Package data connects summit-tui to the outside world: it reads and
// repairs conference sessions pages, encodes schedules as JSON and Markdown,
// and keeps the bookmarks file. It never imports Charm packages.
package data
