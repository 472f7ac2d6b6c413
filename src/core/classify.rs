//! Classification: what one mail means for the person's support case.
//!
//! Pure: `classify(&Mail, &[RuleSet], &Context) -> Classification`. It weighs several signals
//! rather than matching template sentences: who sent it and whether the receiving server
//! authenticated that, the case-number token, structure such as an `Account #1` / `Account #2`
//! listing, and phrases found in the *new* text only (quoted history and the form text the
//! acknowledgement repeats are never read as support's words). The sentence that decided the
//! kind is returned as `why`.

use crate::core::auth::{self, Authenticity};
use crate::core::mail::{Address, Mail};
use crate::core::rules::{Channel, Place, Role, RuleSet};
use regex::Regex;
use serde::{Deserialize, Serialize};
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
}

/// What classification needs to know beyond the mail itself.
#[derive(Debug, Default, Clone, Copy)]
pub struct Context<'a> {
    /// The person's own addresses, lower-case.
    pub me: &'a [String],
    /// The case this mail's In-Reply-To / References point at, when known.
    pub thread_case: Option<&'a str>,
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
    first.unwrap_or_else(|| unrelated(mail, "", "no rule pack loaded".into()))
}

fn unrelated(mail: &Mail, profile: &str, why: String) -> Classification {
    let from = mail.from.clone().unwrap_or_default();
    Classification {
        kind: Kind::Unrelated,
        profile: profile.to_string(),
        case: None,
        needs_reply: false,
        candidate_ids: vec![],
        why,
        authenticated: auth::verdict(&mail.authentication_results, from.domain()),
        channel: Channel::Email,
        support_url: None,
        accounts: vec![],
        proposed_keep: None,
        deadline_days: None,
        asked: None,
    }
}

