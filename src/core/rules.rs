//! Rule packs: the data that says what a vendor's case mail looks like, and its compiled form.
//!
//! A pack is TOML (`config/rules/*.toml`). [`RulePack`] is the file as written (serde, unknown
//! keys rejected); [`RuleSet`] is the validated, compiled form that [`crate::core::classify`]
//! uses. Compilation errors carry the pack, the key and the pattern that failed.

use crate::core::classify::Kind;
use crate::core::litset::LiteralSet;
use regex::{Regex, RegexBuilder};
use serde::Deserialize;

/// The built-in AWS Training and Certification pack, embedded at compile time.
pub const BUILTIN_AWS_TC: &str = include_str!("../../config/rules/aws-training-certification.toml");

#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    #[error("rule pack {pack}: {source}")]
    Toml {
        pack: String,
        #[source]
        source: toml::de::Error,
    },
    #[error("rule pack {pack}: {key}: bad pattern {pattern:?}: {source}")]
    Pattern {
        pack: String,
        key: String,
        pattern: String,
        #[source]
        source: Box<regex::Error>,
    },
    #[error("rule pack {pack}: {key}: {message}")]
    Invalid {
        pack: String,
        key: String,
        message: String,
    },
}

// ---------------------------------------------------------------------------------------------
// The pack as written.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePack {
    pub profile: RawProfile,
    #[serde(default)]
    pub senders: Vec<RawSender>,
    pub ids: RawIds,
    pub structure: RawStructure,
    pub classify: RawClassify,
    #[serde(default)]
    pub signals: Vec<RawSignal>,
    #[serde(default)]
    pub requests: Vec<RawRequest>,
    #[serde(default)]
    pub topics: Vec<RawTopic>,
}

/// What a case is about ("account merge", "voucher"…), from the subject and the mail's text
/// (the form the person filled in included). Two cases are the same request only when they have
/// the same topic. First match wins: the subject is read before the text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTopic {
    pub id: String,
    pub name: String,
    pub patterns: Vec<String>,
}

