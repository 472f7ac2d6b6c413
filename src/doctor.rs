//! `casewatch doctor`: every check `run` depends on, one line each, with what to do when one
//! fails. A failure that would stop `run` (config, secret, server, login, a mailbox, the
//! database) makes the exit status non-zero; one it works around (no notification server,
//! no IDLE, no Sent mailbox) is a warning.

use crate::adapters::{imap, notify};
use crate::config::{Account, Config, Security};
use crate::store::Store;
use serde::Serialize;
use std::path::Path;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Ok,
    Warn,
    Fail,
}

/// One check's outcome.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub check: &'static str,
    /// The account it is about, when it is about one.
    pub account: Option<String>,
    pub verdict: Verdict,
    pub detail: String,
    /// What to do, when it is not ok.
    pub fix: Option<String>,
}

impl Check {
    fn ok(check: &'static str, account: Option<&str>, detail: impl Into<String>) -> Check {
        Check {
            check,
            account: account.map(str::to_string),
            verdict: Verdict::Ok,
            detail: detail.into(),
            fix: None,
        }
    }
    fn bad(
        verdict: Verdict,
        check: &'static str,
        account: Option<&str>,
        detail: impl Into<String>,
        fix: impl Into<String>,
    ) -> Check {
        Check {
            check,
            account: account.map(str::to_string),
            verdict,
            detail: detail.into(),
            fix: Some(fix.into()),
        }
    }
}

/// Runs every check.
pub async fn run(cfg: &Config, db: &Path) -> Vec<Check> {
    let mut out = vec![config_check(cfg)];
    for acc in &cfg.accounts {
        out.extend(account_checks(acc).await);
    }
    out.push(database_check(db));
    out.push(notification_check(cfg).await);
    out.push(service_check());
    out
}

fn service_check() -> Check {
    match crate::service::status() {
        Ok((true, state)) => Check::ok("service", None, state),
        Ok((false, state)) => Check::bad(
            Verdict::Warn,
            "service",
            None,
            state,
            "`casewatch service install` keeps casewatch running across logins",
        ),
        Err(e) => Check::bad(Verdict::Warn, "service", None, e.to_string(), "—"),
    }
}

fn config_check(cfg: &Config) -> Check {
    let Some(file) = &cfg.file else {
        return Check::bad(
            Verdict::Fail,
            "config",
            None,
            "no config file",
            "`casewatch init` writes one (or give --config FILE)",
        );
    };
    if cfg.accounts.is_empty() {
        return Check::bad(
            Verdict::Fail,
            "config",
            None,
            format!("{}: no [[accounts]]", file.display()),
            "add an [[accounts]] block (`casewatch init --force` writes one)",
        );
    }
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(file).map(|m| m.permissions().mode() & 0o777);
    match mode {
        Ok(m) if m & 0o077 != 0 => Check::bad(
            Verdict::Warn,
            "config",
            None,
            format!("{} is readable by others (mode {m:o})", file.display()),
            format!("chmod 600 {}", file.display()),
        ),
        _ => Check::ok(
            "config",
            None,
            format!(
                "{}: {} account(s), {} rule pack(s)",
                file.display(),
                cfg.accounts.len(),
                cfg.packs.len()
            ),
        ),
    }
}

async fn account_checks(acc: &Account) -> Vec<Check> {
    let name = Some(acc.name.as_str());
    let mut out = Vec::new();
    match imap::secret(acc).await {
        Ok(_) => out.push(Check::ok("secret", name, "obtained (not shown)")),
        Err(e) => {
            out.push(Check::bad(
                Verdict::Fail,
                "secret",
                name,
                e.to_string(),
                "check password_command / password_env / token_command: run the command yourself",
            ));
            return out;
        }
    }
    let mut s = match imap::connect_with_certificate(acc).await {
        Ok((s, cert)) => {
            let how = match acc.security {
                Security::Tls => "TLS",
                Security::Starttls => "STARTTLS",
                Security::Plain => "plain text (loopback only)",
            };
            let detail = format!("{}:{} over {how}", acc.host, acc.port);
            out.push(match cert {
                Some(c) => certificate_check(name, &detail, &c),
                None => Check::ok("server", name, detail),
            });
            out.push(Check::ok("login", name, format!("as {}", acc.username)));
            s
        }
        Err(e) => {
            out.push(connect_failure(acc, e));
            return out;
        }
    };
    out.extend(mailbox_checks(acc, &mut s).await);
    imap::logout(s).await;
    out
}

/// The server line with its certificate: trusted (or the connection would have failed),
/// whose, and until when; a warning when it expires within 14 days.
fn certificate_check(name: Option<&str>, detail: &str, c: &imap::CertificateInfo) -> Check {
    let now = chrono::Utc::now().timestamp();
    let days = (c.expires - now) / 86_400;
    let until = chrono::DateTime::from_timestamp(c.expires, 0)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let text = format!(
        "{detail}; certificate {} trusted, expires {until} (in {days} days)",
        c.subject
    );
    if days < 14 {
        Check::bad(
            Verdict::Warn,
            "server",
            name,
            text,
            "the server's certificate expires soon: tell its administrator",
        )
    } else {
        Check::ok("server", name, text)
    }
}

