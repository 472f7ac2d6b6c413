//! Desktop notifications through notify-rust (D-Bus `org.freedesktop.Notifications`), and
//! the fallback when there is no bus or no server: a log line and `notify_command`.
//!
//! Every D-Bus call runs under a timeout: notify-rust waits forever on a server that owns the
//! name but never answers. Nothing here panics or decides; the caller records the outcome.

use notify_rust::{Notification, NotificationHandle, NotificationResponse};
use std::time::Duration;

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
    /// Shown by the desktop notification server; the handle is there to wait for actions.
    Desktop {
        handle: Box<NotificationHandle>,
        with_actions: bool,
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

/// Asks the server what it can do. notify-rust only has a blocking call here, so it runs on a
/// detached thread: a stuck server must not keep the runtime from shutting down.
pub async fn capabilities(timeout: Duration) -> Result<Vec<String>, String> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name("notify-caps".into())
        .spawn(move || {
            let _ = tx.send(notify_rust::get_capabilities().map_err(|e| e.to_string()));
        })
        .map_err(|e| e.to_string())?;
    match tokio::time::timeout(timeout, rx).await {
        Ok(Ok(r)) => r,
        Ok(Err(_)) => Err("capability query failed".into()),
        Err(_) => Err(format!(
            "notification server did not answer within {timeout:?}"
        )),
    }
}

/// Shows `m` on the desktop, within `timeout`.
pub async fn show_desktop(m: &Message, timeout: Duration) -> Result<Delivery, String> {
    let caps = capabilities(timeout).await?;
    let with_actions = m.actions && caps.iter().any(|c| c == "actions");
    let mut n = Notification::new();
    n.appname("casewatch")
        .summary(&m.summary)
        .body(if caps.iter().any(|c| c == "body-markup") {
            &m.body
        } else {
            &m.plain
        });
    // Not sure support waits on a reply: shown, but without insisting.
    if m.purpose == "unsure" {
        n.urgency(notify_rust::Urgency::Low);
    }
    if let Some(id) = m.replaces {
        n.id(id);
    }
    if with_actions {
        n.action("reply", "Reply")
            .action("replied", "I replied")
            .action("snooze", "Snooze");
    }
    match tokio::time::timeout(timeout, n.show_async()).await {
        Ok(Ok(handle)) => Ok(Delivery::Desktop {
            handle: Box::new(handle),
            with_actions,
        }),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!(
            "notification server did not answer within {timeout:?}"
        )),
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
pub async fn deliver(m: &Message, timeout: Duration, command: Option<&[String]>) -> Delivery {
    let desktop_err = match show_desktop(m, timeout).await {
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
pub async fn wait_for_action(handle: Box<NotificationHandle>, limit: Duration) -> Option<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    let wait = handle.wait_for_action_async(move |r: &NotificationResponse| {
        if let NotificationResponse::Action(a) = r {
            let _ = tx.send(a.clone());
        }
    });
    tokio::time::timeout(limit, wait).await.ok()?;
    rx.try_recv().ok()
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
