//! `casewatch sync` and `casewatch run` against a real, private Dovecot (see dovecot.rs).

use crate::cli::bin;
use crate::dovecot::{Dovecot, PASSWORD};
use serde_json::Value;
use std::path::PathBuf;
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

pub(crate) const CASE: &str = "176221723200417";

pub(crate) fn example(name: &str) -> Vec<u8> {
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

pub(crate) struct Env {
    pub(crate) dir: tempfile::TempDir,
    pub(crate) config: PathBuf,
    pub(crate) db: PathBuf,
}

/// A config for `dc`; `ca_file` false leaves the test certificate untrusted.
pub(crate) fn env(dc: &Dovecot, ca_file: bool) -> Env {
    env_with(dc, ca_file, "tls", dc.port_tls)
}

/// A config for `dc` with the given `security` and port.
fn env_with(dc: &Dovecot, ca_file: bool, security: &str, port: u16) -> Env {
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
security = "{security}"
{ca}username = "alice"
password_env = "CW_TEST_PASSWORD"
sent_mailbox = "Sent"
since = "2000-01-01"
poll_interval = "10m"
"#
        ),
    )
    .unwrap();
    let db = dir.path().join("cw.db");
    Env { dir, config, db }
}

pub(crate) fn cmd(e: &Env, password: &str, args: &[&str]) -> std::process::Command {
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

pub(crate) fn run(e: &Env, password: &str, args: &[&str]) -> Output {
    cmd(e, password, args).output().unwrap()
}

pub(crate) fn text(o: &Output) -> String {
    format!(
        "status {:?}\nstderr:\n{}\nstdout:\n{}",
        o.status,
        String::from_utf8_lossy(&o.stderr),
        String::from_utf8_lossy(&o.stdout)
    )
}

pub(crate) fn cases(e: &Env) -> Vec<Value> {
    let o = run(e, PASSWORD, &["cases", "--json"]);
    assert!(o.status.success(), "{}", text(&o));
    serde_json::from_slice::<Value>(&o.stdout)
        .unwrap()
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Messages recorded for CASE (0 when the case is not known yet).
pub(crate) fn message_count(e: &Env) -> usize {
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
    let said = String::from_utf8_lossy(&sync_ok(&e).stdout).into_owned();
    assert!(
        said.contains("Synced 1 account: 4 new case messages."),
        "{said}"
    );
    assert!(said.contains("No case waits on you."), "{said}");
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
    // What the server said, and which key to check — no Rust debug text.
    assert!(all.contains("Authentication failed"), "{all}");
    assert!(all.contains("$CW_TEST_PASSWORD (password_env)"), "{all}");
    assert!(
        !all.contains("Some(") && !all.contains("code: None"),
        "{all}"
    );
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

pub(crate) struct Daemon(pub(crate) Child);

impl Daemon {
    pub(crate) fn start(e: &Env) -> Daemon {
        Daemon(
            cmd(e, PASSWORD, &["run"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap(),
        )
    }

    /// Like [`wait_for`], and when the daemon exits or the time is up, the panic shows the
    /// daemon's exit status and log, which say why.
    pub(crate) fn wait_for(
        &mut self,
        what: &str,
        limit: Duration,
        mut f: impl FnMut() -> bool,
    ) -> Duration {
        let t0 = Instant::now();
        loop {
            if f() {
                return t0.elapsed();
            }
            let exited = self.0.try_wait().unwrap().is_some();
            if exited || t0.elapsed() >= limit {
                let _ = self.0.kill();
                let status = self.0.wait().unwrap();
                let mut err = String::new();
                use std::io::Read;
                let _ = self.0.stderr.take().unwrap().read_to_string(&mut err);
                let how = if exited {
                    "the daemon exited".to_string()
                } else {
                    format!("timed out after {limit:?}")
                };
                panic!("{how} waiting for {what} ({status:?}); its log:\n{err}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGTERM; returns how long it took to exit, and its stderr.
    pub(crate) fn stop(mut self) -> (Duration, std::process::ExitStatus, String) {
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
    let mut d = Daemon::start(&e);
    d.wait_for("the first catch-up", Duration::from_secs(10), || {
        message_count(&e) == 1
    });
    // Let the daemon get into IDLE.
    std::thread::sleep(Duration::from_millis(500));

    // Under IDLE: recorded within 2 s (Dovecot itself delays the notification by 500 ms).
    dc.append("INBOX", &example("02-confirmation-request.eml"));
    let took = d.wait_for("mail appended under IDLE", Duration::from_secs(2), || {
        message_count(&e) == 2
    });
    eprintln!("APPEND to recorded under IDLE: {took:?}");
    // The Sent mailbox has its own IDLE: the reply is seen as fast (polling is every 10 min).
    dc.append("Sent", &example("03-my-reply.eml"));
    let took = d.wait_for(
        "a reply appended to Sent under IDLE",
        Duration::from_secs(2),
        || message_count(&e) == 3,
    );
    eprintln!("APPEND to Sent to recorded under IDLE: {took:?}");

    // The server killed during IDLE and started again: both connections reconnect and catch up.
    dc.restart();
    dc.append("INBOX", &example("04-merged.eml"));
    dc.append("Sent", &again("03-my-reply.eml", "after-restart"));
    d.wait_for(
        "catch-up after a server restart",
        Duration::from_secs(20),
        || message_count(&e) == 5,
    );

    // A server BYE (doveadm kick): reconnect.
    std::thread::sleep(Duration::from_millis(500));
    let who = dc.doveadm(&["who"], None);
    if !String::from_utf8_lossy(&who.stdout).contains("alice") {
        let (_, _, err) = d.stop();
        panic!("not connected after the restart:\n{err}\n{}", dc.log());
    }
    dc.kick();
    dc.append("INBOX", &again("01-acknowledgement.eml", "after-bye"));
    dc.append("Sent", &again("03-my-reply.eml", "after-bye"));
    d.wait_for("catch-up after BYE", Duration::from_secs(20), || {
        message_count(&e) == 7
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

/// Without `sent_mailbox` the daemon finds Sent by SPECIAL-USE and IDLEs it; without any Sent
/// mailbox it says so once and still watches INBOX.
#[test]
fn imap_run_finds_sent_by_special_use_or_watches_the_inbox_without_it() {
    let Some(dc) = Dovecot::start() else { return };
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    let e = env(&dc, true);
    let config = std::fs::read_to_string(&e.config).unwrap();
    std::fs::write(&e.config, config.replace("sent_mailbox = \"Sent\"\n", "")).unwrap();

    // No Sent mailbox at all.
    let err = appended_under_idle(&e, &dc, "INBOX", "02-confirmation-request.eml", 2);
    assert!(err.contains("no Sent mailbox"), "{err}");

    // Sent exists, marked \Sent by the server (the harness's dovecot.conf): found and IDLEd.
    dc.create_mailbox("Sent");
    let err = appended_under_idle(&e, &dc, "Sent", "03-my-reply.eml", 3);
    assert!(err.contains("watching Sent (IDLE)"), "{err}");
    assert!(!err.contains("no Sent mailbox"), "{err}");

    // A configured Sent mailbox that does not exist: said once, not retried as an outage.
    let config = std::fs::read_to_string(&e.config).unwrap();
    std::fs::write(
        &e.config,
        config.replace("since =", "sent_mailbox = \"Gesendet\"\nsince ="),
    )
    .unwrap();
    let err = appended_under_idle(&e, &dc, "INBOX", "04-merged.eml", 4);
    assert_eq!(
        err.matches("not watching the Sent mailbox").count(),
        1,
        "{err}"
    );
    assert!(!err.contains("retrying in"), "{err}");
}

/// Starts `run`, gives it time to catch up and enter IDLE, appends the example `name` to
/// `mailbox`, requires it recorded (the case then has `count` messages) within 2 s, which
/// only IDLE can do with polling every 10 min, stops the daemon cleanly and returns its log.
fn appended_under_idle(e: &Env, dc: &Dovecot, mailbox: &str, name: &str, count: usize) -> String {
    let mut d = Daemon::start(e);
    std::thread::sleep(Duration::from_millis(1500));
    dc.append(mailbox, &example(name));
    d.wait_for(
        &format!("{name} appended to {mailbox} under IDLE"),
        Duration::from_secs(2),
        || message_count(e) == count,
    );
    let (_, status, err) = d.stop();
    assert!(status.success(), "{status:?}\n{err}");
    err
}

/// After an IDLE wake-up the new mail's first 128 KB come with the search in one round trip;
/// a larger case mail is fetched again in full, and mail that is not a candidate is not
/// recorded.
#[test]
fn imap_run_fetches_a_large_new_case_mail_in_full_after_idle() {
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    let e = env(&dc, true);
    let mut d = Daemon::start(&e);
    d.wait_for("the first sync", Duration::from_secs(20), || {
        message_count(&e) == 1
    });
    std::thread::sleep(Duration::from_millis(1500));
    let news = format!(
        "From: News <news@example.org>\r\nTo: taro.yamada.dev@gmail.com\r\nSubject: Weekly\r\n\
         Message-ID: <weekly-1@example.org>\r\n\r\n{}\r\n",
        "lorem ipsum ".repeat(20_000)
    );
    dc.append("INBOX", news.as_bytes());
    dc.append("INBOX", &big_case_mail(400 * 1024));
    d.wait_for("the large case mail", Duration::from_secs(5), || {
        message_count(&e) == 2
    });
    let show = run(&e, PASSWORD, &["show", CASE, "--json"]);
    let v: Value = serde_json::from_slice(&show.stdout).unwrap();
    let kinds: Vec<&str> = v["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["kind"].as_str())
        .collect();
    assert_eq!(kinds, ["acknowledgement", "resolved"], "{v}");
    let (_, status, err) = d.stop();
    assert!(status.success(), "{status:?}\n{err}");
    // The large mail's first 128 KB came with the search, then all of it again.
    std::thread::sleep(Duration::from_millis(300));
    let sent: u64 = server_sent(&dc).iter().sum();
    assert!(
        sent > (400 + 100) * 1024,
        "the server sent {sent} bytes in all"
    );
}

/// An example message under a new Message-ID (`<tag-…>`): another message of the same case.
fn again(name: &str, tag: &str) -> Vec<u8> {
    let raw = String::from_utf8(example(name)).unwrap();
    let at = raw
        .find("\nMessage-ID: <")
        .expect("the example has a Message-ID")
        + 14;
    format!("{}{tag}-{}", &raw[..at], &raw[at..]).into_bytes()
}

/// A case mail of about `attachment_bytes` + 1 KB: the text part first, then a base64
/// attachment of pseudo-random data (it does not compress, and it is valid base64).
fn big_case_mail(attachment_bytes: usize) -> Vec<u8> {
    let mut m = format!(
        "From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\r\n\
To: taro.yamada.dev@gmail.com\r\n\
Subject: RE:[CASE {CASE}] [AWS Training and Certification Form Submission] - account-assistance\r\n\
Date: Wed, 05 Nov 2025 03:20:31 +0000\r\n\
Message-ID: <big-20mb-0001@email.amazonses.com>\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b-20mb\"\r\n\
\r\n\
--b-20mb\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
\r\n\
Hello Taro,\r\n\
\r\n\
I have successfully merged your accounts. Your certifications and exam history are now\r\n\
listed under taro.yamada.dev@gmail.com.\r\n\
\r\n\
Best regards,\r\n\
AWS Training and Certification\r\n\
\r\n\
--b-20mb\r\n\
Content-Type: application/octet-stream; name=\"export.bin\"\r\n\
Content-Disposition: attachment; filename=\"export.bin\"\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n"
    )
    .into_bytes();
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut line = [0u8; 78];
    line[76] = b'\r';
    line[77] = b'\n';
    m.reserve(attachment_bytes + 64);
    let start = m.len();
    while m.len() - start < attachment_bytes {
        for c in &mut line[..76] {
            // xorshift64
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *c = B64[(x >> 58) as usize];
        }
        m.extend_from_slice(&line);
    }
    m.extend_from_slice(b"--b-20mb--\r\n");
    m
}

/// Bytes the server sent in the sessions that logged out so far (Dovecot's default
/// `imap_logout_format` has `out=%o`).
fn server_sent(dc: &Dovecot) -> Vec<u64> {
    dc.log()
        .lines()
        .filter(|l| l.contains("Logged out") || l.contains("Disconnected"))
        .filter_map(|l| {
            let v = l.split("out=").nth(1)?;
            v.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
        })
        .collect()
}

/// Runs `c` to the end with its output in files under `dir`; returns its status, its peak RSS
/// in KiB and how that was measured, the wall time, and its output.
///
/// The child's own `ru_maxrss` (wait4, or getrusage(RUSAGE_CHILDREN)) is not enough: std
/// spawns with vfork, and exec records the parent's high-water mark in the child's maxrss,
/// so it reads as this test process's peak (254 MiB once, after other tests had symbolised
/// a backtrace). GNU time forks from its own small process and reports the child alone; when
/// it is missing, the wait4 figure is used as an upper bound.
pub(crate) fn measured(
    c: std::process::Command,
    dir: &std::path::Path,
) -> (
    std::process::ExitStatus,
    u64,
    &'static str,
    Duration,
    String,
) {
    let out = dir.join("measured.out");
    let err = dir.join("measured.err");
    let rss = dir.join("measured.rss");
    let gnu_time = std::path::Path::new("/usr/bin/time");
    let mut c = if gnu_time.exists() {
        let mut t = std::process::Command::new(gnu_time);
        t.arg("-f").arg("%M").arg("-o").arg(&rss);
        t.arg(c.get_program()).args(c.get_args());
        for (k, v) in c.get_envs() {
            match v {
                Some(v) => t.env(k, v),
                None => t.env_remove(k),
            };
        }
        t
    } else {
        c
    };
    #[allow(clippy::zombie_processes)] // reaped by wait4 below, which also gives its rusage
    let child = c
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    let mut status = 0;
    // SAFETY: wait4 on our own child, with valid out-pointers.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut ru) };
    assert_eq!(r, child.id() as libc::pid_t, "wait4 failed");
    let took = t0.elapsed();
    let logs = format!(
        "stderr:\n{}\nstdout:\n{}",
        std::fs::read_to_string(&err).unwrap_or_default(),
        std::fs::read_to_string(&out).unwrap_or_default()
    );
    use std::os::unix::process::ExitStatusExt;
    let status = std::process::ExitStatus::from_raw(status);
    // GNU time writes "Command exited with non-zero status N" before the figure on failure.
    let from_time = std::fs::read_to_string(&rss)
        .ok()
        .and_then(|t| t.lines().last()?.trim().parse::<u64>().ok());
    match from_time {
        Some(kib) => (status, kib, "GNU time", took, logs),
        // ru_maxrss is in KiB on Linux.
        None => (
            status,
            ru.ru_maxrss as u64,
            "wait4, an upper bound",
            took,
            logs,
        ),
    }
}

#[test]
fn imap_sync_of_a_20_mb_message_keeps_memory_bounded() {
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", NOT_CASE_MAIL);
    let raw = big_case_mail(20 * 1024 * 1024);
    assert!(raw.len() > 20 * 1024 * 1024);
    dc.append("INBOX", &raw);
    drop(raw);
    let e = env(&dc, true);

    let (status, peak_kib, how, took, logs) = measured(cmd(&e, PASSWORD, &["sync"]), e.dir.path());
    assert!(status.success(), "sync failed ({status:?}):\n{logs}");
    let peak_mib = peak_kib as f64 / 1024.0;
    eprintln!("sync of a 20 MB message: {took:?}, peak RSS {peak_mib:.1} MiB ({how})");

    // Recorded from the text part, even though the attachment was cut off: the fetch is
    // capped by `max_message_size` (default 2 MiB), so casewatch never holds the 20 MB.
    let cs = cases(&e);
    assert_eq!(cs.len(), 1, "{cs:?}\n{logs}");
    assert_eq!(cs[0]["case"], CASE);
    assert_eq!(message_count(&e), 1);
    assert!(
        peak_mib < 120.0,
        "peak RSS {peak_mib:.1} MiB ({how}) for a 20 MB message\n{logs}\n{}",
        dc.log()
    );

    // And what crossed the wire is the capped prefix, not the whole message.
    let mut sent = Vec::new();
    wait_for("the server's logout line", Duration::from_secs(3), || {
        sent = server_sent(&dc);
        !sent.is_empty()
    });
    let most = sent.iter().copied().max().unwrap();
    eprintln!("the server sent {most} bytes in the sync session");
    assert!(
        most < 4 * 1024 * 1024,
        "the server sent {most} bytes in one session: {sent:?}"
    );
    // Nothing to do the second time.
    sync_ok(&e);
    assert_eq!(message_count(&e), 1);
}

/// The login line in the server log for the last session ("…, TLS, …" or "…, secured, …").
fn last_login(dc: &Dovecot) -> String {
    dc.log()
        .lines()
        .rfind(|l| l.contains("imap-login") && l.contains("Login: user=<alice>"))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn imap_starttls_on_the_plaintext_port() {
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", &example("01-acknowledgement.eml"));

    // The certificate is checked after STARTTLS as after implicit TLS.
    let untrusted = env_with(&dc, false, "starttls", dc.port_plain);
    let o = run(&untrusted, PASSWORD, &["sync"]);
    assert!(!o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("not trusted"), "{}", text(&o));

    let e = env_with(&dc, true, "starttls", dc.port_plain);
    let o = sync_ok(&e);
    let cs = cases(&e);
    assert_eq!(cs.len(), 1, "{cs:?}\n{}", text(&o));
    assert_eq!(cs[0]["case"], CASE);
    let login = last_login(&dc);
    assert!(
        login.contains(", TLS"),
        "not over TLS: {login}\n{}",
        dc.log()
    );
    assert!(!text(&o).contains(PASSWORD));
}

#[test]
fn imap_plain_to_loopback() {
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    let e = env_with(&dc, false, "plain", dc.port_plain);
    let o = sync_ok(&e);
    let cs = cases(&e);
    assert_eq!(cs.len(), 1, "{cs:?}\n{}", text(&o));
    assert_eq!(cs[0]["case"], CASE);
    let login = last_login(&dc);
    assert!(
        login.contains("user=<alice>") && !login.contains(", TLS"),
        "{login}"
    );
}

/// `casewatch run` with its log in a file (a pipe would fill up and block it).
fn run_logged(e: &Env, password: &str, rust_log: &str) -> (Child, PathBuf) {
    let log = e.dir.path().join("run.log");
    let child = cmd(e, password, &["run"])
        .env("RUST_LOG", rust_log)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    (child, log)
}

fn read_log(log: &std::path::Path) -> String {
    std::fs::read_to_string(log).unwrap_or_default()
}

/// Waits until the log says `what`.
fn wait_for_log(log: &std::path::Path, what: &str, limit: Duration) {
    let t0 = Instant::now();
    while !read_log(log).contains(what) {
        assert!(
            t0.elapsed() < limit,
            "no {what:?} in the log: {}",
            read_log(log)
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// No secret at any log level (issue 10): `sync` and `run` at `RUST_LOG=trace`, and with the
/// IMAP and TLS crates asked for `trace` by name, never print the password — not in stdout,
/// stderr or the database. (async-imap logs `LOGIN "user" "password"` at trace.)
#[test]
fn imap_no_secret_at_any_log_level() {
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    let e = env(&dc, true);
    for level in [
        "trace",
        "async_imap=trace,imap_proto=trace,rustls=trace,tokio_rustls=trace,casewatch=trace",
    ] {
        let o = cmd(&e, PASSWORD, &["sync"])
            .env("RUST_LOG", level)
            .output()
            .unwrap();
        let all = text(&o);
        assert!(o.status.success(), "{all}");
        // The most verbose logging was on (the IMAP crates' own trace is capped at debug).
        assert!(
            all.contains("DEBUG"),
            "{level}: verbose output was on: {all}"
        );
        assert!(
            !all.contains(PASSWORD),
            "{level}: the password leaked:\n{all}"
        );
        assert!(
            !all.contains("LOGIN"),
            "{level}: the LOGIN command was logged:\n{all}"
        );
    }
    // The daemon at trace, its log in a file (a pipe would fill up and block it).
    let log = e.dir.path().join("run.log");
    let mut child = cmd(&e, PASSWORD, &["run"])
        .env("RUST_LOG", "trace")
        .stdout(std::fs::File::create(e.dir.path().join("run.out")).unwrap())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    while !std::fs::read_to_string(&log)
        .unwrap_or_default()
        .contains("caught up")
    {
        assert!(
            t0.elapsed() < Duration::from_secs(15),
            "run did not catch up"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    dc.append("INBOX", &example("02-confirmation-request.eml"));
    while message_count(&e) < 2 {
        assert!(
            t0.elapsed() < Duration::from_secs(25),
            "run did not record the new mail"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
    for f in std::fs::read_dir(e.dir.path()).unwrap() {
        let p = f.unwrap().path();
        let bytes = std::fs::read(&p).unwrap_or_default();
        let hay = String::from_utf8_lossy(&bytes);
        assert!(
            !hay.contains(PASSWORD),
            "the password is in {}",
            p.display()
        );
    }
}

/// `sync` ends by naming each case that waits on the person, and what support asked.
#[test]
fn imap_sync_names_the_case_waiting_on_you() {
    let Some(dc) = Dovecot::start() else { return };
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    dc.append("INBOX", &example("02-confirmation-request.eml"));
    let e = env(&dc, true);
    let said = String::from_utf8_lossy(&sync_ok(&e).stdout).into_owned();
    assert!(said.contains("2 new case messages"), "{said}");
    assert!(
        said.contains(&format!("Case {CASE} waits on you since")) && said.contains("merge"),
        "{said}"
    );
    let o = run(&e, PASSWORD, &["sync", "--json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["new_messages"], 0);
    assert_eq!(v["waiting_on_you"][0]["case"], CASE);
}

/// `casewatch init` from flags alone (no terminal) writes a 0600 config that `sync` runs with
/// against the real server, and never overwrites it without --force.
#[test]
fn imap_init_writes_a_working_private_config() {
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("sub/config.toml");
    let db = dir.path().join("cw.db");
    let init = |extra: &[&str]| {
        let mut c = crate::cli::bin();
        c.arg("--config").arg(&config).arg("init");
        c.args([
            "--address",
            "taro.yamada.dev@gmail.com",
            "--old",
            "t.yamada@example-corp.co.jp",
            "--host",
            "127.0.0.1",
            "--port",
            &dc.port_tls.to_string(),
            "--username",
            "alice",
            "--password-env",
            "CW_TEST_PASSWORD",
            "--ca-file",
            dc.cert.to_str().unwrap(),
            "--sent-mailbox",
            "Sent",
        ]);
        c.args(extra).stdin(Stdio::null()).output().unwrap()
    };
    let o = init(&[]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("Wrote "),
        "{}",
        text(&o)
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&config).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let written = std::fs::read_to_string(&config).unwrap();
    assert!(!written.contains(PASSWORD), "{written}");
    // It works: sync against Dovecot with it.
    let o = crate::cli::bin()
        .arg("--config")
        .arg(&config)
        .arg("--db")
        .arg(&db)
        .arg("sync")
        .env("CW_TEST_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("1 new case message"),
        "{}",
        text(&o)
    );
    // Not over an existing file, unless --force.
    let o = init(&[]);
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("--force"),
        "{}",
        text(&o)
    );
    assert!(init(&["--force"]).status.success());
}

/// `casewatch doctor` against the real server: all good; a wrong password; STARTTLS on the
/// implicit-TLS port (found in seconds, with the setting to change); TLS on the plain port.
#[test]
fn imap_doctor_names_what_fails_and_what_to_do() {
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    let e = env(&dc, true);
    let o = run(&e, PASSWORD, &["doctor"]);
    let all = text(&o);
    assert!(o.status.success(), "{all}");
    assert!(
        all.contains("certificate CN=localhost trusted, expires"),
        "{all}"
    );
    for line in [
        "ok    secret [personal]",
        "ok    login [personal]: as alice",
        "ok    mailbox [personal]: INBOX",
        "ok    sent [personal]: Sent",
        "ok    database",
    ] {
        assert!(all.contains(line), "{line}: {all}");
    }
    let o = run(&e, PASSWORD, &["doctor", "--json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["check"] == "login" && c["verdict"] == "ok"));

    // A config others can read: a warning that says what to do (it holds no secret itself:
    // only commands or variable names that fetch one).
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&e.config, std::fs::Permissions::from_mode(0o644)).unwrap();
    let all = text(&run(&e, PASSWORD, &["doctor"]));
    assert!(
        all.contains("readable by others (mode 644)") && all.contains("chmod 600"),
        "{all}"
    );
    std::fs::set_permissions(&e.config, std::fs::Permissions::from_mode(0o600)).unwrap();

    let o = run(&e, "Wr0ng-pass-7719", &["doctor"]);
    let all = text(&o);
    assert!(!o.status.success(), "{all}");
    assert!(all.contains("FAIL  login [personal]"), "{all}");
    assert!(
        all.contains("Authentication failed") && all.contains("password_env"),
        "{all}"
    );
    assert!(!all.contains("Wr0ng-pass-7719"), "{all}");

    let wrong_mode = env_with(&dc, true, "starttls", dc.port_tls);
    let t0 = Instant::now();
    let o = run(&wrong_mode, PASSWORD, &["doctor"]);
    let all = text(&o);
    assert!(!o.status.success(), "{all}");
    assert!(
        all.contains("FAIL  server [personal]") && all.contains("security = \"tls\""),
        "{all}"
    );
    assert!(
        t0.elapsed() < Duration::from_secs(8),
        "took {:?}",
        t0.elapsed()
    );

    let wrong_mode = env_with(&dc, true, "tls", dc.port_plain);
    let o = run(&wrong_mode, PASSWORD, &["doctor"]);
    let all = text(&o);
    assert!(!o.status.success(), "{all}");
    assert!(all.contains("security = \"starttls\""), "{all}");

    // An untrusted certificate: a failure that says how to trust it.
    let untrusted = env(&dc, false);
    let o = run(&untrusted, PASSWORD, &["doctor"]);
    let all = text(&o);
    assert!(!o.status.success(), "{all}");
    assert!(
        all.contains("FAIL  server [personal]") && all.contains("ca_file"),
        "{all}"
    );

    // A Sent mailbox that does not exist, and no session bus: warnings that say what to do;
    // run would still work, so the exit status is 0.
    let t = std::fs::read_to_string(&e.config)
        .unwrap()
        .replace("sent_mailbox = \"Sent\"", "sent_mailbox = \"Sent Items\"");
    std::fs::write(&e.config, t).unwrap();
    let o = cmd(&e, PASSWORD, &["doctor"])
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .output()
        .unwrap();
    let all = text(&o);
    assert!(o.status.success(), "{all}");
    assert!(
        all.contains("warn  sent [personal]: Sent Items") && all.contains("set sent_mailbox"),
        "{all}"
    );
    assert!(
        all.contains("warn  notifications") && all.contains("notify_command"),
        "{all}"
    );

    // A session bus with no notification server on it: a warning too.
    if crate::notify::have_tools() {
        let empty = crate::notify::Bus::start(crate::notify::Server::None);
        let o = cmd(&e, PASSWORD, &["doctor"])
            .env("DBUS_SESSION_BUS_ADDRESS", &empty.address)
            .output()
            .unwrap();
        let all = text(&o);
        assert!(o.status.success(), "{all}");
        assert!(all.contains("warn  notifications"), "{all}");
    }
}

/// Under systemd's protocol (tested without systemd: a datagram socket as NOTIFY_SOCKET):
/// READY=1 once the first catch-up is done, WATCHDOG=1 keep-alives at half WATCHDOG_USEC,
/// STOPPING=1 on SIGTERM.
#[test]
fn imap_run_speaks_the_service_protocol() {
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    let e = env(&dc, true);
    let sock_path = e.dir.path().join("notify.sock");
    let sock = std::os::unix::net::UnixDatagram::bind(&sock_path).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    let child = cmd(&e, PASSWORD, &["run"])
        .env("NOTIFY_SOCKET", &sock_path)
        .env("WATCHDOG_USEC", "2000000")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let d = Daemon(child);
    let mut got = Vec::new();
    let mut buf = [0u8; 512];
    while !got.iter().any(|m: &String| m.contains("WATCHDOG=1")) {
        let n = sock.recv(&mut buf).expect("a message on NOTIFY_SOCKET");
        got.push(String::from_utf8_lossy(&buf[..n]).into_owned());
    }
    assert!(
        got[0].contains("READY=1") && got[0].contains("STATUS=watching 1 account"),
        "{got:?}"
    );
    // Ready only after the first catch-up: the message is recorded by then.
    assert_eq!(message_count(&e), 1);
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &d.0.id().to_string()])
        .status();
    let mut stopping = false;
    while let Ok(n) = sock.recv(&mut buf) {
        if String::from_utf8_lossy(&buf[..n]).contains("STOPPING=1") {
            stopping = true;
            break;
        }
    }
    assert!(stopping, "no STOPPING=1 after SIGTERM");
}

/// `service install` writes the unit for this binary (and, without a user systemd, an
/// autostart entry); `status` and `uninstall` find it.
#[test]
fn service_install_writes_a_unit_for_this_binary() {
    let home = tempfile::tempdir().unwrap();
    let xdg = home.path().join("config");
    let cfg = home.path().join("cw.toml");
    std::fs::write(
        &cfg,
        "[[accounts]]\nname = \"p\"\nhost = \"127.0.0.1\"\nusername = \"a\"\npassword_env = \"X\"\n",
    )
    .unwrap();
    let cw = |args: &[&str]| {
        crate::cli::bin()
            .env("XDG_CONFIG_HOME", &xdg)
            .env("HOME", home.path())
            .arg("--config")
            .arg(&cfg)
            .args(args)
            .output()
            .unwrap()
    };
    let o = cw(&["service", "install"]);
    let unit_file = xdg.join("systemd/user/casewatch.service");
    let unit = std::fs::read_to_string(&unit_file).unwrap_or_default();
    assert!(
        unit.contains("Type=notify") && unit.contains(&format!("--config {} run", cfg.display())),
        "{}\n{unit}",
        text(&o)
    );
    let bin = crate::cli::bin()
        .get_program()
        .to_string_lossy()
        .into_owned();
    assert!(unit.contains(&format!("ExecStart={bin}")), "{unit}");
    if let Ok(v) = std::process::Command::new("systemd-analyze")
        .args(["verify", "--user"])
        .arg(&unit_file)
        .output()
    {
        let err = String::from_utf8_lossy(&v.stderr);
        assert!(
            !err.contains("Unknown key") && !err.contains("Invalid"),
            "{err}"
        );
    }
    let o = cw(&["service", "status"]);
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("installed"),
        "{}",
        text(&o)
    );
    let o = cw(&["service", "uninstall"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(!unit_file.exists());
    let o = cw(&["service", "status"]);
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("not installed"),
        "{}",
        text(&o)
    );
}

/// A wrong password under `run`: reported once for the account (not once per connection),
/// retried after a minute, not hammered; fixed and SIGHUP, it reconnects at once.
#[test]
fn imap_run_reports_a_wrong_password_once_and_sighup_retries_at_once() {
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    let e = env(&dc, true);
    let pw = e.dir.path().join("pw");
    std::fs::write(&pw, "Wr0ng-pass-7719\n").unwrap();
    let text_cfg = std::fs::read_to_string(&e.config).unwrap().replace(
        "password_env = \"CW_TEST_PASSWORD\"",
        &format!(
            "password_command = [\"cat\", {:?}]",
            pw.display().to_string()
        ),
    );
    std::fs::write(&e.config, text_cfg).unwrap();
    let (mut child, log) = run_logged(&e, "unused", "casewatch=info");
    let read = || read_log(&log);
    wait_for_log(&log, "login failed", Duration::from_secs(10));
    // Both connections (INBOX, Sent) have failed by now; the account is named once.
    std::thread::sleep(Duration::from_secs(2));
    let l = read();
    assert_eq!(l.matches("login failed").count(), 1, "{l}");
    assert!(l.contains("retrying in 60s") && l.contains("SIGHUP"), "{l}");
    assert!(!l.contains("Wr0ng-pass-7719"), "{l}");
    // Fixed, and SIGHUP: at once, not in a minute.
    std::fs::write(&pw, format!("{PASSWORD}\n")).unwrap();
    let _ = std::process::Command::new("kill")
        .args(["-HUP", &child.id().to_string()])
        .status();
    let t1 = Instant::now();
    while message_count(&e) < 1 {
        assert!(
            t1.elapsed() < Duration::from_secs(10),
            "no reconnect after SIGHUP: {}",
            read()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}: {}", read());
}

/// XOAUTH2 end to end against Dovecot's oauth2 passdb (a local introspection endpoint stands in
/// for Google/Microsoft): a good token syncs; a bad one is a login failure naming
/// token_command; at RUST_LOG=trace neither the token nor its base64 wire form is printed.
#[test]
fn imap_xoauth2_logs_in_and_never_prints_the_token() {
    use crate::dovecot::OAUTH_TOKEN;
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    let e = env(&dc, true);
    let oauth_cfg = |token: &str| {
        let t = std::fs::read_to_string(&e.config).unwrap().replace(
            "password_env = \"CW_TEST_PASSWORD\"",
            &format!("auth = \"xoauth2\"\ntoken_command = [\"printf\", \"%s\", {token:?}]"),
        );
        std::fs::write(&e.config, t).unwrap();
    };
    oauth_cfg(OAUTH_TOKEN);
    let o = cmd(&e, "unused", &["sync"])
        .env("RUST_LOG", "trace")
        .output()
        .unwrap();
    let all = text(&o);
    assert!(o.status.success(), "{all}");
    assert!(all.contains("1 new case message"), "{all}");
    use base64::Engine as _;
    let wire = base64::engine::general_purpose::STANDARD
        .encode(format!("user=alice\x01auth=Bearer {OAUTH_TOKEN}\x01\x01"));
    assert!(
        !all.contains(OAUTH_TOKEN) && !all.contains(&wire),
        "the token leaked: {all}"
    );
    // The database and everything else casewatch wrote (the config holds the test's own
    // token_command, which prints the token literally).
    for f in std::fs::read_dir(e.dir.path()).unwrap() {
        let p = f.unwrap().path();
        if p == e.config {
            continue;
        }
        let bytes = std::fs::read(&p).unwrap_or_default();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(OAUTH_TOKEN),
            "{}",
            p.display()
        );
    }
    // A token the provider no longer accepts.
    let t = std::fs::read_to_string(&e.config)
        .unwrap()
        .replace(OAUTH_TOKEN, "ya29.expired-token");
    std::fs::write(&e.config, t).unwrap();
    let o = cmd(&e, "unused", &["sync"]).output().unwrap();
    let all = text(&o);
    assert!(!o.status.success(), "{all}");
    assert!(
        all.contains("login failed for alice") && all.contains("token_command"),
        "{all}"
    );
}

/// Every message the database holds, by source key (account:mailbox:uid) and identity.
fn recorded(db: &std::path::Path) -> Vec<(String, String)> {
    let Ok(c) =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
    else {
        return Vec::new();
    };
    let Ok(mut q) = c.prepare("SELECT key, case_number FROM messages ORDER BY key") else {
        return Vec::new();
    };
    q.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<String>>(1)?.unwrap_or_default(),
        ))
    })
    .map(|rows| rows.flatten().collect())
    .unwrap_or_default()
}

/// Dovecot restarted in the middle of a first sync: `run` reconnects, resumes where it
/// stopped, records every message once, and ends where an uninterrupted sync ends.
#[test]
fn imap_first_sync_resumes_after_a_server_restart_without_duplicates() {
    let Some(mut dc) = Dovecot::start() else {
        return;
    };
    dc.create_mailbox("Sent");
    const N: usize = 600;
    let ack = String::from_utf8(example("01-acknowledgement.eml")).unwrap();
    let mails: Vec<Vec<u8>> = (0..N)
        .map(|i| {
            ack.replace(
                "176221723200417",
                &(176_500_000_000_000u64 + i as u64).to_string(),
            )
            .replace("<0100019a4c550e50-", &format!("<restart-{i}-"))
            .into_bytes()
        })
        .collect();
    dc.deliver_many(&mails);
    let e = env(&dc, true);
    let (mut child, log) = run_logged(&e, PASSWORD, "casewatch=info");
    let read = || read_log(&log);
    wait_for("the first sync to begin", Duration::from_secs(60), || {
        !recorded(&e.db).is_empty()
    });
    let before = recorded(&e.db).len();
    dc.restart();
    assert!(
        before < N,
        "the first sync ended before the restart ({before})"
    );
    wait_for("the whole mailbox", Duration::from_secs(120), || {
        recorded(&e.db).len() >= N
    });
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    assert!(child.wait().unwrap().success(), "{}", read());
    assert!(
        read().contains("retrying in"),
        "the restart was seen: {}",
        read()
    );

    // Each message once, each case once; the same as a sync that was not interrupted.
    let got = recorded(&e.db);
    assert_eq!(got.len(), N, "{}", read());
    let mut numbers: Vec<&String> = got.iter().map(|(_, c)| c).collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), N);
    let clean = env(&dc, true);
    let o = run(&clean, PASSWORD, &["sync"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(cases(&e), cases(&clean));
}

/// A resume from suspend (logind's PrepareForSleep(false) on the system bus): the daemon
/// connects again at once instead of waiting for `stall_after`, and mail is seen on the new
/// connections.
#[test]
fn imap_run_connects_again_at_once_after_a_resume() {
    use crate::notify::{have_tools, Bus, Server};
    if !have_tools() {
        return;
    }
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    let e = env(&dc, true);
    let system = Bus::start(Server::Logind);
    let log = e.dir.path().join("run.log");
    let mut child = cmd(&e, PASSWORD, &["run"])
        .env("RUST_LOG", "casewatch=info")
        .env("DBUS_SYSTEM_BUS_ADDRESS", &system.address)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let read = || read_log(&log);
    wait_for_log(&log, "watching INBOX", Duration::from_secs(20));
    wait_for_log(&log, "watching Sent", Duration::from_secs(20));
    let logins = || {
        dc.log()
            .lines()
            .filter(|l| l.contains("imap-login") && l.contains("Login: user=<alice>"))
            .count()
    };
    let before = logins();
    system.prepare_for_sleep(true);
    system.prepare_for_sleep(false);
    let took = wait_for(
        "new logins after the resume",
        Duration::from_secs(10),
        || logins() >= before + 2,
    );
    assert!(took < Duration::from_secs(5), "{took:?}: {}", read());
    assert!(read().contains("resumed from suspend"), "{}", read());
    dc.append("INBOX", &example("02-confirmation-request.eml"));
    wait_for("the mail after the resume", Duration::from_secs(15), || {
        message_count(&e) >= 2
    });
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    assert!(child.wait().unwrap().success(), "{}", read());
}

/// Mail that reaches INBOX while the main connection's catch-up is still in Sent: the
/// catch-up's last EXAMINE of INBOX counts it and IDLE does not report it again, so it must be
/// searched for before IDLE (not at the re-IDLE timer, 29 minutes later).
#[test]
fn imap_run_sees_mail_that_lands_during_the_catch_up_at_once() {
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    // A Sent mailbox that takes the catch-up a while: replies on another case.
    const N: usize = 1500;
    let reply = String::from_utf8(example("03-my-reply.eml")).unwrap();
    let sent: Vec<Vec<u8>> = (0..N)
        .map(|i| {
            reply
                .replace(CASE, "176299999900001")
                .replace("<CAB_4IVXP2ez", &format!("<catchup-{i}-"))
                .into_bytes()
        })
        .collect();
    dc.deliver_many_to("Sent", &sent);
    let e = env(&dc, true);
    let (mut child, log) = run_logged(&e, PASSWORD, "casewatch=trace");
    let read = || read_log(&log);
    // INBOX is the main connection's first mailbox; Sent comes after it.
    wait_for_log(&log, "recorded mailbox=\"INBOX\"", Duration::from_secs(30));
    dc.append("INBOX", &example("02-confirmation-request.eml"));
    let early = !read().contains("watching INBOX");
    let took = wait_for(
        "the mail that landed during the catch-up",
        Duration::from_secs(60),
        || message_count(&e) >= 2,
    );
    assert!(
        early,
        "the catch-up ended before the mail landed; the test needs a bigger Sent: {}",
        read()
    );
    assert!(took < Duration::from_secs(30), "{took:?}");
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    assert!(child.wait().unwrap().success(), "{}", read());
}

/// A connection that stalls without closing (the server's session processes stopped: what a
/// NAT that drops idle connections silently looks like) is noticed after `stall_after`, made
/// again, and the mail that came meanwhile is recorded.
#[test]
fn imap_run_notices_a_stalled_connection_and_reconnects() {
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    let e = env(&dc, true);
    let cfg = std::fs::read_to_string(&e.config).unwrap();
    std::fs::write(
        &e.config,
        cfg.replace(
            "poll_interval = \"10m\"",
            "poll_interval = \"10m\"\nstall_after = \"5s\"",
        ),
    )
    .unwrap();
    let (mut child, log) = run_logged(&e, PASSWORD, "casewatch=info");
    let read = || read_log(&log);
    wait_for_log(&log, "watching INBOX", Duration::from_secs(20));
    wait_for_log(&log, "watching Sent", Duration::from_secs(20));
    let stopped = dc.sessions();
    assert_eq!(
        stopped.len(),
        2,
        "one session per watched mailbox: {}",
        read()
    );
    let signal = |sig: &str| {
        for pid in &stopped {
            let _ = std::process::Command::new("kill")
                .args([sig, &pid.to_string()])
                .status();
        }
    };
    signal("-STOP");
    let t0 = Instant::now();
    dc.append("INBOX", &example("02-confirmation-request.eml"));
    let took = wait_for(
        "the mail that came during the stall",
        Duration::from_secs(40),
        || message_count(&e) >= 2,
    );
    signal("-CONT");
    // 5 s of silence, 5 s for DONE, the first retry after 1 s, a new login.
    assert!(took < Duration::from_secs(25), "{took:?}: {}", read());
    assert!(t0.elapsed() >= Duration::from_secs(5), "{}", read());
    assert!(
        read().contains("DONE"),
        "the log names the check that failed: {}",
        read()
    );
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    assert!(child.wait().unwrap().success(), "{}", read());
}

/// A saved config file counts as SIGHUP: the daemon with a wrong password reconnects at once
/// when the config is fixed, not after its retry delay.
#[test]
fn imap_run_reconnects_when_the_config_file_is_saved() {
    let Some(dc) = Dovecot::start() else { return };
    dc.create_mailbox("Sent");
    dc.append("INBOX", &example("01-acknowledgement.eml"));
    let e = env(&dc, true);
    let good = std::fs::read_to_string(&e.config).unwrap();
    let bad = good.replace(
        "password_env = \"CW_TEST_PASSWORD\"",
        "password_command = [\"printf\", \"Wr0ng-pass-7719\"]",
    );
    std::fs::write(&e.config, &bad).unwrap();
    let (mut child, log) = run_logged(&e, PASSWORD, "casewatch=info");
    let read = || read_log(&log);
    wait_for_log(&log, "login failed", Duration::from_secs(10));
    // Save the fixed config (write a new file and rename it over, as editors do).
    let tmp = e.dir.path().join("config.toml.new");
    std::fs::write(&tmp, &good).unwrap();
    std::fs::rename(&tmp, &e.config).unwrap();
    let t1 = Instant::now();
    while message_count(&e) < 1 {
        assert!(
            t1.elapsed() < Duration::from_secs(10),
            "no reconnect after the save: {}",
            read()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(read().contains("the config file changed"), "{}", read());
    // The rename replaced the file watched so far: later saves, in place and by rename, are
    // seen too (the daemon watches the file itself, again after each change).
    let changes = || read().matches("the config file changed").count();
    let wait_changes = |n: usize| {
        let t = Instant::now();
        while changes() < n {
            assert!(
                t.elapsed() < Duration::from_secs(10),
                "save {n} not seen: {}",
                read()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    std::thread::sleep(Duration::from_millis(500));
    std::fs::write(&e.config, format!("{good}\n# saved in place\n")).unwrap();
    wait_changes(2);
    std::thread::sleep(Duration::from_millis(500));
    std::fs::write(&tmp, &good).unwrap();
    std::fs::rename(&tmp, &e.config).unwrap();
    wait_changes(3);
    // Other files in the same directory do not wake it.
    std::fs::write(e.dir.path().join("other.txt"), "x").unwrap();
    std::thread::sleep(Duration::from_millis(800));
    assert_eq!(changes(), 3, "{}", read());
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    assert!(child.wait().unwrap().success(), "{}", read());
}
