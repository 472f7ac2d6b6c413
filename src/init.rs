//! `casewatch init`: a first config from a few answers. What a well-known provider needs (host,
//! port, security, the Sent mailbox's name, whether it wants OAuth) is known from the address;
//! the file is written commented, readable by its owner only, and never over an existing one
//! unless asked.

use anyhow::{bail, Context, Result};
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

/// What a well-known mail provider needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provider {
    pub name: &'static str,
    pub host: &'static str,
    pub sent_mailbox: &'static str,
    /// The provider accepts only OAuth (XOAUTH2) for IMAP: a `token_command` is needed.
    pub oauth_only: bool,
    /// What to tell the person about the password.
    pub password_note: &'static str,
}

/// The provider of an address, by its domain.
pub fn provider_for(address: &str) -> Option<Provider> {
    let domain = address.rsplit_once('@')?.1.trim().to_ascii_lowercase();
    let p = match domain.as_str() {
        "gmail.com" | "googlemail.com" => Provider {
            name: "Gmail",
            host: "imap.gmail.com",
            sent_mailbox: "[Gmail]/Sent Mail",
            oauth_only: false,
            password_note: "an app password (Google Account > Security > App passwords; needs 2-Step Verification), or OAuth with token_command",
        },
        "outlook.com" | "hotmail.com" | "live.com" | "msn.com" => Provider {
            name: "Outlook.com",
            host: "outlook.office365.com",
            sent_mailbox: "Sent Items",
            oauth_only: true,
            password_note: "Microsoft accepts only OAuth for IMAP: token_command must print an access token (e.g. from a token helper such as `oama` or `mailctl`)",
        },
        "icloud.com" | "me.com" | "mac.com" => Provider {
            name: "iCloud Mail",
            host: "imap.mail.me.com",
            sent_mailbox: "Sent Messages",
            oauth_only: false,
            password_note: "an app-specific password (appleid.apple.com > Sign-In and Security)",
        },
        "fastmail.com" | "fastmail.fm" => Provider {
            name: "Fastmail",
            host: "imap.fastmail.com",
            sent_mailbox: "Sent",
            oauth_only: false,
            password_note: "an app password (Settings > Privacy & Security > App passwords)",
        },
        "yahoo.com" | "yahoo.co.jp" | "ymail.com" => Provider {
            name: "Yahoo Mail",
            host: "imap.mail.yahoo.com",
            sent_mailbox: "Sent",
            oauth_only: false,
            password_note: "an app password (Account security > Generate app password)",
        },
        _ => return None,
    };
    Some(p)
}

/// The answers a config is written from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    /// The mailbox casewatch watches (its login address).
    pub address: String,
    /// The address of the certification account to keep (the personal one).
    pub keep: String,
    /// The old (company) address(es).
    pub old: Vec<String>,
    pub host: String,
    pub port: u16,
    /// "tls" or "starttls".
    pub security: String,
    pub username: String,
    pub password_command: Option<String>,
    pub password_env: Option<String>,
    pub token_command: Option<String>,
    pub sent_mailbox: Option<String>,
    /// A CA certificate (PEM) to trust for this server (a self-hosted one).
    pub ca_file: Option<String>,
}