/// What an ask asks for: an asking sentence matching one of `patterns` is a request of `kind`
/// (`confirmation_request`, or `on_hold` for a question about the hold). Others ask for
/// information (`info_request`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRequest {
    pub kind: Kind,
    pub patterns: Vec<String>,
    /// An `info_request` for what identifies the accounts (candidate IDs): asked together
    /// with which account to keep, it decides, while support has not named the accounts.
    #[serde(default)]
    pub identifies: bool,
    /// What this entry names can be chosen between ("one active discount per account, so one
    /// of them has to go"): a choice that names nothing of its own ("Which one do you want to
    /// keep?") right after a sentence this entry matches chooses that, and asks for this kind.
    #[serde(default)]
    pub antecedent: bool,
    /// A sentence matching one of these is not this request even when `patterns` match
    /// (a choice about an exam appointment or a voucher is not a choice of account, unless
    /// the sentence names the accounts).
    #[serde(default)]
    pub unless: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProfile {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub trusted_domains: Vec<String>,
    #[serde(default)]
    pub brand_words: Vec<String>,
    pub support_center_url: Option<String>,
    pub reply_subject: Option<String>,
    #[serde(default)]
    pub after_merge_checklist: Vec<String>,
    /// What to save from the old account before confirming a merge.
    #[serde(default)]
    pub before_merge_checklist: Vec<String>,
    /// Words that put a case from a `shared` sender in another service's business (a compute
    /// quota, a bill for a server): such a case is not this profile's…
    #[serde(default)]
    pub other_services: Vec<String>,
    /// …unless it also names this profile's own business (an exam, a voucher, a badge).
    #[serde(default)]
    pub scope: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSender {
    pub address: String,
    pub role: Role,
    /// How this sender is answered; unset: detected from the mail (a Support Center link).
    pub channel: Option<Channel>,
    #[serde(default)]
    pub requires_case_id: bool,
    /// The address sends the support cases of every service the vendor has (a console's
    /// no-reply address), so its mail is this profile's only when it is not about another
    /// service (`profile.other_services`, `profile.scope`).
    #[serde(default)]
    pub shared: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIds {
    pub case_in_subject: Vec<String>,
    pub case_in_body: Vec<String>,
    pub candidate: String,
    pub support_center_link: Option<String>,
    #[serde(default)]
    pub no_email_reply: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStructure {
    #[serde(default)]
    pub customer_text_markers: Vec<String>,
    /// Where support's own words start in a notice that wraps them (the console's "We've
    /// updated your support case … Correspondence:"): the text before the end of the match is
    /// the notice's frame, the text after it support's reply.
    #[serde(default)]
    pub support_text_starts: Vec<String>,
    pub account_label: String,
    pub account_listing_kind: Kind,
    /// Ignored since the decision order became code; accepted so older packs load.
    #[serde(default)]
    pub account_listing_weight: u32,
    pub login_email: String,
    pub training_email: String,
    pub certification_email: String,
    #[serde(default)]
    pub proposed_keep: Vec<String>,
    #[serde(default)]
    pub deadline: Vec<String>,
    #[serde(default)]
    pub asks: Vec<String>,
    /// An ask that says what answer is enough ("One line saying that you asked for the merge
    /// is enough"): it asks for what the ask before it asks for.
    #[serde(default)]
    pub sufficiency: Vec<String>,
    /// Support presents the accounts it lists as checked and correct ("We verified that the
    /// following information is correct:"): the listing reports, it does not ask which to keep.
    #[serde(default)]
    pub listing_reported: Vec<String>,
    #[serde(default)]
    pub conditional: Vec<String>,
    /// Asking sentences that only invite ("if you have anything to add, reply…").
    #[serde(default)]
    pub invitation: Vec<String>,
    /// Directives that want no reply ("please allow 24 hours", "please do not…").
    #[serde(default)]
    pub not_asks: Vec<String>,
    /// A stated need of the person's input ("we need the following"): the sentence asks even
    /// when a clause of it sounds optional ("…, which you can add as a reply").
    #[serde(default)]
    pub needs: Vec<String>,
    /// A directive to answer by reply ("… and reply", 〜のうえご返信ください): an ask with these
    /// words wants an answer even from a mail that reports a completion.
    #[serde(default)]
    pub reply_directive: Vec<String>,
    /// The other branch of a condition ("if not, …", "otherwise …", 未定の場合は…): after a
    /// conditional ask, the person is asked either way, so the ask counts.
    #[serde(default)]
    pub otherwise: Vec<String>,
    /// A heading support answers itself ("Can't find the badge?", "What's next?", "Need to book an
    /// exam?"): a question in the mail that asks the person nothing.
    #[serde(default)]
    pub self_answered: Vec<String>,
    /// Support saying the person need not reply: the mail's asks do not count.
    #[serde(default)]
    pub no_reply_needed: Vec<String>,
    /// A hold that has ended: the hold's words no longer make the mail an on_hold.
    #[serde(default)]
    pub hold_released: Vec<String>,
    /// The release as what has to happen first ("the merge can't start until they've removed
    /// the association"): a sentence matching this says nothing has been released.
    #[serde(default)]
    pub hold_pending: Vec<String>,
    /// Support says it still has a step to take before the case is done ("I'll check tomorrow
    /// that it has taken effect"): a completion in the mail is progress, not a resolution.
    #[serde(default)]
    pub still_open: Vec<String>,
    /// Support says it reopened the case ("I've reopened your case", 再開いたしました): the case
    /// is not new, so thanks for the message do not make the mail an acknowledgement.
    #[serde(default)]
    pub reopened: Vec<String>,
    /// Support says it closed or linked a duplicate case ("I've closed this case as a duplicate
    /// of 1741…", 重複のためクローズいたしました): the request goes on under the other case, so
    /// the mail is an update, not a completion nor an acknowledgement.
    #[serde(default)]
    pub duplicate_closed: Vec<String>,
    /// The body points to the subject for what it says ("Hi, see subject.", 件名の通り): the
    /// subject's own words (without reply prefixes and bracketed tags) are read as the body's
    /// first paragraph.
    #[serde(default)]
    pub see_subject: Vec<String>,
    /// An ask made for the party the case waits on ("While we wait: …", "Pearson VUE needs to
    /// know one thing: …", 同チームでの照合のため): in a mail that reports a hold, the hold asks
    /// (`on_hold`, with a reply needed), even where the hold is said only once.
    #[serde(default)]
    pub hold_ask: Vec<String>,
    /// Parties other than the person whom support may turn to by name in the same mail (the
    /// partner administrator, HR, a manager): matched against the whole name a sentence opens
    /// with ("Partner admin:", "@HR –"), so anchor each pattern.
    #[serde(default)]
    pub third_parties: Vec<String>,
    /// Support says it is still waiting on the person ("we haven't heard back", "a reminder",
    /// ご返信をいただけておりません): a closing threat in a mail that also asks is a closing
    /// notice only with it; without it the threat is the deadline of a new request.
    #[serde(default)]
    pub reminder: Vec<String>,
    /// The case closes unless the person objects ("Unless we hear otherwise, …", 特にご連絡が
    /// ございませんでしたら…クローズ): with no ask and no `reminder`, a courtesy after the work,
    /// not a notice; the mail says the request is done.
    #[serde(default)]
    pub consent_close: Vec<String>,
    /// A proposal put to the person as a question ("Are you OK with me closing this one?",
    /// 〜形でよろしいでしょうか): it asks their consent and asserts nothing, so its closing and
    /// `assertive` signals do not count.
    #[serde(default)]
    pub proposal: Vec<String>,
    /// A line that ends the body: everything after it is signature and footer.
    #[serde(default)]
    pub signoff: Vec<String>,
    /// A paragraph with one of these is boilerplate (survey, do-not-reply, legal).
    #[serde(default)]
    pub boilerplate: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClassify {
    /// Ignored: the decision order is code (src/core/classify.rs). Accepted so that packs
    /// written for casewatch 0.1 still load.
    #[serde(default)]
    pub priority: Vec<Kind>,
    pub default_kind: Kind,
    /// The evidence a state needs before it decides the kind (defaults in [`min_score`]).
    #[serde(default)]
    pub min_score: std::collections::BTreeMap<Kind, u32>,
    /// How many different `[[signals]]` entries must agree before a state decides the kind
    /// (default 1): `closing_notice = 2` wants a threat *and* a reason, however often the
    /// threat is repeated.
    #[serde(default)]
    pub min_signals: std::collections::BTreeMap<Kind, u32>,
}

/// How much signal weight a kind needs when the pack does not say.
fn default_min_score(k: Kind) -> u32 {
    match k {
        // a closing threat (5) and a reason: no reply came (3)
        Kind::ClosingNotice => 8,
        Kind::ConfirmationRequest => 4,
        _ => 3,
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSignal {
    pub kind: Kind,
    pub weight: u32,
    #[serde(default, rename = "where")]
    pub place: Place,
    #[serde(default)]
    pub assertive: bool,
    /// How many sentences of one mail may add this signal's weight (default 2): 1 for a
    /// passing mention that says no more when repeated.
    #[serde(default)]
    pub max_hits: Option<u32>,
    /// The signal only names a party the state involves (the partner, a former employer), it
    /// does not say the state holds: an on_hold made of such signals alone does not make an
    /// ask about the partner a hold's question.
    #[serde(default)]
    pub names_only: bool,
    pub patterns: Vec<String>,
    /// A sentence matching one of these does not count for this signal, whatever else it
    /// matches ("the other account will be closed" is not the case closing).
    #[serde(default)]
    pub unless: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    #[default]
    Body,
    Subject,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Case,
    Certification,
    Badge,
    Training,
    Account,
    Marketing,
    /// The vendor's support for its other programs (same shape, not this profile's cases).
    OtherCases,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    Email,
    SupportCenter,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::SupportCenter => "support_center",
        }
    }
    pub fn parse(s: &str) -> Option<Channel> {
        match s {
            "email" => Some(Channel::Email),
            "support_center" => Some(Channel::SupportCenter),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The compiled form.

#[derive(Debug, Clone)]
pub struct Profile {
    pub id: String,
    pub name: String,
    pub trusted_domains: Vec<String>,
    pub brand_words: Vec<String>,
    pub support_center_url: Option<String>,
    pub reply_subject: String,
    pub after_merge_checklist: Vec<String>,
    pub before_merge_checklist: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Sender {
    /// The address, lower case; `*` matches any run of characters (matched through
    /// [`RuleSet::sender_set`]).
    pub address: String,
    pub role: Role,
    pub channel: Option<Channel>,
    pub requires_case_id: bool,
    pub shared: bool,
}

#[derive(Debug, Clone)]
pub struct Signal {
    pub kind: Kind,
    pub weight: u32,
    pub place: Place,
    pub assertive: bool,
    /// How many sentences of one mail may add its weight.
    pub max_hits: u32,
    pub names_only: bool,
    /// See [`RawSignal::unless`].
    pub unless: Option<Regex>,
}

/// One compiled pack. A clone shares the compiled automata and starts with empty match
/// caches (each `Regex` clone gets its own cache pool): the daemon classifies each pass with a
/// clone and drops it, so the caches' memory is not held while it idles.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub profile: Profile,
    pub senders: Vec<Sender>,
    /// Every sender's address glob in one set (entry i is `senders[i]`): one automaton instead
    /// of one compiled regex per sender, which would stay resident for nothing.
    pub sender_set: LiteralSet,
    pub case_in_subject: Vec<Capture>,
    pub case_in_body: Vec<Capture>,
    pub candidate: Regex,
    pub support_center_link: Option<Regex>,
    /// Any of the pack's "cannot reply by email" phrases, as one alternation.
    pub no_email_reply: Option<Regex>,
    /// Any of the markers after which the text is the customer's own, as one alternation.
    pub customer_text_markers: Option<Regex>,
    pub support_text_starts: Option<Regex>,
    /// `case_in_body` as a set: which of them can match, in one pass.
    pub case_in_body_set: LiteralSet,
    pub account_label: Capture,
    pub account_listing_kind: Kind,
    pub login_email: Regex,
    pub training_email: Regex,
    pub certification_email: Regex,
    pub proposed_keep: Vec<Capture>,
    pub deadline: Vec<Capture>,
    pub default_kind: Kind,
    pub signals: Vec<Signal>,
    /// Every body-signal pattern in one set: one search per sentence says which signals it
    /// matches (only the patterns whose literals occur in it run). `body_owner[i]` is the
    /// signal (index into `signals`) of set entry i.
    pub body_set: LiteralSet,
    pub body_owner: Vec<usize>,
    /// Every subject-signal pattern in one set, the same way (`subject_owner[i]` is the signal).
    pub subject_set: LiteralSet,
    pub subject_owner: Vec<usize>,
    pub asks_set: LiteralSet,
    pub conditional_set: LiteralSet,
    pub invitation_set: LiteralSet,
    /// Any of the pack's `not_asks`, as one alternation (its matches are blanked out before a
    /// sentence is checked for a request that still asks).
    pub not_asks: Option<Regex>,
    pub needs: Option<LiteralSet>,
    pub reply_directive: Option<LiteralSet>,
    pub otherwise: Option<LiteralSet>,
    pub self_answered: Option<LiteralSet>,
    pub signoff: Option<LiteralSet>,
    pub boilerplate: Option<LiteralSet>,
    pub no_reply_needed: Option<LiteralSet>,
    pub hold_released: Option<LiteralSet>,
    pub hold_pending: Option<LiteralSet>,
    pub still_open: Option<LiteralSet>,
    pub reopened: Option<LiteralSet>,
    pub duplicate_closed: Option<LiteralSet>,
    /// A plain regex: it reads support's whole text once (the regex crate's literal prefilter
    /// skips to its few words), not sentence by sentence as the hub's sets do.
    pub see_subject: Option<Regex>,
    pub hold_ask: Option<LiteralSet>,
    pub third_parties: Option<LiteralSet>,
    pub reminder: Option<LiteralSet>,
    pub consent_close: Option<LiteralSet>,
    pub proposal: Option<LiteralSet>,
    pub sufficiency: Option<LiteralSet>,
    pub listing_reported: Option<LiteralSet>,
    /// `profile.other_services` and `profile.scope`, asked about a subject and a mail's text.
    pub other_services: Option<Regex>,
    pub scope: Option<Regex>,
    pub requests: Vec<Request>,
    pub topics: Vec<Topic>,
    /// Every topic's patterns in one alternation, one capture group per topic (in pack order):
    /// one pass finds the topic mentioned first.
    pub topic_any: Option<Regex>,
    pub min_score: std::collections::BTreeMap<Kind, u32>,
    pub min_signals: std::collections::BTreeMap<Kind, u32>,
}

/// A pack pattern read for its first capture group: a case number, an account number, days.
///
/// Built without the one-pass DFA the `regex` crate builds for every regex with groups that
/// allows one: it only speeds up anchored searches, which casewatch never runs, and for a
/// bounded repetition of a Unicode class it is large (`ids.case_in_body`'s `[^.\n()]{0,60}`:
/// 530 KiB), resident for as long as the daemon runs. A clone shares the automata and starts
/// with an empty match cache, as a `Regex` clone does.
#[derive(Debug, Clone)]
pub struct Capture {
    re: regex_automata::meta::Regex,
}

/// Where a [`Capture`] matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Captured<'h> {
    /// The whole match.
    pub start: usize,
    pub end: usize,
    /// The first capture group: where it starts, and its text.
    pub value_start: usize,
    pub value: &'h str,
}

impl Capture {
    /// The leftmost match, if its first group took part.
    pub fn first<'h>(&self, hay: &'h str) -> Option<Captured<'h>> {
        Self::captured(hay, self.re.captures_iter(hay).next()?)
    }

    /// Every match whose first group took part, left to right.
    pub fn all<'r, 'h>(&'r self, hay: &'h str) -> impl Iterator<Item = Captured<'h>> + use<'r, 'h> {
        self.re
            .captures_iter(hay)
            .filter_map(move |c| Self::captured(hay, c))
    }

    fn captured(hay: &str, c: regex_automata::util::captures::Captures) -> Option<Captured<'_>> {
        let whole = c.get_match()?;
        let group = c.get_group(1)?;
        Some(Captured {
            start: whole.start(),
            end: whole.end(),
            value_start: group.start,
            value: &hay[group.range()],
        })
    }
}

/// A compiled `[[topics]]` entry.
#[derive(Debug, Clone)]
pub struct Topic {
    pub id: String,
    pub name: String,
}

/// A compiled `[[requests]]` entry.
#[derive(Debug, Clone)]
pub struct Request {
    pub kind: Kind,
    pub pattern: Regex,
    /// Asks for what identifies the accounts (see [`RawRequest::identifies`]).
    pub identifies: bool,
    /// See [`RawRequest::antecedent`].
    pub antecedent: bool,
    /// See [`RawRequest::unless`].
    pub unless: Option<Regex>,
}

impl Request {
    /// Whether an asking sentence asks for this request.
    pub fn asks(&self, sentence: &str) -> bool {
        self.pattern.is_match(sentence)
            && !self.unless.as_ref().is_some_and(|u| u.is_match(sentence))
    }
}

impl RuleSet {
    /// The built-in AWS T&C pack.
    pub fn builtin() -> RuleSet {
        // Compiled once per process; a clone shares the compiled automata (a config reloaded
        // on SIGHUP does not compile it again).
        static BUILTIN: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                RuleSet::from_toml_str("builtin:aws-training-certification", BUILTIN_AWS_TC)
                    .expect("the built-in rule pack compiles (checked by a unit test)")
            })
            .clone()
    }

    /// Parses and compiles a pack. `origin` names it in errors (a path, or `builtin:…`).
    pub fn from_toml_str(origin: &str, text: &str) -> Result<RuleSet, RuleError> {
        let raw: RulePack = toml::from_str(text).map_err(|source| RuleError::Toml {
            pack: origin.to_string(),
            source,
        })?;
        let compiler = Compiler {
            pack: origin,
            hub: Default::default(),
            paragraphs: Default::default(),
        };
        let set = compiler.compile(raw)?;
        for hub in [compiler.hub, compiler.paragraphs] {
            hub.into_inner().finish().map_err(|e| RuleError::Invalid {
                pack: origin.to_string(),
                key: "(all patterns)".into(),
                message: format!("the literal scanner does not build: {}", e.0),
            })?;
        }
        Ok(set)
    }

    /// The sender entry for an address, first match wins.
    pub fn sender(&self, email: &str) -> Option<&Sender> {
        let first = *self.sender_set.matches(email).first()?;
        self.senders.get(first)
    }

    /// The subject signals (indices into `signals`, in pack order) that `subject` matches.
    pub fn subject_signals(&self, subject: &str) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for i in self.subject_set.matches(subject) {
            let si = self.subject_owner[i];
            if out.last() != Some(&si) {
                out.push(si);
            }
        }
        out
    }

    /// True when `domain` is one of the vendor's domains or a subdomain of one.
    pub fn is_trusted_domain(&self, domain: &str) -> bool {
        self.profile
            .trusted_domains
            .iter()
            .any(|t| crate::core::auth::within(domain, t))
    }

    /// The signal weight `kind` needs to decide a mail.
    pub fn min_score(&self, kind: Kind) -> u32 {
        self.min_score
            .get(&kind)
            .copied()
            .unwrap_or_else(|| default_min_score(kind))
    }

    /// The topic of a case mail: the first `[[topics]]` entry its subject matches, else the
    /// topic the text mentions first (the form's inquiry type leads the person's text).
    pub fn topic_of(&self, subject: &str, text: &str) -> Option<&Topic> {
        let any = self.topic_any.as_ref()?;
        let first = |hay: &str| {
            let caps = any.captures(hay)?;
            (1..caps.len())
                .find(|&g| caps.get(g).is_some())
                .and_then(|g| self.topics.get(g - 1))
        };
        first(subject).or_else(|| first(text))
    }

    /// A topic's name for people ("account merge"), or the id when the pack has no such topic.
    pub fn topic_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.topics
            .iter()
            .find(|t| t.id == id)
            .map_or(id, |t| t.name.as_str())
    }

    /// How many different signals must agree before `kind` decides a mail.
    pub fn min_signals(&self, kind: Kind) -> u32 {
        self.min_signals.get(&kind).copied().unwrap_or(1)
    }

    /// Where a console case is answered.
    pub fn support_url(&self, case: &str) -> Option<String> {
        self.profile
            .support_center_url
            .as_ref()
            .map(|u| u.replace("{case}", case))
    }
}

