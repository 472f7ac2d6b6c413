//! Telling the person: drives the notification outbox (reminders, unreachable mailboxes),
//! delivers each pending notice through [`crate::adapters::notify`], and turns the buttons
//! ("I replied", "Snooze") and the CLI's `replied` / `snooze` into case events.
//!
//! The database is the only memory: a notice is marked sent or failed in the outbox right
//! after delivery, so a restart neither loses a due notice nor repeats a sent one. The store
//! is synchronous and shared with the CLI: the notifier opens it once ([`Db`]), uses it only
//! inside `spawn_blocking`, and reloads what it needs from it every round.

use crate::adapters::notify::{self, Delivery, Message};
use crate::config::Config;
use crate::core::case::{Case, Event, Notice, Purpose, State};
use crate::core::rules::Profile;
use crate::render::{self, Input, Rendered};
use crate::store::{HealthRow, Pending, Store, StoreError};
use anyhow::{Context, Result};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// The longest the loop sleeps on the wall clock: new mail wakes it sooner, and a jump of the
/// wall clock against tokio's monotonic timers (suspend, NTP) is caught within this. Reminders
/// come hours apart: after a resume without logind, one is at most this late.
const MAX_SLEEP: Duration = Duration::from_secs(300);
/// After a failed round (the database unreadable), the next try.
const ROUND_RETRY: i64 = 60;
/// How long the buttons of a shown notification stay live.
const ACTION_WAIT: Duration = Duration::from_secs(12 * 3600);

fn unix_now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn utc_offset() -> i64 {
    use chrono::Offset;
    i64::from(chrono::Local::now().offset().fix().local_minus_utc())
}

/// Where "now" comes from.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    /// The wall clock: reminders count time spent in suspend, which tokio's timers do not.
    System,
    /// Unix time `base` at tokio's instant `start`, then tokio's clock: pausable in tests.
    Tokio {
        base: i64,
        start: tokio::time::Instant,
    },
}

impl Clock {
    pub fn now(&self) -> i64 {
        match self {
            Clock::System => unix_now(),
            Clock::Tokio { base, start } => base + start.elapsed().as_secs() as i64,
        }
    }

    /// How long the loop may sleep before looking at the clock again.
    fn max_sleep(&self) -> Duration {
        match self {
            Clock::System => MAX_SLEEP,
            // Tokio's own clock cannot jump away from tokio's timers.
            Clock::Tokio { .. } => Duration::from_secs(365 * 86_400),
        }
    }
}

/// The notifier's database: opened on first use and kept for the life of the task (opening
/// takes the directory lock and checks the migrations); used only inside `spawn_blocking`.
pub struct Db {
    path: PathBuf,
    store: std::sync::Mutex<Option<Store>>,
}

impl Db {
    pub fn new(path: PathBuf) -> Arc<Db> {
        Arc::new(Db {
            path,
            store: std::sync::Mutex::new(None),
        })
    }

    /// Runs `f` on the store, off the runtime's threads.
    async fn run<R: Send + 'static>(
        self: &Arc<Db>,
        f: impl FnOnce(&mut Store) -> Result<R> + Send + 'static,
    ) -> Result<R> {
        let db = self.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard = db.store.lock().unwrap_or_else(|e| e.into_inner());
            let store = match guard.take() {
                Some(s) => guard.insert(s),
                None => guard.insert(Store::open(&db.path)?),
            };
            f(store)
        })
        .await
        .context("database task")?
    }
}

/// Shows one rendered notice to the person and says who saw it.
pub trait Sink: Send + Sync + 'static {
    fn deliver(&self, m: Message) -> impl std::future::Future<Output = Delivery> + Send;
}

/// The daemon's sink: the desktop, else `notify_command`, else the log. It remembers the
/// notification each case has on screen, so that a reminder replaces it instead of stacking.
pub struct Desktop {
    cfg: Arc<Config>,
    bus: notify::Bus,
    on_screen: std::sync::Mutex<std::collections::HashMap<String, u32>>,
}

impl Desktop {
    pub fn new(cfg: Arc<Config>) -> Desktop {
        Desktop {
            cfg,
            bus: notify::Bus::new(),
            on_screen: Default::default(),
        }
    }
}

