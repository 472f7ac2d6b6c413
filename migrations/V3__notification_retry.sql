-- A notice nobody saw (no bus, no server, notify_command failed) is retried from this time on,
-- backing off, so an absent desktop is not asked again (and logged again) on every wake-up.
ALTER TABLE notifications ADD COLUMN retry_at INTEGER;