pub fn classify_with(mail: &Mail, rules: &RuleSet, ctx: &Context<'_>) -> Classification {
    let from = mail.from.clone().unwrap_or_default();
    let domain = from.domain().to_string();
    let authenticated = auth::verdict(&mail.authentication_results, &domain);
    let trusted = rules.is_trusted_domain(&domain);
    let sender = if trusted {
        rules.sender(&from.email)
    } else {
        None
    };
    let support_text = support_text(&mail.new_text, rules);
    let case_token = find_case(mail, &support_text, rules);
    let case = case_token.clone().or(ctx.thread_case.map(str::to_string));
    let candidate_ids = candidate_ids(mail, rules);
    let base = Classification {
        kind: Kind::Unrelated,
        profile: rules.profile.id.clone(),
        case: None,
        needs_reply: false,
        candidate_ids,
        why: String::new(),
        authenticated,
        channel: Channel::Email,
        support_url: None,
        accounts: vec![],
        proposed_keep: None,
        deadline_days: None,
        asked: None,
    };

    // The person's own mail: a reply when it belongs to a case, else nothing to us.
    if !from.email.is_empty() && ctx.me.contains(&from.email) {
        // A reply goes to the vendor; a forward to a colleague or to yourself does not answer.
        let to_vendor = mail
            .recipients()
            .any(|r| rules.is_trusted_domain(r.domain()));
        return match case {
            Some(case) if !to_vendor => Classification {
                why: format!(
                    "sent by you about case {case}, but not to {} (a forward?): not a reply",
                    rules.profile.name
                ),
                ..base
            },
            Some(case) => Classification {
                kind: Kind::UserReply,
                why: format!(
                    "sent by you ({}) in case {case}: {}",
                    from.email,
                    first_sentence(&mail.new_text)
                ),
                case: Some(case),
                ..base
            },
            None => Classification {
                why: format!("sent by you ({}), not in a known case", from.email),
                ..base
            },
        };
    }

    // Mail that poses as the vendor is a warning, never case mail.
    let spoofable = sender.is_some() || case_token.is_some() || rules.sender(&from.email).is_some();
    if trusted && authenticated == Authenticity::Fail && spoofable {
        return Classification {
            kind: Kind::Suspicious,
            why: format!(
                "claims to be from {domain}, but the receiving server's DKIM/DMARC check failed: not from {}",
                rules.profile.name
            ),
            ..base
        };
    }
    if !trusted {
        if let Some(word) = claims_brand(&from, rules) {
            let looks_like_case = case_token.is_some()
                || signal_total(&support_text, &mail.subject, rules) > 0
                || !base.candidate_ids.is_empty();
            if looks_like_case {
                return Classification {
                    kind: Kind::Suspicious,
                    why: format!(
                        "claims to be {word:?} but was sent from {domain}, a domain {} does not use",
                        rules.profile.name
                    ),
                    ..base
                };
            }
        }
    }

    let role = sender.map(|s| s.role);
    let is_case_mail = match sender {
        Some(s) if s.role == Role::Case => !s.requires_case_id || case.is_some(),
        Some(_) => false,
        None => trusted && case.is_some(),
    };
    if !is_case_mail {
        let notice = match role {
            Some(Role::Certification) => Some(Kind::Certification),
            Some(Role::Badge) => Some(Kind::Badge),
            _ => None,
        };
        return match notice {
            Some(kind) => Classification {
                kind,
                why: best_sentence_for(&support_text, rules, kind)
                    .unwrap_or_else(|| format!("{} notice from {}", kind.as_str(), from.email)),
                ..base
            },
            None => Classification {
                why: match role {
                    Some(Role::Case) => {
                        format!("from {} but no case number: not case mail", from.email)
                    }
                    Some(r) => format!("{} mail from {}, not case mail", role_name(r), from.email),
                    None if trusted => format!("from {domain} but no case number"),
                    None => format!(
                        "{} is not a sender of {}",
                        or_unknown(&from.email),
                        rules.profile.name
                    ),
                },
                ..base
            },
        };
    }

    // Support-case mail: weigh the signals.
    let sents = sentences(&support_text);
    let scored = score(&support_text, &sents, &mail.subject, rules, true);
    let accounts = extract_accounts(&support_text, rules);
    let mut totals = scored.totals.clone();
    let listing = accounts.len() >= 2;
    if listing {
        *totals.entry(rules.account_listing_kind).or_default() += rules.account_listing_weight;
    }
    let kind = pick(&totals, rules);
    let asks: Vec<&str> = sents
        .iter()
        .copied()
        .filter(|s| rules.asks_set.is_match(s))
        .collect();
    let needs_reply = match kind {
        Kind::ConfirmationRequest | Kind::InfoRequest | Kind::ClosingNotice => true,
        Kind::OnHold => !asks.is_empty(),
        _ => false,
    };
    let why = match scored.best.iter().find(|(k, _, _)| *k == kind) {
        Some((_, _, s)) => s.clone(),
        None if listing && kind == rules.account_listing_kind => format!(
            "lists {} and asks which to keep",
            accounts
                .iter()
                .map(|a| a.label.as_str())
                .collect::<Vec<_>>()
                .join(" / ")
        ),
        None => format!(
            "case mail without a recognised request: {}",
            first_sentence(&support_text)
        ),
    };
    let explicit = sender.and_then(|s| s.channel);
    let link = match explicit {
        Some(Channel::Email) => None,
        _ => rules
            .support_center_link
            .as_ref()
            .and_then(|re| re.find(&mail.text).map(|m| m.as_str().to_string())),
    };
    let channel = match explicit {
        Some(explicit) => explicit,
        None if link.is_some()
            || rules
                .no_email_reply
                .as_ref()
                .is_some_and(|re| re.is_match(&mail.text)) =>
        {
            Channel::SupportCenter
        }
        None => Channel::Email,
    };
    let support_url = match channel {
        Channel::SupportCenter => {
            link.or_else(|| case.as_deref().and_then(|c| rules.support_url(c)))
        }
        Channel::Email => None,
    };
    let proposed_keep = if listing || kind == Kind::ConfirmationRequest {
        rules
            .proposed_keep
            .iter()
            .find_map(|re| re.captures(&support_text)?.get(1)?.as_str().parse().ok())
    } else {
        None
    };
    let deadline_days = if needs_reply {
        rules
            .deadline
            .iter()
            .find_map(|re| re.captures(&support_text)?.get(1)?.as_str().parse().ok())
    } else {
        None
    };
    let asked = needs_reply
        .then(|| clip(&asks.join(" "), 400))
        .filter(|s| !s.is_empty());

    Classification {
        kind,
        case,
        needs_reply,
        why: clip(&why, 300),
        channel,
        support_url,
        accounts: if listing { accounts } else { vec![] },
        proposed_keep,
        deadline_days,
        asked,
        ..base
    }
}

fn role_name(r: Role) -> &'static str {
    match r {
        Role::Case => "case",
        Role::Certification => "certification",
        Role::Badge => "badge",
        Role::Training => "training",
        Role::Account => "sign-in (Builder ID)",
        Role::Marketing => "marketing",
    }
}

fn or_unknown(s: &str) -> &str {
    if s.is_empty() {
        "a mail without a From address"
    } else {
        s
    }
}

