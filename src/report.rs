//! CLI output for people and scripts: aligned tables (CJK-aware, via comfy-table), relative
//! times, colour only on a terminal, and the JSON shapes of `scan`, `cases` and `show`.
//! Pure formatting: the caller passes `now` and whether colour is wanted.

use crate::core::case::{Case, State};
use crate::core::classify::Classification;
use crate::core::ledger::Direction;
use crate::core::mail::Mail;
use crate::core::rules::RuleSet;
use crate::store::MessageRow;
use comfy_table::{presets, Cell, Color, ContentArrangement, Table};
use serde_json::{json, Value};

/// "3h ago", "in 2d", "just now".
pub fn relative(t: i64, now: i64) -> String {
    let d = now.saturating_sub(t);
    let a = d.unsigned_abs();
    let s = match a {
        0..=59 => return "just now".into(),
        60..=3599 => format!("{}m", a / 60),
        3600..=172_799 => format!("{}h", a / 3600),
        _ => format!("{}d", a / 86_400),
    };
    if d >= 0 {
        format!("{s} ago")
    } else {
        format!("in {s}")
    }
}

/// "2h 5m", "3d 4h": a span for people.
pub fn span(secs: i64) -> String {
    let s = secs.unsigned_abs();
    match s {
        0..=59 => format!("{s}s"),
        60..=3599 => format!("{}m", s / 60),
        3600..=86_399 => format!("{}h {}m", s / 3600, (s % 3600) / 60),
        _ => format!("{}d {}h", s / 86_400, (s % 86_400) / 3600),
    }
}

/// Local date and time, "2025-11-04 19:00".
pub fn local_time(t: i64) -> String {
    use chrono::TimeZone;
    match chrono::Local.timestamp_opt(t, 0) {
        chrono::LocalResult::Single(d) => d.format("%Y-%m-%d %H:%M").to_string(),
        _ => t.to_string(),
    }
}

fn table(color: bool) -> Table {
    let mut t = Table::new();
    t.load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !color {
        t.force_no_tty();
    }
    t
}

fn header(t: &mut Table, cols: &[&str], color: bool) {
    t.set_header(cols.iter().map(|c| {
        let cell = Cell::new(c);
        if color {
            cell.add_attribute(comfy_table::Attribute::Bold)
        } else {
            cell
        }
    }));
}

fn state_cell(s: State, color: bool) -> Cell {
    let c = Cell::new(s.as_str());
    if !color {
        return c;
    }
    match s {
        State::AwaitingYou => c.fg(Color::Red).add_attribute(comfy_table::Attribute::Bold),
        State::AwaitingSupport => c.fg(Color::Yellow),
        State::Resolved => c.fg(Color::Green),
        State::Closed => c.fg(Color::DarkGrey),
    }
}

// -------------------------------------------------------------------------------------------
// scan

pub fn scan_json(source: &str, mail: &Mail, c: &Classification, direction: Direction) -> Value {
    json!({
        "file": source,
        "message_id": mail.message_id,
        "date": mail.date,
        "from": mail.from.as_ref().map(|f| f.email.clone()),
        "subject": mail.subject,
        "kind": c.kind.as_str(),
        "case": c.case,
        "needs_reply": c.needs_reply,
        "candidate_ids": c.candidate_ids,
        "why": c.why,
        "authenticated": c.authenticated.as_str(),
        "direction": direction.as_str(),
        "profile": c.profile,
        "channel": c.channel.as_str(),
        "support_url": c.support_url,
        "accounts": c.accounts,
        "proposed_keep": c.proposed_keep,
        "asked": c.asked,
        "deadline_days": c.deadline_days,
        "confidence": (f64::from(c.confidence) * 100.0).round() / 100.0,
        "unsure": c.unsure(),
        "topic": c.topic,
        "closed_as_duplicate": c.closed_as_duplicate,
        "duplicate_of": c.duplicate_of,
    })
}

/// The JSON line for a message that could not be read or parsed.
pub fn scan_error_json(source: &str, error: &str) -> Value {
    json!({
        "file": source, "message_id": null, "kind": null, "case": null, "needs_reply": false,
        "candidate_ids": [], "why": error, "authenticated": "none", "error": error,
    })
}

