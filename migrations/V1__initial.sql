-- casewatch schema, version 1. Migrations are append-only: never edit this file once released;
-- add V2__*.sql instead. PRAGMAs (WAL, foreign keys) are set when the database is opened.

-- One row per support case; the columns mirror core::case::Case.
CREATE TABLE cases (
    number           TEXT PRIMARY KEY,
    profile          TEXT NOT NULL,
    subject          TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('awaiting_support', 'awaiting_you', 'resolved', 'closed')),
    state_since      INTEGER NOT NULL,
    opened_at        INTEGER NOT NULL,
    last_event_at    INTEGER NOT NULL,
    last_kind        TEXT NOT NULL,
    asked            TEXT,
    channel          TEXT NOT NULL,
    support_url      TEXT,
    accounts         TEXT NOT NULL DEFAULT '[]',   -- JSON array of accounts support listed
    proposed_keep    INTEGER,
    awaiting_message TEXT,
    deadline_at      INTEGER,
    duplicate_of     TEXT,
    replied_at       INTEGER,
    snoozed_until    INTEGER,
    last_reminded_at INTEGER,
    reminders_sent   INTEGER NOT NULL DEFAULT 0
);

-- Every message worth keeping (case mail, notices, warnings). Unrelated mail is not stored.
CREATE TABLE messages (
    key           TEXT PRIMARY KEY,               -- Message-ID, else sha256 of the bytes
    message_id    TEXT,
    case_number   TEXT REFERENCES cases(number),
    profile       TEXT NOT NULL,
    kind          TEXT NOT NULL,
    direction     TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    at            INTEGER NOT NULL,
    from_addr     TEXT,
    subject       TEXT NOT NULL,
    why           TEXT NOT NULL,
    needs_reply   INTEGER NOT NULL,
    authenticated TEXT NOT NULL,
    channel       TEXT NOT NULL,
    support_url   TEXT,
    candidate_ids TEXT NOT NULL DEFAULT '[]',
    accounts      TEXT NOT NULL DEFAULT '[]',
    proposed_keep INTEGER,
    asked         TEXT,
    source        TEXT NOT NULL,                  -- file path, or imap://account/mailbox/uid
    recorded_at   INTEGER NOT NULL
);
CREATE INDEX messages_by_case ON messages (case_number, at);
CREATE INDEX messages_by_message_id ON messages (message_id);

-- Every decision the state machine made, as data (the audit trail behind `show`).
CREATE TABLE decisions (
    id          INTEGER PRIMARY KEY,
    case_number TEXT,
    message_key TEXT,
    at          INTEGER NOT NULL,
    effect      TEXT NOT NULL,
    detail      TEXT NOT NULL                     -- JSON
);
CREATE INDEX decisions_by_case ON decisions (case_number, id);

-- The notification outbox. (purpose, key) is unique: nothing is ever notified twice.
CREATE TABLE notifications (
    purpose     TEXT NOT NULL,
    key         TEXT NOT NULL,
    case_number TEXT,
    due_at      INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    sent_at     INTEGER,
    via         TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    PRIMARY KEY (purpose, key)
);
CREATE INDEX notifications_pending ON notifications (sent_at, due_at);

-- IMAP sync position per mailbox.
CREATE TABLE mailbox_state (
    account     TEXT NOT NULL,
    mailbox     TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    last_uid    INTEGER NOT NULL,
    synced_at   INTEGER NOT NULL,
    PRIMARY KEY (account, mailbox)
);

-- The person's own addresses, configured or learned from the mail support sent them.
CREATE TABLE my_addresses (
    address TEXT PRIMARY KEY
);

-- Mailbox reachability, for the "cannot reach your mailbox" notification.
CREATE TABLE account_health (
    account       TEXT PRIMARY KEY,
    last_ok_at    INTEGER,
    failing_since INTEGER,
    last_error    TEXT
);
