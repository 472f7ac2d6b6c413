//! Classification: what one mail means for the person's support case.
//!
//! Pure: `classify(&Mail, &[RuleSet], &Context) -> Classification`, in stages a reader can
//! follow:
//! 1. **gate** — who wrote it: the person (a reply), a sender posing as the vendor
//!    (suspicious), a vendor notice (certification, badge), or support-case mail;
//! 2. **segment** ([`crate::core::segment`]) — support's own words only: quoted history and
//!    the repeated form text are gone, then the sign-off, signature, survey/feedback and legal
//!    footers and link lists are set apart from the main body;
//! 3. **find asks** ([`crate::core::asks`]) — the main body's sentences that ask the person to
//!    reply, what each asks for, and the invitations that only look like asks;
//! 4. **decide** — one fixed order: a closing notice, a completion, an ask, a hold, an account
//!    listing, an acknowledgement, an update, a survey; evidence for the states comes from
//!    the pack's signals found in the main body;
//! 5. **extract** ([`crate::core::extract`]) — case number, candidate IDs, the account listing,
//!    the proposed account to keep, a closing deadline, the reply channel.
//!
//! Every decision carries the sentence that made it (`why`) and a `confidence`; [`explain`]
//! returns the whole trace (blocks, sentences, verdicts) for `casewatch scan --explain`.

use crate::core::addressee;
use crate::core::asks::{self, Ask, Verdict};
use crate::core::auth::{self, Authenticity};
use crate::core::extract;
use crate::core::litset::LiteralSet;
use crate::core::mail::{Address, Mail};
use crate::core::rules::{Channel, Role, RuleSet};
use crate::core::segment;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

/// What a message is. The strings are a public interface (JSON, database, rule packs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Acknowledgement,
    ConfirmationRequest,
    InfoRequest,
    OnHold,
    ClosingNotice,
    Resolved,
    Survey,
    Badge,
    Certification,
    UserReply,
    CaseUpdate,
    Suspicious,
    Unrelated,
}

impl Kind {
    pub const ALL: [Kind; 13] = [
        Kind::Acknowledgement,
        Kind::ConfirmationRequest,
        Kind::InfoRequest,
        Kind::OnHold,
        Kind::ClosingNotice,
        Kind::Resolved,
        Kind::Survey,
        Kind::Badge,
        Kind::Certification,
        Kind::UserReply,
        Kind::CaseUpdate,
        Kind::Suspicious,
        Kind::Unrelated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Acknowledgement => "acknowledgement",
            Kind::ConfirmationRequest => "confirmation_request",
            Kind::InfoRequest => "info_request",
            Kind::OnHold => "on_hold",
            Kind::ClosingNotice => "closing_notice",
            Kind::Resolved => "resolved",
            Kind::Survey => "survey",
            Kind::Badge => "badge",
            Kind::Certification => "certification",
            Kind::UserReply => "user_reply",
            Kind::CaseUpdate => "case_update",
            Kind::Suspicious => "suspicious",
            Kind::Unrelated => "unrelated",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Mail written by support in a case (as opposed to notices, the person's own, or noise).
    pub fn is_support_case_mail(self) -> bool {
        matches!(
            self,
            Kind::Acknowledgement
                | Kind::ConfirmationRequest
                | Kind::InfoRequest
                | Kind::OnHold
                | Kind::ClosingNotice
                | Kind::Resolved
                | Kind::Survey
                | Kind::CaseUpdate
        )
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One account in support's `Account #1` / `Account #2` listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Account {
    /// "Account #1"
    pub label: String,
    pub number: u32,
    pub candidate_id: Option<String>,
    pub login_email: Option<String>,
    pub training_email: Option<String>,
    pub certification_email: Option<String>,
    /// Every address in the block, in order of appearance.
    pub emails: Vec<String>,
    /// The messages (keys) these facts came from, oldest first (filled in by the case).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Classification {
    pub kind: Kind,
    /// The rule pack (profile id) that recognised it; empty for unrelated mail.
    pub profile: String,
    pub case: Option<String>,
    pub needs_reply: bool,
    pub candidate_ids: Vec<String>,
    pub why: String,
    pub authenticated: Authenticity,
    pub channel: Channel,
    pub support_url: Option<String>,
    pub accounts: Vec<Account>,
    /// The account number support proposes to keep (merge into).
    pub proposed_keep: Option<u32>,
    /// "within 3 business days": days to reply before the case is closed.
    pub deadline_days: Option<u32>,
    /// What support asked, in its own words (the asking sentences).
    pub asked: Option<String>,
    /// How sure the decision is, 0 to 1: 0.9 when a clear sentence or structure decided it,
    /// lower when only weak evidence did, 0.3 for support mail nothing recognisable was in.
    pub confidence: f32,
    /// What the case is about (a `[[topics]]` id of the pack: "account_merge", "voucher"…),
    /// for case mail whose subject or text says so.
    pub topic: Option<String>,
    /// Support says it closed this case as a duplicate (`structure.duplicate_closed`): the
    /// request goes on under another case.
    pub closed_as_duplicate: bool,
    /// That other case, when support's words name it.
    pub duplicate_of: Option<String>,
    /// A reminder of an earlier request that asks nothing new ("Case N is waiting for your
    /// response to our most recent message"; the pack's `reminder`, and no ask names one of the
    /// pack's requests): sent minutes after the person answered, it crossed the answer.
    pub reminder_only: bool,
}

/// Below this confidence, support mail on a case is "not sure whether a reply is needed".
pub const UNSURE: f32 = 0.5;

impl Classification {
    /// Support wrote on a case, and casewatch cannot tell whether they wait on a reply.
    pub fn unsure(&self) -> bool {
        self.kind.is_support_case_mail() && !self.needs_reply && self.confidence < UNSURE
    }
}

/// What classification needs to know beyond the mail itself.
#[derive(Debug, Default, Clone, Copy)]
pub struct Context<'a> {
    /// The person's own addresses, lower-case.
    pub me: &'a [String],
    /// The case this mail's In-Reply-To / References point at, when known.
    pub thread_case: Option<&'a str>,
    /// Fingerprints of lines support's earlier mails carried ([`segment::line_key`]): lines
    /// that recur in every mail are boilerplate, learned from the history.
    pub recurring: Option<&'a HashSet<u64>>,
}

/// Classifies `mail` with the first pack that recognises it.
pub fn classify(mail: &Mail, packs: &[RuleSet], ctx: &Context<'_>) -> Classification {
    let mut first = None;
    for rules in packs {
        let c = classify_with(mail, rules, ctx);
        if c.kind != Kind::Unrelated {
            return c;
        }
        first.get_or_insert(c);
    }
    first.unwrap_or_else(|| unrelated(mail, ctx, "", "no rule pack loaded".into()))
}

/// Classifies `mail` with one pack.
pub fn classify_with(mail: &Mail, rules: &RuleSet, ctx: &Context<'_>) -> Classification {
    run(mail, rules, ctx, None)
}

/// The whole trace of one classification, for `casewatch scan --explain`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Explanation {
    /// The gate's verdict on the sender.
    pub gate: String,
    /// Support's text, paragraph by paragraph, with its zone.
    pub blocks: Vec<ExplainedBlock>,
    /// Each sentence of the main body and what the request detector made of it.
    pub sentences: Vec<ExplainedSentence>,
    /// Evidence per kind from the pack's signals in the main body.
    pub evidence: BTreeMap<String, u32>,
    /// The decision and the rule of the decision order that made it.
    pub decision: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExplainedBlock {
    pub zone: &'static str,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExplainedSentence {
    pub sentence: String,
    pub verdict: String,
}

/// Classifies with the first pack that recognises the mail, and says how.
pub fn explain(mail: &Mail, packs: &[RuleSet], ctx: &Context<'_>) -> (Classification, Explanation) {
    let mut fallback = None;
    for rules in packs {
        let mut trace = Explanation::default();
        let c = run(mail, rules, ctx, Some(&mut trace));
        if c.kind != Kind::Unrelated {
            return (c, trace);
        }
        fallback.get_or_insert((c, trace));
    }
    fallback.unwrap_or_else(|| {
        let why = "no rule pack loaded".to_string();
        let trace = Explanation {
            gate: why.clone(),
            ..Default::default()
        };
        (unrelated(mail, ctx, "", why), trace)
    })
}

fn run(
    mail: &Mail,
    rules: &RuleSet,
    ctx: &Context<'_>,
    trace: Option<&mut Explanation>,
) -> Classification {
    // The person's old mailbox forwarding each mail on by a rule: what arrives is the original
    // sender's mail, not the person's (a forward the person writes stays theirs).
    // A mailing list's copy that rewrote the From to pass DMARC: the author's mail, when the
    // author's domain passed where the chain began ([`authenticity`]).
    if let Some(author) = mail.list_author.as_ref() {
        if authenticity(mail, author.domain(), ctx) == auth::Authenticity::Pass {
            let original = Mail {
                from: Some(author.clone()),
                list_author: None,
                ..mail.clone()
            };
            let mut c = run(&original, rules, ctx, trace);
            c.why = format!(
                "a copy from the list {} of {}'s mail: {}",
                mail.from.as_ref().map_or("", |f| f.email.as_str()),
                author.email,
                c.why
            );
            return c;
        }
    }
    let mine = |m: &Mail| m.from.as_ref().is_some_and(|f| written_by_me(f, ctx));
    if mine(mail) {
        if let Some(original) = mail.rule_forwarded().filter(|o| !mine(o)) {
            // Only the person's own server vouches for the original: a "forward" whose
            // sending domain failed authentication is someone posing as the person's mailbox.
            let from = mail.from.clone().unwrap_or_default();
            if authenticity(mail, from.domain(), ctx) == auth::Authenticity::Fail {
                let c = Classification {
                    kind: Kind::Suspicious,
                    ..unrelated(
                        mail,
                        ctx,
                        &rules.profile.id,
                        format!(
                            "claims to be a mail rule's forward from {}, but that address's domain did not authenticate it",
                            from.email
                        ),
                    )
                };
                if let Some(t) = trace {
                    t.gate = c.why.clone();
                    t.decision = format!("{}: {}", c.kind, c.why);
                }
                return c;
            }
            let mut c = run(&original, rules, ctx, trace);
            c.why = format!(
                "forwarded by a mail rule from {}: {}",
                mail.from.as_ref().map_or("", |f| f.email.as_str()),
                c.why
            );
            return c;
        }
    }
    let mut c = match gate(mail, rules, ctx) {
        Gate::Decided(c) => {
            if let Some(t) = trace {
                t.gate = c.why.clone();
                t.decision = format!("{}: {}", c.kind, c.why);
            }
            c
        }
        Gate::CaseMail {
            base,
            channel,
            from_support,
        } => judge_case_mail(mail, rules, ctx, (base, channel, from_support), trace),
    };
    if c.case.is_some() {
        c.topic = rules
            .topic_of(&mail.subject, &mail.new_text)
            .map(|t| t.id.clone());
    }
    c
}

/// How the `why` of mail in the person's own name that failed authentication starts (the
/// notification says so rather than "poses as support").
pub const POSES_AS_YOU: &str = "claims to be from you (";

/// The sender is one of the person's own addresses.
fn written_by_me(from: &Address, ctx: &Context<'_>) -> bool {
    !from.email.is_empty() && ctx.me.contains(&from.email)
}

/// The receiving server's verdict on `domain` for this mail ([`auth::verdict_sealed`]); the
/// ARC sealers trusted besides the large providers are the person's own domains.
fn authenticity(mail: &Mail, domain: &str, ctx: &Context<'_>) -> auth::Authenticity {
    auth::verdict_sealed(&mail.authentication_results, &mail.arc, domain, |sealer| {
        auth::TRUSTED_SEALERS
            .iter()
            .any(|t| auth::within(sealer, t))
            || ctx.me.iter().any(|a| {
                a.rsplit_once('@')
                    .is_some_and(|(_, own)| auth::within(sealer, own))
            })
    })
}

fn unrelated(mail: &Mail, ctx: &Context<'_>, profile: &str, why: String) -> Classification {
    let domain = mail.from.as_ref().map(|f| f.domain()).unwrap_or_default();
    judged_unrelated(profile, why, authenticity(mail, domain, ctx))
}

/// [`unrelated`], with the sender's authenticity already read.
fn judged_unrelated(
    profile: &str,
    why: String,
    authenticated: auth::Authenticity,
) -> Classification {
    Classification {
        kind: Kind::Unrelated,
        profile: profile.to_string(),
        case: None,
        needs_reply: false,
        candidate_ids: vec![],
        why,
        authenticated,
        channel: Channel::Email,
        support_url: None,
        accounts: vec![],
        proposed_keep: None,
        deadline_days: None,
        asked: None,
        confidence: 0.9,
        topic: None,
        closed_as_duplicate: false,
        duplicate_of: None,
        reminder_only: false,
    }
}

// ---------------------------------------------------------------------------------------------
// Stage 1: the gate.

enum Gate {
    /// Not support-case mail: the answer is known.
    Decided(Classification),
    /// Support-case mail, to be read. `channel` is the sender's configured reply channel;
    /// `from_support`: the sender is listed as the profile's case sender (not another of the
    /// vendor's addresses writing about a case).
    CaseMail {
        base: Classification,
        channel: Option<Channel>,
        from_support: bool,
    },
}

fn gate(mail: &Mail, rules: &RuleSet, ctx: &Context<'_>) -> Gate {
    let from = mail.from.clone().unwrap_or_default();
    let domain = from.domain().to_string();
    let authenticated = authenticity(mail, &domain, ctx);
    let trusted = rules.is_trusted_domain(&domain);
    let sender = trusted.then(|| rules.sender(&from.email)).flatten();
    let case_token = extract::case_number(mail, rules);
    let case = case_token.clone().or(ctx.thread_case.map(str::to_string));
    let base = Classification {
        candidate_ids: extract::candidate_ids(mail, rules),
        ..judged_unrelated(&rules.profile.id, String::new(), authenticated)
    };

    if written_by_me(&from, ctx) {
        // Someone using the person's address: taken for their reply, it would silence the
        // reminders of a request still waiting on them. About the vendor's business it is
        // suspicious; anything else (the everyday spam sent in the person's own name) is
        // nothing to casewatch — and neither is their reply.
        if authenticated == Authenticity::Fail {
            let about_vendor = case_token.is_some()
                || !base.candidate_ids.is_empty()
                || rules
                    .scope
                    .as_ref()
                    .is_some_and(|s| s.is_match(&mail.subject) || s.is_match(&mail.new_text));
            return Gate::Decided(Classification {
                kind: if about_vendor {
                    Kind::Suspicious
                } else {
                    Kind::Unrelated
                },
                why: format!(
                    "{POSES_AS_YOU}{}), but the receiving server's DKIM/DMARC check failed: someone else sent it",
                    from.email
                ),
                ..base
            });
        }
        return own_mail(mail, rules, &from, case, base);
    }
    // A delivery failure report quotes the case, but support did not write it.
    if is_bounce(mail, &from) {
        return Gate::Decided(Classification {
            why: "a delivery failure report (a bounce), not support's words".into(),
            ..base
        });
    }
    // Mail that poses as the vendor is a warning, never case mail.
    if let Some(why) = impostor(
        mail,
        rules,
        &from,
        &base,
        sender.is_some() || case_token.is_some(),
    ) {
        return Gate::Decided(Classification {
            kind: Kind::Suspicious,
            why,
            ..base
        });
    }
    // Not from the vendor, not posing as it: the person's own mail to support, from an address
    // casewatch was not told about, is still their reply.
    // (Not a colleague replying to all — the partner administrator, a manager — whose name
    // and address share nothing with the person's, named among the recipients.)
    if !trusted
        && case.is_some()
        && addressed_to_support(mail, rules)
        && !addressee::someone_else(mail, &from, ctx.me)
    {
        return own_mail(mail, rules, &from, case, base);
    }
    // The console's address sends every service's cases: one about a server quota or a bill
    // is not this profile's, unless its thread already is.
    if sender.is_some_and(|s| s.shared) && ctx.thread_case.is_none() {
        if let Some(what) = another_service(mail, rules) {
            return Gate::Decided(Classification {
                why: format!(
                    "a support case about another service ({what}), not {}'s",
                    rules.profile.name
                ),
                ..base
            });
        }
    }
    let is_case_mail = match sender {
        Some(s) if s.role == Role::Case => !s.requires_case_id || case.is_some(),
        // Another of the vendor's senders asking to rate the support on a case.
        Some(_) => case_token.is_some() && asks_rating(mail, rules),
        None => trusted && case.is_some(),
    };
    if is_case_mail {
        return Gate::CaseMail {
            base: Classification { case, ..base },
            channel: sender.and_then(|s| s.channel),
            from_support: sender.is_some_and(|s| s.role == Role::Case),
        };
    }
    Gate::Decided(not_case_mail(
        mail,
        rules,
        &from,
        sender.map(|s| s.role),
        trusted,
        base,
    ))
}

/// What in the subject or the mail's own text puts it in another service's business (the pack's
/// `profile.other_services`), when nothing in them names the profile's own (`profile.scope`).
fn another_service(mail: &Mail, rules: &RuleSet) -> Option<String> {
    let other = rules.other_services.as_ref()?;
    let text = format!("{}\n{}", mail.subject, mail.new_text);
    if rules.scope.as_ref().is_some_and(|s| s.is_match(&text)) {
        return None;
    }
    other.find(&text).map(|m| m.as_str().trim().to_string())
}

/// Why a mail that claims to be the vendor is not: its domain's DKIM/DMARC failed at the
/// receiving server, or it borrows the brand from a domain the vendor does not use.
fn impostor(
    mail: &Mail,
    rules: &RuleSet,
    from: &Address,
    base: &Classification,
    looks_like_case: bool,
) -> Option<String> {
    let domain = from.domain();
    if rules.is_trusted_domain(domain) {
        // Any of the vendor's domains whose check failed: a case mail's look-alike or a
        // "your payment was declined" from the billing address, it poses as the vendor.
        return (base.authenticated == Authenticity::Fail).then(|| {
            format!(
                "claims to be from {domain}, but the receiving server's DKIM/DMARC check failed: not from {}",
                rules.profile.name
            )
        });
    }
    let (word, in_domain) = claims_brand(from, rules)?;
    // A brand in the domain itself is a lookalike as soon as the mail is about the vendor's
    // business (badges, certifications too); in a display name only when it looks like case
    // mail ("AWS User Group" newsletters are fine).
    // A lookalike domain that also puts a brand in its display name ("Credly | Amazon Web
    // Services" <badges@credly-notify.net>) poses as the vendor whatever it says.
    let named_too = in_domain && {
        let name = from.name.as_deref().unwrap_or("").to_lowercase();
        rules
            .profile
            .brand_words
            .iter()
            .any(|w| name_says(&name, w) && !name_has_as_topic(&name, w))
    };
    let about = looks_like_case
        || named_too
        || !base.candidate_ids.is_empty()
        || looks_like_vendor_mail(mail, rules, !in_domain);
    about.then(|| {
        format!(
            "claims to be {word:?} but was sent from {domain}, a domain {} does not use",
            rules.profile.name
        )
    })
}

/// A subject signal of `kind` matches the subject (a survey's "How did we do?", a
/// certification notice's "Your exam results").
fn subject_is(mail: &Mail, rules: &RuleSet, kind: Kind) -> bool {
    rules
        .subject_signals(&mail.subject)
        .into_iter()
        .any(|si| rules.signals[si].kind == kind)
}

/// The subject, or the mail's own text, asks for a rating of the support.
fn asks_rating(mail: &Mail, rules: &RuleSet) -> bool {
    subject_is(mail, rules, Kind::Survey)
        || strongest_sentence(&segment::sentences(&mail.new_text), "", rules, Kind::Survey)
            .is_some()
}

/// Mail from a sender that is not support on a case: a certification or badge notice, or
/// nothing to casewatch (and why).
fn not_case_mail(
    mail: &Mail,
    rules: &RuleSet,
    from: &Address,
    role: Option<Role>,
    trusted: bool,
    base: Classification,
) -> Classification {
    let (kind, why) = match role {
        Some(r @ (Role::Certification | Role::Badge)) => {
            let kind = if r == Role::Badge {
                Kind::Badge
            } else {
                Kind::Certification
            };
            let text = mail.new_text.as_str();
            let why = strongest_sentence(&segment::sentences(text), &mail.subject, rules, kind)
                .unwrap_or_else(|| format!("{} notice from {}", kind.as_str(), from.email));
            (kind, why)
        }
        // The training platform's mail is a certification notice when its subject says so
        // ("Your AWS Certification exam results"), not when it only names the program.
        Some(Role::Training) if subject_is(mail, rules, Kind::Certification) => (
            Kind::Certification,
            format!("certification notice from {}: {}", from.email, mail.subject),
        ),
        Some(Role::Case) => (
            Kind::Unrelated,
            format!("from {} but no case number: not case mail", from.email),
        ),
        Some(r) => (
            Kind::Unrelated,
            format!("{} mail from {}, not case mail", role_name(r), from.email),
        ),
        None if trusted => (
            Kind::Unrelated,
            format!("from {} but no case number", from.domain()),
        ),
        None => (
            Kind::Unrelated,
            format!(
                "{} is not a sender of {}",
                or_unknown(&from.email),
                rules.profile.name
            ),
        ),
    };
    Classification { kind, why, ..base }
}

/// The person forwards the vendor's own mail (to themselves, to a colleague: "FW: You are now
/// AWS Certified"): their mail about the profile's business, even outside any case. The
/// forward is one the parser recognised, or, under a "FW:" / "Fwd:" / "転送:" subject, the quoted
/// message (Outlook forwards look like its replies).
fn forwards_vendor_mail(mail: &Mail, rules: &RuleSet) -> bool {
    static FW: OnceLock<Regex> = OnceLock::new();
    let (body, from) = if !mail.forwarded.is_empty() {
        (mail.forwarded.as_str(), mail.forwarded_from.clone())
    } else if FW
        .get_or_init(|| crate::core::rules::static_re(r"(?i)\A\s*(?:fwd?|転送)\s*[:：]"))
        .is_match(&mail.subject)
    {
        crate::core::mail::quoted_message(&mail.text)
    } else {
        return false;
    };
    rules.candidate.is_match(body)
        || extract::emails(&from).any(|e| {
            e.rsplit_once('@')
                .is_some_and(|(_, d)| rules.is_trusted_domain(&d.to_ascii_lowercase()))
        })
}

/// The person's own mail: a reply when it goes to the vendor in a case, else nothing to us.
fn own_mail(
    mail: &Mail,
    rules: &RuleSet,
    from: &Address,
    case: Option<String>,
    base: Classification,
) -> Gate {
    let to_vendor = mail
        .recipients()
        .any(|r| rules.is_trusted_domain(r.domain()));
    let about_accounts = || {
        to_vendor || rules.candidate.is_match(&mail.new_text) || forwards_vendor_mail(mail, rules)
    };
    let (kind, why) = match &case {
        _ if is_auto_reply(mail) => (
            Kind::Unrelated,
            format!("an automatic reply from {} (out of office, bounce): not written by you", from.email),
        ),
        Some(case) if !to_vendor => (
            Kind::UserReply,
            format!(
                "sent by you about case {case}, but not to {} (a forward?): it does not answer support",
                rules.profile.name
            ),
        ),
        Some(case) => (
            Kind::UserReply,
            format!(
                "sent by you ({}) in case {case}: {}",
                from.email,
                first_sentence(&mail.new_text)
            ),
        ),
        // A note or a first message about the accounts themselves ("memo: merge AWS09318462
        // into AWS05527184"), a forward of the vendor's own mail, or mail to the vendor before
        // a case number exists.
        None if about_accounts() => (
            Kind::UserReply,
            format!(
                "sent by you ({}) about your {} accounts, in no known case",
                from.email, rules.profile.name
            ),
        ),
        None => (
            Kind::Unrelated,
            format!("sent by you ({}), not in a known case", from.email),
        ),
    };
    let case = (kind == Kind::UserReply).then_some(case).flatten();
    Gate::Decided(Classification {
        kind,
        case,
        why,
        ..base
    })
}

/// An out-of-office or other automatic reply (RFC 3834 `Auto-Submitted`, or the subject
/// prefixes mail clients use).
fn is_auto_reply(mail: &Mail) -> bool {
    let auto = mail.auto_submitted.as_deref().is_some_and(|v| v != "no");
    let subject = mail.subject.to_lowercase();
    auto || [
        "out of office",
        "automatic reply",
        "auto-reply",
        "autoreply",
        "自動返信",
        "不在",
    ]
    .iter()
    .any(|p| subject.starts_with(p) || subject.contains(&format!("{p}:")))
}

/// A delivery status notification: from the mail system, not from a person or support.
fn is_bounce(mail: &Mail, from: &Address) -> bool {
    let local = from.email.split('@').next().unwrap_or("");
    let subject = mail.subject.to_lowercase();
    matches!(local, "mailer-daemon" | "postmaster")
        || [
            "delivery status notification",
            "undeliverable:",
            "undelivered mail",
            "mail delivery failed",
            "returned mail:",
            "failure notice",
        ]
        .iter()
        .any(|p| subject.starts_with(p))
}

/// Sent to one of the vendor's case addresses (a reply to support).
fn addressed_to_support(mail: &Mail, rules: &RuleSet) -> bool {
    mail.recipients().any(|r| {
        rules.is_trusted_domain(r.domain())
            && rules.sender(&r.email).is_some_and(|s| s.role == Role::Case)
    })
}

/// Case-mail signals (or, with `case_only` false, any of the pack's signals) in the new text.
fn looks_like_vendor_mail(mail: &Mail, rules: &RuleSet, case_only: bool) -> bool {
    let sents = segment::sentences(&mail.new_text);
    let ev = evidence(&sents, &mail.subject, rules, (case_only, &|_| false));
    ev.totals.values().sum::<u32>() > 0 || !asks::find(&sents, rules, false).is_empty()
}

fn role_name(r: Role) -> &'static str {
    match r {
        Role::Case => "case",
        Role::Certification => "certification",
        Role::Badge => "badge",
        Role::Training => "training",
        Role::Account => "sign-in (Builder ID)",
        Role::Marketing => "marketing",
        Role::OtherCases => "another program's support-case",
    }
}

fn or_unknown(s: &str) -> &str {
    if s.is_empty() {
        "a mail without a From address"
    } else {
        s
    }
}

/// The brand word a non-vendor sender claims, and whether in its domain (else its display
/// name). A domain whose registrable name *is* the brand (amazon.co.jp) is the brand's own
/// business, not a lookalike; one that builds on it (amazon-certsupport.com) is.
fn claims_brand<'r>(from: &Address, rules: &'r RuleSet) -> Option<(&'r str, bool)> {
    let name = from.name.as_deref().unwrap_or("").to_lowercase();
    let domain = from.domain();
    let words = &rules.profile.brand_words;
    if words
        .iter()
        .any(|w| registrable_label(domain) == Some(w.as_str()))
    {
        return None; // the brand's own business (amazon.co.jp): not a lookalike
    }
    // A short brand with one letter more is an ordinary word as often as a lookalike ("jaws",
    // "laws", "paws" end in "aws"): it needs two.
    let builds_on = |label: &str, w: &str| {
        let more = label.len().saturating_sub(w.len());
        label == w
            || (more > 0
                && (w.len() > 3 || more >= 2)
                && (label.starts_with(w) || label.ends_with(w)))
    };
    // A sender whose domain spells its own name, in which the brand is a topic ("Last Week in
    // AWS" <newsletter@lastweekinaws.com>), names itself: no claim.
    if words.iter().any(|w| name_has_as_topic(&name, w)) {
        let spelled = name_words(&name).concat();
        if domain.split('.').any(|l| l.replace('-', "") == spelled) {
            return None;
        }
    }
    // A claim in the domain weighs more than one in the display name: look for it first. The
    // domain is also read as it shows (punycode decoded, accents and look-alike digits folded:
    // xn--amazn-3ta.com is "amazón.com", amaz0n) and for a brand's name one letter off
    // (crediy.com for credly.com).
    // (folding keeps every letter of a brand word, so a label that builds on one still does)
    let shown = shown_domain(domain);
    words
        .iter()
        .find(|w| {
            shown
                .split(['.', '-'])
                .any(|l| builds_on(l, w) || one_letter_off(l, w))
        })
        .map(|w| (w.as_str(), true))
        .or_else(|| {
            words
                .iter()
                .find(|w| name_says(&name, w))
                .map(|w| (w.as_str(), false))
        })
}