/// How large one compiled pack pattern may grow: the same for [`Compiler::re`] and
/// [`Compiler::capture`], which build it with the same syntax (case-insensitive, multi-line).
const PATTERN_SIZE_LIMIT: usize = 1 << 22;

struct Compiler<'a> {
    pack: &'a str,
    /// Every literal set of the pack asked about sentences, scanned for in one pass per
    /// sentence.
    hub: std::cell::RefCell<crate::core::litset::Hub>,
    /// The sets asked about whole paragraphs or texts (boilerplate, case numbers in the body):
    /// scanning a paragraph for the sentence sets' ~2,000 literals too cost twice what scanning
    /// it for its own did, and no sentence set asks about the same text.
    paragraphs: std::cell::RefCell<crate::core::litset::Hub>,
}

/// What notifications and the reply advice say about the vendor.
fn profile(p: &RawProfile) -> Profile {
    Profile {
        id: p.id.clone(),
        name: p.name.clone(),
        trusted_domains: lower(&p.trusted_domains),
        brand_words: lower(&p.brand_words),
        support_center_url: p.support_center_url.clone(),
        reply_subject: p
            .reply_subject
            .clone()
            .unwrap_or_else(|| "RE: {subject}".into()),
        after_merge_checklist: p.after_merge_checklist.clone(),
        before_merge_checklist: p.before_merge_checklist.clone(),
    }
}

