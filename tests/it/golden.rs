//! The golden loop: every suite under tests/fixtures/ (a directory of NNN-slug.eml files, each
//! beside NNN-slug.json) is classified in name order as one run (threading carries across the
//! files of a suite), and each result is compared with the expected JSON.
//! On a mismatch the actual result is written beside the fixture as NNN-slug.actual.json.
//! Each message is also checked with LF line endings: the answer must not change.

use casewatch::core::ledger::{message_key, Ledger};
use casewatch::core::mail::Mail;
use casewatch::core::rules::RuleSet;
use serde_json::{json, Value};
use std::path::PathBuf;

const ME: [&str; 2] = ["taro.yamada.dev@gmail.com", "t.yamada@example-corp.co.jp"];

fn actual(mail: &Mail, c: &casewatch::core::classify::Classification) -> Value {
    json!({
        "kind": c.kind.as_str(),
        "case": c.case,
        "needs_reply": c.needs_reply,
        "candidate_ids": c.candidate_ids,
        "authenticated": c.authenticated.as_str(),
        "accounts": c.accounts.iter().map(|a| json!({"number": a.number, "login_email": a.login_email})).collect::<Vec<_>>(),
        "proposed_keep": c.proposed_keep,
        "channel": c.channel.as_str(),
        "why": c.why,
        "subject": mail.subject,
    })
}

fn suites() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/fixtures exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    v
}

#[test]
fn golden_corpus() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for suite in suites() {
        run_suite(&suite, &mut checked, &mut failures);
    }
    assert!(checked >= 30, "the golden loop ran only {checked} fixtures");
    assert!(
        failures.is_empty(),
        "{} of {checked} fixtures differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn run_suite(dir: &std::path::Path, checked: &mut usize, failures: &mut Vec<String>) {
    let mut emls: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("suite directory")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    emls.sort();
    let packs = vec![RuleSet::builtin()];
    let me: Vec<String> = ME.iter().map(|s| s.to_string()).collect();
    let mut ledger = Ledger::new(&me);
    for eml in &emls {
        let expected_path = eml.with_extension("json");
        let Ok(expected) = std::fs::read_to_string(&expected_path) else {
            continue;
        };
        let expected: Value = serde_json::from_str(&expected).expect("valid expected json");
        let raw = std::fs::read(eml).unwrap();
        let mail = Mail::parse(&raw).unwrap_or_else(|e| panic!("{}: {e}", eml.display()));
        // The LF variant is classified by the same ledger state, before the real ingest.
        let lf: Vec<u8> = String::from_utf8_lossy(&raw)
            .replace("\r\n", "\n")
            .into_bytes();
        let lf_kind = Mail::parse(&lf).map(|m| ledger.classify(&m, &packs).kind);
        let ing = ledger.ingest(&mail, &message_key(&mail, &raw), &packs, 0);
        let got = actual(&mail, &ing.classification);
        let mut diffs = Vec::new();
        for (k, want) in expected.as_object().unwrap() {
            let have = &got[k];
            let same = match k.as_str() {
                // accounts: compare only what the fixture names
                "accounts" => {
                    let w = want.as_array().cloned().unwrap_or_default();
                    let h = have.as_array().cloned().unwrap_or_default();
                    w.len() == h.len()
                        && w.iter().zip(&h).all(|(w, h)| {
                            w.as_object().unwrap().iter().all(|(wk, wv)| &h[wk] == wv)
                        })
                }
                _ => have == want,
            };
            if !same {
                diffs.push(format!("{k}: want {want}, got {have}"));
            }
        }
        if let Ok(k) = lf_kind {
            if k.as_str() != got["kind"] && String::from_utf8_lossy(&raw).is_char_boundary(0) {
                // Encoded bodies (base64, ISO-2022-JP) can't be rewritten safely; only plain text counts.
                let plain =
                    !String::from_utf8_lossy(&raw).contains("Content-Transfer-Encoding: base64");
                if plain {
                    diffs.push(format!("LF variant: kind {k}, CRLF: {}", got["kind"]));
                }
            }
        }
        let actual_path = eml.with_extension("actual.json");
        if diffs.is_empty() {
            let _ = std::fs::remove_file(&actual_path);
        } else {
            std::fs::write(&actual_path, serde_json::to_string_pretty(&got).unwrap()).unwrap();
            failures.push(format!(
                "{}/{}:\n    {}\n    why: {}",
                dir.file_name().unwrap().to_string_lossy(),
                eml.file_name().unwrap().to_string_lossy(),
                diffs.join("\n    "),
                got["why"]
            ));
        }
        *checked += 1;
    }
}

/// Robustness: truncated and bit-flipped versions of every fixture go through parse and
/// classify without a panic (a cheap, deterministic stand-in for a fuzzer on stable Rust).
#[test]
fn mutated_corpus_never_panics() {
    let packs = vec![RuleSet::builtin()];
    let mut ledger = Ledger::new(&[]);
    let mut seed: u64 = 0x2545F4914F6CDD1D;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut ran = 0;
    let files = suites()
        .into_iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap().map(|e| e.unwrap().path()));
    for p in files {
        if p.extension().is_none_or(|x| x != "eml") {
            continue;
        }
        let raw = std::fs::read(&p).unwrap();
        for round in 0..40 {
            let mut m = raw.clone();
            if round % 4 == 0 && !m.is_empty() {
                m.truncate((next() as usize) % m.len());
            } else {
                for _ in 0..(1 + next() % 16) {
                    if m.is_empty() {
                        break;
                    }
                    let i = (next() as usize) % m.len();
                    m[i] = next() as u8;
                }
            }
            if let Ok(mail) = Mail::parse(&m) {
                let key = message_key(&mail, &m);
                ledger.ingest(&mail, &key, &packs, 0);
            }
            ran += 1;
        }
    }
    assert!(ran > 0);
}