impl Sink for Desktop {
    async fn deliver(&self, mut m: Message) -> Delivery {
        let about_request = matches!(m.purpose.as_str(), "needs_reply" | "reminder");
        if about_request && !m.case.is_empty() {
            m.replaces = self
                .on_screen
                .lock()
                .ok()
                .and_then(|s| s.get(&m.case).copied());
        }
        let n = &self.cfg.notify;
        let d = notify::deliver(&self.bus, &m, n.timeout, n.notify_command.as_deref()).await;
        if let Ok(mut s) = self.on_screen.lock() {
            match (&d, about_request) {
                (Delivery::Desktop { id, .. }, true) => {
                    s.insert(m.case.clone(), *id);
                }
                // The case moved on (resolved, closed): no reminder will replace its request.
                (_, false) if !m.case.is_empty() => {
                    s.remove(&m.case);
                }
                _ => {}
            }
        }
        d
    }
}

/// Starts the notifier task: delivers due notifications from the outbox whenever `wake` is
/// notified (after new mail was recorded) and on its own timer (reminders), until `shutdown`.
pub fn spawn(
    cfg: Arc<Config>,
    db: PathBuf,
    wake: Arc<tokio::sync::Notify>,
    shutdown: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    let sink = Arc::new(Desktop::new(cfg.clone()));
    spawn_with(cfg, db, wake, shutdown, Clock::System, sink)
}

/// [`spawn`] with the clock and the sink chosen by the caller.
pub fn spawn_with<S: Sink>(
    cfg: Arc<Config>,
    db: PathBuf,
    wake: Arc<tokio::sync::Notify>,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
    clock: Clock,
    sink: Arc<S>,
) -> tokio::task::JoinHandle<()> {
    let db = Db::new(db);
    tokio::spawn(async move {
        let max = clock.max_sleep();
        let mut next = None;
        let mut work = true;
        loop {
            if *shutdown.borrow() {
                break;
            }
            if work {
                next = match round(&cfg, &db, clock, &sink).await {
                    Ok(next) => next,
                    Err(e) => {
                        tracing::warn!("notifications: {e:#}");
                        Some(clock.now() + ROUND_RETRY)
                    }
                };
                // What the round made resident goes back now, once per round.
                crate::adapters::mem::settle_after("notifier round");
            }
            // Until the next reminder, retry or deadline; on the wall clock, a look at the
            // time every MAX_SLEEP (cheap: no database) catches a jump after suspend.
            let now = clock.now();
            let sleep = next
                .map(|t| Duration::from_secs((t - now).max(1) as u64).min(max))
                .unwrap_or(max);
            work = tokio::select! {
                _ = wake.notified() => true,
                // A look at the clock: nothing to give back afterwards (adapters::mem settles
                // after work, not after a timer).
                _ = tokio::time::sleep(sleep) => next.is_some_and(|t| clock.now() >= t),
                r = shutdown.changed() => {
                    if r.is_err() {
                        break;
                    }
                    false
                }
            };
        }
    })
}

/// One notice, ready to deliver.
struct Ready {
    pending: Pending,
    rendered: Rendered,
}

/// Time passes (deadlines, reminders, unreachable mailboxes), then every due notice is
/// delivered. Returns when the next reminder falls due.
async fn round<S: Sink>(
    cfg: &Arc<Config>,
    db: &Arc<Db>,
    clock: Clock,
    sink: &Arc<S>,
) -> Result<Option<i64>> {
    let now = clock.now();
    let c = cfg.clone();
    let (ready, next) = db
        .run(move |s| {
            let prepared = prepare(&c, s, now)?;
            // Nothing to show: the kept connection's page cache goes back now (otherwise
            // after the deliveries, below).
            if prepared.0.is_empty() {
                let _ = s.release_memory();
            }
            Ok(prepared)
        })
        .await
        .context("prepare notifications")?;
    tracing::debug!(ready = ready.len(), next = ?next.map(|t| t - now), "notifier round");
    if ready.is_empty() {
        return Ok(next);
    }
    if ready.len() > 1 {
        // Several at once (a first sync, mail that came while the computer slept): one
        // notification says it all.
        deliver_summary(cfg, db, ready, clock, sink.as_ref()).await;
    } else {
        for r in ready {
            deliver_one(cfg, db, r, clock, sink.as_ref()).await;
        }
    }
    // A request just shown starts its reminder clock (Case::told_at): look again.
    let c = cfg.clone();
    db.run(move |s| {
        let next = next_due(&c, s, now);
        // The kept connection's page cache goes back until the next round.
        let _ = s.release_memory();
        next
    })
    .await
    .context("next reminder")
}

