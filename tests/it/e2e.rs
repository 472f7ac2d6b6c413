//! End to end, every real component at once: a private Dovecot, a private session bus with
//! dbusmock's notification server, and `casewatch run` watching the mailbox in IDLE.
//! A missing Dovecot, dbus-daemon or dbusmock fails the test (CASEWATCH_SKIP_SERVERS=1 skips).

use crate::dovecot::{Dovecot, PASSWORD};
use crate::imap::{cmd, env, example, message_count, text, Daemon, Env, CASE};
use crate::notify::{actions, have_tools, Bus, Server, BUTTONS};
use serde_json::Value;
use std::process::Stdio;
use std::time::Duration;

fn daemon(e: &Env, bus: &Bus) -> Daemon {
    Daemon(
        cmd(e, PASSWORD, &["run"])
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    )
}

/// A private Dovecot holding these example messages in INBOX and Sent, a private session bus
/// with dbusmock's notification server, and a config for them. None where the tools are
/// missing outside CI (in CI their absence fails the test).
fn setup(inbox: &[&str], sent: &[&str]) -> Option<(Dovecot, Bus, Env)> {
    if !have_tools() {
        return None;
    }
    let dc = Dovecot::start()?;
    let bus = Bus::start(Server::Mock);
    dc.create_mailbox("Sent");
    for m in inbox {
        dc.append("INBOX", &example(m));
    }
    for m in sent {
        dc.append("Sent", &example(m));
    }
    let e = env(&dc, true);
    Some((dc, bus, e))
}