/// `scan --explain` for one message: the decision, then the blocks and sentences behind it.
pub fn explain_text(
    source: &str,
    c: &Classification,
    t: &crate::core::classify::Explanation,
) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let reply = if c.needs_reply { ", needs a reply" } else { "" };
    let _ = writeln!(s, "== {source}: {}{reply}", c.kind);
    let _ = writeln!(s, "   gate: {}", t.gate);
    for b in &t.blocks {
        let _ = writeln!(
            s,
            "   [{:<11}] {}",
            b.zone,
            crate::core::classify::clip(&b.text, 100)
        );
    }
    for x in &t.sentences {
        let _ = writeln!(
            s,
            "   {:<40} <- {}",
            x.verdict,
            crate::core::classify::clip(&x.sentence, 90)
        );
    }
    if !t.evidence.is_empty() {
        let ev: Vec<String> = t.evidence.iter().map(|(k, v)| format!("{k} {v}")).collect();
        let _ = writeln!(s, "   evidence: {}", ev.join(", "));
    }
    let _ = writeln!(s, "   decision: {}\n   why: {}\n", t.decision, c.why);
    s
}

pub struct ScanRow {
    pub source: String,
    pub kind: String,
    pub case: String,
    pub needs_reply: bool,
    pub why: String,
}

pub fn scan_table(rows: &[ScanRow], color: bool) -> String {
    let mut t = table(color);
    header(&mut t, &["FILE", "KIND", "CASE", "REPLY?", "WHY"], color);
    for r in rows {
        let reply = if r.needs_reply { "REPLY" } else { "" };
        let reply = if color && r.needs_reply {
            Cell::new(reply).fg(Color::Red)
        } else {
            Cell::new(reply)
        };
        t.add_row(vec![
            Cell::new(short_path(&r.source)),
            Cell::new(&r.kind),
            Cell::new(&r.case),
            reply,
            Cell::new(crate::core::classify::clip(&r.why, 90)),
        ]);
    }
    t.to_string()
}

fn short_path(p: &str) -> String {
    std::path::Path::new(p)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.to_string())
}

// -------------------------------------------------------------------------------------------
// cases

pub fn case_json(c: &Case) -> Value {
    json!({
        "case": c.number,
        "profile": c.profile,
        "subject": c.subject,
        "state": c.state.as_str(),
        "waits_on": c.state.waits_on(),
        "since": c.state_since,
        "opened_at": c.opened_at,
        "last_message_at": c.last_event_at,
        "last_kind": c.last_kind.as_str(),
        "asked": c.asked,
        "channel": c.channel.as_str(),
        "support_url": c.support_url,
        "accounts": c.accounts,
        "proposed_keep": c.proposed_keep,
        "deadline_at": c.deadline_at,
        "duplicate_of": c.duplicate_of,
        "replied_at": c.replied_at,
        "snoozed_until": c.snoozed_until,
        "reminders_sent": c.reminders_sent,
        "topic": c.topic,
    })
}

/// `closed_as_duplicate`: the numbers of the cases support closed as a duplicate
/// ([`crate::store::Store::closed_as_duplicate`]).
pub fn cases_table(
    cases: &[Case],
    closed_as_duplicate: &std::collections::HashSet<String>,
    packs: &[RuleSet],
    now: i64,
    color: bool,
) -> String {
    if cases.is_empty() {
        return "No cases yet. `casewatch import PATH` or `casewatch sync` reads your mail.".into();
    }
    let mut t = table(color);
    header(
        &mut t,
        &[
            "CASE",
            "TOPIC",
            "STATE",
            "WAITS ON",
            "SINCE",
            "LAST MESSAGE",
            "SUPPORT ASKED",
        ],
        color,
    );
    for c in cases {
        let mut case = c.number.clone();
        // (closed as one: support said so; open: casewatch suspects it; closed otherwise: the
        // suspicion no longer matters)
        match &c.duplicate_of {
            Some(d) if closed_as_duplicate.contains(&c.number) => {
                case.push_str(&format!(" (duplicate of {d})"))
            }
            Some(d) if c.state != State::Closed => case.push_str(&format!(" (duplicate of {d}?)")),
            _ => {}
        }
        t.add_row(vec![
            Cell::new(case),
            Cell::new(topic_text(c, packs)),
            state_cell(c.state, color),
            Cell::new(c.state.waits_on()),
            Cell::new(relative(c.state_since, now)),
            Cell::new(format!(
                "{} {}",
                c.last_kind,
                relative(c.last_event_at, now)
            )),
            Cell::new(crate::core::classify::clip(
                c.asked.as_deref().unwrap_or(""),
                70,
            )),
        ]);
    }
    t.to_string()
}

