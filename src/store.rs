//! SQLite storage (rusqlite, bundled SQLite): the case history, the notification outbox and
//! IMAP sync positions.
//!
//! Adapter only: it writes what the core decided and reads it back; it decides nothing. Schema
//! comes from `migrations/*.sql` (refinery, embedded at compile time, append-only). Each
//! ingested message is one transaction (message row, case row, decisions, outbox rows, and
//! optionally the mailbox position it came from), so a killed process loses nothing and
//! repeats nothing. The file is created readable by its owner only; it holds no secrets.

use crate::core::case::{Case, Effect, Notice, Purpose, State};
use crate::core::classify::{Account, Kind};
use crate::core::ledger::{Ingested, Ledger};
use crate::core::mail::Mail;
use crate::core::rules::{Channel, RuleSet};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::{Path, PathBuf};

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// The newest schema version in `migrations/` (`V5__flat_ingest.sql`). A unit test keeps it
/// equal to the embedded runner's last migration: a new migration file must raise it.
const SCHEMA_VERSION: i64 = 5;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("database {path}: cannot create it or its directory: {source}")]
    Dir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("database {path}: cannot lock its directory while opening it: {source}")]
    Lock {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("database migration failed: {0}")]
    Migrate(#[from] refinery::Error),
    #[error("database: {}", sql_message(.0))]
    Sql(#[from] rusqlite::Error),
    #[error("database holds a value casewatch does not know: {0}")]
    Corrupt(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// The newest migration applied to the database (refinery's history table), or `None` for a
/// database that has none yet.
fn applied_version(conn: &Connection) -> Result<Option<i64>> {
    let has_history = conn
        .query_row(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'refinery_schema_history'",
            [],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    if !has_history {
        return Ok(None);
    }
    Ok(conn.query_row(
        "SELECT MAX(version) FROM refinery_schema_history",
        [],
        |r| r.get(0),
    )?)
}

/// SQLite's error, with what to do when the person can do something about it.
fn sql_message(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::DiskFull | C::SystemIoFailure) => format!(
            "{e}: the database could not be written (a full disk, a file size limit, or a failing \
             disk). Free some space and run the command again: each message is recorded in one \
             transaction, so nothing was half-written"
        ),
        Some(C::ReadOnly) | Some(C::PermissionDenied) => {
            format!("{e}: casewatch cannot write the database; check its permissions")
        }
        Some(C::DatabaseBusy) | Some(C::DatabaseLocked) => {
            format!("{e}: another casewatch holds the database; try again in a moment")
        }
        Some(C::NotADatabase) | Some(C::DatabaseCorrupt) => format!(
            "{e}: the database file is damaged; restore it from a backup, or move it away and \
             rebuild the history with `casewatch sync` (or `import`)"
        ),
        _ => e.to_string(),
    }
}

/// (account, last_ok_at, failing_since, last_error)
pub type HealthRow = (String, Option<i64>, Option<i64>, Option<String>);

/// One stored message, as `show` displays it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct MessageRow {
    pub key: String,
    pub message_id: Option<String>,
    pub case: Option<String>,
    pub kind: String,
    pub direction: String,
    pub at: i64,
    pub from: Option<String>,
    pub subject: String,
    pub why: String,
    pub needs_reply: bool,
    pub authenticated: String,
    pub channel: String,
    pub candidate_ids: Vec<String>,
    pub accounts: Vec<Account>,
    pub asked: Option<String>,
    pub source: String,
}

/// A notification waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub purpose: Purpose,
    pub key: String,
    pub case: Option<String>,
    pub due_at: i64,
    pub attempts: u32,
}

/// Where a message came from, and the mailbox position to advance with it.
#[derive(Debug, Clone)]
pub struct Origin<'a> {
    pub source: String,
    pub cursor: Option<Cursor<'a>>,
    /// The mail is history being taken in (an import of files, a mailbox's first sync), not
    /// mail arriving now: what is older than this many seconds (`notify.first_sync_quiet`) is
    /// recorded without notifying. None: mail arriving now.
    pub history: Option<i64>,
}

#[derive(Debug, Clone, Copy)]
pub struct Cursor<'a> {
    pub account: &'a str,
    pub mailbox: &'a str,
    pub uidvalidity: u32,
    pub uid: u32,
}

pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, owner-only, WAL, migrated.
    pub fn open(path: &Path) -> Result<Store> {
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        create_private_dir(dir).map_err(|source| StoreError::Dir {
            path: path.into(),
            source,
        })?;
        // Creating the schema (or bringing it up to date) is not safe to race: the daemon and
        // a CLI command opening a new database at once would both apply the migrations, and
        // one would fail. An exclusive lock on the directory, held only while opening,
        // serialises that; the database itself is never locked by it.
        let _opening = lock_dir(dir).map_err(|source| StoreError::Lock {
            path: path.into(),
            source,
        })?;
        let existed = path.exists();
        if !existed {
            create_private_file(path).map_err(|source| StoreError::Dir {
                path: path.into(),
                source,
            })?;
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.into(),
            source,
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        Store::init(conn)
    }

    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Store> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A database at the newest version needs nothing from the runner, which would parse
        // every embedded migration's name with a regex that then stays for the life of the
        // process (~0.4 MiB resident in the daemon, and time on every open).
        if applied_version(&conn)? != Some(SCHEMA_VERSION) {
            embedded::migrations::runner().run(&mut conn)?;
        }
        Ok(Store { conn })
    }

    /// Runs `f` as one write transaction (`BEGIN IMMEDIATE`, waiting for other writers):
    /// for every load-the-ledger, change-it, save-it sequence. The database has several
    /// writers — each account's watcher, the notifier, `casewatch replied` in another
    /// process — and a case saved from a ledger loaded before another writer's change would
    /// silently undo that change (a reply seen in Sent, say). `record` and `record_effects`
    /// nest inside as savepoints.
    pub fn atomically<R, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&mut Store) -> std::result::Result<R, E>,
    ) -> std::result::Result<R, E> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(StoreError::from)?;
        let out = f(self);
        let end = if out.is_ok() { "COMMIT" } else { "ROLLBACK" };
        if let Err(e) = self.conn.execute_batch(end) {
            if !self.conn.is_autocommit() {
                let _ = self.conn.execute_batch("ROLLBACK");
            }
            return Err(StoreError::from(e).into());
        }
        out
    }

    /// Frees this connection's page cache (SQLite keeps up to 2 MB of database pages per
    /// connection). The daemon calls it after each pass: it then waits for hours, and the
    /// pages come back from the OS's file cache when next needed.
    pub fn release_memory(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA shrink_memory")?;
        Ok(())
    }

    /// The person's addresses: configured (`me`), then those learned from support's mail.
    pub fn all_me(&self, me: &[String]) -> Result<Vec<String>> {
        let mut all_me: Vec<String> = me.to_vec();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT address FROM my_addresses ORDER BY rowid")?;
        for a in stmt.query_map([], |r| r.get::<_, String>(0))? {
            all_me.push(a?);
        }
        Ok(all_me)
    }

    /// The open cases (those active within `around`, when given) and those numbered in
    /// `also`, read through the indexes: what time passing (reminders, deadlines) and a new
    /// message can change.
    fn cases_open_or(&self, also: &[String], around: Option<(i64, i64)>) -> Result<Vec<Case>> {
        let (from, to) = around.unwrap_or((i64::MIN, i64::MAX));
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE state IN ('awaiting_support', 'awaiting_you')
               AND last_event_at BETWEEN ?2 AND ?3
             UNION SELECT {CASE_COLUMNS} FROM cases WHERE number IN (SELECT value FROM json_each(?1))"
        ))?;
        let rows = stmt.query_map(params![json(&also), from, to], read_case)?;
        let mut out = Vec::new();
        for r in rows {
            out.push(r??);
        }
        Ok(out)
    }

    /// A ledger of the open cases (and the cases in `also`): all the notifier's round and the
    /// person's actions need, at a cost that does not grow with the finished history.
    pub fn load_open_ledger(&self, me: &[String], also: &[String]) -> Result<Ledger> {
        Ok(Ledger::restore(
            &self.all_me(me)?,
            self.cases_open_or(also, None)?,
            Vec::new(),
        ))
    }

    /// The ledger one message needs, and no more: the case its number names, the cases its
    /// In-Reply-To / References point at, the open cases (duplicate checks), whether it was
    /// seen before, and how often support's earlier mails carried each of its lines. Each is
    /// an index lookup, so ingest costs the same at 100 or 100,000 recorded messages.
    pub fn load_ledger_for(
        &self,
        mail: &Mail,
        key: &str,
        packs: &[RuleSet],
        me: &[String],
    ) -> Result<Ledger> {
        let mut numbers: Vec<String> = packs
            .iter()
            .filter_map(|p| crate::core::extract::case_number(mail, p))
            .collect();
        let mut messages: Vec<(String, Option<String>, Option<String>)> = Vec::new();
        let mut by_id = self.conn.prepare_cached(
            "SELECT key, case_number FROM messages WHERE message_id = ?1 AND case_number IS NOT NULL LIMIT 1",
        )?;
        // The thread the ledger will pick: In-Reply-To first, then References newest first.
        let mut threaded = None;
        for id in mail.in_reply_to.iter().chain(mail.references.iter().rev()) {
            let hit = by_id
                .query_row([id], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })
                .optional()?;
            if let Some((k, case)) = hit {
                threaded.get_or_insert_with(|| case.clone());
                numbers.push(case.clone());
                messages.push((k, Some(id.clone()), Some(case)));
            }
        }
        let seen = self
            .conn
            .prepare_cached("SELECT 1 FROM messages WHERE key = ?1")?
            .exists([key])?;
        if seen {
            messages.push((key.to_string(), None, None));
        }
        // The case the mail belongs to before it is classified, as the ledger will find it.
        let case = crate::core::ledger::case_of(mail, packs, threaded.as_deref());
        // Open cases that could be a duplicate of this one: active within the window.
        let around = mail.date.map(|d| {
            let w = crate::core::ledger::DUPLICATE_WINDOW;
            (d.saturating_sub(w), d.saturating_add(w))
        });
        let open = self.cases_open_or(&numbers, around)?;
        let mut ledger = Ledger::restore(&self.all_me(me)?, open, messages);
        if let Some(case) = case {
            let mut line = self
                .conn
                .prepare_cached("SELECT mails FROM support_lines WHERE line = ?1")?;
            let mut counts = Vec::new();
            for k in crate::core::ledger::thread_line_keys(&case, &mail.new_text) {
                if let Some(n) = line
                    .query_row([k as i64], |r| r.get::<_, i64>(0))
                    .optional()?
                {
                    counts.push((k, n.clamp(0, 255) as u8));
                }
            }
            ledger.know_lines(counts);
        }
        Ok(ledger)
    }

    /// Rebuilds the whole ledger: every case, all threading and the person's known addresses
    /// (`show`, tests). Ingest and the notifier read only what they need
    /// ([`Store::load_ledger_for`], [`Store::load_open_ledger`]).
    pub fn load_ledger(&self, me: &[String]) -> Result<Ledger> {
        let all_me = self.all_me(me)?;
        let mut stmt = self
            .conn
            .prepare("SELECT key, message_id, case_number FROM messages")?;
        let messages = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(Ledger::restore(&all_me, self.cases()?, messages))
    }

    /// Records one ingested message and everything it caused, atomically.
    pub fn record(
        &mut self,
        mail: &Mail,
        ing: &Ingested,
        ledger: &Ledger,
        origin: &Origin<'_>,
        now: i64,
    ) -> Result<()> {
        let tx = self.conn.savepoint()?;
        if ing.new && ing.keep {
            let c = &ing.classification;
            if let Some(case) = c.case.as_deref().and_then(|n| ledger.cases.get(n)) {
                upsert_case(&tx, case)?;
            }
            tx.execute(
                "INSERT OR IGNORE INTO messages (key, message_id, case_number, profile, kind, direction, at,
                    from_addr, subject, why, needs_reply, authenticated, channel, support_url,
                    candidate_ids, accounts, proposed_keep, asked, source, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
                params![
                    ing.key,
                    mail.message_id,
                    if c.kind == Kind::Suspicious { None } else { c.case.clone() },
                    c.profile,
                    c.kind.as_str(),
                    ing.direction.as_str(),
                    ing.at,
                    mail.from.as_ref().map(|f| f.email.clone()),
                    mail.subject,
                    c.why,
                    c.needs_reply,
                    c.authenticated.as_str(),
                    c.channel.as_str(),
                    c.support_url,
                    json(&c.candidate_ids),
                    json(&c.accounts),
                    c.proposed_keep,
                    c.asked,
                    origin.source,
                    now,
                ],
            )?;
            write_effects(&tx, ledger, &ing.effects, Some(&ing.key), now)?;
            if let (true, Some(case)) = (c.kind.is_support_case_mail(), c.case.as_deref()) {
                let mut lines: Vec<u64> =
                    crate::core::ledger::thread_line_keys(case, &mail.new_text).collect();
                lines.sort_unstable();
                lines.dedup();
                let mut up = tx.prepare_cached(
                    "INSERT INTO support_lines (line, mails) VALUES (?1, 1)
                     ON CONFLICT(line) DO UPDATE SET mails = min(mails + 1, 255)",
                )?;
                for k in lines {
                    up.execute([k as i64])?;
                }
            }
            for a in ledger.me() {
                tx.execute(
                    "INSERT OR IGNORE INTO my_addresses (address) VALUES (?1)",
                    [a],
                )?;
            }
        }
        if let Some(cur) = &origin.cursor {
            set_cursor(&tx, cur, now)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Records effects that came from the person or from time passing (not from a message).
    pub fn record_effects(
        &mut self,
        ledger: &Ledger,
        effects: &[Effect],
        notices: &[Notice],
        now: i64,
    ) -> Result<()> {
        let tx = self.conn.savepoint()?;
        write_effects(&tx, ledger, effects, None, now)?;
        for n in notices {
            insert_notice(&tx, n, now)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Saves a case as the ledger now has it (after the person's action).
    pub fn save_case(&mut self, case: &Case) -> Result<()> {
        upsert_case(&self.conn, case)
    }

    pub fn cases(&self) -> Result<Vec<Case>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {CASE_COLUMNS} FROM cases ORDER BY last_event_at DESC"
        ))?;
        let rows = stmt.query_map([], read_case)?;
        let mut out = Vec::new();
        for r in rows {
            out.push(r??);
        }
        Ok(out)
    }

    pub fn case(&self, number: &str) -> Result<Option<Case>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE number = ?1"
        ))?;
        match stmt.query_row([number], read_case).optional()? {
            Some(c) => Ok(Some(c?)),
            None => Ok(None),
        }
    }

    /// A case's messages, oldest first.
    pub fn messages(&self, case: &str) -> Result<Vec<MessageRow>> {
        self.query_messages(
            "WHERE case_number = ?1 ORDER BY at, recorded_at",
            params![case],
        )
    }

    /// The newest messages, newest first.
    pub fn recent_messages(&self, limit: u32) -> Result<Vec<MessageRow>> {
        self.query_messages("ORDER BY at DESC LIMIT ?1", params![limit])
    }

    pub fn message(&self, key: &str) -> Result<Option<MessageRow>> {
        Ok(self
            .query_messages("WHERE key = ?1", params![key])?
            .into_iter()
            .next())
    }

    fn query_messages(&self, tail: &str, p: impl rusqlite::Params) -> Result<Vec<MessageRow>> {
        let sql = format!(
            "SELECT key, message_id, case_number, kind, direction, at, from_addr, subject, why, needs_reply,
                    authenticated, channel, candidate_ids, accounts, asked, source FROM messages {tail}"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(p, |r| {
            let key: String = r.get(0)?;
            let candidate_ids = r.get::<_, String>(12)?;
            let accounts = r.get::<_, String>(13)?;
            let (Ok(candidate_ids), Ok(accounts)) = (
                serde_json::from_str(&candidate_ids),
                serde_json::from_str(&accounts),
            ) else {
                return Ok(Err(damaged(&format!(
                    "message {key}: its candidate_ids or accounts column"
                ))));
            };
            Ok(Ok(MessageRow {
                key,
                message_id: r.get(1)?,
                case: r.get(2)?,
                kind: r.get(3)?,
                direction: r.get(4)?,
                at: r.get(5)?,
                from: r.get(6)?,
                subject: r.get(7)?,
                why: r.get(8)?,
                needs_reply: r.get(9)?,
                authenticated: r.get(10)?,
                channel: r.get(11)?,
                candidate_ids,
                accounts,
                asked: r.get(14)?,
                source: r.get(15)?,
            }))
        })?;
        let mut out = Vec::new();
        for r in rows {
            out.push(r??);
        }
        Ok(out)
    }

    /// Decisions recorded for a case, oldest first: (at, effect, detail JSON).
    pub fn decisions(&self, case: &str) -> Result<Vec<(i64, String, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT at, effect, detail FROM decisions WHERE case_number = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([case], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<std::result::Result<Vec<_>, _>>()?)
    }

    /// The case's last move to `closed` was support closing it as a duplicate (not the person's
    /// silence past a deadline).
    pub fn closed_as_duplicate(&self, case: &str) -> Result<bool> {
        let last_close = self
            .decisions(case)?
            .into_iter()
            .rev()
            .filter(|(_, effect, _)| effect == "state_changed")
            .filter_map(|(_, _, detail)| serde_json::from_str::<serde_json::Value>(&detail).ok())
            .find(|d| d["to"] == "closed");
        Ok(last_close.is_some_and(|d| {
            d["reason"]
                .as_str()
                .is_some_and(|r| r.starts_with(crate::core::case::CLOSED_AS_DUPLICATE))
        }))
    }

    // -- IMAP positions ---------------------------------------------------------------------

    /// (uidvalidity, last_uid) for a mailbox.
    pub fn cursor(&self, account: &str, mailbox: &str) -> Result<Option<(u32, u32)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT uidvalidity, last_uid FROM mailbox_state WHERE account = ?1 AND mailbox = ?2",
                params![account, mailbox],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    pub fn set_cursor(&mut self, cur: &Cursor<'_>, now: i64) -> Result<()> {
        set_cursor(&self.conn, cur, now)
    }

    // -- Account health ---------------------------------------------------------------------

    pub fn account_ok(&mut self, account: &str, now: i64) -> Result<()> {
        self.conn.execute(
            "INSERT INTO account_health (account, last_ok_at, failing_since, last_error) VALUES (?1, ?2, NULL, NULL)
             ON CONFLICT(account) DO UPDATE SET last_ok_at = ?2, failing_since = NULL, last_error = NULL",
            params![account, now],
        )?;
        Ok(())
    }

    /// Records a failure; returns since when the account has been failing.
    pub fn account_failed(&mut self, account: &str, error: &str, now: i64) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO account_health (account, last_ok_at, failing_since, last_error) VALUES (?1, NULL, ?2, ?3)
             ON CONFLICT(account) DO UPDATE SET failing_since = COALESCE(failing_since, ?2), last_error = ?3",
            params![account, now, error],
        )?;
        Ok(self.conn.query_row(
            "SELECT failing_since FROM account_health WHERE account = ?1",
            [account],
            |r| r.get(0),
        )?)
    }

    /// (account, last_ok_at, failing_since, last_error)
    pub fn account_health(&self) -> Result<Vec<HealthRow>> {
        let mut stmt = self
            .conn
            .prepare("SELECT account, last_ok_at, failing_since, last_error FROM account_health ORDER BY account")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        Ok(rows.collect::<std::result::Result<Vec<_>, _>>()?)
    }

    // -- Notification outbox ----------------------------------------------------------------

    /// Queues a notice; false if it was queued (or sent) before.
    pub fn enqueue(&mut self, n: &Notice, now: i64) -> Result<bool> {
        Ok(insert_notice(&self.conn, n, now)? > 0)
    }

    /// Unsent notices due by `now` (and past their retry time, if delivery failed before),
    /// oldest first.
    pub fn pending(&self, now: i64) -> Result<Vec<Pending>> {
        let mut stmt = self.conn.prepare(
            "SELECT purpose, key, case_number, due_at, attempts FROM notifications
             WHERE sent_at IS NULL AND due_at <= ?1 AND (retry_at IS NULL OR retry_at <= ?1)
             ORDER BY due_at, rowid",
        )?;
        let rows = stmt.query_map([now], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for r in rows {
            let (purpose, key, case, due_at, attempts) = r?;
            let purpose = Purpose::parse(&purpose)
                .ok_or_else(|| StoreError::Corrupt(format!("notification purpose {purpose:?}")))?;
            out.push(Pending {
                purpose,
                key,
                case,
                due_at,
                attempts,
            });
        }
        Ok(out)
    }

    pub fn mark_sent(&mut self, p: &Pending, via: &str, now: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE notifications SET sent_at = ?1, via = ?2, attempts = attempts + 1, last_error = NULL
             WHERE purpose = ?3 AND key = ?4",
            params![now, via, p.purpose.as_str(), p.key],
        )?;
        Ok(())
    }

    /// Nobody saw the notice: it stays queued and is tried again after a backoff (30 s,
    /// doubling per failed attempt, at most 10 min). Returns when.
    pub fn mark_failed(&mut self, p: &Pending, error: &str, now: i64) -> Result<i64> {
        let retry_at = now + retry_backoff(p.attempts + 1);
        self.conn.execute(
            "UPDATE notifications SET attempts = attempts + 1, last_error = ?1, retry_at = ?2
             WHERE purpose = ?3 AND key = ?4",
            params![error, retry_at, p.purpose.as_str(), p.key],
        )?;
        Ok(retry_at)
    }

    /// The earliest time a failed notice may be tried again.
    pub fn next_retry(&self) -> Result<Option<i64>> {
        Ok(self.conn.query_row(
            "SELECT MIN(retry_at) FROM notifications WHERE sent_at IS NULL",
            [],
            |r| r.get(0),
        )?)
    }

    /// Drops unsent notices that no longer apply (the case no longer waits on the person).
    pub fn cancel_pending(&mut self, case: &str, purposes: &[Purpose], now: i64) -> Result<usize> {
        let mut n = 0;
        for p in purposes {
            n += self.conn.execute(
                "UPDATE notifications SET sent_at = ?1, via = 'cancelled' WHERE sent_at IS NULL AND case_number = ?2 AND purpose = ?3",
                params![now, case, p.as_str()],
            )?;
        }
        Ok(n)
    }

    /// How many notifications were delivered, by purpose (for `status`).
    pub fn sent_count(&self, purpose: Purpose) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM notifications WHERE purpose = ?1 AND sent_at IS NOT NULL AND via != 'cancelled'",
            [purpose.as_str()],
            |r| r.get(0),
        )?)
    }
}