impl Compiler<'_> {
    fn re(&self, key: &str, pattern: &str) -> Result<Regex, RuleError> {
        RegexBuilder::new(&ascii_classes(pattern))
            .case_insensitive(true)
            .multi_line(true)
            .size_limit(PATTERN_SIZE_LIMIT)
            .build()
            .map_err(|e| RuleError::Pattern {
                pack: self.pack.to_string(),
                key: key.to_string(),
                pattern: pattern.to_string(),
                source: Box::new(e),
            })
    }

    /// A set of patterns ([`LiteralSet`]: only the patterns whose literals occur in a text run
    /// on it). When it does not compile, its patterns are compiled one by one to name the one
    /// at fault; the set as a whole can also be too big.
    /// The set is asked about one sentence at a time: `^` and `$` are its ends ([`sentence`]).
    fn literal_set(&self, key: &str, patterns: &[&str]) -> Result<LiteralSet, RuleError> {
        self.literal_set_in(&self.hub, key, patterns)
    }

    /// [`Compiler::literal_set`] in the given hub (the paragraphs' hub reads `^` and `$` at
    /// every line's ends).
    fn literal_set_in(
        &self,
        hub: &std::cell::RefCell<crate::core::litset::Hub>,
        key: &str,
        patterns: &[&str],
    ) -> Result<LiteralSet, RuleError> {
        let sentences = std::ptr::eq(hub, &self.hub);
        let converted: Vec<String> = patterns
            .iter()
            .map(|p| {
                let p = ascii_classes(p);
                if sentences {
                    sentence(&p)
                } else {
                    p
                }
            })
            .collect();
        let built = hub.borrow_mut().add(&converted, 1 << 24);
        built.map_err(|e| {
            patterns
                .iter()
                .find_map(|p| self.re(key, p).err())
                .unwrap_or_else(|| RuleError::Invalid {
                    pack: self.pack.to_string(),
                    key: key.to_string(),
                    message: format!("the set of all its patterns does not compile: {}", e.0),
                })
        })
    }

    /// Like [`Compiler::any`], for patterns only ever asked whether any matches.
    fn any_set(&self, key: &str, patterns: &[String]) -> Result<Option<LiteralSet>, RuleError> {
        self.any_set_in(&self.hub, key, patterns)
    }

    /// [`Compiler::any_set`] in the given hub.
    fn any_set_in(
        &self,
        hub: &std::cell::RefCell<crate::core::litset::Hub>,
        key: &str,
        patterns: &[String],
    ) -> Result<Option<LiteralSet>, RuleError> {
        if patterns.is_empty() {
            return Ok(None);
        }
        let refs: Vec<&str> = patterns.iter().map(String::as_str).collect();
        self.literal_set_in(hub, key, &refs).map(Some)
    }

    /// One regex matching any of `patterns` (each is checked on its own first, so an error
    /// names the pattern at fault).
    fn any(&self, key: &str, patterns: &[String]) -> Result<Option<Regex>, RuleError> {
        self.any_as(key, patterns, |p| format!("(?:{p})"))
    }

    /// [`Compiler::any`] for patterns asked about one sentence at a time ([`sentence`]).
    fn any_sentence(&self, key: &str, patterns: &[String]) -> Result<Option<Regex>, RuleError> {
        self.any_as(key, patterns, sentence)
    }

    /// One regex matching any of `patterns`, each made a group by `group`.
    fn any_as(
        &self,
        key: &str,
        patterns: &[String],
        group: impl Fn(&str) -> String,
    ) -> Result<Option<Regex>, RuleError> {
        self.res(key, patterns)?;
        if patterns.is_empty() {
            return Ok(None);
        }
        let joined = patterns
            .iter()
            .map(|p| group(p))
            .collect::<Vec<_>>()
            .join("|");
        self.re(key, &joined).map(Some)
    }

    fn res(&self, key: &str, patterns: &[String]) -> Result<Vec<Regex>, RuleError> {
        patterns.iter().map(|p| self.re(key, p)).collect()
    }

    /// Patterns whose first capture group is the value we want.
    fn captures(&self, key: &str, patterns: &[String]) -> Result<Vec<Capture>, RuleError> {
        patterns.iter().map(|p| self.capture(key, p)).collect()
    }

    /// One pattern whose first capture group is the value we want.
    fn capture(&self, key: &str, pattern: &str) -> Result<Capture, RuleError> {
        let built = regex_automata::meta::Builder::new()
            .syntax(
                regex_automata::util::syntax::Config::new()
                    .case_insensitive(true)
                    .multi_line(true),
            )
            .configure(
                regex_automata::meta::Config::new()
                    .nfa_size_limit(Some(PATTERN_SIZE_LIMIT))
                    .onepass(false),
            )
            .build(&ascii_classes(pattern));
        let re = match built {
            Ok(re) => re,
            // the regex crate's error says what is wrong with the pattern, and where
            Err(e) => {
                return Err(self.re(key, pattern).err().unwrap_or_else(|| {
                    self.invalid(key, format!("pattern {pattern:?} does not compile: {e}"))
                }))
            }
        };
        if re.group_info().group_len(regex_automata::PatternID::ZERO) < 2 {
            return Err(self.invalid(key, format!("pattern {pattern:?} needs one capture group")));
        }
        Ok(Capture { re })
    }

    fn invalid(&self, key: &str, message: String) -> RuleError {
        RuleError::Invalid {
            pack: self.pack.to_string(),
            key: key.to_string(),
            message,
        }
    }

    /// The known senders, and one set of their address globs (`*` matches any run).
    fn senders(&self, raw: &[RawSender]) -> Result<(Vec<Sender>, LiteralSet), RuleError> {
        let globs: Vec<String> = raw
            .iter()
            .map(|s| {
                format!(
                    "^{}$",
                    regex::escape(&s.address.to_ascii_lowercase()).replace(r"\*", ".*")
                )
            })
            .collect();
        let set = self.literal_set(
            "senders.address",
            &globs.iter().map(String::as_str).collect::<Vec<_>>(),
        )?;
        let senders = raw
            .iter()
            .map(|s| Sender {
                address: s.address.to_ascii_lowercase(),
                role: s.role,
                channel: s.channel,
                requires_case_id: s.requires_case_id,
                shared: s.shared,
            })
            .collect();
        Ok((senders, set))
    }

    fn signals(&self, raw: &[RawSignal]) -> Result<Vec<Signal>, RuleError> {
        raw.iter()
            .map(|s| {
                if s.patterns.is_empty() {
                    return Err(self.invalid("signals.patterns", "must not be empty".into()));
                }
                Ok(Signal {
                    kind: s.kind,
                    weight: s.weight,
                    place: s.place,
                    assertive: s.assertive,
                    max_hits: s.max_hits.unwrap_or(2),
                    names_only: s.names_only,
                    unless: self.any_sentence("signals.unless", &s.unless)?,
                })
            })
            .collect()
    }

    /// Every pattern of the signals read in `place`, in one set, with the signal each belongs to.
    fn signal_set(
        &self,
        raw: &[RawSignal],
        place: Place,
    ) -> Result<(LiteralSet, Vec<usize>), RuleError> {
        let mut patterns = Vec::new();
        let mut owner = Vec::new();
        for (si, sig) in raw.iter().enumerate() {
            if sig.place == place {
                for p in &sig.patterns {
                    patterns.push(p.as_str());
                    owner.push(si);
                }
            }
        }
        Ok((self.literal_set("signals.patterns", &patterns)?, owner))
    }

    fn requests(&self, raw: &[RawRequest]) -> Result<Vec<Request>, RuleError> {
        raw.iter()
            .map(|r| {
                if !matches!(
                    r.kind,
                    Kind::ConfirmationRequest | Kind::OnHold | Kind::InfoRequest
                ) {
                    return Err(self.invalid(
                        "requests.kind",
                        format!(
                            "{} is not a request (confirmation_request, info_request, on_hold)",
                            r.kind
                        ),
                    ));
                }
                let pattern = self
                    .any_sentence("requests.patterns", &r.patterns)?
                    .ok_or_else(|| self.invalid("requests.patterns", "must not be empty".into()))?;
                Ok(Request {
                    kind: r.kind,
                    pattern,
                    identifies: r.identifies && r.kind == Kind::InfoRequest,
                    antecedent: r.antecedent,
                    unless: self.any_sentence("requests.unless", &r.unless)?,
                })
            })
            .collect()
    }

    /// The topics, and one regex whose capture group `i + 1` is topic `i`.
    fn topics(&self, raw: &[RawTopic]) -> Result<(Vec<Topic>, Option<Regex>), RuleError> {
        let topics = raw
            .iter()
            .map(|t| {
                // Each pattern on its own first, so that an error names it.
                self.res("topics.patterns", &t.patterns)?;
                if t.patterns.is_empty() {
                    return Err(self.invalid("topics.patterns", "must not be empty".into()));
                }
                Ok(Topic {
                    id: t.id.clone(),
                    name: t.name.clone(),
                })
            })
            .collect::<Result<Vec<_>, RuleError>>()?;
        if raw.is_empty() {
            return Ok((topics, None));
        }
        let groups: Vec<String> = raw
            .iter()
            .map(|t| {
                let alts: Vec<String> = t.patterns.iter().map(|p| format!("(?:{p})")).collect();
                format!("({})", alts.join("|"))
            })
            .collect();
        Ok((topics, Some(self.re("topics.patterns", &groups.join("|"))?)))
    }

    fn compile(&self, raw: RulePack) -> Result<RuleSet, RuleError> {
        if raw.profile.id.trim().is_empty() {
            return Err(self.invalid("profile.id", "must not be empty".into()));
        }
        let (senders, sender_set) = self.senders(&raw.senders)?;
        let signals = self.signals(&raw.signals)?;
        let (body_set, body_owner) = self.signal_set(&raw.signals, Place::Body)?;
        let (subject_set, subject_owner) = self.signal_set(&raw.signals, Place::Subject)?;
        let st = &raw.structure;
        let asks_set = self.literal_set(
            "structure.asks",
            &st.asks
                .iter()
                .chain(&st.sufficiency)
                .map(String::as_str)
                .collect::<Vec<_>>(),
        )?;
        let conditional_set = self.literal_set(
            "structure.conditional",
            &st.conditional
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        )?;
        fn strs(v: &[String]) -> Vec<&str> {
            v.iter().map(String::as_str).collect()
        }
        let invitation_set = self.literal_set("structure.invitation", &strs(&st.invitation))?;
        let not_asks = self.any_sentence("structure.not_asks", &st.not_asks)?;
        // A sign-off is a whole line.
        let signoff: Vec<String> = st.signoff.iter().map(|p| format!("^(?:{p})$")).collect();
        let requests = self.requests(&raw.requests)?;
        let (topics, topic_any) = self.topics(&raw.topics)?;
        let account_label = self.capture("structure.account_label", &st.account_label)?;
        Ok(RuleSet {
            profile: profile(&raw.profile),
            senders,
            sender_set,
            case_in_subject: self.captures("ids.case_in_subject", &raw.ids.case_in_subject)?,
            case_in_body: self.captures("ids.case_in_body", &raw.ids.case_in_body)?,
            candidate: self.re("ids.candidate", &raw.ids.candidate)?,
            support_center_link: raw
                .ids
                .support_center_link
                .as_deref()
                .map(|p| self.re("ids.support_center_link", p))
                .transpose()?,
            no_email_reply: self.any("ids.no_email_reply", &raw.ids.no_email_reply)?,
            customer_text_markers: self
                .any("structure.customer_text_markers", &st.customer_text_markers)?,
            support_text_starts: self
                .any("structure.support_text_starts", &st.support_text_starts)?,
            case_in_body_set: self.literal_set_in(
                &self.paragraphs,
                "ids.case_in_body",
                &raw.ids
                    .case_in_body
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>(),
            )?,
            account_label,
            account_listing_kind: st.account_listing_kind,
            login_email: self.re("structure.login_email", &st.login_email)?,
            training_email: self.re("structure.training_email", &st.training_email)?,
            certification_email: self
                .re("structure.certification_email", &st.certification_email)?,
            proposed_keep: self.captures("structure.proposed_keep", &st.proposed_keep)?,
            deadline: self.captures("structure.deadline", &st.deadline)?,
            default_kind: raw.classify.default_kind,
            min_score: raw.classify.min_score.clone(),
            min_signals: raw.classify.min_signals.clone(),
            invitation_set,
            needs: self.any_set("structure.needs", &st.needs)?,
            reply_directive: self.any_set("structure.reply_directive", &st.reply_directive)?,
            otherwise: self.any_set("structure.otherwise", &st.otherwise)?,
            self_answered: self.any_set("structure.self_answered", &st.self_answered)?,
            not_asks,
            signoff: self.any_set("structure.signoff", &signoff)?,
            boilerplate: self.any_set_in(
                &self.paragraphs,
                "structure.boilerplate",
                &st.boilerplate,
            )?,
            no_reply_needed: self.any_set("structure.no_reply_needed", &st.no_reply_needed)?,
            hold_released: self.any_set("structure.hold_released", &st.hold_released)?,
            hold_pending: self.any_set("structure.hold_pending", &st.hold_pending)?,
            still_open: self.any_set("structure.still_open", &st.still_open)?,
            reopened: self.any_set("structure.reopened", &st.reopened)?,
            duplicate_closed: self.any_set("structure.duplicate_closed", &st.duplicate_closed)?,
            see_subject: self.any("structure.see_subject", &st.see_subject)?,
            hold_ask: self.any_set("structure.hold_ask", &st.hold_ask)?,
            third_parties: self.any_set("structure.third_parties", &st.third_parties)?,
            reminder: self.any_set("structure.reminder", &st.reminder)?,
            consent_close: self.any_set("structure.consent_close", &st.consent_close)?,
            proposal: self.any_set("structure.proposal", &st.proposal)?,
            sufficiency: self.any_set("structure.sufficiency", &st.sufficiency)?,
            listing_reported: self.any_set("structure.listing_reported", &st.listing_reported)?,
            other_services: self.any("profile.other_services", &raw.profile.other_services)?,
            scope: self.any("profile.scope", &raw.profile.scope)?,
            requests,
            topics,
            topic_any,
            signals,
            body_set,
            body_owner,
            subject_set,
            subject_owner,
            asks_set,
            conditional_set,
        })
    }
}