/// When the loop has work next, from what the database says after a round that started at
/// `after`. What was due by `after` is in the outbox by then (its retry time governs it), so
/// only later times count: a notice that cannot be delivered must not make the loop spin.
fn next_due(cfg: &Config, store: &Store, after: i64) -> Result<Option<i64>> {
    let ledger = store.load_open_ledger(&cfg.me, &[])?;
    next_work(cfg, store, &ledger, &store.account_health()?, after)
}

/// The earliest of: a case's next reminder or deadline, a retry, a mailbox becoming
/// "unreachable" — each only when later than `after`.
fn next_work(
    cfg: &Config,
    store: &Store,
    ledger: &crate::core::ledger::Ledger,
    health: &[HealthRow],
    after: i64,
) -> Result<Option<i64>> {
    let policy = cfg.notify.policy(utc_offset());
    let cases = ledger
        .cases
        .values()
        .filter_map(|c| c.next_wakeup(&policy))
        .filter(|&t| t > after)
        .min();
    let limit = unreachable_after(cfg);
    // When a failing account will have been unreachable for `unreachable_after`.
    let unreachable = health
        .iter()
        .filter_map(|h| h.2.map(|since| since + limit))
        .filter(|&t| t > after)
        .min();
    Ok(earliest(earliest(cases, store.next_retry()?), unreachable))
}

fn unreachable_after(cfg: &Config) -> i64 {
    cfg.notify.unreachable_after.as_secs() as i64
}

fn earliest(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn prepare(cfg: &Config, store: &mut Store, now: i64) -> Result<(Vec<Ready>, Option<i64>)> {
    let policy = cfg.notify.policy(utc_offset());
    let ledger = store.atomically(|store| {
        // Only open cases have reminders and deadlines: the round's cost is that of what is
        // open, not of the history.
        let mut ledger = store.load_open_ledger(&cfg.me, &[])?;
        // Reminders count from when the person was told (core: Case::told_at), so a request
        // that is still undelivered has no reminder queued on top of it.
        let (effects, reminders) = ledger.tick(now, &policy);
        store.record_effects(&ledger, &effects, &reminders, now)?;
        Ok::<_, StoreError>(ledger)
    })?;

    let limit = unreachable_after(cfg);
    let health = store.account_health()?;
    for (account, _, failing_since, _) in &health {
        if let Some(since) = failing_since.filter(|s| now - s >= limit) {
            store.enqueue(
                &Notice {
                    purpose: Purpose::MailboxUnreachable,
                    case: None,
                    key: format!("account#{account}#{since}"),
                    due_at: now,
                },
                now,
            )?;
        }
    }

    let mut ready = Vec::new();
    for p in store.pending(now)? {
        let case = match &p.case {
            Some(n) => store.case(n)?,
            None => None,
        };
        // The person answered before we could tell them: nothing to remind about.
        if matches!(p.purpose, Purpose::NeedsReply | Purpose::Reminder)
            && case.as_ref().is_some_and(|c| c.state != State::AwaitingYou)
        {
            if let Some(n) = &p.case {
                store.cancel_pending(n, &[p.purpose], now)?;
            }
            continue;
        }
        let message_key = match p.purpose {
            Purpose::Reminder => case.as_ref().and_then(|c| c.awaiting_message.clone()),
            Purpose::NeedsReply | Purpose::Suspicious | Purpose::Resolved | Purpose::Unsure => {
                Some(p.key.clone())
            }
            _ => None,
        };
        let message = match message_key {
            Some(k) => store.message(&k)?,
            None => None,
        };
        let account = health.iter().find(|h| {
            p.purpose == Purpose::MailboxUnreachable
                && h.2.is_some_and(|s| p.key == format!("account#{}#{s}", h.0))
        });
        let profile = case
            .as_ref()
            .map(|c| c.profile.as_str())
            .and_then(|id| profile(cfg, id))
            .or_else(|| cfg.packs.first().map(|p| &p.profile));
        let rendered = render::render(&Input {
            purpose: p.purpose,
            key: &p.key,
            case: case.as_ref(),
            message: message.as_ref(),
            profile,
            me: ledger.me(),
            account: account.map(|h| (h.0.as_str(), h.2.unwrap_or(0), h.3.as_deref())),
        });
        ready.push(Ready {
            pending: p,
            rendered,
        });
    }
    // With something to deliver, the round asks again afterwards (next_due): a request just
    // shown starts its reminder clock.
    let next = if ready.is_empty() {
        next_work(cfg, store, &ledger, &health, now)?
    } else {
        None
    };
    Ok((ready, next))
}

fn profile<'a>(cfg: &'a Config, id: &str) -> Option<&'a Profile> {
    cfg.packs
        .iter()
        .find(|p| p.profile.id == id)
        .map(|p| &p.profile)
}