/// TOML's basic string: quoted and escaped.
fn q(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// The config file's text: commented, every value from `a`.
pub fn render(a: &Answers, provider: Option<&Provider>, written_at: &str) -> String {
    let mut t = String::new();
    t.push_str(&format!(
        "# casewatch configuration, written by `casewatch init` on {written_at}.\n\
         # Every key is explained in config/casewatch.example.toml. Check it with `casewatch doctor`.\n\n\
         # The address of the certification account you keep (your personal one), and the old\n\
         # address(es) you are leaving. casewatch suggests replies that keep `keep`.\n"
    ));
    t.push_str(&format!("keep = {}\n", q(&a.keep)));
    let old: Vec<String> = a.old.iter().map(|o| q(o)).collect();
    t.push_str(&format!("old = [{}]\n\n", old.join(", ")));
    t.push_str("[[accounts]]\n");
    t.push_str(&format!("name = {}\n", q(&account_name(&a.address))));
    if let Some(p) = provider {
        t.push_str(&format!("# {}\n", p.name));
    }
    t.push_str(&format!("host = {}\n", q(&a.host)));
    t.push_str(&format!("port = {}\n", a.port));
    t.push_str(&format!("security = {}\n", q(&a.security)));
    if let Some(ca) = &a.ca_file {
        t.push_str(&format!("ca_file = {}\n", q(ca)));
    }
    t.push_str(&format!("username = {}\n", q(&a.username)));
    t.push_str("# The secret is never stored here: casewatch runs this command (or reads this variable)\n# each time it connects.");
    if let Some(p) = provider {
        t.push_str(&format!(" {}: {}.", p.name, p.password_note));
    }
    t.push('\n');
    if let Some(c) = &a.token_command {
        t.push_str("auth = \"xoauth2\"\n");
        t.push_str(&format!("token_command = {}\n", q(c)));
    } else if let Some(c) = &a.password_command {
        t.push_str(&format!("password_command = {}\n", q(c)));
    } else if let Some(v) = &a.password_env {
        t.push_str(&format!("password_env = {}\n", q(v)));
    }
    match &a.sent_mailbox {
        Some(s) => t.push_str(&format!(
            "# Where your replies are (casewatch stops reminding when it sees yours).\nsent_mailbox = {}\n",
            q(s)
        )),
        None => t.push_str("# sent_mailbox: found by the server's \\Sent mark when not set.\n"),
    }
    t.push_str("# How far back the first sync looks (a date; default: 90 days ago).\n# since = \"2026-01-01\"\n");
    t
}

/// An account's name from its address: the part before @ ("taro.yamada").
fn account_name(address: &str) -> String {
    address
        .split_once('@')
        .map_or(address, |(local, _)| local)
        .to_string()
}

/// What `casewatch init`'s flags said (the same struct is the CLI's flags).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Flags {
    /// The mailbox to watch (its login address).
    #[arg(long, value_name = "ADDRESS")]
    pub address: Option<String>,
    /// The address of the certification account you keep [default: --address].
    #[arg(long, value_name = "ADDRESS")]
    pub keep: Option<String>,
    /// Your old (company) address; repeat for several.
    #[arg(long, value_name = "ADDRESS")]
    pub old: Vec<String>,
    /// IMAP server [default: from a known provider].
    #[arg(long)]
    pub host: Option<String>,
    /// IMAP port [default: 993 for tls, 143 for starttls].
    #[arg(long)]
    pub port: Option<u16>,
    /// "tls" (implicit TLS) or "starttls" [default: tls].
    #[arg(long)]
    pub security: Option<String>,
    /// Login name [default: --address].
    #[arg(long)]
    pub username: Option<String>,
    /// Shell command that prints the password, e.g. "pass show mail/gmail".
    #[arg(long, value_name = "COMMAND")]
    pub password_command: Option<String>,
    /// Environment variable that holds the password.
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
    /// Shell command that prints an OAuth access token (XOAUTH2; Outlook needs it).
    #[arg(long, value_name = "COMMAND")]
    pub token_command: Option<String>,
    /// The Sent mailbox's name [default: the provider's, else the server's \Sent mark].
    #[arg(long, value_name = "NAME")]
    pub sent_mailbox: Option<String>,
    /// A CA certificate (PEM) to trust, for a server with a certificate from your own CA.
    #[arg(long, value_name = "FILE")]
    pub ca_file: Option<String>,
}