/// A pattern read against one sentence: `^` and `$` match at the sentence's ends only. Patterns
/// compile multi-line (a line-level marker needs it), but plain-text mail is hard-wrapped, and a
/// sentence's wrapped line starting "until …" or "say the word …" is no sentence opening.
/// For the same reason a space written in such a pattern matches any white space: "let me
/// know" matches "let me\nknow".
fn sentence(pattern: &str) -> String {
    let out = rewrite(pattern, |out, piece, in_brackets| match piece {
        Piece::Plain(' ') if !in_brackets => out.push_str(r"(?-u:\s)"),
        Piece::Plain(c) => out.push(c),
        Piece::Escaped(n) => {
            out.push('\\');
            out.extend(n);
        }
    });
    format!("(?-m:{out})")
}

/// A character of a pattern as [`rewrite`] hands it on: plain, or the one after a backslash
/// (`None` for a backslash that ends the pattern).
enum Piece {
    Plain(char),
    Escaped(Option<char>),
}

/// A pattern rewritten piece by piece: `each` writes what stands for each character outside
/// the brackets of a class and inside one (`[`, `]` themselves are copied), and for each escape
/// (which no bracket counting looks into).
fn rewrite(pattern: &str, mut each: impl FnMut(&mut String, Piece, bool)) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    let mut depth = 0usize; // inside how many `[...]`
    while let Some(c) = chars.next() {
        match c {
            '\\' => each(&mut out, Piece::Escaped(chars.next()), depth > 0),
            '[' => {
                depth += 1;
                out.push(c);
            }
            ']' if depth > 0 => {
                depth -= 1;
                out.push(c);
            }
            _ => each(&mut out, Piece::Plain(c), depth > 0),
        }
    }
    out
}

