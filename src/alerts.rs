//! Telling the person: the notification outbox, reminders, desktop notifications and their
//! actions. Filled in by issue #4.

use crate::config::Config;
use std::path::PathBuf;
use std::sync::Arc;

/// Starts the notifier task: delivers due notifications from the outbox whenever `wake` is
/// notified (after new mail was recorded) and on its own timer (reminders), until `shutdown`.
pub fn spawn(
    _cfg: Arc<Config>,
    _db: PathBuf,
    _wake: Arc<tokio::sync::Notify>,
    _shutdown: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async {})
}

/// `casewatch replied CASE`: the person says they answered support.
pub fn mark_replied(
    _cfg: &Config,
    _db: &std::path::Path,
    _case: &str,
    _now: i64,
) -> anyhow::Result<String> {
    anyhow::bail!("`replied` is not implemented yet")
}

/// `casewatch snooze CASE DURATION`.
pub fn snooze(
    _cfg: &Config,
    _db: &std::path::Path,
    _case: &str,
    _dur: std::time::Duration,
    _now: i64,
) -> anyhow::Result<String> {
    anyhow::bail!("`snooze` is not implemented yet")
}

/// `casewatch notify-test`: sends a sample notification and says which path delivered it.
pub async fn notify_test(_cfg: &Config) -> anyhow::Result<String> {
    anyhow::bail!("`notify-test` is not implemented yet")
}
