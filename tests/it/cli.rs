//! The built binary, end to end, on files: scan, import, cases, show, and bad input.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_casewatch"));
    c.env_remove("CASEWATCH_CONFIG")
        .env_remove("CASEWATCH_DB")
        .env("NO_COLOR", "1");
    c
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str], db: &Path) -> Output {
    let out = bin()
        .args(["--config", "/dev/null", "--db"])
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    out
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn example_thread_import_is_idempotent_and_resolves() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cw.db");
    let example = root().join("config/examples/aws-merge-thread");
    let ex = example.to_str().unwrap();
    ok(run(&["import", ex], &db));
    let cases: Value = serde_json::from_str(&ok(run(&["cases", "--json"], &db))).unwrap();
    let cases = cases.as_array().unwrap();
    assert_eq!(cases.len(), 1, "{cases:?}");
    assert_eq!(cases[0]["state"], "resolved");
    let case = cases[0]["case"].as_str().unwrap().to_string();

    let show: Value = serde_json::from_str(&ok(run(&["show", &case, "--json"], &db))).unwrap();
    let before = show["messages"].as_array().unwrap().len();
    assert!(before >= 4, "{show}");
    let kinds: Vec<&str> = show["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"confirmation_request")
            && kinds.contains(&"user_reply")
            && kinds.contains(&"resolved"),
        "{kinds:?}"
    );
    assert!(show["accounts"].as_array().unwrap().len() >= 2);

    // Again: nothing changes.
    ok(run(&["import", ex], &db));
    let again: Value = serde_json::from_str(&ok(run(&["show", &case, "--json"], &db))).unwrap();
    assert_eq!(again["messages"].as_array().unwrap().len(), before);
    assert_eq!(again["case"], show["case"]);

    let text = ok(run(&["show", &case], &db));
    assert!(
        text.contains("Timeline") && text.contains("resolved"),
        "{text}"
    );
    let db_mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&db).unwrap().permissions());
    assert_eq!(db_mode & 0o777, 0o600);
}

#[test]
fn scan_json_has_the_documented_fields_and_touches_no_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("never.db");
    let example = root().join("config/examples/aws-merge-thread");
    let out = ok(run(&["scan", "--json", example.to_str().unwrap()], &db));
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() >= 4);
    for l in &lines {
        for k in [
            "file",
            "message_id",
            "kind",
            "case",
            "needs_reply",
            "candidate_ids",
            "why",
            "authenticated",
        ] {
            assert!(l.get(k).is_some(), "missing {k} in {l}");
        }
        // In the order written (serde_json's preserve_order), not alphabetical.
        let keys: Vec<&str> = l.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys[..3], ["file", "message_id", "date"], "{l}");
    }
    assert!(lines.iter().any(|l| l["needs_reply"] == true));
    assert!(!db.exists(), "scan must not create a database");
}

#[test]
fn bad_input_is_reported_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("1-empty.eml"), b"").unwrap();
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let random: Vec<u8> = (0..65536)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect();
    std::fs::write(dir.path().join("2-random.eml"), &random).unwrap();
    std::fs::write(
        dir.path().join("3-headers-only.eml"),
        b"Subject: [CASE 1234567890]\r\n",
    )
    .unwrap();
    let out = run(
        &["scan", "--json", dir.path().to_str().unwrap()],
        &dir.path().join("x.db"),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert_eq!(lines[0]["error"], "not a readable mail: empty message");
}

#[test]
fn a_20_mb_attachment_keeps_memory_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.eml");
    let mut raw = String::from("From: AWS <aws-cs-trainingcertification-form@amazon.com>\r\nTo: t@gmail.com\r\nSubject: RE:[CASE 1762217232] big\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nI have successfully merged your accounts.\r\n--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n");
    let line = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\r\n";
    while raw.len() < 20 * 1024 * 1024 {
        raw.push_str(line);
    }
    raw.push_str("--b--\r\n");
    std::fs::write(&path, raw).unwrap();
    let mut cmd = bin();
    cmd.args(["--config", "/dev/null", "scan", "--json"])
        .arg(&path);
    let (status, peak_kib, how, _, logs) = crate::imap::measured(cmd, dir.path());
    assert!(status.success(), "{logs}");
    let stdout = std::fs::read_to_string(dir.path().join("measured.out")).unwrap();
    let v: Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(v["kind"], "resolved");
    assert!(
        peak_kib < 200 * 1024,
        "peak RSS {peak_kib} KiB ({how}) for a 20 MB message"
    );
}

#[test]
fn config_errors_name_the_file_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    std::fs::write(
        &cfg,
        "me = [\"a@b.c\"]\n[notify]\nremind_after = \"tomorrowish\"\n",
    )
    .unwrap();
    let out = bin()
        .arg("--config")
        .arg(&cfg)
        .args(["cases"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(cfg.to_str().unwrap()) && err.contains("notify.remind_after"),
        "{err}"
    );

    let out = bin()
        .args(["--config", "/dev/null", "--db"])
        .arg(dir.path().join("db"))
        .args(["show", "42"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no case 42"));
}

/// Shell completions and the man page come from the CLI itself, so they list every command.
#[test]
fn completions_and_man_page_cover_every_command() {
    let o = bin().args(["completions", "bash"]).output().unwrap();
    assert!(o.status.success());
    let s = String::from_utf8_lossy(&o.stdout);
    for c in ["init", "doctor", "service", "sync", "run", "cases"] {
        assert!(s.contains(c), "bash completion lacks {c}");
    }
    let o = bin().arg("man").output().unwrap();
    assert!(o.status.success());
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(s.contains(".TH casewatch 1") && s.contains("doctor"), "{s}");
}

/// A full disk (here a file size limit: RLIMIT_FSIZE through prlimit) while importing: a clear
/// error that says what to do, not a crash; the database stays readable; after space returns,
/// the same import finishes with exactly what an import that never failed records.
#[test]
fn a_full_disk_is_a_clear_error_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpora/blind-2");
    let (db, fresh) = (dir.path().join("cw.db"), dir.path().join("fresh.db"));
    let exe = env!("CARGO_BIN_EXE_casewatch");
    let o = std::process::Command::new("prlimit")
        .arg("--fsize=400000")
        .arg(exe)
        .args(["--config", "/dev/null", "--db"])
        .arg(&db)
        .args(["import", corpus])
        .output()
        .expect("prlimit (util-linux) runs");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("could not be written") && err.contains("Free some space"),
        "{err}"
    );
    let cases = |db: &std::path::Path| {
        let o = bin()
            .args(["--config", "/dev/null", "--db"])
            .arg(db)
            .args(["cases", "--json"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()
    };
    let partial = cases(&db);
    for target in [&db, &fresh] {
        let o = bin()
            .args(["--config", "/dev/null", "--db"])
            .arg(target)
            .args(["import", corpus])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let (resumed, clean) = (cases(&db), cases(&fresh));
    assert!(partial.as_array().unwrap().len() < clean.as_array().unwrap().len());
    assert_eq!(resumed, clean);
}