fn message_of(p: &Pending, r: &Rendered) -> Message {
    Message {
        summary: r.summary.clone(),
        body: r.body.clone(),
        plain: r.plain.clone(),
        case: p.case.clone().unwrap_or_default(),
        purpose: p.purpose.as_str().to_string(),
        actions: r.actions,
        replaces: None,
    }
}

/// Delivers one notice and records the outcome.
async fn deliver_one<S: Sink>(cfg: &Arc<Config>, db: &Arc<Db>, r: Ready, clock: Clock, sink: &S) {
    let delivery = sink.deliver(message_of(&r.pending, &r.rendered)).await;
    if !matches!(delivery, Delivery::Logged { .. }) {
        tracing::info!("notified via {}: {}", delivery.via(), r.rendered.summary);
    }
    let (via, error) = outcome(&delivery);
    let (c, p) = (cfg.clone(), r.pending.clone());
    let now = clock.now();
    let done = db
        .run(move |s| finish(&c, s, &p, via, error.as_deref(), now))
        .await;
    if let Err(e) = done {
        tracing::warn!("record notification {}: {e:#}", r.pending.key);
    }
    if let Delivery::Desktop {
        action: Some(action),
        ..
    } = delivery
    {
        if let Some(case) = r.pending.case.clone() {
            let (cfg, db, open) = (cfg.clone(), db.clone(), r.rendered.open.clone());
            let key = case.clone();
            let waiter = tokio::spawn(async move {
                if let Some(action) = notify::wait_for_action(action, ACTION_WAIT).await {
                    on_action(&cfg, &db, &case, &action, open.as_deref()).await;
                }
            });
            keep_waiter(key, waiter.abort_handle());
        }
    }
}

/// Buttons stay live on at most this many notifications; the older ones' buttons stop, and
/// `casewatch replied` / `snooze` still work.
const MAX_WAITERS: usize = 32;

/// Tracks the tasks waiting for a button: one per case (a reminder replaces the request's),
/// the newest [`MAX_WAITERS`] in all, so that what the daemon holds does not grow with the
/// notifications shown. (They all share the bus connection of [`notify::Bus`].)
fn keep_waiter(case: String, waiter: tokio::task::AbortHandle) {
    static WAITERS: std::sync::Mutex<
        std::collections::VecDeque<(String, tokio::task::AbortHandle)>,
    > = std::sync::Mutex::new(std::collections::VecDeque::new());
    let Ok(mut w) = WAITERS.lock() else {
        return;
    };
    w.retain(|(c, h)| {
        let keep = c != &case && !h.is_finished();
        if !keep {
            h.abort();
        }
        keep
    });
    while w.len() >= MAX_WAITERS {
        if let Some((_, h)) = w.pop_front() {
            h.abort();
        }
    }
    w.push_back((case, waiter));
}

