//! Where log lines go, and what never reaches them.
//!
//! Logs go to stderr at the level `-v` or `RUST_LOG` asks for, with two guarantees whatever
//! the level:
//! - the IMAP and TLS crates are capped at `debug`: at `trace`, async-imap prints every command
//!   it sends (`LOGIN "user" "password"`, the XOAUTH2 token) and every byte the server returns
//!   (whole mails), and rustls its handshake secrets' bookkeeping;
//! - every line is passed through [`redact`] before it is written: each secret casewatch has
//!   fetched (a password, a token, and the base64 form a token takes on the wire) is replaced
//!   by `[redacted]`, whoever logged it.

use std::borrow::Cow;
use std::io::Write;
use std::sync::RwLock;
use tracing_subscriber::fmt::MakeWriter;

/// Secrets fetched so far (a password command's output, a token). Old ones drop out beyond
/// this many: a token refreshed every hour for a year must not grow the list.
const MAX_SECRETS: usize = 32;
/// Shorter secrets are not redacted: replacing two letters everywhere would garble the logs
/// without hiding anything.
const MIN_SECRET: usize = 4;
/// Crates whose `trace` output carries secrets or mail: never more than `debug`.
const CAPPED: &[&str] = &["async_imap", "imap_proto", "rustls", "tokio_rustls"];

static SECRETS: RwLock<Vec<String>> = RwLock::new(Vec::new());

/// Remembers a secret so that no log line ever shows it.
pub fn remember(secret: &str) {
    if secret.len() < MIN_SECRET {
        return;
    }
    let mut s = SECRETS.write().unwrap_or_else(|p| p.into_inner());
    if !s.iter().any(|x| x == secret) {
        if s.len() >= MAX_SECRETS {
            s.remove(0);
        }
        s.push(secret.to_string());
    }
}

/// `text` with every remembered secret replaced by `[redacted]`.
pub fn redact(text: &str) -> Cow<'_, str> {
    let secrets = SECRETS.read().unwrap_or_else(|p| p.into_inner());
    let mut out = Cow::Borrowed(text);
    for s in secrets.iter() {
        if out.contains(s.as_str()) {
            out = Cow::Owned(out.replace(s.as_str(), "[redacted]"));
        }
    }
    out
}

/// One log event's bytes: redacted and written to stderr in one piece when the event is done.
pub struct Line(Vec<u8>);

impl Write for Line {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for Line {
    fn drop(&mut self) {
        let text = String::from_utf8_lossy(&self.0);
        // Nothing to do about a stderr that cannot be written to.
        let _ = std::io::stderr().write_all(redact(&text).as_bytes());
    }
}

/// stderr, one redacted [`Line`] per event.
pub struct RedactedStderr;

impl<'a> MakeWriter<'a> for RedactedStderr {
    type Writer = Line;
    fn make_writer(&'a self) -> Line {
        Line(Vec::with_capacity(256))
    }
}

/// The filter: `RUST_LOG` when set, else the level `-v` picks; the crates in [`CAPPED`] at
/// `debug` at most either way.
pub fn filter(rust_log: Option<&str>, verbose: u8) -> tracing_subscriber::EnvFilter {
    // By default: casewatch's own few lines a person wants (watching which mailboxes, caught
    // up, notified, reconnecting) and every crate's warnings — no migration chatter.
    let default = match verbose {
        0 => "warn,casewatch=info",
        1 => "info,casewatch=info",
        _ => "debug,casewatch=debug",
    };
    let mut f = rust_log
        .and_then(|s| tracing_subscriber::EnvFilter::try_new(s).ok())
        .unwrap_or_else(|| tracing_subscriber::EnvFilter::new(default));
    for target in CAPPED {
        // Added last, so these win over a `RUST_LOG=trace` or `async_imap=trace`.
        if let Ok(d) = format!("{target}=debug").parse() {
            f = f.add_directive(d);
        }
    }
    f
}

/// Installs the subscriber (once, at start).
pub fn init(verbose: u8) {
    use std::io::IsTerminal;
    let rust_log = std::env::var("RUST_LOG").ok();
    tracing_subscriber::fmt()
        .with_env_filter(filter(rust_log.as_deref(), verbose))
        .with_writer(RedactedStderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_secrets_are_redacted_and_short_ones_ignored() {
        remember("pw-unit-test-secret");
        remember("ab");
        assert_eq!(
            redact("LOGIN \"alice\" \"pw-unit-test-secret\""),
            "LOGIN \"alice\" \"[redacted]\""
        );
        assert_eq!(redact("about ab"), "about ab");
    }

    #[test]
    fn trace_from_the_imap_crates_is_capped() {
        use tracing::level_filters::LevelFilter;
        for rust_log in [
            "trace",
            "async_imap=trace",
            "async_imap=trace,imap_proto=trace",
        ] {
            let f = filter(Some(rust_log), 0);
            let s = f.to_string();
            assert!(s.contains("async_imap=debug"), "{rust_log}: {s}");
            assert!(!s.contains("async_imap=trace"), "{rust_log}: {s}");
            // casewatch's own trace stays available.
            assert_eq!(
                filter(Some("trace"), 0).max_level_hint(),
                Some(LevelFilter::TRACE)
            );
        }
    }
}
