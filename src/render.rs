//! Notification text, pure: what each notice says, the reply to suggest, and the `mailto:`
//! draft behind "Reply". No I/O; the adapter in [`crate::adapters::notify`] only shows it.
//!
//! Bodies come in two forms: `body` is markup-escaped for notification servers (they render
//! `<b>` and drop `<a@b.jp>`), `plain` is the same text for logs and `notify_command`.

use crate::core::case::{Case, Purpose};
use crate::core::classify::Account;
use crate::core::rules::{Channel, Profile};
use crate::store::MessageRow;

/// What a notice needs to be put into words. Everything is optional except the purpose: a
/// notice whose case vanished still says something useful.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub purpose: Purpose,
    pub key: &'a str,
    pub case: Option<&'a Case>,
    /// The message the notice is about (support's request, the suspicious mail).
    pub message: Option<&'a MessageRow>,
    pub profile: Option<&'a Profile>,
    /// The person's addresses; the first is the personal one they want to keep.
    pub me: &'a [String],
    /// For `MailboxUnreachable`: (account, failing since, last error).
    pub account: Option<(&'a str, i64, Option<&'a str>)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub summary: String,
    /// Markup-escaped body.
    pub body: String,
    /// Unescaped body.
    pub plain: String,
    /// What "Reply" opens: a `mailto:` draft, or the Support Center page for console cases.
    pub open: Option<String>,
    /// Whether "Reply" / "I replied" / "Snooze" make sense.
    pub actions: bool,
}

/// The reply casewatch suggests for an account-merge confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub text: String,
    /// Support proposes to keep an account that is not the person's personal one.
    pub warning: Option<String>,
}

/// Escapes what notification servers read as markup.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

fn address(a: &Account) -> Option<&str> {
    a.login_email
        .as_deref()
        .or(a.emails.first().map(String::as_str))
}

fn describe(a: &Account) -> String {
    match address(a) {
        Some(e) => format!("{} ({e})", a.label),
        None => a.label.clone(),
    }
}

fn owns(a: &Account, addr: &str) -> bool {
    a.emails.iter().any(|e| e.eq_ignore_ascii_case(addr))
        || [&a.login_email, &a.training_email, &a.certification_email]
            .into_iter()
            .flatten()
            .any(|e| e.eq_ignore_ascii_case(addr))
}

/// The account to keep: the one holding the person's first (personal) address, else any of
/// their addresses, else what support proposes, else the first listed.
fn keep_account<'a>(accounts: &'a [Account], me: &[String], proposed: Option<u32>) -> &'a Account {
    me.iter()
        .find_map(|m| accounts.iter().find(|a| owns(a, m)))
        .or_else(|| proposed.and_then(|n| accounts.iter().find(|a| a.number == n)))
        .unwrap_or(&accounts[0])
}

/// "Confirmed. Please merge Account #2 (…) into Account #1 (…)." — from the accounts support
/// listed and the person's addresses. None when support listed fewer than two accounts.
pub fn suggest_reply(case: &Case, me: &[String]) -> Option<Suggestion> {
    if case.accounts.len() < 2 {
        return None;
    }
    let keep = keep_account(&case.accounts, me, case.proposed_keep);
    let others: Vec<String> = case
        .accounts
        .iter()
        .filter(|a| a.number != keep.number)
        .map(describe)
        .collect();
    let text = format!(
        "Confirmed. Please merge {} into {}.",
        others.join(" and "),
        describe(keep)
    );
    let warning = match case.proposed_keep {
        Some(n) if n != keep.number => {
            let proposed = case
                .accounts
                .iter()
                .find(|a| a.number == n)
                .map(describe)
                .unwrap_or_else(|| format!("Account #{n}"));
            let personal = me
                .first()
                .map(String::as_str)
                .unwrap_or("your personal address");
            Some(format!(
                "Careful: support proposes to keep {proposed}, which is not your personal address \
                 {personal}. Do not confirm their wording; ask them to keep {} instead.",
                describe(keep)
            ))
        }
        _ => None,
    };
    Some(Suggestion { text, warning })
}

/// A `mailto:` draft; RFC 6068 percent-encoding of everything but unreserved characters.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        pct(to).replace("%40", "@"),
        pct(subject),
        pct(body)
    )
}