/// A domain as a reader sees it: punycode labels decoded (`xn--amazn-3ta` is "amazón"), then
/// accents dropped and digits that pass for letters read as those letters ("amaz0n", "credl1y").
fn shown_domain(domain: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    // (most senders' domains: plain lower-case ASCII letters, read as written)
    let plain = |b: u8| b.is_ascii_lowercase() || b == b'.' || b == b'-';
    if domain.bytes().all(plain) && !domain.contains("xn--") {
        return domain.into();
    }
    let (unicode, _) = idna::domain_to_unicode(domain);
    unicode
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            '0' => 'o',
            '1' | 'ı' => 'l',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
        .into()
}

/// `label` is `brand` with one letter changed, added, dropped or two swapped ("crediy",
/// "amazoon", "certmetirs"): a typo-squat. Only for brands of six letters or more (a short word
/// one letter off is an ordinary word: "laws", "paws").
fn one_letter_off(label: &str, brand: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (label.chars().collect(), brand.chars().collect());
    if b.len() < 6 || a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    // the common prefix and suffix; what is left of each must be one edit apart
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..]
        .iter()
        .rev()
        .zip(b[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ra, rb) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    match (ra.len(), rb.len()) {
        (1, 1) | (0, 1) | (1, 0) => true,
        // two neighbours swapped
        (2, 2) => ra[0] == rb[1] && ra[1] == rb[0],
        _ => false,
    }
}

/// The label a domain is registered under: `amazon` in amazon.co.jp and in amazon.com.
fn registrable_label(domain: &str) -> Option<&str> {
    let labels: Vec<&str> = domain.split('.').collect();
    let n = labels.len();
    if n < 2 {
        return None;
    }
    // second-level public suffixes such as co.jp, com.au, co.uk
    let short_sld = n >= 3 && labels[n - 1].len() == 2 && labels[n - 2].len() <= 3;
    Some(if short_sld {
        labels[n - 3]
    } else {
        labels[n - 2]
    })
}

/// The words of a display name.
fn name_words(name: &str) -> Vec<&str> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Whether a display name has the brand as its topic, after a preposition ("Last Week in AWS",
/// "Notes on AWS"), rather than as who is writing ("AWS Support").
fn name_has_as_topic(name: &str, word: &str) -> bool {
    const TOPIC: [&str; 8] = [
        "in", "on", "about", "with", "around", "into", "inside", "beyond",
    ];
    name_words(name)
        .windows(2)
        .any(|p| p[1] == word && TOPIC.contains(&p[0]))
}

/// A display name names the brand: as one word, or written in two ("Pearson VUE" for
/// `pearsonvue`, "Cert Metrics").
fn name_says(name: &str, word: &str) -> bool {
    let words = name_words(name);
    words.contains(&word)
        || words.windows(2).any(|p| {
            p[0].len() + p[1].len() == word.len() && word.starts_with(p[0]) && word.ends_with(p[1])
        })
}

// ---------------------------------------------------------------------------------------------
// Stages 2-5 for support-case mail.

fn judge_case_mail(
    mail: &Mail,
    rules: &RuleSet,
    ctx: &Context<'_>,
    (base, sender_channel, from_support): (Classification, Option<Channel>, bool),
    trace: Option<&mut Explanation>,
) -> Classification {
    let empty = HashSet::new();
    let recurring = ctx.recurring.unwrap_or(&empty);
    let own = extract::support_text(&mail.new_text, rules);
    // A body that points to the subject ("Hi, see subject.") says what the subject says.
    let with_subject;
    let own = match subject_said(mail, own, rules) {
        Some(said) => {
            with_subject = format!("{said}\n\n{own}");
            with_subject.as_str()
        }
        None => own,
    };
    // A message support forwards under its own words ("the partner team's note is below") is
    // part of what it tells the person, unless it is the person's own.
    let forwarded = forwarded_from_others(mail, ctx);
    let joined;
    let support_text = match forwarded {
        Some(f) => {
            joined = format!("{own}\n\n{f}");
            joined.as_str()
        }
        None => own,
    };
    // Stage 2: segment (support's words and the forwarded message each have their own
    // sign-off and footers).
    let mut segments = segment::segment(&support_text[..own.len()], rules, recurring);
    if own.len() < support_text.len() {
        let rest = segment::segment(&support_text[own.len()..], rules, recurring);
        segments.blocks.extend(rest.blocks);
    }
    let body: Vec<&str> = segments.body_sentences();
    // Stage 3: find asks (and the evidence the decision order weighs).
    // Whom each sentence speaks to, in mail written to several people.
    let parties = addressee::Parties::of(mail, ctx.me);
    let to_others: HashSet<*const u8> = body
        .iter()
        .zip(addressee::for_others(&body, &parties, rules))
        .filter(|(_, others)| *others)
        .map(|(s, _)| s.as_ptr())
        .collect();
    let facts = read(
        mail,
        rules,
        &segments,
        (&body, &to_others),
        support_text,
        from_support,
    );
    // Stage 4: decide.
    let d = decide(&facts);
    if let Some(t) = trace {
        record(
            t,
            &segments,
            (&body, &to_others),
            rules,
            facts.on_hold,
            &facts.ev,
            &d,
        );
    }
    // Stage 5: extract.
    conclude(mail, rules, base, sender_channel, facts, d)
}

/// The subject's own words, one fragment to a paragraph, when support's text points to the
/// subject for what it says (the pack's `see_subject`): "RE:[CASE 1748…] [AWS Training and
/// Certification Form Submission] - account-assistance - pls confirm from gmail: keep Account
/// #1?" says "account-assistance" and "pls confirm from gmail: keep Account #1?".
fn subject_said(mail: &Mail, text: &str, rules: &RuleSet) -> Option<String> {
    static PARTS: OnceLock<(Regex, Regex, Regex)> = OnceLock::new();
    if !rules.see_subject.as_ref()?.is_match(text) {
        return None;
    }
    let (prefix, tags, separator) = PARTS.get_or_init(|| {
        (
            crate::core::rules::static_re(
                r"(?i)\A\s*(?:(?:re|fw|fwd|aw|sv|wg|tr|返信|転送)\s*(?:\[\d+\])?\s*[:：]\s*)+",
            ),
            crate::core::rules::static_re(r"\[[^\]]*\]|【[^】]*】"),
            crate::core::rules::static_re(r"\s+(?:-|–|—|//|\|)\s+"),
        )
    });
    let rest = prefix.replace(&mail.subject, "");
    let rest = tags.replace_all(&rest, " ");
    let said: Vec<&str> = separator
        .split(&rest)
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || c == '-'))
        .filter(|p| p.chars().any(char::is_alphanumeric))
        .collect();
    (!said.is_empty()).then(|| said.join("\n\n"))
}

/// The message forwarded under support's text, unless the person wrote it.
fn forwarded_from_others<'m>(mail: &'m Mail, ctx: &Context<'_>) -> Option<&'m str> {
    let from = mail.forwarded_from.to_lowercase();
    let theirs = !from.is_empty() && ctx.me.iter().any(|a| from.contains(a.as_str()));
    (!mail.forwarded.is_empty() && !theirs).then_some(mail.forwarded.as_str())
}

/// Stage 3: what support's body says — the signals' evidence, the asks, the account listing,
/// a hold, "no reply is needed", a survey by subject or footer.
fn read<'a, 't>(
    mail: &Mail,
    rules: &'a RuleSet,
    segments: &segment::Segments<'t>,
    (body, to_others): (&[&'t str], &HashSet<*const u8>),
    support_text: &'t str,
    from_support: bool,
) -> Facts<'a, 't> {
    // What support says, without its conditional invitations — unless the invitation's other
    // branch threatens to close ("Please reply if you still need assistance; otherwise this
    // case will be resolved").
    let said: Vec<&str> = body
        .iter()
        .filter(|s| !rules.invitation_set.is_match(s) || closing_threat(s, rules))
        .copied()
        .collect();
    // A completion said of another of the person's cases is no news of this one ("Separately,
    // the name correction on your other case (1392…) has been completed"). (The mail's own case
    // number, not its thread's: an acknowledgement of a new case names the new number.)
    let own_case = std::cell::OnceCell::new();
    let elsewhere = |s: &str| {
        let own = own_case.get_or_init(|| extract::case_number(mail, rules));
        of_another_case(s, own.as_deref(), rules)
    };
    let ev = evidence(&said, &mail.subject, rules, (true, &elsewhere));
    let matches_any = |re: &Option<crate::core::litset::LiteralSet>| {
        re.as_ref()
            .is_some_and(|re| said.iter().any(|s| re.is_match(s)))
    };
    let on_hold = hold_said(&ev, &said, rules);
    // (a step offered on a condition is no step to come: "Should the appointment not show up,
    // just reply and I will check again")
    let still_open = rules
        .still_open
        .as_ref()
        .and_then(|re| {
            said.iter()
                .find(|s| re.is_match(s) && !rules.invitation_set.is_match(s))
        })
        .map(|s| s.trim());
    // The first sentence that says it outright (not "once I have reopened the case, …").
    let said_outright = |set: &Option<LiteralSet>| {
        set.as_ref().and_then(|re| {
            said.iter()
                .find(|s| re.is_match(s) && !rules.conditional_set.is_match(s))
                .map(|s| s.trim())
        })
    };
    let reopened = said_outright(&rules.reopened);
    let duplicate_closed = said_outright(&rules.duplicate_closed);
    // Without the pack's `reminder` key, every closing threat counts as one.
    let reminds = rules
        .reminder
        .as_ref()
        .is_none_or(|re| said.iter().any(|s| re.is_match(s)));
    let by_consent = matches_any(&rules.consent_close);
    let (asks, no_reply) = asks_unless_no_reply(body, &said, to_others, rules, on_hold);
    // Read only when there is an ask for the need to belong to (off the hot path otherwise).
    let states_need = !asks.is_empty() && matches_any(&rules.needs);
    let accounts = extract::accounts(support_text, rules);
    let subject_survey = subject_is(mail, rules, Kind::Survey);
    // One sentence that both closes the case and says why ("As we have not heard back from
    // you, I am now closing case N"): a closing notice, whatever else the mail says.
    let closes_for_silence = ev.closes_in_one_sentence;
    let says = said.iter().filter(|s| says_something(s)).count();
    // The footer is read only when the body says (almost) nothing, or, in mail from another
    // of the vendor's addresses, nothing a signal or an ask recognised ("Quick question about
    // your recent case N:" above a rating block the segmenter took for a link footer): off
    // the hot path otherwise. (Under support's own updates the console's "Rate this reply"
    // footer says nothing about the case.)
    let recognised = !ev.totals.is_empty() || !asks.is_empty();
    let footer_survey = (says <= 1 || (!from_support && !recognised))
        .then(|| strongest_sentence(&segments.footer_sentences(), "", rules, Kind::Survey))
        .flatten();
    Facts {
        ev,
        closes_for_silence,
        asks,
        // (not a listing support says it has checked: "We verified that the following
        // information is correct: Account #1 … Account #2 …")
        listing: accounts.len() >= 2 && !matches_any(&rules.listing_reported),
        accounts,
        on_hold,
        no_reply,
        still_open,
        reopened,
        duplicate_closed,
        reminds,
        by_consent,
        states_need,
        subject_survey,
        footer_survey,
        rules,
        support_text,
    }
}

/// A hold is said, and not said to be lifted. Only naming the partner ("the AWS Partner team
/// has now removed …") says no hold, so a question about the partner is a hold's question only
/// when a hold is said ("the partner team needs the following" to refresh a profile after the
/// merge asks for information).
/// The sentence names another case by its number, and neither this case's number nor "this
/// case" (a duplicate closed in favour of another names both: "I have closed this case and will
/// carry on in case 1765…", "merged under case 1749…, so I'm resolving this Support Center
/// case").
fn of_another_case(sentence: &str, own: Option<&str>, rules: &RuleSet) -> bool {
    static THIS: OnceLock<Regex> = OnceLock::new();
    if !sentence.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(own) = own else { return false };
    let this = THIS.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\b(?:this|the\s+present|the\s+current)\s+(?:[\w-]+\s+){0,2}?(?:case|ticket|request|one|duplicate)\b|本ケース|本件|こちらのケース|このケース",
        )
    });
    !sentence.contains(own)
        && !this.is_match(sentence)
        && extract::other_case(sentence, rules, Some(own)).is_some()
}

fn hold_said(ev: &Evidence, said: &[&str], rules: &RuleSet) -> bool {
    let released = said.iter().any(|s| {
        rules
            .hold_released
            .as_ref()
            .is_some_and(|re| re.is_match(s))
            && !rules.hold_pending.as_ref().is_some_and(|re| re.is_match(s))
    });
    ev.meets(Kind::OnHold, rules) && ev.stated(Kind::OnHold) && !released
}

/// The body's asks, and whether support says no reply is needed. "No reply is needed": believe
/// support; its asks before that sentence are quoted or rhetorical — but not a question put to
/// the person after it ("There's nothing you need to do for that part. One thing that would
/// help while we wait: did you ever sit an exam under another name?").
///
/// Sentences support addresses to someone else (`to_others`) neither ask the person nor tell
/// them that no reply is needed ("Partner admin (cc'd): no action is needed on your side"); their
/// asks are kept, marked, for what the mail is.
fn asks_unless_no_reply<'t>(
    body: &[&'t str],
    said: &[&'t str],
    to_others: &HashSet<*const u8>,
    rules: &RuleSet,
    on_hold: bool,
) -> (Vec<Ask<'t>>, bool) {
    let no_reply_i = rules.no_reply_needed.as_ref().and_then(|re| {
        said.iter()
            .rposition(|s| re.is_match(s) && !to_others.contains(&s.as_ptr()))
    });
    let mut asks = asks::find(body, rules, on_hold);
    for a in &mut asks {
        a.to_others = to_others.contains(&a.sentence.as_ptr());
    }
    // "Nothing else is needed from you" right after a directive means nothing besides it:
    // "Please reply from your personal address and confirm your last working day. Nothing else
    // is needed from you." After a question ("Does that cover everything? If so, there is
    // nothing more you need to send") only when it says so: "… after that", "… beyond that".
    let besides_the_ask = |i: usize| {
        static BESIDES: OnceLock<(Regex, Regex)> = OnceLock::new();
        let (besides, relative) = BESIDES.get_or_init(|| {
            (
                crate::core::rules::static_re(r"(?i)\b(?:else|more)\b|それ以外|他に|ほかに"),
                crate::core::rules::static_re(
                    r"(?i)\b(?:after|beyond|besides|apart\s+from|other\s+than|except\s+for)\s+(?:that|this|it|them)\b|以外",
                ),
            )
        });
        let s = said[i];
        let before = i.checked_sub(1).and_then(|b| {
            asks.iter()
                .find(|a| !a.to_others && a.sentence.as_ptr() == said[b].as_ptr())
        });
        // (not the other branch of a condition: "Otherwise there is nothing else to do")
        let opening = s.trim_start().to_ascii_lowercase();
        !["if ", "otherwise", "else "]
            .iter()
            .any(|w| opening.starts_with(w))
            && before.is_some_and(|a| {
                relative.is_match(s) || (besides.is_match(s) && !asks::is_question(a.sentence))
            })
    };
    let no_reply_at = no_reply_i
        .filter(|&i| !besides_the_ask(i))
        .map(|i| said[i].as_ptr());
    if let Some(at) = no_reply_at {
        asks.retain(|a| a.sentence.as_ptr() > at && asks::asks_you(a.sentence));
    }
    (asks, no_reply_at.is_some())
}

/// Stage 5: the classification, with what the person needs from it: whether to reply, what
/// support asked, the account listing, the proposed account to keep, a deadline, the channel.
fn conclude(
    mail: &Mail,
    rules: &RuleSet,
    base: Classification,
    sender_channel: Option<Channel>,
    f: Facts<'_, '_>,
    d: Decision,
) -> Classification {
    // (asks that support makes only of someone else it writes to are not the person's)
    let only_others = !f.asks.is_empty() && f.asks.iter().all(|a| a.to_others);
    let needs_reply = match d.kind {
        Kind::ConfirmationRequest | Kind::InfoRequest => !only_others,
        Kind::ClosingNotice => true,
        Kind::OnHold => f.asks.iter().any(|a| !a.to_others),
        _ => false,
    };
    let (channel, support_url) =
        extract::channel(mail, rules, sender_channel, base.case.as_deref());
    let proposed_keep = (f.listing || d.kind == Kind::ConfirmationRequest)
        .then(|| extract::proposed_keep(f.support_text, rules))
        .flatten();
    let deadline_days = needs_reply
        .then(|| extract::deadline_days(f.support_text, rules))
        .flatten();
    let asked = needs_reply
        .then(|| {
            let sentences: Vec<&str> = f
                .asks
                .iter()
                .filter(|a| !a.to_others)
                .map(|a| a.sentence)
                .collect();
            clip(&sentences.join(" "), 400)
        })
        .filter(|s| !s.is_empty());
    // (not when the only case it names is this one: "everything will continue on <this case>")
    let closed_as_duplicate = d.kind == Kind::CaseUpdate
        && f.duplicate_closed
            .is_some_and(|s| !names_only_its_own_case(s, base.case.as_deref()));
    let duplicate_of = closed_as_duplicate
        .then(|| extract::other_case(f.support_text, rules, base.case.as_deref()))
        .flatten();
    let reminder_only =
        needs_reply && rules.reminder.is_some() && f.reminds && f.asks.iter().all(|a| !a.named);
    Classification {
        kind: d.kind,
        closed_as_duplicate,
        reminder_only,
        duplicate_of,
        needs_reply,
        why: clip(&d.why, 300),
        channel,
        support_url,
        accounts: if f.listing { f.accounts } else { vec![] },
        proposed_keep,
        deadline_days,
        asked,
        confidence: d.confidence,
        ..base
    }
}

/// What the decision order looks at.
struct Facts<'a, 't> {
    ev: Evidence,
    /// One sentence alone meets the closing notice's signals (threat and reason together).
    closes_for_silence: bool,
    asks: Vec<Ask<'t>>,
    listing: bool,
    accounts: Vec<Account>,
    on_hold: bool,
    /// Support says no reply is needed.
    no_reply: bool,
    /// The sentence in which support says it still has a step to take (`still_open`).
    still_open: Option<&'t str>,
    /// The sentence in which support says it reopened the case (`reopened`).
    reopened: Option<&'t str>,
    /// The sentence in which support says it closed a duplicate case (`duplicate_closed`).
    duplicate_closed: Option<&'t str>,
    /// Support says it is still waiting on the person (`reminder`).
    reminds: bool,
    /// The case closes unless the person objects (`consent_close`).
    by_consent: bool,
    /// The mail asks, and a body sentence states a need of the person's input (`needs`).
    states_need: bool,
    /// The subject says the mail is a survey ("How did we do?").
    subject_survey: bool,
    /// A survey sentence from the footer, looked for only under a body of one sentence at most.
    footer_survey: Option<String>,
    rules: &'a RuleSet,
    support_text: &'t str,
}

impl Facts<'_, '_> {
    /// The hold is said firmly: its signals score at least twice what makes a mail a hold
    /// (the case said to be on hold, or waiting on someone, not only the partner named).
    fn firm_hold(&self) -> bool {
        self.ev.score(Kind::OnHold) >= 2 * self.rules.min_score(Kind::OnHold)
    }

    /// The ask is made for the party the case waits on (the pack's `hold_ask`).
    fn for_the_hold(&self, sentence: &str) -> bool {
        self.rules
            .hold_ask
            .as_ref()
            .is_some_and(|re| re.is_match(sentence))
    }
}

struct Decision {
    kind: Kind,
    why: String,
    confidence: f32,
    rule: &'static str,
}

impl Decision {
    /// Decided by `kind`'s evidence: its strongest sentence is the why.
    fn by(ev: &Evidence, kind: Kind, rule: &'static str, confidence: f32) -> Decision {
        Decision {
            kind,
            why: ev.sentence(kind).unwrap_or_default(),
            confidence,
            rule,
        }
    }
}

/// Stage 4: one fixed order, first match wins.
/// 0. a survey by its subject ("How did we do?"): its questions are not asks;
/// 1. closing notice: support says the case closes (or closed) for want of a reply — unless
///    it also says plainly that the work is done;
/// 2. completion: support says it is done — unless it asks to confirm a merge all the same, or
///    states that it needs something of the person;
/// 3. an ask: what it asks for decides (confirm the merge > the partner question > information);
/// 4. a hold that asks nothing; 5. an account listing (support is about to ask which to keep);
/// 6. a survey in the body or subject; 7. a case said to be reopened, or a duplicate case said
///    to be closed: an update; 8. an
///    acknowledgement; 9. a request phrased without asking form (missing one costs more than
///    a false alarm); 10. an update; 11. a survey footer under a body that says nothing else
///    (one sentence at most); 12. case mail nothing was recognised in: an update, with low
///    confidence.
fn decide(f: &Facts<'_, '_>) -> Decision {
    let ev = &f.ev;
    let met = |k: Kind| ev.meets(k, f.rules);
    if f.subject_survey && f.asks.iter().all(|a| a.wants != Kind::ConfirmationRequest) {
        return Decision::by(ev, Kind::Survey, "the subject asks for a rating", 0.9);
    }
    let ask = identify_first(asks::strongest(&f.asks), f);
    let ask = ask.as_ref();
    let confirm_ask = ask.filter(|a| a.wants == Kind::ConfirmationRequest);
    // "I have merged your accounts" outweighs a routine "closes if we don't hear back".
    let done = ev.score(Kind::Resolved) >= 2 * f.rules.min_score(Kind::Resolved);
    // "I've updated the name. Unless we hear otherwise, this case will be closed on Friday.":
    // a mail that asks nothing and says nothing of waiting on the person, and either reports a
    // completion or closes only unless the person objects, closes as a courtesy: the threat is
    // not a notice. (Not when the completion is the closing itself: "resolved automatically
    // because we did not hear back".)
    let courtesy_close = ask.is_none()
        && !f.reminds
        && (f.by_consent
            || (met(Kind::Resolved)
                && ev.sentence(Kind::Resolved) != ev.sentence(Kind::ClosingNotice)));
    if courtesy_close && f.by_consent && met(Kind::ClosingNotice) && !met(Kind::Resolved) {
        return Decision {
            kind: Kind::Resolved,
            why: ev.sentence(Kind::ClosingNotice).unwrap_or_default(),
            confidence: 0.7,
            rule: "closes unless the person objects",
        };
    }
    // A duplicate support closes says when, not that it waits on the person ("This request is
    // the same one as case N … We plan to close this case on June 4. You don't need to
    // reply."), unless it says it has not heard back.
    let closes_a_duplicate = f.duplicate_closed.is_some() && !f.reminds;
    if met(Kind::ClosingNotice)
        && (f.closes_for_silence || !(closes_a_duplicate || (done && confirm_ask.is_none())))
        && !deadline_of_request(ask, f)
        && !courtesy_close
    {
        return Decision::by(ev, Kind::ClosingNotice, "closes for want of a reply", 0.9);
    }
    // Done, unless it still asks to confirm a merge, states a need of the person's input ("P.S.
    // Shall I switch your exam profile's address too? I need your OK first.") or tells the
    // person to answer by reply (…のうえご返信ください).
    // The need may stand in a sentence of its own ("Do all three show up for you? I'd rather
    // not close this until you've confirmed it on your side.").
    let needed = f.asks.iter().any(|a| a.needed || a.replies) || f.states_need;
    // …and unless support still has a step of its own to take ("I'll check tomorrow that it
    // has taken effect"): then the completion is progress.
    let pending = f.still_open.filter(|_| met(Kind::Resolved));
    // A step reported done inside a case said firmly to be on hold ("Departure date received:
    // Done") is the hold's progress, unless the completion is said firmly too.
    let step_of_hold = f.on_hold && f.firm_hold() && !done;
    // A duplicate closed ("I have closed this case; all further updates will come on case N")
    // is not the request done, unless one sentence says the work itself is done ("Your accounts
    // were merged under case N, so I'm closing this duplicate"); a status line and the closing
    // add up to nothing more.
    let firmly_done = ev.strongest(Kind::Resolved) >= 2 * f.rules.min_score(Kind::Resolved);
    let duplicate = f.duplicate_closed.filter(|_| !firmly_done);
    if met(Kind::Resolved)
        && confirm_ask.is_none()
        && !needed
        && pending.is_none()
        && !step_of_hold
        && duplicate.is_none()
    {
        return Decision::by(ev, Kind::Resolved, "says it is done", 0.9);
    }
    match (ask, pending) {
        (Some(a), _) => by_ask(a, f),
        (None, Some(step)) => Decision {
            kind: Kind::CaseUpdate,
            why: step.to_string(),
            confidence: 0.8,
            rule: "a completion with a step of support's still to come",
        },
        (None, None) => without_ask(f),
    }
}

/// The closing threat is the deadline of a new request ("…ご確認のうえ、結果をサポートセンターから
/// お知らせください。3 日以内にご返信がない場合、本ケースは自動的に解決済みとなります"): the mail asks
/// for something other than a reply that keeps the case open, and says nothing of support still
/// waiting on the person. The ask decides.
fn deadline_of_request(ask: Option<&Ask<'_>>, f: &Facts<'_, '_>) -> bool {
    ask.is_some_and(|a| !f.reminds && !closing_threat(a.sentence, f.rules))
}

/// The sentence matches one of the closing notice's signals (a threat or its reason).
fn closing_threat(sentence: &str, rules: &RuleSet) -> bool {
    rules
        .body_set
        .matches(sentence)
        .iter()
        .any(|&i| rules.signals[rules.body_owner[i]].kind == Kind::ClosingNotice)
}

/// Asking for what identifies the accounts (candidate IDs) comes before choosing between them:
/// "send both IDs and say which account to keep" asks for information while support has not
/// named the accounts itself (no listing, fewer than two candidate IDs in its words). Once its
/// words name two candidate IDs, asking for the ID "of the account to keep" chooses between
/// them ("Could you reply with the candidate ID of the account to keep: AWS… or AWS…?"); a
/// listing without IDs still wants them ("send me both numbers, noting which one you use").
fn identify_first<'t>(ask: Option<&Ask<'t>>, f: &Facts<'_, 't>) -> Option<Ask<'t>> {
    let identifies = |a: &Ask<'_>| {
        a.wants == Kind::InfoRequest
            && a.named
            && f.rules
                .requests
                .iter()
                .any(|r| r.kind == Kind::InfoRequest && r.identifies && r.asks(a.sentence))
    };
    let ids_named = f.rules.candidate.find_iter(f.support_text).nth(1).is_some();
    if f.listing || ids_named {
        return ask.map(|a| {
            let chooses = ids_named
                && identifies(a)
                && f.rules
                    .requests
                    .iter()
                    .any(|r| r.kind == Kind::ConfirmationRequest && r.asks(a.sentence));
            Ask {
                wants: if chooses {
                    Kind::ConfirmationRequest
                } else {
                    a.wants
                },
                ..a.clone()
            }
        });
    }
    if ask.is_some_and(|a| a.wants == Kind::ConfirmationRequest) {
        if let Some(first) = f.asks.iter().find(|a| identifies(a)) {
            return Some(first.clone());
        }
    }
    ask.cloned()
}