/// What `sync` ends with: what it did, and every case that waits on the person.
pub fn sync_summary(accounts: usize, new: usize, waiting: &[Case], now: i64) -> String {
    let mut out = format!(
        "Synced {accounts} account{}: {new} new case message{}.\n",
        if accounts == 1 { "" } else { "s" },
        if new == 1 { "" } else { "s" }
    );
    if waiting.is_empty() {
        out.push_str("No case waits on you.\n");
    }
    for c in waiting {
        let asked = c.asked.as_deref().unwrap_or("support waits for your reply");
        out.push_str(&format!(
            "Case {} waits on you since {} ({}): {}\n",
            c.number,
            local_time(c.state_since),
            relative(c.state_since, now),
            crate::core::classify::clip(asked, 160)
        ));
    }
    out
}

/// A case's topic for people: its pack's name for it ("account merge"), else the id as words.
pub fn topic_text(c: &Case, packs: &[RuleSet]) -> String {
    let Some(id) = c.topic.as_deref() else {
        return "?".into();
    };
    packs
        .iter()
        .find(|p| p.profile.id == c.profile)
        .map(|p| p.topic_name(id).to_string())
        .unwrap_or_else(|| id.replace('_', " "))
}

// -------------------------------------------------------------------------------------------
// show

/// How long each side took: (who answered, seconds), in order.
pub fn turns(messages: &[MessageRow]) -> Vec<(&'static str, i64)> {
    let mut out = Vec::new();
    let mut last: Option<&MessageRow> = None;
    for m in messages
        .iter()
        .filter(|m| m.kind != "suspicious" && m.kind != "survey")
    {
        if let Some(prev) = last {
            if prev.direction != m.direction {
                let who = if m.direction == "out" {
                    "you"
                } else {
                    "support"
                };
                out.push((who, m.at - prev.at));
            }
        }
        last = Some(m);
    }
    out
}

pub fn show_json(c: &Case, messages: &[MessageRow]) -> Value {
    let t = turns(messages);
    json!({
        "case": case_json(c),
        "messages": messages.iter().map(|m| json!({
            "date": m.at, "direction": m.direction, "kind": m.kind, "why": m.why, "from": m.from,
            "subject": m.subject, "message_id": m.message_id, "needs_reply": m.needs_reply,
            "authenticated": m.authenticated, "candidate_ids": m.candidate_ids, "source": m.source,
        })).collect::<Vec<_>>(),
        "accounts": c.accounts,
        "turns": t.iter().map(|(who, s)| json!({"answered_by": who, "seconds": s})).collect::<Vec<_>>(),
    })
}

