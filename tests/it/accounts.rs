//! Several accounts in one daemon: the company mailbox and the personal one, each on its own
//! private Dovecot. A case's mail merges across accounts by case number.

use crate::cli::bin;
use crate::dovecot::{Dovecot, PASSWORD};
use serde_json::Value;
use std::path::PathBuf;

fn example(name: &str) -> Vec<u8> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("config/examples/aws-merge-thread");
    let entry = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(name))
        .unwrap_or_else(|| panic!("no {name}* in {}", dir.display()));
    std::fs::read(entry).unwrap()
}

fn account(name: &str, dc: &Dovecot) -> String {
    format!(
        r#"
[[accounts]]
name = "{name}"
host = "127.0.0.1"
port = {port}
ca_file = {ca:?}
username = "alice"
password_env = "CW_TEST_PASSWORD"
sent_mailbox = "Sent"
since = "2000-01-01"
"#,
        port = dc.port_tls,
        ca = dc.cert.display().to_string(),
    )
}

#[test]
fn two_accounts_one_case() {
    let (Some(work), Some(personal)) = (Dovecot::start(), Dovecot::start()) else {
        return;
    };
    for dc in [&work, &personal] {
        dc.create_mailbox("Sent");
    }
    // The acknowledgement went to the company address, support's request to the personal one,
    // and the person replied from the personal mailbox.
    work.append("INBOX", &example("01"));
    personal.append("INBOX", &example("02"));
    personal.append("Sent", &example("03"));

    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "me = [\"taro.yamada.dev@gmail.com\", \"t.yamada@example-corp.co.jp\"]\n{}{}",
            account("work", &work),
            account("personal", &personal)
        ),
    )
    .unwrap();
    let db = dir.path().join("cw.db");
    let run = |args: &[&str]| {
        let out = bin()
            .arg("--config")
            .arg(&config)
            .arg("--db")
            .arg(&db)
            .args(args)
            .env("CW_TEST_PASSWORD", PASSWORD)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "casewatch {args:?} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    run(&["sync"]);
    let cases: Value = serde_json::from_str(&run(&["cases", "--json"])).unwrap();
    let cases = cases.as_array().unwrap();
    assert_eq!(cases.len(), 1, "one case across both accounts: {cases:?}");
    let case = cases[0]["case"].as_str().unwrap().to_string();
    assert_eq!(
        cases[0]["state"], "awaiting_support",
        "the reply in Sent answered the request"
    );
    let show: Value = serde_json::from_str(&run(&["show", &case, "--json"])).unwrap();
    let sources: Vec<&str> = show["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources.len(), 3, "{sources:?}");
    assert!(sources.iter().any(|s| s.contains("work")), "{sources:?}");
    assert!(
        sources.iter().any(|s| s.contains("personal")),
        "{sources:?}"
    );
}