const CASE_COLUMNS: &str = "number, profile, subject, state, state_since, opened_at, last_event_at, last_kind, asked,
    channel, support_url, accounts, proposed_keep, awaiting_message, deadline_at, duplicate_of, replied_at,
    snoozed_until, last_reminded_at, reminders_sent, told_at, topic";

/// A stored value casewatch cannot read back: an error naming the row, never a silent default.
fn damaged(what: &str) -> StoreError {
    StoreError::Corrupt(format!(
        "{what} is not readable JSON: the database is damaged. Restore it from a backup, or \
         move it away and run `casewatch sync` (or `import`) to rebuild the history from your mail"
    ))
}

fn read_case(r: &rusqlite::Row<'_>) -> rusqlite::Result<Result<Case>> {
    let state: String = r.get(3)?;
    let last_kind: String = r.get(7)?;
    let channel: String = r.get(9)?;
    let accounts: String = r.get(11)?;
    let (Some(state), Some(last_kind), Some(channel)) = (
        State::parse(&state),
        Kind::parse(&last_kind),
        Channel::parse(&channel),
    ) else {
        return Ok(Err(StoreError::Corrupt(format!(
            "case row with state {state:?}, kind {last_kind:?}, channel {channel:?}"
        ))));
    };
    let number: String = r.get(0)?;
    let Ok(accounts) = serde_json::from_str(&accounts) else {
        return Ok(Err(damaged(&format!("case {number}: its accounts column"))));
    };
    Ok(Ok(Case {
        number,
        profile: r.get(1)?,
        subject: r.get(2)?,
        state,
        state_since: r.get(4)?,
        opened_at: r.get(5)?,
        last_event_at: r.get(6)?,
        last_kind,
        asked: r.get(8)?,
        channel,
        support_url: r.get(10)?,
        accounts,
        proposed_keep: r.get(12)?,
        awaiting_message: r.get(13)?,
        deadline_at: r.get(14)?,
        duplicate_of: r.get(15)?,
        replied_at: r.get(16)?,
        snoozed_until: r.get(17)?,
        last_reminded_at: r.get(18)?,
        reminders_sent: r.get(19)?,
        told_at: r.get(20)?,
        topic: r.get(21)?,
    }))
}