/// Which step failed, and what to do.
fn connect_failure(acc: &Account, e: imap::ImapError) -> Check {
    use imap::ImapError as E;
    let name = Some(acc.name.as_str());
    let (check, fix) = match &e {
        E::Connect { .. } => (
            "server",
            "check host and port, and that the server is reachable from here",
        ),
        E::Setting { .. } => ("server", "change security (or port) as the message says"),
        E::Certificate { .. } | E::CaFile { .. } => (
            "server",
            "for a server with your own CA, point ca_file at the CA's PEM file",
        ),
        E::Tls { .. } => ("server", "check security and port"),
        E::Login { .. } => (
            "login",
            "check username and the secret (password_command / password_env / token_command)",
        ),
        E::Secret(_) => ("secret", "run the password command yourself"),
        E::Protocol(_) | E::Lost(_) => ("server", "try again; if it persists, check the server"),
    };
    Check::bad(Verdict::Fail, check, name, e.to_string(), fix)
}

async fn mailbox_checks(acc: &Account, s: &mut imap::Session) -> Vec<Check> {
    let name = Some(acc.name.as_str());
    let mut out = Vec::new();
    match imap::capabilities(s).await {
        Ok(caps) => {
            let has = |c: &str| caps.iter().any(|x| x == c);
            let list = ["IDLE", "SPECIAL-USE", "CONDSTORE"]
                .iter()
                .map(|c| format!("{c} {}", if has(c) { "yes" } else { "no" }))
                .collect::<Vec<_>>()
                .join(", ");
            out.push(if has("IDLE") {
                Check::ok("capabilities", name, list)
            } else {
                Check::bad(
                    Verdict::Warn,
                    "capabilities",
                    name,
                    list,
                    format!(
                        "no IDLE: run polls every {}s (poll_interval)",
                        acc.poll_interval.as_secs()
                    ),
                )
            });
        }
        Err(e) => out.push(Check::bad(
            Verdict::Warn,
            "capabilities",
            name,
            e.to_string(),
            "the server did not list its capabilities",
        )),
    }
    for mb in &acc.mailboxes {
        out.push(match imap::examine(s, mb).await {
            Ok(info) => Check::ok(
                "mailbox",
                name,
                format!("{mb}: {} messages, opened read-only (EXAMINE)", info.exists),
            ),
            Err(e) => Check::bad(
                Verdict::Fail,
                "mailbox",
                name,
                format!("{mb}: {e}"),
                "check `mailboxes` in the config (names are case-sensitive except INBOX)",
            ),
        });
    }
    let sent = match &acc.sent_mailbox {
        Some(m) => Some(m.clone()),
        None => imap::find_sent(s).await.ok().flatten(),
    };
    out.push(match sent {
        Some(m) => match imap::examine(s, &m).await {
            Ok(_) => Check::ok("sent", name, format!("{m}: your replies are seen there")),
            Err(e) => Check::bad(
                Verdict::Warn,
                "sent",
                name,
                format!("{m}: {e}"),
                "set sent_mailbox to the name of your Sent mailbox",
            ),
        },
        None => Check::bad(
            Verdict::Warn,
            "sent",
            name,
            "no Sent mailbox (none marked \\Sent)",
            "set sent_mailbox, or mark replies yourself with `casewatch replied CASE`",
        ),
    });
    out
}

fn database_check(db: &Path) -> Check {
    match Store::open(db).and_then(|s| s.cases()) {
        Ok(cases) => Check::ok(
            "database",
            None,
            format!("{}: {} case(s)", db.display(), cases.len()),
        ),
        Err(e) => Check::bad(
            Verdict::Fail,
            "database",
            None,
            e.to_string(),
            "check the path (storage.database or --db) and the disk",
        ),
    }
}

async fn notification_check(cfg: &Config) -> Check {
    let timeout = cfg.notify.timeout.min(Duration::from_secs(5));
    match notify::Bus::new().capabilities(timeout).await {
        Ok(caps) => {
            let buttons = caps.iter().any(|c| c == "actions");
            Check::ok(
                "notifications",
                None,
                format!(
                    "a notification server answers on the session bus ({})",
                    if buttons {
                        "with buttons"
                    } else {
                        "no buttons: use `casewatch replied CASE`"
                    }
                ),
            )
        }
        Err(e) => Check::bad(
            Verdict::Warn,
            "notifications",
            None,
            e,
            if cfg.notify.notify_command.is_some() {
                "notify_command will be used instead"
            } else {
                "run casewatch in your desktop session, or set notify_command in [notify]; `casewatch notify-test` tries it"
            },
        ),
    }
}

/// The checks as text, one line each.
pub fn text(checks: &[Check]) -> String {
    let mut out = String::new();
    for c in checks {
        let tag = match c.verdict {
            Verdict::Ok => "ok  ",
            Verdict::Warn => "warn",
            Verdict::Fail => "FAIL",
        };
        let who = c
            .account
            .as_deref()
            .map(|a| format!(" [{a}]"))
            .unwrap_or_default();
        out.push_str(&format!("{tag}  {}{who}: {}", c.check, c.detail));
        if let Some(f) = &c.fix {
            out.push_str(&format!(" — {f}"));
        }
        out.push('\n');
    }
    let fails = checks.iter().filter(|c| c.verdict == Verdict::Fail).count();
    let warns = checks.iter().filter(|c| c.verdict == Verdict::Warn).count();
    out.push_str(&match (fails, warns) {
        (0, 0) => "All checks passed: `casewatch run` (or the service) is ready.\n".to_string(),
        (0, w) => format!("No failures, {w} warning(s): `casewatch run` will work around them.\n"),
        (f, _) => {
            format!("{f} check(s) failed: `casewatch run` would not work until they are fixed.\n")
        }
    });
    out
}
