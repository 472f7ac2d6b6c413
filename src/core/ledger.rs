//! The ledger: every case the person has, and the threading that ties mail to them.
//!
//! Pure and in memory. `scan` uses an empty ledger; `import`, `sync` and `run` load it from the
//! database, feed it mail, and write back what [`Ledger::ingest`] returns. It owns threading
//! (case number, else In-Reply-To / References to a known message), learning the person's
//! addresses from the mail support sends them, opening cases, and spotting a second case
//! opened for the same merge. State changes themselves happen only in [`crate::core::case`].

use crate::core::addressee;
use crate::core::case::{
    Case, Effect, Event, MessageFacts, Notice, Purpose, ReminderPolicy, State,
};
use crate::core::classify::{classify, Classification, Context, Kind};
use crate::core::mail::Mail;
use crate::core::rules::{Channel, RuleSet};
use crate::core::segment;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Mail older than this when it is taken in (an import of old mail, a first sync) is recorded
/// without notifying, except a request the case still waits on: a notification is about a
/// change that matters now, not about a message. The default of `notify.first_sync_quiet`.
pub const HISTORY_QUIET: i64 = 14 * 86_400;

/// The case a mail belongs to before it is classified: its case number, else its thread.
pub fn case_of(mail: &Mail, packs: &[RuleSet], thread: Option<&str>) -> Option<String> {
    packs
        .iter()
        .find_map(|p| crate::core::extract::case_number(mail, p))
        .or_else(|| thread.map(str::to_string))
}

/// The fingerprints of a mail's lines within its case's thread (what boilerplate learning
/// counts and the store keeps).
pub fn thread_line_keys<'a>(case: &'a str, text: &'a str) -> impl Iterator<Item = u64> + 'a {
    segment::line_keys(text).map(move |k| segment::thread_line_key(case, k))
}

/// A classified message, as the case state machine needs it.
fn message_facts(
    mail: &Mail,
    key: &str,
    at: i64,
    c: &Classification,
    packs: &[RuleSet],
) -> MessageFacts {
    MessageFacts {
        key: key.to_string(),
        kind: c.kind,
        at,
        needs_reply: c.needs_reply,
        subject: mail.subject.clone(),
        asked: c.asked.clone(),
        deadline_days: c.deadline_days,
        accounts: c.accounts.clone(),
        proposed_keep: c.proposed_keep,
        channel: c.channel,
        support_url: c.support_url.clone(),
        // The person's own mail answers support when it went to them (not a forward), and not
        // to an address that takes no mail: an e-mailed answer to a Support Center case's
        // no-reply sender never reaches support, so the request stays open.
        answers: mail.recipients().any(|r| {
            packs.iter().any(|p| p.is_trusted_domain(r.domain()))
                && !packs.iter().any(|p| {
                    p.sender(&r.email)
                        .is_some_and(|s| s.channel == Some(Channel::SupportCenter))
                })
        }),
        topic: c.topic.clone(),
        closed_as_duplicate: c.closed_as_duplicate,
        duplicate_of: c.duplicate_of.clone(),
    }
}

/// Whether history being taken in (an import, a first sync) keeps a notice of `purpose` about
/// mail `age` seconds old to itself. What is open now is told: a request (the notifier drops it
/// when a later mail in the same history answered it). A case that is already done is not news.
fn quiet_in_history(purpose: Purpose, age: i64, quiet: i64) -> bool {
    match purpose {
        Purpose::NeedsReply => false,
        Purpose::Resolved => true,
        _ => age > quiet,
    }
}

/// A second acknowledgement within this many seconds of an open case's last mail is treated as
/// a duplicate case for the same request.
pub const DUPLICATE_WINDOW: i64 = 30 * 86_400;

/// A reminder that asks nothing new, sent at most this long after the person's reply on the
/// case, crossed the reply (support's system had not taken it in yet). Later than that, the
/// reply most likely never reached the case (sent from another address, to the console's
/// no-reply sender), and the reminder is real.
pub const CROSSED_WITHIN: i64 = 2 * 3_600;

/// How the `why` of a reminder that crossed the person's reply begins.
pub const CROSSED_WHY: &str = "a reminder that crossed your reply: ";

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Received by the person.
    In,
    /// Sent by the person.
    Out,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::In => "in",
            Direction::Out => "out",
        }
    }
}

/// The stable identity of a message: its Message-ID, else a digest of its bytes.
pub fn message_key(mail: &Mail, raw: &[u8]) -> String {
    match &mail.message_id {
        Some(id) => id.clone(),
        None => {
            let digest = Sha256::digest(raw);
            let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
            format!("sha256:{hex}")
        }
    }
}