fn upsert_case(conn: &Connection, c: &Case) -> Result<()> {
    conn.execute(
        &format!(
            "INSERT INTO cases ({CASE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)
             ON CONFLICT(number) DO UPDATE SET profile = ?2, subject = ?3, state = ?4, state_since = ?5, opened_at = ?6,
               last_event_at = ?7, last_kind = ?8, asked = ?9, channel = ?10, support_url = ?11, accounts = ?12,
               proposed_keep = ?13, awaiting_message = ?14, deadline_at = ?15, duplicate_of = ?16, replied_at = ?17,
               snoozed_until = ?18, last_reminded_at = ?19, reminders_sent = ?20, told_at = ?21, topic = ?22"
        ),
        params![
            c.number,
            c.profile,
            c.subject,
            c.state.as_str(),
            c.state_since,
            c.opened_at,
            c.last_event_at,
            c.last_kind.as_str(),
            c.asked,
            c.channel.as_str(),
            c.support_url,
            json(&c.accounts),
            c.proposed_keep,
            c.awaiting_message,
            c.deadline_at,
            c.duplicate_of,
            c.replied_at,
            c.snoozed_until,
            c.last_reminded_at,
            c.reminders_sent,
            c.told_at,
            c.topic,
        ],
    )?;
    Ok(())
}

