//! Mailbox watching over IMAP: `sync` (one pass over every account) and `run` (the daemon,
//! reconnecting forever). Per account, `run` keeps a main connection that catches up every
//! mailbox (Sent last) and IDLEs on the first, or polls everything where the server has no
//! IDLE; each further mailbox and the Sent mailbox get a connection of their own to IDLE on,
//! since IDLE covers only the selected mailbox. See [`Watched`].
//!
//! The position in each mailbox is (UIDVALIDITY, last UID) in the store, advanced in the same
//! transaction as the message it follows (`ingest_raw`), so a crash or a kill never skips or
//! repeats a message. A first sync (or a UIDVALIDITY change) asks the server for candidates
//! (`UID SEARCH SINCE … FROM vendor-domain … SUBJECT "CASE"`) instead of downloading the
//! mailbox; after a mailbox is done its cursor moves to UIDNEXT-1, so mail that was not a
//! candidate is never looked at again. Ingest is idempotent: a resync records nothing twice.
//!
//! SQLite is synchronous: store calls run in `blocking` (tokio's `block_in_place`) so they
//! don't stall the other tasks. Each watcher task owns its own `Store` connection.

use crate::adapters::imap::{self, ImapError, Session, Woke};
use crate::config::{Account, Config};
use crate::core::rules::RuleSet;
use crate::ingest::{ingest_raw, IngestError};
use crate::store::{Cursor, Origin, Store};
use anyhow::Context;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{watch, Notify};

/// Re-IDLE before servers drop an idle client (29 min, RFC 2177).
const REIDLE: Duration = Duration::from_secs(25 * 60);
const BACKOFF_FIRST: Duration = Duration::from_secs(1);
const BACKOFF_CAP: Duration = Duration::from_secs(5 * 60);
/// Wrong password, untrusted certificate: retrying soon would only hammer the server. The
/// first retry comes after a minute (the person may be fixing it), then doubling to 15 minutes;
/// SIGHUP retries at once with the config read again.
const LASTING_FIRST: Duration = Duration::from_secs(60);
const LASTING_RETRY: Duration = Duration::from_secs(15 * 60);
/// Candidates fetched per `UID FETCH`: bounds memory to CHUNK × max_message_size.
const CHUNK: usize = 16;
/// After an IDLE wake-up, the bytes of each new message fetched together with the search:
/// a case mail is a few KB to a few dozen; a larger candidate is fetched again in full.
const PREFETCH_CAP: u32 = 128 * 1024;
/// The longest the notifier waits for the first passes before it starts.
const FIRST_PASS_HOLD: Duration = Duration::from_secs(180);

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Runs synchronous store work without stalling the runtime's other tasks.
fn blocking<R>(f: impl FnOnce() -> R) -> R {
    match tokio::runtime::Handle::try_current().map(|h| h.runtime_flavor()) {
        Ok(tokio::runtime::RuntimeFlavor::MultiThread) => tokio::task::block_in_place(f),
        _ => f(),
    }
}

fn open_store(db: &Path) -> anyhow::Result<Store> {
    blocking(|| Store::open(db)).with_context(|| format!("open the database {}", db.display()))
}

/// One pass over every configured account. Errors name the account that failed. Returns the
/// number of new case messages recorded.
pub async fn sync_once(cfg: &Config, db: &Path, progress: bool) -> anyhow::Result<usize> {
    if cfg.accounts.is_empty() {
        anyhow::bail!(
            "no [[accounts]] in the config{}: nothing to sync",
            cfg.file
                .as_ref()
                .map(|f| format!(" {}", f.display()))
                .unwrap_or_default()
        );
    }
    let mut store = open_store(db)?;
    let mut failed = Vec::new();
    let mut total = 0;
    for acc in &cfg.accounts {
        let result = async {
            let mut s = imap::connect(acc).await?;
            let r = catch_up(cfg, acc, &mut s, &mut store, progress).await;
            imap::logout(s).await;
            r
        }
        .await;
        match result {
            Ok(n) => {
                total += n;
                blocking(|| store.account_ok(&acc.name, unix_now()))?;
                if progress {
                    eprintln!("{}: done, {n} new message(s)", acc.name);
                }
            }
            Err(e) => {
                let msg = format!("{}: {e:#}", acc.name);
                let _ = blocking(|| store.account_failed(&acc.name, &msg, unix_now()));
                failed.push(msg);
            }
        }
    }
    if failed.is_empty() {
        Ok(total)
    } else {
        anyhow::bail!("sync failed for {}", failed.join("; "))
    }
}