/// Stage 4, step 3: what the strongest ask wants decides.
fn by_ask(a: &Ask<'_>, f: &Facts<'_, '_>) -> Decision {
    let kind = match a.wants {
        Kind::InfoRequest if !a.named && f.listing && !f.on_hold => f.rules.account_listing_kind,
        // A hold said firmly (twice the score that makes a hold) whose strongest ask is for
        // information ("While we wait: did you ever sit an exam on AWS09051378?", "…の登録名を
        // 教えてください") is a hold that asks: writers call it on_hold, and it needs a reply
        // all the same.
        // So is a hold whose ask is made for the party it waits on ("While we wait: …",
        // "Pearson VUE needs to know one thing: …"; the pack's `hold_ask`).
        Kind::InfoRequest if f.on_hold && (f.firm_hold() || f.for_the_hold(a.sentence)) => {
            Kind::OnHold
        }
        k => k,
    };
    // A bare question is an ask, but a weaker one than a directive.
    let confidence = if a.sentence.trim_end().ends_with(['?', '？']) {
        0.8
    } else {
        0.9
    };
    Decision {
        kind,
        why: a.sentence.to_string(),
        confidence,
        rule: "asks the person",
    }
}

/// Stage 4, steps 4 to 11: a mail that asks nothing.
fn without_ask(f: &Facts<'_, '_>) -> Decision {
    let ev = &f.ev;
    let met = |k: Kind| ev.meets(k, f.rules);
    if f.on_hold {
        return Decision::by(ev, Kind::OnHold, "reports a hold and asks nothing", 0.9);
    }
    // A mail with no asking sentence that reports progress is an update, whatever it says
    // about confirmations or the accounts it lists ("Thanks for confirming; I've handed the
    // merge of Account 2 into Account 1 to the team").
    let progress = ev.score(Kind::CaseUpdate) > 0;
    // Nor is a receipt that repeats the accounts the person named ("We received your request to
    // merge the following accounts: Account 1: …, Account 2: …") a question about them.
    if f.listing && !progress && !met(Kind::Acknowledgement) {
        let labels: Vec<&str> = f.accounts.iter().map(|a| a.label.as_str()).collect();
        return Decision {
            kind: f.rules.account_listing_kind,
            why: format!("lists {} and asks which to keep", labels.join(" / ")),
            confidence: 0.7,
            rule: "lists the accounts",
        };
    }
    if ev.score(Kind::Survey) > 0 {
        return Decision::by(ev, Kind::Survey, "asks for a rating", 0.9);
    }
    // A case reopened is not a new case: its thanks and its "we'll be in touch" are progress.
    // The system's own receipt of the reply that reopened it ("Your reply has been added to case
    // N … The case has been reopened. An agent will pick it up") acknowledges, as for a new case.
    if let Some(s) = f.reopened.filter(|_| !receipt_of_reply(ev, f.rules)) {
        return Decision {
            kind: Kind::CaseUpdate,
            why: s.to_string(),
            confidence: 0.8,
            rule: "says the case was reopened",
        };
    }
    // A duplicate closed: the request goes on under the other case, whose number and opening
    // the mail may well mention.
    if let Some(s) = f.duplicate_closed {
        return Decision {
            kind: Kind::CaseUpdate,
            why: s.to_string(),
            confidence: 0.8,
            rule: "says a duplicate case was closed",
        };
    }
    if met(Kind::Acknowledgement) {
        return Decision::by(ev, Kind::Acknowledgement, "says the case was opened", 0.9);
    }
    for k in [Kind::ConfirmationRequest, Kind::InfoRequest] {
        if met(k) && !f.no_reply && !progress {
            return Decision::by(ev, k, "wants something without asking form", 0.6);
        }
    }
    if ev.score(Kind::CaseUpdate) > 0 {
        return Decision::by(ev, Kind::CaseUpdate, "reports progress", 0.8);
    }
    if let Some(s) = &f.footer_survey {
        return Decision {
            kind: Kind::Survey,
            why: s.clone(),
            confidence: 0.7,
            rule: "only a survey footer",
        };
    }
    Decision {
        kind: f.rules.default_kind,
        why: format!(
            "case mail without a recognised request: {}",
            first_sentence(f.support_text)
        ),
        confidence: 0.3,
        rule: "nothing recognised",
    }
}

/// Whether every case number `sentence` names is `own` (and it names one).
fn names_only_its_own_case(sentence: &str, own: Option<&str>) -> bool {
    static NUMBER: OnceLock<Regex> = OnceLock::new();
    let number = NUMBER.get_or_init(|| crate::core::rules::static_re(r"\d{6,20}"));
    let mut named = number.find_iter(sentence).map(|m| m.as_str()).peekable();
    named.peek().is_some() && own.is_some_and(|own| named.all(|n| n == own))
}

/// Whether the mail acknowledges by a receipt ("Your reply has been added to case N", "We
/// received your message", ご返信を受け付けました), not only by thanks for writing (an agent's
/// お問い合わせいただきありがとうございます before "I've reopened the case").
fn receipt_of_reply(ev: &Evidence, rules: &RuleSet) -> bool {
    static RECEIPT: OnceLock<Regex> = OnceLock::new();
    ev.meets(Kind::Acknowledgement, rules)
        && ev.sentence(Kind::Acknowledgement).is_some_and(|s| {
            RECEIPT
                .get_or_init(|| {
                    crate::core::rules::static_re(
                        r"(?i)\b(?:received|receipt|added|attached|appended|reached)\b|\breopened\s+(?:following|after)\s+(?:a\s+new\s+|your\s+)(?:reply|response|message)|受け付け|受付|追加|記録",
                    )
                })
                .is_match(&s)
        })
}

fn record(
    t: &mut Explanation,
    segments: &segment::Segments<'_>,
    (body, to_others): (&[&str], &HashSet<*const u8>),
    rules: &RuleSet,
    on_hold: bool,
    ev: &Evidence,
    d: &Decision,
) {
    t.gate = "support-case mail".into();
    t.blocks = segments
        .blocks
        .iter()
        .map(|b| ExplainedBlock {
            zone: b.zone.as_str(),
            text: b.text.trim().to_string(),
        })
        .collect();
    t.sentences = body
        .iter()
        .enumerate()
        .map(|(i, s)| ExplainedSentence {
            sentence: s.to_string(),
            verdict: match asks::judge_at(body, i, rules, on_hold) {
                Verdict::Statement => "statement".into(),
                Verdict::Invitation => "invitation (conditional: not an ask)".into(),
                Verdict::NotAReply => "directive that wants no reply".into(),
                Verdict::Answered => "question support answers itself (an FAQ)".into(),
                Verdict::Ask(Some(k)) => format!("ask: {k}"),
                Verdict::Ask(None) => "ask: info_request (not one of the pack's requests)".into(),
            } + if to_others.contains(&s.as_ptr()) {
                " — to someone else the mail is written to"
            } else {
                ""
            },
        })
        .collect();
    t.evidence = ev
        .totals
        .iter()
        .map(|(k, v)| (k.as_str().to_string(), *v))
        .collect();
    t.decision = format!("{} ({}, confidence {:.1})", d.kind, d.rule, d.confidence);
}

// ---------------------------------------------------------------------------------------------
// Evidence: the pack's signals in the main body.

struct Evidence {
    totals: BTreeMap<Kind, u32>,
    /// How many different signals of each kind matched.
    signals: BTreeMap<Kind, u32>,
    /// The weight of each kind from signals that say the state holds (not `names_only`).
    stated: BTreeMap<Kind, u32>,
    /// (kind, weight, sentence) of the strongest sentence per kind.
    best: Vec<(Kind, u32, String)>,
    /// One sentence alone has the closing notice's different signals and weight
    /// ([`one_sentence_meets`]).
    closes_in_one_sentence: bool,
}

impl Evidence {
    fn score(&self, k: Kind) -> u32 {
        self.totals.get(&k).copied().unwrap_or(0)
    }
    /// Some of `k`'s evidence says the state holds, not only who it involves.
    fn stated(&self, k: Kind) -> bool {
        self.stated.get(&k).is_some_and(|w| *w > 0)
    }
    /// Enough weight, from enough different signals, for `k` to decide the mail.
    fn meets(&self, k: Kind, rules: &RuleSet) -> bool {
        self.score(k) >= rules.min_score(k)
            && self.signals.get(&k).copied().unwrap_or(0) >= rules.min_signals(k)
    }
    fn sentence(&self, k: Kind) -> Option<String> {
        self.best.iter().find(|b| b.0 == k).map(|b| b.2.clone())
    }
    /// The weight of the strongest single sentence for `k`.
    fn strongest(&self, k: Kind) -> u32 {
        self.best.iter().find(|b| b.0 == k).map_or(0, |b| b.1)
    }
}

/// `elsewhere` says a sentence is about another case: its completions do not count.
fn evidence(
    sents: &[&str],
    subject: &str,
    rules: &RuleSet,
    (case_mail, elsewhere): (bool, &dyn Fn(&str) -> bool),
) -> Evidence {
    // One set pass per sentence says which signals each sentence matches.
    let mut hits = vec![0u32; rules.signals.len()];
    let mut best: Vec<(Kind, u32, String)> = Vec::new();
    let mut closes_in_one_sentence = false;
    let mut matched = Vec::new();
    for s in sents {
        let conditional = rules.conditional_set.is_match(s);
        // A proposal put as a question asks the person's consent; it asserts nothing.
        let proposal = rules.proposal.as_ref().is_some_and(|p| p.is_match(s));
        rules.body_set.matches_into(s, &mut matched);
        closes_in_one_sentence =
            closes_in_one_sentence || one_sentence_meets(&matched, rules, Kind::ClosingNotice);
        for &i in &matched {
            let si = rules.body_owner[i];
            let sig = &rules.signals[si];
            let asserts = sig.assertive || sig.kind == Kind::ClosingNotice;
            if hits[si] >= sig.max_hits
                || (sig.assertive && conditional)
                || (asserts && proposal)
                || sig.unless.as_ref().is_some_and(|u| u.is_match(s))
                || (sig.kind == Kind::Resolved && elsewhere(s))
            {
                continue;
            }
            hits[si] += 1;
            note(&mut best, sig.kind, sig.weight, s);
        }
    }
    for si in rules.subject_signals(subject) {
        let sig = &rules.signals[si];
        hits[si] = 1;
        note(
            &mut best,
            sig.kind,
            sig.weight,
            &format!("subject: {subject}"),
        );
    }
    let mut totals = BTreeMap::new();
    let mut signals = BTreeMap::new();
    let mut stated = BTreeMap::new();
    for (sig, n) in rules.signals.iter().zip(&hits) {
        let notice = matches!(sig.kind, Kind::Certification | Kind::Badge);
        if *n > 0 && !(case_mail && notice) {
            *totals.entry(sig.kind).or_default() += sig.weight * n;
            *signals.entry(sig.kind).or_default() += 1;
            if !sig.names_only {
                *stated.entry(sig.kind).or_default() += sig.weight * n;
            }
        }
    }
    best.sort_by_key(|b| std::cmp::Reverse(b.1));
    Evidence {
        totals,
        signals,
        stated,
        best,
        closes_in_one_sentence,
    }
}

/// Whether one sentence, whose body-signal patterns `matched` lists, alone has the different
/// signals `kind` needs (its `min_signals`, at least two) and their weight.
fn one_sentence_meets(matched: &[usize], rules: &RuleSet, kind: Kind) -> bool {
    let mut seen: Vec<usize> = Vec::new();
    let mut weight = 0;
    for &i in matched {
        let si = rules.body_owner[i];
        let sig = &rules.signals[si];
        if sig.kind == kind && !seen.contains(&si) {
            seen.push(si);
            weight += sig.weight;
        }
    }
    seen.len() as u32 >= rules.min_signals(kind).max(2) && weight >= rules.min_score(kind)
}

fn note(best: &mut Vec<(Kind, u32, String)>, kind: Kind, weight: u32, sentence: &str) {
    match best.iter_mut().find(|(k, _, _)| *k == kind) {
        Some(entry) if entry.1 >= weight => {}
        Some(entry) => *entry = (kind, weight, sentence.trim().to_string()),
        None => best.push((kind, weight, sentence.trim().to_string())),
    }
}

fn strongest_sentence(
    sents: &[&str],
    subject: &str,
    rules: &RuleSet,
    kind: Kind,
) -> Option<String> {
    evidence(sents, subject, rules, (false, &|_| false))
        .sentence(kind)
        .map(|s| clip(&s, 300))
}

/// A sentence, not a greeting, a name or a rule line: five words, or fifteen characters of
/// Japanese ending like a sentence.
fn says_something(s: &str) -> bool {
    s.split_whitespace().count() >= 5
        || (s.chars().count() >= 15 && s.ends_with(['。', '.', '!', '?', '！', '？']))
}

/// The first sentence that says something: greetings ("Hi Taro,", "山田 様") are skipped.
fn first_sentence(text: &str) -> String {
    let all = segment::sentences(text);
    let greeting = |s: &&str| {
        let words = s.split_whitespace().count();
        (words <= 4 && (s.ends_with(',') || s.ends_with('様') || s.ends_with("様、")))
            || s.chars().count() <= 2
    };
    let pick = all
        .iter()
        .find(|s| !greeting(s))
        .or(all.first())
        .copied()
        .unwrap_or("");
    clip(pick, 200)
}

