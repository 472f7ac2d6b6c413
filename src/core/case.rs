//! The case state machine. Pure: no I/O, no clock (time is a parameter), every transition in
//! [`Case::apply`]. It returns effects as data; the caller records them and acts on them.
//!
//! States: `awaiting_support` (support's turn), `awaiting_you` (the person must reply),
//! `resolved` (support says it is done), `closed` (a closing deadline passed with no reply).
//! Reminder timing is decided here too ([`Case::next_reminder`]); sending is an adapter's job.

use crate::core::classify::{Account, Kind};
use crate::core::rules::Channel;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    AwaitingSupport,
    AwaitingYou,
    Resolved,
    Closed,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::AwaitingSupport => "awaiting_support",
            State::AwaitingYou => "awaiting_you",
            State::Resolved => "resolved",
            State::Closed => "closed",
        }
    }
    pub fn parse(s: &str) -> Option<State> {
        [
            State::AwaitingSupport,
            State::AwaitingYou,
            State::Resolved,
            State::Closed,
        ]
        .into_iter()
        .find(|st| st.as_str() == s)
    }
    /// Whom the case waits on, for people.
    pub fn waits_on(self) -> &'static str {
        match self {
            State::AwaitingSupport => "support",
            State::AwaitingYou => "you",
            State::Resolved | State::Closed => "nobody",
        }
    }
    pub fn is_open(self) -> bool {
        matches!(self, State::AwaitingSupport | State::AwaitingYou)
    }
}

impl std::fmt::Display for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub number: String,
    pub profile: String,
    pub subject: String,
    pub state: State,
    /// When the case entered `state`.
    pub state_since: i64,
    pub opened_at: i64,
    /// Time of the newest event applied (message or the person's action).
    pub last_event_at: i64,
    pub last_kind: Kind,
    /// What support asked, in its words, while the case waits on the person.
    pub asked: Option<String>,
    pub channel: Channel,
    pub support_url: Option<String>,
    pub accounts: Vec<Account>,
    pub proposed_keep: Option<u32>,
    /// The message that put the case in `awaiting_you`.
    pub awaiting_message: Option<String>,
    /// Support said it would close the case if no reply came by then.
    pub deadline_at: Option<i64>,
    pub duplicate_of: Option<String>,
    pub replied_at: Option<i64>,
    pub snoozed_until: Option<i64>,
    pub last_reminded_at: Option<i64>,
    pub reminders_sent: u32,
    /// When the person was first told that this request waits on them. Reminders count from
    /// here, not from the mail's date: a request first seen days late is not followed by an
    /// immediate "reminder".
    pub told_at: Option<i64>,
    /// What the case is about (the pack's `[[topics]]` id), from its first mail that says.
    pub topic: Option<String>,
}

/// How a `state_changed` decision's reason begins when support closed the case as a
/// duplicate (not for want of a reply): `show` words the closure by it.
pub const CLOSED_AS_DUPLICATE: &str = "support closed it as a duplicate";

/// A classified message, as the state machine needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageFacts {
    pub key: String,
    pub kind: Kind,
    pub at: i64,
    pub needs_reply: bool,
    pub subject: String,
    pub asked: Option<String>,
    pub deadline_days: Option<u32>,
    pub accounts: Vec<Account>,
    pub proposed_keep: Option<u32>,
    pub channel: Channel,
    pub support_url: Option<String>,
    /// For the person's own mail: it went to support (a reply), not elsewhere (a forward).
    pub answers: bool,
    /// What the mail says the case is about (`Classification::topic`).
    pub topic: Option<String>,
    /// Support closed the case as a duplicate (`Classification::closed_as_duplicate`), of this
    /// case when it named one.
    pub closed_as_duplicate: bool,
    pub duplicate_of: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A message in this case (support's, or the person's own reply).
    Message(MessageFacts),
    /// The person says they replied (CLI `replied`, or the notification's "I replied").
    MarkedReplied { at: i64 },
    /// The person asks not to be reminded before `until`.
    Snoozed { until: i64 },
    /// The needs-reply notification reached the person at `at`.
    Told { at: i64 },
    /// A reminder was delivered at `at`.
    Reminded { at: i64 },
    /// Time passed: closing deadlines are checked.
    Tick { now: i64 },
}