/// The brand word a non-vendor sender claims in its display name or domain.
fn claims_brand<'r>(from: &Address, rules: &'r RuleSet) -> Option<&'r str> {
    let name = from.name.as_deref().unwrap_or("").to_lowercase();
    let domain = from.domain();
    rules
        .profile
        .brand_words
        .iter()
        .map(String::as_str)
        .find(|w| {
            contains_word(&name, w)
                || domain
                    .split(['.', '-'])
                    .any(|label| label == *w || label.starts_with(*w) || label.ends_with(*w))
        })
}

fn contains_word(hay: &str, word: &str) -> bool {
    hay.split(|c: char| !c.is_alphanumeric()).any(|t| t == word)
}

/// Support's own words: the new text, cut where it starts repeating the person's form.
fn support_text(new_text: &str, rules: &RuleSet) -> String {
    let cut = rules
        .customer_text_markers
        .as_ref()
        .and_then(|re| re.find(new_text))
        .map(|m| {
            // keep the marker line itself (it says "acknowledgement"), drop what follows
            new_text[m.end()..]
                .find('\n')
                .map_or(new_text.len(), |i| m.end() + i)
        })
        .unwrap_or(new_text.len());
    new_text[..cut].to_string()
}

fn find_case(mail: &Mail, support_text: &str, rules: &RuleSet) -> Option<String> {
    let in_subject = rules.case_in_subject.iter().find_map(|re| {
        re.captures(&mail.subject)?
            .get(1)
            .map(|m| m.as_str().to_string())
    });
    in_subject.or_else(|| {
        [support_text, mail.text.as_str()].iter().find_map(|t| {
            rules
                .case_in_body_set
                .matches(t)
                .iter()
                .map(|i| &rules.case_in_body[i])
                .filter_map(|re| re.captures(t)?.get(1).map(|m| (m.start(), m.as_str())))
                .min_by_key(|(pos, _)| *pos)
                .map(|(_, s)| s.to_string())
        })
    })
}

fn candidate_ids(mail: &Mail, rules: &RuleSet) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in [mail.subject.as_str(), mail.text.as_str()] {
        for m in rules.candidate.find_iter(t) {
            let id = m.as_str().to_ascii_uppercase();
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Signals.

struct Scored {
    totals: std::collections::BTreeMap<Kind, u32>,
    /// (kind, weight, sentence) of the strongest sentence per kind, strongest first.
    best: Vec<(Kind, u32, String)>,
}

/// A signal adds its weight at most this often per mail: repetition is not more evidence.
const MAX_HITS_PER_SIGNAL: u32 = 2;

fn score(text: &str, sents: &[&str], subject: &str, rules: &RuleSet, case_mail: bool) -> Scored {
    // One set pass over the whole text finds which signals can match anywhere; only when some
    // can, one set pass per sentence says which signals each sentence matches.
    let mut live = vec![false; rules.signals.len()];
    for i in rules.body_set.matches(text).iter() {
        live[rules.body_owner[i]] = true;
    }
    let mut per_sentence: Option<Vec<Vec<bool>>> = None;
    let mut conditional: Option<Vec<bool>> = None;
    let mut totals = std::collections::BTreeMap::new();
    let mut best: Vec<(Kind, u32, String)> = Vec::new();
    for (si, sig) in rules.signals.iter().enumerate() {
        if case_mail && matches!(sig.kind, Kind::Certification | Kind::Badge) {
            continue;
        }
        let mut hits = 0;
        match sig.place {
            Place::Subject => {
                if sig.patterns.iter().any(|re| re.is_match(subject)) {
                    hits = 1;
                    note(
                        &mut best,
                        sig.kind,
                        sig.weight,
                        &format!("subject: {subject}"),
                    );
                }
            }
            Place::Body => {
                if !live[si] {
                    continue;
                }
                let cond = conditional.get_or_insert_with(|| {
                    sents
                        .iter()
                        .map(|s| rules.conditional_set.is_match(s))
                        .collect()
                });
                let matched = per_sentence.get_or_insert_with(|| {
                    sents
                        .iter()
                        .map(|s| {
                            let mut m = vec![false; rules.signals.len()];
                            for i in rules.body_set.matches(s).iter() {
                                m[rules.body_owner[i]] = true;
                            }
                            m
                        })
                        .collect()
                });
                for ((s, c), m) in sents.iter().zip(cond.iter()).zip(matched.iter()) {
                    if hits >= MAX_HITS_PER_SIGNAL {
                        break;
                    }
                    if sig.assertive && *c {
                        continue;
                    }
                    if m[si] {
                        hits += 1;
                        note(&mut best, sig.kind, sig.weight, s);
                    }
                }
            }
        }
        if hits > 0 {
            *totals.entry(sig.kind).or_default() += sig.weight * hits;
        }
    }
    best.sort_by_key(|b| std::cmp::Reverse(b.1));
    Scored { totals, best }
}

fn note(best: &mut Vec<(Kind, u32, String)>, kind: Kind, weight: u32, sentence: &str) {
    match best.iter_mut().find(|(k, _, _)| *k == kind) {
        Some(entry) if entry.1 >= weight => {}
        Some(entry) => *entry = (kind, weight, sentence.trim().to_string()),
        None => best.push((kind, weight, sentence.trim().to_string())),
    }
}

fn signal_total(text: &str, subject: &str, rules: &RuleSet) -> u32 {
    score(text, &sentences(text), subject, rules, true)
        .totals
        .values()
        .sum()
}

fn best_sentence_for(text: &str, rules: &RuleSet, kind: Kind) -> Option<String> {
    score(text, &sentences(text), "", rules, false)
        .best
        .into_iter()
        .find(|(k, _, _)| *k == kind)
        .map(|(_, _, s)| clip(&s, 300))
}

fn pick(totals: &std::collections::BTreeMap<Kind, u32>, rules: &RuleSet) -> Kind {
    let rank = |k: &Kind| {
        rules
            .priority
            .iter()
            .position(|p| p == k)
            .unwrap_or(usize::MAX)
    };
    totals
        .iter()
        .filter(|(_, &v)| v > 0)
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| rank(b.0).cmp(&rank(a.0))))
        .map(|(k, _)| *k)
        .unwrap_or(rules.default_kind)
}

