// Package store keeps what is the user's: the bookmarks file and the state
// file (where the user was). Both are only ever read, moved or replaced as
// regular files, and replaced whole by an atomic rename with their owner
// and mode kept, under an inter-process lock; a watcher tells when another
// window changed the bookmarks. A symbolic link is followed only to the
// user's own file, and only to a file of the kind is anything written.
//
// Behind serve, the bookmarks of every attendee are kept by their SSH key
// in one database instead (KeyedStore): a SQLite file, or PostgreSQL for
// several servers sharing bookmarks and counts.
//
// It imports none of summit-tui's packages: what it stores are ids and
// bytes, which the caller gives meaning.
package store
