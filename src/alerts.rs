//! Telling the person: drives the notification outbox (reminders, unreachable mailboxes),
//! delivers each pending notice through [`crate::adapters::notify`], and turns the buttons
//! ("I replied", "Snooze") and the CLI's `replied` / `snooze` into case events.
//!
//! The database is the only memory: a notice is marked sent or failed in the outbox right
//! after delivery, so a restart neither loses a due notice nor repeats a sent one. The store
//! is synchronous and shared with the CLI, so every round reloads the ledger inside
//! `spawn_blocking` and never holds a connection across an `.await`.

use crate::adapters::notify::{self, Delivery, Message};
use crate::config::Config;
use crate::core::case::{Case, Event, Notice, Purpose, State};
use crate::core::rules::Profile;
use crate::render::{self, Input, Rendered};
use crate::store::{Pending, Store};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// The longest the loop sleeps: new mail wakes it sooner, and a clock jump is caught up.
const MAX_SLEEP: Duration = Duration::from_secs(60);
/// How long the buttons of a shown notification stay live.
const ACTION_WAIT: Duration = Duration::from_secs(12 * 3600);

fn unix_now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn utc_offset() -> i64 {
    use chrono::Offset;
    i64::from(chrono::Local::now().offset().fix().local_minus_utc())
}

/// Starts the notifier task: delivers due notifications from the outbox whenever `wake` is
/// notified (after new mail was recorded) and on its own timer (reminders), until `shutdown`.
pub fn spawn(
    cfg: Arc<Config>,
    db: PathBuf,
    wake: Arc<tokio::sync::Notify>,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if *shutdown.borrow() {
                break;
            }
            let next = match round(&cfg, &db).await {
                Ok(next) => next,
                Err(e) => {
                    tracing::warn!("notifications: {e:#}");
                    None
                }
            };
            let now = unix_now();
            let sleep = next
                .map(|t| Duration::from_secs((t - now).clamp(1, MAX_SLEEP.as_secs() as i64) as u64))
                .unwrap_or(MAX_SLEEP);
            tokio::select! {
                _ = wake.notified() => {}
                _ = tokio::time::sleep(sleep) => {}
                r = shutdown.changed() => if r.is_err() { break },
            }
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
async fn round(cfg: &Arc<Config>, db: &Path) -> Result<Option<i64>> {
    let now = unix_now();
    let (c, d) = (cfg.clone(), db.to_path_buf());
    let (ready, next) = tokio::task::spawn_blocking(move || prepare(&c, &d, now))
        .await
        .context("prepare notifications")??;
    for r in ready {
        deliver_one(cfg, db, r).await;
    }
    Ok(next)
}

fn prepare(cfg: &Config, db: &Path, now: i64) -> Result<(Vec<Ready>, Option<i64>)> {
    let mut store = Store::open(db)?;
    let policy = cfg.notify.policy(utc_offset());
    let mut ledger = store.load_ledger(&cfg.me)?;
    // Reminders count from when the person was told (core: Case::told_at), so a request
    // that is still undelivered has no reminder queued on top of it.
    let (effects, reminders) = ledger.tick(now, &policy);
    store.record_effects(&ledger, &effects, &reminders, now)?;

    let limit = cfg.notify.unreachable_after.as_secs() as i64;
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
            Purpose::NeedsReply | Purpose::Suspicious | Purpose::Resolved => Some(p.key.clone()),
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
    let next = ledger
        .cases
        .values()
        .filter_map(|c| c.next_reminder(&policy))
        .min();
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
    }
}

async fn deliver_one(cfg: &Arc<Config>, db: &Path, r: Ready) {
    let m = message_of(&r.pending, &r.rendered);
    let delivery =
        notify::deliver(&m, cfg.notify.timeout, cfg.notify.notify_command.as_deref()).await;
    let via = delivery.via();
    let error = match &delivery {
        Delivery::Logged { error } => Some(error.clone()),
        _ => None,
    };
    let (c, d, p) = (cfg.clone(), db.to_path_buf(), r.pending.clone());
    let done = tokio::task::spawn_blocking(move || finish(&c, &d, &p, via, error.as_deref()))
        .await
        .map_err(anyhow::Error::from)
        .and_then(|r| r);
    if let Err(e) = done {
        tracing::warn!("record notification {}: {e:#}", r.pending.key);
    }
    if let Delivery::Desktop {
        handle,
        with_actions: true,
    } = delivery
    {
        if let Some(case) = r.pending.case.clone() {
            let (cfg, db, open) = (cfg.clone(), db.to_path_buf(), r.rendered.open.clone());
            tokio::spawn(async move {
                if let Some(action) = notify::wait_for_action(handle, ACTION_WAIT).await {
                    on_action(&cfg, &db, &case, &action, open.as_deref()).await;
                }
            });
        }
    }
}