/// A pattern of the code's own (quoted-history markers, sentence and form structure), compiled
/// once per process with the Perl classes as ASCII, as the pack's are: smaller automata, and
/// smaller match caches, which such a pattern keeps for as long as the daemon runs.
pub(crate) fn static_re(pattern: &str) -> Regex {
    Regex::new(&ascii_classes(pattern)).expect("static pattern")
}

/// The Perl classes as ASCII: `\b` `\B` `\d` `\D` `\s` `\S` `\w` `\W` outside brackets become
/// `(?-u:…)`; `\d` `\s` `\w` inside brackets become their ASCII ranges. The text is
/// NFKC-normalised first (full-width digits and spaces are ASCII by then), and every boundary
/// and class in a pack sits next to English words or digits. Unicode `\b` keeps the regex crate
/// off its fast DFA on non-ASCII text (every Japanese mail), and Unicode `\w` / `\d` / `\s`
/// make automata several times larger, resident for as long as the daemon runs. `\p{…}`
/// remains for the rare pattern that needs a Unicode class.
fn ascii_classes(pattern: &str) -> String {
    rewrite(pattern, |out, piece, in_brackets| match piece {
        // (the negated ones stay Unicode: as ASCII they would match any byte outside the
        // class, invalid UTF-8 too, which a `&str` pattern may not)
        Piece::Escaped(Some(n @ ('b' | 'd' | 's' | 'w'))) if !in_brackets => {
            out.push_str("(?-u:\\");
            out.push(n);
            out.push(')');
        }
        Piece::Escaped(Some('d')) => out.push_str("0-9"),
        Piece::Escaped(Some('s')) => out.push_str("\\t\\n\\x0B\\x0C\\r "),
        Piece::Escaped(Some('w')) => out.push_str("0-9A-Za-z_"),
        Piece::Escaped(n) => {
            out.push('\\');
            out.extend(n);
        }
        Piece::Plain(c) => out.push(c),
    })
}

