-- When the person was first told that a case waits on them; reminders count from here.
ALTER TABLE cases ADD COLUMN told_at INTEGER;
