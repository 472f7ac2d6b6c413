-- What a case is about (the rule pack's [[topics]] id: account_merge, voucher…). Duplicate
-- warnings compare it; `cases` shows it. NULL: not known (yet).
ALTER TABLE cases ADD COLUMN topic TEXT;
