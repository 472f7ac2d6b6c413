//! Desktop notifications on the D-Bus session bus (`org.freedesktop.Notifications`), and the
//! fallback when there is no bus or no server: a log line and `notify_command`.
//!
//! A notification is built with notify-rust's [`Notification`] and sent on one zbus connection
//! that [`Bus`] keeps for the life of the process (notify-rust's own `show` opens a new
//! connection per call, and one more per notification whose buttons are awaited). One
//! listener on that connection routes `ActionInvoked` / `NotificationClosed` to the
//! notifications waiting for a button. When the bus goes away, the next notification
//! connects again.
//!
//! Every D-Bus call runs under a timeout: a server that owns the name but never answers must
//! not hold the notifier. Nothing here panics or decides; the caller records the outcome.

use futures::StreamExt;
use notify_rust::{Hint, Notification};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::oneshot;

const NAME: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";

/// One notification, already rendered (`body` markup-escaped, `plain` not).
#[derive(Debug, Clone)]
pub struct Message {
    pub summary: String,
    pub body: String,
    pub plain: String,
    pub case: String,
    pub purpose: String,
    /// Offer "Reply" / "I replied" / "Snooze" when the server supports actions.
    pub actions: bool,
    /// The notification on screen this one replaces (a reminder replaces the request's).
    pub replaces: Option<u32>,
}

/// How a notification reached the person.
pub enum Delivery {
    /// Shown by the desktop notification server as notification `id`; `action` says which
    /// button was pressed (it closes unanswered when the notification goes away).
    Desktop {
        id: u32,
        action: Option<oneshot::Receiver<String>>,
    },
    /// Run through `notify_command`.
    Command,
    /// Only logged: nobody has seen it yet.
    Logged { error: String },
}

impl Delivery {
    pub fn via(&self) -> &'static str {
        match self {
            Delivery::Desktop { .. } => "desktop",
            Delivery::Command => "notify_command",
            Delivery::Logged { .. } => "log",
        }
    }
}

/// Who waits for a button of which notification: (the server's unique bus name, id).
type Waiters = Arc<Mutex<HashMap<(String, u32), oneshot::Sender<String>>>>;

/// The live connection, its listener for button signals, and what the server can do.
struct Live {
    conn: zbus::Connection,
    waiters: Waiters,
    listener: tokio::task::JoinHandle<()>,
    caps: Option<Vec<String>>,
}

impl Drop for Live {
    fn drop(&mut self) {
        self.listener.abort();
    }
}

/// The session bus as the daemon uses it: one connection, opened on first use, kept, and
/// opened again after the bus went away.
#[derive(Default)]
pub struct Bus {
    /// None: the session bus (`DBUS_SESSION_BUS_ADDRESS`).
    address: Option<String>,
    live: tokio::sync::Mutex<Option<Live>>,
}

impl Bus {
    pub fn new() -> Bus {
        Bus::default()
    }

    /// The bus at `address` (a D-Bus address such as `unix:path=/run/user/1000/bus`).
    pub fn at(address: &str) -> Bus {
        Bus {
            address: Some(address.to_string()),
            ..Bus::default()
        }
    }

    /// Asks the server what it can do (once per connection).
    pub async fn capabilities(&self, timeout: Duration) -> Result<Vec<String>, String> {
        within(timeout, async {
            let mut live = self.live.lock().await;
            let l = connected(&mut live, self.address.as_deref()).await?;
            if let Some(c) = &l.caps {
                return Ok(c.clone());
            }
            let reply = l
                .conn
                .call_method(Some(NAME), PATH, Some(NAME), "GetCapabilities", &())
                .await;
            let caps: Vec<String> = match reply {
                Ok(m) => m.body().deserialize().map_err(|e| e.to_string())?,
                Err(e) => return Err(forget_if_gone(&mut live, e)),
            };
            if let Some(l) = live.as_mut() {
                l.caps = Some(caps.clone());
            }
            Ok(caps)
        })
        .await
    }