// ---------------------------------------------------------------------------------------------
// Text structure.

/// Splits text into sentences. Hard-wrapped prose lines are joined first, so a sentence broken
/// across two lines is still one sentence; short lines (listings, signatures) stay apart.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for para in unwrap_paragraphs(text) {
        let mut start = 0;
        let bytes: Vec<(usize, char)> = para.char_indices().collect();
        for (i, &(pos, c)) in bytes.iter().enumerate() {
            let next = bytes.get(i + 1).map(|&(_, n)| n);
            let end = match c {
                '。' | '！' | '？' => true,
                '.' | '!' | '?' => next.is_none_or(|n| n.is_whitespace()),
                _ => false,
            };
            if end {
                let stop = pos + c.len_utf8();
                let s = para[start..stop].trim();
                if !s.is_empty() {
                    out.push(s);
                }
                start = stop;
            }
        }
        let s = para[start..].trim();
        if !s.is_empty() {
            out.push(s);
        }
    }
    out
}

/// Paragraph slices where wrapped lines are logically joined. To stay zero-copy we return the
/// paragraph and let `sentences` treat '\n' as a boundary only on short or terminated lines;
/// so here a paragraph is split at the "hard" line breaks and wrapped runs stay together.
fn unwrap_paragraphs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    let lines: Vec<&str> = text.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        let line_end = offset + line.len();
        let next = lines.get(i + 1);
        let soft = line.trim_end().len() >= 40
            && !line.trim_end().ends_with([':', '.', '!', '?', '。', ';'])
            && next.is_some_and(|n| {
                let n = n.trim_start();
                !n.is_empty() && !n.starts_with(['-', '*', '•', '>']) && !starts_with_label(n)
            });
        if !soft {
            out.push(&text[start..line_end]);
            start = (line_end + 1).min(text.len());
        }
        offset = line_end + 1;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn starts_with_label(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?i)(?:account|アカウント)\s*#|^[^\s:]{1,30}\s*[^\s:]{0,20}:").unwrap()
    })
    .is_match(line)
}

fn email_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}").unwrap()
    })
}

/// The `Account #N` blocks of a listing, each with the addresses and candidate ID it names.
pub fn extract_accounts(text: &str, rules: &RuleSet) -> Vec<Account> {
    let labels: Vec<(usize, usize, u32)> = rules
        .account_label
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            Some((m.start(), m.end(), c.get(1)?.as_str().parse().ok()?))
        })
        .collect();
    let mut accounts: Vec<Account> = Vec::new();
    for (i, &(_, end, number)) in labels.iter().enumerate() {
        if accounts.iter().any(|a| a.number == number) {
            continue;
        }
        let stop = labels
            .get(i + 1)
            .map_or(text.len(), |l| l.0)
            .min(end + 1500);
        let mut stop = stop.min(text.len());
        while !text.is_char_boundary(stop) {
            stop -= 1;
        }
        let block = &text[end..stop];
        let emails: Vec<String> = email_re()
            .find_iter(block)
            .map(|m| m.as_str().to_ascii_lowercase())
            .fold(Vec::new(), |mut v, e| {
                if !v.contains(&e) {
                    v.push(e);
                }
                v
            });
        let candidate_id = rules
            .candidate
            .find(block)
            .map(|m| m.as_str().to_ascii_uppercase());
        if emails.is_empty() && candidate_id.is_none() {
            continue;
        }
        accounts.push(Account {
            label: format!("Account #{number}"),
            number,
            candidate_id,
            login_email: labelled_email(block, &rules.login_email),
            training_email: labelled_email(block, &rules.training_email),
            certification_email: labelled_email(block, &rules.certification_email),
            emails,
        });
    }
    accounts.sort_by_key(|a| a.number);
    accounts
}