fn write_effects(
    tx: &Connection,
    ledger: &Ledger,
    effects: &[Effect],
    message: Option<&str>,
    now: i64,
) -> Result<()> {
    for e in effects {
        let (case, name, detail) = describe(e);
        if let Some(c) = case.and_then(|n| ledger.cases.get(n)) {
            upsert_case(tx, c)?;
        }
        tx.execute(
            "INSERT INTO decisions (case_number, message_key, at, effect, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![case, message, now, name, detail.to_string()],
        )?;
        match e {
            Effect::Notify(n) => {
                insert_notice(tx, n, now)?;
            }
            Effect::RemindersStopped { case } => {
                tx.execute(
                    "UPDATE notifications SET sent_at = ?1, via = 'cancelled'
                     WHERE sent_at IS NULL AND case_number = ?2 AND purpose IN ('needs_reply', 'reminder')",
                    params![now, case],
                )?;
            }
            _ => {}
        }
    }
    Ok(())
}

fn insert_notice(conn: &Connection, n: &Notice, now: i64) -> Result<usize> {
    Ok(conn.execute(
        "INSERT OR IGNORE INTO notifications (purpose, key, case_number, due_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![n.purpose.as_str(), n.key, n.case, n.due_at, now],
    )?)
}

fn set_cursor(conn: &Connection, cur: &Cursor<'_>, now: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO mailbox_state (account, mailbox, uidvalidity, last_uid, synced_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(account, mailbox) DO UPDATE SET
           last_uid = CASE WHEN uidvalidity = ?3 THEN MAX(last_uid, ?4) ELSE ?4 END,
           uidvalidity = ?3, synced_at = ?5",
        params![cur.account, cur.mailbox, cur.uidvalidity, cur.uid, now],
    )?;
    Ok(())
}