/// What ingesting one message did.
#[derive(Debug, Clone)]
pub struct Ingested {
    pub key: String,
    pub classification: Classification,
    pub direction: Direction,
    /// Date of the message (or the time it was ingested when it has none).
    pub at: i64,
    /// False when this message had been ingested before: nothing changed.
    pub new: bool,
    /// Whether the message is worth keeping (case mail, notices, warnings).
    pub keep: bool,
    pub effects: Vec<Effect>,
}

#[derive(Debug, Default)]
pub struct Ledger {
    pub cases: BTreeMap<String, Case>,
    /// Message-ID -> case number.
    threads: HashMap<String, String>,
    /// Message keys already ingested.
    seen: HashSet<String>,
    /// The person's addresses: configured, plus those support wrote to.
    me: Vec<String>,
    /// How often each line (fingerprint) appeared in support's mail, and the lines seen in at
    /// least two earlier mails: boilerplate learned from the history (classify's `recurring`).
    line_counts: HashMap<u64, u8>,
    recurring: HashSet<u64>,
    /// Mail is taken in from an export (`import`) or a first sync, not as it arrives: mail
    /// older than `history_quiet` seconds is recorded without notifying ([`HISTORY_QUIET`]).
    pub replaying_history: bool,
    pub history_quiet: i64,
}

/// Lines remembered for boilerplate learning; beyond this, new lines are not counted (a
/// resident daemon's memory must not grow with the history).
const MAX_LEARNED_LINES: usize = 20_000;

impl Ledger {
    pub fn new(me: &[String]) -> Ledger {
        let mut l = Ledger {
            history_quiet: HISTORY_QUIET,
            ..Ledger::default()
        };
        for m in me {
            l.learn_me(m);
        }
        l
    }

    /// Rebuilds a ledger from what the store kept.
    pub fn restore(
        me: &[String],
        cases: Vec<Case>,
        messages: impl IntoIterator<Item = (String, Option<String>, Option<String>)>,
    ) -> Ledger {
        let mut l = Ledger::new(me);
        for c in cases {
            l.cases.insert(c.number.clone(), c);
        }
        for (key, message_id, case) in messages {
            if let (Some(id), Some(case)) = (message_id, case) {
                l.threads.insert(id, case);
            }
            l.seen.insert(key);
        }
        l
    }

    /// How many earlier support mails of its case carried each of these lines (thread line
    /// keys, from the store): a line in two or more is boilerplate.
    pub fn know_lines(&mut self, counts: impl IntoIterator<Item = (u64, u8)>) {
        for (k, n) in counts {
            self.line_counts.insert(k, n);
            if n >= 2 {
                self.recurring.insert(k);
            }
        }
    }

    pub fn me(&self) -> &[String] {
        &self.me
    }

    pub fn learn_me(&mut self, address: &str) {
        let a = address.trim().to_ascii_lowercase();
        if !a.is_empty() && !self.me.contains(&a) {
            self.me.push(a);
        }
    }

    /// The case a mail's In-Reply-To / References point at.
    fn thread_case(&self, mail: &Mail) -> Option<String> {
        mail.in_reply_to
            .iter()
            .chain(mail.references.iter().rev())
            .find_map(|id| self.threads.get(id).cloned())
    }

    /// Classifies without changing anything.
    pub fn classify(&self, mail: &Mail, packs: &[RuleSet]) -> Classification {
        self.in_context(mail, packs, |ctx| classify(mail, packs, ctx))
    }

    /// Classifies without changing anything, with the trace of how (`scan --explain`).
    pub fn explain(
        &self,
        mail: &Mail,
        packs: &[RuleSet],
    ) -> (Classification, crate::core::classify::Explanation) {
        self.in_context(mail, packs, |ctx| {
            crate::core::classify::explain(mail, packs, ctx)
        })
    }