/// The address on the line a label names, or on the next non-empty line (table cells).
fn labelled_email(block: &str, label: &Regex) -> Option<String> {
    let lines: Vec<&str> = block.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if let Some(m) = label.find(line) {
            let rest = &line[m.end()..];
            if let Some(e) = email_re().find(rest) {
                return Some(e.as_str().to_ascii_lowercase());
            }
            let next = lines[i + 1..].iter().find(|l| !l.trim().is_empty());
            if let Some(e) = next.and_then(|l| email_re().find(l)) {
                return Some(e.as_str().to_ascii_lowercase());
            }
        }
    }
    None
}

/// The first sentence that says something: greetings ("Hi Taro,", "山田 様") are skipped.
fn first_sentence(text: &str) -> String {
    let all = sentences(text);
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

    fn c(m: &Mail) -> Classification {
        classify(
            m,
            &packs(),
            &Context {
                me: &["taro@gmail.com".into()],
                thread_case: None,
            },
        )
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
    fn completion_quoting_a_request_is_resolved() {
        let m = mail(TC, SUBJ, None, "Hi, I have successfully merged all accounts into Account #1.\n\nOn Mon, Nov 3, 2025 at 9:00 AM AWS <aws-cs-trainingcertification-form@amazon.com> wrote:\n> Please confirm which account to keep.\n> Account #1\n> Login email: a@b.com\n");
        let r = c(&m);
        assert_eq!(r.kind, Kind::Resolved, "{r:?}");
        assert!(!r.needs_reply);
        assert!(r.why.contains("successfully merged"));
    }

    #[test]
    fn conditional_merge_sentence_is_not_a_completion() {
        let m = mail(TC, SUBJ, None, "Once the accounts have been merged, you will receive an email. Could you please confirm that you want us to merge Account #2 into Account #1?");
        let r = c(&m);
        assert_eq!(r.kind, Kind::ConfirmationRequest, "{r:?}");
        assert_eq!(r.proposed_keep, Some(1));
    }

    #[test]
    fn spoof_with_failed_dmarc_is_suspicious_and_has_no_case() {
        let m = mail(TC, SUBJ, Some("mx.google.com; dkim=none; spf=fail smtp.mailfrom=evil.example; dmarc=fail (p=REJECT) header.from=amazon.com"), "Please confirm the merge by logging in at http://evil.example");
        let r = c(&m);
        assert_eq!(r.kind, Kind::Suspicious);
        assert_eq!(r.case, None);
        assert!(!r.needs_reply);
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
    }

    #[test]
    fn own_reply_is_user_reply() {
        let raw = format!("From: Taro <taro@gmail.com>\r\nTo: {TC}\r\nSubject: {SUBJ}\r\nMessage-ID: <r@y>\r\n\r\nConfirmed. Please merge to Account #1.\r\n");
        let r = c(&Mail::parse(raw.as_bytes()).unwrap());
        assert_eq!(r.kind, Kind::UserReply);
        assert_eq!(r.case.as_deref(), Some("176221723200417"));
    }

    #[test]
    fn forwarding_the_request_to_yourself_is_not_a_reply() {
        let raw = format!("From: Taro <taro@gmail.com>\r\nTo: t@corp.example\r\nSubject: Fwd: {SUBJ}\r\nMessage-ID: <f@y>\r\n\r\nFYI, see below.\r\n");
        let r = c(&Mail::parse(raw.as_bytes()).unwrap());
        assert_eq!(r.kind, Kind::Unrelated, "{r:?}");
        assert!(r.why.contains("not a reply"));
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
    fn wrapped_lines_form_one_sentence() {
        let s = sentences("Could you please confirm that you would like us to proceed with the\nmerge of the two accounts listed below?\n\nAccount #1\nLogin email: a@b.com");
        assert_eq!(s[0], "Could you please confirm that you would like us to proceed with the\nmerge of the two accounts listed below?");
        assert_eq!(s[1], "Account #1");
    }
}