/// Records the outcome. Only a notice someone saw counts as sent; a logged one is retried.
fn finish(cfg: &Config, db: &Path, p: &Pending, via: &str, error: Option<&str>) -> Result<()> {
    let mut store = Store::open(db)?;
    let now = unix_now();
    if let Some(e) = error {
        return Ok(store.mark_failed(p, e)?);
    }
    store.mark_sent(p, via, now)?;
    let Some(case) = &p.case else {
        return Ok(());
    };
    let mut ledger = store.load_ledger(&cfg.me)?;
    let event = match p.purpose {
        Purpose::NeedsReply => Event::Told { at: now },
        Purpose::Reminder => Event::Reminded { at: now },
        _ => return Ok(()),
    };
    if ledger.apply(case, event).is_some() {
        if let Some(c) = ledger.cases.get(case) {
            store.save_case(c)?;
        }
    }
    Ok(())
}

/// A button on a shown notification was pressed.
pub async fn on_action(cfg: &Arc<Config>, db: &Path, case: &str, action: &str, open: Option<&str>) {
    let (c, d, n) = (cfg.clone(), db.to_path_buf(), case.to_string());
    let result = match action {
        "reply" => {
            if let Some(target) = open {
                notify::open(target).await;
            }
            return;
        }
        "replied" => {
            tokio::task::spawn_blocking(move || mark_replied(&c, &d, &n, unix_now())).await
        }
        "snooze" => {
            let dur = cfg.notify.snooze;
            tokio::task::spawn_blocking(move || snooze(&c, &d, &n, dur, unix_now())).await
        }
        _ => return,
    };
    match result {
        Ok(Ok(msg)) => tracing::info!("{msg}"),
        Ok(Err(e)) => tracing::warn!("{action} on case {case}: {e:#}"),
        Err(e) => tracing::warn!("{action} on case {case}: {e}"),
    }
}

/// Loads the current ledger, applies the person's event to one case and saves it.
fn apply_person_event(cfg: &Config, db: &Path, case: &str, event: Event, now: i64) -> Result<Case> {
    let mut store = Store::open(db)?;
    let mut ledger = store.load_ledger(&cfg.me)?;
    let effects = ledger.apply(case, event).with_context(|| {
        format!("no case {case} in the database (`casewatch cases` lists the known ones)")
    })?;
    store.record_effects(&ledger, &effects, &[], now)?;
    let c = ledger.cases.get(case).cloned().context("case vanished")?;
    store.save_case(&c)?;
    Ok(c)
}

/// `casewatch replied CASE`: the person says they answered support.
pub fn mark_replied(cfg: &Config, db: &Path, case: &str, now: i64) -> Result<String> {
    let before = Store::open(db)?.case(case)?.map(|c| c.state);
    let c = apply_person_event(cfg, db, case, Event::MarkedReplied { at: now }, now)?;
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
pub fn snooze(cfg: &Config, db: &Path, case: &str, dur: Duration, now: i64) -> Result<String> {
    let until = now + dur.as_secs() as i64;
    let c = apply_person_event(cfg, db, case, Event::Snoozed { until }, now)?;
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

/// `casewatch notify-test`: sends a sample notification and says which path delivered it.
pub async fn notify_test(cfg: &Config) -> Result<String> {
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
    };
    let d = notify::deliver(&m, cfg.notify.timeout, cfg.notify.notify_command.as_deref()).await;
    Ok(match d {
        Delivery::Desktop { with_actions, .. } => format!(
            "sent a sample notification via desktop ({})",
            if with_actions {
                "with Reply / I replied / Snooze buttons"
            } else {
                "the server shows no buttons"
            }
        ),
        Delivery::Command => "sent a sample notification via notify_command".into(),
        Delivery::Logged { error } => format!(
            "no desktop notification ({error}); the sample went to the log only (set notify_command in [notify] for another way)"
        ),
    })
}
