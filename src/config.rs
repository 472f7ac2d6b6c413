//! Configuration: the TOML file as written ([`RawConfig`], unknown keys rejected) and its
//! validated form ([`Config`]). Every error names the file and the key.
//!
//! Where the file is: `--config FILE`, else `$CASEWATCH_CONFIG`, else
//! `$XDG_CONFIG_HOME/casewatch/config.toml`. A missing default file is an empty config; a
//! missing file that was named explicitly is an error. Secrets never live here: only the
//! command or environment variable that yields them.

use crate::core::case::ReminderPolicy;
use crate::core::rules::{RuleError, RuleSet};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("config file {file}: {message}")]
    Read { file: PathBuf, message: String },
    // The TOML error is in the message itself (not a `source`): printed once.
    #[error("config file {file}: {error}")]
    Toml {
        file: PathBuf,
        error: Box<toml::de::Error>,
    },
    #[error("config file {file}: {key}: {message}")]
    Invalid {
        file: PathBuf,
        key: String,
        message: String,
    },
    #[error("config file {file}: {error}")]
    Rules {
        file: PathBuf,
        error: Box<RuleError>,
    },
}

// -------------------------------------------------------------------------------------------
// As written.

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    /// The address of the certification account to keep (the personal one).
    pub keep: Option<String>,
    /// The old (company) address(es) being left.
    #[serde(default)]
    pub old: Vec<String>,
    #[serde(default)]
    pub me: Vec<String>,
    /// Extra rule packs (TOML files), tried after the built-in one.
    #[serde(default)]
    pub rule_packs: Vec<PathBuf>,
    /// Set false to track only the packs listed in `rule_packs`.
    pub builtin_rules: Option<bool>,
    pub storage: Option<RawStorage>,
    #[serde(default)]
    pub accounts: Vec<RawAccount>,
    pub notify: Option<RawNotify>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawStorage {
    pub database: Option<PathBuf>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(untagged)]
