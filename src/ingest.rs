//! The one path every message takes: bytes -> Mail -> ledger -> store. Shared by `import`,
//! `sync` and `run` so they cannot drift apart.
//!
//! The part of the ledger the message can touch is read from the database for each call
//! (index lookups only: the cost does not grow with the history), inside the write transaction
//! that records the result, so several writers (each account's watcher, the notifier, a CLI
//! `replied`) never overwrite each other's case state with a stale copy.

use crate::core::ledger::{message_key, Ingested, HISTORY_QUIET};
use crate::core::mail::{Mail, MailError};
use crate::core::rules::RuleSet;
use crate::store::{Origin, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{source_name}: {error}")]
    Mail {
        source_name: String,
        error: MailError,
    },
    /// casewatch itself failed on this message (a bug): nothing of it was recorded, and the
    /// caller goes on with the next message as it does after a malformed one.
    #[error("{source_name}: casewatch could not classify this message (an internal error; please report it with the message): {message}")]
    Internal {
        source_name: String,
        message: String,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Parses, classifies, threads and records one message. A malformed message is an error for
/// that message only; the caller logs it and goes on (and still advances the cursor).
pub fn ingest_raw(
    store: &mut Store,
    packs: &[RuleSet],
    me: &[String],
    raw: &[u8],
    origin: &Origin<'_>,
    now: i64,
) -> Result<(Mail, Ingested), IngestError> {
    let mail = match Mail::parse(raw) {
        Ok(m) => m,
        Err(error) => {
            if let Some(cur) = &origin.cursor {
                store.set_cursor(cur, now)?;
            }
            return Err(IngestError::Mail {
                source_name: origin.source.clone(),
                error,
            });
        }
    };
    let key = message_key(&mail, raw);
    tracing::trace!("parsed");
    let ing = store.atomically(|store| {
        let mut ledger = store.load_ledger_for(&mail, &key, packs, me)?;
        tracing::trace!("loaded what it can touch");
        // An export, or a mailbox's first sync, replays history; later mailbox mail arrives now.
        ledger.replaying_history = origin.history.is_some();
        ledger.history_quiet = origin.history.unwrap_or(HISTORY_QUIET);
        // A panic in the classifier is a bug, but one message must not take the daemon down:
        // the transaction is rolled back and the message is skipped like a malformed one.
        let ingested = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            ledger.ingest(&mail, &key, packs, now)
        }));
        let ing = ingested.map_err(|panic| IngestError::Internal {
            source_name: origin.source.clone(),
            message: panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default(),
        })?;
        tracing::trace!("classified and applied");
        store.record(&mail, &ing, &ledger, origin, now)?;
        Ok::<_, IngestError>(ing)
    })?;
    Ok((mail, ing))
}
