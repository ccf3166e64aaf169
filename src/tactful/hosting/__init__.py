"""Running tactful for many people: the database upgrade, the job queue and its worker, the
server's outgoing mail, and the key that encrypts mail passwords (see docs/hosting.md)."""