fn state(e: &Env) -> String {
    let o = crate::imap::run(e, PASSWORD, &["show", CASE, "--json"]);
    assert!(o.status.success(), "{}", text(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    v["case"]["state"].as_str().unwrap_or_default().to_string()
}

fn summaries(bus: &Bus) -> Vec<String> {
    bus.notify_calls()
        .iter()
        .map(|c| c[3].as_str().unwrap_or_default().to_string())
        .collect()
}

/// A confirmation request appended while `casewatch run` watches produces exactly one Notify
/// call saying what to reply; the reply in Sent moves the case to awaiting_support; a restart
/// repeats nothing; the merge mail then brings the after-merge checklist, once.
#[test]
fn e2e_confirmation_request_under_idle_notifies_exactly_once() {
    let Some((dc, bus, e)) = setup(&["01-acknowledgement.eml"], &[]) else {
        return;
    };

    let mut d = daemon(&e, &bus);
    d.wait_for("the first catch-up", Duration::from_secs(10), || {
        message_count(&e) == 1
    });
    // Into IDLE; an acknowledgement asks nothing of the person.
    std::thread::sleep(Duration::from_millis(700));
    assert_eq!(summaries(&bus), Vec::<String>::new());

    dc.append("INBOX", &example("02-confirmation-request.eml"));
    let took = d.wait_for("the Notify call", Duration::from_secs(5), || {
        !bus.notify_calls().is_empty()
    });
    eprintln!("APPEND to Notify under IDLE: {took:?}");
    let calls = bus.notify_calls();
    let c = &calls[0];
    assert_eq!(c[0], "casewatch");
    assert_eq!(
        c[3],
        format!("AWS T&C case {CASE}: confirm the account merge")
    );
    let body = c[4].as_str().unwrap();
    assert!(
        body.contains("Reply: Confirmed. Please merge Account #2") && body.contains("Account #1"),
        "{body}"
    );
    assert_eq!(actions(c), BUTTONS);
    assert_eq!(state(&e), "awaiting_you");
    // Later IDLE wakes, polls and the notifier's own timer do not repeat it.
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(bus.notify_calls().len(), 1, "{:?}", summaries(&bus));

    // The person replies: seen in Sent, the case waits on support again, no notification.
    dc.append("Sent", &example("03-my-reply.eml"));
    d.wait_for("the reply in Sent", Duration::from_secs(5), || {
        state(&e) == "awaiting_support"
    });

    // A restart: the daemon catches up and repeats nothing.
    let (_, status, err) = d.stop();
    assert!(status.success(), "{status:?}\n{err}");
    let mut d = daemon(&e, &bus);
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(bus.notify_calls().len(), 1, "{:?}", summaries(&bus));

    // The merge mail proves the restarted daemon is live: one more notification, the checklist.
    dc.append("INBOX", &example("04-merged.eml"));
    d.wait_for("the resolved notification", Duration::from_secs(10), || {
        bus.notify_calls().len() == 2
    });
    let calls = bus.notify_calls();
    assert_eq!(calls[1][3], format!("AWS T&C case {CASE}: resolved"));
    let body = calls[1][4].as_str().unwrap();
    assert!(body.contains("Credly"), "{body}");
    std::thread::sleep(Duration::from_secs(1));
    let (_, status, err) = d.stop();
    assert!(status.success(), "{status:?}\n{err}");
    assert_eq!(bus.notify_calls().len(), 2, "{:?}", summaries(&bus));
    assert_eq!(state(&e), "resolved");
    assert!(!err.contains(PASSWORD), "{err}");
}

/// First run after the person has already answered: support's request in INBOX and the
/// reply in Sent are caught up together, so no notification asks for a reply already sent
/// (INBOX and Sent are watched on separate connections; the account's main connection
/// catches both up before the notifier is woken).
#[test]
fn e2e_first_run_over_an_answered_request_asks_nothing() {
    let Some((_dc, bus, e)) = setup(
        &["01-acknowledgement.eml", "02-confirmation-request.eml"],
        &["03-my-reply.eml"],
    ) else {
        return;
    };

    let mut d = daemon(&e, &bus);
    d.wait_for("the first catch-up", Duration::from_secs(10), || {
        message_count(&e) == 3
    });
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(state(&e), "awaiting_support");
    let (_, status, err) = d.stop();
    assert!(status.success(), "{status:?}\n{err}");
    assert_eq!(summaries(&bus), Vec::<String>::new(), "{err}");
}

/// One support mail `days` ago on case `case`, from the T&C form address.
fn case_mail(case: &str, id: &str, days: i64, auth: &str, body: &str) -> Vec<u8> {
    let date = (chrono::Utc::now() - chrono::Duration::days(days)).to_rfc2822();
    format!(
        "From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\r\n\
         To: taro.yamada.dev@gmail.com\r\n{auth}\
         Subject: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance\r\n\
         Date: {date}\r\nMessage-ID: <{id}@amazon.com>\r\n\r\n{}\r\n",
        body.replace('\n', "\r\n")
    )
    .into_bytes()
}

fn ack(case: &str, form: &str) -> String {
    format!(
        "Thank you for contacting Amazon Web Services. We have opened case {case} to address your inquiry.\n\n\
         The details of your case are as follows:\n\n{form}\n"
    )
}

/// A first run over a mailbox with many cases on different topics, old and new: no case is
/// taken for a duplicate of another, and the desktop gets one summary notification — the open
/// request first — not one per mail; finished cases and old phishing say nothing.
#[test]
fn e2e_first_run_over_many_cases_tells_one_summary() {
    let Some((dc, bus, e)) = setup(&[], &[]) else {
        return;
    };
    const MERGE: &str = "Inquiry type: Certification. Details: Account Merge. I left my company and would like to merge my accounts.";
    let request = "Could you confirm that we may merge Account #2 into Account #1?\n\n\
                   Account #1\nLogin email: taro.yamada.dev@gmail.com\n\n\
                   Account #2\nLogin email: t.yamada@example-corp.co.jp\n";
    let fail =
        "Authentication-Results: mx.example; dkim=fail; dmarc=fail header.from=amazon.com\r\n";
    let mails = [
        // Open: a merge that waits on the person.
        case_mail("1764000001", "a1", 3, "", &ack("1764000001", MERGE)),
        case_mail("1764000001", "a2", 2, "", request),
        // Open, other topics, within days of it: not duplicates.
        case_mail("1764000002", "b1", 1, "", &ack("1764000002", "Inquiry type: Certification. Details: my exam voucher from the 50% benefit never arrived.")),
        case_mail("1764000003", "c1", 1, "", &ack("1764000003", "Inquiry type: Training. Details: Skill Builder team subscription is still billed to me.")),
        // Done a few days ago, and a year ago.
        case_mail("1764000004", "d1", 10, "", &ack("1764000004", "Inquiry type: Certification. Details: my transcript is missing an exam result.")),
        case_mail("1764000004", "d2", 5, "", "The missing exam result has been restored to your transcript. Nothing more is needed from you."),
        case_mail("1730000005", "e1", 400, "", &ack("1730000005", MERGE)),
        case_mail("1730000005", "e2", 399, "", "I have successfully merged Account #2 into Account #1."),
        // Phishing: old (recorded, not shown) and recent (told).
        case_mail("1730000009", "p1", 300, fail, "Please confirm your merge at http://evil.example/login"),
        case_mail("1764000009", "p2", 1, fail, "Please confirm your merge at http://evil.example/login"),
    ];
    for m in &mails {
        dc.append("INBOX", m);
    }

    let mut d = daemon(&e, &bus);
    d.wait_for("the summary notification", Duration::from_secs(15), || {
        !bus.notify_calls().is_empty()
    });
    // Time for any further notification to show up.
    std::thread::sleep(Duration::from_secs(3));
    let (_, status, err) = d.stop();
    assert!(status.success(), "{status:?}\n{err}");
    let calls = bus.notify_calls();
    assert_eq!(calls.len(), 1, "{:?}", summaries(&bus));
    assert_eq!(
        calls[0][3],
        "casewatch: 1 case waits on your reply, 1 other update"
    );
    let body = calls[0][4].as_str().unwrap();
    let first = body.lines().next().unwrap_or_default();
    assert!(first.contains("1764000001"), "{body}");
    assert!(!body.to_lowercase().contains("duplicate"), "{body}");
    assert!(!body.contains("resolved"), "{body}");

    let o = crate::imap::run(&e, PASSWORD, &["cases", "--json"]);
    assert!(o.status.success(), "{}", text(&o));
    let cases: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();
    let topic = |n: &str| {
        let c = cases
            .iter()
            .find(|c| c["case"] == n)
            .unwrap_or_else(|| panic!("{n}: {cases:?}"));
        assert!(c["duplicate_of"].is_null(), "{c}");
        c["topic"].as_str().unwrap_or_default().to_string()
    };
    assert_eq!(topic("1764000001"), "account_merge");
    assert_eq!(topic("1764000002"), "voucher");
    assert_eq!(topic("1764000003"), "skill_builder");
    assert_eq!(topic("1764000004"), "exam_record");
    assert_eq!(cases.len(), 5, "{cases:?}");
}

/// Killed (SIGKILL) after a request was recorded but before it was shown: the next start shows
/// it exactly once; killed again after showing it, the next start shows nothing more.
#[test]
fn e2e_a_kill_between_recording_and_showing_loses_and_repeats_nothing() {
    let Some((_dc, bus, e)) = setup(&[], &[]) else {
        return;
    };
    // Recorded, not shown: `import` queues the notice and exits without a notifier.
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("config/examples/aws-merge-thread");
    for f in ["01-acknowledgement.eml", "02-confirmation-request.eml"] {
        let o = cmd(&e, PASSWORD, &["import", dir.join(f).to_str().unwrap()])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o));
    }
    assert!(bus.notify_calls().is_empty());
    let mut d = daemon(&e, &bus);
    d.wait_for("the Notify call", Duration::from_secs(15), || {
        !bus.notify_calls().is_empty()
    });
    // SIGKILL: no shutdown, no flush.
    let _ = d.0.kill();
    let _ = d.0.wait();
    assert_eq!(bus.notify_calls().len(), 1);
    let d = daemon(&e, &bus);
    std::thread::sleep(Duration::from_secs(4));
    let (_, status, err) = d.stop();
    assert!(status.success(), "{status:?}\n{err}");
    assert_eq!(bus.notify_calls().len(), 1, "{:?}", summaries(&bus));
    assert_eq!(state(&e), "awaiting_you");
}