pub enum CommandSpec {
    /// Run through `sh -c`.
    Shell(String),
    /// An argv list, run directly.
    Argv(Vec<String>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAccount {
    pub name: String,
    pub host: String,
    pub port: Option<u16>,
    pub security: Option<String>,
    pub ca_file: Option<PathBuf>,
    pub username: String,
    pub password_command: Option<CommandSpec>,
    pub password_env: Option<String>,
    pub auth: Option<String>,
    pub token_command: Option<CommandSpec>,
    pub mailboxes: Option<Vec<String>>,
    pub sent_mailbox: Option<String>,
    pub since: Option<String>,
    pub poll_interval: Option<String>,
    pub stall_after: Option<String>,
    pub max_message_size: Option<u32>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawNotify {
    pub remind_after: Option<String>,
    pub remind_every: Option<String>,
    pub quiet_hours: Option<String>,
    pub notify_command: Option<Vec<String>>,
    pub timeout: Option<String>,
    pub unreachable_after: Option<String>,
    pub snooze: Option<String>,
    pub first_sync_quiet: Option<String>,
}

// -------------------------------------------------------------------------------------------
// Validated.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// Implicit TLS (port 993).
    Tls,
    /// STARTTLS upgrade (port 143).
    Starttls,
    /// No encryption; allowed only to a loopback host.
    Plain,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Secret {
    /// argv; run on every (re)connect, stdout with the trailing newline trimmed.
    Command(Vec<String>),
    Env(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthMethod {
    Login,
    Xoauth2,
}

#[derive(Debug, Clone)]
pub struct Account {
    pub name: String,
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub ca_file: Option<PathBuf>,
    pub username: String,
    pub auth: AuthMethod,
    /// The password (Login) or the OAuth2 access token (Xoauth2).
    pub secret: Secret,
    pub mailboxes: Vec<String>,
    /// None: the mailbox with SPECIAL-USE \Sent.
    pub sent_mailbox: Option<String>,
    /// Unix time: how far back the first sync looks.
    pub since: i64,
    pub poll_interval: Duration,
    /// No line from the server for this long during IDLE: the connection is checked (DONE
    /// must be answered within this too, at most 30 s) and made again when it does not answer.
    pub stall_after: Duration,
    /// Bodies larger than this are fetched only up to it.
    pub max_message_size: u32,
}

#[derive(Debug, Clone)]
pub struct Notify {
    pub remind_after: Duration,
    pub remind_every: Duration,
    /// (start, end) minutes after local midnight.
    pub quiet_hours: Option<(u32, u32)>,
    pub notify_command: Option<Vec<String>>,
    pub timeout: Duration,
    /// Tell the person once a mailbox has been unreachable this long.
    pub unreachable_after: Duration,
    /// What "Snooze" on a notification means.
    pub snooze: Duration,
    /// History taken in (a first sync, an import): mail older than this is recorded without
    /// notifying, except a request still waited on.
    pub first_sync_quiet: Duration,
}

impl Default for Notify {
    fn default() -> Self {
        Notify {
            remind_after: Duration::from_secs(4 * 3600),
            remind_every: Duration::from_secs(24 * 3600),
            quiet_hours: None,
            notify_command: None,
            timeout: Duration::from_secs(5),
            unreachable_after: Duration::from_secs(3600),
            snooze: Duration::from_secs(4 * 3600),
            first_sync_quiet: Duration::from_secs(14 * 86_400),
        }
    }
}

impl Notify {
    /// The core's reminder policy, given the local UTC offset in seconds.
    pub fn policy(&self, utc_offset: i64) -> ReminderPolicy {
        ReminderPolicy {
            remind_after: self.remind_after.as_secs() as i64,
            remind_every: self.remind_every.as_secs() as i64,
            quiet: self.quiet_hours,
            utc_offset,
        }
    }
}

#[derive(Debug)]
pub struct Config {
    /// The file it came from, if any.
    pub file: Option<PathBuf>,
    pub me: Vec<String>,
    pub database: Option<PathBuf>,
    pub packs: Vec<RuleSet>,
    pub accounts: Vec<Account>,
    pub notify: Notify,
}

pub const DEFAULT_SINCE_DAYS: i64 = 90;

impl Config {
    /// Finds and loads the config file. `explicit` is `--config` (or `$CASEWATCH_CONFIG`, which
    /// clap folds into it). `now` is the current Unix time (for the default `since`).
    pub fn load(explicit: Option<&Path>, now: i64) -> Result<Config, ConfigError> {
        match explicit {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Read {
                    file: path.into(),
                    message: format!("cannot read it: {e}"),
                })?;
                Config::from_toml_str(&text, Some(path), now)
            }
            None => match default_config_path() {
                Some(path) if path.exists() => Config::load(Some(&path), now),
                _ => Config::from_toml_str("", None, now),
            },
        }
    }

    pub fn from_toml_str(text: &str, file: Option<&Path>, now: i64) -> Result<Config, ConfigError> {
        let fname = file
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("(defaults)"));
        let raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError::Toml {
            file: fname.clone(),
            error: Box::new(e),
        })?;
        Validator {
            file: fname,
            base: file.and_then(Path::parent).map(Path::to_path_buf),
        }
        .validate(raw, now)
    }
}

pub fn default_config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "casewatch").map(|d| d.config_dir().join("config.toml"))
}

pub fn default_database_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "casewatch").map(|d| d.data_dir().join("casewatch.db"))
}

struct Validator {
    file: PathBuf,
    base: Option<PathBuf>,
}

impl Validator {
    fn err(&self, key: impl Into<String>, message: impl Into<String>) -> ConfigError {
        ConfigError::Invalid {
            file: self.file.clone(),
            key: key.into(),
            message: message.into(),
        }
    }

    fn path(&self, p: &Path) -> PathBuf {
        let p = expand_home(p);
        match &self.base {
            Some(b) if p.is_relative() => b.join(p),
            _ => p,
        }
    }

    fn duration(
        &self,
        key: &str,
        v: &Option<String>,
        default: Duration,
    ) -> Result<Duration, ConfigError> {
        match v {
            None => Ok(default),
            Some(s) => humantime::parse_duration(s.trim()).map_err(|e| {
                self.err(
                    key,
                    format!("{s:?} is not a duration like \"4h\", \"30m\" or \"1d 12h\" ({e})"),
                )
            }),
        }
    }