/// The daemon: watches every account until `shutdown` turns true.
pub async fn run(
    cfg: Arc<Config>,
    db: PathBuf,
    shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    if cfg.accounts.is_empty() {
        anyhow::bail!("no [[accounts]] in the config: nothing to watch");
    }
    // Fail early (and clearly) on a database we cannot open.
    drop(open_store(&db)?);
    let wake = Arc::new(Notify::new());
    // A resume from suspend: every watcher connects again at once (adapters/resume.rs).
    let (resumed, resumed_rx) = watch::channel(0u64);
    let resumed = Arc::new(resumed);
    let resume = tokio::spawn(crate::adapters::resume::listen(
        resumed.clone(),
        wake.clone(),
    ));
    // Each account's lasting failure (a wrong password) is reported once, not per connection.
    let reported: Reported = Default::default();
    // Each watcher holds a sender until its first pass is over (or failed): the channel closes
    // when every connection has caught up.
    let (first_pass, mut caught_up) = tokio::sync::mpsc::channel::<()>(1);
    // One connection per watched mailbox, since IDLE covers the one selected mailbox: the
    // person's reply in Sent is seen as soon as support's mail in INBOX.
    let mut tasks = Vec::new();
    for (i, acc) in cfg.accounts.iter().enumerate() {
        let watched = std::iter::once(Watched::Account)
            .chain(
                acc.mailboxes[1..]
                    .iter()
                    .map(|m| Watched::Mailbox(m.clone())),
            )
            .chain([Watched::Sent]);
        for what in watched {
            tasks.push(tokio::spawn(watcher(
                cfg.clone(),
                i,
                what,
                db.clone(),
                wake.clone(),
                shutdown.clone(),
                first_pass.clone(),
                reported.clone(),
                resumed_rx.clone(),
            )));
        }
    }
    drop(first_pass);
    // The notifier starts once the first passes are over, so what a first sync (or mail that
    // came while casewatch was away) found is told in one summary, not one notice per mail.
    let mut stop = shutdown.clone();
    tokio::select! {
        _ = async { while caught_up.recv().await.is_some() {} } => {}
        _ = tokio::time::sleep(FIRST_PASS_HOLD) => {
            tracing::info!("still catching up after {}s; notifications start now", FIRST_PASS_HOLD.as_secs());
        }
        _ = stopped(&mut stop) => {}
    }
    let alerts = crate::alerts::spawn(cfg.clone(), db.clone(), wake.clone(), shutdown.clone());
    // Up: a Type=notify unit counts as started from here; its watchdog from now on.
    crate::service::ready(&format!("watching {} account(s)", cfg.accounts.len()));
    let keep_alive = tokio::spawn(crate::service::keep_alive());
    for t in tasks {
        if let Err(e) = t.await {
            tracing::error!("a watcher task ended abnormally: {e}");
        }
    }
    crate::service::stopping();
    keep_alive.abort();
    let _ = tokio::time::timeout(Duration::from_secs(1), alerts).await;
    resume.abort();
    Ok(())
}

async fn stopped(shutdown: &mut watch::Receiver<bool>) {
    // An Err means the sender is gone: treat as shutdown too.
    let _ = shutdown.wait_for(|s| *s).await;
}

/// What one of the daemon's connections watches.
#[derive(Clone, Debug)]
enum Watched {
    /// The account: on every (re)connect it catches up all of the account's mailboxes, Sent
    /// last, in one pass before it wakes the notifier, then IDLEs on the first mailbox. So
    /// support's request and the person's reply that both came while casewatch was away are
    /// recorded together, and no notification asks for a reply already sent.
    Account,
    /// Another of the account's `mailboxes`, IDLEd on a connection of its own.
    Mailbox(String),
    /// The Sent mailbox (`sent_mailbox`, else the one with SPECIAL-USE `\Sent`), IDLEd on a
    /// connection of its own.
    Sent,
}