/// Why the person should be told something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    NeedsReply,
    Reminder,
    Resolved,
    Closed,
    Suspicious,
    Duplicate,
    MailboxUnreachable,
    /// Support wrote on an open case and casewatch cannot tell whether they wait on a reply:
    /// one quiet notification with their sentence, no reminders.
    Unsure,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::NeedsReply => "needs_reply",
            Purpose::Reminder => "reminder",
            Purpose::Resolved => "resolved",
            Purpose::Closed => "closed",
            Purpose::Suspicious => "suspicious",
            Purpose::Duplicate => "duplicate",
            Purpose::MailboxUnreachable => "mailbox_unreachable",
            Purpose::Unsure => "unsure",
        }
    }
    pub fn parse(s: &str) -> Option<Purpose> {
        [
            Purpose::NeedsReply,
            Purpose::Reminder,
            Purpose::Resolved,
            Purpose::Closed,
            Purpose::Suspicious,
            Purpose::Duplicate,
            Purpose::MailboxUnreachable,
            Purpose::Unsure,
        ]
        .into_iter()
        .find(|p| p.as_str() == s)
    }
}

/// What the person must be told. `key` makes it unique: the same key is never notified twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub purpose: Purpose,
    pub case: Option<String>,
    /// The message it is about, or for reminders "<case>#reminder<N>".
    pub key: String,
    pub due_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Opened {
        case: String,
    },
    StateChanged {
        case: String,
        from: State,
        to: State,
        reason: String,
    },
    /// A message older than what the case already knows: recorded, state untouched.
    Stale {
        case: String,
        key: String,
    },
    DuplicateSuspected {
        case: String,
        other: String,
    },
    RemindersStopped {
        case: String,
    },
    Notify(Notice),
}

/// When to remind, all in seconds. `quiet` is a local-time window in minutes after midnight
/// (start, end), and `utc_offset` converts Unix time to that local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReminderPolicy {
    pub remind_after: i64,
    pub remind_every: i64,
    pub quiet: Option<(u32, u32)>,
    pub utc_offset: i64,
}

impl Default for ReminderPolicy {
    fn default() -> Self {
        ReminderPolicy {
            remind_after: 4 * 3600,
            remind_every: 24 * 3600,
            quiet: None,
            utc_offset: 0,
        }
    }
}

const DAY: i64 = 86_400;

impl Case {
    /// A case first seen through `first`. The caller applies `first` right after.
    pub fn new(number: &str, profile: &str, first: &MessageFacts) -> Case {
        Case {
            number: number.to_string(),
            profile: profile.to_string(),
            subject: first.subject.clone(),
            state: State::AwaitingSupport,
            state_since: first.at,
            opened_at: first.at,
            last_event_at: i64::MIN,
            last_kind: first.kind,
            asked: None,
            channel: first.channel,
            support_url: first.support_url.clone(),
            accounts: vec![],
            proposed_keep: None,
            awaiting_message: None,
            deadline_at: None,
            duplicate_of: None,
            replied_at: None,
            snoozed_until: None,
            last_reminded_at: None,
            reminders_sent: 0,
            told_at: None,
            topic: first.topic.clone(),
        }
    }

    /// The one place where the case changes.
    pub fn apply(&mut self, event: Event) -> Vec<Effect> {
        let mut fx = Vec::new();
        match event {
            Event::Message(m) => self.on_message(m, &mut fx),
            Event::MarkedReplied { at } => {
                self.replied_at = Some(at);
                if self.state == State::AwaitingYou {
                    self.last_event_at = self.last_event_at.max(at);
                    self.go(State::AwaitingSupport, at, "you marked it replied", &mut fx);
                }
            }
            Event::Snoozed { until } => self.snoozed_until = Some(until),
            Event::Told { at } => {
                if self.state == State::AwaitingYou && self.told_at.is_none() {
                    self.told_at = Some(at);
                }
            }
            Event::Reminded { at } => {
                self.last_reminded_at = Some(at);
                self.reminders_sent += 1;
            }
            Event::Tick { now } => {
                if let (State::AwaitingYou, Some(deadline)) = (self.state, self.deadline_at) {
                    if now >= deadline {
                        self.go(
                            State::Closed,
                            deadline,
                            "no reply before support's deadline",
                            &mut fx,
                        );
                        fx.push(self.notice(
                            Purpose::Closed,
                            format!("{}#closed@{deadline}", self.number),
                            now,
                        ));
                    }
                }
            }
        }
        fx
    }