/// Cuts at a char boundary, adding an ellipsis.
pub fn clip(s: &str, max_chars: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max_chars {
        return s;
    }
    let mut out: String = s.chars().take(max_chars.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packs() -> Vec<RuleSet> {
        vec![RuleSet::builtin()]
    }

    fn mail(from: &str, subject: &str, auth: Option<&str>, body: &str) -> Mail {
        let auth = auth
            .map(|a| format!("Authentication-Results: {a}\r\n"))
            .unwrap_or_default();
        let raw = format!("{auth}From: {from}\r\nTo: Taro <taro@gmail.com>\r\nSubject: {subject}\r\nMessage-ID: <x@y>\r\nDate: Tue, 4 Nov 2025 10:00:00 +0000\r\n\r\n{body}");
        Mail::parse(raw.as_bytes()).unwrap()
    }

    const TC: &str =
        "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>";
    const SUBJ: &str = "RE:[CASE 176221723200417] [AWS Training and Certification Form Submission] - account-assistance";

    /// A mail from T&C support on an open case, with `body`.
    fn on_case(body: &str) -> Classification {
        c(&mail(TC, SUBJ, None, body))
    }

    /// Each body, from support on the case, is read as `kind`, with no reply wanted.
    fn each_reads_as_no_reply(kind: Kind, bodies: &[&str]) {
        for body in bodies {
            let r = on_case(body);
            assert_eq!(r.kind, kind, "{body}: {r:?}");
            assert!(!r.needs_reply, "{body}: {r:?}");
        }
    }

    /// The body, from support on the case, is read as `kind`, a request waiting on the person.
    fn reads_as_request(kind: Kind, body: &str) {
        let r = on_case(body);
        assert_eq!(r.kind, kind, "{body}: {r:?}");
        assert!(r.needs_reply, "{body}: {r:?}");
    }

    fn c(m: &Mail) -> Classification {
        classify(
            m,
            &packs(),
            &Context {
                me: &["taro@gmail.com".into()],
                thread_case: None,
                recurring: None,
            },
        )
    }

    /// Each account's number, candidate ID and login address.
    fn numbers_ids_logins(r: &Classification) -> Vec<(u32, Option<&str>, Option<&str>)> {
        r.accounts
            .iter()
            .map(|a| {
                (
                    a.number,
                    a.candidate_id.as_deref(),
                    a.login_email.as_deref(),
                )
            })
            .collect()
    }

    #[test]
    fn accounts_laid_out_as_columns_are_a_listing() {
        // An HTML table with one column per account, as the converter renders it (one cell per
        // line; the empty cell leaves no line), and the ask put as what support does once told.
        let html = "<p>Hi Taro,</p><p>Below are the two certification profiles I found for you.</p><table><tr><th></th><th>Account #1</th><th>Account #2</th></tr><tr><td>Login email</td><td>taro@gmail.com</td><td>taro@corp.example</td></tr><tr><td>Exam history</td><td></td><td>4 exams</td></tr><tr><td>Candidate ID</td><td>AWS11720394</td><td>AWS03318465</td></tr></table><p>Once you tell me that both profiles are yours and that Account #1 is the one to keep, I will move everything from Account #2 into it.</p><p>Thanks,<br>Tomas</p>";
        let raw = format!("From: {TC}\r\nTo: taro@gmail.com\r\nSubject: {SUBJ}\r\nMessage-ID: <x@y>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
        let r = c(&Mail::parse(raw.as_bytes()).unwrap());
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        assert!(r.needs_reply);
        let got = numbers_ids_logins(&r);
        assert_eq!(
            got,
            [
                (1, Some("AWS11720394"), Some("taro@gmail.com")),
                (2, Some("AWS03318465"), Some("taro@corp.example"))
            ]
        );
        // Plain text, the columns aligned with spaces; a value is under its column's label.
        let body = "Hi Taro,\n\nThese are the two profiles we found:\n\n                      Account #1          Account #2\nCandidate ID          AWS10553871         AWS01938472\nLogin email           taro@gmail.com      taro@corp.example\nExam history                              4 exams (2019-2024)\n\nWhich one should we keep?\n\nKim";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        let got = numbers_ids_logins(&r);
        assert_eq!(
            got,
            [
                (1, Some("AWS10553871"), Some("taro@gmail.com")),
                (2, Some("AWS01938472"), Some("taro@corp.example"))
            ]
        );
        // A table with pipes keeps its empty cells.
        let body = "Hi Taro,\n\n| Field | Account #1 | Account #2 |\n|---|---|---|\n| Login email | taro@gmail.com | taro@corp.example |\n| Candidate ID |  | AWS01938472 |\n\nWhich one should we keep?\n\nKim";
        let r = on_case(body);
        let got = numbers_ids_logins(&r);
        assert_eq!(
            got,
            [
                (1, None, Some("taro@gmail.com")),
                (2, Some("AWS01938472"), Some("taro@corp.example"))
            ]
        );
    }

    #[test]
    fn news_of_another_case_is_not_news_of_this_one() {
        let body = "Hi Taro,\n\nGood news: your company's partner administrator released the profile. Next, I will prepare the merge and send you the details of both profiles before anything changes. The merge itself has not been done yet.\n\nSeparately, I noticed that the certificate name correction on your other case (13920477581) has been completed by my colleagues, so that one needs nothing further.\n\nThanks,\nTomas";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        // …but this case closed because the work was done under another is this case's end.
        let body = "Hello Taro,\n\nThe Training and Certification team has finished merging your certification accounts under their case 174942606031744, so I'm resolving this Support Center case.\n\nBest regards,\nDan";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
    }

    #[test]
    fn a_relink_completes_and_a_request_heading_echoes_the_form() {
        let r = on_case("Hello,\n\nThe Builder ID was still linked to the retired profile (AWS03318465). I have re-linked it to AWS11720394, so you should now land on your personal certification account when you sign in.\n\nBest regards,\nDan");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        let ack = "杉浦 美咲 様\n\nAWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\nケース番号 176413572200145 でお問い合わせを承りました。\n\n担当者より、通常 24 時間以内にご連絡いたします。\n\nご依頼内容:\n50% 割引特典の有効期限が迫ってしまいました。\n12 月 6 日の受験に使いたいので、延長していただけますか。\n\nAmazon Web Services";
        let r = on_case(ack);
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn japanese_completions_and_a_just_in_case_invitation() {
        each_reads_as_no_reply(
            Kind::Resolved,
            &[
                "杉浦様\n\nご確認いただき、ありがとうございます。\nご依頼の氏名修正は、これですべて完了となります。\n\nほかにご不明な点がございましたら、お気軽にこのメールへご返信ください。\n\n佐々木",
                "杉浦 美咲 様\n\n森でございます。\n50% 割引特典の有効期限の延長が完了いたしました。\n\n森",
                "杉浦 美咲 様\n\n有効期限が維持されていることを確認いたしました。本件はこれで完了でございます。\n\n万一、試験のお申し込み時に割引が適用されないようでしたら、このメールにご返信くださいませ。\n\n森",
            ],
        );
        // (not "once it is done": 完了しましたら…)
        let r = on_case(
            "杉浦様\n\nご依頼の氏名修正は、完了しましたら改めてご連絡いたします。\n\n佐々木",
        );
        assert_ne!(r.kind, Kind::Resolved, "{r:?}");
    }

    #[test]
    fn completions_by_another_party_and_status_notices() {
        each_reads_as_no_reply(
            Kind::Resolved,
            &[
                "Hello Ken,\n\nThe exam records group has attached your March exam to your certification account AWS01234567.\n\nNina",
                "Hi Ken,\n\nThe testing vendor has moved your booking (June 2, online) to your new profile.\n\nNina",
                "Hello,\n\nThe status of support case 176221723200417 changed from \"Work in progress\" to \"Resolved\".\n\nAWS Support",
                "Hi Ken,\n\nJust to round things off: Credly reissued the badges this morning, so nothing is outstanding on the merge any more.\n\nNina",
            ],
        );
        // (a case moved to a team is no completion; "nothing outstanding from you" is no news)
        for body in [
            "Hi Ken,\n\nI have moved your case to the records team, who will write to you.\n\nNina",
            "Hi Ken,\n\nNothing is outstanding from you; we are still waiting on the partner.\n\nNina",
        ] {
            let r = on_case(body);
            assert_ne!(r.kind, Kind::Resolved, "{body}: {r:?}");
        }
    }

    #[test]
    fn japanese_receipt_in_the_passive_a_pause_and_an_instruction_for_a_repeat_case() {
        // the receipt said in the passive, with the usual instruction for a matter that already
        // has a case: no request
        let r = on_case(
            "山田 太郎 様\n\nお問い合わせいただき、ありがとうございます。ご依頼はケース 176221723200417 として登録されました。\n担当者より 2 営業日以内にご連絡いたします。\n\nお問い合わせが以前のケースと同じ内容の場合は、新しいフォームを送らず、以前のケースのメールにご返信くださいますようお願いいたします。\n\nAWS トレーニングと認定",
        );
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        assert!(!r.needs_reply);
        // the case paused while another department reviews it
        let r = on_case(
            "山田様\n\nお問い合わせいただき、ありがとうございます。\n記録の移行には監査部門の承認が必要なため、承認が下りるまで本件の作業を一時停止いたします。\nお客様にご対応いただくことはございません。\n\n佐藤",
        );
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn a_case_number_set_off_by_commas_is_still_a_receipt() {
        let r = on_case(
            "Hello,\n\nThank you for contacting AWS Training and Certification.\n\nA case, 176221723200417, has been created for your request. Expect an answer within a day.\n\nCustomer Service",
        );
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn work_passed_on_for_approval_or_promised_once_posted_is_not_done_yet() {
        each_reads_as_no_reply(
            Kind::CaseUpdate,
            &[
                "Hi Ken,\n\nI have completed the correction form on our side and submitted it to the records team for approval.\n\nNina",
                "Hi Ken,\n\nThere's nothing you need to send - I'll write again as soon as the score has been posted to your account.\n\nNina",
                "Hi Ken,\n\nThe result is now attached to your profile. One step is left: transcripts are rebuilt in a weekly batch, and I will check yours after Monday's run.\n\nNina",
            ],
        );
        // …and a yes from another team is the end of it
        let r = on_case(
            "Hi Ken,\n\nThe benefits team approved the extension, so your voucher now expires on 31 July.\n\nNina",
        );
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
    }

    #[test]
    fn a_japanese_reminder_that_asks_again_and_a_receipt_of_the_reply() {
        // the earlier request not yet answered, asked again, with the date the case closes
        let r = on_case(
            "山田 太郎 様\n\n先週お願いしておりました書類を、まだ頂戴できておりません。\nお手数ですが、受験票の写しを本メールへのご返信でお送りいただけますでしょうか。\n5月20日までにご返信がない場合、本ケースはいったんクローズとさせていただきます。\n\n佐藤",
        );
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        assert!(r.needs_reply);
        let r = on_case(
            "Your reply to case 176221723200417 has reached us and the case is back with our team. Nothing else is needed from you right now.\n\n(automated notice)",
        );
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn where_the_fixed_thing_now_shows_and_a_hold_on_the_case_lifted() {
        for body in [
            "Hi Ken,\n\nI've cleared the flag, and the discount now appears under Benefits on AWS01234567.\n\nNina",
            "Hi Ken,\n\nYour score report is showing in Exam History now; a sync had stalled and we re-ran it.\n\nNina",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::Resolved, "{body}: {r:?}");
        }
        let r = on_case(
            "Hello Ken,\n\nGood news: the partner has removed the association, so the hold on your case has been lifted. I'll write shortly with the accounts to confirm.\n\nNina",
        );
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        let r = on_case(
            "Thank you for contacting AWS Training and Certification.\n\nCase ID: 176221723200417\n\nSubmitted details\n-----------------\nName: Ken\n",
        );
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
    }

    #[test]
    fn a_confirmation_received_and_support_s_own_word_to_come_ask_nothing() {
        let r = on_case(
            "Hello Ken,\n\nThank you: your confirmation from the personal address is on the case, and the merge is now running.\n\nMerges take up to three business days. I'll confirm on this case once the merge is complete.\n\nNina",
        );
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn support_mail_a_trusted_forwarder_changed_is_support_mail() {
        // the work mailbox (Microsoft 365) added a banner and forwarded it to Gmail
        let forwarded = "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none; b=x\r\nARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=us-west-2.amazonses.com; dmarc=pass action=none header.from=amazon.com; dkim=pass header.d=amazon.com\r\n";
        let top = "mx.google.com; arc=pass (i=1 dmarc=pass fromdomain=amazon.com); dkim=neutral (body hash did not verify) header.i=@amazon.com; dmarc=fail (p=QUARANTINE dis=NONE arc=pass) header.from=amazon.com";
        let body = "CAUTION: This email originated from outside of the organization.\r\n----------\r\n\r\nHi Taro,\r\n\r\nShall I merge everything into Account #1? A one-line reply is enough.\r\n\r\nRahul";
        let raw = |arc: &str| {
            format!("Authentication-Results: {top}\r\n{arc}From: {TC}\r\nTo: taro@corp.example\r\nSubject: {SUBJ}\r\nMessage-ID: <x@y>\r\n\r\n{body}")
        };
        let r = c(&Mail::parse(raw(forwarded).as_bytes()).unwrap());
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{}", r.why);
        assert!(r.needs_reply);
        // the same claim sealed by a relay nobody vouches for is a spoof
        let own_relay = forwarded.replace("microsoft.com", "aws-relay.example");
        let r = c(&Mail::parse(raw(&own_relay).as_bytes()).unwrap());
        assert_eq!(r.kind, Kind::Suspicious, "{}", r.why);
    }

    #[test]
    fn a_company_lists_copy_of_support_mail_is_support_mail() {
        let arc = "ARC-Seal: i=1; a=rsa-sha256; d=lists.corp.example; s=list; cv=none; b=x\r\nARC-Authentication-Results: i=1; lists.corp.example; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com\r\n";
        let top = "mx.google.com; arc=pass; dkim=pass header.i=@lists.corp.example; dkim=neutral header.i=@amazon.com; dmarc=pass header.from=lists.corp.example";
        let body = "Hi Taro,\r\n\r\nShall I merge everything into Account #1? A one-line reply is enough.\r\n\r\nRahul";
        let raw = |arc: &str| {
            format!("Authentication-Results: {top}\r\n{arc}List-Id: <aws.lists.corp.example>\r\nFrom: \"aws-cs-trainingcertification-form at amazon.com via aws\" <aws@lists.corp.example>\r\nReply-To: aws-cs-trainingcertification-form@amazon.com\r\nTo: taro@corp.example\r\nSubject: [aws:00087] {SUBJ}\r\nMessage-ID: <x@y>\r\n\r\n{body}")
        };
        let m = Mail::parse(raw(arc).as_bytes()).unwrap();
        let ctx = Context {
            me: &["taro@gmail.com".into(), "taro@corp.example".into()],
            thread_case: None,
            recurring: None,
        };
        let r = classify(&m, &packs(), &ctx);
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{}", r.why);
        // another organisation's list is not the person's to vouch for
        let theirs = Mail::parse(
            raw(&arc.replace("d=lists.corp.example", "d=lists.other.example")).as_bytes(),
        )
        .unwrap();
        let r = classify(&theirs, &packs(), &ctx);
        assert_ne!(r.kind, Kind::ConfirmationRequest, "{}", r.why);
        assert!(!r.needs_reply);
    }

    #[test]
    fn the_request_done_in_its_own_words_is_resolved_whatever_it_asked_for() {
        for news in [
            "I moved the SAA-C03 result from AWS07654321 to AWS01234567. It is listed in your exam history from today.",
            "The notification address on your account is now taro@gmail.com; the old work address no longer receives anything from us.",
            "Your request for extra exam time (ESL +30) was approved and is attached to your profile for future bookings.",
            "The refund of USD 150 went back to the card ending 4242 today; banks take 5 to 10 days to show it.",
        ] {
            let r = on_case(&format!("Hello Taro,\n\n{news}\n\nRegards,\nKim"));
            assert_eq!(r.kind, Kind::Resolved, "{news}: {r:?}");
            assert!(!r.needs_reply, "{news}");
        }
        // work only under way is not done
        let news = "The records team has started moving the exam result; I will write again once it shows in your history.";
        let r = on_case(&format!("Hello Taro,\n\n{news}\n\nRegards,\nKim"));
        assert_eq!(r.kind, Kind::CaseUpdate, "{news}: {r:?}");
    }

    #[test]
    fn a_listing_support_says_it_has_checked_reports_and_asks_nothing() {
        let listing =
            "Account #1: taro@gmail.com (AWS01234567)\nAccount #2: taro@corp.example (AWS07654321)";
        for body in [
            format!("Hello,\n\nWe verified that the following information is correct:\n\n{listing}\n\nThe merge into Account #1 is now complete.\n\nRegards,\nKim"),
            format!("Hello,\n\nWe have checked the following details and they are correct:\n\n{listing}\n\nThe request has been passed to the merge team, who will write when it is done.\n\nRegards,\nKim"),
            format!("Hello,\n\nWe verified that the following information is correct:\n\n{listing}\n\nThank you for your patience.\n\nRegards,\nKim"),
            format!("Hello,\n\nI have double-checked both accounts below and they are in order.\n\n{listing}\n\nThank you for your patience.\n\nRegards,\nKim"),
        ] {
            let r = on_case(&body);
            assert!(!r.needs_reply, "{body}: {r:?}");
        }
        // the same listing with nothing said of it still asks which account to keep
        let body =
            format!("Hello,\n\nThese are the accounts we found:\n\n{listing}\n\nRegards,\nKim");
        let r = on_case(&body);
        assert!(r.needs_reply, "{body}: {r:?}");
        assert_eq!(r.kind, Kind::ConfirmationRequest);
    }

    #[test]
    fn nothing_else_needed_right_after_a_directive_means_besides_it() {
        for body in [
            "Hi Kenta,\n\nI have put the case on hold until we receive the same statement from your personal address.\n\nPlease reply to this thread from your personal address and confirm your final working day. Nothing else is needed from you.\n\nRegards,\nMarco",
            "Hi Kenta,\n\nCould you send the candidate ID of the old account? Nothing more is needed from you after that.\n\nRegards,\nMarco",
            "Hi Kenta,\n\nPlease confirm your last working day at the company. Other than that, nothing is needed from you.\n\nRegards,\nMarco",
        ] {
            let r = on_case(body);
            assert!(r.needs_reply, "{body}: {r:?}");
        }
        // The other branch of an offer, or a condition met by a check: no reply is needed.
        for body in [
            "Hi Kenta,\n\nYour accounts are merged. If you'd like us to keep your old address as a secondary contact, just let me know. Otherwise there is nothing else to do on your side.\n\nRegards,\nMarco",
            "Hi Kenta,\n\nThe team is re-linking the exam now. Does that cover everything? If so, there is nothing more you need to send.\n\nRegards,\nMarco",
        ] {
            let r = on_case(body);
            assert!(!r.needs_reply, "{body}: {r:?}");
        }
    }

    /// New wording of general classes, from the development set blind-146/148: a reminder whose
    /// threat names the case as what closes, a "you don't have to do anything" that cancels a
    /// sufficiency remark before it, an automatic receipt of the person's reply, a completion
    /// said as "is now attached to", a check reported back, a lookalike of a brand written as
    /// two words in its display name.
    #[test]
    fn reminders_receipts_completions_and_spaced_brands_in_new_wording() {
        let r = on_case("Hi Taro,\n\nFollowing up on my message of 17 March about which account to keep. Without your answer I can't run the merge, and this case will close on its own on 23 March. A reply to this email, even a single line, keeps it open.\n\nJun");
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        assert!(r.needs_reply);
        let r = on_case("Hello Taro,\n\nThanks for the clear description, the two candidate IDs are all we need. Account merges are paused at the moment while the tool we use is upgraded; your case is on hold until then. You don't have to do anything in the meantime.\n\nRegards");
        assert!(!r.needs_reply, "{r:?}");
        let r = on_case("Hello,\n\nYour reply on case 176221723200417 has reached AWS Training and Certification and has been added to the case. The person working on it has been notified.\n\nAWS Training and Certification (automated message)");
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        let r = on_case("Hello,\n\nYour reply has been added to case 176221723200417. There is no need to send it again.\n\nAWS Training and Certification");
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        let r = on_case("Hi Taro,\n\nI haven't been able to get the Credly address from you after two tries, so I'm closing case 176221723200417 for now. Nothing is lost: reply to this message whenever you're ready and the case picks up where it left off.\n\nLwazi");
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        assert!(r.needs_reply);
        let r = on_case("Hello Taro,\n\nGood news: the 50% exam discount earned with your certification is now attached to candidate ID AWS04471209. You will find it under Benefits the next time you sign in.\n\nKind regards");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        let r = on_case("Hi Taro,\n\nLooking into the discount now. Sign in to Account #1, open Benefits, and tell me what is listed under \"Exam discounts\", including anything marked used or expired.\n\nAisha");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        let m = mail(
            "Pearson VUE <candidate-services@pearsonvue-exams.com>",
            "Urgent: confirm payment to keep your exam appointment",
            Some("mx.google.com; dkim=pass header.i=@pearsonvue-exams.com; dmarc=pass header.from=pearsonvue-exams.com"),
            "Dear Candidate,\n\nYour upcoming exam appointment could not be verified because the payment was declined. To keep your appointment, confirm your payment details within 12 hours: https://pearsonvue-exams.com/verify\n",
        );
        assert_eq!(c(&m).kind, Kind::Suspicious, "{:?}", c(&m));
    }

    #[test]
    fn freshly_worded_confirmation_request() {
        let m = mail(TC, SUBJ, None, "Hello Taro,\n\nI located two certification profiles tied to you:\n\nAccount #1\nLogin email: taro@gmail.com\nCandidate ID: AWS04819087\n\nAccount #2\nLogin email: t.yamada@corp.example.co.jp\nCandidate ID: AWS01234567\n\nShall I fold Account #2 into Account #1? Just let me know and I'll take care of it.\n\nBest,\nPriya");
        let r = c(&m);
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        assert!(r.needs_reply);
        assert_eq!(r.case.as_deref(), Some("176221723200417"));
        assert_eq!(r.accounts.len(), 2);
        assert_eq!(
            r.accounts[1].login_email.as_deref(),
            Some("t.yamada@corp.example.co.jp")
        );
        assert_eq!(r.accounts[0].candidate_id.as_deref(), Some("AWS04819087"));
        assert_eq!(r.candidate_ids, vec!["AWS04819087", "AWS01234567"]);
    }

    #[test]
    fn a_release_still_to_come_keeps_the_hold() {
        let body = "Hello Taro,\n\nThank you, that's what we needed. I've sent the release request to our Partner team. They manage the link between certification accounts and APN organizations, and the merge can't start until they've removed the association from AWS04417265.\n\nThere's nothing you need to do in the meantime.\n\nBest regards,\nPriya";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        assert!(!r.needs_reply);
        // Said as done, the same words end the hold.
        let done = body.replace(
            "the merge can't start until they've removed",
            "they have removed",
        );
        let r = on_case(&done);
        assert_ne!(r.kind, Kind::OnHold, "{r:?}");
    }

    #[test]
    fn a_message_support_forwards_under_its_note_is_read() {
        let fwd = "Hi Taro,\n\nThe partner team's answer is below.\n\nMarcus\n\n---------- Forwarded message ---------\nFrom: AWS Partner Operations\nDate: Mon, 3 Nov 2025\nSubject: Merge check\n\nHi team,\n\nCould the customer reply with the last day of their employment at the partner?\n\nThanks,\nPartner Operations\n";
        let r = on_case(fwd);
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        // The person's own message forwarded back asks nothing of them.
        let theirs = fwd.replace("AWS Partner Operations", "Taro <taro@gmail.com>");
        let r = on_case(&theirs);
        assert!(!r.needs_reply, "{r:?}");
    }

    #[test]
    fn a_proposal_to_close_put_as_a_question_asks_and_threatens_nothing() {
        let body = "Hi Taro,\n\nYour reply reopened this case, but the same request is open as 176221723200999. Are you OK with me closing this case on our side and carrying on under 176221723200999?\n\nBest,\nMarcus";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        let jp = "太郎様\n\n本ケースは再オープンしております。同じご依頼のケースが2件ございます。ケース 176221723200999 に一本化し、本ケースはクローズさせていただく形でよろしいでしょうか。\n\n田村";
        let r = on_case(jp);
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        // The same closing said as what will happen is a closing notice.
        let notice = "Hi Taro,\n\nWe have not heard back from you, so I will close this case on Friday.\n\nBest,\nMarcus";
        let r = on_case(notice);
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
    }

    #[test]
    fn an_outcome_still_to_be_seen_invites_and_a_heading_over_a_need_asks() {
        let body = "Hi Taro,\n\nBenefits are copied by a nightly job, so the voucher should appear within 48 hours.\n\nIf it's still missing after Monday, let me know here.\n\nMarisol";
        let r = on_case(body);
        assert!(!r.needs_reply, "{r:?}");
        let body = "Hi Taro,\n\nI looked up the profile behind your Partner Central sign-in.\n\nWhat we need from you\n\nThe candidate ID of the account this profile should be combined into.\n\nBest,\nNadia";
        let r = on_case(body);
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn a_firm_hold_whose_only_ask_is_a_question_is_a_hold_that_asks() {
        let body = "Hi Taro,\n\nYour old account is still associated with an APN organization, so the merge is on hold. I've sent the request to our partner team and the case is on hold while they work through it.\n\nWhile we wait: do you still receive mail at taro@corp.example?\n\nBest,\nMarcus";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        assert!(r.needs_reply, "a hold that asks needs a reply");
        // The partner only named, no hold: the same question asks for information.
        let named = "Hi Taro,\n\nPartner Central shows certifications from one account only.\n\nDo you still receive mail at taro@corp.example?\n\nBest,\nMarcus";
        let r = on_case(named);
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        // News that only names the partner is no hold.
        let news = "Hi Taro,\n\nA short follow-up: the AWS Partner team has now removed your certifications from your former employer's partner profile, and the change is visible in AWS Partner Network.\n\nBest,\nMarcus";
        let r = on_case(news);
        assert_ne!(r.kind, Kind::OnHold, "{r:?}");
    }

    #[test]
    fn a_choice_about_an_appointment_is_information_unless_it_names_the_accounts() {
        let ask = "Hi Taro,\n\nI've queued the merge with our back-end team. Account #2 still has an exam appointment attached to it (SOA-C02, April 26).\n\nShould that appointment move across with the merge, or will you cancel it first?\n\nBest,\nMarcus";
        let r = on_case(ask);
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        // The same choice said of the accounts asks to confirm the merge.
        let accounts = "Hi Taro,\n\nAccount #2 still has an exam appointment attached to it.\n\nShould we keep Account #1 and move the appointment across with the merge?\n\nBest,\nMarcus";
        let r = on_case(accounts);
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        // In a hold, a question about a voucher is still the hold's question.
        let hold = "Hi Taro,\n\nYour old account is still associated with your former employer's APN organization, so the merge is paused until our Partner team detaches it.\n\nWhile we wait: did you ever redeem a voucher on that account?\n\nBest,\nMarcus";
        let r = on_case(hold);
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        assert!(r.needs_reply);
    }

    #[test]
    fn a_closing_threat_is_a_new_requests_deadline_unless_support_says_it_is_still_waiting() {
        // First asked in this mail, with the console's auto-close as its deadline: the ask decides.
        let first = "お客様\n\nサービスチームより修正が完了したとの連絡がありました。お手数ですが、サインイン時の動作をご確認のうえ、結果をお知らせください。\n\nなお、3 日以内にご返信がない場合、本ケースは自動的に解決済みとなります。\n\n小林";
        let r = on_case(first);
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        let en = "Hi Taro,\n\nThe records team is looking at the sign-in redirect. Could you try signing in and tell us whether it now works? If there is no reply within 3 days, this case will be closed automatically.\n\nBest,\nMarcus";
        assert_eq!(on_case(en).kind, Kind::InfoRequest);
        // The same threat after a reminder is a closing notice.
        let reminder = "Hi Taro,\n\nWe haven't heard back about the sign-in test. Could you try signing in and tell us whether it now works? If there is no reply within 3 days, this case will be closed automatically.\n\nBest,\nMarcus";
        let r = on_case(reminder);
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        assert!(r.needs_reply);
        let ja = "森岡様\n\n3月10日にお送りした最終確認について、まだお返事をいただけておりません。\n3営業日以内にご返信がない場合、本ケースはクローズさせていただきます。\nご確認いただけますと幸いです。\n\n田村";
        assert_eq!(on_case(ja).kind, Kind::ClosingNotice);
        // An ask that is only the reply that keeps the case open is the notice's own.
        let keep = "Hi Taro,\n\nThis case will be closed automatically in 3 days. Please reply to this email to keep it open.\n\nBest,\nMarcus";
        assert_eq!(on_case(keep).kind, Kind::ClosingNotice);
    }

    #[test]
    fn a_completion_that_closes_as_a_courtesy_is_resolved_a_close_for_silence_is_a_notice() {
        let courtesy = "Hi Taro,\n\nI've updated the name on your certification profile to \"Taro Yamada\"; new certificates will show it. Unless we hear otherwise, this case will be closed on Friday.\n\nRegards,\nNakamura";
        let r = on_case(courtesy);
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
        // Support still waiting on the person: the same threat is a notice.
        let waiting = "Hi Taro,\n\nI'm still waiting on your answer about the spelling of your name. Unless we hear otherwise, this case will be closed on Friday.\n\nRegards,\nNakamura";
        let r = on_case(waiting);
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        assert!(r.needs_reply);
        // Resolved *because* nobody answered: a notice (a reply reopens it).
        let silence = "Hello,\n\nThis case has been resolved automatically because we did not hear back from you. You can reply within 14 days to reopen it.\n\nAWS Support";
        let r = on_case(silence);
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        assert!(r.needs_reply);
    }

    #[test]
    fn a_close_unless_the_person_objects_is_a_courtesy_not_a_notice() {
        let thanks = "Hi Taro,\n\nGreat, thanks for checking. Unless we hear otherwise, this case will be closed automatically after two business days.\n\nPriya";
        let r = on_case(thanks);
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
        // 特にご連絡がございませんでしたら is a condition, not "we have had no reply".
        let ja = "山田様\n\nご返信ありがとうございます。\nトレーニング関連の通知先も変更いたしました。\n特にご連絡がございませんでしたら、5営業日後に本ケースをクローズさせていただきます。\n\n佐々木";
        let r = on_case(ja);
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
        // Still waiting on the person: a notice, consent or not.
        let ja_waiting = "山田様\n\n先日お送りしたご質問について、まだご返信をいただけておりません。\n特にご連絡がございませんでしたら、5営業日後に本ケースをクローズさせていただきます。\n\n佐々木";
        assert_eq!(on_case(ja_waiting).kind, Kind::ClosingNotice);
    }

    #[test]
    fn a_completion_with_a_question_for_the_person_is_a_request() {
        for body in [
            "Hi Taro,\n\nDone - the profile name is now Taro Yamada. Please download a fresh copy of the certificate and reply to tell me whether the name now reads correctly.\n\nPriya",
            "Hi Taro,\n\nI have re-issued the badge invitation. Once you have tried to accept it, please let me know in the Support Center whether it worked.\n\nPriya",
            "山田様\n\n認定関連の通知先メールアドレスを変更いたしました。\nなお、トレーニング関連の通知先は旧アドレスのままです。\nこちらも同じアドレスに変更してよろしいでしょうか。\n\n佐々木",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::InfoRequest, "{body}: {r:?}");
            assert!(r.needs_reply);
        }
        // An action that wants no answer stays a completion.
        let r = on_case("Hi Taro,\n\nI have re-issued the badge invitation. Please accept it from your Credly account.\n\nPriya");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
    }

    #[test]
    fn a_question_after_nothing_to_do_for_that_part_still_asks() {
        let hold = "Hi Taro,\n\nSome exam records are waiting on a verification step with our exam delivery partner, so I've put this case on hold until they get back to us. There's nothing you need to do for that part. One thing that would help while we wait: did you ever take an AWS exam under a different name?\n\nBest,\nMarcus";
        let r = on_case(hold);
        assert!(r.needs_reply, "{r:?}");
        // A heading the mail answers itself is no question to the person.
        let faq = "Hi Taro,\n\nYour merge is with the records team; there is nothing you need to do.\n\nSent the form twice? We have linked both cases.\n\nBest,\nMarcus";
        assert!(!on_case(faq).needs_reply);
    }

    #[test]
    fn where_further_information_goes_is_not_a_request() {
        let ack = "山田様\n\nAWS トレーニングと認定へのお問い合わせありがとうございます。\nケース 13947260581 としてお問い合わせを承りました。\n同じ内容で新たにケースを作成されますと対応が遅れる原因となりますので、追加の情報は本メールへの返信でお送りください。\n";
        let r = on_case(ack);
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn a_case_reopened_is_an_update_not_an_acknowledgement() {
        let ja = "藤沢 様\n\nお問い合わせいただきありがとうございます。\nケース 7294518830 を再開いたしました。\n\n現在担当チームにて確認を進めております。\n\n松本";
        let r = on_case(ja);
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        assert!(!r.needs_reply);
        let en = "Hi Taro,\n\nThank you for your message. I've reopened your case and passed your note to the records team.\n\nBest,\nMarcus";
        assert_eq!(on_case(en).kind, Kind::CaseUpdate);
        // The system's receipt of the reply that reopened the case acknowledges it.
        let receipt = "Hello,\n\nYour message has been added to case 176221723200417. The case had been resolved and is open again; an associate will respond within one business day.\n\nAWS Training and Certification";
        assert_eq!(on_case(receipt).kind, Kind::Acknowledgement);
        let receipt = "Hello,\n\nWe received your reply, and case 176221723200417 has been reopened.\n\nAWS Training and Certification";
        assert_eq!(on_case(receipt).kind, Kind::Acknowledgement);
        let receipt = "Hello,\n\nYour case 176221723200417 has been reopened following your reply. An associate will look at it shortly.\n\nAWS Training and Certification";
        assert_eq!(on_case(receipt).kind, Kind::Acknowledgement);
        // Thanks for a new message, without a reopening, acknowledge it.
        let new = "藤沢 様\n\nお問い合わせいただきありがとうございます。\nケース 7294518830 として受け付けいたしました。\n\n松本";
        assert_eq!(on_case(new).kind, Kind::Acknowledgement);
    }

    #[test]
    fn twenty_eighth_session_shapes_read_right() {
        // a duplicate said without the word "duplicate" in the closing sentence
        let linked = "Hi Taro,\n\nYour second form reached us a few minutes after the first. We have closed this case (175800611900213) and will handle the whole merge in 175800412300847.\n\nMarcus";
        let r = on_case(linked);
        assert_eq!(
            (r.kind, r.closed_as_duplicate),
            (Kind::CaseUpdate, true),
            "{}",
            r.why
        );
        let repeats = "Hello,\n\nCase 175800611900213 duplicates an existing case for the same request. Case 175800611900213 has been closed. All further correspondence about your merge will take place on case 175800412300847.\n\nSupport";
        assert_eq!(on_case(repeats).kind, Kind::CaseUpdate);
        // the merge reported with the accounts' numbers
        let done = "Hi Taro,\n\nAccount #2 is now merged into Account #1. Your certifications are all on the one profile.\n\nMarcus";
        assert_eq!(on_case(done).kind, Kind::Resolved);
        // the system's receipt of the person's newest message
        let added = "This is an automated message.\n\nWe've added your latest message to case 176221723200417. An agent will reply here.";
        assert_eq!(on_case(added).kind, Kind::Acknowledgement);
        // a need stated in second-language English
        let need = "Dear Taro,\n\nThe partner team can start only after one step. It is necessary that you confirm us your last working day at the company.\n\nLukas";
        let r = on_case(need);
        assert!(r.needs_reply, "{}", r.why);
        // a partner tie in the past, as the cause of something else, is no hold
        let past = "Hello Taro,\n\nI checked the merge record. The merge itself went through, but vouchers issued while an account was linked to a partner organization are sometimes not carried over.\n\nSo that the benefits team can reissue it, I need one thing from you: the voucher code.\n\nPriya";
        assert_eq!(on_case(past).kind, Kind::InfoRequest);
        // a receipt's echo of the form under a "Request summary" heading, and how to add to it
        let echo = "ご連絡ありがとうございます。お問い合わせを受け付けました。補足事項は本メールへのご返信にてお知らせください。\n\nRequest summary\nIssue type: Certification\nDescription: 統合後に割引が表示されません。確認をお願いします。";
        let r = on_case(echo);
        assert_eq!(r.kind, Kind::Acknowledgement, "{}", r.why);
        assert!(!r.needs_reply);
        // a FAQ's elliptical question in a receipt, answered next
        let faq = "Your request is now case 176221723200417. Already have an open case about the same thing? Then there is no need to submit the form again.";
        let r = on_case(faq);
        assert_eq!(
            (r.kind, r.needs_reply),
            (Kind::Acknowledgement, false),
            "{}",
            r.why
        );
        // what another team wants, announced as a list, after history that reads as done
        let list = "Hello,\n\nThe merge on your other case moved your exams, but the discount code stayed behind. Our benefits team can issue a new one; before they do, they ask for two things:\n\n1. The exam that earned it.\n2. Whether you tried the old code.\n\nRyo";
        let r = on_case(list);
        assert_eq!(
            (r.kind, r.needs_reply),
            (Kind::InfoRequest, true),
            "{}",
            r.why
        );
        // the work another team reports done, and the result checked (Japanese)
        let ja = "藤原 様\n\nトレーニング担当チームより、アカウント B の受講履歴をアカウント A へ統合したとの連絡がありました。修了済みのコースがすべてアカウント A に表示されることを、こちらでも確認しております。\n\n佐藤";
        assert_eq!(on_case(ja).kind, Kind::Resolved);
    }

    #[test]
    fn twenty_eighth_session_holds_and_completions_in_other_words() {
        // a thing moved where it belongs, and where it now shows
        let moved = "Hi Taro,\n\nGood news: I have moved the exam discount onto your personal certification account.\n\nShould anything look off when you sign in, just reply here.\n\nAna";
        assert_eq!(on_case(moved).kind, Kind::Resolved);
        // other things done, in the developers' own probe words
        for done in [
            "The voucher has been put back on your account.",
            "We've gone ahead and linked the exam to your candidate ID.",
            "Everything from the old account has been brought over.",
            "Your exam history has been carried over to Account #1.",
            "I've switched the login email to your personal address.",
        ] {
            let r = on_case(&format!("Hi Taro,\n\n{done}\n\nAna"));
            assert_eq!(r.kind, Kind::Resolved, "{done}: {}", r.why);
        }
        // a question "in the meantime" of a hold still said pending ("until the partner
        // association has been released" is no release)
        let hold = "Hello Taro,\n\nYour company account is tied to a partner organization, so we can't merge it until the partner association has been released. I have asked their administrator to review it.\n\nIn the meantime, are you still employed there?\n\nPriya";
        let r = on_case(hold);
        assert_eq!((r.kind, r.needs_reply), (Kind::OnHold, true), "{}", r.why);
        // the party the case waits on has not answered yet
        let silent = "Hi Taro,\n\nA short status note: the partner administrator at Example Corp hasn't replied yet, so your old account still sits in their Partner Network organization. I sent them a reminder this morning.\n\nPriya";
        let r = on_case(silent);
        assert_eq!((r.kind, r.needs_reply), (Kind::OnHold, false), "{}", r.why);
        // an ask made for the outside party's check (Japanese)
        let ja = "山田 様\n\nCredly 社に調査を依頼しておりますが、まだ回答が届いておらず、本ケースは保留とさせていただいております。Credly 社での照合を進めるため、これまで使用されたメールアドレスをお知らせいただけますでしょうか。\n\n中村";
        let r = on_case(ja);
        assert_eq!((r.kind, r.needs_reply), (Kind::OnHold, true), "{}", r.why);
    }

    #[test]
    fn a_duplicate_closed_is_an_update_not_a_completion() {
        // The request goes on under the other case: nothing is done yet, and the other case's
        // opening, mentioned in passing, is not this mail's news.
        let dup = "Hello Taro,\n\nIt looks like your request reached us twice: case 175800412300847 was opened from your personal address half an hour before this one. To keep everything in one place I have closed this case (175800611900213) as a duplicate. A colleague is already working on 175800412300847.\n\nThere is no need to reply here.\n\nMarcus";
        let r = on_case(dup);
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        assert!(!r.needs_reply);
        let ja = "藤沢 様\n\n本ケース(174512161900093)は重複のため、クローズいたしました。今後のご連絡はケース 174512000000000 にてお送りいたします。\n\n松本";
        assert_eq!(on_case(ja).kind, Kind::CaseUpdate);
        // The merge done under the other case is the news: the duplicate closed with it is done.
        let done = "Hi Taro,\n\nYour accounts were merged today under case 174099384100271, so I'm closing this duplicate case as resolved.\n\nMarcus";
        assert_eq!(on_case(done).kind, Kind::Resolved);
    }

    #[test]
    fn an_ask_carried_by_the_subject_is_read_when_the_body_points_to_it() {
        let subject = "RE:[CASE 174882673100417] [AWS Training and Certification Form Submission] - account-assistance - pls confirm from gmail: keep Account #1?";
        let r = c(&mail(
            TC,
            subject,
            None,
            "Hi, see subject.\n\nTomasz\nAWS T&C",
        ));
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        assert!(r.needs_reply);
        let r = c(&mail(
            TC,
            "RE:[CASE 174885564001237] [AWS Training and Certification Form Submission] - account-assistance // need ur old login email",
            None,
            "Hi Kaede - see subject. Nothing comes up under the addresses in your form.\n\nMarco",
        ));
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        // A body that does not point to it is judged on its own.
        let r = c(&mail(
            TC,
            subject,
            None,
            "Hi,\n\nThanks, the go-ahead has arrived. I'm passing the merge on now.\n\nTomasz",
        ));
        assert!(!r.needs_reply, "{r:?}");
    }

    #[test]
    fn terse_notes_on_a_hold_a_completion_and_a_duplicate() {
        let r = on_case("Thx for the date. Still on hold until Kestrelbyte's partner admin releases the link; I've sent them the request. Nothing for you to do.\n\n-Daniel");
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        let r = on_case("Glad it shows now. Marking this resolved. If something else comes up, you can reopen it from the Support Center within 14 days.\n\nLucia");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        for body in [
            "Closing this one; updates will come on the other case.\n\n-S",
            "Hello,\n\nThis request duplicates case 174097235100381, which was opened earlier the same day for the same accounts. To keep everything in one place we have closed this case. The other case remains open and our team will continue there.\n\nColm",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
            assert!(r.closed_as_duplicate, "{r:?}");
        }
    }

    #[test]
    fn a_choice_about_a_middle_initial_is_information_not_the_account_to_keep() {
        let r = on_case("Hi Kaito,\n\nYour name correction is now with the records team.\n\nWhile they work on it: your passport spelling has no middle name, but the name field on your account profile reads \"Kaito R. Mizusawa\". Should the corrected name keep that middle initial, or should it be dropped?\n\nColm");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
    }

    #[test]
    fn a_duplicate_closed_without_the_word_is_an_update() {
        let body = "Status: Closed\n\nHello,\n\nThis request is the same as case 174165471300517, which was submitted from your personal address. To keep the history in one place, I have closed this case. All further updates will come on case 174165471300517.\n\nNo further action is required on this case.\n\nMarcus";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        assert!(!r.needs_reply);
        // The case it goes on under is kept; the mail's own case is not it.
        assert!(r.closed_as_duplicate);
        assert_eq!(r.duplicate_of.as_deref(), Some("174165471300517"));
        let news = on_case("Hello,\n\nYour request is with the merge team; they will write on this case.\n\nMarcus");
        assert!(!news.closed_as_duplicate);
    }

    #[test]
    fn support_waiting_on_the_persons_word_asks() {
        // The next step is support's, on the person's confirmation: a request without a question.
        let fold = "Hello Taro,\n\nAWS07733014 is a third certification record. I will fold Account #3 into Account #1 as soon as you confirm that this record is yours and that Account #1 is the one to keep.\n\nUntil I hear from you the case stays on hold.\n\nTomasz";
        let r = on_case(fold);
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        assert!(r.needs_reply);
        // What a merge carries over, said before the choice, is no antecedent of "which of the two".
        let moved = "Hello Taro,\n\nAfter a merge only one of these survives. Exam history, certifications, badges and benefits from the other one are moved across. I'll go ahead as soon as you tell me which of the two should be the one you keep.\n\nDaniela";
        assert_eq!(on_case(moved).kind, Kind::ConfirmationRequest);
        // "keep" as "go on" chooses nothing.
        let hold = "Hello Taro,\n\nThe old account is linked to an AWS Partner, so I have placed this case on hold. Are you leaving the company, and if so, what is your last working day? It would also help to know until when this company mailbox will keep receiving mail.\n\nPriyanka";
        let r = on_case(hold);
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        assert!(r.needs_reply);
    }

    #[test]
    fn a_hold_said_to_go_on_makes_its_question_the_holds() {
        let body = "Hello,\n\nThe hold continues. To help the partner team, what was your last working day at Kuroshio?\n\nKim";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        assert!(r.needs_reply);
        // A hold lifted is not one.
        let lifted = on_case(
            "Hello,\n\nThe hold is lifted and your merge is with the team that performs it.\n\nKim",
        );
        assert_eq!(lifted.kind, Kind::CaseUpdate, "{lifted:?}");
    }

    #[test]
    fn a_completion_with_a_conditional_offer_is_done() {
        let body = "Hello Taro,\n\nThanks for the details. I have re-linked registration 482019375 to AWS07391264, so your May 10 appointment now shows on your account. Nothing else is needed from you.\n\nShould the appointment not show up, just reply to this e-mail and I will check again.\n\nJordan";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
        // The news said in a word, with the invitation after its dash.
        let terse = on_case("Hello,\n\nDone - let me know if anything looks off.\n\nKim");
        assert_eq!(terse.kind, Kind::Resolved, "{terse:?}");
    }

    #[test]
    fn help_desk_receipts_ask_nothing() {
        // The form's questions, echoed with the person's answers, are not support's.
        let echo = "Hello Taro,\n\nThank you for contacting AWS Training and Certification. We have received your request and opened case 174165471300517 for it.\n\nHere is a copy of the information you submitted:\n\nInquiry type\nCertification\nHow can we help?\nPlease merge my company certification account into my personal one.\n\nAn agent normally replies within one business day.";
        let r = on_case(echo);
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        assert!(!r.needs_reply);
        let added = "Hello Taro,\n\nWe have added your reply to case 174165471300517. The agent handling your case will see it and follow up; you do not need to send it again.";
        assert_eq!(on_case(added).kind, Kind::Acknowledgement);
        // Terse receipts: a reference assigned, an automatic note of the case created.
        for receipt in [
            "Hello,\n\nThanks for getting in touch. Your request has been assigned reference 176412803905412 and a specialist will review it shortly.",
            "Auto-acknowledgement: case 176412803905412 created. Do not reply to add new issues; open a new case instead.",
        ] {
            let r = on_case(receipt);
            assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
            assert!(!r.needs_reply);
        }
    }

    #[test]
    fn a_rating_block_from_another_vendor_address_is_a_survey() {
        let body = "Hello,\n\nQuick question about your recent case 176221723200417 with AWS Training and Certification:\n\nHow satisfied were you? Click a number:\n  1  2  3  4  5\n  https://survey.example.amazon.com/q?case=176221723200417\n\nThank you for helping us improve.\n";
        let from = "AWS Training and Certification <aws-training-survey@amazon.com>";
        let r = c(&mail(from, "Your recent case 176221723200417", None, body));
        assert_eq!(r.kind, Kind::Survey, "{r:?}");
        assert!(!r.needs_reply);
        // Support's own update with the console's rating footer stays an update.
        let update = "Hello,\n\nThanks for the screenshot. I've passed your note to the records team and will write again on Monday.\n\nBest,\nMarcus\n\nWe value your feedback. Please rate this reply in the Support Center.\n";
        assert_ne!(on_case(update).kind, Kind::Survey);
    }

    #[test]
    fn what_is_enough_asks_for_what_the_need_before_it_names() {
        // A need stated without asking form, then what answer is enough: a confirmation.
        let need = "Hi Taro,\n\nFollowing up on my message of May 16. I can't start the merge until I hear from you that Account #1 (taro@gmail.com) is the profile to keep. A one-line reply is enough.\n\nAndrzej";
        let r = on_case(need);
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        assert!(r.needs_reply);
        // A datum to confirm is information, even with the merge in the sentence.
        let name = "Hi Taro,\n\nBefore I run the merge: one profile lists your name as \"Yamada Taro\", the other as \"Taro Yamada\". Please confirm the name you want printed on your certificates after the merge.\n\nColm";
        let r = on_case(name);
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
    }

    #[test]
    fn a_short_question_with_its_alternative_asks_about_the_plan_before_it() {
        let body = "Hi Taro,\n\nGoing by your form, Account #1 would be kept and Account #2 folded into it. Is that correct, or should it go the other way round?\n\nBest,\nHana";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        // Hard-wrapped text is no imperative: "someone will\nreply once it has been reviewed".
        let ack = "Hello,\n\nThanks for getting in touch with Amazon Web Services. Your request has been\nlogged as case 176221723200417, and someone from the Training and Certification team will\nreply once it has been reviewed - in most cases within one business day.\n\nSincerely,\nAmazon Web Services";
        let r = on_case(ack);
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn a_completion_followed_by_a_decision_or_a_stated_need_asks() {
        let choice = "Hi Taro,\n\nDone - Account #1 has been merged into Account #2.\n\nThere is one loose end. The old profile held an unused exam discount; I can move it across by hand or leave it to lapse on the retired profile. Which would you prefer?\n\nThanks,\nDevansh";
        let r = on_case(choice);
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        let check = "Hi Taro,\n\nPearson VUE resent the record, and I can now see all three exams on your personal profile.\n\nSign out, sign back in and check Exam History - do all three show up for you? I'd rather not close this until you've confirmed it on your side.\n\nThanks,\nDevansh";
        let r = on_case(check);
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn completion_quoting_a_request_is_resolved() {
        let m = mail(TC, SUBJ, None, "Hi, I have successfully merged all accounts into Account #1.\n\nOn Mon, Nov 3, 2025 at 9:00 AM AWS <aws-cs-trainingcertification-form@amazon.com> wrote:\n> Please confirm which account to keep.\n> Account #1\n> Login email: a@b.com\n");
        let r = c(&m);
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
        assert!(r.why.contains("successfully merged"));
    }

    #[test]
    fn the_reply_inside_a_console_update_notice_is_read() {
        let from = "Amazon Web Services <no-reply-aws@amazon.com>";
        let subject = "RE: [Case 13052298741] Exam voucher not usable";
        let body = "Hello,\n\nWe've updated your support case. You can view the update by signing in to the Support Center.\n\nCase ID: 13052298741\nSubject: Exam voucher not usable\nSeverity: General guidance\nCorrespondence: Hello,\n\nWe need the email address you sign in to the certification site with and your candidate ID. Kindly add both as a reply on this case.\n\nRegards,\nAhmed\n";
        let r = c(&mail(from, subject, None, body));
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
    }

    #[test]
    fn a_completion_with_a_step_of_supports_still_to_come_is_progress() {
        let body = "Hello,\n\nI've corrected the mapping; the change can take up to 24 hours to propagate, and I'll check tomorrow that it has taken effect before getting back to you.\n\nRegards,\nKenji";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        assert!(!r.needs_reply);
        assert!(r.why.contains("check tomorrow"), "{}", r.why);
        // The same completion with nothing left to do resolves.
        let body = "Hello,\n\nI've corrected the mapping; the change can take up to 24 hours to propagate.\n\nRegards,\nKenji";
        assert_eq!(on_case(body).kind, Kind::Resolved);
    }

    #[test]
    fn a_completion_that_also_says_to_reply_asks() {
        // Done, and a new question to answer by reply: the person must answer.
        let m = mail(TC, SUBJ, None, "田中様\n\nバッジを本日再発行いたしました。Credly からのメールをご確認ください。\n\nまた、同じメールアドレスで別の認定アカウントが見つかりました。お客様ご自身で作成されたアカウントかどうか、ご確認のうえご返信ください。\n\n佐伯");
        let r = c(&m);
        assert!(r.needs_reply, "{r:?}");
        // Done, with only an invitation to write: resolved.
        let m = mail(TC, SUBJ, None, "Hi Taro,\n\nI have successfully merged your accounts. If you have any questions, please check the certification page and reply to this email.\n\nPriya");
        let r = c(&m);
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn conditional_merge_sentence_is_not_a_completion() {
        let m = mail(TC, SUBJ, None, "Once the accounts have been merged, you will receive an email. Could you please confirm that you want us to merge Account #2 into Account #1?");
        let r = c(&m);
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        assert_eq!(r.proposed_keep, Some(1));
    }

    #[test]
    fn a_duplicate_closed_on_a_date_is_news_not_a_closing_notice() {
        let r = c(&mail(
            TC,
            SUBJ,
            None,
            "Hi Aya,\n\nThis one is the same request as case 174881920500731, which you sent an hour earlier, so we will work on it there.\n\nWe will close this case at the end of June 4. You don't need to reply. If it is actually about something else, let us know before then and we'll keep it open.\n\nRegards,\nPriya",
        ));
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        assert!(!r.needs_reply && r.closed_as_duplicate, "{r:?}");
        // Waiting on the person, the same closing is a notice.
        let r = c(&mail(
            TC,
            SUBJ,
            None,
            "Hi Aya,\n\nWe have not heard back from you about case 174881920500731, the same request as this one. We will close this case at the end of June 4 unless you reply.\n\nRegards,\nPriya",
        ));
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn spoof_with_failed_dmarc_is_suspicious_and_has_no_case() {
        let m = mail(TC, SUBJ, Some("mx.google.com; dkim=none; spf=fail smtp.mailfrom=evil.example; dmarc=fail (p=REJECT) header.from=amazon.com"), "Please confirm the merge by logging in at http://evil.example");
        let r = c(&m);
        assert_eq!(r.kind, Kind::Suspicious);
        assert_eq!(r.case, None);
        assert!(!r.needs_reply);
        // Not case-like, from an address the pack does not list: it still poses as the vendor.
        let auth = "mx.google.com; dkim=fail header.i=@amazon.com; spf=pass smtp.mailfrom=bulk-sender.top; dmarc=fail (p=QUARANTINE) header.from=amazon.com";
        let m = mail(
            "Amazon Web Services <aws-billing@amazon.com>",
            "Action needed: your AWS payment was declined",
            Some(auth),
            "Update your card within 24 hours: http://aws-billing-update.top/pay",
        );
        assert_eq!(c(&m).kind, Kind::Suspicious);
        // The same mail whose checks passed is the vendor's own (and no case mail).
        let m = mail(
            "Amazon Web Services <aws-billing@amazon.com>",
            "Action needed: your AWS payment was declined",
            Some(
                "mx.google.com; dkim=pass header.i=@amazon.com; dmarc=pass header.from=amazon.com",
            ),
            "Update your card in the console.",
        );
        assert_eq!(c(&m).kind, Kind::Unrelated);
    }

    #[test]
    fn a_brand_one_letter_off_or_dressed_in_punycode_is_a_lookalike() {
        assert!(one_letter_off("crediy", "credly"));
        assert!(one_letter_off("amazoon", "amazon"));
        assert!(one_letter_off("amazn", "amazon"));
        assert!(one_letter_off("certmetircs", "certmetrics"));
        assert!(!one_letter_off("credly", "credly"));
        assert!(!one_letter_off("credit", "credly"));
        assert!(!one_letter_off("laws", "aws"));
        assert_eq!(shown_domain("xn--amazn-3ta.com"), "amazon.com");
        assert_eq!(shown_domain("amaz0n-support.com"), "amazon-support.com");
        for from in [
            "Credly <notifications@crediy.com>",
            "AWS Certification <certification@xn--amazn-3ta.com>",
            "AWS Training <support@amaz0n-training.com>",
        ] {
            let r = c(&mail(
                from,
                "Your badge is waiting",
                None,
                "Hello,\n\nAccept your badge here.\n",
            ));
            assert_eq!(r.kind, Kind::Suspicious, "{from}: {r:?}");
        }
        // an ordinary sender whose domain is merely near a short brand word is not
        let r = c(&mail(
            "Paws Clinic <hello@paws.example>",
            "Checkup",
            None,
            "Hi,\n\nSee you soon.\n",
        ));
        assert_ne!(r.kind, Kind::Suspicious, "{r:?}");
    }

    #[test]
    fn lookalike_domain_is_suspicious() {
        let m = mail(
            "AWS Certification <support@amazon-certsupport.com>",
            SUBJ,
            None,
            "Please confirm your account merge.",
        );
        assert_eq!(c(&m).kind, Kind::Suspicious);
        // A brand word alone is not suspicious when the mail is not case-like (a user group).
        let m = mail(
            "AWS User Group Tokyo <noreply@connpass.com>",
            "Meetup next week",
            None,
            "Join us for talks.",
        );
        assert_eq!(c(&m).kind, Kind::Unrelated);
        // An ordinary word that ends in a short brand ("jaws") builds on nothing; two letters
        // more ("myaws") do.
        let about = "Merging your AWS Certification account: how to confirm the merge.";
        let m = mail("JAWS-UG <info@jaws-ug.example.jp>", "News", None, about);
        assert_eq!(c(&m).kind, Kind::Unrelated, "{:?}", c(&m));
        let m = mail("Support <help@myaws-help.example>", "News", None, about);
        assert_eq!(c(&m).kind, Kind::Suspicious, "{:?}", c(&m));
        // A sender whose domain spells its own name, with the brand as its topic, names itself;
        // the brand posing as the sender does not.
        let news = "This week: a support case got closed without anyone reading it.";
        let m = mail(
            "Notes on AWS <editor@notesonaws.example>",
            "Issue 12",
            None,
            news,
        );
        assert_eq!(c(&m).kind, Kind::Unrelated, "{:?}", c(&m));
        let m = mail(
            "AWS Notes <editor@notesonaws.example>",
            "Issue 12",
            None,
            news,
        );
        assert_eq!(c(&m).kind, Kind::Suspicious, "{:?}", c(&m));
        let m = mail(
            "Notes on AWS <editor@aws-notes.example>",
            "Issue 12",
            None,
            about,
        );
        assert_eq!(c(&m).kind, Kind::Suspicious, "{:?}", c(&m));
    }

    #[test]
    fn the_exam_vendor_is_never_case_mail_and_its_lookalike_is_suspicious() {
        let body = "Your exam appointment needs to be verified. Please confirm your candidate details by signing in.";
        let real = mail(
            "Pearson VUE <candidate-services@pearsonvue.com>",
            "Case 48213377 - your exam appointment",
            None,
            body,
        );
        assert_eq!(c(&real).kind, Kind::Unrelated, "{:?}", c(&real));
        let fake = mail(
            "Pearson VUE <candidate-services@pearsonvue-exams-verify.com>",
            "Action required: verify your exam appointment",
            None,
            body,
        );
        assert_eq!(c(&fake).kind, Kind::Suspicious, "{:?}", c(&fake));
    }

    #[test]
    fn a_request_forwarded_by_the_old_mailboxs_rule_is_supports_and_needs_a_reply() {
        let raw = "From: Taro <taro@work.example>\r\nTo: Taro <taro@gmail.com>\r\nSubject: FW: RE:[CASE 176221723200417] [AWS Training and Certification Form Submission] - account-assistance\r\nX-MS-Exchange-Inbox-Rules-Loop: taro@work.example\r\nMessage-ID: <fw@work.example>\r\nDate: Tue, 4 Nov 2025 10:00:00 +0000\r\n\r\n________________________________\r\nFrom: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\r\nSent: Tuesday, November 4, 2025 9:58 AM\r\nTo: taro@work.example\r\nSubject: RE:[CASE 176221723200417] [AWS Training and Certification Form Submission] - account-assistance\r\n\r\nHello Taro,\r\n\r\nCould you send me the candidate ID of the company account?\r\n\r\nMarco\r\n";
        let m = Mail::parse(raw.as_bytes()).unwrap();
        let me = [
            "taro@gmail.com".to_string(),
            "taro@work.example".to_string(),
        ];
        let ctx = Context {
            me: &me,
            thread_case: None,
            recurring: None,
        };
        let r = classify(&m, &packs(), &ctx);
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        assert_eq!(r.case.as_deref(), Some("176221723200417"));
        assert!(
            r.why
                .starts_with("forwarded by a mail rule from taro@work.example"),
            "{r:?}"
        );
        // The same "forward" from a domain that failed authentication is someone posing as the
        // person's mailbox: a warning, never a request.
        let forged = raw.replace(
            "Message-ID:",
            "Authentication-Results: mx.google.com; spf=fail smtp.mailfrom=work.example; dmarc=fail (p=REJECT) header.from=work.example\r\nMessage-ID:",
        );
        let r = classify(&Mail::parse(forged.as_bytes()).unwrap(), &packs(), &ctx);
        assert_eq!(r.kind, Kind::Suspicious, "{r:?}");
        assert!(!r.needs_reply && r.case.is_none(), "{r:?}");
        // Forwarded by the person's own hand, it stays their mail.
        let by_hand = raw.replace("X-MS-Exchange-Inbox-Rules-Loop: taro@work.example\r\n", "");
        let r = classify(&Mail::parse(by_hand.as_bytes()).unwrap(), &packs(), &ctx);
        assert_eq!(r.kind, Kind::UserReply, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn an_ask_made_of_someone_else_the_mail_is_written_to_is_not_the_persons() {
        let me = ["ryo@gmail.com".to_string()];
        let ctx = Context {
            me: &me,
            thread_case: None,
            recurring: None,
        };
        let of = |to: &str, cc: &str, body: &str| {
            let raw = format!("From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\r\nTo: {to}\r\nCc: {cc}\r\nSubject: RE:[CASE 176221723200417] [AWS Training and Certification Form Submission] - account-assistance\r\nDate: Tue, 4 Nov 2025 10:00:00 +0000\r\n\r\n{body}\r\n\r\nBest,\r\nTomas\r\nAWS Training and Certification\r\n");
            classify(&Mail::parse(raw.as_bytes()).unwrap(), &packs(), &ctx)
        };
        // A colleague's case, the person only copied: support waits on the colleague.
        let r = of(
            "Mei Sato <m-sato@corp.example>",
            "Ryo Okabe <ryo@gmail.com>",
            "Hi Mei,\r\n\r\nWe found two profiles under your address. Which one should survive? Please also confirm that both are yours.",
        );
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        assert!(!r.needs_reply, "{r:?}");
        // Copied to the person's own address, the same words are theirs.
        let r = of(
            "Mei Sato <m-sato@corp.example>",
            "Ryo Okabe <ryo@gmail.com>",
            "Hi Ryo,\r\n\r\nWe found two profiles under your address. Which one should survive? Please also confirm that both are yours.",
        );
        assert!(r.needs_reply, "{r:?}");
        // Someone else's "no action is needed" does not cancel the person's ask, and the ask
        // support makes of the partner is not the person's.
        let r = of(
            "Ryo Okabe <ryo@gmail.com>",
            "Naoko Fujisawa <n-fujisawa@corp.example>",
            "Ryo, could you confirm the personal account is the one to keep? Partner admin (cc'd): no action is needed on your side.",
        );
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        assert!(r.needs_reply, "{r:?}");
        let r = of(
            "Ryo Okabe <ryo@gmail.com>",
            "Naoko Fujisawa <n-fujisawa@corp.example>",
            "@Naoko: please release the certification account in Partner Central and reply here once done. Ryo, there is nothing you need to do for now.",
        );
        assert!(!r.needs_reply, "{r:?}");
        assert!(r.asked.is_none(), "{r:?}");
    }

    #[test]
    fn the_badge_vendors_help_desk_is_another_vendors_case_and_its_notices_are_badges() {
        let ticket = mail(
            "Credly Support <support@credly.com>",
            "[Credly Support] Request #736999 is awaiting your reply",
            None,
            "Hi Taro,\n\nWe are waiting for your reply on request #736999. Could you send a screenshot of your badge wallet?\n\nCredly Support",
        );
        let r = c(&ticket);
        assert_eq!(r.kind, Kind::Unrelated, "{r:?}");
        assert!(!r.needs_reply);
        let notice = mail(
            "Credly <admin@credly.com>",
            "You've earned a badge from Amazon Web Services Training and Certification",
            None,
            "Congratulations, Taro! Accept your AWS Certified Solutions Architect - Associate badge.",
        );
        assert_eq!(c(&notice).kind, Kind::Badge, "{:?}", c(&notice));
    }

    #[test]
    fn a_listing_handed_to_the_team_is_progress_not_a_question() {
        let ja = "竹村 様\n\nご確認いただきありがとうございます。\nアカウント 2(AWS12583306)をアカウント 1(AWS11740925)へ統合するよう、担当部署へ引き継ぎました。\n担当部署での作業には数営業日かかる場合がございます。\n\n中村";
        let r = on_case(ja);
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn news_with_polite_directives_offers_and_reports_of_confirmation_asks_nothing() {
        for body in [
            "Hello,\n\nKindly note that your exam history may take a day to appear after the merge, which is now complete.\n\nKim\nAWS Training and Certification",
            "Hello,\n\nThe accounts are merged. Want to share your achievement? You can add your badges to LinkedIn straight from Credly.\n\nKim\nAWS Training and Certification",
            "Hello,\n\nWe're sorry for the delay. The APN team confirmed the association is removed, so the merge will go ahead this week.\n\nKim\nAWS Training and Certification",
            "岡林 様\n\nこのたびはご不便をおかけし申し訳ございません。統合作業は完了しておりますので、新しいアカウントでサインインしてご確認ください。\n\n早川",
        ] {
            let r = on_case(body);
            assert!(!r.needs_reply, "{body}: {r:?}");
        }
        // Asking after a no-reply directive still asks.
        let r = on_case("Hello,\n\nPlease disregard my earlier message and confirm which account to keep.\n\nKim\nAWS Training and Certification");
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn japanese_courtesy_patience_and_steps_elsewhere_ask_nothing() {
        let mail = |line: &str| {
            format!("岡林 様\n\nお世話になっております。AWS トレーニングと認定サポートの早川です。\n\n{line}\n\n早川\nAWS Training and Certification")
        };
        for line in [
            "念のため、統合後のアカウントにサインインいただき、認定資格が表示されていることをご確認いただければと存じます。",
            "バッジは Credly から届くメールの案内に沿って受け取りをお願いいたします。",
            "ご不便をおかけしておりますが、何卒よろしくお願い申し上げます。",
            "お問い合わせの件、担当部署にて調査中でございます。今しばらくお時間をいただけますでしょうか。",
        ] {
            let r = on_case(&mail(line));
            assert!(!r.needs_reply, "{line}: {r:?}");
        }
        // The close of a request made just before it still belongs to that request.
        let asked = on_case(&mail("旧アカウントの受験者 ID をお知らせください。お手数をおかけいたしますが、何卒よろしくお願い申し上げます。"));
        assert!(asked.needs_reply, "{asked:?}");
    }

    #[test]
    fn guidance_for_later_mail_is_no_request_and_i_d_like_you_to_is_one() {
        let later = on_case("Hello,\n\nYour voucher has been reissued. To avoid delays in future, please always reply from the address on your certification account.\n\nKim\nAWS Training and Certification");
        assert!(!later.needs_reply, "{later:?}");
        let now = on_case("Hello,\n\nYour reply came from an address we can't verify. Please write to us again from b@home.example so we can confirm it's you.\n\nKim\nAWS Training and Certification");
        assert!(now.needs_reply, "{now:?}");
        let like = on_case("Hello,\n\nBefore I hand this to the merge team, I'd like you to double-check the spelling of your name on both profiles and tell me which is correct.\n\nKim\nAWS Training and Certification");
        assert!(like.needs_reply, "{like:?}");
    }

    #[test]
    fn a_receipt_repeating_the_accounts_is_no_question_about_them() {
        let body = "Hello,\n\nWe received your request to merge the following accounts: Account 1: a@old.example (AWS00012345), Account 2: b@home.example (AWS00067890). Please allow up to 5 business days for a response.\n\nBest regards,\nKim\nAWS Training and Certification";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        assert!(!r.needs_reply);
        // The same accounts listed with nothing else said is still a question about them.
        let bare = "Hello,\n\nAccount 1: a@old.example (AWS00012345)\nAccount 2: b@home.example (AWS00067890)\n\nKim\nAWS Training and Certification";
        assert!(on_case(bare).needs_reply, "{:?}", on_case(bare));
    }

    #[test]
    fn an_invitation_whose_other_branch_closes_the_case_is_a_closing_notice() {
        let body = "Hello,\n\nWe haven't heard back from you regarding this case. Please reply in the Support Center if you still need assistance; otherwise this case will be resolved in 3 days.\n\nAmazon Web Services";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        assert!(r.needs_reply);
    }

    #[test]
    fn requests_said_as_statements_and_warnings_said_as_requests() {
        // A need said without asking form.
        let wait = "Hello Taro,\n\nBefore I start yours I want to make sure we agree on direction. A merge can't be undone, so I'll wait for a go-ahead from you on exactly this direction before I begin.\n\nPriya";
        assert!(on_case(wait).needs_reply, "{:?}", on_case(wait));
        let help = "Hi Taro,\n\nThe old profile is tied to an AWS Partner Network organization, so the merge is on hold until the partner releases it. One thing would help me make the case to the partner team, though: your last working day at the company.\n\nPriya";
        assert!(on_case(help).needs_reply, "{:?}", on_case(help));
        // A warning against a duplicate asks for nothing.
        let ack = "Hello,\n\nWe have received your request and opened case 174385002203317. To avoid delays, we ask that you not open another case for this request.\n\nAWS Training and Certification";
        let r = on_case(ack);
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        assert!(!r.needs_reply);
        // Casual Japanese: a hold lifted and "wait a little longer" asks nothing; "it's done"
        // with "have a look, just in case" is a completion.
        let lifted = "森本さん\n\nパートナー側で紐づけを外してもらえたので、保留は解除になりました!\nこのあと統合の担当から確認のメールが届くと思うので、もう少しだけお待ちくださいね。\n\n木村";
        assert!(!on_case(lifted).needs_reply, "{:?}", on_case(lifted));
        let done = "森本さん\n\n統合が終わりました!\n念のためサインインして「試験履歴」を見てみてくださいね。\n\n木村";
        let r = on_case(done);
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
    }

    #[test]
    fn a_step_done_inside_a_firm_hold_is_the_holds_progress() {
        let body = "Hello Taro,\n\nA short update on your case.\n\nDeparture date received\nDone\n\nThe partner operations team has written to the administrator of the partner account. Until they release the association your case stays on hold; we cannot speed this step up from our side. I'll write again as soon as it moves.\n\nBest regards,\nMarisol";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn closing_notices_said_plainly_or_as_an_archive_and_needs_said_as_waiting() {
        // Casual Japanese: "if we don't hear from you, the case ends on 4/24; a reply reopens it".
        let jp = "小野寺さん\n\n4月17日にお送りした件について、まだ確認できていません。このまま連絡がなければ、4月24日でこのケースは終了します。終了したあとでも、このメールに返信すればまた開けます。\n\nAWS トレーニングと認定";
        let r = on_case(jp);
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        assert!(r.needs_reply);
        let archive = "Hi Taro,\n\nJust circling back on the profile details I sent on March 12. I haven't seen a reply yet.\n\nIf I don't hear from you by Friday, March 21, I'll archive this case. You can write back afterwards and we'll pick it up again.\n\nLerato";
        let r = on_case(archive);
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        // Soft words for the closing: no longer needed, the case set aside.
        let aside = "Hi Taro,\n\nA week ago we asked which company you worked for when you took the exam. With no answer so far, I'll take it that this is no longer needed and will set the case aside on Monday, 3 March. Should you still want the merge, answering this message before then keeps it going.\n\nLerato";
        let r = on_case(aside);
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        assert!(r.needs_reply);
        // A wait for the person's answer, and the one way forward, ask.
        let waiting = "Hi Taro,\n\nQuick follow-up: I'm still waiting to hear whether the discount on your Benefits page shows as Available or Redeemed. Once I know, I can close this out.\n\nMateo";
        assert!(on_case(waiting).needs_reply, "{:?}", on_case(waiting));
        let way = "Hi Taro,\n\nI've found profile AWS00918236. It is registered to taro@outlook.jp, so I can't act on it from this case. The quickest way forward is a short message to us from taro@outlook.jp that mentions this case.\n\nPriyanka";
        let r = on_case(way);
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        // …but waiting to hear from another team asks nothing of the person.
        let team = "Hi Taro,\n\nI'm still waiting to hear from the records team about the correction. I'll write again once they reply.\n\nMateo";
        assert!(!on_case(team).needs_reply, "{:?}", on_case(team));
    }

    #[test]
    fn a_hold_lifted_and_handed_on_beside_another_case_closed_is_progress() {
        let body = "Hello Ryo,\n\nThank you for confirming your departure date. Our partner team has released the account AWS06602314, so the hold on this case has been lifted. Your request is now with the team that performs account merges, and they will be in touch on this case.\n\nThe second case you mentioned has already been closed as a duplicate.\n\nDaniel";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn an_old_request_under_a_japanese_history_marker_is_history() {
        let body = "小野寺 様\n\n認定アカウントの氏名を「Haruka Onodera」に更新いたしました。\nそのほかご不明な点がございましたら、本メールにご返信ください。\n\n山下\n\n--- 以前のやり取り ---\n修正にあたり、ローマ字表記を本メールへのご返信にてお知らせいただけますでしょうか。";
        let r = on_case(body);
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn completions_in_few_words_resolve_and_a_part_still_to_come_does_not() {
        each_reads_as_no_reply(
            Kind::Resolved,
            &[
                "Hi Ken,\n\nThe merge job completed last night.\n\nYour exam history now points to AWS01234567, and Credly will follow within two days.\n\nMaria",
                "Hi Ken,\n\nThe batch ran.\n\nSign in with your personal address and you will find both certifications there.\n\nMaria",
                "山田 様\n\nAWS07000001 の受験記録を AWS03000002 に移しました。\n\n認定ページに両方の資格が表示されるようになっております。\n\n佐藤",
            ],
        );
        let partial = "Hi Ken,\n\nAn update while the merge is still in progress: the team has moved your course history to AWS01234567.\n\nThe certifications move in a second run tonight, and I will write once that step has finished.\n\nMaria";
        let r = on_case(partial);
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        // (not a job that ran into trouble)
        let trouble = on_case("Hi Ken,\n\nThe merge job ran into a problem with the Credly link, so I have asked the team to look at it.\n\nMaria");
        assert_ne!(trouble.kind, Kind::Resolved, "{trouble:?}");
    }

    #[test]
    fn a_directive_after_a_clause_that_says_when_asks() {
        let r = on_case("Hi Ken,\n\nA merge cannot be reversed, so before I start it, reply and tell me that both profiles are yours and that Account #2 is the one to keep.\n\nAna");
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        assert!(r.needs_reply);
        // the same words under a condition the person may not meet still only invite
        let r = on_case("Hi Ken,\n\nThe merge is done. If you have any questions later, reply to this email.\n\nAna");
        assert!(!r.needs_reply, "{r:?}");
    }

    #[test]
    fn the_same_answer_wanted_from_another_address_is_information() {
        let r = on_case("Hi Ken,\n\nYour answer came from the company address. We can only act on the go-ahead from the address that stays on file, so I'll need to see the same reply come in from ken@gmail.com before I go ahead.\n\nAna");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        // the need said first, as where the go-ahead must come from, then the directive
        let r = on_case("Hi Ken,\n\nThanks for confirming. Because it came from ken.sato@corp.example, the address of the account being retired, I can't act on it: for a merge we need the go-ahead from the login email of the account you are keeping.\n\nPlease reply to this email from ken@gmail.com with the same confirmation, and I'll finish the merge.\n\nAna");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        let r = on_case("Hi Ken,\n\nThanks for confirming. I can't act on it yet: for a merge we need the go-ahead from the login email of the account you are keeping.\n\nAna");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
    }

    #[test]
    fn a_state_that_is_now_right_resolves_and_a_team_still_at_work_does_not() {
        for body in [
            "Hi Ken,\n\nGood news: your transcript and certificate now read KEN SATO.\n\nAna",
            "Hi Ken,\n\nThe team moved the discount over, and the 50% reduction now applies at checkout.\n\nAna",
            "Hi Ken,\n\nI tried it this morning: the PDF downloads fine from your account.\n\nAna",
            "Hi Ken,\n\nThe exam is on your transcript again with its original validation number. That covers everything you asked about.\n\nAna",
            "佐藤 様\n\nご依頼いただいた2つのアカウントを AWS01234567 に一本化いたしました。\n\n山田",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::Resolved, "{body}: {r:?}");
        }
        for body in [
            "Hi Ken,\n\nAll set on the exam history: the exam now shows on your account.\n\nThe badge is a separate step. I've asked the badge team to reissue it and will confirm here when they have.\n\nAna",
            "佐藤 様\n\n1点目の通知先の変更が完了いたしました。\n2点目につきましては、担当チームにて引き続き作業中でございます。\n\n山田",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::CaseUpdate, "{body}: {r:?}");
        }
    }

    #[test]
    fn writing_again_with_the_case_number_kept_asks_nothing() {
        let r = on_case("佐藤 様\n\n試験結果をアカウント AWS01234567 に反映いたしました。\n\n本件について改めてご連絡いただく場合は、件名のケース番号を残したまま本メールにご返信ください。\n\n山田");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
        // 残す still chooses the account that stays
        let r = on_case("佐藤 様\n\n統合後に残すアカウントをお知らせください。\n\n山田");
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
    }

    #[test]
    fn the_systems_receipt_of_a_reply_acknowledges() {
        let r = on_case("We have received your reply to case 176221723200417 and added it to the case. An agent will read it soon; there is no need to send it again.");
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn terse_needs_ask_and_terse_progress_does_not() {
        for body in [
            "Hi Ken,\n\nCandidate IDs of both profiles needed to proceed (AWS + 8 digits).\n\n- Dev",
            "hi ken, pls send the exam date + your pearson reg no.\n\njay",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::InfoRequest, "{body}: {r:?}");
            assert!(r.needs_reply);
        }
        let r = on_case("Noted. Merging now, will confirm when finished.\n\nLena");
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn terse_completions_resolve_but_a_done_cell_of_a_status_table_does_not() {
        let r = on_case("Fixed.\n\nThe score shows in Exam History now.\n\njay");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        let r = on_case("Hello Ken,\n\nA short update.\n\nStep\nStatus\nDeparture date received\nDone\nPartner association release\nWaiting for the partner administrator\n\nUntil they release the association your case stays on hold. No action is required from you.\n\nMarisol");
        assert_ne!(r.kind, Kind::Resolved, "{r:?}");
    }

    #[test]
    fn a_rating_question_that_may_be_ignored_is_a_survey() {
        let r = on_case("Hi,\n\nOn a scale of 1-5, how easy was it to get your issue handled? Reply with one number, or ignore this mail.\n\nAWS Training and Certification");
        assert_eq!(r.kind, Kind::Survey, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn a_receipt_of_the_reply_on_the_case_acknowledges() {
        let r = on_case("We received your reply on case 176221723200417.\nIt has been added to the case and an agent will pick it up.");
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
    }

    #[test]
    fn the_merge_below_put_up_for_approval_is_a_confirmation() {
        let r = on_case("高木 様\n\n誤りを防ぐため、下記の内容にてアカウント統合を行うことについて、ご確認のほどよろしくお願いいたします。\n\n統合先: AWS01234567\n統合元: AWS07654321\n\n佐藤");
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
    }

    #[test]
    fn questions_support_answers_itself_ask_nothing() {
        for body in [
            "Hi Ken,\n\nYour replacement voucher is now on the Benefits page.\n\nCan the expiry be extended? No, so book within 12 months.\n\nLena",
            "Hi Ken,\n\nYour case stays on hold until the partner responds. Things people often ask:\n\nDo I need to contact my company myself? Not unless you want to speed things up.\n\nWhat if the partner never answers? After your last day the link lapses and we can go on.\n\nLena",
            "佐藤 様\n\n通知先を変更いたしました。\n\n再度ご連絡いただく必要はありますか? いいえ、本件はこれで完了です。\n\n中村",
            // questions and answers labelled as such, the label a sentence of its own or not
            "Hi Ken,\n\nThe name on your record now reads KEN ITO.\n\nQ: Will the change reach the certificate PDF the same day?\nA: Within a day or two.\n\nLena",
            "佐藤 様\n\n氏名を修正いたしました。\n\nQ. 修正後、バッジの表記も変わりますか？ A. 数日以内に反映されます。\n\n中村",
        ] {
            let r = on_case(body);
            assert!(!r.needs_reply, "{body}: {r:?}");
        }
        // support's own questions still ask, however they open
        for body in [
            "Hi Ken,\n\nCan I ask you to confirm which of the two accounts to keep?\n\nLena",
            "Hi Ken,\n\nBoth accounts are listed below. Should I go ahead and merge them? Yes or no is enough.\n\nLena",
        ] {
            let r = on_case(body);
            assert!(r.needs_reply, "{body}: {r:?}");
        }
    }

    #[test]
    fn a_question_ending_one_inline_answer_is_not_answered_by_the_next() {
        // Answers marked inside the quoted original: "Yes." answers the person's next quoted
        // question, not the one support asks at the end of the answer before it.
        let raw = "From: AWS <aws-cs-trainingcertification-form@amazon.com>\r\nTo: taro@gmail.com\r\nSubject: RE: [CASE 12345678901] Account merge\r\nMessage-ID: <m1@x>\r\n\r\nHi Ken,\r\n\r\nThanks. My answers are below, marked [AWS].\r\n\r\nAna\r\n\r\n-----Original Message-----\r\nFrom: Ken <ken@gmail.com>\r\nSent: Monday\r\n\r\n> Is my company account linked to a partner?\r\n[AWS] It is. To raise it with the partner team I need your last working day: is 31 March final, or could it still move?\r\n\r\n> Will my voucher move?\r\n[AWS] Yes. Unused vouchers move with the exam history.\r\n";
        let r = c(&Mail::parse(raw.as_bytes()).unwrap());
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn a_requirement_met_by_the_persons_statement_asks() {
        let r = on_case("Hi Ken,\n\nThe partner team has picked this up. They have one requirement before they release the record: a statement from you, in a reply to this case, that you are leaving Acme on 31 March.\n\nLena");
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn an_ask_pointing_to_a_list_asks_for_what_the_list_names() {
        // The ask speaks of the merge; the list asks for a screenshot and an exam date.
        let r = on_case("佐藤 様\n\n統合するアカウントを特定するため、以下 2 点をお知らせいただけますでしょうか。\n\n1. バッジ一覧画面のスクリーンショット\n2. 直近の試験の名称と受験日\n\n確認後、統合のご確認を改めてお願いする予定です。\n\n中村");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        // The ask says only "check"; the list is the merge's confirmation.
        let r = on_case("佐藤 様\n\n次の 2 点をご確認いただけますでしょうか。\n\n・上記 2 つのアカウントがいずれもお客様ご本人のものであること\n・アカウント #2 をアカウント #1 に統合し、アカウント #1 を残すことでよろしいか\n\nご確認のうえ、本メールにご返信ください。\n\n中村");
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        // An item that only names an account ("the address of each account you want to merge")
        // is a detail to send, not the choice.
        let r = on_case("Hi Ken,\n\nCould you reply with the following?\n\n- the e-mail address of each account you would like to merge\n- the candidate ID of each, if you have it\n\nTom");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        // Each item is judged by its own form: a question that names nothing does not make the
        // descriptor after it a point to confirm.
        let r = on_case("Hi Ken,\n\nCould you reply with the following?\n\n- Is the old mailbox still open?\n- the e-mail address of each account you would like to merge\n\nTom");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
    }

    #[test]
    fn done_but_waiting_on_the_persons_check_asks() {
        let r = on_case("Hi Ken,\n\nThe partner team has detached the old profile and I have now merged it into AWS01234567.\n\nWould you sign in and check two things for me:\n\n1. both certifications are listed;\n2. the badges show in Credly.\n\nI'll leave the case open until I hear back.\n\nTom");
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn done_in_part_with_the_rest_still_with_another_team_is_progress() {
        let r = on_case("佐藤 様\n\n認定アカウントの氏名を「Ken Sato」に変更いたしました。\n\n一方、Credly のバッジについては再発行が必要なため、別のチームにて手続きを進めております。再発行が完了しましたら、本ケースにて改めてご連絡いたします。\n\n中村");
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        // …and when the rest is done, with steps the person takes elsewhere, it is resolved.
        let r = on_case("佐藤 様\n\nCredly のバッジの再発行が完了し、今回ご依頼いただいた内容はすべて対応済みとなります。再発行されたバッジについては Credly からメールが届きますので、受け入れの手続きをお願いいたします。\n\nなお、Pearson VUE の氏名はご自身で更新していただきますようお願いいたします。\n\n中村");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn a_closure_the_person_asked_for_or_after_a_grant_is_no_notice() {
        let r = on_case("Hi Ken,\n\nThanks for letting us know you fixed the name yourself. As you asked, I've closed case 176221723200417; there is nothing else you need to do.\n\nShould it look wrong again, just reply and the case will reopen.\n\nTom");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
        let r = on_case("Hi Ken,\n\nThanks for the details. Extra exam time has been approved and added to your certification profile.\n\nThis case is now closed. If your plans change, just reply and it will reopen.\n\nTom");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn no_need_to_contact_someone_else_still_asks_the_rest() {
        let r = on_case("佐藤 様\n\n履歴の移行は、旧アカウントへのサインイン方法によって手順が異なります。旧アカウントにどの方法 (Amazon アカウント / AWS Builder ID / AWS Partner Network の SSO) でサインインされていたか、修了証の画面のスクリーンショットとあわせてご共有いただけますでしょうか。APN の SSO でサインインされていた場合は、パートナー企業様側での操作が必要となることがございますが、その際は弊社よりご連絡いたしますので、佐藤様からパートナー企業様へご連絡いただく必要はございません。\n\n中村");
        assert!(r.needs_reply, "{r:?}");
        // No reply needed from the person is still believed.
        let r = on_case(
            "佐藤 様\n\n氏名の変更が完了いたしました。本メールへのご返信は不要です。\n\n中村",
        );
        assert!(!r.needs_reply, "{r:?}");
    }

    #[test]
    fn a_case_handed_to_the_writer_who_finishes_it_is_resolved() {
        let r = on_case("Hello Ken,\n\nMy colleague handed this case over to me because the records team does the correction.\n\nI have updated the surname on your certification profile. No further action is needed on your side.\n\nEthan");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        // Handed on to a team, it is still with them.
        let r = on_case("Hello Ken,\n\nI have updated the surname on your profile and handed this case over to the records team for the certificate.\n\nEthan");
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
    }

    #[test]
    fn where_anything_more_goes_asks_nothing() {
        let r = on_case("Hello Ryo,\n\nWe have received your request and opened case 176221723200417. To keep things moving, please send anything further as a reply to this email rather than submitting the contact form again.\n\nAWS Training and Certification");
        assert!(!r.needs_reply, "{r:?}");
    }

    #[test]
    fn a_courtesy_question_and_a_check_of_ones_own_ask_nothing() {
        let r = on_case("Hi Ken,\n\nI moved the badge to your personal Credly profile and re-sent the invitation.\n\nWas anything else missing? If so, just write back; otherwise this case closes by itself in five days.\n\nOwen");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
        // a check the person makes on their own, with no answer wanted
        let r = on_case("佐藤 様\n\n変更を担当チームに依頼いたしました。\n\n念のため、明日以降に認定アカウントにサインインし、「アカウント設定」で通知先が更新されていることをご確認ください。\n\n中村");
        assert!(!r.needs_reply, "{r:?}");
    }

    #[test]
    fn the_account_that_goes_is_closed_not_the_case() {
        let r = on_case("Hello Ken,\n\nI'm following up on your merge request.\n\nBoth accounts will be combined into the one you choose, and the other will be closed. Reply with the number of the account you want to keep.\n\nDevraj");
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
    }

    #[test]
    fn which_of_two_options_is_information_unless_it_chooses_an_account() {
        let r = on_case("佐藤 様\n\n通知先は次のいずれかの方法で変更できます。1) ログインアドレスに統一する 2) 別のアドレスを登録する\n\nどちらを希望されるか、本メールにご返信ください。\n\n中村");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        let r = on_case("佐藤 様\n\nどちらを残すか、本メールにご返信ください。\n\n中村");
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
    }

    #[test]
    fn a_decision_needed_after_a_completion_asks() {
        let r = on_case("森 様\n\nアカウントの統合作業が完了いたしました。\n\nなお、統合元のアカウントに試験予約が残っておりました。付け替えるか、キャンセルとするかを決めていただく必要がございます。\n\nどちらをご希望か、お知らせください。\n\n中村");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
    }

    #[test]
    fn a_voluntary_rating_by_reply_is_a_survey() {
        let r = on_case("Hello Ken,\n\nOn a scale of 1 to 5, how satisfied were you with the help on your case?\n\nJust reply to this email with a single number. Comments are welcome too.\n\nThis is a voluntary feedback request; your case is already closed.\n\nAWS Training and Certification");
        assert_eq!(r.kind, Kind::Survey, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn what_support_cannot_do_without_it_asks_and_stopping_the_work_threatens() {
        let r = on_case("Hello Aoi,\n\nWithout the receipt we can't forward the refund to the billing team.\n\nOwen");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        let r = on_case("Hello Aoi,\n\nChecking in on your reply. We will have to stop working on this request after five business days.\n\nOwen");
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        assert!(r.needs_reply);
    }

    #[test]
    fn what_is_still_missing_outweighs_a_completion() {
        let r = on_case("Hi Ken,\n\nThe records team finished overnight and every record now points to AWS02222222.\n\nThe last piece missing before I close this is what the Benefits page shows you after signing in.\n\nAna");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
    }

    #[test]
    fn a_plan_named_by_candidate_ids_then_good_to_go_confirms() {
        let r = on_case("Hi Ken,\n\nThe certificate checks out. So the plan: AWS01111111 gets merged into AWS02222222, the one you keep.\n\nAWS01111111 and its login are retired afterwards.\n\nGood to go?\n\nAna");
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        let r = on_case(
            "Hi Ken,\n\nAWS01111111 will be folded into AWS02222222 tomorrow.\n\nOK?\n\nAna",
        );
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        assert!(r.needs_reply);
    }

    #[test]
    fn own_reply_is_user_reply() {
        let raw = format!("From: Taro <taro@gmail.com>\r\nTo: {TC}\r\nSubject: {SUBJ}\r\nMessage-ID: <r@y>\r\n\r\nConfirmed. Please merge to Account #1.\r\n");
        let r = c(&Mail::parse(raw.as_bytes()).unwrap());
        assert_eq!(r.kind, Kind::UserReply);
        assert_eq!(r.case.as_deref(), Some("176221723200417"));
    }

    #[test]
    fn mail_in_the_persons_name_that_failed_authentication_is_not_their_reply() {
        let spoof = "Authentication-Results: mx.google.com; spf=fail smtp.mailfrom=taro@gmail.com; dmarc=fail (p=NONE) header.from=gmail.com\r\nFrom: Taro <taro@gmail.com>\r\nTo: Taro <taro@gmail.com>\r\nSubject: FW: RE:[CASE 176221723200417] Account merge\r\nMessage-ID: <s@y>\r\n\r\nConfirmed, merge into Account #1.\r\n";
        let r = c(&Mail::parse(spoof.as_bytes()).unwrap());
        assert_eq!(r.kind, Kind::Suspicious, "{}", r.why);
        assert_eq!(r.case, None);
        // the same from the Sent folder (no receiving server's verdict) is the person's
        let sent = spoof.split_once("\r\n").unwrap().1;
        assert_eq!(
            c(&Mail::parse(sent.as_bytes()).unwrap()).kind,
            Kind::UserReply
        );
        // everyday spam in the person's name is nothing to casewatch: no alarm, and no reply
        let spam = "Authentication-Results: mx.google.com; spf=fail smtp.mailfrom=taro@gmail.com; dmarc=fail (p=NONE) header.from=gmail.com\r\nFrom: Taro <taro@gmail.com>\r\nTo: Taro <taro@gmail.com>\r\nSubject: Your account was hacked\r\nMessage-ID: <h@y>\r\n\r\nI have access to your device. Reply within 48 hours.\r\n";
        let r = c(&Mail::parse(spam.as_bytes()).unwrap());
        assert_eq!(
            (r.kind, r.needs_reply),
            (Kind::Unrelated, false),
            "{}",
            r.why
        );
    }

    #[test]
    fn own_mail_outside_a_case_is_a_reply_only_when_it_is_about_the_accounts() {
        let note = "From: Taro <taro@gmail.com>\r\nTo: Taro <taro@gmail.com>\r\nSubject: memo\r\nMessage-ID: <n@y>\r\n\r\nTo do before I leave:\n- merge AWS09318462 into AWS05527184\n";
        let r = c(&Mail::parse(note.as_bytes()).unwrap());
        assert_eq!(r.kind, Kind::UserReply, "{r:?}");
        assert_eq!(r.case, None);
        let farewell = "From: Taro <taro@gmail.com>\r\nTo: team@corp.example\r\nSubject: Thank you all\r\nMessage-ID: <g@y>\r\n\r\nFriday is my last day. Thanks for everything!\n";
        assert_eq!(
            c(&Mail::parse(farewell.as_bytes()).unwrap()).kind,
            Kind::Unrelated
        );
        // A forward of the vendor's own mail (Outlook style, looking like a reply) is the
        // person's mail about it; a forward of anyone else's is not.
        let fw = |from: &str| {
            format!("From: Taro <taro@gmail.com>\r\nTo: Taro <t.yamada@corp.example>\r\nSubject: FW: Your exam result\r\nMessage-ID: <w@y>\r\n\r\nKeeping a copy before I leave.\r\n\r\n________________________________\r\nFrom: {from}\r\nSent: Tuesday, June 11, 2024 10:02 AM\r\nTo: Taro <t.yamada@corp.example>\r\nSubject: Your exam result\r\n\r\nYou passed SAA-C03.\r\n")
        };
        let vendor = fw("AWS Certification <do-not-reply@certmetrics.com>");
        assert_eq!(
            c(&Mail::parse(vendor.as_bytes()).unwrap()).kind,
            Kind::UserReply
        );
        let other = fw("Exam Prep Weekly <news@examprep.example>");
        assert_eq!(
            c(&Mail::parse(other.as_bytes()).unwrap()).kind,
            Kind::Unrelated
        );
    }

    #[test]
    fn forwarding_the_request_to_yourself_is_not_a_reply() {
        let raw = format!("From: Taro <taro@gmail.com>\r\nTo: t@corp.example\r\nSubject: Fwd: {SUBJ}\r\nMessage-ID: <f@y>\r\n\r\nFYI, see below.\r\n");
        let r = c(&Mail::parse(raw.as_bytes()).unwrap());
        // Written by the person on the case (a user_reply), but it answers nobody: the ledger
        // does not count it as the reply support waits for (ledger::tests).
        assert_eq!(r.kind, Kind::UserReply, "{r:?}");
        assert!(r.why.contains("does not answer support"));
    }

    #[test]
    fn another_services_console_case_is_not_a_training_case() {
        let from = "Amazon Web Services <no-reply-aws@amazon.com>";
        let body = "Hello,\n\nCould you confirm whether the NAT Gateway in us-east-1 is still needed? If we don't hear from you within 3 days, this case will be resolved automatically.\n\nRegards,\nAhmed";
        let r = c(&mail(
            from,
            "RE:[CASE 17622019834] Unexpected NAT Gateway charges",
            None,
            body,
        ));
        assert_eq!(r.kind, Kind::Unrelated, "{r:?}");
        assert!(!r.needs_reply);
        assert!(r.why.contains("NAT Gateway"), "{}", r.why);
        // The same words in a case about an exam: the profile's own business.
        let r = c(&mail(
            from,
            "RE:[CASE 17622019834] Exam voucher charged to the wrong AWS account 123456789012",
            None,
            body,
        ));
        assert!(r.needs_reply, "{r:?}");
        // A console case without either kind of word stays tracked.
        let r = c(&mail(
            from,
            "RE:[CASE 17622019834] Help with my account",
            None,
            "Hello,\n\nCould you tell us the e-mail address you sign in with?\n\nAhmed",
        ));
        assert!(r.needs_reply, "{r:?}");
        let r = c(&mail(from, "RE:[CASE 17622019834] Your AWS Access Key is exposed", None, "Hello,\n\nPlease reply in the Support Center and tell us which steps you completed. If we don't hear from you in 5 days, the case will be resolved.\n\nAmazon Web Services"));
        assert!(!r.needs_reply, "{r:?}");
        let r = c(&mail(from, "RE:[CASE 17622019834] Billing: Charges after closing my test account", None, "Hello,\n\nCan you confirm whether you'd like a copy of the final invoice? Reply in the Support Center.\n\nKwame"));
        assert!(!r.needs_reply, "{r:?}");
        // A thread already known as a case stays one.
        let m = mail(
            from,
            "RE:[CASE 17622019834] Unexpected NAT Gateway charges",
            None,
            body,
        );
        let r = classify(
            &m,
            &packs(),
            &Context {
                me: &["taro@gmail.com".into()],
                thread_case: Some("17622019834"),
                recurring: None,
            },
        );
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn a_status_notice_that_the_case_waits_on_the_person_asks() {
        let from = "Amazon Web Services <no-reply-aws@amazon.com>";
        let body = "Amazon Web Services をご利用いただきありがとうございます。\n\nサポートケースのステータスが更新されました。\n\nケース ID: 14355208261\n件名: my exam voucher is missing\nステータス: お客様の対応待ち\n最終更新: 2025-03-10 03:00 UTC\n\n担当者からの質問に対するご回答をお待ちしております。サポートセンターのケースページから返信してください。\nhttps://console.aws.amazon.com/support/home#/case/?displayId=14355208261\n";
        let r = c(&mail(
            from,
            "Amazon Web Services: サポートケース 14355208261 が更新されました",
            None,
            body,
        ));
        assert!(r.needs_reply, "{r:?}");
        // The same table without a status is the person's form repeated: what follows is theirs.
        let body = "お問い合わせを受け付けました。\n\nケース ID: 14355208261\n件名: my exam voucher is missing\n\nバウチャーが見つかりません。至急ご返信ください。\n";
        let r = c(&mail(
            from,
            "Amazon Web Services: New Support case: 14355208261",
            None,
            body,
        ));
        assert!(!r.needs_reply, "{r:?}");
    }

    #[test]
    fn billing_mail_with_account_id_is_unrelated() {
        let m = mail(
            "Amazon Web Services <no-reply-aws@amazon.com>",
            "Amazon Web Services Billing Statement Available [Account: 111111111111]",
            None,
            "Your statement for account 111111111111 is available.",
        );
        let r = c(&m);
        assert_eq!(r.kind, Kind::Unrelated, "{r:?}");
        assert_eq!(r.case, None);
    }

    #[test]
    fn the_training_platform_sends_a_certification_notice_only_when_its_subject_says_so() {
        let from = "AWS Training and Certification <no-reply@aws.training>";
        let body = "Hello Haruka,\n\nYour results are now available in your AWS Certification account. Sign in to view your score report.\n\nCandidate ID: AWS07736150\n";
        let r = c(&mail(
            from,
            "Your AWS Certification exam results",
            None,
            body,
        ));
        assert_eq!(r.kind, Kind::Certification, "{r:?}");
        let r = c(&mail(from, "試験結果のお知らせ", None, body));
        assert_eq!(r.kind, Kind::Certification, "{r:?}");
        let r = c(&mail(from, "AWS 認定試験の予約を承りました", None, body));
        assert_eq!(r.kind, Kind::Certification, "{r:?}");
        // Skill Builder mail that names the program is the platform's own business.
        for subject in [
            "Welcome to AWS Training and Certification",
            "Your AWS Skill Builder receipt",
            "New in your learning plan: AWS Certified Developer prep",
            "Registration confirmed: Exam Readiness: AWS Certified Solutions Architect",
        ] {
            let r = c(&mail(from, subject, None, "Thanks for your order.\n"));
            assert_eq!(r.kind, Kind::Unrelated, "{subject}: {r:?}");
        }
    }

    #[test]
    fn a_case_closed_because_every_part_is_done_is_resolved() {
        let r = on_case("Hi Haruka,\n\nCredly has confirmed that all four badges are now in the wallet on haruka@gmail.com. With that, every part of case 176221723200417 is complete and I'm closing it.\n\nIt was a pleasure helping you.\n\nTomás R.");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
        // "I'm closing it" with a condition after it threatens, it does not resolve.
        let r = on_case("Hello,\n\nWe are still waiting for the candidate ID we asked for on November 3. I'm closing it on Friday unless I hear from you.\n\nAWS Training and Certification");
        assert_ne!(r.kind, Kind::Resolved, "{r:?}");
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn a_choice_that_names_nothing_chooses_what_the_sentence_before_named() {
        let r = on_case("Hello Haruka,\n\nI checked the two vouchers on AWS07736150. Neither is tied to your former employer. Our policy, however, allows only one active discount of this type on an account after a merge, so one of them has to be retired.\n\nWhich one do you want to keep? Most people keep the later expiry, but it's your call.\n\nAiko M.");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        // After the accounts, the same question chooses the account that stays.
        let r = on_case("Hello Haruka,\n\nWe found two certification accounts under your name, AWS07736150 and AWS04412987, and only one of them can remain after the merge.\n\nWhich one do you want to keep?\n\nAiko M.");
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        // The choice is passed back over a sentence that only says one must go.
        let r = on_case("Hi Sam,\n\nYour two profiles list different postal addresses: the first has a flat in Leeds, the second your old office in Sheffield. After merging, only one is retained.\n\nWhich one would you like to keep?\n\nPriya");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        // A sentence naming the accounts is no such bridge, whatever came before it.
        let r = on_case("Hi Sam,\n\nThe billing address on your Skill Builder subscription is in Leeds. We also found two certification accounts under your name, and only one of them can stay.\n\nWhich one would you like to keep?\n\nPriya");
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
    }

    #[test]
    fn the_systems_receipt_of_a_reply_acknowledges_and_an_agents_does_not() {
        for body in [
            "Hello,\n\nWe've received your reply and added it to case 176221723200417. The agent working on it will be in touch.\n\nAWS Training and Certification",
            "Hello,\n\nThank you for your reply. It has been added to case 176221723200417 and the associate assigned to it has been notified.\n\nAWS Training and Certification",
            "お客様からのご返信を受け付け、ケース 176221723200417 に追加いたしました。担当者が内容を確認のうえ、あらためてご連絡いたします。\n\n※本メールは受付の確認のため自動送信されています。",
            "ご返信ありがとうございます。\nいただいた内容はケース 176221723200417 に記録されました。担当者より改めてご連絡いたします。",
            "Hello,\n\nA case has been opened on your behalf by AWS Training and Certification. An agent will contact you shortly.\n\nAWS Training and Certification",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::Acknowledgement, "{body}: {r:?}");
        }
        let r = on_case("森下 様\n\nご確認いただき、誠にありがとうございます。ご返信を受領いたしました。\n統合作業を担当チームへ依頼いたしましたので、完了まで今しばらくお待ちくださいませ。\n\n中村");
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
    }

    #[test]
    fn a_request_handed_to_another_team_is_progress_and_a_merge_put_through_is_done() {
        let r = on_case("Hi Ren,\n\nThank you for confirming the date. We have processed your request and forwarded it to the AWS Partner Network team, who manage the partner association on the older account. Once they release it, I'll continue with the merge.\n\nNo action is needed from you at the moment.\n\nPriya N.");
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        assert!(!r.needs_reply);
        let r = on_case("Hi Ren,\n\nThanks for confirming from the Gmail address. I've put the merge through on our side, and your exam history and both certifications should now show when you sign in with ren@gmail.com. Credly may take a little while to catch up.\n\nIf something looks off, just reply here.\n\nPriya N.");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
        // Putting the merge *on hold* is a hold.
        let r = on_case("Hi Ren,\n\nYour older account is linked to an AWS Partner Network company, so I've put the merge on hold until the partner releases it.\n\nPriya N.");
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
    }

    #[test]
    fn what_support_would_like_to_do_itself_is_not_an_ask() {
        // 〜させていただきたく存じます is support's own step; the ask is the list that follows.
        let r = on_case("石川 様\n\nAWS02286514 のアカウントには現在のログイン用メールアドレスが登録されておりません。\nそのため、統合を進める前にご本人様確認をさせていただきたく存じます。\n\nつきましては、以下の 2 点をご教示いただけますでしょうか。\n\n1. 最後に受験された試験名\n2. Credly のバッジを受け取られているメールアドレス\n\n佐藤");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        // 〜していただきたく asks.
        let r = on_case("石川 様\n\n統合先のアカウントをご確認のうえ、本メールにご返信いただきたく存じます。\n\n佐藤");
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn needs_relayed_or_put_as_the_condition_of_the_next_step_ask() {
        let r = on_case("Hello Ren,\n\nGood news of sorts: the partner administrator has replied. He has no objection to the merge, but he asked us to obtain from you a short written statement, in this thread, that you are leaving the company on March 31 and that you want your certifications moved to your personal account.\n\nThe partner team can only release the hold once that statement is on the case. A couple of sentences is enough.\n\nPriyanka S.");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        // A choice of spelling, said as what the next step waits on; "stays" in the next clause
        // is not the account that stays.
        let r = on_case("Hello Ren,\n\nYour certificates can carry the name in Latin letters only, or in Latin letters followed by the name in Japanese script. The records team can only continue once we know which of the two you would like printed; until then the correction stays queued.\n\nMarcus T.");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        let r = on_case("岡部 様\n\n認定証に印字される氏名は、身分証明書の記載と一致している必要がございます。\nつきましては、パスポート等に記載されているとおりのローマ字表記のお名前を、本メールへのご返信にてお知らせいただけますと幸いに存じます。\n\n中村");
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn a_resolution_with_a_rhetorical_question_and_a_reopen_window_is_resolved() {
        let r = on_case("Hi Ren,\n\nThank you for confirming. I have merged both accounts; everything now lives under candidate ID AWS07723140.\n\nWondering where your badges are? Credly picks up the change on its own, usually within a day.\n\nThis case is now resolved.\n\nDaniel R.");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
        let r = on_case("Hello Ren,\n\nThanks for the exam details. I found the voucher from your Security - Specialty exam and it is back in Benefits on your account, valid until August 9, 2025.\n\nI've set this case to resolved. If something still looks wrong, you can reopen it from the Support Center within 14 days.\n\nAiko M.");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
        let r = on_case("Hello,\n\nThank you for your reply. It is back in the AWS Training and Certification queue, and an agent will follow up.\n\nAWS Training and Certification");
        assert_ne!(r.kind, Kind::Resolved, "{r:?}");
    }

    #[test]
    fn a_japanese_satisfaction_survey_is_a_survey() {
        let m = mail(
            "AWS トレーニングと認定 <aws-tc-survey@amazon.com>",
            "ケース 176221723200417 のサポートについてご意見をお聞かせください",
            None,
            "岡部 様\n\n先日解決したケース(176221723200417)について、サポートの満足度をお聞かせいただけますでしょうか。所要時間は1分程度です。\n\nアンケートに回答する\n",
        );
        let r = c(&m);
        assert_eq!(r.kind, Kind::Survey, "{r:?}");
        assert!(!r.needs_reply);
        // A rating of the agent asked for politely ("please rate how the agent handled it").
        let m = mail(
            "AWS トレーニングと認定 <aws-tc-survey@amazon.com>",
            "担当者の評価にご協力ください",
            None,
            "岡部 様

ケース 176221723200417 ではお問い合わせいただきありがとうございました。担当者の対応についてご評価をお願いできますでしょうか。

評価する
",
        );
        let r = c(&m);
        assert_eq!(r.kind, Kind::Survey, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn a_go_ahead_in_an_idiom_and_ownership_of_several_accounts_confirm() {
        let r = on_case("Hi Lena,\n\nSo AWS01234567 stays and AWS07654321 is folded into it.\n\nGive me the nod and I'll start.\n\nOmar");
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        assert!(r.needs_reply);
        let r = on_case("Hi Lena,\n\nI found a third profile, AWS05550123, created with your old university address. Are all three yours? Once you say so, it joins the others.\n\nOmar");
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        // What a screen shows, read back, is information even when it says "primary".
        let r = on_case("Hi Lena,\n\nOn the Credly account page, which e-mail is shown as primary? That tells me which profile to move.\n\nOmar");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        // A warning against a second case is no request.
        let r = on_case("Hello,\n\nThank you for reaching out. We have opened case 174217512409999 and will reply within one business day. Please refrain from opening new cases about the same issue.\n\nAWS Training and Certification");
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn done_by_another_team_or_in_a_japanese_state_is_resolved_and_a_first_step_is_not() {
        let r = on_case("Hello,\n\nOur exam records team has taken care of it: the missing score is on your transcript.\n\nAWS Training and Certification");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        let r = on_case("Hello,\n\nThe replacement discount is on the Benefits page.\n\nYou're all set.\n\nAWS Training and Certification");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        // …but "all set once you confirm" waits on the person.
        let r = on_case("Hello,\n\nBoth profiles are ready. You're all set once you confirm which account to keep.\n\nAWS Training and Certification");
        assert!(r.needs_reply, "{r:?}");
        let r = on_case("岡部 様\n\nお待たせいたしました。バッジの再発行は対応済みでございます。\n\nAWS トレーニングと認定");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        let r = on_case("Hello,\n\nThe partner link on your company account has been removed. I'm preparing the merge now and will write again once it is done.\n\nJonas");
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        let r = on_case("Hello,\n\nI've completed the first step: your old profile is released from the partner. I have handed the rest to the records team, who will write on this case.\n\nJonas");
        assert_ne!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn answers_under_quoted_questions_leave_supports_own_question_standing() {
        // Support answers the person's questions inline; the quotes are left out, so "No." now
        // follows support's own open question, which it cannot answer.
        let r = on_case("Hi Yuki,\n\nI've reopened the case; answers below.\n\n> Is my 2021 exam on either account?\n\nNeither, so it must sit on a third profile. What e-mail address did you book it with?\n\n> Do I need to tell my old employer?\n\nNo. There is nothing they need to do.\n\nMateo");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        // A yes/no question answered by the next sentence is still an FAQ.
        let r = on_case("Hi Yuki,\n\nYour accounts are merged.\n\nDo you need to do anything else? No. Your badges follow within a day.\n\nMateo");
        assert!(!r.needs_reply, "{r:?}");
    }

    #[test]
    fn a_hold_whose_question_serves_the_party_it_waits_on_is_on_hold() {
        for body in [
            "Hello Ryo,\n\nThe result file was rejected, so the case is on hold with Pearson VUE until they re-send it. Pearson VUE needs to know one thing first: did you sit the exam online or at a test centre?\n\nAkiko",
            "林 様\n\n特典の再発行は別チームのみが行えるため、同チームへ調査を依頼しており、本ケースは回答待ちの状態です。なお、同チームでの照合のため、バウチャーコードの末尾4桁をお知らせいただけますでしょうか。\n\n西田",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::OnHold, "{body}: {r:?}");
            assert!(r.needs_reply);
        }
        // …but an ask for support's own check, in a mail that mentions a hold, is information.
        let r = on_case("Hello Ryo,\n\nThe case is on hold with Pearson VUE. To be sure I merge the right records, please send me the candidate ID of each account.\n\nAkiko");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        // A case set to pending while support waits on a third party is a hold.
        let r = on_case("Hello Ryo,\n\nI have asked Pearson VUE to move the appointment. I've set the case to pending while we wait for them; there is nothing you need to do.\n\nArjun");
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn a_duplicate_linked_a_move_to_resolved_and_a_received_question() {
        let r = on_case("Hello,\n\nThis request matches case 174219843700999. I have closed this case and linked it to 174219843700999; everything about the merge will continue on 174219843700999.\n\nTomasz");
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        assert!(r.closed_as_duplicate, "{r:?}");
        let r = on_case("Hello,\n\nSo that two agents don't handle the same accounts, I am closing case 176221723200417 and we will continue only on case 174219843700999.\n\nTomasz");
        assert_eq!(r.kind, Kind::CaseUpdate, "{r:?}");
        // The case's own number is no other case: nothing is closed.
        let r = on_case("Hello,\n\nI've passed your request to the records team; everything will continue on 176221723200417 and they will write to you here.\n\nTomasz");
        assert!(!r.closed_as_duplicate, "{r:?}");
        let r = on_case("Hello,\n\nWe haven't received a reply to our last message on case 176221723200417. Tickets waiting on customer information move to \"Closed\" after five days without activity.\n\nAWS Support");
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        assert!(r.needs_reply);
        let r = on_case("We've received your question (case 176221723200417). An agent will get back to you within a day.\n\nAWS Training and Certification");
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
    }

    #[test]
    fn a_closing_courtesy_with_a_topic_and_a_need_of_the_persons_intention_ask() {
        let r = on_case("Hello,\n\nBoth profiles are ready to be combined. Looking forward to hearing from you regarding which one should be retained.\n\nKim");
        assert!(r.needs_reply, "{r:?}");
        // Alone, the closing courtesy asks nothing.
        let r = on_case("Hello,\n\nThe merge is complete and your badges have moved.\n\nLooking forward to hearing from you.\n\nKim");
        assert!(!r.needs_reply, "{r:?}");
        let r = on_case("岡部 様\n\n2つのアカウントを確認いたしました。残すアカウントについてのご意向を確認でき次第、統合を進めてまいります。\n\n松本");
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn what_is_left_on_a_third_partys_side_asks_nothing_of_the_person() {
        let r = on_case("Hello Taro,

Your message from the personal address is on the case now. The one piece still missing sits with the partner team: they are waiting for your former employer's administrator to approve the release.

I'll write again once they have.

Daniela");
        assert!(!r.needs_reply, "{r:?}");
        // …but what is left on the person's side does.
        let r = on_case(
            "Hello Taro,

The one piece still missing is your confirmation of the account to keep.

Daniela",
        );
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn moving_a_booking_or_cancelling_it_is_information_and_a_received_message_acknowledges() {
        let r = on_case("Hi Kana,\n\nThe merge itself is done on our side apart from one thing: your exam registration for May 12 sits on the old account. Should I move that registration to Account #1, or would you rather cancel it?\n\nJames");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        // Which account stays is still the account choice.
        let r = on_case(
            "Hi Kana,\n\nShould I keep Account #1, or would you rather keep Account #2?\n\nJames",
        );
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        let r = on_case("Thank you for reaching out to AWS Training and Certification.\nYour message has been received and assigned Case ID: 5518034962. An agent will review it and reply by e-mail, generally within one business day.\n");
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        let r = on_case("このメールは、お問い合わせフォームから送信されたリクエストの受付確認です。\n\nケース番号: 5518034962\n\n担当者より通常 24 時間以内にご連絡いたします。\n");
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
    }

    #[test]
    fn holds_said_in_new_ways_and_what_they_ask() {
        // A question put as a wish, under a hold.
        let r = on_case("Hello Mio,\n\nThe certification account on m.t@corp.example is associated with an AWS Partner Network organization. Accounts linked to a partner cannot be merged while the association is active, so I've placed the merge on hold and asked the partner's administrator to release it.\n\nIn the meantime, I'd like to know whether you are leaving the company, and if so, what your last working day will be.\n\nSophie");
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        assert!(r.needs_reply, "{r:?}");
        // What support will do once the vendor has finished is not done yet.
        let r = on_case("Hi Mio,\n\nThe reviewers have completed their part, but the accommodation now has to be set up by Pearson VUE. Until they confirm, your case is on hold.\n\nWe'll contact you as soon as Pearson VUE has finished.\n\nGrace");
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        assert!(!r.needs_reply);
        // Any name as the subject, not only the ones the pack knows.
        let r = on_case("Hi Mio,\n\nThe exam record is with CertMetrics now, so your case is on hold until they reply.\n\nI'll write again as soon as CertMetrics has finished.\n\nGrace");
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        let r = on_case("Hi Haruka,\n\nThanks for clarifying. The removal request is still with Kairo Systems' partner administrator. They have told us to expect it by 21 November. I'll check back then.\n\nPriya S.");
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        let r = on_case("Hi Mio,\n\nYour accommodation is approved and in place: 50% additional time, valid for two years.\n\nThat wraps up this request. If you'd like adjustments for a different exam later on, you're welcome to contact us again.\n\nGrace");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
    }

    #[test]
    fn employment_dates_asked_before_a_merge_are_information() {
        let r = on_case("Hi Haruka,\n\nAccount AWS01155902 was created in 2017 under Tsubame Digital. Before we merge, could you confirm the dates you worked at Tsubame Digital? Start and end month are fine.\n\nRohan P.");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        let r = on_case("石田様\n\n統合手続きを進めるにあたり、当該企業での在籍期間を確認させてください。\n\n・入社日\n・退職日\n\n上記2点を本メールにご返信ください。\n\n佐藤");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
    }

    #[test]
    fn completions_said_plainly_or_in_non_native_english_resolve() {
        for body in [
            "Hi Mei,\n\nA quick note: your exam score was posted to your certification account this morning.\n\nIf anything seems wrong, feel free to write.\n\nTom",
            "Hello Mei,\n\nI am glad to say the two account are now one, under mei@example.com.\n\nTom",
            "Hi Mei,\n\nThe records team finished as well. Every mail now goes to mei@example.com.\n\nTom",
            "Hi Mei,\n\nThe operations team has updated the date of birth on your certification profile.\n\nThis case is now resolved. If anything still seems wrong, a reply here will reopen it.\n\nTom",
            "李 様\n\nご依頼の割引クーポンを発行いたしました。有効期限は6月30日です。\n\n高橋",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::Resolved, "{body}\n{r:?}");
            assert!(!r.needs_reply, "{body}");
        }
        // A closing for want of an answer still is one, whatever it offers.
        let r = on_case("Hi Mei,\n\nWe have not heard from you since our question on May 2, so this case is now resolved. If something still seems wrong, a reply here will reopen it.\n\nTom");
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        // Issuing the case number is the receipt.
        let r = on_case("李 様\n\nお問い合わせを受け付け、ケース番号を発行いたしました。担当者よりご連絡いたします。\n\nAWS トレーニングと認定");
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        // 表示されておりますので、ご確認ください: a look, nothing to send.
        let r = on_case("李 様\n\nクーポンを発行いたしました。アカウントの特典ページに表示されておりますので、ご確認いただけますと幸いです。\n\n高橋");
        assert!(!r.needs_reply, "{r:?}");
    }

    #[test]
    fn part_done_and_part_handed_on_is_progress() {
        for body in [
            "Hi Mei,\n\nYour accounts are now one, under mei@example.com. One part did not come across: the exam voucher. I've passed that part to our Benefits team, who will contact you.\n\nTom",
            "Hi Mei,\n\nMy part is done: the certification address is changed. The training address lives in another system, so I have opened a ticket for that team. I will inform you here when it is done.\n\nTom",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::CaseUpdate, "{body}\n{r:?}");
            assert!(!r.needs_reply, "{body}");
        }
    }

    #[test]
    fn questions_about_history_or_each_accounts_details_are_information() {
        for body in [
            "Hi Mei,\n\nBefore I go on: have you ever taken an exam under the old account, and if so, roughly when?\n\nTom",
            "Hi Mei,\n\nPlease confirm the following for each of the two accounts:\n- the name as registered\n- the candidate ID\n\nWe need these details to find the records.\n\nTom",
            "Hi Mei,\n\nOld exam records keep the birth date they were created with, so I need to know which ones to correct.\n\nTom",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::InfoRequest, "{body}\n{r:?}");
            assert!(r.needs_reply, "{body}");
        }
        // Ownership and the account kept, asked through the console: the merge's confirmation.
        let r = on_case("Hello,\n\nI found two accounts. Please reply in the Support Center to confirm that both are yours and that AWS01234567 should be kept.\n\nTom");
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        assert!(r.needs_reply);
    }

    #[test]
    fn more_ways_of_saying_done_received_and_waiting_for_you() {
        for body in [
            "Hello Mei,\n\nI have removed the old partner link from your profile. This completes the work on your case.\n\nTom",
            "Hi Mei,\n\nThe postal address on your certification profile has been updated.\n\nTom",
            "Hello,\n\nYour exam booking is now linked to your merged AWS Certification account. Your case will now be resolved. If you need more help, you can reopen it from the Support Center within 14 days.\n\nTom",
            "李 様\n\nお待たせいたしました。アカウントの統合が正常に完了いたしました。\n\n高橋",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::Resolved, "{body}\n{r:?}");
            assert!(!r.needs_reply, "{body}");
        }
        let r = on_case("お客様\n\nご返信を受け付けました。担当者より順次ご連絡いたします。本メールは自動送信です。\n\nAWS トレーニングと認定");
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        let r = on_case("李 様\n\n先日のご依頼について補足いたします。画面の写しが難しい場合は、招待メールの件名だけでも構いません。ご返信をお待ちしております。\n\n山口");
        assert!(r.needs_reply, "{r:?}");
        let r = on_case("Hi Mei,\n\nI found a third profile under your old address. Reply with that candidate ID and I'll start the merge right away.\n\nTom");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        let r = on_case("Hello,\n\nBenefits move separately from exam history. Please add the following in the Support Center:\n1. the date of the exam\n2. a screenshot of the Benefits page\n\nI can see the old candidate ID on the merge record, so you don't need to send it again.\n\nSofia");
        assert!(r.needs_reply, "{r:?}");
        // The person's questions, answered: an FAQ, even as a bulleted list.
        let r = on_case("Hello,\n\nI've passed your case to the exam team. Expect an update within three days.\n\nCommon questions:\n* Will my booking move too? Once re-linked, yes.\n* Do I need to call the test centre? No.\n\nTom");
        assert!(!r.needs_reply, "{r:?}");
    }

    #[test]
    fn a_status_line_waiting_on_the_person_makes_a_check_after_a_fix_a_request() {
        let fixed = "Hi Kenta,\n\nOur score sync finished overnight, and your account AWS11940283 now shows the SAP-C02 attempt of 21 March with a pass and the new certification.\n\nLucas T.";
        let r = on_case(&format!("Case status: Waiting on you - please confirm the SAP-C02 result now shows under Exam History\n\n{fixed}"));
        assert!(r.needs_reply, "{r:?}");
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        // The same check without the status line is a look of the person's own after the fix.
        let r = on_case(&format!(
            "{fixed}\n\nPlease confirm the result now shows under Exam History."
        ));
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
    }

    #[test]
    fn a_status_line_alone_says_the_case_waits_on_the_person() {
        let r = on_case("Ticket status: Pending customer\n\nHi,\n\nI looked at both profiles. The one under your Gmail address has the newer exams, and the work one has the older two.\n\nKim");
        assert!(r.needs_reply, "{r:?}");
        let r = on_case("Status: Pending Amazon action\n\nHi,\n\nThe specialist is reviewing your account history.\n\nKim");
        assert!(!r.needs_reply, "{r:?}");
        let r = on_case("Hi,\n\nYour ticket status changed from Awaiting your response to Open. We'll get back to you shortly.\n\nKim");
        assert!(!r.needs_reply, "{r:?}");
    }

    #[test]
    fn completions_said_plainly_are_resolved_history_is_not() {
        for body in [
            "Hi,\n\nYour accounts are merged. You can sign in with x@y.com.\n\nKim",
            "Hi,\n\nThe two profiles were merged this morning.\n\nKim",
            "Hi,\n\nMerge complete. Everything is under AWS01234567 now.\n\nKim",
            "Hi,\n\nYour exam history has been moved over to the Gmail account and the old one is closed.\n\nKim",
            "Hi,\n\nThat's done for you. The certifications are on the personal account.\n\nKim",
            "Hi,\n\nYour certification profile now uses x@y.com, as you asked.\n\nKim",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::Resolved, "{body}: {r:?}");
        }
        let r = on_case("Hi,\n\nI can see that after your accounts were merged on October 28 the discount stayed on the old one. I've asked the benefits team to look at it.\n\nKim");
        assert_ne!(r.kind, Kind::Resolved, "{r:?}");
    }

    #[test]
    fn a_status_cell_in_html_decides_like_a_status_line() {
        let m = Mail::parse(b"From: AWS Training and Certification <tc-support@amazon.com>\r\nTo: x@y.com\r\nSubject: RE: [CASE 176412803905412] Account merge\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<table><tr><td><b>Status</b></td><td><span>Solved</span></td></tr></table><p>Hi,</p><p>Everything now sits under AWS01234567.</p><p>Kim</p>");
        let r = c(&m.unwrap());
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
    }

    #[test]
    fn a_receipt_a_close_with_its_reason_and_a_partner_tie_in_other_words() {
        let r = on_case("Hi,\n\nThanks for getting in touch! This is just to let you know your request landed with us and is in the queue.\n\nKim");
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
        let r = on_case("Hi,\n\nAs promised, I'm closing this case now that the merge is finished. Thanks for your patience!\n\nKim");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        // A leading "now that" is background to what follows.
        let r = on_case("Hi,\n\nNow that the merge is finished, could you tell me whether both badges show on Credly?\n\nKim");
        assert!(r.needs_reply, "{r:?}");
        let r = on_case("Hi,\n\nYour old account is part of an AWS Partner Network organization. Do you still work for that company? If not, reply with your last working day.\n\nKim");
        assert_eq!(r.kind, Kind::OnHold, "{r:?}");
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn japanese_a_mail_to_come_a_state_waiting_on_the_person_and_a_close_with_advice_for_later() {
        let r = on_case("森岡様\n\n統合完了後、Credly よりバッジ受け取りのご案内メールが届きますので、ご確認ください。\n\n佐藤");
        assert!(!r.needs_reply, "{r:?}");
        let r = on_case("森岡様\n\n本件はお客様からのご返信をお待ちしている状態です。\n\n佐藤");
        assert!(r.needs_reply, "{r:?}");
        let r = on_case("森岡様\n\nケースをクローズいたしました。再度お問い合わせの際は、新しいケースを作成してください。\n\n佐藤");
        assert!(!r.needs_reply, "{r:?}");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
    }

    #[test]
    fn a_completion_with_the_rest_still_to_come_is_an_update() {
        for body in [
            "Hi,\n\nI've updated the name on your profile. The certificate reissue will follow once the printing team confirms; I'll write again then.\n\nKim",
            "Hi,\n\nI've merged the accounts; the voucher is still on the old one, and I've asked the benefits team to move it.\n\nKim",
            "Hi,\n\nYour accounts have been merged, but two exam records did not carry over. I've raised this with the engineering team and will update you by Friday.\n\nKim",
            "Hi,\n\nThe old account has been deactivated as requested. Once the exam records finish copying (usually 24 hours), I'll confirm and close the case.\n\nKim",
            "Hi,\n\nWe've processed the first part of your request (the name change). The merge itself is queued.\n\nKim",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::CaseUpdate, "{body}: {r:?}");
        }
        let r = on_case("Hi,\n\nI've merged the accounts. Your badges will follow from Credly within a few days; nothing else is needed.\n\nKim");
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
    }

    #[test]
    fn receipts_in_other_ticketing_words_are_acknowledgements() {
        for body in [
            "This is an automated confirmation. We've received your Account Merge request and assigned it case number 176412803905412. Please don't submit the form again.",
            "Hello from AWS Training and Certification! Your request is with us now. Our typical response time is 1-2 business days.",
            "Case 176412803905412 created.\nSubject: Account merge\nSeverity: General guidance\nYou'll get an email when there's an update.",
            "Thanks for contacting us. A member of our team will review your request and respond by email. Your reference is 176412803905412.",
            "AWS トレーニングと認定へのお問い合わせ、ありがとうございます。本メールは受付確認のため自動送信されています。",
            "Hi there, just confirming your message arrived. Someone from the team will reply soon.",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::Acknowledgement, "{body}: {r:?}");
            assert!(!r.needs_reply, "{body}: {r:?}");
        }
    }

    #[test]
    fn holds_in_other_words_are_holds() {
        for body in [
            "Hi,\n\nThe merge can't go ahead yet: your old profile sits under Example Corp's partner organisation, and only their admin can let it go. I've written to them.\n\nKim",
            "Hi,\n\nQuick status: we're still waiting on Example Corp's partner admin to release your old profile. Nothing needed from you for now.\n\nKim",
            "Hi,\n\nWe've hit a snag: the work account is managed by your former employer's AWS Partner Central account, so it has to be released by them first. We're on it.\n\nKim",
            "Hi,\n\nStill no response from the partner's administrator. We sent a second request today and will keep you posted.\n\nKim",
            "Hi,\n\nI'm afraid the partner company has declined to release the account. We're checking what other options there are.\n\nKim",
            "Hi,\n\nPartner Central still lists you as a member of Example Corp, which prevents the merge for now. We've asked them to remove you.\n\nKim",
            "森岡様\n\nパートナー企業様からの承認をお待ちしている状況です。承認が得られ次第、統合を進めます。\n\n佐藤",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::OnHold, "{body}: {r:?}");
            assert!(!r.needs_reply, "{body}: {r:?}");
        }
        // A voucher the partner program issued, rejected at checkout, is no hold.
        let r = on_case("Dear Customer,\n\nWe have received your case 12847730591. A member of our team will review it and respond shortly.\n\nSubject: Partner certification benefit voucher rejected at exam checkout");
        assert_eq!(r.kind, Kind::Acknowledgement, "{r:?}");
    }

    #[test]
    fn confirm_and_merge_in_one_sentence_is_no_request_when_nothing_is_asked() {
        for body in [
            "Hi,\n\nEarlier I asked you to confirm which account to keep; you don't need to do that anymore, because the partner team already told us.\n\nKim",
            "Hi,\n\nYou'll receive a confirmation email once the merge completes.\n\nKim",
            "Hi,\n\nJust confirming that we received your reply and passed it to the merge team.\n\nKim",
        ] {
            let r = on_case(body);
            assert!(!r.needs_reply, "{body}: {r:?}");
        }
        // A request without asking form still is one.
        let r = on_case(
            "Hi,\n\nYour confirmation of the merge direction is what I am waiting for.\n\nKim",
        );
        assert!(r.needs_reply, "{r:?}");
    }

    #[test]
    fn more_completions_in_plain_words_are_resolved() {
        for body in [
            "Hi,\n\nWe've taken care of this for you. You can now sign in with your personal email.\n\nKim",
            "Hi,\n\nThis should now be fixed; your exam history shows all five exams.\n\nKim",
            "Hi,\n\nEverything is in order now: both certifications show under your personal account.\n\nKim",
            "Hi,\n\nThe two profiles have been unified into one.\n\nKim",
            "森岡様\n\nご依頼いただいたアカウント統合を実施いたしました。\n\n佐藤",
            "森岡様\n\n統合処理を行いました。今後は個人のメールアドレスでサインインしてください。\n\n佐藤",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::Resolved, "{body}: {r:?}");
            assert!(!r.needs_reply, "{body}: {r:?}");
        }
    }

    #[test]
    fn a_close_for_a_wait_on_the_person_a_blocked_close_and_a_survey_in_other_words() {
        let r = on_case("Hi,\n\nHeads up: this case auto-closes tomorrow because it's been waiting on you for 7 days.\n\nKim");
        assert_eq!(r.kind, Kind::ClosingNotice, "{r:?}");
        let r = on_case("Hi,\n\nWithout your confirmation, we're unable to continue and will close the request on 20 March.\n\nKim");
        assert!(r.needs_reply, "{r:?}");
        for body in [
            "Hi,\n\nTell us about your experience! Your answers go straight to the team that helped you.\n\nKim",
            "Hi,\n\nOne question, one minute: did we solve your problem? Click Yes or No below.\n\nKim",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::Survey, "{body}: {r:?}");
            assert!(!r.needs_reply, "{body}: {r:?}");
        }
    }

    #[test]
    fn a_datum_about_a_named_account_is_information() {
        for body in [
            "Hi,\n\nWhich email address did you use on the account you want to keep?\n\nKim",
            "Hi,\n\nWhich of the two accounts holds the Security Specialty exam?\n\nKim",
            "Hi,\n\nCan you tell me the login email of Account #2?\n\nKim",
            "Hi,\n\nDo you still have access to the mailbox of Account #1?\n\nKim",
        ] {
            let r = on_case(body);
            assert_eq!(r.kind, Kind::InfoRequest, "{body}: {r:?}");
        }
        let r = on_case("Hi,\n\nWhich of the two accounts should we keep?\n\nKim");
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
    }

    #[test]
    fn a_delivery_partner_managing_a_booking_is_no_hold() {
        for body in [
            "Hi,\n\nYour exam booking is managed by our delivery partner Pearson VUE, so the new time has to be set in your Pearson VUE profile.\n\nKim",
            "Hi,\n\nThe exam was held by Pearson VUE, our delivery partner, on 3 March.\n\nKim",
        ] {
            let r = on_case(body);
            assert_ne!(r.kind, Kind::OnHold, "{body}: {r:?}");
        }
    }

    #[test]
    fn the_candidate_id_of_the_account_to_keep_chooses_once_support_named_both() {
        // Support names both IDs and asks for the one to keep: the choice of the account.
        reads_as_request(Kind::ConfirmationRequest, "Hi Ana,\n\nBoth profiles sign in with the same address, so your last note doesn't tell me which you meant. Please send me the candidate ID of the account you'd like to keep, AWS30418822 (the older one, with your exams) or AWS52290471 (created last spring, empty).\n\nLuis");
        // Without the IDs named, the ID is what is asked for first.
        reads_as_request(Kind::InfoRequest, "Hi Ana,\n\nI found two profiles under your address. Please send me the candidate ID of each and tell me which account you'd like to keep.\n\nLuis");
    }

    #[test]
    fn the_persons_part_covered_is_not_the_request_done() {
        each_reads_as_no_reply(
            Kind::OnHold,
            &[
                // the person's part covered, the case still waiting on the partner
                "Hi Jun,\n\nThanks for the note from your new address; that takes care of everything I need from you at this stage.\n\nThe merge itself is paused: your former employer's partner admin has to detach the old profile first, and the case is on hold until they do. You don't need to do anything meanwhile.\n\nRegards,\nPetra",
                // a release only supposed ("if … has already removed …") does not end the hold,
                // and leave to mention it ("you are welcome to") asks nothing
                "Hi Jun,\n\nThe case is on hold until your former company's partner administrator detaches your old profile. If they have already removed the association, you are welcome to let me know, but it is not required.\n\nRegards,\nPetra",
                // nor one supposed "in case" it has happened
                "Hi Jun,\n\nThe case stays on hold with the APN team for now. In case the partner has already released the account on their side, our system will pick that up overnight.\n\nRegards,\nPetra",
            ],
        );
    }

    #[test]
    fn an_answer_that_never_reached_the_case_is_still_owed() {
        // The answer went to an address that takes no mail: support still waits on it.
        let m = mail(
            "Amazon Web Services <no-reply-aws@amazon.com>",
            "Your reply could not be delivered to case 15523098761",
            None,
            "Hello,\n\nThanks for writing to us. This mailbox cannot receive incoming e-mail, therefore your reply was not added to case 15523098761 and the agent has not seen it.\n\nUse the Support Center to answer the agent:\nhttps://console.aws.amazon.com/support/home#/case/?displayId=15523098761\n\nAmazon Web Services",
        );
        let r = c(&m);
        assert_eq!(r.kind, Kind::InfoRequest, "{r:?}");
        assert!(r.needs_reply);
        // A closed case that takes no more messages waits on nothing.
        let r = on_case("This is an automated message.\n\nCase 176221723200417 was closed last year and can no longer be updated. Your message has not been added to the case and nobody will read it.\n\nTo get help, open a new case through the Contact Us form.");
        assert!(!r.needs_reply, "{r:?}");
    }

    #[test]
    fn a_duplicate_closed_a_document_asked_for_and_a_rating_block() {
        // A duplicate closed while the request goes on elsewhere is no closing for silence.
        each_reads_as_no_reply(
            Kind::CaseUpdate,
            &["Hi Dana,\n\nSince we haven't received anything on this copy, I'm closing this case as a duplicate of case 176221723200999, where your request is already being worked.\n\nRegards,\nOmar"],
        );
        // A document asked for is information, even "to proceed".
        reads_as_request(Kind::InfoRequest, "Hi Dana,\n\nThe name on the exam profile and the one on your record differ. Before we can proceed, we need a clear scan of a government-issued ID showing your full name.\n\nRegards,\nOmar");
        // The console's rating block under an update asks nothing.
        each_reads_as_no_reply(
            Kind::CaseUpdate,
            &["Hi Dana,\n\nThanks for the upload; I have passed it to the records team, who will make the change this week.\n\nHow are we doing? Replies can be rated in the AWS Support Center by choosing the stars under each one.\n\nRegards,\nOmar"],
        );
    }

    #[test]
    fn a_chatty_agent_asks_nothing_with_small_talk() {
        // The merge reported by its accounts' numbers and IDs is done, not a listing to choose from.
        each_reads_as_no_reply(
            Kind::Resolved,
            &[
                "Hi Sam,\n\nGreat news! Account #2 (AWS11223344) is now merged into Account #1 (AWS55667788), just as you wanted.\n\nIt was lovely working with you on this.\n\nMaya",
                // a check that the explanation landed, and an offer, ask nothing
                "Hi Sam,\n\nAll merged! Your exams now sit under one sign-in. The old address stays on file as a secondary contact only. Does that make sense? Let me know if anything else comes up.\n\nMaya",
            ],
        );
        // Small talk under an update is not a question on the case.
        each_reads_as_no_reply(
            Kind::CaseUpdate,
            &["Hi Sam,\n\nThanks, that was exactly the ID I needed; the records team has it now and will move the exam this week.\n\nHow are you finding the new job? Any fun weekend plans?\n\nMaya"],
        );
    }

    #[test]
    fn asks_put_as_what_would_help_or_as_a_wish_for_the_go_ahead() {
        // What would help, named, inside a hold: the hold asks.
        let r = on_case("Hi Ana,\n\nYour old account belongs to the AWS Partner Network profile of your employer, so the merge is on hold for now. What would really help is your last working day there, so our partner team can plan the release.\n\nRegards,\nLuis");
        assert!(r.needs_reply, "{r:?}");
        // The go-ahead wished for, then how to give it after a colon, with the other branch.
        reads_as_request(Kind::ConfirmationRequest, "Hi Ana,\n\nI found both accounts and suggest keeping AWS30418822, which holds your exams. I'd like your go-ahead before doing so: just confirm that AWS30418822 should stay, or tell me if you would rather keep the other one.\n\nRegards,\nLuis");
        // Where to answer from, said to work, is not a fix reported.
        reads_as_request(Kind::InfoRequest, "Hi Ana,\n\nYour reply came from your company address, which is the account being closed, so I can't accept the go-ahead from it. The same confirmation sent from your personal address is all I need; answering this e-mail from that mailbox works fine.\n\nRegards,\nLuis");
    }

    #[test]
    fn a_receipt_of_the_reply_a_step_awaited_and_a_survey_question() {
        // The system's receipt of the person's reply on the case.
        each_reads_as_no_reply(
            Kind::Acknowledgement,
            &["Hello,\n\nThis automatic note confirms that your reply arrived. It has been added to case 176221723200417, and your agent will look at it shortly.\n\nAWS Training and Certification"],
        );
        // A completion said as what support waits for ("as soon as … is back") is progress.
        each_reads_as_no_reply(
            Kind::CaseUpdate,
            &["Hi Ana,\n\nThanks for the details. I've sent them to the benefits team; they usually need three business days, and I'll write here as soon as the discount is back on your account.\n\nLuis"],
        );
        // A survey's own question asks no reply.
        let m = mail(
            "AWS Training and Certification <aws-tc-feedback@amazon.com>",
            "Quick question about case 176221723200417",
            None,
            "Hello,\n\nYour case 176221723200417 was resolved last week. How likely are you to recommend our support to a friend? Reply with a number from 0 to 10.\n\nThank you",
        );
        let r = c(&m);
        assert_eq!(r.kind, Kind::Survey, "{r:?}");
        assert!(!r.needs_reply);
    }

    #[test]
    fn how_to_reply_on_this_case_in_japanese_asks_nothing_now() {
        let r = on_case("山田 様\n\nご返信ありがとうございます。ケース 176221723200417 を再度オープンいたしました。担当者が内容を確認のうえ、追ってご連絡いたします。\n\n(このケースについては、件名のケース番号を変えずにこのメールへご返信ください。)\n\nAWS トレーニングと認定");
        assert!(!r.needs_reply, "{r:?}");
    }

    #[test]
    fn an_automatic_confirmation_that_the_message_arrived_is_a_receipt() {
        each_reads_as_no_reply(
            Kind::Acknowledgement,
            &["Hello Taro,\n\nThis is an automatic message to let you know that your e-mail has been received by Training and Certification Customer Service.\n\nCase ID: 176221723200417\nTopic: Certification\n\nMost requests get a first answer within 24 hours.\n\nAWS Training and Certification"],
        );
    }

    #[test]
    fn support_considering_the_matter_resolved_is_a_completion() {
        each_reads_as_no_reply(
            Kind::Resolved,
            &["Hello,\n\nThank you for waiting while we looked into the voucher. It was reissued under the same code. We consider this request resolved.\n\nAWS Training and Certification"],
        );
    }
}