/// Fills what the flags left out: from the provider, else by asking (on a terminal), else an
/// error that names the flags to give.
pub fn answers(f: Flags, ask: &mut dyn FnMut(&str) -> Result<Option<String>>) -> Result<Answers> {
    let address = match f.address {
        Some(a) => a,
        None => ask("Your mailbox address (the one casewatch watches)")?
            .context("casewatch init needs --address (the mailbox to watch)")?,
    };
    let address = address.trim().to_ascii_lowercase();
    if !address.contains('@') {
        bail!("{address:?} is not an email address");
    }
    let provider = provider_for(&address);
    let keep = match f.keep {
        Some(k) => k,
        None => ask(&format!(
            "The address of the certification account you keep [{address}]"
        ))?
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| address.clone()),
    };
    let old = if f.old.is_empty() {
        ask("Your old (company) address(es), comma-separated [none]")?
            .map(|s| {
                s.split(',')
                    .map(|x| x.trim().to_string())
                    .filter(|x| !x.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    } else {
        f.old
    };
    let host = match (f.host, &provider) {
        (Some(h), _) => h,
        (None, Some(p)) => p.host.to_string(),
        (None, None) => ask("IMAP server (host name)")?
            .context("casewatch init needs --host: the address's provider is not one it knows")?,
    };
    let security = f.security.unwrap_or_else(|| "tls".into());
    if security != "tls" && security != "starttls" {
        bail!("--security must be \"tls\" or \"starttls\" (got {security:?})");
    }
    let port = f.port.unwrap_or(if security == "tls" { 993 } else { 143 });
    let oauth = provider.as_ref().is_some_and(|p| p.oauth_only) || f.token_command.is_some();
    let (mut password_command, password_env, mut token_command) =
        (f.password_command, f.password_env, f.token_command);
    if oauth && token_command.is_none() {
        token_command = Some(
            ask("Command that prints an OAuth access token (token_command)")?
                .context("this provider needs OAuth: give --token-command")?,
        );
    }
    if !oauth && password_command.is_none() && password_env.is_none() {
        password_command = Some(
            ask("Command that prints the password, e.g. `pass show mail/gmail` (password_command)")?
                .context("casewatch init needs --password-command or --password-env (the password is never written to the file)")?,
        );
    }
    Ok(Answers {
        username: f.username.unwrap_or_else(|| address.clone()),
        sent_mailbox: f
            .sent_mailbox
            .or_else(|| provider.as_ref().map(|p| p.sent_mailbox.to_string())),
        keep: keep.trim().to_ascii_lowercase(),
        old: old.iter().map(|o| o.trim().to_ascii_lowercase()).collect(),
        address,
        host,
        port,
        security,
        password_command,
        password_env,
        token_command,
        ca_file: f.ca_file,
    })
}

/// Asks on the terminal (stderr, stdin); None when stdin is not a terminal.
pub fn terminal_prompt(question: &str) -> Result<Option<String>> {
    if !std::io::stdin().is_terminal() {
        return Ok(None);
    }
    eprint!("{question}: ");
    std::io::stderr().flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(Some(line.trim().to_string()))
}

/// An existing config is never replaced without `--force`.
pub fn refuse_existing(path: &Path, force: bool) -> Result<()> {
    if path.exists() && !force {
        bail!(
            "{} already exists; casewatch init does not overwrite it (add --force to replace it, or edit it)",
            path.display()
        );
    }
    Ok(())
}

/// Writes `text` to `path`, readable by its owner only; refuses to replace a file unless
/// `force`.
pub fn write_config(path: &Path, text: &str, force: bool) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    refuse_existing(path, force)?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("create {}", dir.display()))?;
    }
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("write {}", path.display()))?;
    // An existing file keeps its mode on open: make it 0600 too.
    std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    f.write_all(text.as_bytes())
        .with_context(|| format!("write {}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn providers_are_known_by_domain() {
        assert_eq!(provider_for("a@gmail.com").unwrap().host, "imap.gmail.com");
        assert!(provider_for("a@outlook.com").unwrap().oauth_only);
        assert_eq!(
            provider_for("a@icloud.com").unwrap().sent_mailbox,
            "Sent Messages"
        );
        assert!(provider_for("a@example-corp.co.jp").is_none());
    }

    #[test]
    fn flags_and_provider_fill_everything_without_asking() {
        let mut asked = Vec::new();
        let mut ask = |q: &str| {
            asked.push(q.to_string());
            Ok(None)
        };
        let a = answers(
            Flags {
                address: Some("Taro.Yamada.Dev@gmail.com".into()),
                old: vec!["t.yamada@corp.example".into()],
                keep: Some("taro.yamada.dev@gmail.com".into()),
                password_command: Some("pass show mail/gmail".into()),
                ..Flags::default()
            },
            &mut ask,
        )
        .unwrap();
        assert!(asked.is_empty(), "{asked:?}");
        assert_eq!(a.host, "imap.gmail.com");
        assert_eq!((a.port, a.security.as_str()), (993, "tls"));
        assert_eq!(a.sent_mailbox.as_deref(), Some("[Gmail]/Sent Mail"));
        assert_eq!(a.username, "taro.yamada.dev@gmail.com");
        // What is written parses as a config and says what it was told.
        let text = render(&a, provider_for(&a.address).as_ref(), "2026-12-01");
        crate::config::Config::from_toml_str(&text, None, 0).unwrap();
        let raw: crate::config::RawConfig = toml::from_str(&text).unwrap();
        assert_eq!(raw.accounts[0].host, "imap.gmail.com");
        assert_eq!(raw.keep.as_deref(), Some("taro.yamada.dev@gmail.com"));
        assert_eq!(raw.old, vec!["t.yamada@corp.example"]);
        assert!(!text.contains("password ="), "{text}");
    }

    #[test]
    fn missing_answers_off_a_terminal_name_the_flag() {
        let mut ask = |_: &str| Ok(None);
        let e = answers(
            Flags {
                address: Some("me@example.net".into()),
                ..Flags::default()
            },
            &mut ask,
        )
        .unwrap_err();
        assert!(e.to_string().contains("--host"), "{e}");
        let e = answers(
            Flags {
                address: Some("me@outlook.com".into()),
                ..Flags::default()
            },
            &mut ask,
        )
        .unwrap_err();
        assert!(e.to_string().contains("--token-command"), "{e}");
    }
}
