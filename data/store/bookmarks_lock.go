package store

// lock takes the exclusive inter-process lock for the bookmarks file t,
// waiting at most s.lockTimeout, and returns its release (see
// fileLock.lock). The caller holds s.mu.
func (s *BookmarkStore) lock(t target) (unlock func(), err error) {
	s.locker.timeout = s.lockTimeout
	return s.locker.lock(t, bookmarksRole)
}
