-- Ingest loads only what a message can touch: its case (by number), the cases its
-- References point at (messages_by_message_id), and the open cases (duplicate checks).
CREATE INDEX cases_by_state ON cases (state);
-- Lines of support's mail and in how many support mails each appeared: a line in two or more
-- is boilerplate (a footer, a signature) from then on. `line` is a 64-bit fingerprint
-- (core::segment::line_key); only the lines of the mail at hand are ever read.
CREATE TABLE support_lines (
    line  INTEGER PRIMARY KEY,
    mails INTEGER NOT NULL
);