/// One connection of one account, forever: connect, catch up, watch; on any error back off
/// and start over. Returns when shut down, or when there turns out to be nothing to watch.
#[allow(clippy::too_many_arguments)] // one call site; the daemon's shared parts, spelled out
async fn watcher(
    cfg: Arc<Config>,
    idx: usize,
    what: Watched,
    db: PathBuf,
    wake: Arc<Notify>,
    mut shutdown: watch::Receiver<bool>,
    first_pass: tokio::sync::mpsc::Sender<()>,
    reported: Reported,
    mut resumed: watch::Receiver<u64>,
) {
    let mut first_pass = Some(first_pass);
    let mut lasting_backoff = LASTING_FIRST;
    let acc = &cfg.accounts[idx];
    let mut store = match open_store(&db) {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(account = %acc.name, "{e:#}");
            return;
        }
    };
    let mut backoff = BACKOFF_FIRST;
    loop {
        let mut progress = Progress {
            healthy: false,
            first_pass: first_pass.take(),
        };
        let result = tokio::select! {
            r = async {
                let (store, p) = (&mut store, &mut progress);
                match &what {
                    Watched::Account => watch_account(&cfg, acc, store, &wake, p).await,
                    Watched::Mailbox(m) => watch_mailbox(&cfg, acc, Some(m), store, &wake, p).await,
                    Watched::Sent => watch_mailbox(&cfg, acc, None, store, &wake, p).await,
                }
            } => r,
            _ = stopped(&mut shutdown) => return,
            _ = crate::adapters::resume::next(&mut resumed) => {
                // The connection slept with the machine: a new one, now.
                backoff = BACKOFF_FIRST;
                first_pass = progress.first_pass.take();
                continue;
            }
        };
        let err = match result {
            Ok(()) => return,
            Err(e) => e,
        };
        // A failed first pass is over too: the notifier must not wait for the retry.
        progress.first_pass = None;
        if progress.healthy {
            backoff = BACKOFF_FIRST;
            lasting_backoff = LASTING_FIRST;
            // It worked in between: a new failure is news again.
            if let Ok(mut r) = reported.lock() {
                r.remove(&acc.name);
            }
        }
        let lasting = err
            .downcast_ref::<ImapError>()
            .is_some_and(ImapError::is_lasting);
        let msg = format!("{err:#}");
        let _ = blocking(|| store.account_failed(&acc.name, &msg, unix_now()));
        // The notifier schedules the "cannot reach" notice from the failure's start.
        wake.notify_one();
        let delay = if lasting {
            let d = lasting_backoff;
            lasting_backoff = (lasting_backoff * 2).min(LASTING_RETRY);
            d
        } else {
            // Full jitter in [backoff/2, backoff].
            let b = backoff.as_millis() as u64;
            let d = Duration::from_millis(b / 2 + fastrand::u64(0..=b / 2));
            backoff = (backoff * 2).min(BACKOFF_CAP);
            d
        };
        // The same lasting failure on the account's other connections is said once.
        let first_report = !lasting
            || reported
                .lock()
                .map(|mut r| r.insert(acc.name.clone(), msg.clone()).as_deref() != Some(&msg))
                .unwrap_or(true);
        if first_report {
            let how = if lasting {
                "; fix it and send SIGHUP (`systemctl --user reload casewatch`) to retry at once"
            } else {
                ""
            };
            tracing::warn!(account = %acc.name, "{msg}; retrying in {}s{how}", delay.as_secs().max(1));
        } else {
            tracing::debug!(account = %acc.name, "{msg}; retrying in {}s", delay.as_secs().max(1));
        }
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            _ = stopped(&mut shutdown) => return,
            // A network that failed before the suspend may be back after it.
            _ = crate::adapters::resume::next(&mut resumed) => {}
        }
    }
}

/// Per account, the lasting failure last reported (so it is reported once).
type Reported = Arc<std::sync::Mutex<std::collections::HashMap<String, String>>>;

/// What a connection tells its watcher while it runs.
struct Progress {
    /// A pass succeeded on this connection: the next failure starts the backoff afresh.
    healthy: bool,
    /// Held until the first pass is over (see `run`).
    first_pass: Option<tokio::sync::mpsc::Sender<()>>,
}

impl Progress {
    fn passed(&mut self) {
        self.healthy = true;
        self.first_pass = None;
    }
}

