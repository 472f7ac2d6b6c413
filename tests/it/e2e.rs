//! End to end, every real component at once: a private Dovecot, a private session bus with
//! dbusmock's notification server, and `casewatch run` watching the mailbox in IDLE.
//! In CI (`CI=true`) a missing Dovecot, dbus-daemon or dbusmock fails the test.

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
