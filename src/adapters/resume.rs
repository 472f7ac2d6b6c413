//! Resume from suspend: logind's `PrepareForSleep(false)` on the system bus.
//!
//! After a suspend the IMAP connections are usually dead (the server or a NAT dropped them
//! while the machine slept) and the wall clock has moved on under tokio's timers, which do
//! not count the time asleep. On resume the watchers connect again at once and the notifier
//! looks at the clock (what fell due while asleep comes as one summary, not a burst), instead
//! of waiting for `stall_after` and the notifier's next look. Without a system bus or logind
//! nothing is lost: the connection checks and the notifier's own look at the wall clock
//! (every 5 minutes) catch up, later.

use futures::StreamExt;
use std::sync::Arc;
use tokio::sync::{watch, Notify};

const LOGIN1: &str = "org.freedesktop.login1.Manager";

/// Listens until the connection ends; each resume bumps `resumed` and wakes `notifier`.
pub async fn listen(resumed: Arc<watch::Sender<u64>>, notifier: Arc<Notify>) {
    let conn = match zbus::Connection::system().await {
        Ok(c) => c,
        Err(e) => {
            tracing::debug!("no system bus ({e}): a resume is noticed by the connection checks");
            return;
        }
    };
    let rule = zbus::MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .interface(LOGIN1)
        .member("PrepareForSleep")
        .path("/org/freedesktop/login1")
        .build();
    let stream = match rule {
        Ok(rule) => zbus::MessageStream::for_match_rule(rule, &conn, None).await,
        Err(e) => Err(e),
    };
    let mut stream = match stream {
        Ok(s) => s,
        Err(e) => {
            tracing::debug!("cannot listen for suspend and resume: {e}");
            return;
        }
    };
    while let Some(Ok(msg)) = stream.next().await {
        // true: about to sleep; false: just woke up.
        if let Ok(false) = msg.body().deserialize::<bool>() {
            tracing::info!("resumed from suspend: connecting again and looking at the clock");
            resumed.send_modify(|n| *n = n.wrapping_add(1));
            notifier.notify_one();
        }
    }
}

/// Resolves at the next resume (never, when nobody listens for it).
pub async fn next(resumed: &mut watch::Receiver<u64>) {
    if resumed.changed().await.is_err() {
        std::future::pending::<()>().await;
    }
}