/// The account's main connection: catches up everything, then IDLEs on the first mailbox
/// (or polls everything where the server has no IDLE). Returns only with an error.
async fn watch_account(
    cfg: &Config,
    acc: &Account,
    store: &mut Store,
    wake: &Notify,
    progress: &mut Progress,
) -> anyhow::Result<()> {
    let mut s = imap::connect(acc).await?;
    let idle = imap::has_idle(&mut s).await?;
    let watched = acc.mailboxes[0].clone();
    // UIDVALIDITY of `watched` while it is the selected mailbox: IDLE woke us because it
    // changed, so it is searched directly. Re-EXAMINEing costs 200-300 ms on a 100,000-message
    // mailbox (benches/RESULTS-imap.md) and is needed only after other mailboxes were visited.
    let mut selected: Option<u32> = None;
    let mut announced = false;
    loop {
        let started = std::time::Instant::now();
        let n = match selected {
            Some(v) => {
                sync_mailbox(cfg, acc, &mut s, store, &watched, false, false, Some(v))
                    .await
                    .with_context(|| format!("mailbox {watched}"))?
                    .0
            }
            None => catch_up(cfg, acc, &mut s, store, false).await?,
        };
        progress.passed();
        after_pass(acc, store, wake, &watched, n, started)?;
        if !announced {
            announced = true;
            let how = if idle {
                "IDLE".to_string()
            } else {
                format!("polling every {}s", acc.poll_interval.as_secs())
            };
            tracing::info!(account = %acc.name, "caught up ({n} new); watching {watched} ({how})");
        }
        if !idle {
            tokio::time::sleep(acc.poll_interval).await;
            continue;
        }
        let v = match selected {
            Some(v) => v,
            None => {
                // The catch-up ended in another mailbox. Mail that reached `watched` since
                // its pass was counted by this EXAMINE, and IDLE would not report it again:
                // it is searched for now, not at the next re-IDLE timer.
                let info = imap::examine(&mut s, &watched).await?;
                imap::reported_new_mail(&mut s); // about the other mailboxes
                let seen = blocking(|| store.cursor(&acc.name, &watched))?;
                let top = info.uidnext.map(|n| n.saturating_sub(1));
                if arrived_since(seen, info.uidvalidity, top) {
                    tracing::debug!(account = %acc.name, mailbox = %watched, "mail arrived during the catch-up");
                    selected = Some(info.uidvalidity);
                    continue;
                }
                info.uidvalidity
            }
        };
        if selected.is_some() && imap::reported_new_mail(&mut s) {
            continue; // mail landed during the pass
        }
        let (back, woke) = imap::idle(s, REIDLE, acc.stall_after).await?;
        s = back;
        selected = match woke {
            Woke::Data => {
                tracing::debug!(account = %acc.name, mailbox = %watched, "IDLE: the server reported a change");
                Some(v)
            }
            // Now and then, everything again from scratch (a safety net under the other
            // connections' IDLE).
            Woke::Timer => None,
        };
    }
}

/// Whether a mailbox holds mail past what its last pass looked at: `seen` is the stored
/// cursor, `top` the highest UID the server has given out (UIDNEXT-1), when it says.
fn arrived_since(seen: Option<(u32, u32)>, uidvalidity: u32, top: Option<u32>) -> bool {
    match (seen, top) {
        (Some((v, last)), Some(top)) => v != uidvalidity || top > last,
        // Never looked at, or the server does not say: the re-IDLE timer covers it.
        _ => false,
    }
}

