//! Mailbox watching over IMAP: `sync` (one pass) and `run` (the daemon). Filled in by issue #3.

use crate::config::Config;
use std::path::Path;

/// One pass over every configured account. Errors name the account that failed.
pub async fn sync_once(_cfg: &Config, _db: &Path, _progress: bool) -> anyhow::Result<()> {
    anyhow::bail!("`sync` is not implemented yet")
}

/// The daemon: watches every account until `shutdown` resolves.
pub async fn run(
    _cfg: std::sync::Arc<Config>,
    _db: std::path::PathBuf,
    _shutdown: tokio::sync::watch::Receiver<bool>,
) -> anyhow::Result<()> {
    anyhow::bail!("`run` is not implemented yet")
}
