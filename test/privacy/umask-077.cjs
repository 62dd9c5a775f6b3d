// Preloaded by a test: runs nodefinder under a strict umask, as a cautious user would.
process.umask(0o077);