/// A connection of its own for one more mailbox (another of `mailboxes`, or Sent), where the
/// server has IDLE: catches that mailbox up, IDLEs on it. Returns Ok when there is nothing to
/// watch (no IDLE: the account's main connection polls everything; no Sent mailbox), else
/// only with an error (the caller reconnects). `named`: the mailbox; None: the Sent mailbox.
async fn watch_mailbox(
    cfg: &Config,
    acc: &Account,
    named: Option<&str>,
    store: &mut Store,
    wake: &Notify,
    progress: &mut Progress,
) -> anyhow::Result<()> {
    let mut s = imap::connect(acc).await?;
    let (mailbox, sent) = match named {
        Some(m) => (m.to_string(), false),
        // A LIST that fails is an error like any other (reconnect, retry), not "no Sent".
        None => match sent_name(acc, &mut s).await? {
            Some(m) if !acc.mailboxes.contains(&m) => (m, true),
            // Already watched as one of `mailboxes`.
            Some(_) => {
                imap::logout(s).await;
                return Ok(());
            }
            None => {
                tracing::info!(account = %acc.name, "no Sent mailbox (none marked \\Sent; set sent_mailbox): replies you send are not seen, mark them with `casewatch replied CASE`");
                imap::logout(s).await;
                return Ok(());
            }
        },
    };
    if !imap::has_idle(&mut s).await? {
        imap::logout(s).await;
        return Ok(());
    }
    // UIDVALIDITY of `mailbox`, the only one this connection ever selects, when an IDLE wake
    // says it changed: it is searched directly. Re-EXAMINEing costs 200-300 ms on a
    // 100,000-message mailbox (benches/RESULTS-imap.md).
    let mut selected: Option<u32> = None;
    let mut announced = false;
    loop {
        let started = std::time::Instant::now();
        let pass = sync_mailbox(cfg, acc, &mut s, store, &mailbox, sent, false, selected).await;
        let (n, uidvalidity) = match pass {
            Ok(done) => done,
            // A configured Sent mailbox that does not exist must not make the account look
            // unreachable, nor be retried every few seconds.
            Err(e)
                if sent
                    && !announced
                    && matches!(e.downcast_ref::<ImapError>(), Some(ImapError::Protocol(_))) =>
            {
                tracing::warn!(account = %acc.name, "not watching the Sent mailbox {mailbox:?}: {e:#}; replies you send are not seen");
                imap::logout(s).await;
                return Ok(());
            }
            Err(e) => return Err(e.context(format!("mailbox {mailbox}"))),
        };
        progress.passed();
        after_pass(acc, store, wake, &mailbox, n, started)?;
        if !announced {
            announced = true;
            tracing::info!(account = %acc.name, "caught up ({n} new); watching {mailbox} (IDLE)");
        }
        if imap::reported_new_mail(&mut s) {
            selected = Some(uidvalidity); // mail landed during the pass
            continue;
        }
        let (back, woke) = imap::idle(s, REIDLE, acc.stall_after).await?;
        s = back;
        selected = match woke {
            Woke::Data => {
                tracing::debug!(account = %acc.name, mailbox, "IDLE: the server reported a change");
                Some(uidvalidity)
            }
            // Re-check the mailbox from scratch (EXAMINE) now and then.
            Woke::Timer => None,
        };
    }
}

/// What every successful pass ends with: the notifier woken when something new came, the
/// account recorded as reachable, and what the pass made resident given back once quiet.
fn after_pass(
    acc: &Account,
    store: &mut Store,
    wake: &Notify,
    mailbox: &str,
    new: usize,
    started: std::time::Instant,
) -> anyhow::Result<()> {
    if new > 0 {
        wake.notify_one();
    }
    blocking(|| store.account_ok(&acc.name, unix_now()))?;
    tracing::debug!(account = %acc.name, mailbox, new, took_ms = started.elapsed().as_millis() as u64, "pass");
    let _ = store.release_memory();
    // A pass that recorded mail woke the notifier, whose round asks for the settle once it is
    // over (and this pass's memory goes with it).
    if new == 0 {
        crate::adapters::mem::settle_after("pass");
    }
    Ok(())
}

/// The Sent mailbox: configured, else SPECIAL-USE `\Sent`, else none.
async fn sent_name(acc: &Account, s: &mut Session) -> Result<Option<String>, ImapError> {
    match &acc.sent_mailbox {
        Some(m) => Ok(Some(m.clone())),
        None => imap::find_sent(s).await,
    }
}