fn describe(e: &Effect) -> (Option<&str>, &'static str, serde_json::Value) {
    use serde_json::json;
    match e {
        Effect::Opened { case } => (Some(case), "opened", json!({})),
        Effect::StateChanged {
            case,
            from,
            to,
            reason,
        } => (
            Some(case),
            "state_changed",
            json!({"from": from.as_str(), "to": to.as_str(), "reason": reason}),
        ),
        Effect::Stale { case, key } => (Some(case), "stale", json!({"message": key})),
        Effect::DuplicateSuspected { case, other } => {
            (Some(case), "duplicate_suspected", json!({"other": other}))
        }
        Effect::RemindersStopped { case } => (Some(case), "reminders_stopped", json!({})),
        Effect::Notify(n) => (
            n.case.as_deref(),
            "notify",
            json!({"purpose": n.purpose.as_str(), "key": n.key, "due_at": n.due_at}),
        ),
    }
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if dir.exists() {
        return Ok(());
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

/// An exclusive advisory lock (flock) on `dir`, released when the returned handle drops.
fn lock_dir(dir: &Path) -> std::io::Result<std::fs::File> {
    let handle = std::fs::File::open(dir)?;
    handle.lock()?;
    Ok(handle)
}

fn create_private_file(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map(drop)
        .or_else(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Ok(())
            } else {
                Err(e)
            }
        })
}