    /// Shows `m` on the desktop, within `timeout`.
    pub async fn show(&self, m: &Message, timeout: Duration) -> Result<Delivery, String> {
        let caps = self.capabilities(timeout).await?;
        let with_actions = m.actions && caps.iter().any(|c| c == "actions");
        let n = build(m, caps.iter().any(|c| c == "body-markup"), with_actions);
        within(timeout, async {
            let mut live = self.live.lock().await;
            let l = connected(&mut live, self.address.as_deref()).await?;
            let hints: HashMap<&str, zbus::Variant<'_>> = n.hints.iter().map(Into::into).collect();
            let body = (
                &n.appname,
                m.replaces.unwrap_or(0),
                &n.icon,
                &n.summary,
                &n.body,
                &n.actions,
                hints,
                i32::from(n.timeout),
            );
            let reply = match l
                .conn
                .call_method(Some(NAME), PATH, Some(NAME), "Notify", &body)
                .await
            {
                Ok(r) => r,
                Err(e) => {
                    // A new server may have other capabilities.
                    l.caps = None;
                    return Err(forget_if_gone(&mut live, e));
                }
            };
            let id: u32 = reply.body().deserialize().map_err(|e| e.to_string())?;
            let action = match (with_actions, reply.header().sender()) {
                (true, Some(server)) => {
                    let (tx, rx) = oneshot::channel();
                    if let Ok(mut w) = l.waiters.lock() {
                        // Whoever stopped waiting (a reminder replaced it) leaves the table.
                        w.retain(|_, tx| !tx.is_closed());
                        w.insert((server.to_string(), id), tx);
                    }
                    Some(rx)
                }
                _ => None,
            };
            Ok(Delivery::Desktop { id, action })
        })
        .await
    }
}

/// The notification as notify-rust models it.
fn build(m: &Message, markup: bool, with_actions: bool) -> Notification {
    let mut n = Notification::new();
    n.appname("casewatch")
        .summary(&m.summary)
        .body(if markup { &m.body } else { &m.plain });
    // Not sure support waits on a reply: shown, but without insisting.
    if m.purpose == "unsure" {
        n.hint(Hint::Urgency(notify_rust::Urgency::Low));
    }
    if with_actions {
        n.action("reply", "Reply")
            .action("replied", "I replied")
            .action("snooze", "Snooze");
    }
    n
}

async fn within<T>(
    timeout: Duration,
    f: impl std::future::Future<Output = Result<T, String>>,
) -> Result<T, String> {
    tokio::time::timeout(timeout, f).await.unwrap_or_else(|_| {
        Err(format!(
            "notification server did not answer within {timeout:?}"
        ))
    })
}

/// The live connection, connecting (and subscribing to the button signals) when there is
/// none or the last one was lost.
async fn connected<'a>(
    live: &'a mut Option<Live>,
    address: Option<&str>,
) -> Result<&'a mut Live, String> {
    if live.as_ref().is_some_and(|l| l.listener.is_finished()) {
        *live = None;
    }
    if live.is_none() {
        let builder = match address {
            Some(a) => zbus::connection::Builder::address(a),
            None => zbus::connection::Builder::session(),
        };
        let conn = builder
            .build()
            .await
            .map_err(|e| format!("no session bus: {e}"))?;
        let rule = zbus::MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .interface(NAME)
            .path(PATH)
            .build()
            .map_err(|e| e.to_string())?;
        let stream = zbus::MessageStream::for_match_rule(rule, &conn, None)
            .await
            .map_err(|e| format!("cannot listen for notification buttons: {e}"))?;
        let waiters = Waiters::default();
        let listener = tokio::spawn(listen(stream, waiters.clone()));
        *live = Some(Live {
            conn,
            waiters,
            listener,
            caps: None,
        });
    }
    live.as_mut().ok_or_else(|| "no session bus".to_string())
}

/// Drops the connection when the error says it is gone (the server's own errors keep it).
fn forget_if_gone(live: &mut Option<Live>, e: zbus::Error) -> String {
    if !matches!(e, zbus::Error::MethodError(..) | zbus::Error::FDO(_)) {
        *live = None;
    }
    e.to_string()
}