    fn validate(&self, raw: RawConfig, now: i64) -> Result<Config, ConfigError> {
        // Your addresses, the one you keep first: `keep`, `old`, then `me`.
        let mut me: Vec<String> = Vec::new();
        let keys = raw
            .keep
            .iter()
            .map(|a| ("keep".to_string(), a))
            .chain(
                raw.old
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (format!("old[{i}]"), a)),
            )
            .chain(
                raw.me
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (format!("me[{i}]"), a)),
            );
        for (key, a) in keys {
            let a = a.trim().to_ascii_lowercase();
            if !a.contains('@') {
                return Err(self.err(key, format!("{a:?} is not an email address")));
            }
            if !me.contains(&a) {
                me.push(a);
            }
        }
        let mut packs = Vec::new();
        if raw.builtin_rules.unwrap_or(true) {
            packs.push(RuleSet::builtin());
        }
        for (i, p) in raw.rule_packs.iter().enumerate() {
            let path = self.path(p);
            let text = std::fs::read_to_string(&path).map_err(|e| {
                self.err(
                    format!("rule_packs[{i}]"),
                    format!("cannot read {}: {e}", path.display()),
                )
            })?;
            let pack =
                RuleSet::from_toml_str(&path.display().to_string(), &text).map_err(|source| {
                    ConfigError::Rules {
                        file: self.file.clone(),
                        error: Box::new(source),
                    }
                })?;
            packs.push(pack);
        }
        if packs.is_empty() {
            return Err(self.err(
                "builtin_rules",
                "is false and no rule_packs are listed: nothing to track",
            ));
        }

        let mut accounts = Vec::new();
        for (i, a) in raw.accounts.iter().enumerate() {
            let acc = self.account(i, a, now)?;
            if accounts.iter().any(|x: &Account| x.name == acc.name) {
                return Err(self.err(
                    format!("accounts[{i}].name"),
                    format!("{:?} is used twice", acc.name),
                ));
            }
            accounts.push(acc);
        }

        let n = raw.notify.unwrap_or_default();
        let d = Notify::default();
        let notify = Notify {
            remind_after: self.duration("notify.remind_after", &n.remind_after, d.remind_after)?,
            remind_every: self.duration("notify.remind_every", &n.remind_every, d.remind_every)?,
            quiet_hours: match &n.quiet_hours {
                None => None,
                Some(s) => Some(parse_quiet_hours(s).ok_or_else(|| {
                    self.err(
                        "notify.quiet_hours",
                        format!("{s:?} is not a range like \"22:00-07:00\""),
                    )
                })?),
            },
            notify_command: match n.notify_command {
                Some(v) if v.is_empty() => {
                    return Err(self.err("notify.notify_command", "must not be empty"))
                }
                v => v,
            },
            timeout: self.duration("notify.timeout", &n.timeout, d.timeout)?,
            unreachable_after: self.duration(
                "notify.unreachable_after",
                &n.unreachable_after,
                d.unreachable_after,
            )?,
            snooze: self.duration("notify.snooze", &n.snooze, d.snooze)?,
            first_sync_quiet: self.duration(
                "notify.first_sync_quiet",
                &n.first_sync_quiet,
                d.first_sync_quiet,
            )?,
        };
        if notify.remind_every < Duration::from_secs(60) {
            return Err(self.err("notify.remind_every", "must be at least 1m"));
        }

        Ok(Config {
            file: if self.file.as_os_str() == "(defaults)" {
                None
            } else {
                Some(self.file.clone())
            },
            me,
            database: raw.storage.and_then(|s| s.database).map(|p| self.path(&p)),
            packs,
            accounts,
            notify,
        })
    }

    fn account(&self, i: usize, a: &RawAccount, now: i64) -> Result<Account, ConfigError> {
        let key = |k: &str| format!("accounts[{i}].{k}");
        if a.name.trim().is_empty() {
            return Err(self.err(key("name"), "must not be empty"));
        }
        if a.host.trim().is_empty() {
            return Err(self.err(key("host"), "must not be empty"));
        }
        let security = match a.security.as_deref().unwrap_or("tls") {
            "tls" => Security::Tls,
            "starttls" => Security::Starttls,
            "plain" => Security::Plain,
            other => {
                return Err(self.err(
                    key("security"),
                    format!("must be \"tls\", \"starttls\" or \"plain\" (got {other:?})"),
                ))
            }
        };
        if security == Security::Plain && !is_loopback(&a.host) {
            return Err(self.err(
                key("security"),
                format!("\"plain\" sends your password unencrypted; it is allowed only to a loopback host, not {:?}", a.host),
            ));
        }
        let auth = match a.auth.as_deref().unwrap_or("login") {
            "login" | "password" => AuthMethod::Login,
            "xoauth2" => AuthMethod::Xoauth2,
            other => {
                return Err(self.err(
                    key("auth"),
                    format!("must be \"login\" or \"xoauth2\" (got {other:?})"),
                ))
            }
        };
        let argv = |c: &CommandSpec, k: &str| -> Result<Vec<String>, ConfigError> {
            match c {
                CommandSpec::Shell(s) if !s.trim().is_empty() => {
                    Ok(vec!["sh".into(), "-c".into(), s.clone()])
                }
                CommandSpec::Argv(v) if !v.is_empty() && !v[0].is_empty() => Ok(v.clone()),
                _ => Err(self.err(key(k), "must not be empty")),
            }
        };
        let secret = match auth {
            AuthMethod::Login => match (&a.password_command, &a.password_env) {
                (Some(c), None) => Secret::Command(argv(c, "password_command")?),
                (None, Some(e)) if !e.trim().is_empty() => Secret::Env(e.clone()),
                (Some(_), Some(_)) => {
                    return Err(self.err(key("password_command"), "give only one of password_command and password_env"))
                }
                _ => {
                    return Err(self.err(
                        key("password_command"),
                        "missing: say how to get the password, e.g. password_command = [\"pass\", \"show\", \"mail\"] or password_env = \"CASEWATCH_PASSWORD\"",
                    ))
                }
            },
            AuthMethod::Xoauth2 => match &a.token_command {
                Some(c) => Secret::Command(argv(c, "token_command")?),
                None => return Err(self.err(key("token_command"), "missing: auth = \"xoauth2\" needs a token_command that prints an access token")),
            },
        };
        let mailboxes = a.mailboxes.clone().unwrap_or_else(|| vec!["INBOX".into()]);
        if mailboxes.is_empty() || mailboxes.iter().any(|m| m.trim().is_empty()) {
            return Err(self.err(key("mailboxes"), "must list at least one mailbox name"));
        }
        let since = match &a.since {
            None => now - DEFAULT_SINCE_DAYS * 86_400,
            Some(s) => chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                .map_err(|_| {
                    self.err(
                        key("since"),
                        format!("{s:?} is not a date like \"2026-10-01\""),
                    )
                })?
                .and_hms_opt(0, 0, 0)
                .map(|t| t.and_utc().timestamp())
                .unwrap_or(now),
        };
        // Both default to 5 minutes; less than 5 s would only hammer the server.
        let at_least_5s = |name: &str, v: &Option<String>| {
            let d = self.duration(&key(name), v, Duration::from_secs(300))?;
            if d < Duration::from_secs(5) {
                return Err(self.err(key(name), "must be at least 5s"));
            }
            Ok(d)
        };
        let poll_interval = at_least_5s("poll_interval", &a.poll_interval)?;
        let stall_after = at_least_5s("stall_after", &a.stall_after)?;
        Ok(Account {
            name: a.name.trim().to_string(),
            host: a.host.trim().to_string(),
            port: a.port.unwrap_or(match security {
                Security::Tls => 993,
                Security::Starttls | Security::Plain => 143,
            }),
            security,
            ca_file: a.ca_file.as_deref().map(|p| self.path(p)),
            username: a.username.clone(),
            auth,
            secret,
            mailboxes,
            sent_mailbox: a.sent_mailbox.clone(),
            since,
            poll_interval,
            stall_after,
            max_message_size: a.max_message_size.unwrap_or(2 * 1024 * 1024),
        })
    }
}