fn lower(v: &[String]) -> Vec<String> {
    v.iter().map(|s| s.trim().to_ascii_lowercase()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_pack_compiles() {
        let r = RuleSet::builtin();
        assert_eq!(r.profile.id, "aws-tc");
        assert!(r
            .sender("aws-cs-trainingcertification-form@amazon.com")
            .is_some());
        // another program's support form: the vendor's, but not a T&C case
        assert_eq!(
            r.sender("aws-cs-educate-form@amazon.com").map(|s| s.role),
            Some(Role::OtherCases)
        );
        assert!(r.sender("someone@gmail.com").is_none());
        assert!(r.is_trusted_domain("email.amazon.com"));
        assert!(!r.is_trusted_domain("amazon-certsupport.com"));
        assert!(!r.is_trusted_domain("notamazon.com"));
    }

    #[test]
    fn perl_classes_become_ascii_but_escapes_survive() {
        assert_eq!(
            ascii_classes(r"\bcase\s+\\b\d{2}\W"),
            r"(?-u:\b)case(?-u:\s)+\\b(?-u:\d){2}\W"
        );
        assert_eq!(
            ascii_classes(r"[^\s<>\]]\w*[\d:]\\[x]"),
            r"[^\t\n\x0B\x0C\r <>\]](?-u:\w)*[0-9:]\\[x]"
        );
        let r = Regex::new(&ascii_classes(r"^[^\s<>]+\s\d$")).unwrap();
        assert!(r.is_match("https://x 7") && !r.is_match("https://x ７"));
        let r = RuleSet::builtin();
        let hit: Vec<Kind> = r
            .body_set
            .matches("I have successfully merged")
            .into_iter()
            .map(|i| r.signals[r.body_owner[i]].kind)
            .collect();
        assert!(hit.contains(&Kind::Resolved), "{hit:?}");
    }

    /// A [`Capture`] (no one-pass DFA) finds what the `regex` crate's captures find, on every
    /// line of the development corpora; a pattern without a group is refused with its key.
    #[test]
    fn captures_answer_like_the_regex_crate() {
        let raw: RulePack = toml::from_str(BUILTIN_AWS_TC).unwrap();
        let st = &raw.structure;
        let patterns: Vec<&String> = raw
            .ids
            .case_in_subject
            .iter()
            .chain(&raw.ids.case_in_body)
            .chain(&st.proposed_keep)
            .chain(&st.deadline)
            .chain([&st.account_label])
            .collect();
        let c = Compiler {
            pack: "test",
            hub: Default::default(),
            paragraphs: Default::default(),
        };
        let pairs: Vec<(Capture, Regex)> = patterns
            .iter()
            .map(|p| (c.capture("k", p).unwrap(), c.re("k", p).unwrap()))
            .collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut found = 0;
        for dir in ["tests/corpora/blind-1", "tests/fixtures/mail"] {
            for e in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = e.unwrap().path();
                if path.extension().is_none_or(|x| x != "eml") {
                    continue;
                }
                let Ok(mail) = crate::core::mail::Mail::parse(&std::fs::read(&path).unwrap())
                else {
                    continue;
                };
                for (cap, re) in &pairs {
                    for hay in [mail.subject.as_str(), mail.text.as_str()] {
                        let want: Vec<(usize, usize, usize, &str)> = re
                            .captures_iter(hay)
                            .filter_map(|m| {
                                let (w, g) = (m.get(0)?, m.get(1)?);
                                Some((w.start(), w.end(), g.start(), g.as_str()))
                            })
                            .collect();
                        let got: Vec<(usize, usize, usize, &str)> = cap
                            .all(hay)
                            .map(|m| (m.start, m.end, m.value_start, m.value))
                            .collect();
                        assert_eq!(got, want, "{path:?}");
                        found += got.len();
                    }
                }
            }
        }
        assert!(found > 100, "only {found} matches");
        let e = c.capture("ids.case_in_body", r"case \d+").unwrap_err();
        assert!(e.to_string().contains("needs one capture group"), "{e}");
        let e = c.capture("ids.case_in_body", r"case (\d+").unwrap_err();
        assert!(matches!(e, RuleError::Pattern { .. }), "{e}");
    }

    /// The body signals' literal-prefiltered set answers exactly what one `regex::RegexSet`
    /// over the same patterns answers, on every line of the development corpora.
    #[test]
    fn the_signal_set_answers_like_a_regex_set() {
        let raw: RulePack = toml::from_str(BUILTIN_AWS_TC).unwrap();
        let patterns: Vec<String> = raw
            .signals
            .iter()
            .filter(|s| s.place == Place::Body)
            .flat_map(|s| s.patterns.iter().map(|p| ascii_classes(p)))
            .collect();
        let set = regex::RegexSetBuilder::new(&patterns)
            .case_insensitive(true)
            .multi_line(true)
            .dfa_size_limit(8 << 20)
            .build()
            .unwrap();
        let rules = RuleSet::builtin();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut lines = 0;
        for dir in [
            "tests/corpora/blind-1",
            "tests/corpora/blind-2",
            "tests/fixtures/mail",
        ] {
            for e in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = e.unwrap().path();
                if path.extension().is_none_or(|x| x != "eml") {
                    continue;
                }
                let mail = crate::core::mail::Mail::parse(&std::fs::read(&path).unwrap());
                let Ok(mail) = mail else { continue };
                for line in mail.text.split(['\n', '.', '?', '。']) {
                    let want: Vec<usize> = set.matches(line).iter().collect();
                    assert_eq!(rules.body_set.matches(line), want, "{path:?}: {line:?}");
                    lines += 1;
                }
            }
        }
        assert!(lines > 5000, "only {lines} lines");
    }

    #[test]
    fn sentence_patterns_anchor_at_the_sentence_not_at_a_wrapped_line() {
        // A pack author's `^` and `$` in a pattern read against one sentence: hard-wrapped
        // plain text puts line breaks inside sentences.
        let pack = BUILTIN_AWS_TC
            .replacen("asks = [", "asks = [\n  '^say\\s+the\\s+word\\b',", 1)
            .replacen(
                "not_asks = [",
                "not_asks = [\n  '^whenever\\s+suits\\s+you$',",
                1,
            );
        assert_ne!(pack, BUILTIN_AWS_TC);
        let rules = RuleSet::from_toml_str("wrapped.toml", &pack).unwrap();
        assert!(rules.asks_set.is_match("Say the word and we merge them."));
        assert!(!rules
            .asks_set
            .is_match("If you ever want the old one back, just\nsay the word and I'll look."));
        let not_asks = rules.not_asks.as_ref().unwrap();
        assert!(not_asks.is_match("Whenever suits you"));
        assert!(!not_asks.is_match("Reply today, or\nwhenever suits you\nthis week."));
        // A space in such a pattern is any white space: the wrapped line breaks inside it.
        assert!(rules
            .asks_set
            .is_match("Then let me\nknow that it is done."));
        assert_eq!(sentence(r"a [ ,]b\ c"), r"(?-m:a(?-u:\s)[ ,]b\ c)");
        // Line-level patterns still read lines: a form's echoed heading sits on a line of its
        // own inside a longer text.
        let markers = rules.customer_text_markers.as_ref().unwrap();
        assert!(markers.is_match("Thanks for writing.\n\nCase details:\nInquiry type: merge"));
    }

    #[test]
    fn errors_name_the_pack_key_and_pattern() {
        let bad = BUILTIN_AWS_TC.replace(r"candidate = '\bAWS\d{8}\b'", "candidate = '(unclosed'");
        let err = RuleSet::from_toml_str("my.toml", &bad)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("my.toml") && err.contains("ids.candidate") && err.contains("(unclosed"),
            "{err}"
        );

        // A pattern compiled only as part of a set is named too.
        for (key, good) in [
            ("signals.patterns", r"'\bdetails of your case\b',"),
            ("structure.asks", "asks = ["),
        ] {
            let broken = format!("{good}\n  '(unclosed',");
            let bad = BUILTIN_AWS_TC.replacen(good, &broken, 1);
            assert_ne!(bad, BUILTIN_AWS_TC);
            let err = RuleSet::from_toml_str("my.toml", &bad)
                .unwrap_err()
                .to_string();
            assert!(
                err.contains(key) && err.contains("(unclosed") && !err.contains("set of all"),
                "{err}"
            );
        }

        let bad = BUILTIN_AWS_TC.replace("[profile]", "[profile]\nsurprise = 1");
        let err = RuleSet::from_toml_str("my.toml", &bad)
            .unwrap_err()
            .to_string();
        assert!(err.contains("surprise"), "{err}");
    }
}