/// Routes the server's button and close signals to whoever waits on that notification, until
/// the connection ends (then every waiter hears that no button will come).
async fn listen(mut stream: zbus::MessageStream, waiters: Waiters) {
    while let Some(Ok(msg)) = stream.next().await {
        let header = msg.header();
        let (Some(member), Some(sender)) = (header.member(), header.sender()) else {
            continue;
        };
        let action = match member.as_str() {
            "ActionInvoked" => msg.body().deserialize::<(u32, String)>().ok(),
            "NotificationClosed" => msg
                .body()
                .deserialize::<(u32, u32)>()
                .ok()
                .map(|(id, _)| (id, String::new())),
            _ => None,
        };
        let Some((id, key)) = action else { continue };
        let Some(tx) = waiters
            .lock()
            .ok()
            .and_then(|mut w| w.remove(&(sender.to_string(), id)))
        else {
            continue;
        };
        if !key.is_empty() {
            let _ = tx.send(key);
        }
    }
    if let Ok(mut w) = waiters.lock() {
        w.clear();
    }
}

/// Fills `{case}`, `{summary}`, `{body}`, `{purpose}` into each argument (no shell involved).
pub fn command_argv(template: &[String], m: &Message) -> Vec<String> {
    template
        .iter()
        .map(|a| {
            a.replace("{case}", &m.case)
                .replace("{summary}", &m.summary)
                .replace("{body}", &m.plain)
                .replace("{purpose}", &m.purpose)
        })
        .collect()
}

async fn run_command(template: &[String], m: &Message, timeout: Duration) -> Result<(), String> {
    let argv = command_argv(template, m);
    let Some((prog, args)) = argv.split_first() else {
        return Err("notify_command is empty".into());
    };
    let mut cmd = tokio::process::Command::new(prog);
    cmd.args(args)
        .stdin(std::process::Stdio::null())
        .kill_on_drop(true);
    match tokio::time::timeout(timeout, cmd.status()).await {
        Ok(Ok(s)) if s.success() => Ok(()),
        Ok(Ok(s)) => Err(format!("notify_command {prog:?} exited with {s}")),
        Ok(Err(e)) => Err(format!("notify_command {prog:?}: {e}")),
        Err(_) => Err(format!(
            "notify_command {prog:?} timed out after {timeout:?}"
        )),
    }
}

/// Desktop first; else a warning in the log and `notify_command` when configured. Never hangs
/// longer than about three timeouts, never fails: the outcome says who saw it.
pub async fn deliver(
    bus: &Bus,
    m: &Message,
    timeout: Duration,
    command: Option<&[String]>,
) -> Delivery {
    let desktop_err = match bus.show(m, timeout).await {
        Ok(d) => return d,
        Err(e) => e,
    };
    tracing::warn!(
        case = %m.case,
        purpose = %m.purpose,
        error = %desktop_err,
        "no desktop notification: {} — {}",
        m.summary,
        m.plain.replace('\n', " / ")
    );
    match command {
        Some(t) => match run_command(t, m, timeout).await {
            Ok(()) => Delivery::Command,
            Err(e) => {
                tracing::warn!(error = %e, "notify_command failed");
                Delivery::Logged {
                    error: format!("{desktop_err}; {e}"),
                }
            }
        },
        None => Delivery::Logged { error: desktop_err },
    }
}

/// Waits (at most `limit`) for the person to press a button; returns the action key.
pub async fn wait_for_action(action: oneshot::Receiver<String>, limit: Duration) -> Option<String> {
    tokio::time::timeout(limit, action).await.ok()?.ok()
}

/// Opens a `mailto:` draft or a web page with the desktop's handler.
pub async fn open(target: &str) {
    let child = tokio::process::Command::new("xdg-open")
        .arg(target)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    match child {
        Ok(mut c) => {
            if let Ok(Ok(s)) = tokio::time::timeout(Duration::from_secs(10), c.wait()).await {
                if !s.success() {
                    tracing::warn!("xdg-open {target:?} exited with {s}");
                }
            }
        }
        Err(e) => tracing::warn!("cannot run xdg-open: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argv_placeholders_are_filled_without_a_shell() {
        let m = Message {
            summary: "S".into(),
            body: "a &amp; b".into(),
            plain: "a & b; rm -rf /".into(),
            case: "1".into(),
            purpose: "needs_reply".into(),
            actions: false,
            replaces: None,
        };
        let t = vec![
            "notify-send".into(),
            "{summary} ({case})".into(),
            "{body}".into(),
        ];
        assert_eq!(
            command_argv(&t, &m),
            ["notify-send", "S (1)", "a & b; rm -rf /"]
        );
    }
}