    fn on_message(&mut self, m: MessageFacts, fx: &mut Vec<Effect>) {
        // A fact, kept from the first mail that states it, late or not.
        if self.topic.is_none() {
            self.topic.clone_from(&m.topic);
        }
        let reply = m.kind == Kind::UserReply && m.answers;
        // The person's reply answers the request it follows, even when support wrote again since.
        let answers_request = reply && self.state == State::AwaitingYou && m.at >= self.state_since;
        if m.at < self.last_event_at && !answers_request {
            fx.push(Effect::Stale {
                case: self.number.clone(),
                key: m.key,
            });
            return;
        }
        self.last_event_at = self.last_event_at.max(m.at);
        self.last_kind = m.kind;
        merge_accounts(&mut self.accounts, &m.accounts, &m.key);
        if m.proposed_keep.is_some() {
            self.proposed_keep = m.proposed_keep;
        }
        if m.kind.is_support_case_mail() {
            self.channel = m.channel;
            if m.support_url.is_some() {
                self.support_url = m.support_url.clone();
            }
        }

        let asks = m.needs_reply
            && matches!(
                m.kind,
                Kind::ConfirmationRequest | Kind::InfoRequest | Kind::ClosingNotice | Kind::OnHold
            );
        if let Some(other) = m
            .duplicate_of
            .as_ref()
            .filter(|o| m.closed_as_duplicate && **o != self.number)
        {
            self.duplicate_of = Some(other.clone());
        }
        let target = match m.kind {
            _ if asks => Some(State::AwaitingYou),
            // Support closed it as a duplicate: nobody waits on this case any more, and nothing
            // is told (the request goes on under the other case).
            Kind::CaseUpdate if m.closed_as_duplicate => Some(State::Closed),
            Kind::OnHold => Some(State::AwaitingSupport),
            Kind::Resolved => Some(State::Resolved),
            Kind::UserReply if !m.answers => None,
            Kind::UserReply => match self.state {
                State::AwaitingYou | State::Closed => Some(State::AwaitingSupport),
                _ => None,
            },
            Kind::Acknowledgement | Kind::CaseUpdate if self.state == State::Closed => {
                Some(State::AwaitingSupport)
            }
            _ => None,
        };

        if reply {
            self.replied_at = Some(m.at);
        }
        if asks {
            self.asked = m.asked.clone();
            self.awaiting_message = Some(m.key.clone());
            self.replied_at = None;
            self.last_reminded_at = None;
            self.reminders_sent = 0;
            self.snoozed_until = None;
            self.told_at = None;
            self.deadline_at = m.deadline_days.map(|d| m.at + i64::from(d) * DAY);
        }
        let was = self.state;
        if let Some(to) = target {
            let reason = if to == State::Closed && m.closed_as_duplicate {
                format!("{CLOSED_AS_DUPLICATE} at {}", m.at)
            } else {
                format!("{} at {}", m.kind, m.at)
            };
            self.go(to, m.at, &reason, fx);
        }
        if asks {
            fx.push(self.notice(Purpose::NeedsReply, m.key.clone(), m.at));
        } else if m.kind == Kind::Resolved && was != State::Resolved {
            // Told once, on the transition: a second "resolved" mail says nothing new.
            fx.push(self.notice(Purpose::Resolved, m.key.clone(), m.at));
        }
    }

    fn go(&mut self, to: State, at: i64, reason: &str, fx: &mut Vec<Effect>) {
        if self.state == to {
            return;
        }
        let from = self.state;
        if from == State::AwaitingYou {
            self.asked = if to == State::Closed {
                self.asked.take()
            } else {
                None
            };
            fx.push(Effect::RemindersStopped {
                case: self.number.clone(),
            });
        }
        self.state = to;
        self.state_since = at;
        fx.push(Effect::StateChanged {
            case: self.number.clone(),
            from,
            to,
            reason: reason.to_string(),
        });
    }

    fn notice(&self, purpose: Purpose, key: String, due_at: i64) -> Effect {
        Effect::Notify(Notice {
            purpose,
            case: Some(self.number.clone()),
            key,
            due_at,
        })
    }

    /// When the next reminder is due, if the case waits on the person and they have been told
    /// once. Honours snoozing, quiet hours, and comes sooner as a closing deadline nears.
    pub fn next_reminder(&self, p: &ReminderPolicy) -> Option<i64> {
        if self.state != State::AwaitingYou {
            return None;
        }
        let told = self.told_at?;
        let mut due = match self.last_reminded_at {
            None => told + p.remind_after,
            Some(last) => last + p.remind_every,
        };
        if let Some(deadline) = self.deadline_at {
            let last = self.last_reminded_at.unwrap_or(told);
            // One reminder a day before the deadline and one three hours before.
            for before in [DAY, 3 * 3600] {
                let point = deadline - before;
                if last < point && point < due {
                    due = point.max(last + 3600);
                    break;
                }
            }
            if last >= deadline {
                return None;
            }
        }
        if let Some(until) = self.snoozed_until {
            due = due.max(until);
        }
        Some(out_of_quiet_hours(due, p))
    }

