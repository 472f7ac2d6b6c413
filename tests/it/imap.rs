//! `casewatch sync` and `casewatch run` against a real, private Dovecot (see dovecot.rs).

use crate::cli::bin;
use crate::dovecot::{Dovecot, PASSWORD};
use serde_json::Value;
use std::path::PathBuf;
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

const CASE: &str = "176221723200417";

fn example(name: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("config/examples/aws-merge-thread")
        .join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

const NOT_CASE_MAIL: &[u8] = b"From: Friend <friend@example.net>\r\n\
To: taro.yamada.dev@gmail.com\r\n\
Subject: lunch?\r\n\
Date: Mon, 03 Nov 2025 10:00:00 +0000\r\n\
Message-ID: <lunch-1@example.net>\r\n\
\r\n\
Ramen at noon?\r\n";

struct Env {
    dir: tempfile::TempDir,
    config: PathBuf,
    db: PathBuf,
}

/// A config for `dc`; `ca_file` false leaves the test certificate untrusted.
fn env(dc: &Dovecot, ca_file: bool) -> Env {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let ca = if ca_file {
        format!("ca_file = {:?}\n", dc.cert.display().to_string())
    } else {
        String::new()
    };
    std::fs::write(
        &config,
        format!(
            r#"me = ["taro.yamada.dev@gmail.com"]

[[accounts]]
name = "personal"
host = "127.0.0.1"
port = {port}
security = "tls"
{ca}username = "alice"
password_env = "CW_TEST_PASSWORD"
sent_mailbox = "Sent"
since = "2000-01-01"
poll_interval = "5s"
"#,
            port = dc.port_tls
        ),
    )
    .unwrap();
    let db = dir.path().join("cw.db");
    Env { dir, config, db }
}

fn cmd(e: &Env, password: &str, args: &[&str]) -> std::process::Command {
    let mut c = bin();
    c.arg("--config")
        .arg(&e.config)
        .arg("--db")
        .arg(&e.db)
        .args(args)
        .env("CW_TEST_PASSWORD", password)
        .env("RUST_LOG", "casewatch=debug");
    c
}

fn run(e: &Env, password: &str, args: &[&str]) -> Output {
    cmd(e, password, args).output().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "status {:?}\nstderr:\n{}\nstdout:\n{}",
        o.status,
        String::from_utf8_lossy(&o.stderr),
        String::from_utf8_lossy(&o.stdout)
    )
}