/// Brings every watched mailbox of one account up to date. Returns the number of new
/// messages recorded.
async fn catch_up(
    cfg: &Config,
    acc: &Account,
    s: &mut Session,
    store: &mut Store,
    progress: bool,
) -> anyhow::Result<usize> {
    let mut new = 0;
    for mb in &acc.mailboxes {
        new += sync_mailbox(cfg, acc, s, store, mb, false, progress, None)
            .await
            .with_context(|| format!("mailbox {mb}"))?
            .0;
    }
    let sent = sent_name(acc, s).await.unwrap_or_else(|e| {
        tracing::warn!(account = %acc.name, "cannot list mailboxes to find Sent: {e}");
        None
    });
    if let Some(sent) = sent {
        if !acc.mailboxes.contains(&sent) {
            match sync_mailbox(cfg, acc, s, store, &sent, true, progress, None).await {
                Ok((n, _)) => new += n,
                // A missing Sent mailbox must not stop the inbox from being watched.
                Err(e) if matches!(e.downcast_ref::<ImapError>(), Some(ImapError::Protocol(_))) => {
                    tracing::warn!(account = %acc.name, "skipping the Sent mailbox {sent:?}: {e:#}");
                }
                Err(e) => return Err(e.context(format!("mailbox {sent}"))),
            }
        }
    }
    Ok(new)
}

/// The server-side filter: mail from (or, in Sent, to) a vendor's domain, or a subject that
/// mentions a case. Over-inclusive on purpose: the classifier decides, this only narrows.
pub fn search_hints(cfg: &Config, sent: bool) -> String {
    let mut domains: Vec<&str> = cfg
        .packs
        .iter()
        .flat_map(|p| p.profile.trusted_domains.iter().map(String::as_str))
        .collect();
    domains.sort_unstable();
    domains.dedup();
    let field = if sent { "TO" } else { "FROM" };
    let mut keys: Vec<String> = domains
        .iter()
        .map(|d| format!("{field} {}", imap::quote(d)))
        .collect();
    keys.push(format!("SUBJECT {}", imap::quote("CASE")));
    imap::any_of(&keys)
}

#[allow(clippy::too_many_arguments)] // one call site per mode; a struct would only rename them
async fn sync_mailbox(
    cfg: &Config,
    acc: &Account,
    s: &mut Session,
    store: &mut Store,
    mailbox: &str,
    sent: bool,
    progress: bool,
    selected: Option<u32>,
) -> anyhow::Result<(usize, u32)> {
    // `selected`: the mailbox is already EXAMINEd with this UIDVALIDITY (woken from IDLE).
    // Returns the number of new messages recorded and the mailbox's UIDVALIDITY.
    let info = match selected {
        Some(uidvalidity) => imap::MailboxInfo {
            uidvalidity,
            uidnext: None,
            exists: 0,
        },
        None => imap::examine(s, mailbox).await?,
    };
    tracing::trace!(mailbox, "pass begins");
    let stored = blocking(|| store.cursor(&acc.name, mailbox))?;
    let top = info.uidnext.map(|n| n.saturating_sub(1));
    let hints = search_hints(cfg, sent);
    // A first sync (or a resync after UIDVALIDITY changed) takes in history: old mail in it
    // is recorded without notifying (core::ledger::HISTORY_QUIET).
    let history = !matches!(stored, Some((v, _)) if v == info.uidvalidity);
    let (criteria, last) = match stored {
        Some((v, last)) if v == info.uidvalidity => {
            if top.is_some_and(|t| t <= last) {
                return Ok((0, info.uidvalidity));
            }
            (format!("UID {}:* {hints}", last + 1), last)
        }
        other => {
            if let Some((v, _)) = other {
                tracing::info!(account = %acc.name, mailbox, "UIDVALIDITY changed ({v} -> {}): resyncing", info.uidvalidity);
            }
            (format!("SINCE {} {hints}", imap::imap_date(acc.since)), 0)
        }
    };
    // Woken by IDLE with the position known: new mail is searched for and its first bytes
    // fetched in one round trip; what that did not bring is fetched below.
    let (found, prefetched) = match (selected, history) {
        (Some(_), false) => {
            let cap = PREFETCH_CAP.min(acc.max_message_size);
            imap::search_and_prefetch(s, &criteria, last + 1, CHUNK as u32, cap).await?
        }
        _ => (imap::uid_search(s, &criteria).await?, Vec::new()),
    };
    tracing::trace!(mailbox, "searched");
    let candidates: Vec<u32> = found.into_iter().filter(|u| *u > last).collect();
    // A prefetched body counts when it is whole, or cut where a full fetch would cut it too.
    let mut prefetched: std::collections::HashMap<u32, Vec<u8>> = prefetched
        .into_iter()
        .filter(|(u, size, body)| {
            candidates.binary_search(u).is_ok()
                && (body.len() as u64 >= u64::from(*size)
                    || body.len() as u64 >= u64::from(acc.max_message_size))
        })
        .map(|(u, _, body)| (u, body))
        .collect();
    let total = candidates.len();
    if progress && total > 0 {
        eprintln!("{} {mailbox}: {total} candidate message(s)", acc.name);
    }
    let mut new = 0;
    let mut done = 0;
    // The rules for this pass, with fresh match caches that go when the pass ends (none to
    // clone on the usual IDLE wake-up that finds nothing).
    let packs = if candidates.is_empty() {
        Vec::new()
    } else {
        cfg.packs.clone()
    };
    for chunk in candidates.chunks(CHUNK) {
        let need: Vec<u32> = chunk
            .iter()
            .copied()
            .filter(|u| !prefetched.contains_key(u))
            .collect();
        let mut msgs = imap::fetch_bodies(s, &need, acc.max_message_size).await?;
        msgs.extend(chunk.iter().filter_map(|u| prefetched.remove_entry(u)));
        msgs.sort_by_key(|(u, _)| *u);
        done += chunk.len();
        let at = (mailbox, info.uidvalidity, history);
        new += blocking(|| record(cfg, &packs, acc, store, at, &msgs))?;
        if progress && total > CHUNK {
            eprint!("\r{} {mailbox}: {done}/{total}", acc.name);
            if done == total {
                eprintln!();
            }
        }
    }
    tracing::trace!(mailbox, "recorded");
    // Everything up to UIDNEXT-1 has been looked at (non-candidates included).
    let end = top
        .unwrap_or(0)
        .max(candidates.last().copied().unwrap_or(0));
    let current = blocking(|| store.cursor(&acc.name, mailbox))?;
    if current != Some((info.uidvalidity, end)) && end >= last {
        let cur = Cursor {
            account: &acc.name,
            mailbox,
            uidvalidity: info.uidvalidity,
            uid: end,
        };
        blocking(|| store.set_cursor(&cur, unix_now()))?;
    }
    Ok((new, info.uidvalidity))
}

