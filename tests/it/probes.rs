//! The probe sentences (tests/probes/needs_reply.txt): one-paragraph support mails the
//! developers wrote to find what the classifier gets wrong, each labelled with whether support
//! waits on the person. Every one must keep its answer: they were wrong once, or they guard a
//! rule's other side.

use casewatch::core::ledger::{message_key, Ledger};
use casewatch::core::mail::Mail;
use casewatch::core::rules::RuleSet;

#[test]
fn probe_sentences_keep_their_answer() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/probes/needs_reply.txt");
    let text = std::fs::read_to_string(path).expect("tests/probes/needs_reply.txt");
    let packs = vec![RuleSet::builtin()];
    let (mut n, mut wrong) = (0, Vec::new());
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (label, body) = line
            .split_once('|')
            .unwrap_or_else(|| panic!("line {}: 'Y|body' or 'N|body'", i + 1));
        let want = match label {
            "Y" => true,
            "N" => false,
            other => panic!("line {}: label {other:?} is neither Y nor N", i + 1),
        };
        let raw = format!(
            "From: AWS Training and Certification <tc-support@amazon.com>\r\nTo: x@y.com\r\nSubject: [CASE 176412803905412] Account merge\r\nDate: Mon, 3 Mar 2025 10:00:00 +0000\r\nMessage-ID: <probe{}@amazon.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello,\r\n\r\n{}\r\n\r\nBest regards,\r\nKim\r\nAWS Training and Certification\r\n",
            i + 1,
            body.replace("\\n", "\r\n")
        );
        let mail = Mail::parse(raw.as_bytes()).unwrap();
        // Each probe on its own: no case state carries over from the one before.
        let mut ledger = Ledger::new(&["x@y.com".to_string()]);
        let got = ledger
            .ingest(&mail, &message_key(&mail, raw.as_bytes()), &packs, i64::MAX)
            .classification;
        n += 1;
        if got.needs_reply != want {
            wrong.push(format!(
                "line {}: {label} got {} ({}): {body}",
                i + 1,
                got.kind,
                got.why
            ));
        }
    }
    assert!(n >= 200, "only {n} probes read");
    assert!(
        wrong.is_empty(),
        "{} of {n} probes wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