    /// When time alone next changes something for this case: a reminder falls due, or
    /// support's deadline for a reply passes (the case closes).
    pub fn next_wakeup(&self, p: &ReminderPolicy) -> Option<i64> {
        let deadline = self
            .deadline_at
            .filter(|_| self.state == State::AwaitingYou);
        [self.next_reminder(p), deadline]
            .into_iter()
            .flatten()
            .min()
    }

    /// The reminder notice due at `now`, if any.
    pub fn reminder_due(&self, p: &ReminderPolicy, now: i64) -> Option<Notice> {
        let due = self.next_reminder(p)?;
        (due <= now).then(|| Notice {
            purpose: Purpose::Reminder,
            case: Some(self.number.clone()),
            key: format!(
                "{}#reminder{}@{}",
                self.number,
                self.reminders_sent + 1,
                self.awaiting_message.as_deref().unwrap_or("")
            ),
            due_at: due,
        })
    }
}

/// Moves `t` to the end of the quiet window when it falls inside it.
fn out_of_quiet_hours(t: i64, p: &ReminderPolicy) -> i64 {
    let Some((start, end)) = p.quiet else {
        return t;
    };
    let local = t + p.utc_offset;
    let minute = (local.rem_euclid(DAY) / 60) as u32;
    let inside = if start <= end {
        minute >= start && minute < end
    } else {
        minute >= start || minute < end
    };
    if !inside {
        return t;
    }
    let day_start = local - local.rem_euclid(DAY);
    let mut end_local = day_start + i64::from(end) * 60;
    if end_local <= local {
        end_local += DAY;
    }
    end_local - p.utc_offset
}

/// Facts accumulate: an account a later mail lists again gains what that mail adds (a
/// candidate ID, another address) and keeps what it does not mention; a value the later mail
/// states differently replaces the earlier one (support corrected it). Each account remembers
/// the messages its facts came from.
fn merge_accounts(known: &mut Vec<Account>, new: &[Account], source: &str) {
    for a in new {
        let slot = match known.iter().position(|k| k.number == a.number) {
            Some(i) => &mut known[i],
            None => {
                known.push(Account {
                    label: a.label.clone(),
                    number: a.number,
                    ..Default::default()
                });
                known.last_mut().expect("just pushed")
            }
        };
        for (have, got) in [
            (&mut slot.candidate_id, &a.candidate_id),
            (&mut slot.login_email, &a.login_email),
            (&mut slot.training_email, &a.training_email),
            (&mut slot.certification_email, &a.certification_email),
        ] {
            if got.is_some() {
                have.clone_from(got);
            }
        }
        for e in &a.emails {
            if !slot.emails.contains(e) {
                slot.emails.push(e.clone());
            }
        }
        if !slot.sources.iter().any(|s| s == source) {
            slot.sources.push(source.to_string());
        }
    }
    known.sort_by_key(|a| a.number);
}

#[cfg(test)]
mod tests {
    //! Scenarios: a state, an event, the new state and the exact effects. No I/O, no async.
    use super::*;

    const H: i64 = 3600;

    fn msg(key: &str, kind: Kind, at: i64) -> MessageFacts {
        MessageFacts {
            key: key.into(),
            kind,
            at,
            needs_reply: matches!(
                kind,
                Kind::ConfirmationRequest | Kind::InfoRequest | Kind::ClosingNotice
            ),
            subject: "RE:[CASE 1] x".into(),
            asked: Some("Please confirm.".into()),
            deadline_days: None,
            accounts: vec![],
            proposed_keep: None,
            channel: Channel::Email,
            support_url: None,
            topic: None,
            answers: true,
            closed_as_duplicate: false,
            duplicate_of: None,
        }
    }

    fn opened(at: i64) -> Case {
        let m = msg("ack", Kind::Acknowledgement, at);
        let mut c = Case::new("1", "aws-tc", &m);
        c.apply(Event::Message(m));
        c
    }

    fn changed(from: State, to: State, reason: &str) -> Effect {
        Effect::StateChanged {
            case: "1".into(),
            from,
            to,
            reason: reason.into(),
        }
    }