/// Delivers several notices as one summary notification and records each outcome.
async fn deliver_summary<S: Sink>(
    cfg: &Arc<Config>,
    db: &Arc<Db>,
    ready: Vec<Ready>,
    clock: Clock,
    sink: &S,
) {
    let items: Vec<(Purpose, &Rendered)> = ready
        .iter()
        .map(|r| (r.pending.purpose, &r.rendered))
        .collect();
    let r = render::summary(&items);
    let delivery = sink
        .deliver(Message {
            summary: r.summary,
            body: r.body,
            plain: r.plain,
            case: String::new(),
            purpose: "summary".into(),
            actions: false,
            replaces: None,
        })
        .await;
    let (via, error) = outcome(&delivery);
    if error.is_none() {
        tracing::info!("notified via {via}: {} notices in one summary", ready.len());
    }
    let now = clock.now();
    let pending: Vec<Pending> = ready.into_iter().map(|r| r.pending).collect();
    let c = cfg.clone();
    let done = db
        .run(move |s| {
            pending
                .iter()
                .try_for_each(|p| finish(&c, s, p, via, error.as_deref(), now))
        })
        .await;
    if let Err(e) = done {
        tracing::warn!("record the summary notification: {e:#}");
    }
}

/// Who saw it, and why nobody did.
fn outcome(d: &Delivery) -> (&'static str, Option<String>) {
    let error = match d {
        Delivery::Logged { error } => Some(error.clone()),
        _ => None,
    };
    (d.via(), error)
}

/// Records the outcome. Only a notice someone saw counts as sent; a logged one is retried.
fn finish(
    cfg: &Config,
    store: &mut Store,
    p: &Pending,
    via: &str,
    error: Option<&str>,
    now: i64,
) -> Result<()> {
    if let Some(e) = error {
        store.mark_failed(p, e, now)?;
        return Ok(());
    }
    // Marked shown first, on its own: whatever happens next, it is never shown twice.
    store.mark_sent(p, via, now)?;
    let Some(case) = &p.case else {
        return Ok(());
    };
    let event = match p.purpose {
        Purpose::NeedsReply => Event::Told { at: now },
        Purpose::Reminder => Event::Reminded { at: now },
        _ => return Ok(()),
    };
    store.atomically(|store| {
        let mut ledger = store.load_open_ledger(&cfg.me, std::slice::from_ref(case))?;
        if ledger.apply(case, event).is_some() {
            if let Some(c) = ledger.cases.get(case) {
                store.save_case(c)?;
            }
        }
        Ok(())
    })
}

/// A button on a shown notification was pressed.
pub async fn on_action(
    cfg: &Arc<Config>,
    db: &Arc<Db>,
    case: &str,
    action: &str,
    open: Option<&str>,
) {
    let (c, n) = (cfg.clone(), case.to_string());
    let result = match action {
        "reply" => {
            if let Some(target) = open {
                notify::open(target).await;
            }
            return;
        }
        "replied" => db.run(move |s| mark_replied(&c, s, &n, unix_now())).await,
        "snooze" => {
            let dur = cfg.notify.snooze;
            db.run(move |s| snooze(&c, s, &n, dur, unix_now())).await
        }
        _ => return,
    };
    match result {
        Ok(msg) => tracing::info!("{msg}"),
        Err(e) => tracing::warn!("{action} on case {case}: {e:#}"),
    }
}

/// Loads the current ledger, applies the person's event to one case and saves it.
fn apply_person_event(
    cfg: &Config,
    store: &mut Store,
    case: &str,
    event: Event,
    now: i64,
) -> Result<Case> {
    store.atomically(|store| {
        let mut ledger = store.load_open_ledger(&cfg.me, &[case.to_string()])?;
        let effects = ledger.apply(case, event).with_context(|| {
            format!("no case {case} in the database (`casewatch cases` lists the known ones)")
        })?;
        store.record_effects(&ledger, &effects, &[], now)?;
        let c = ledger.cases.get(case).cloned().context("case vanished")?;
        store.save_case(&c)?;
        Ok(c)
    })
}

/// `casewatch replied CASE`: the person says they answered support.
pub fn mark_replied(cfg: &Config, store: &mut Store, case: &str, now: i64) -> Result<String> {
    let before = store.case(case)?.map(|c| c.state);
    let c = apply_person_event(cfg, store, case, Event::MarkedReplied { at: now }, now)?;
    Ok(if before == Some(State::AwaitingYou) {
        format!(
            "Case {case}: marked replied; reminders stopped. It now waits on {}.",
            c.state.waits_on()
        )
    } else {
        format!(
            "Case {case} was not waiting on you ({}); your reply is noted.",
            c.state
        )
    })
}