fn cases(e: &Env) -> Vec<Value> {
    let o = run(e, PASSWORD, &["cases", "--json"]);
    assert!(o.status.success(), "{}", text(&o));
    serde_json::from_slice::<Value>(&o.stdout)
        .unwrap()
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Messages recorded for CASE (0 when the case is not known yet).
fn message_count(e: &Env) -> usize {
    let o = run(e, PASSWORD, &["show", CASE, "--json"]);
    if !o.status.success() {
        return 0;
    }
    serde_json::from_slice::<Value>(&o.stdout).unwrap()["messages"]
        .as_array()
        .map_or(0, Vec::len)
}

fn wait_for(what: &str, limit: Duration, mut f: impl FnMut() -> bool) -> Duration {
    let t0 = Instant::now();
    loop {
        if f() {
            return t0.elapsed();
        }
        assert!(
            t0.elapsed() < limit,
            "timed out after {limit:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn sync_ok(e: &Env) -> Output {
    let o = run(e, PASSWORD, &["sync"]);
    assert!(o.status.success(), "sync failed: {}", text(&o));
    o
}

#[test]
fn imap_sync_records_case_mail_read_only_and_without_duplicates() {
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", NOT_CASE_MAIL);
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    dc.append("INBOX", &example("02-confirmation-request.eml"));
    dc.append("Sent", &example("03-my-reply.eml"));
    dc.append("INBOX", &example("04-merged.eml"));
    let inbox_before = dc.flags("INBOX");
    let sent_before = dc.flags("Sent");
    assert!(inbox_before.contains("uid"), "{inbox_before}");

    let e = env(&dc, true);
    sync_ok(&e);
    let cs = cases(&e);
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0]["case"], CASE);
    assert!(cs[0]["state"].is_string(), "{cs:?}");
    let n = message_count(&e);
    assert_eq!(n, 4, "three from support and the reply from Sent");

    // Read-only: \Seen and every other flag as they were, seen from a second client.
    assert_eq!(dc.flags("INBOX"), inbox_before);
    assert_eq!(dc.flags("Sent"), sent_before);

    // A restart (second pass) records nothing twice; new mail after it is picked up.
    sync_ok(&e);
    assert_eq!(message_count(&e), n);
    dc.append("INBOX", &example("05-credly-badge.eml"));
    sync_ok(&e);
    sync_ok(&e);
    assert_eq!(cases(&e).len(), 1);
    let after_badge = message_count(&e);

    // A UIDVALIDITY change: everything is looked at again, nothing is recorded twice.
    dc.doveadm(
        &[
            "mailbox",
            "update",
            "-u",
            crate::dovecot::USER,
            "--uid-validity",
            "4242",
            "INBOX",
        ],
        None,
    );
    let o = sync_ok(&e);
    assert!(text(&o).contains("UIDVALIDITY changed"), "{}", text(&o));
    assert_eq!(message_count(&e), after_badge, "{}", text(&o));
    assert_eq!(cases(&e).len(), 1);
    assert_eq!(
        dc.flags("INBOX").matches("uid:").count(),
        inbox_before.matches("uid:").count() + 1
    );
    drop(e.dir);
}

#[test]
fn imap_wrong_password_is_a_clear_error_without_the_password() {
    let Some(dc) = Dovecot::start() else { return };
    let e = env(&dc, true);
    let wrong = "Wr0ng-pass-7719";
    let o = run(&e, wrong, &["sync"]);
    let all = text(&o);
    assert!(!o.status.success(), "{all}");
    assert!(all.contains("personal"), "names the account: {all}");
    assert!(all.contains("login failed for alice"), "{all}");
    assert!(!all.contains(wrong), "the password leaked: {all}");
    assert!(!all.contains(PASSWORD), "{all}");
}

#[test]
fn imap_untrusted_certificate_is_a_clear_error() {
    let Some(dc) = Dovecot::start() else { return };
    let e = env(&dc, false);
    let o = run(&e, PASSWORD, &["sync"]);
    let all = text(&o);
    assert!(!o.status.success(), "{all}");
    assert!(all.contains("personal"), "{all}");
    assert!(
        all.contains("not trusted") && all.contains("ca_file"),
        "{all}"
    );
}

struct Daemon(Child);

impl Daemon {
    fn start(e: &Env) -> Daemon {
        Daemon(
            cmd(e, PASSWORD, &["run"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap(),
        )
    }

    /// SIGTERM; returns how long it took to exit, and its stderr.
    fn stop(mut self) -> (Duration, std::process::ExitStatus, String) {
        let t0 = Instant::now();
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        loop {
            if let Some(st) = self.0.try_wait().unwrap() {
                let mut err = String::new();
                use std::io::Read;
                let _ = self.0.stderr.take().unwrap().read_to_string(&mut err);
                return (t0.elapsed(), st, err);
            }
            if t0.elapsed() > Duration::from_secs(10) {
                let _ = self.0.kill();
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn imap_run_sees_new_mail_fast_and_survives_server_restart_and_bye() {
    let Some(mut dc) = Dovecot::start() else {
        return;
    };
    dc.create_mailbox("Sent");
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    let e = env(&dc, true);
    let d = Daemon::start(&e);
    wait_for("the first catch-up", Duration::from_secs(10), || {
        message_count(&e) == 1
    });
    // Let the daemon get into IDLE.
    std::thread::sleep(Duration::from_millis(500));

    // Under IDLE: recorded within 2 s (Dovecot itself delays the notification by 500 ms).
    dc.append("INBOX", &example("02-confirmation-request.eml"));
    let took = wait_for("mail appended under IDLE", Duration::from_secs(2), || {
        message_count(&e) == 2
    });
    eprintln!("APPEND to recorded under IDLE: {took:?}");

    // The server killed during IDLE and started again: reconnect and catch up.
    dc.restart();
    dc.append("Sent", &example("03-my-reply.eml"));
    wait_for(
        "catch-up after a server restart",
        Duration::from_secs(20),
        || message_count(&e) == 3,
    );

    // A server BYE (doveadm kick): reconnect.
    std::thread::sleep(Duration::from_millis(500));
    let who = dc.doveadm(&["who"], None);
    if !String::from_utf8_lossy(&who.stdout).contains("alice") {
        let (_, _, err) = d.stop();
        panic!("not connected after the restart:\n{err}\n{}", dc.log());
    }
    dc.kick();
    dc.append("INBOX", &example("04-merged.eml"));
    wait_for("catch-up after BYE", Duration::from_secs(20), || {
        message_count(&e) == 4
    });

    let (took, status, err) = d.stop();
    assert!(status.success(), "daemon failed: {status:?}\n{err}");
    assert!(
        took < Duration::from_secs(2),
        "SIGTERM took {took:?}\n{err}"
    );
    assert!(!err.contains(PASSWORD), "{err}");
    // Both the restart and the BYE were seen as lost connections, not as quiet mailboxes.
    assert!(err.matches("retrying in").count() >= 2, "{err}");
}