/// Seconds before the `attempt`-th retry of a notice nobody saw: 30 s, doubling, at most 10 min.
fn retry_backoff(attempt: u32) -> i64 {
    (30_i64 << (attempt.clamp(1, 6) - 1)).min(600)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ledger::message_key;
    use crate::core::rules::RuleSet;

    const REQ: &str = "From: AWS <aws-cs-trainingcertification-form@amazon.com>\r\nTo: taro@gmail.com\r\nSubject: RE:[CASE 1762217232] x\r\nMessage-ID: <req@amazon.com>\r\nDate: Tue, 4 Nov 2025 10:00:00 +0000\r\n\r\nPlease confirm that we may merge Account #2 into Account #1.\r\n\r\nAccount #1\r\nLogin email: taro@gmail.com\r\n\r\nAccount #2\r\nLogin email: t@corp.example\r\n";

    /// The daemon and a CLI command (or two commands) opening a database that does not exist
    /// yet must not both try to create the schema: one of them used to fail with
    /// "table cases already exists" and, for the daemon, exit.
    #[test]
    fn concurrent_first_opens_all_succeed() {
        for _ in 0..20 {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("data").join("cw.db");
            let barrier = std::sync::Arc::new(std::sync::Barrier::new(6));
            let opens: Vec<_> = (0..6)
                .map(|_| {
                    let (path, barrier) = (path.clone(), barrier.clone());
                    std::thread::spawn(move || {
                        barrier.wait();
                        Store::open(&path).map(|s| s.cases().unwrap().len())
                    })
                })
                .collect();
            for o in opens {
                assert_eq!(o.join().unwrap().unwrap(), 0);
            }
        }
    }

    /// A writer that has loaded the ledger keeps the others out until it has saved: another
    /// account's watcher recording a message waits instead of saving over it from a copy
    /// loaded before the change.
    #[test]
    fn atomically_keeps_other_writers_out_until_it_has_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cw.db");
        let mut a = Store::open(&path).unwrap();
        let mut b = Store::open(&path).unwrap();
        let (done_tx, done) = std::sync::mpsc::channel();
        let writer = a
            .atomically(|a| {
                let before = a.load_ledger(&[])?;
                assert!(before.cases.is_empty());
                let writer = std::thread::spawn(move || {
                    let packs = vec![RuleSet::builtin()];
                    let origin = Origin {
                        source: "other-account".into(),
                        cursor: None,
                        history: Some(crate::core::ledger::HISTORY_QUIET),
                    };
                    let r = crate::ingest::ingest_raw(
                        &mut b,
                        &packs,
                        &[],
                        REQ.as_bytes(),
                        &origin,
                        200,
                    );
                    done_tx
                        .send(r.map(|(_, ing)| ing.new).map_err(|e| e.to_string()))
                        .unwrap();
                });
                assert!(
                    done.recv_timeout(std::time::Duration::from_millis(300))
                        .is_err(),
                    "the other writer did not wait for this one"
                );
                a.account_ok("personal", 150)?;
                Ok::<_, StoreError>(writer)
            })
            .unwrap();
        let recorded = done
            .recv_timeout(std::time::Duration::from_secs(5))
            .unwrap();
        writer.join().unwrap();
        assert_eq!(recorded, Ok(true));
        assert_eq!(a.cases().unwrap().len(), 1);
        assert_eq!(a.account_health().unwrap()[0].1, Some(150));
    }

    fn ingest(
        store: &mut Store,
        ledger: &mut Ledger,
        raw: &str,
        cursor: Option<Cursor<'_>>,
    ) -> Ingested {
        let packs = vec![RuleSet::builtin()];
        let mail = Mail::parse(raw.as_bytes()).unwrap();
        let key = message_key(&mail, raw.as_bytes());
        let ing = ledger.ingest(&mail, &key, &packs, 100);
        store
            .record(
                &mail,
                &ing,
                ledger,
                &Origin {
                    source: "test".into(),
                    cursor,
                    history: None,
                },
                100,
            )
            .unwrap();
        ing
    }

    #[test]
    fn the_schema_version_is_the_last_migration() {
        let runner = embedded::migrations::runner();
        let last = runner.get_migrations().iter().map(|m| m.version()).max();
        assert_eq!(last.map(i64::from), Some(SCHEMA_VERSION));
    }

    /// A database left at an older schema by an earlier casewatch is brought up to date on
    /// open; one already up to date is opened as it is.
    #[test]
    fn an_older_database_is_migrated_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        let mut conn = Connection::open(&path).unwrap();
        embedded::migrations::runner()
            .set_target(refinery::Target::Version(3))
            .run(&mut conn)
            .unwrap();
        assert_eq!(applied_version(&conn).unwrap(), Some(3));
        drop(conn);
        let mut s = Store::open(&path).unwrap();
        assert_eq!(applied_version(&s.conn).unwrap(), Some(SCHEMA_VERSION));
        let mut l = s.load_ledger(&[]).unwrap();
        ingest(&mut s, &mut l, REQ, None);
        drop(s);
        let s = Store::open(&path).unwrap();
        assert_eq!(s.cases().unwrap().len(), 1);
        // Up to date, the runner is not called at all: it would refuse a history whose
        // checksum differs from the embedded migration's.
        s.conn
            .execute(
                "UPDATE refinery_schema_history SET checksum = '1' WHERE version = 1",
                [],
            )
            .unwrap();
        drop(s);
        let s = Store::open(&path).unwrap();
        assert_eq!(s.cases().unwrap().len(), 1);
        let mut conn = Connection::open(&path).unwrap();
        assert!(embedded::migrations::runner().run(&mut conn).is_err());
        let fresh = Connection::open_in_memory().unwrap();
        assert_eq!(applied_version(&fresh).unwrap(), None);
    }

    #[test]
    fn migrations_apply_to_memory_and_record_round_trips() {
        let mut s = Store::open_in_memory().unwrap();
        let mut l = s.load_ledger(&[]).unwrap();
        ingest(&mut s, &mut l, REQ, None);
        let cases = s.cases().unwrap();
        assert_eq!(cases.len(), 1);
        assert_eq!(cases[0], l.cases["1762217232"]);
        assert_eq!(cases[0].state, State::AwaitingYou);
        let msgs = s.messages("1762217232").unwrap();
        assert_eq!(msgs.len(), 1);
        assert_eq!(msgs[0].kind, "confirmation_request");
        assert_eq!(msgs[0].accounts.len(), 2);
        let pending = s.pending(i64::MAX).unwrap();
        assert_eq!(pending.len(), 1);
        assert_eq!(pending[0].purpose, Purpose::NeedsReply);
    }

    #[test]
    fn a_damaged_row_is_an_error_naming_it_not_a_silent_default() {
        let mut s = Store::open_in_memory().unwrap();
        let mut l = s.load_ledger(&[]).unwrap();
        ingest(&mut s, &mut l, REQ, None);
        s.conn
            .execute("UPDATE cases SET accounts = '[{\"label\": trunc'", [])
            .unwrap();
        let e = s.case("1762217232").unwrap_err().to_string();
        assert!(
            e.contains("case 1762217232") && e.contains("damaged"),
            "{e}"
        );
        assert!(s.cases().is_err());
        s.conn
            .execute("UPDATE messages SET candidate_ids = 'not json'", [])
            .unwrap();
        let e = s.messages("1762217232").unwrap_err().to_string();
        assert!(e.contains("message ") && e.contains("candidate_ids"), "{e}");
    }

    #[test]
    fn a_notice_nobody_saw_is_retried_with_backoff() {
        let mut s = Store::open_in_memory().unwrap();
        let mut l = s.load_ledger(&[]).unwrap();
        ingest(&mut s, &mut l, REQ, None);
        let now = 2_000_000_000; // after the message's date
        let p = s.pending(now).unwrap().remove(0);
        assert_eq!(s.mark_failed(&p, "no bus", now).unwrap(), now + 30);
        assert!(s.pending(now + 29).unwrap().is_empty());
        assert_eq!(s.next_retry().unwrap(), Some(now + 30));
        let p = s.pending(now + 30).unwrap().remove(0);
        assert_eq!(p.attempts, 1);
        assert_eq!(s.mark_failed(&p, "no bus", now + 30).unwrap(), now + 90);
        for attempts in 3..12 {
            assert!(retry_backoff(attempts) <= 600);
        }
        assert_eq!(retry_backoff(12), 600);
        // Seen at last: no longer pending, no retry left.
        let p = s.pending(now + 90).unwrap().remove(0);
        s.mark_sent(&p, "desktop", now + 90).unwrap();
        assert!(s.pending(i64::MAX).unwrap().is_empty());
        assert_eq!(s.next_retry().unwrap(), None);
    }

    #[test]
    fn a_case_closed_as_a_duplicate_is_told_apart_from_one_closed_for_silence() {
        let mut s = Store::open_in_memory().unwrap();
        let mut l = s.load_ledger(&[]).unwrap();
        ingest(&mut s, &mut l, REQ, None);
        assert!(!s.closed_as_duplicate("1762217232").unwrap());
        let dup = "From: AWS <aws-cs-trainingcertification-form@amazon.com>\r\nTo: taro@gmail.com\r\nSubject: RE:[CASE 1762217232] x\r\nMessage-ID: <dup@amazon.com>\r\nDate: Wed, 5 Nov 2025 10:00:00 +0000\r\n\r\nThis request duplicates case 1762000000, opened earlier for the same accounts, so I have closed this one. The other case remains open.\r\n";
        ingest(&mut s, &mut l, dup, None);
        assert_eq!(
            l.cases["1762217232"].state,
            crate::core::case::State::Closed
        );
        assert!(s.closed_as_duplicate("1762217232").unwrap());
        // A case closed when support's deadline passed without a reply is not one.
        let mut s = Store::open_in_memory().unwrap();
        let mut l = s.load_ledger(&[]).unwrap();
        let notice = REQ.replace(
            "Please confirm that we may merge Account #2 into Account #1.",
            "Please confirm the merge within 3 days, or this case will be closed.",
        );
        ingest(&mut s, &mut l, &notice, None);
        let (effects, _) = l.tick(i64::MAX / 2, &crate::core::case::ReminderPolicy::default());
        assert!(effects.iter().any(|e| matches!(
            e,
            crate::core::case::Effect::StateChanged {
                to: crate::core::case::State::Closed,
                ..
            }
        )));
        s.record_effects(&l, &effects, &[], i64::MAX / 2).unwrap();
        assert!(!s.closed_as_duplicate("1762217232").unwrap());
    }

    #[test]
    fn ingesting_twice_after_restart_changes_nothing() {
        let mut s = Store::open_in_memory().unwrap();
        let mut l = s.load_ledger(&[]).unwrap();
        ingest(&mut s, &mut l, REQ, None);
        let decisions = s.decisions("1762217232").unwrap().len();
        let mut l2 = s.load_ledger(&[]).unwrap();
        let again = ingest(&mut s, &mut l2, REQ, None);
        assert!(!again.new);
        assert_eq!(s.decisions("1762217232").unwrap().len(), decisions);
        assert_eq!(s.pending(i64::MAX).unwrap().len(), 1);
        assert!(
            l2.me().contains(&"taro@gmail.com".to_string()),
            "learned address survives restart"
        );
    }

    #[test]
    fn cursor_advances_with_the_message_and_resets_on_uidvalidity_change() {
        let mut s = Store::open_in_memory().unwrap();
        let mut l = s.load_ledger(&[]).unwrap();
        let cur = Cursor {
            account: "a",
            mailbox: "INBOX",
            uidvalidity: 7,
            uid: 42,
        };
        ingest(&mut s, &mut l, REQ, Some(cur));
        assert_eq!(s.cursor("a", "INBOX").unwrap(), Some((7, 42)));
        s.set_cursor(&Cursor { uid: 10, ..cur }, 0).unwrap();
        assert_eq!(
            s.cursor("a", "INBOX").unwrap(),
            Some((7, 42)),
            "never moves back"
        );
        s.set_cursor(
            &Cursor {
                uidvalidity: 8,
                uid: 3,
                ..cur
            },
            0,
        )
        .unwrap();
        assert_eq!(s.cursor("a", "INBOX").unwrap(), Some((8, 3)));
    }

    #[test]
    fn database_file_is_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/casewatch.db");
        Store::open(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