/// `closed_as_duplicate`: support closed the case as a duplicate ([`Store::closed_as_duplicate`]);
/// a case closed for silence that was only suspected to be one is not worded as one.
///
/// [`Store::closed_as_duplicate`]: crate::store::Store::closed_as_duplicate
pub fn show_text(
    c: &Case,
    closed_as_duplicate: bool,
    messages: &[MessageRow],
    me: &[String],
    packs: &[RuleSet],
    now: i64,
    color: bool,
) -> String {
    let mut out = String::new();
    out.push_str(&format!("Case {}  {}\n", c.number, c.subject));
    if c.topic.is_some() {
        out.push_str(&format!("Topic: {}\n", topic_text(c, packs)));
    }
    out.push_str(&format!(
        "State: {} (waiting on {}) since {} ({})\n",
        c.state,
        c.state.waits_on(),
        local_time(c.state_since),
        relative(c.state_since, now)
    ));
    if let Some(asked) = &c.asked {
        out.push_str(&format!("Support asked: {asked}\n"));
    }
    if let Some(url) = &c.support_url {
        out.push_str(&format!("Answer in the Support Center: {url}\n"));
    }
    match &c.duplicate_of {
        Some(d) if c.state == State::Closed && closed_as_duplicate => out.push_str(&format!(
            "Closed as a duplicate of case {d}: the request goes on there.\n"
        )),
        Some(_) if c.state == State::Closed => {}
        Some(d) => out.push_str(&format!(
            "Warning: this looks like a duplicate of case {d}; duplicate cases slow AWS down.\n"
        )),
        None => {}
    }
    if !c.accounts.is_empty() {
        out.push_str("\nAccounts support listed:\n");
        let mut t = table(color);
        header(
            &mut t,
            &["", "ACCOUNT", "LOGIN EMAIL", "CANDIDATE ID", "YOURS?"],
            color,
        );
        for a in &c.accounts {
            let keep = if c.proposed_keep == Some(a.number) {
                "keep →"
            } else {
                ""
            };
            let mine = a.emails.iter().any(|e| me.contains(e));
            t.add_row(vec![
                keep.to_string(),
                a.label.clone(),
                a.login_email
                    .clone()
                    .or_else(|| a.emails.first().cloned())
                    .unwrap_or_default(),
                a.candidate_id.clone().unwrap_or_default(),
                if mine { "yes".into() } else { String::new() },
            ]);
        }
        out.push_str(&t.to_string());
        out.push('\n');
    }
    out.push_str("\nTimeline:\n");
    let mut t = table(color);
    header(&mut t, &["DATE", "", "KIND", "WHY"], color);
    for m in messages {
        let dir = if m.direction == "out" {
            "you →"
        } else {
            "→ you"
        };
        t.add_row(vec![
            local_time(m.at),
            dir.to_string(),
            m.kind.clone(),
            crate::core::classify::clip(&m.why, 100),
        ]);
    }
    out.push_str(&t.to_string());
    out.push('\n');
    let turns = turns(messages);
    let summary = |who: &str| {
        let v: Vec<i64> = turns
            .iter()
            .filter(|(w, _)| *w == who)
            .map(|(_, s)| *s)
            .collect();
        (!v.is_empty()).then(|| {
            let total: i64 = v.iter().sum();
            format!(
                "{} answered {} time(s), {} on average",
                who,
                v.len(),
                span(total / v.len() as i64)
            )
        })
    };
    for who in ["support", "you"] {
        if let Some(s) = summary(who) {
            out.push_str(&format!("{s}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_times() {
        assert_eq!(relative(100, 100), "just now");
        assert_eq!(relative(0, 7200), "2h ago");
        assert_eq!(relative(0, 3 * 86_400), "3d ago");
        assert_eq!(relative(7200, 0), "in 2h");
        assert_eq!(span(90_000), "1d 1h");
    }

    #[test]
    fn a_duplicate_is_worded_as_one_only_when_support_closed_it_as_one() {
        let facts = crate::core::case::MessageFacts {
            key: "k".into(),
            kind: crate::core::classify::Kind::Acknowledgement,
            at: 0,
            needs_reply: false,
            subject: "RE:[CASE 176221723200417] x".into(),
            asked: None,
            deadline_days: None,
            accounts: vec![],
            proposed_keep: None,
            channel: crate::core::rules::Channel::Email,
            support_url: None,
            answers: false,
            topic: None,
            closed_as_duplicate: false,
            duplicate_of: None,
        };
        let mut c = Case::new("176221723200417", "aws-tc", &facts);
        c.duplicate_of = Some("1762000000".into());
        let none = std::collections::HashSet::new();
        let closed: std::collections::HashSet<String> = [c.number.clone()].into();
        // Open: suspected.
        assert!(
            cases_table(&[c.clone()], &none, &[], 0, false).contains("(duplicate of 1762000000?)")
        );
        assert!(show_text(&c, false, &[], &[], &[], 0, false).contains("looks like a duplicate"));
        c.state = State::Closed;
        // Closed by support as a duplicate.
        assert!(
            cases_table(&[c.clone()], &closed, &[], 0, false).contains("(duplicate of 1762000000)")
        );
        assert!(show_text(&c, true, &[], &[], &[], 0, false)
            .contains("Closed as a duplicate of case 1762000000"));
        // Closed for another reason: the old suspicion is not worded as support's closure.
        assert!(!cases_table(&[c.clone()], &none, &[], 0, false).contains("duplicate of"));
        assert!(!show_text(&c, false, &[], &[], &[], 0, false).contains("duplicate"));
    }

    #[test]
    fn turns_alternate_between_sides() {
        let m = |dir: &str, at: i64| MessageRow {
            key: at.to_string(),
            message_id: None,
            case: Some("1".into()),
            kind: "case_update".into(),
            direction: dir.into(),
            at,
            from: None,
            subject: String::new(),
            why: String::new(),
            needs_reply: false,
            authenticated: "none".into(),
            channel: "email".into(),
            candidate_ids: vec![],
            accounts: vec![],
            asked: None,
            source: String::new(),
        };
        let msgs = vec![m("in", 0), m("in", 10), m("out", 100), m("in", 400)];
        assert_eq!(turns(&msgs), vec![("you", 90), ("support", 300)]);
    }
}