    #[test]
    fn confirmation_request_waits_on_you_and_notifies_once() {
        let mut c = opened(0);
        assert_eq!(c.state, State::AwaitingSupport);
        let fx = c.apply(Event::Message(msg(
            "req",
            Kind::ConfirmationRequest,
            10 * H,
        )));
        assert_eq!(c.state, State::AwaitingYou);
        assert_eq!(
            fx,
            vec![
                changed(
                    State::AwaitingSupport,
                    State::AwaitingYou,
                    &format!("confirmation_request at {}", 10 * H)
                ),
                Effect::Notify(Notice {
                    purpose: Purpose::NeedsReply,
                    case: Some("1".into()),
                    key: "req".into(),
                    due_at: 10 * H
                }),
            ]
        );
        assert_eq!(c.asked.as_deref(), Some("Please confirm."));
    }

    #[test]
    fn reply_moves_back_to_support_and_stops_reminders() {
        let mut c = opened(0);
        c.apply(Event::Message(msg(
            "req",
            Kind::ConfirmationRequest,
            10 * H,
        )));
        let fx = c.apply(Event::Message(msg("mine", Kind::UserReply, 11 * H)));
        assert_eq!(c.state, State::AwaitingSupport);
        assert_eq!(
            fx,
            vec![
                Effect::RemindersStopped { case: "1".into() },
                changed(
                    State::AwaitingYou,
                    State::AwaitingSupport,
                    &format!("user_reply at {}", 11 * H)
                ),
            ]
        );
        assert_eq!(c.next_reminder(&ReminderPolicy::default()), None);
    }

    #[test]
    fn reply_seen_late_still_answers_the_request() {
        // INBOX synced before Sent: support's follow-up at 12h is known before the reply at 11h.
        let mut c = opened(0);
        c.apply(Event::Message(msg(
            "req",
            Kind::ConfirmationRequest,
            10 * H,
        )));
        c.apply(Event::Message(msg("upd", Kind::CaseUpdate, 12 * H)));
        c.apply(Event::Message(msg("mine", Kind::UserReply, 11 * H)));
        assert_eq!(c.state, State::AwaitingSupport);
    }

    #[test]
    fn older_support_message_is_stale() {
        let mut c = opened(5 * H);
        c.apply(Event::Message(msg(
            "req",
            Kind::ConfirmationRequest,
            10 * H,
        )));
        let fx = c.apply(Event::Message(msg("old", Kind::Resolved, H)));
        assert_eq!(
            fx,
            vec![Effect::Stale {
                case: "1".into(),
                key: "old".into()
            }]
        );
        assert_eq!(c.state, State::AwaitingYou);
    }

    #[test]
    fn resolved_notifies_and_later_survey_changes_nothing() {
        let mut c = opened(0);
        let fx = c.apply(Event::Message(msg("done", Kind::Resolved, 20 * H)));
        assert_eq!(c.state, State::Resolved);
        assert!(fx.contains(&Effect::Notify(Notice {
            purpose: Purpose::Resolved,
            case: Some("1".into()),
            key: "done".into(),
            due_at: 20 * H
        })));
        let fx = c.apply(Event::Message(msg("survey", Kind::Survey, 21 * H)));
        assert!(fx.is_empty());
        assert_eq!(c.state, State::Resolved);
    }

    #[test]
    fn a_case_support_closes_as_a_duplicate_is_closed_quietly() {
        let mut c = opened(0);
        let mut m = msg("dup", Kind::CaseUpdate, 2 * H);
        m.closed_as_duplicate = true;
        m.duplicate_of = Some("2".into());
        let fx = c.apply(Event::Message(m));
        assert_eq!(c.state, State::Closed);
        assert_eq!(c.duplicate_of.as_deref(), Some("2"));
        assert_eq!(
            fx,
            vec![changed(
                State::AwaitingSupport,
                State::Closed,
                &format!("{CLOSED_AS_DUPLICATE} at 7200")
            )]
        );
        // Any other update is news on an open case; this one stays as it was.
        let mut other = opened(0);
        other.apply(Event::Message(msg("upd", Kind::CaseUpdate, 2 * H)));
        assert_eq!(other.state, State::AwaitingSupport);
        assert_eq!(other.duplicate_of, None);
    }

    #[test]
    fn on_hold_without_a_question_stays_with_support() {
        let mut c = opened(0);
        let mut m = msg("hold", Kind::OnHold, H);
        m.needs_reply = false;
        c.apply(Event::Message(m));
        assert_eq!(c.state, State::AwaitingSupport);
        let mut m = msg("hold2", Kind::OnHold, 2 * H);
        m.needs_reply = true;
        c.apply(Event::Message(m));
        assert_eq!(c.state, State::AwaitingYou);
    }