pub fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_matches(['[', ']'])
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn expand_home(p: &Path) -> PathBuf {
    match p.strip_prefix("~") {
        Ok(rest) => directories::BaseDirs::new()
            .map(|b| b.home_dir().join(rest))
            .unwrap_or_else(|| p.into()),
        Err(_) => p.into(),
    }
}

/// "22:00-07:00" -> (1320, 420)
pub fn parse_quiet_hours(s: &str) -> Option<(u32, u32)> {
    let (a, b) = s.split_once('-')?;
    let hm = |t: &str| -> Option<u32> {
        let (h, m) = t.trim().split_once(':')?;
        let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        (h < 24 && m < 60).then_some(h * 60 + m)
    };
    Some((hm(a)?, hm(b)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
me = ["Taro.Yamada.Dev@gmail.com"]
[storage]
database = "cw.db"
[[accounts]]
name = "personal"
host = "imap.gmail.com"
username = "taro.yamada.dev@gmail.com"
password_command = ["pass", "show", "mail/gmail"]
since = "2026-10-01"
[notify]
quiet_hours = "22:00-07:00"
remind_after = "2h"
"#;

    fn load(s: &str) -> Result<Config, ConfigError> {
        Config::from_toml_str(s, Some(Path::new("/etc/cw/config.toml")), 1_800_000_000)
    }

    #[test]
    fn the_example_config_loads_and_keep_comes_first() {
        let c = load(include_str!("../config/casewatch.example.toml")).unwrap();
        assert_eq!(
            c.me,
            vec!["taro.yamada.dev@gmail.com", "t.yamada@example-corp.co.jp"]
        );
        let c = load("me = [\"a@x.example\"]\nkeep = \"K@gmail.com\"\nold = [\"a@x.example\"]\n")
            .unwrap();
        assert_eq!(c.me, vec!["k@gmail.com", "a@x.example"]);
    }

    #[test]
    fn good_config_gets_defaults() {
        let c = load(GOOD).unwrap();
        assert_eq!(c.me, vec!["taro.yamada.dev@gmail.com"]);
        assert_eq!(c.database.as_deref(), Some(Path::new("/etc/cw/cw.db")));
        let a = &c.accounts[0];
        assert_eq!((a.port, a.security), (993, Security::Tls));
        assert_eq!(a.mailboxes, vec!["INBOX"]);
        assert_eq!(a.since, 1_790_812_800);
        assert_eq!(c.notify.quiet_hours, Some((22 * 60, 7 * 60)));
        assert_eq!(c.notify.remind_after, Duration::from_secs(7200));
        assert_eq!(c.notify.remind_every, Duration::from_secs(86400));
    }

    #[test]
    fn errors_name_the_file_and_key() {
        let e = load(&GOOD.replace("since = ", "sincee = "))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("/etc/cw/config.toml") && e.contains("sincee"),
            "{e}"
        );
        let e = load(&GOOD.replace(
            "password_command = [\"pass\", \"show\", \"mail/gmail\"]",
            "",
        ))
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("accounts[0].password_command") && e.contains("missing"),
            "{e}"
        );
        let e = load(&GOOD.replace("since = \"2026-10-01\"", "security = \"plain\""))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("accounts[0].security") && e.contains("loopback"),
            "{e}"
        );
        let e = load(&GOOD.replace("\"2h\"", "\"soon\""))
            .unwrap_err()
            .to_string();
        assert!(e.contains("notify.remind_after"), "{e}");
    }

    #[test]
    fn password_string_runs_through_sh() {
        let c = load(&GOOD.replace(
            "[\"pass\", \"show\", \"mail/gmail\"]",
            "\"pass show mail | head -1\"",
        ))
        .unwrap();
        assert_eq!(
            c.accounts[0].secret,
            Secret::Command(vec![
                "sh".into(),
                "-c".into(),
                "pass show mail | head -1".into()
            ])
        );
    }
}