/// Records fetched messages in UID order; each advances the cursor in its own transaction.
/// `at`: the mailbox, its UIDVALIDITY, and whether this pass takes in history (a first sync).
fn record(
    cfg: &Config,
    packs: &[RuleSet],
    acc: &Account,
    store: &mut Store,
    (mailbox, uidvalidity, history): (&str, u32, bool),
    msgs: &[(u32, Vec<u8>)],
) -> anyhow::Result<usize> {
    let mut new = 0;
    for (uid, raw) in msgs {
        let origin = Origin {
            source: format!("{}:{mailbox}:{uid}", acc.name),
            cursor: Some(Cursor {
                account: &acc.name,
                mailbox,
                uidvalidity,
                uid: *uid,
            }),
            history: history.then_some(cfg.notify.first_sync_quiet.as_secs() as i64),
        };
        match ingest_raw(store, packs, &cfg.me, raw, &origin, unix_now()) {
            Ok((_, ing)) => new += usize::from(ing.new),
            Err(IngestError::Mail { source_name, error }) => {
                tracing::warn!("{source_name}: skipped, not a readable mail: {error}");
            }
            Err(e @ IngestError::Internal { .. }) => {
                // (its place is kept: the next pass does not fail on it again)
                if let Some(cur) = &origin.cursor {
                    store
                        .set_cursor(cur, unix_now())
                        .context("record a message")?;
                }
                tracing::error!("{e}");
            }
            Err(e) => return Err(e).context("record a message"),
        }
    }
    Ok(new)
}

#[cfg(test)]
mod tests {
    use super::arrived_since;

    #[test]
    fn mail_past_the_cursor_counts_as_arrived() {
        assert!(!arrived_since(Some((7, 10)), 7, Some(10)), "nothing new");
        assert!(arrived_since(Some((7, 10)), 7, Some(11)), "one more");
        assert!(
            arrived_since(Some((7, 10)), 8, Some(3)),
            "UIDVALIDITY changed"
        );
        assert!(!arrived_since(None, 7, Some(11)), "never looked at");
        assert!(!arrived_since(Some((7, 10)), 7, None), "no UIDNEXT");
    }
}