    /// What the ledger knows that classification needs: your addresses, the case the mail's
    /// references point at, and which of its lines support's earlier mails in the same case
    /// carried too.
    fn in_context<R>(
        &self,
        mail: &Mail,
        packs: &[RuleSet],
        f: impl FnOnce(&Context<'_>) -> R,
    ) -> R {
        let thread = self.thread_case(mail);
        let case = case_of(mail, packs, thread.as_deref());
        let recurring: HashSet<u64> = match &case {
            Some(case) if !self.recurring.is_empty() => segment::line_keys(&mail.new_text)
                .filter(|k| self.recurring.contains(&segment::thread_line_key(case, *k)))
                .collect(),
            _ => HashSet::new(),
        };
        f(&Context {
            me: &self.me,
            thread_case: thread.as_deref(),
            recurring: Some(&recurring),
        })
    }

    /// Takes one message in. `now` stands in for a missing Date header.
    pub fn ingest(&mut self, mail: &Mail, key: &str, packs: &[RuleSet], now: i64) -> Ingested {
        let classification = self.classify(mail, packs);
        // The order of events is arrival order: a Date ahead of the clock (a sender's clock
        // set wrong, a time zone mistake) is clamped to the time the mail was taken in.
        let at = mail.date.map_or(now, |d| d.min(now));
        let from_me = mail
            .from
            .as_ref()
            .is_some_and(|f| self.me.contains(&f.email));
        let kind = classification.kind;
        let mut out = Ingested {
            key: key.to_string(),
            classification,
            direction: if from_me {
                Direction::Out
            } else {
                Direction::In
            },
            at,
            new: !self.seen.contains(key),
            keep: kind != Kind::Unrelated,
            effects: vec![],
        };
        if !out.new {
            return out;
        }
        self.seen.insert(key.to_string());
        if kind == Kind::Suspicious {
            // Old phishing in history is recorded, not shown.
            if !(self.replaying_history && now.saturating_sub(at) > self.history_quiet) {
                out.effects.push(Effect::Notify(Notice {
                    purpose: Purpose::Suspicious,
                    case: None,
                    key: key.to_string(),
                    due_at: at,
                }));
            }
            return out;
        }
        let Some(number) = out.classification.case.clone() else {
            return out;
        };
        if kind == Kind::Unrelated {
            return out;
        }
        self.learn_from(mail, &number, &out.classification, packs);
        // A reminder that asks nothing new, sent minutes after the person answered, crossed the
        // answer: the case still waits on support, and the person hears of it once, quietly.
        let crossed = out.classification.reminder_only
            && out.direction == Direction::In
            && self
                .cases
                .get(&number)
                .filter(|c| c.state == State::AwaitingSupport)
                .and_then(|c| c.replied_at)
                .is_some_and(|replied| (0..=CROSSED_WITHIN).contains(&(at - replied)));
        if crossed {
            let c = &mut out.classification;
            c.needs_reply = false;
            c.why = format!("{CROSSED_WHY}{}", c.why);
        }
        let facts = message_facts(mail, key, at, &out.classification, packs);
        if !self.cases.contains_key(&number) {
            self.open_case(&number, &out.classification, &facts, &mut out.effects);
        }
        let case = self.cases.get_mut(&number).expect("inserted above");
        out.effects.extend(case.apply(Event::Message(facts)));
        // Support wrote on an open case and nothing in the mail says whether they wait on a
        // reply: say so once, quietly (no reminders), with their words.
        if (out.classification.unsure() || crossed)
            && out.direction == Direction::In
            && case.state.is_open()
            && case.last_event_at <= at
        {
            out.effects.push(Effect::Notify(Notice {
                purpose: Purpose::Unsure,
                case: Some(number.clone()),
                key: key.to_string(),
                due_at: at,
            }));
        }
        if self.replaying_history {
            let age = now.saturating_sub(at);
            let quiet = self.history_quiet;
            out.effects.retain(
                |e| !matches!(e, Effect::Notify(n) if quiet_in_history(n.purpose, age, quiet)),
            );
        }
        out
    }

    /// What a case mail teaches: its Message-ID threads to the case; support's mail tells
    /// which addresses are the person's, and which lines are its footer in this thread.
    fn learn_from(&mut self, mail: &Mail, number: &str, c: &Classification, packs: &[RuleSet]) {
        if let Some(id) = &mail.message_id {
            self.threads.insert(id.clone(), number.to_string());
        }
        if !c.kind.is_support_case_mail() {
            return;
        }
        // (not someone else support writes to along with the person: the partner
        // administrator in To, the person, by name, in Cc)
        if c.authenticated != crate::core::auth::Authenticity::Fail {
            for to in &mail.to {
                if !packs.iter().any(|p| p.is_trusted_domain(to.domain()))
                    && !addressee::someone_else(mail, to, &self.me)
                {
                    self.learn_me(&to.email);
                }
            }
        }
        self.learn_lines(number, &mail.new_text);
    }

    /// A case first seen: opened, and flagged when it looks like a second case for the same
    /// request as another open one.
    fn open_case(
        &mut self,
        number: &str,
        c: &Classification,
        facts: &MessageFacts,
        effects: &mut Vec<Effect>,
    ) {
        let mut case = Case::new(number, &c.profile, facts);
        effects.push(Effect::Opened {
            case: number.to_string(),
        });
        if c.kind == Kind::Acknowledgement {
            if let Some(other) = self.open_duplicate(&case, facts.at) {
                case.duplicate_of = Some(other.clone());
                effects.push(Effect::DuplicateSuspected {
                    case: number.to_string(),
                    other,
                });
                effects.push(Effect::Notify(Notice {
                    purpose: Purpose::Duplicate,
                    case: Some(number.to_string()),
                    key: format!("{number}#duplicate"),
                    due_at: facts.at,
                }));
            }
        }
        self.cases.insert(number.to_string(), case);
    }

    /// Counts the lines of one support mail; a line in two of them is boilerplate from then on.
    fn learn_lines(&mut self, case: &str, text: &str) {
        let mut this_mail = HashSet::new();
        for key in thread_line_keys(case, text) {
            if !this_mail.insert(key) {
                continue;
            }
            let full = self.line_counts.len() >= MAX_LEARNED_LINES;
            match self.line_counts.get_mut(&key) {
                Some(n) => {
                    *n = n.saturating_add(1);
                    if *n >= 2 {
                        self.recurring.insert(key);
                    }
                }
                None if !full => {
                    self.line_counts.insert(key, 1);
                }
                None => {}
            }
        }
    }

    /// Another open case for the same request: the same profile and topic, active around
    /// `at`, and no candidate IDs that tell the two apart. A case whose topic is unknown, or
    /// of another topic, is never a duplicate: a false warning costs the person a worry.
    fn open_duplicate(&self, new: &Case, at: i64) -> Option<String> {
        let topic = new.topic.as_deref()?;
        let ids = |c: &Case| -> HashSet<String> {
            c.accounts
                .iter()
                .filter_map(|a| a.candidate_id.clone())
                .collect()
        };
        let new_ids = ids(new);
        self.cases
            .values()
            .filter(|c| c.profile == new.profile && c.number != new.number && c.state.is_open())
            .filter(|c| c.topic.as_deref() == Some(topic))
            .filter(|c| (at - c.last_event_at).abs() <= DUPLICATE_WINDOW)
            .filter(|c| {
                let old_ids = ids(c);
                new_ids.is_empty() || old_ids.is_empty() || !new_ids.is_disjoint(&old_ids)
            })
            .map(|c| c.number.clone())
            .next()
    }

    /// Applies the person's own action to a case.
    pub fn apply(&mut self, number: &str, event: Event) -> Option<Vec<Effect>> {
        self.cases.get_mut(number).map(|c| c.apply(event))
    }

    /// Time passes: closing deadlines, and the reminders now due.
    pub fn tick(&mut self, now: i64, policy: &ReminderPolicy) -> (Vec<Effect>, Vec<Notice>) {
        let mut effects = Vec::new();
        let mut reminders = Vec::new();
        for case in self.cases.values_mut() {
            effects.extend(case.apply(Event::Tick { now }));
            if let Some(n) = case.reminder_due(policy, now) {
                reminders.push(n);
            }
        }
        (effects, reminders)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::case::State;

    fn m(raw: &str) -> Mail {
        Mail::parse(raw.replace('\n', "\r\n").as_bytes()).unwrap()
    }

    const ACK: &str = "From: AWS <aws-cs-trainingcertification-form@amazon.com>\nTo: taro@gmail.com\nSubject: RE:[CASE 1762217232] [AWS Training and Certification Form Submission] - account-assistance\nMessage-ID: <ack@amazon.com>\nDate: Mon, 3 Nov 2025 10:00:00 +0000\n\nThank you for contacting Amazon Web Services. We have opened case 1762217232 to address your inquiry.\n";
    const REQ: &str = "From: AWS <aws-cs-trainingcertification-form@amazon.com>\nTo: taro@gmail.com\nSubject: RE:[CASE 1762217232] [AWS Training and Certification Form Submission] - account-assistance\nMessage-ID: <req@amazon.com>\nDate: Tue, 4 Nov 2025 10:00:00 +0000\n\nPlease confirm that we may merge Account #2 into Account #1.\n\nAccount #1\nLogin email: taro@gmail.com\n\nAccount #2\nLogin email: t@corp.example\n";
    const REPLY_BY_REFS: &str = "From: Taro <taro@gmail.com>\nTo: aws-cs-trainingcertification-form@amazon.com\nSubject: Re: your mail\nMessage-ID: <mine@gmail.com>\nReferences: <ack@amazon.com> <req@amazon.com>\nDate: Tue, 4 Nov 2025 12:00:00 +0000\n\nConfirmed. Please merge to Account #1.\n";

    #[test]
    fn threads_a_reply_by_references_and_learns_the_address() {
        let packs = vec![RuleSet::builtin()];
        let mut l = Ledger::new(&[]);
        let a = l.ingest(&m(ACK), "ack", &packs, 0);
        assert_eq!(
            a.effects.first(),
            Some(&Effect::Opened {
                case: "1762217232".into()
            })
        );
        let r = l.ingest(&m(REQ), "req", &packs, 0);
        assert!(r.classification.needs_reply);
        assert_eq!(l.cases["1762217232"].state, State::AwaitingYou);
        // No --me given: taro@gmail.com was learned from the mail support sent.
        let y = l.ingest(&m(REPLY_BY_REFS), "mine", &packs, 0);
        assert_eq!(y.classification.kind, Kind::UserReply);
        assert_eq!(y.classification.case.as_deref(), Some("1762217232"));
        assert_eq!(y.direction, Direction::Out);
        assert_eq!(l.cases["1762217232"].state, State::AwaitingSupport);
    }

    #[test]
    fn support_mail_to_several_people_teaches_no_address() {
        let packs = vec![RuleSet::builtin()];
        let mut l = Ledger::new(&["ryo@gmail.com".to_string()]);
        let to_two = REQ.replacen(
            "To: ",
            "Cc: Ryo Okabe <ryo@gmail.com>\nTo: Naoko Fujisawa <n-fujisawa@corp.example>\nX-Was-To: ",
            1,
        );
        l.ingest(&m(&to_two), "req", &packs, 0);
        assert_eq!(l.me(), ["ryo@gmail.com"]);
        // Written to one person, it does.
        l.ingest(&m(REQ), "req2", &packs, 0);
        assert_eq!(l.me().len(), 2, "{:?}", l.me());
    }

    #[test]
    fn the_same_message_twice_changes_nothing() {
        let packs = vec![RuleSet::builtin()];
        let mut l = Ledger::new(&[]);
        l.ingest(&m(ACK), "ack", &packs, 0);
        l.ingest(&m(REQ), "req", &packs, 0);
        let before = l.cases.clone();
        let again = l.ingest(&m(REQ), "req", &packs, 0);
        assert!(!again.new);
        assert!(again.effects.is_empty());
        assert_eq!(l.cases, before);
    }

    /// An acknowledgement repeating the form the person filled in, about `what`.
    fn ack_about(case: &str, day: u32, what: &str) -> Mail {
        m(&format!(
            "From: AWS <aws-cs-trainingcertification-form@amazon.com>\nTo: taro@gmail.com\nSubject: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance\nMessage-ID: <ack{case}@amazon.com>\nDate: Mon, {day} Nov 2025 10:00:00 +0000\n\nThank you for contacting Amazon Web Services. We have opened case {case} to address your inquiry.\n\nThe details of your case are as follows:\n\n{what}\n"
        ))
    }

    const MERGE_FORM: &str = "Inquiry type: Certification / Account Merge. I left my company and would like to merge my accounts.";

    #[test]
    fn a_second_case_for_the_same_merge_is_flagged() {
        let packs = vec![RuleSet::builtin()];
        let mut l = Ledger::new(&[]);
        l.ingest(&ack_about("1762217232", 3, MERGE_FORM), "ack", &packs, 0);
        let r = l.ingest(&ack_about("1762300000", 5, MERGE_FORM), "ack2", &packs, 0);
        assert!(
            r.effects.contains(&Effect::DuplicateSuspected {
                case: "1762300000".into(),
                other: "1762217232".into()
            }),
            "{:?}",
            r.effects
        );
        assert_eq!(
            l.cases["1762300000"].duplicate_of.as_deref(),
            Some("1762217232")
        );
        assert_eq!(
            l.cases["1762300000"].topic.as_deref(),
            Some("account_merge")
        );
    }

    #[test]
    fn cases_about_other_things_are_never_duplicates() {
        let packs = vec![RuleSet::builtin()];
        let mut l = Ledger::new(&[]);
        l.ingest(&ack_about("1762217232", 3, MERGE_FORM), "a", &packs, 0);
        for (n, (case, what, topic)) in [
            (
                "1762300000",
                "My exam voucher from the 50% benefit never arrived.",
                Some("voucher"),
            ),
            (
                "1762300001",
                "Skill Builder team subscription still billed.",
                Some("skill_builder"),
            ),
            (
                "1762300002",
                "My transcript is missing an exam result.",
                Some("exam_record"),
            ),
            ("1762300003", "Something else entirely.", None),
        ]
        .into_iter()
        .enumerate()
        {
            let r = l.ingest(&ack_about(case, 4, what), &format!("k{n}"), &packs, 0);
            assert!(
                !r.effects
                    .iter()
                    .any(|e| matches!(e, Effect::DuplicateSuspected { .. })),
                "{case}: {:?}",
                r.effects
            );
            assert_eq!(l.cases[case].topic.as_deref(), topic, "{case}");
        }
    }

    fn notices(fx: &[Effect]) -> Vec<Purpose> {
        fx.iter()
            .filter_map(|e| match e {
                Effect::Notify(n) => Some(n.purpose),
                _ => None,
            })
            .collect()
    }

    const MERGED_FUTURE: &str = "From: AWS <aws-cs-trainingcertification-form@amazon.com>\nTo: taro@gmail.com\nSubject: RE:[CASE 1762217232] [AWS Training and Certification Form Submission] - account-assistance\nMessage-ID: <done@amazon.com>\nDate: Wed, 5 Nov 2025 10:05:00 +0000\n\nI have successfully merged Account #2 into Account #1.\n\nAccount #1\nLogin email: taro@gmail.com\n\nAccount #2\nLogin email: t@corp.example\n";

    fn at(date: &str) -> i64 {
        chrono::DateTime::parse_from_rfc2822(date)
            .unwrap()
            .timestamp()
    }

    #[test]
    fn issue_8_the_account_listing_survives_later_mails() {
        let packs = vec![RuleSet::builtin()];
        let mut l = Ledger::new(&[]);
        l.ingest(&m(ACK), "ack", &packs, i64::MAX);
        let req = REQ
            .replace(
                "Login email: taro@gmail.com",
                "Login email: taro@gmail.com\nCandidate ID: AWS04819087",
            )
            .replace(
                "Login email: t@corp.example",
                "Login email: t@corp.example\nCandidate ID: AWS05573120",
            );
        l.ingest(&m(&req), "req", &packs, i64::MAX);
        l.ingest(&m(REPLY_BY_REFS), "mine", &packs, i64::MAX);
        // The merge mail lists the accounts again, without their candidate IDs.
        l.ingest(&m(MERGED_FUTURE), "done", &packs, i64::MAX);
        let c = &l.cases["1762217232"];
        assert_eq!(c.state, State::Resolved);
        let ids: Vec<_> = c
            .accounts
            .iter()
            .map(|a| a.candidate_id.as_deref())
            .collect();
        assert_eq!(
            ids,
            vec![Some("AWS04819087"), Some("AWS05573120")],
            "{:?}",
            c.accounts
        );
        assert_eq!(c.accounts[1].login_email.as_deref(), Some("t@corp.example"));
        assert_eq!(
            c.accounts[1].sources,
            vec!["req".to_string(), "done".to_string()]
        );
        assert_eq!(c.proposed_keep, Some(1));
    }

    #[test]
    fn issue_8_a_date_ahead_of_the_clock_is_clamped_to_arrival() {
        let packs = vec![RuleSet::builtin()];
        let mut l = Ledger::new(&[]);
        l.ingest(&m(ACK), "ack", &packs, at("Mon, 3 Nov 2025 10:00:00 +0000"));
        l.ingest(&m(REQ), "req", &packs, at("Tue, 4 Nov 2025 10:00:00 +0000"));
        // The person's reply arrives at 10:00 on the 5th; support's merge mail, dated five
        // minutes in the future by a wrong clock, arrives one minute later.
        let reply = REPLY_BY_REFS.replace("Tue, 4 Nov 2025 12:00:00", "Wed, 5 Nov 2025 10:00:00");
        l.ingest(
            &m(&reply),
            "mine",
            &packs,
            at("Wed, 5 Nov 2025 10:00:00 +0000"),
        );
        let arrival = at("Wed, 5 Nov 2025 10:01:00 +0000");
        let r = l.ingest(&m(MERGED_FUTURE), "done", &packs, arrival);
        assert_eq!(
            r.at, arrival,
            "a future Date is clamped to the arrival time"
        );
        assert_eq!(l.cases["1762217232"].state, State::Resolved);
        assert!(l.cases["1762217232"].state_since <= arrival);
    }

    #[test]
    fn issue_8_forwarding_a_request_does_not_answer_it() {
        let packs = vec![RuleSet::builtin()];
        let mut l = Ledger::new(&["taro@gmail.com".to_string()]);
        l.ingest(&m(ACK), "ack", &packs, i64::MAX);
        l.ingest(&m(REQ), "req", &packs, i64::MAX);
        let fwd = "From: Taro <taro@gmail.com>\nTo: taro.backup@example.net\nSubject: Fwd: RE:[CASE 1762217232] account-assistance\nMessage-ID: <fwd@gmail.com>\nDate: Tue, 4 Nov 2025 11:00:00 +0000\n\nFYI\n";
        let r = l.ingest(&m(fwd), "fwd", &packs, i64::MAX);
        assert_eq!(r.classification.kind, Kind::UserReply);
        assert_eq!(l.cases["1762217232"].state, State::AwaitingYou);
    }

    #[test]
    fn an_emailed_answer_to_the_consoles_no_reply_address_answers_nothing() {
        let packs = vec![RuleSet::builtin()];
        let mut l = Ledger::new(&["taro@gmail.com".to_string()]);
        let req = "From: Amazon Web Services <no-reply-aws@amazon.com>\nTo: taro@gmail.com\nSubject: RE:[CASE 177215779100412] Exam discount missing\nMessage-ID: <c1@amazon.com>\nDate: Tue, 4 Nov 2025 10:00:00 +0000\n\nHello,\n\nPlease add the date of the exam that earned the discount in the Support Center.\n\nhttps://console.aws.amazon.com/support/home#/case/?displayId=177215779100412\n\n*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n";
        l.ingest(&m(req), "c1", &packs, i64::MAX);
        assert_eq!(l.cases["177215779100412"].state, State::AwaitingYou);
        let mine = "From: Taro <taro@gmail.com>\nTo: no-reply-aws@amazon.com\nSubject: Re: RE:[CASE 177215779100412] Exam discount missing\nMessage-ID: <m1@gmail.com>\nIn-Reply-To: <c1@amazon.com>\nDate: Tue, 4 Nov 2025 12:00:00 +0000\n\nThe exam was on 3 March 2024.\n";
        let r = l.ingest(&m(mine), "m1", &packs, i64::MAX);
        assert_eq!(r.classification.kind, Kind::UserReply);
        assert_eq!(
            l.cases["177215779100412"].state,
            State::AwaitingYou,
            "the console case still waits for the answer in the Support Center"
        );
    }

    #[test]
    fn issue_8_old_mail_is_recorded_without_notifying_and_resolved_is_told_once() {
        let packs = vec![RuleSet::builtin()];
        let merged = MERGED_FUTURE.replace("Wed, 5 Nov 2025 10:05:00", "Wed, 5 Nov 2025 12:00:00");
        let again = merged.replace("<done@", "<done2@");
        // Live: the merge is told once; a second "resolved" mail says nothing.
        let mut l = Ledger::new(&[]);
        let live = at("Wed, 5 Nov 2025 12:00:00 +0000");
        l.ingest(&m(ACK), "ack", &packs, live);
        let r = l.ingest(&m(&merged), "done", &packs, live);
        assert_eq!(notices(&r.effects), vec![Purpose::Resolved]);
        let r = l.ingest(&m(&again), "done2", &packs, live + 60);
        assert!(notices(&r.effects).is_empty(), "{:?}", r.effects);
        // A year later, an import of the same history: recorded, nothing shown.
        let mut l = Ledger::new(&[]);
        l.replaying_history = true;
        let later = live + 365 * 86_400;
        l.ingest(&m(ACK), "ack", &packs, later);
        let r = l.ingest(&m(&merged), "done", &packs, later);
        assert!(notices(&r.effects).is_empty(), "{:?}", r.effects);
        assert_eq!(l.cases["1762217232"].state, State::Resolved);
        let spoof = "From: AWS <aws-cs-trainingcertification-form@amazon.com>\nAuthentication-Results: mx.google.com; dmarc=fail header.from=amazon.com\nTo: taro@gmail.com\nSubject: RE:[CASE 1762217232] confirm\nMessage-ID: <phish@x>\nDate: Wed, 5 Nov 2025 12:00:00 +0000\n\nPlease confirm your merge at http://evil.example\n";
        let r = l.ingest(&m(spoof), "phish", &packs, later);
        assert_eq!(r.classification.kind, Kind::Suspicious);
        assert!(notices(&r.effects).is_empty());
        // An old request the case still waits on is still told (the notifier checks the state).
        let mut l = Ledger::new(&[]);
        l.replaying_history = true;
        l.ingest(&m(ACK), "ack", &packs, later);
        let r = l.ingest(&m(REQ), "req", &packs, later);
        assert_eq!(notices(&r.effects), vec![Purpose::NeedsReply]);
    }

    #[test]
    fn a_reminder_minutes_after_the_reply_crossed_it() {
        let packs = vec![RuleSet::builtin()];
        // REQ at 10:00, the person's answer at 12:00; an automatic reminder at `time`.
        let reminder = |time: &str, text: &str| {
            format!("From: AWS <aws-cs-trainingcertification-form@amazon.com>\nTo: taro@gmail.com\nSubject: RE:[CASE 1762217232] [AWS Training and Certification Form Submission] - account-assistance\nMessage-ID: <rem@amazon.com>\nDate: Tue, 4 Nov 2025 {time} +0000\n\n{text}\n\nAWS Training and Certification\n")
        };
        let bare = "This is an automated reminder.\n\nCase 1762217232 is waiting for your response to our most recent message. If we do not receive a reply within 5 days, the case will be closed automatically.";
        let run = |mail: &str| {
            let mut l = Ledger::new(&["taro@gmail.com".to_string()]);
            l.ingest(&m(ACK), "ack", &packs, i64::MAX);
            l.ingest(&m(REQ), "req", &packs, i64::MAX);
            l.ingest(&m(REPLY_BY_REFS), "mine", &packs, i64::MAX);
            assert_eq!(l.cases["1762217232"].state, State::AwaitingSupport);
            let r = l.ingest(&m(mail), "rem", &packs, i64::MAX);
            (r, l.cases["1762217232"].state)
        };
        // Seven minutes after the answer: it crossed it. Told once, quietly; the case still
        // waits on support.
        let (r, state) = run(&reminder("12:07:00", bare));
        assert!(r.classification.reminder_only, "{:?}", r.classification);
        assert!(!r.classification.needs_reply, "{:?}", r.classification);
        assert!(r.classification.why.starts_with(CROSSED_WHY));
        assert_eq!(notices(&r.effects), vec![Purpose::Unsure]);
        assert_eq!(state, State::AwaitingSupport);
        // Hours later, the answer never reached the case: the reminder is real.
        let (r, state) = run(&reminder("18:00:00", bare));
        assert!(r.classification.needs_reply);
        assert_eq!(notices(&r.effects), vec![Purpose::NeedsReply]);
        assert_eq!(state, State::AwaitingYou);
        // Minutes later but asking something new: a request.
        let (r, state) = run(&reminder(
            "12:07:00",
            "Following up: could you also send the candidate ID of Account #2?",
        ));
        assert!(!r.classification.reminder_only, "{:?}", r.classification);
        assert!(r.classification.needs_reply);
        assert_eq!(state, State::AwaitingYou);
    }

    #[test]
    fn support_mail_nobody_can_read_as_a_request_is_told_once_quietly() {
        let packs = vec![RuleSet::builtin()];
        let mut l = Ledger::new(&[]);
        l.ingest(&m(ACK), "ack", &packs, i64::MAX);
        let vague = ACK
            .replace("<ack@", "<vague@")
            .replace("3 Nov", "4 Nov")
            .replace(
                "Thank you for contacting Amazon Web Services. We have opened case 1762217232 to address your inquiry.",
                "Hi Taro,\n\nI had a look at both profiles this morning with the certification team.",
            );
        let r = l.ingest(&m(&vague), "vague", &packs, i64::MAX);
        assert!(r.classification.unsure(), "{:?}", r.classification);
        assert_eq!(notices(&r.effects), vec![Purpose::Unsure]);
        assert_eq!(l.cases["1762217232"].state, State::AwaitingSupport);
        // A clear request is a request, not "unsure".
        let r = l.ingest(&m(REQ), "req", &packs, i64::MAX);
        assert_eq!(notices(&r.effects), vec![Purpose::NeedsReply]);
    }

    /// Support's templates repeat across cases ("I have successfully merged…"): a sentence
    /// recurring in *other* cases' mail is still body; only lines recurring within the thread
    /// are boilerplate.
    #[test]
    fn a_template_sentence_in_many_cases_is_still_read() {
        let packs = vec![RuleSet::builtin()];
        let mut l = Ledger::new(&[]);
        for n in 0..4 {
            let merged = MERGED_FUTURE
                .replace("1762217232", &format!("176221723{n}"))
                .replace("<done@", &format!("<done{n}@"));
            let r = l.ingest(&m(&merged), &format!("k{n}"), &packs, i64::MAX);
            assert_eq!(r.classification.kind, Kind::Resolved, "case {n}");
        }
    }
}