fn pct(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `RE:[CASE {case}] {subject}` from the profile's template, without stacking "RE:" prefixes.
pub fn reply_subject(profile: Option<&Profile>, case: &Case) -> String {
    let template = profile
        .map(|p| p.reply_subject.as_str())
        .unwrap_or("RE:[CASE {case}] {subject}");
    let token = format!("[CASE {}]", case.number);
    let mut subject = case.subject.trim();
    loop {
        let lower = subject.to_ascii_lowercase();
        if lower.starts_with("re:") || lower.starts_with("fw:") {
            subject = subject[3..].trim_start();
        } else if lower.starts_with("fwd:") {
            subject = subject[4..].trim_start();
        } else if subject.starts_with(&token) {
            subject = subject[token.len()..].trim_start();
        } else {
            break;
        }
    }
    template
        .replace("{case}", &case.number)
        .replace("{subject}", subject)
}

fn bare_address(from: &str) -> &str {
    match (from.rfind('<'), from.rfind('>')) {
        (Some(a), Some(b)) if a < b => &from[a + 1..b],
        _ => from.trim(),
    }
}

fn date(t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0)
        .map(|d| {
            d.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|| t.to_string())
}

/// Puts a notice into words.
pub fn render(i: &Input<'_>) -> Rendered {
    let name = i.profile.map(|p| p.name.as_str()).unwrap_or("Support");
    let number = i
        .case
        .map(|c| c.number.clone())
        .or_else(|| i.message.and_then(|m| m.case.clone()))
        .unwrap_or_default();
    let mut lines: Vec<String> = Vec::new();
    let mut open = None;
    let mut actions = false;
    let summary = match i.purpose {
        Purpose::NeedsReply | Purpose::Reminder => {
            let merge = i.case.is_some_and(|c| c.accounts.len() >= 2);
            let what = if merge {
                "confirm the account merge"
            } else {
                "support is waiting for your reply"
            };
            if let Some(c) = i.case {
                actions = c.state == crate::core::case::State::AwaitingYou;
                needs_reply_body(i, c, name, &mut lines, &mut open);
            }
            let head = format!("{name} case {number}: {what}");
            if i.purpose == Purpose::Reminder {
                format!("Reminder: {head}")
            } else {
                head
            }
        }
        Purpose::Resolved => {
            lines.push("Support says the case is done.".into());
            let checklist = i
                .profile
                .map(|p| p.after_merge_checklist.as_slice())
                .unwrap_or(&[]);
            if !checklist.is_empty() {
                lines.push("Check now:".into());
                lines.extend(checklist.iter().map(|s| format!("• {s}")));
            }
            format!("{name} case {number}: resolved")
        }
        Purpose::Closed => {
            lines.push(
                "Support's deadline passed without your reply, so the case may be closed. \
                 Reply to reopen it, or open a new case."
                    .into(),
            );
            if let Some(a) = i.case.and_then(|c| c.asked.as_deref()) {
                lines.push(format!("Support had asked: {a}"));
            }
            format!("{name} case {number}: closed without your reply")
        }
        Purpose::Suspicious => {
            // mail in the person's own name (a fake of their reply or forward) is not support's
            let as_you = i
                .message
                .is_some_and(|m| m.why.starts_with(crate::core::classify::POSES_AS_YOU));
            lines.push(if as_you {
                "This mail uses your own address, but you did not send it: casewatch does not count it as your reply. Do not click its links and do not reply.".into()
            } else {
                "This mail poses as support but did not come from them. Do not click its links and do not reply.".into()
            });
            if let Some(m) = i.message {
                if let Some(f) = &m.from {
                    lines.push(format!("From: {f}"));
                }
                lines.push(format!("Subject: {}", m.subject));
                if !m.why.is_empty() {
                    lines.push(format!("Why: {}", m.why));
                }
            }
            if as_you {
                format!("Suspicious mail in your name about {name}: do not click or reply")
            } else {
                format!("Suspicious mail posing as {name}: do not click or reply")
            }
        }
        Purpose::Duplicate => {
            let other = i
                .case
                .and_then(|c| c.duplicate_of.as_deref())
                .unwrap_or("another open case");
            lines.push(format!(
                "Support opened case {number} for what looks like the same request as case {other}. \
                 Answer in one case only, and tell support the other is a duplicate."
            ));
            format!("{name} case {number}: looks like a duplicate of {other}")
        }
        Purpose::Unsure => {
            let crossed = i
                .message
                .is_some_and(|m| m.why.starts_with(crate::core::ledger::CROSSED_WHY));
            lines.push(if crossed {
                "Support's reminder arrived minutes after your reply and most likely crossed it: \
                 nothing to do unless support writes again. If it asks something your reply did \
                 not answer, answer that."
                    .into()
            } else {
                "casewatch cannot tell whether support is waiting on your reply. Read their mail: \
                 if they ask something, answer them."
                    .into()
            });
            if let Some(m) = i.message {
                let said = m
                    .why
                    .trim_start_matches(crate::core::ledger::CROSSED_WHY)
                    .trim_start_matches("case mail without a recognised request: ");
                lines.push(format!("They wrote: \u{201c}{said}\u{201d}"));
                lines.push(format!("Subject: {}", m.subject));
            }
            lines.push(format!(
                "No reminders follow. If you answer, `casewatch replied {number}` notes it."
            ));
            format!("{name} case {number}: support wrote (casewatch isn't sure a reply is needed)")
        }
        Purpose::MailboxUnreachable => {
            let (acct, since, err) = i.account.unwrap_or((i.key, 0, None));
            lines.push(format!(
                "casewatch has not been able to read this mailbox since {}: support's mail may go unnoticed.",
                date(since)
            ));
            if let Some(e) = err {
                lines.push(format!("Last error: {e}"));
            }
            format!("casewatch cannot reach mailbox {acct}")
        }
    };
    let plain = lines.join("\n");
    Rendered {
        summary,
        body: escape(&plain),
        plain,
        open,
        actions,
    }
}

/// Several notices due at once (a first sync, mail that came while the computer slept) become
/// one notification: a flood of them would bury the one that matters. The requests come first,
/// each with what support asks; the rest one line each. Without buttons: each case's reminder
/// brings them.
pub fn summary(items: &[(Purpose, &Rendered)]) -> Rendered {
    let waiting = items
        .iter()
        .filter(|(p, _)| matches!(p, Purpose::NeedsReply | Purpose::Reminder))
        .count();
    let head = match (waiting, items.len() - waiting) {
        (0, n) => format!("casewatch: {n} updates on your cases"),
        (1, 0) => "casewatch: 1 case waits on your reply".to_string(),
        (w, 0) => format!("casewatch: {w} cases wait on your reply"),
        (w, n) => format!(
            "casewatch: {w} case{} wait{} on your reply, {n} other update{}",
            if w == 1 { "" } else { "s" },
            if w == 1 { "s" } else { "" },
            if n == 1 { "" } else { "s" }
        ),
    };
    let mut ordered: Vec<&(Purpose, &Rendered)> = items.iter().collect();
    ordered.sort_by_key(|(p, _)| !matches!(p, Purpose::NeedsReply | Purpose::Reminder));
    let mut lines = Vec::new();
    for (p, r) in ordered {
        lines.push(format!("• {}", r.summary));
        if matches!(p, Purpose::NeedsReply | Purpose::Reminder) {
            if let Some(first) = r.plain.lines().next() {
                lines.push(format!("  {first}"));
            }
        }
    }
    lines.push("`casewatch cases` lists them; `casewatch show CASE` tells one.".into());
    let plain = lines.join("\n");
    Rendered {
        summary: head,
        body: escape(&plain),
        plain,
        open: None,
        actions: false,
    }
}

fn needs_reply_body(
    i: &Input<'_>,
    c: &Case,
    name: &str,
    lines: &mut Vec<String>,
    open: &mut Option<String>,
) {
    if let Some(a) = &c.asked {
        lines.push(format!("Support asks: {a}"));
    }
    let suggestion = suggest_reply(c, i.me);
    if let Some(s) = &suggestion {
        if let Some(w) = &s.warning {
            lines.push(w.clone());
        }
        lines.push(format!("Reply: {}", s.text));
    }
    if c.channel == Channel::SupportCenter {
        let url = c
            .support_url
            .clone()
            .or_else(|| i.profile.and_then(|p| p.support_center_url.clone()));
        match &url {
            Some(u) => lines.push(format!(
                "This case is answered in the {name} Support Center, not by email: {u}"
            )),
            None => lines.push(format!(
                "This case is answered in the {name} Support Center, not by email."
            )),
        }
        *open = url;
    } else {
        let to = i
            .message
            .and_then(|m| m.from.as_deref())
            .map(bare_address)
            .unwrap_or("");
        let text = suggestion.map(|s| s.text).unwrap_or_default();
        *open = Some(mailto(to, &reply_subject(i.profile, c), &text));
        lines.push(format!(
            "Answer support's mail keeping \"{}\" in the subject.",
            format_args!("[CASE {}]", c.number)
        ));
    }
    if let Some(d) = c.deadline_at {
        lines.push(format!(
            "Support closes the case if no reply comes by {}.",
            date(d)
        ));
    }
    let before = i
        .profile
        .map(|p| p.before_merge_checklist.as_slice())
        .unwrap_or(&[]);
    if c.accounts.len() >= 2 && !before.is_empty() {
        lines.push("Before you confirm (a merge cannot be undone):".into());
        lines.extend(before.iter().map(|s| format!("• {s}")));
    }
}

/// A case waiting on the person after a typical confirmation request, made by feeding the
/// request through the real state machine (for `notify-test` and tests).
pub fn sample_case(at: i64, asked: &str) -> Case {
    use crate::core::case::{Event, MessageFacts};
    use crate::core::classify::Account;
    let acct = |n: u32, e: &str| Account {
        label: format!("Account #{n}"),
        number: n,
        login_email: Some(e.into()),
        emails: vec![e.into()],
        ..Account::default()
    };
    let facts = MessageFacts {
        key: "req@amazon.com".into(),
        kind: crate::core::classify::Kind::ConfirmationRequest,
        at,
        needs_reply: true,
        subject: "RE:[CASE 176221723200417] [AWS Training and Certification Form Submission] - account-assistance".into(),
        asked: Some(asked.into()),
        deadline_days: None,
        accounts: vec![acct(1, "taro.yamada.dev@gmail.com"), acct(2, "t.yamada@example-corp.co.jp")],
        proposed_keep: Some(1),
        channel: crate::core::rules::Channel::Email,
        support_url: None,
        answers: false,
        topic: Some("account_merge".into()),
        closed_as_duplicate: false,
        duplicate_of: None,
    };
    let mut case = Case::new("176221723200417", "aws-tc", &facts);
    case.apply(Event::Message(facts));
    case
}

#[cfg(test)]
mod tests {
    //! Text in, text out: no I/O.
    use super::*;
    use crate::core::case::State;

    pub(crate) fn sample_case() -> Case {
        let mut c = super::sample_case(
            1_762_300_000,
            "Please confirm that we may merge Account #2 into Account #1.",
        );
        c.opened_at = 1_762_200_000;
        c
    }

    fn me() -> Vec<String> {
        vec!["taro.yamada.dev@gmail.com".into()]
    }

    fn input<'a>(p: Purpose, c: &'a Case, me: &'a [String]) -> Input<'a> {
        Input {
            purpose: p,
            key: "k",
            case: Some(c),
            message: None,
            profile: None,
            me,
            account: None,
        }
    }

    #[test]
    fn needs_reply_says_what_to_reply() {
        let c = sample_case();
        let me = me();
        let r = render(&input(Purpose::NeedsReply, &c, &me));
        assert_eq!(
            r.summary,
            "Support case 176221723200417: confirm the account merge"
        );
        assert!(r.plain.contains("Reply: Confirmed. Please merge Account #2 (t.yamada@example-corp.co.jp) into Account #1 (taro.yamada.dev@gmail.com)."), "{}", r.plain);
        assert!(!r.plain.contains("Careful"));
        assert!(r.actions);
        let open = r.open.unwrap();
        assert!(
            open.starts_with("mailto:?subject=RE%3A%5BCASE%20176221723200417%5D%20%5BAWS"),
            "{open}"
        );
        assert!(open.contains("body=Confirmed.%20Please%20merge"), "{open}");
        // With the pack: what to save from the old account before confirming.
        let pack = crate::core::rules::RuleSet::builtin();
        let r = render(&Input {
            profile: Some(&pack.profile),
            ..input(Purpose::NeedsReply, &c, &me)
        });
        assert!(r.plain.contains("Before you confirm"), "{}", r.plain);
        assert!(r.plain.contains("Download the certificates"), "{}", r.plain);
    }

    #[test]
    fn warns_when_support_keeps_the_company_account() {
        let mut c = sample_case();
        c.proposed_keep = Some(2);
        let me = me();
        let r = render(&input(Purpose::NeedsReply, &c, &me));
        assert!(r.plain.contains("support proposes to keep Account #2 (t.yamada@example-corp.co.jp), which is not your personal address taro.yamada.dev@gmail.com"), "{}", r.plain);
        assert!(r
            .plain
            .contains("merge Account #2 (t.yamada@example-corp.co.jp) into Account #1"));
    }

    #[test]
    fn console_case_points_to_the_support_center() {
        let mut c = sample_case();
        c.channel = Channel::SupportCenter;
        c.support_url = Some("https://support.aws.amazon.com/#/case/?caseId=1".into());
        let me = me();
        let r = render(&input(Purpose::NeedsReply, &c, &me));
        assert!(r.plain.contains(
            "Support Center, not by email: https://support.aws.amazon.com/#/case/?caseId=1"
        ));
        assert_eq!(
            r.open.as_deref(),
            Some("https://support.aws.amazon.com/#/case/?caseId=1")
        );
    }

    #[test]
    fn bodies_are_escaped_and_japanese_survives() {
        let mut c = sample_case();
        c.asked = Some("<b>どちら</b>のアカウント & which?".into());
        let me = me();
        let r = render(&input(Purpose::Reminder, &c, &me));
        assert!(r.summary.starts_with("Reminder: "));
        assert!(
            r.body
                .contains("&lt;b&gt;どちら&lt;/b&gt;のアカウント &amp; which?"),
            "{}",
            r.body
        );
        assert!(r.plain.contains("<b>どちら</b>"));
        assert_eq!(escape("a<b>&c"), "a&lt;b&gt;&amp;c");
    }

    #[test]
    fn a_hostile_subject_cannot_add_recipients_or_headers_to_the_draft() {
        let m = mailto(
            "support@example.com",
            "RE:[CASE 1] x&cc=evil@attacker.example\r\nBcc: evil@attacker.example?",
            "line 1\nbody=&to=evil@attacker.example",
        );
        let query = m.split_once('?').map(|(_, q)| q).unwrap_or_default();
        // One query: subject and body only, nothing raw that a mail client would read as more.
        assert_eq!(query.matches('&').count(), 1, "{m}");
        assert_eq!(m.matches('?').count(), 1, "{m}");
        assert!(!m.contains(['\r', '\n', ' ']), "{m}");
        assert!(m.starts_with("mailto:support@example.com?subject="), "{m}");
        assert!(!query.contains("cc=") && !query.contains("to="), "{m}");
    }

    #[test]
    fn reply_subject_does_not_stack_prefixes() {
        let c = sample_case();
        assert_eq!(
            reply_subject(None, &c),
            "RE:[CASE 176221723200417] [AWS Training and Certification Form Submission] - account-assistance"
        );
    }

    #[test]
    fn other_moments() {
        let mut c = sample_case();
        c.state = State::Resolved;
        let me = me();
        let r = render(&input(Purpose::Resolved, &c, &me));
        assert!(r.summary.ends_with("resolved") && !r.actions);
        c.duplicate_of = Some("1762000000".into());
        let r = render(&input(Purpose::Duplicate, &c, &me));
        assert!(r.summary.contains("duplicate of 1762000000"));
        let r = render(&Input {
            purpose: Purpose::Suspicious,
            case: None,
            ..input(Purpose::Suspicious, &c, &me)
        });
        assert!(r.plain.contains("Do not click its links and do not reply"));
        assert!(r.plain.contains("poses as support"), "{}", r.plain);
        // mail in the person's own name says so
        let mut forged = crate::store::MessageRow {
            key: "forged".into(),
            message_id: None,
            case: None,
            kind: "suspicious".into(),
            direction: "in".into(),
            at: 0,
            from: Some("taro@gmail.com".into()),
            subject: "FW: RE:[CASE 176221723200417] merge".into(),
            why: format!(
                "{}taro@gmail.com), but the receiving server's DKIM/DMARC check failed: someone else sent it",
                crate::core::classify::POSES_AS_YOU
            ),
            needs_reply: false,
            authenticated: "fail".into(),
            channel: "email".into(),
            candidate_ids: vec![],
            accounts: vec![],
            asked: None,
            source: "x".into(),
        };
        let r = render(&Input {
            purpose: Purpose::Suspicious,
            case: None,
            message: Some(&forged),
            ..input(Purpose::Suspicious, &c, &me)
        });
        assert!(r.summary.contains("in your name"), "{}", r.summary);
        assert!(r.plain.contains("uses your own address"), "{}", r.plain);
        forged.why =
            "claims to be from amazon.com, but the receiving server's DKIM/DMARC check failed"
                .into();
        let r = render(&Input {
            purpose: Purpose::Suspicious,
            case: None,
            message: Some(&forged),
            ..input(Purpose::Suspicious, &c, &me)
        });
        assert!(r.summary.contains("posing as"), "{}", r.summary);
        let r = render(&Input {
            purpose: Purpose::MailboxUnreachable,
            account: Some(("work", 0, Some("login <failed>"))),
            ..input(Purpose::MailboxUnreachable, &c, &me)
        });
        assert_eq!(r.summary, "casewatch cannot reach mailbox work");
        assert!(r.body.contains("login &lt;failed&gt;"));
        let r = render(&input(Purpose::Unsure, &c, &me));
        assert!(r.summary.contains("isn't sure a reply is needed") && !r.actions);
        assert!(!r.plain.contains("crossed"));
        // A reminder that crossed the person's reply says so, and quotes support's words.
        let row = crate::store::MessageRow {
            key: "rem".into(),
            message_id: None,
            case: Some(c.number.clone()),
            kind: "closing_notice".into(),
            direction: "in".into(),
            at: 0,
            from: None,
            subject: "RE:[CASE 176221723200417] reminder".into(),
            why: format!(
                "{}Case 176221723200417 is waiting for your response.",
                crate::core::ledger::CROSSED_WHY
            ),
            needs_reply: false,
            authenticated: "pass".into(),
            channel: "email".into(),
            candidate_ids: vec![],
            accounts: vec![],
            asked: None,
            source: "x".into(),
        };
        let r = render(&Input {
            message: Some(&row),
            ..input(Purpose::Unsure, &c, &me)
        });
        assert!(r.plain.contains("most likely crossed it"), "{}", r.plain);
        assert!(
            r.plain
                .contains("\u{201c}Case 176221723200417 is waiting for your response.\u{201d}"),
            "{}",
            r.plain
        );
        assert!(r.plain.contains("No reminders follow"));
    }

    #[test]
    fn several_notices_become_one_summary_requests_first() {
        let c = sample_case();
        let me = me();
        let suspicious = render(&Input {
            case: None,
            ..input(Purpose::Suspicious, &c, &me)
        });
        let request = render(&input(Purpose::NeedsReply, &c, &me));
        let r = summary(&[
            (Purpose::Suspicious, &suspicious),
            (Purpose::NeedsReply, &request),
        ]);
        assert_eq!(
            r.summary,
            "casewatch: 1 case waits on your reply, 1 other update"
        );
        let lines: Vec<&str> = r.plain.lines().collect();
        assert_eq!(lines[0], format!("• {}", request.summary));
        assert!(lines[1].starts_with("  Support asks: "), "{}", lines[1]);
        assert_eq!(lines[2], format!("• {}", suspicious.summary));
        assert!(!r.actions);
        let r = summary(&[
            (Purpose::Suspicious, &suspicious),
            (Purpose::Resolved, &suspicious),
        ]);
        assert_eq!(r.summary, "casewatch: 2 updates on your cases");
    }

    #[test]
    fn keeps_the_first_personal_address_when_unsure() {
        let mut c = sample_case();
        c.proposed_keep = None;
        c.accounts.reverse();
        let s = suggest_reply(&c, &me()).unwrap();
        assert!(s
            .text
            .ends_with("into Account #1 (taro.yamada.dev@gmail.com)."));
        assert!(s.warning.is_none());
    }
}
