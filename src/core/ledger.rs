//! The ledger: every case the person has, and the threading that ties mail to them.
//!
//! Pure and in memory. `scan` uses an empty ledger; `import`, `sync` and `run` load it from the
//! database, feed it mail, and write back what [`Ledger::ingest`] returns. It owns threading
//! (case number, else In-Reply-To / References to a known message), learning the person's
//! addresses from the mail support sends them, opening cases, and spotting a second case
//! opened for the same merge. State changes themselves happen only in [`crate::core::case`].

use crate::core::case::{Case, Effect, Event, MessageFacts, Notice, Purpose, ReminderPolicy};
use crate::core::classify::{classify, Classification, Context, Kind};
use crate::core::mail::Mail;
use crate::core::rules::RuleSet;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};

/// A second acknowledgement within this many seconds of an open case's last mail is treated as
/// a duplicate case for the same request.
const DUPLICATE_WINDOW: i64 = 30 * 86_400;

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
}

impl Ledger {
    pub fn new(me: &[String]) -> Ledger {
        let mut l = Ledger::default();
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
        let thread = self.thread_case(mail);
        classify(
            mail,
            packs,
            &Context {
                me: &self.me,
                thread_case: thread.as_deref(),
            },
        )
    }

    /// Takes one message in. `now` stands in for a missing Date header.
    pub fn ingest(&mut self, mail: &Mail, key: &str, packs: &[RuleSet], now: i64) -> Ingested {
        let classification = self.classify(mail, packs);
        let at = mail.date.unwrap_or(now);
        let from_me = mail
            .from
            .as_ref()
            .is_some_and(|f| self.me.contains(&f.email));
        let direction = if from_me {
            Direction::Out
        } else {
            Direction::In
        };
        let kind = classification.kind;
        let keep = kind != Kind::Unrelated;
        let mut out = Ingested {
            key: key.to_string(),
            classification,
            direction,
            at,
            new: !self.seen.contains(key),
            keep,
            effects: vec![],
        };
        if !out.new {
            return out;
        }
        self.seen.insert(key.to_string());

        if kind == Kind::Suspicious {
            out.effects.push(Effect::Notify(Notice {
                purpose: Purpose::Suspicious,
                case: None,
                key: key.to_string(),
                due_at: at,
            }));
            return out;
        }
        let Some(number) = out.classification.case.clone() else {
            return out;
        };
        if kind == Kind::Unrelated {
            return out;
        }
        if let Some(id) = &mail.message_id {
            self.threads.insert(id.clone(), number.clone());
        }
        if kind.is_support_case_mail()
            && out.classification.authenticated != crate::core::auth::Authenticity::Fail
        {
            for to in &mail.to {
                let vendor = packs.iter().any(|p| p.is_trusted_domain(to.domain()));
                if !vendor {
                    self.learn_me(&to.email);
                }
            }
        }

        let c = &out.classification;
        let facts = MessageFacts {
            key: key.to_string(),
            kind,
            at,
            needs_reply: c.needs_reply,
            subject: mail.subject.clone(),
            asked: c.asked.clone(),
            deadline_days: c.deadline_days,
            accounts: c.accounts.clone(),
            proposed_keep: c.proposed_keep,
            channel: c.channel,
            support_url: c.support_url.clone(),
        };
        if !self.cases.contains_key(&number) {
            let mut case = Case::new(&number, &c.profile, &facts);
            out.effects.push(Effect::Opened {
                case: number.clone(),
            });
            if kind == Kind::Acknowledgement {
                if let Some(other) = self.open_duplicate(&case, at) {
                    case.duplicate_of = Some(other.clone());
                    out.effects.push(Effect::DuplicateSuspected {
                        case: number.clone(),
                        other,
                    });
                    out.effects.push(Effect::Notify(Notice {
                        purpose: Purpose::Duplicate,
                        case: Some(number.clone()),
                        key: format!("{number}#duplicate"),
                        due_at: at,
                    }));
                }
            }
            self.cases.insert(number.clone(), case);
        }
        let case = self.cases.get_mut(&number).expect("inserted above");
        out.effects.extend(case.apply(Event::Message(facts)));
        out
    }

    /// Another open case of the same profile, active around `at`.
    fn open_duplicate(&self, new: &Case, at: i64) -> Option<String> {
        self.cases
            .values()
            .filter(|c| c.profile == new.profile && c.number != new.number && c.state.is_open())
            .filter(|c| (at - c.last_event_at).abs() <= DUPLICATE_WINDOW)
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

    #[test]
    fn a_second_case_for_the_same_merge_is_flagged() {
        let packs = vec![RuleSet::builtin()];
        let mut l = Ledger::new(&[]);
        l.ingest(&m(ACK), "ack", &packs, 0);
        let second = ACK
            .replace("1762217232", "1762300000")
            .replace("<ack@", "<ack2@")
            .replace("3 Nov", "5 Nov");
        let r = l.ingest(&m(&second), "ack2", &packs, 0);
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
    }
}