    #[test]
    fn closing_deadline_passes_then_reply_reopens() {
        let mut c = opened(0);
        let mut m = msg("close", Kind::ClosingNotice, 0);
        m.deadline_days = Some(3);
        c.apply(Event::Message(m));
        assert_eq!(c.deadline_at, Some(3 * DAY));
        // Not told yet, so no reminder: the deadline is still a time to wake up for.
        let p = ReminderPolicy::default();
        assert_eq!(c.next_reminder(&p), None);
        assert_eq!(c.next_wakeup(&p), Some(3 * DAY));
        assert!(c.apply(Event::Tick { now: 2 * DAY }).is_empty());
        let fx = c.apply(Event::Tick { now: 3 * DAY });
        assert_eq!(c.state, State::Closed);
        assert_eq!(fx.len(), 3, "{fx:?}");
        c.apply(Event::Message(msg("mine", Kind::UserReply, 4 * DAY)));
        assert_eq!(c.state, State::AwaitingSupport);
    }

    #[test]
    fn marked_replied_by_the_person() {
        let mut c = opened(0);
        c.apply(Event::Message(msg("req", Kind::InfoRequest, H)));
        c.apply(Event::MarkedReplied { at: 2 * H });
        assert_eq!(c.state, State::AwaitingSupport);
        assert_eq!(c.replied_at, Some(2 * H));
    }

    #[test]
    fn reminders_follow_the_policy() {
        let p = ReminderPolicy::default();
        let mut c = opened(0);
        c.apply(Event::Message(msg("req", Kind::ConfirmationRequest, 0)));
        assert_eq!(
            c.next_reminder(&p),
            None,
            "no reminder before the person was told once"
        );
        c.apply(Event::Told { at: 0 });
        assert_eq!(c.next_reminder(&p), Some(4 * H));
        assert!(c.reminder_due(&p, 4 * H - 1).is_none());
        let n = c.reminder_due(&p, 4 * H).unwrap();
        assert_eq!(n.key, "1#reminder1@req");
        c.apply(Event::Reminded { at: 4 * H });
        assert_eq!(c.next_reminder(&p), Some(28 * H));
        c.apply(Event::Snoozed { until: 40 * H });
        assert_eq!(c.next_reminder(&p), Some(40 * H));
    }

    #[test]
    fn a_request_first_seen_days_late_is_not_followed_by_an_instant_reminder() {
        let p = ReminderPolicy::default();
        let mut c = opened(0);
        c.apply(Event::Message(msg("req", Kind::ConfirmationRequest, 0)));
        let seen = 3 * DAY; // casewatch was not running; the request reaches the person now
        c.apply(Event::Told { at: seen });
        assert!(c.reminder_due(&p, seen + 1).is_none());
        assert_eq!(c.next_reminder(&p), Some(seen + 4 * H));
        // Told twice (a restart re-delivering) keeps the first time.
        c.apply(Event::Told { at: seen + H });
        assert_eq!(c.told_at, Some(seen));
    }

    #[test]
    fn quiet_hours_push_reminders_to_morning() {
        // 22:00–07:00 at UTC+9: a reminder due at 23:00 local waits until 07:00 local.
        let p = ReminderPolicy {
            quiet: Some((22 * 60, 7 * 60)),
            utc_offset: 9 * H,
            ..Default::default()
        };
        let mut c = opened(0);
        let ask_at = 10 * H; // 19:00 local
        c.apply(Event::Message(msg(
            "req",
            Kind::ConfirmationRequest,
            ask_at,
        )));
        c.apply(Event::Told { at: ask_at });
        // due 23:00 local = 14:00 UTC -> 07:00 local next day = 22:00 UTC
        assert_eq!(c.next_reminder(&p), Some(22 * H));
    }

    #[test]
    fn deadline_brings_reminders_forward() {
        let p = ReminderPolicy::default();
        let mut c = opened(0);
        let mut m = msg("close", Kind::ClosingNotice, 0);
        m.deadline_days = Some(2);
        c.apply(Event::Message(m));
        c.apply(Event::Told { at: 0 });
        c.apply(Event::Reminded { at: 4 * H });
        // normal next: 28h; the day-before-deadline point is 24h, sooner.
        assert_eq!(c.next_reminder(&p), Some(24 * H));
    }
}