/// `casewatch snooze CASE DURATION`.
pub fn snooze(
    cfg: &Config,
    store: &mut Store,
    case: &str,
    dur: Duration,
    now: i64,
) -> Result<String> {
    let until = now + dur.as_secs() as i64;
    let c = apply_person_event(cfg, store, case, Event::Snoozed { until }, now)?;
    let when = chrono::DateTime::from_timestamp(until, 0)
        .map(|d| {
            d.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_default();
    Ok(if c.state == State::AwaitingYou {
        format!("Case {case}: no reminders before {when}.")
    } else {
        format!(
            "Case {case}: no reminders before {when} (it does not wait on you now: {}).",
            c.state
        )
    })
}

/// A made-up case, so `notify-test` shows exactly what a real request looks like.
fn sample() -> (Case, Vec<String>) {
    let case = crate::render::sample_case(
        unix_now(),
        "Please confirm that we may merge Account #2 into Account #1 <Account #1 is kept>. \
         アカウント#2をアカウント#1に統合してよろしいか、ご確認ください。",
    );
    (case, vec!["taro.yamada.dev@gmail.com".into()])
}

/// `casewatch notify-test`: sends a sample notification and says which path delivered it, and
/// whether anyone could have seen it (false: only the log has it).
pub async fn notify_test(cfg: &Config) -> Result<(String, bool)> {
    let (case, me) = sample();
    let profile = profile(cfg, &case.profile).or_else(|| cfg.packs.first().map(|p| &p.profile));
    let mut r = render::render(&Input {
        purpose: Purpose::NeedsReply,
        key: "notify-test",
        case: Some(&case),
        message: None,
        profile,
        me: &me,
        account: None,
    });
    r.summary = format!("[test] {}", r.summary);
    let m = Message {
        summary: r.summary.clone(),
        body: r.body.clone(),
        plain: r.plain.clone(),
        case: case.number.clone(),
        purpose: Purpose::NeedsReply.as_str().into(),
        actions: true,
        replaces: None,
    };
    let bus = notify::Bus::new();
    let d = notify::deliver(
        &bus,
        &m,
        cfg.notify.timeout,
        cfg.notify.notify_command.as_deref(),
    )
    .await;
    let shown = !matches!(d, Delivery::Logged { .. });
    let said = match d {
        Delivery::Desktop { action, .. } => format!(
            "sent a sample notification via desktop ({})",
            if action.is_some() {
                "with Reply / I replied / Snooze buttons"
            } else {
                "the server shows no buttons"
            }
        ),
        Delivery::Command => "sent a sample notification via notify_command".into(),
        Delivery::Logged { error } => format!(
            "no desktop notification ({error}); the sample went to the log only. Check that a \
             notification server runs in your session (`busctl --user list | grep Notifications`), \
             or set notify_command in [notify] for another way"
        ),
    };
    Ok((said, shown))
}

#[cfg(test)]
mod tests {
    //! The notifier loop under paused tokio time: the real loop, outbox and SQLite file; a
    //! sink that records when each notice was shown (the D-Bus path has its own tests in
    //! tests/it/notify.rs, and real I/O would let paused time jump ahead).
    use super::*;
    use crate::store::Origin;
    use std::path::Path;
    use std::sync::Mutex;

    const HOUR: i64 = 3600;

    /// Shows notices (records when), or, while `down`, reaches nobody (counts the tries).
    #[derive(Default)]
    struct Recorder {
        clock: Mutex<Option<Clock>>,
        shown: Mutex<Vec<(i64, String)>>,
        down: std::sync::atomic::AtomicBool,
        tries_while_down: Mutex<Vec<i64>>,
    }

    impl Sink for Recorder {
        async fn deliver(&self, m: Message) -> Delivery {
            let now = self.clock.lock().unwrap().expect("clock set").now();
            if self.down.load(std::sync::atomic::Ordering::SeqCst) {
                self.tries_while_down.lock().unwrap().push(now);
                return Delivery::Logged {
                    error: "no session bus".into(),
                };
            }
            self.shown.lock().unwrap().push((now, m.purpose));
            Delivery::Command
        }
    }

    fn example(name: &str) -> Vec<u8> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let p = if name.contains('/') {
            root.join(name)
        } else {
            root.join("config/examples/aws-merge-thread").join(name)
        };
        std::fs::read(p).unwrap()
    }

    fn ingest(cfg: &Config, db: &Path, name: &str, now: i64) {
        let mut store = Store::open(db).unwrap();
        let origin = Origin {
            source: name.into(),
            cursor: None,
            history: Some(crate::core::ledger::HISTORY_QUIET),
        };
        crate::ingest::ingest_raw(
            &mut store,
            &cfg.packs,
            &cfg.me,
            &example(name),
            &origin,
            now,
        )
        .unwrap();
    }

    /// A database path in a fresh directory (removed when the guard drops).
    fn temp_db() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("cw.db");
        (dir, db)
    }

    fn config(toml: &str) -> Arc<Config> {
        Arc::new(Config::from_toml_str(toml, None, 0).unwrap())
    }

    /// Unix time `t0` now, then tokio's (paused) clock.
    fn paused_clock(t0: i64) -> Clock {
        Clock::Tokio {
            base: t0,
            start: tokio::time::Instant::now(),
        }
    }

    /// Local 09:00 on 2026-03-02, whatever the machine's time zone.
    fn nine_am() -> i64 {
        1_772_409_600 + 9 * HOUR - utc_offset()
    }

    struct Loop {
        stop: tokio::sync::watch::Sender<bool>,
        task: tokio::task::JoinHandle<()>,
        wake: Arc<tokio::sync::Notify>,
    }

    fn start(cfg: &Arc<Config>, db: &Path, clock: Clock, rec: &Arc<Recorder>) -> Loop {
        *rec.clock.lock().unwrap() = Some(clock);
        let (stop, rx) = tokio::sync::watch::channel(false);
        let wake = Arc::new(tokio::sync::Notify::new());
        let task = spawn_with(
            cfg.clone(),
            db.to_path_buf(),
            wake.clone(),
            rx,
            clock,
            rec.clone(),
        );
        Loop { stop, task, wake }
    }

    impl Loop {
        async fn stop(self) {
            self.stop.send(true).unwrap();
            self.task.await.unwrap();
        }
    }

    /// Sleeps (paused: instantly) until `t` on `clock`.
    async fn until(clock: Clock, t: i64) {
        let d = (t - clock.now()).max(0) as u64;
        tokio::time::sleep(Duration::from_secs(d)).await;
    }

    fn shown(rec: &Recorder, t0: i64) -> Vec<(i64, String)> {
        let v = rec.shown.lock().unwrap();
        v.iter().map(|(t, p)| ((t - t0), p.clone())).collect()
    }

    #[tokio::test(start_paused = true)]
    async fn reminders_are_due_skip_quiet_hours_survive_a_restart_and_stop_at_the_reply() {
        let (_dir, db) = temp_db();
        // Due at 13:00 local, inside quiet hours: shown at 15:00 instead.
        let cfg = config(
            "me = [\"taro.yamada.dev@gmail.com\"]\n[notify]\nremind_after = \"4h\"\n\
                 remind_every = \"24h\"\nquiet_hours = \"12:30-15:00\"\n",
        );
        let t0 = nine_am();
        ingest(&cfg, &db, "01-acknowledgement.eml", t0 - HOUR);
        ingest(&cfg, &db, "02-confirmation-request.eml", t0 - HOUR);
        let clock = paused_clock(t0);
        let rec = Arc::new(Recorder::default());

        // The request is shown at once; the first reminder waits out the quiet hours.
        let l = start(&cfg, &db, clock, &rec);
        until(clock, t0 + 6 * HOUR + 600).await;
        l.stop().await;
        let want = vec![
            (0, "needs_reply".to_string()),
            (6 * HOUR, "reminder".into()),
        ];
        assert_eq!(shown(&rec, t0), want);

        // A restart repeats nothing, and the next reminder comes 24 h after the last one.
        let l = start(&cfg, &db, clock, &rec);
        until(clock, t0 + 30 * HOUR + 600).await;
        let mut want = want;
        want.push((30 * HOUR, "reminder".into()));
        assert_eq!(shown(&rec, t0), want);

        // The reply (here: the person says so; the Sent mailbox does the same through the
        // state machine) stops the reminders for good.
        let (c, d, now) = (cfg.clone(), db.clone(), clock.now());
        tokio::task::spawn_blocking(move || {
            mark_replied(&c, &mut Store::open(&d)?, "176221723200417", now)
        })
        .await
        .unwrap()
        .unwrap();
        until(clock, t0 + 80 * HOUR).await;
        l.stop().await;
        assert_eq!(shown(&rec, t0), want);
        let case = Store::open(&db)
            .unwrap()
            .case("176221723200417")
            .unwrap()
            .unwrap();
        assert_eq!(case.state, State::AwaitingSupport);
        assert_eq!(case.reminders_sent, 2);
    }

    /// No desktop and no notify_command: each round tries once (not once per queued notice),
    /// the notices stay queued and are retried with backoff, and all are shown, once, when the
    /// desktop is back (together: one summary).
    #[tokio::test(start_paused = true)]
    async fn nobody_to_show_to_means_one_try_per_round_backoff_and_nothing_lost() {
        let (_dir, db) = temp_db();
        let cfg = config("me = [\"taro.yamada.dev@gmail.com\"]\n");
        let t0 = nine_am();
        ingest(&cfg, &db, "02-confirmation-request.eml", t0 - HOUR);
        // Taken in when it arrived: old mail is recorded without notifying (ledger).
        let spoof = "tests/fixtures/mail/008-spoof-dmarc-fail.eml";
        let arrived = crate::core::mail::Mail::parse(&example(spoof))
            .unwrap()
            .date
            .unwrap();
        ingest(&cfg, &db, spoof, arrived);
        let clock = paused_clock(t0);
        let rec = Arc::new(Recorder::default());
        rec.down.store(true, std::sync::atomic::Ordering::SeqCst);
        let l = start(&cfg, &db, clock, &rec);
        until(clock, t0 + 20 * 60).await;
        let tries: Vec<i64> = rec
            .tries_while_down
            .lock()
            .unwrap()
            .iter()
            .map(|t| t - t0)
            .collect();
        // 30 s, doubling, at most 10 min apart; one try per round.
        assert_eq!(tries, vec![0, 30, 90, 210, 450, 930]);
        assert_eq!(shown(&rec, t0), vec![]);

        rec.down.store(false, std::sync::atomic::Ordering::SeqCst);
        until(clock, t0 + 40 * 60).await;
        l.stop().await;
        // Both, in one summary notification; both marked shown.
        let got: Vec<String> = shown(&rec, t0).into_iter().map(|(_, p)| p).collect();
        assert_eq!(got, vec!["summary"]);
        assert!(Store::open(&db)
            .unwrap()
            .pending(i64::MAX)
            .unwrap()
            .is_empty());
        assert_eq!(rec.tries_while_down.lock().unwrap().len(), 6);
    }

    /// A mailbox failing for longer than `unreachable_after` is reported once, at that time,
    /// with no new mail or other work to wake the loop; a later outage is reported again.
    #[tokio::test(start_paused = true)]
    async fn an_unreachable_mailbox_is_reported_once_when_the_limit_passes() {
        let (_dir, db) = temp_db();
        let cfg = config("[notify]\nunreachable_after = \"30m\"\n");
        let t0 = nine_am();
        Store::open(&db)
            .unwrap()
            .account_failed("work", "connection refused", t0)
            .unwrap();
        let clock = paused_clock(t0);
        let rec = Arc::new(Recorder::default());
        let l = start(&cfg, &db, clock, &rec);
        until(clock, t0 + 29 * 60).await;
        assert_eq!(shown(&rec, t0), vec![]);
        until(clock, t0 + 5 * HOUR).await;
        let once = vec![(30 * 60, "mailbox_unreachable".to_string())];
        assert_eq!(shown(&rec, t0), once);

        // Back, then down again: a new outage, a new notice 30 minutes into it.
        let mut store = Store::open(&db).unwrap();
        store.account_ok("work", t0 + 5 * HOUR).unwrap();
        store
            .account_failed("work", "timed out", t0 + 6 * HOUR)
            .unwrap();
        l.wake.notify_one(); // as the account task does after recording a failure
        until(clock, t0 + 8 * HOUR).await;
        l.stop().await;
        let mut twice = once;
        twice.push((6 * HOUR + 30 * 60, "mailbox_unreachable".into()));
        assert_eq!(shown(&rec, t0), twice);
    }
}
