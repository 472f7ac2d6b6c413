//! Segmentation: support's own text split into the part that speaks to the person (the main
//! body) and the part that does not (sign-off, signature, survey/feedback block, "do not reply"
//! and legal footers, link lists). Only the main body decides what a mail is; a footer can add a
//! kind (survey) only when the body says nothing else (see [`crate::core::classify`]).
//!
//! Pure and vendor-neutral: the structure (paragraphs, a sign-off line and what follows it,
//! link density, lines support repeats in every mail of a case) is code; the phrases that mark
//! a sign-off or a boilerplate paragraph come from the rule pack (`[structure] signoff`,
//! `boilerplate`). Quoted history and the form text an acknowledgement repeats were removed
//! before this stage ([`crate::core::mail`], `customer_text_markers`).

use crate::core::rules::RuleSet;
use regex::Regex;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Why a paragraph is not part of the main body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Zone {
    /// Support's message to the person.
    Body,
    /// The sign-off line and everything after it (name, title, company, footers).
    Signature,
    /// A paragraph with one of the pack's boilerplate phrases (survey, do-not-reply, legal).
    Boilerplate,
    /// Mostly links.
    Links,
    /// A line support's earlier mails in this case carried too (learned, not listed).
    Recurring,
}

impl Zone {
    pub fn as_str(self) -> &'static str {
        match self {
            Zone::Body => "body",
            Zone::Signature => "signature",
            Zone::Boilerplate => "boilerplate",
            Zone::Links => "links",
            Zone::Recurring => "recurring",
        }
    }
}

/// One paragraph of support's text and its zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block<'t> {
    pub zone: Zone,
    pub text: &'t str,
}

/// Support's text, segmented.
#[derive(Debug, Clone, Default)]
pub struct Segments<'t> {
    pub blocks: Vec<Block<'t>>,
}

impl<'t> Segments<'t> {
    /// The main body's sentences, in order.
    pub fn body_sentences(&self) -> Vec<&'t str> {
        self.zone_sentences(|z| z == Zone::Body)
    }

    /// Every other zone's sentences (footers, signature).
    pub fn footer_sentences(&self) -> Vec<&'t str> {
        self.zone_sentences(|z| z != Zone::Body)
    }

    fn zone_sentences(&self, keep: impl Fn(Zone) -> bool) -> Vec<&'t str> {
        self.blocks
            .iter()
            .filter(|b| keep(b.zone))
            .flat_map(|b| sentences(b.text))
            .collect()
    }
}

/// Splits `text` into zones. `recurring` holds fingerprints ([`line_key`]) of lines support's
/// earlier mails carried; a paragraph at the end of the body made only of such lines is
/// boilerplate learned from the history, even when no listed phrase marks it. (Only at the end:
/// a recurring line in the middle may be the request itself, repeated in a reminder.)
pub fn segment<'t>(text: &'t str, rules: &RuleSet, recurring: &HashSet<u64>) -> Segments<'t> {
    let paras = paragraphs(text);
    let mut blocks = Vec::with_capacity(paras.len());
    let mut signed_off = false;
    let mut older_letter = false;
    let mut lines_seen = 0usize;
    // Below a horizontal rule ("----------", an HTML <hr>), a paragraph with a footer phrase
    // anywhere is the template's footer, whatever it opens with ("Thank you for contacting AWS
    // Training and Certification. No further action is required from you at this time. This
    // message was sent by …" under a letter that asks).
    let mut below_rule = false;
    for para in paras {
        if is_rule(para) {
            below_rule = true;
        }
        if below_rule && !signed_off && boilerplate(para, rules) {
            blocks.push(Block {
                zone: Zone::Boilerplate,
                text: para,
            });
            continue;
        }
        if signed_off {
            // A greeting under the signature starts an older letter left unquoted below it:
            // nothing from there on is the writer's new word.
            older_letter = older_letter || opens_letter(para);
            // A postscript after the signature is the writer's own words again, marked ("P.S.")
            // or not ("need ur old email for that one so I can verify it", under the legal
            // footer): a footer speaks for the company, never as "I".
            let zone = if !older_letter && (is_postscript(para) || speaks_as_writer(para)) {
                zone_of(para, rules)
            } else {
                Zone::Signature
            };
            blocks.push(Block { zone, text: para });
            continue;
        }
        // A sign-off line ends the body: the rest of its paragraph and every later one is
        // signature and footer. Not in the first two lines ("Thanks!" as an opener).
        let mut body_end = None;
        let mut offset = 0;
        for line in para.split('\n') {
            let t = line.trim();
            if !t.is_empty() {
                if lines_seen >= 2 && is_signoff(t, rules) {
                    body_end = Some(offset);
                    break;
                }
                lines_seen += 1;
            }
            offset += line.len() + 1;
        }
        if let Some(end) = body_end {
            let (before, after) = para.split_at(end.min(para.len()));
            if !before.trim().is_empty() {
                blocks.push(Block {
                    zone: zone_of(before, rules),
                    text: before,
                });
            }
            blocks.push(Block {
                zone: Zone::Signature,
                text: after,
            });
            signed_off = true;
            continue;
        }
        blocks.push(Block {
            zone: zone_of(para, rules),
            text: para,
        });
    }
    mark_recurring_tail(&mut blocks, recurring);
    Segments { blocks }
}

/// The body's last paragraphs, while every line of them recurs, are learned boilerplate.
fn mark_recurring_tail(blocks: &mut [Block<'_>], recurring: &HashSet<u64>) {
    if recurring.is_empty() {
        return;
    }
    let body_end = blocks
        .iter()
        .rposition(|b| b.zone == Zone::Body)
        .map_or(0, |i| i + 1);
    for b in blocks[..body_end].iter_mut().rev() {
        if b.zone != Zone::Body {
            continue;
        }
        let mut keys = line_keys(b.text).peekable();
        if keys.peek().is_none() || !keys.all(|k| recurring.contains(&k)) {
            break;
        }
        b.zone = Zone::Recurring;
    }
}

/// "P.S. …", "PS: …", "PS one more thing", "P.P.S.", 追伸: a postscript.
fn is_postscript(para: &str) -> bool {
    static PS: OnceLock<Regex> = OnceLock::new();
    PS.get_or_init(|| {
        crate::core::rules::static_re(r"\A\s*(?:(?:P\.\s?)+S\.|PS(?:\s*[:.,-]|\s+[a-z])|追伸)")
    })
    .is_match(para)
}

/// A paragraph in the writer's own voice: a statement with "I" as a pronoun ("so I can verify
/// it", "I'll"), or "me"/"my" in lower case. Not an initial ("I. Petrova") nor a name line, nor
/// a rating block's question ("How did I do?").
fn speaks_as_writer(para: &str) -> bool {
    static ME: OnceLock<Regex> = OnceLock::new();
    let me = ME.get_or_init(|| {
        crate::core::rules::static_re(r"\bI(?:\s+[a-z]|[\x27’](?:m|ll|ve|d)\b)|\b(?:me|my)\b")
    });
    me.is_match(para)
        && sentences(para)
            .into_iter()
            .any(|s| !s.ends_with(['?', '？']) && me.is_match(s))
}

fn is_signoff(line: &str, rules: &RuleSet) -> bool {
    line.chars().count() <= 40 && rules.signoff.as_ref().is_some_and(|re| re.is_match(line))
}

/// A paragraph that is only a horizontal rule: a line of dashes, underscores, equals signs or
/// box-drawing strokes.
fn is_rule(para: &str) -> bool {
    let t = para.trim();
    // (the first letter of a paragraph of prose ends the look)
    !t.contains('\n')
        && t.chars()
            .all(|c| matches!(c, '-' | '_' | '=' | '—' | '─' | '━' | '*' | '~'))
        && t.chars().count() >= 3
}

fn boilerplate(text: &str, rules: &RuleSet) -> bool {
    rules
        .boilerplate
        .as_ref()
        .is_some_and(|re| re.is_match(text))
}

fn zone_of(para: &str, rules: &RuleSet) -> Zone {
    // A footer opens with its boilerplate ("We value your feedback. …", "*Please note: this
    // e-mail was sent from an address that cannot accept …"). A paragraph of the agent's own
    // that only ends with such a phrase ("What we'd like to know is … Let us know in the
    // Support Center; this address can't receive replies.") is body.
    let boilerplate = |t: &str| boilerplate(t, rules);
    // (its first sentence is looked for only in the few paragraphs with a footer phrase)
    let opens_with_it = || {
        sentences(para)
            .into_iter()
            .find(|s| s.chars().any(char::is_alphanumeric)) // not a "---" rule
            .is_none_or(|s| boilerplate(s) && !redirected(s, rules))
    };
    if boilerplate(para) && opens_with_it() {
        Zone::Boilerplate
    } else if link_heavy(para) || menu_line(para) {
        Zone::Links
    } else {
        Zone::Body
    }
}

/// The turn from a clause to what to do in its place: "…; instead, ", ", so instead ", "— rather
/// " (a regex fragment, shared with the request detector).
pub(crate) const INSTEAD_TURN: &str = r"[;,:—–-]\s*(?:but\s+|so\s+)?(?:instead|rather)\b[,:]?\s*";

/// A footer's sentence that goes on to say what to do instead, in words of the agent's own:
/// "Please do not reply to this email; instead, send the candidate ID through the Support
/// Center." The part after "instead" is not footer when it is not boilerplate itself.
fn redirected(sentence: &str, rules: &RuleSet) -> bool {
    static INSTEAD: OnceLock<Regex> = OnceLock::new();
    let instead =
        INSTEAD.get_or_init(|| crate::core::rules::static_re(&format!("(?i){INSTEAD_TURN}")));
    instead.find(sentence).is_some_and(|m| {
        let rest = &sentence[m.end()..];
        rest.split_whitespace().count() >= 3 && !boilerplate(rest, rules)
    })
}

/// A one-line menu of a help desk's buttons: "Reply | Forward | View ticket", "View request ·
/// Turn off notifications": short items (five words at most, no sentence's end) between bars
/// or middle dots.
fn menu_line(para: &str) -> bool {
    let line = para.trim();
    if line.contains('\n') || !line.contains(['|', '·']) {
        return false;
    }
    let items: Vec<&str> = line.split(['|', '·']).map(str::trim).collect();
    items.len() >= 2
        && items.iter().all(|item| {
            !item.is_empty()
                && item.split_whitespace().count() <= 5
                && !item.ends_with(['.', '?', '!', ':'])
        })
}

/// More than half of the paragraph's visible characters are URLs.
fn link_heavy(para: &str) -> bool {
    // (most paragraphs hold no link: they are not counted)
    if !para.contains("http") {
        return false;
    }
    let url = url_pattern();
    let total: usize = para.chars().filter(|c| !c.is_whitespace()).count();
    if total == 0 {
        return false;
    }
    let links: usize = url
        .find_iter(para)
        .map(|m| m.as_str().chars().count())
        .sum();
    links * 2 > total
}

/// A web address (up to the next white space).
pub fn url_pattern() -> &'static Regex {
    static URL: OnceLock<Regex> = OnceLock::new();
    URL.get_or_init(|| crate::core::rules::static_re(r"https?://\S+"))
}

/// The sentence with its web addresses replaced by "<link>": a `?` in a query string is not a
/// question, and a path is not a word.
pub fn without_links(sentence: &str) -> std::borrow::Cow<'_, str> {
    if sentence.contains("://") {
        url_pattern().replace_all(sentence, "<link>")
    } else {
        std::borrow::Cow::Borrowed(sentence)
    }
}

/// A fingerprint of one line, for lines support repeats across the mails of a case.
pub fn line_key(line: &str) -> u64 {
    // FNV-1a over the lowercased, whitespace-collapsed line: stable across runs and versions.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in line.split_whitespace() {
        for b in w.bytes() {
            h ^= u64::from(b.to_ascii_lowercase());
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= u64::from(b' ');
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A line's fingerprint within one case's thread. Lines recur *within a thread* when they are
/// support's signature or footer; the same sentence across different cases is a template
/// ("I have successfully merged…") and must stay body.
pub fn thread_line_key(case: &str, line_key: u64) -> u64 {
    let mut h = line_key ^ 0x9e37_79b9_7f4a_7c15;
    for b in case.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Fingerprints of the lines of `text` long enough to be boilerplate when they recur.
pub fn line_keys(text: &str) -> impl Iterator<Item = u64> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|l| l.len() >= 20)
        .map(line_key)
}

/// Paragraphs: runs of non-blank lines.
fn paragraphs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut offset = 0;
    for line in text.split('\n') {
        let end = offset + line.len();
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(&text[s..offset.saturating_sub(1).max(s)]);
            }
        } else if start.is_none() {
            start = Some(offset);
        }
        offset = (end + 1).min(text.len());
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out.into_iter().filter(|p| !p.trim().is_empty()).collect()
}

/// Splits text into sentences. Hard-wrapped prose lines are joined first, so a sentence broken
/// across two lines is still one sentence; short lines (listings, signatures) stay apart.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for para in unwrap_paragraphs(text) {
        // A greeting that opens the sentence ("Hi Jane, both accounts are merged now.") is a
        // sentence of its own: what follows it is said as the news, at its sentence's start.
        let mut start = greeting_len(para);
        if start > 0 {
            out.push(para[..start].trim());
        }
        // So is the news said in a word before a dash ("Done - let me know if anything looks
        // off."): the invitation after it does not take the news with it.
        let lead = lead_len(&para[start..]);
        if lead > 0 {
            out.push(para[start..start + lead].trim());
            start += lead;
        }
        // Inside brackets a full stop does not end the sentence: "（「AWS」に続く8桁です。
        // 例: AWS…）をお知らせください" is one sentence.
        let mut depth = 0u32;
        // (from after a lead already said: "P.S. One more thing: …")
        let from = start;
        // Only brackets and sentence ends matter: the ASCII ones, and the full-width ones,
        // whose UTF-8 starts with 0xE3 or 0xEF (never a continuation byte). Other bytes are
        // stepped over without decoding.
        let bytes = para.as_bytes();
        let mut pos = from;
        while pos < bytes.len() {
            let c = match bytes[pos] {
                b @ (b'(' | b')' | b'.' | b'!' | b'?') => b as char,
                0xE3 | 0xEF => para[pos..].chars().next().unwrap_or(' '),
                _ => {
                    pos += 1;
                    continue;
                }
            };
            // (asked only after an ASCII '.', '!' or '?')
            let next = || para[pos + 1..].chars().next();
            match c {
                '(' | '（' => depth += 1,
                ')' | '）' => depth = depth.saturating_sub(1),
                _ => {}
            }
            let end = depth == 0
                && match c {
                    '。' | '！' | '？' => true,
                    '.' => next().is_none_or(char::is_whitespace) && !list_mark(&para[..pos]),
                    '!' | '?' => next().is_none_or(char::is_whitespace),
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
            pos += c.len_utf8();
        }
        let s = para[start..].trim();
        if !s.is_empty() {
            out.push(s);
        }
    }
    out
}

/// The full stop at the end of `before` closes a list item's number ("1." at a line's start):
/// the item is said after it, in the same sentence.
fn list_mark(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or(before).trim_start();
    (1..=2).contains(&line.len()) && line.bytes().all(|b| b.is_ascii_digit())
}

/// `para` opens with a greeting: the start of a letter ("Hello Kenta,", "Dear Ms Doe,\n…",
/// "Hi Jane, thanks …").
fn opens_letter(para: &str) -> bool {
    static LINE: OnceLock<Regex> = OnceLock::new();
    greeting_len(para) > 0
        || LINE
            .get_or_init(|| {
                crate::core::rules::static_re(&format!(
                    r"(?i)\A\s*{GREETING_WORDS}\b[^,.!?\n]{{0,40}}[,!]?[ \t]*(?:\n|\z)"
                ))
            })
            .is_match(para)
}

/// The words a letter opens with ([`opens_letter`], [`greeting_len`]).
const GREETING_WORDS: &str =
    r"(?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening|day))";

/// The length of a greeting and its comma at the start of `para` ("Hi Jane, ", "Dear Ms
/// Doe, ", "Hello again, "), or 0.
fn greeting_len(para: &str) -> usize {
    static GREETING: OnceLock<Regex> = OnceLock::new();
    // (most paragraphs open with none of these letters' greetings: looked at only then)
    if !para
        .trim_start()
        .starts_with(['H', 'h', 'D', 'd', 'G', 'g'])
    {
        return 0;
    }
    GREETING
        .get_or_init(|| {
            crate::core::rules::static_re(&format!(
                r"(?i)\A\s*{GREETING_WORDS}\b[^,.!?\n]{{0,40}},[ \t]+"
            ))
        })
        .find(para)
        .map_or(0, |m| m.end())
}

/// The length of a one- or two-word report and its dash at the start of `para` ("Done - ",
/// "All set — ", "Merged – "), or of a postscript's lead-in ("PS one more thing - ", "PS: ",
/// "One more thing: "), or 0.
fn lead_len(para: &str) -> usize {
    static LEAD: OnceLock<Regex> = OnceLock::new();
    LEAD.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\A\s*(?:(?:all\s+(?:done|set|sorted|fixed)|done|merged|sorted|fixed|updated|completed|finished)\s*[-–—]\s+|(?:(?:p\.\s?)+s\.?|ps)?\s*(?:one\s+more\s+thing|also|btw)\s*[-–—:]\s+|ps\s*[-–—:]\s+)",
        )
    })
    .find(para)
    .map_or(0, |m| m.end())
}

/// Paragraph slices where wrapped lines are logically joined: split at the "hard" line breaks
/// (short or terminated lines, list items, labels), wrapped runs stay together.
fn unwrap_paragraphs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    let lines: Vec<&str> = text.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        let line_end = offset + line.len();
        let next = lines.get(i + 1);
        // (a colon ends a line's sentence unless the prose runs on in lower case: "please
        // don't open another:\nreply to this email instead")
        let runs_on = |n: &&str| n.trim_start().starts_with(|c: char| c.is_ascii_lowercase());
        let soft = line.trim_end().len() >= 40
            && (!line.trim_end().ends_with([':', '.', '!', '?', '。', ';'])
                || (line.trim_end().ends_with(':') && next.is_some_and(runs_on)))
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
        crate::core::rules::static_re(
            r"^(?i)(?:account|アカウント)\s*#|^[^\s:]{1,30}\s*[^\s:]{0,20}:|^\d{1,2}[.)]\s",
        )
    })
    .is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zones(text: &str) -> Vec<(Zone, String)> {
        let rules = RuleSet::builtin();
        segment(text, &rules, &HashSet::new())
            .blocks
            .into_iter()
            .map(|b| (b.zone, b.text.trim().to_string()))
            .collect()
    }

    #[test]
    fn a_greeting_that_opens_a_sentence_is_a_sentence_of_its_own() {
        assert_eq!(
            sentences("Hi Jane, your accounts are merged. Thanks."),
            ["Hi Jane,", "your accounts are merged.", "Thanks."]
        );
        assert_eq!(
            sentences("Good morning Ms Doe, could you confirm?"),
            ["Good morning Ms Doe,", "could you confirm?"]
        );
        // Not a greeting: the comma is not the greeting's.
        assert_eq!(
            sentences("Hiring managers, not you, asked."),
            ["Hiring managers, not you, asked."]
        );
        assert_eq!(sentences("Dear Jane. Merged."), ["Dear Jane.", "Merged."]);
    }

    #[test]
    fn news_in_a_word_before_a_dash_is_a_sentence_of_its_own() {
        assert_eq!(
            sentences("Done - let me know if anything looks off."),
            ["Done -", "let me know if anything looks off."]
        );
        assert_eq!(
            sentences("Hi Jane, all set — reply if the badge is missing."),
            ["Hi Jane,", "all set —", "reply if the badge is missing."]
        );
        // A word that only starts the sentence is not news of its own.
        assert_eq!(
            sentences("Done-ness is not a word."),
            ["Done-ness is not a word."]
        );
    }

    #[test]
    fn a_line_of_buttons_is_not_body() {
        let z = zones("Hi Jane,\n\nThe merge is queued.\n\nReply | Forward | View ticket\n\nView request · Turn off this request's notifications");
        assert_eq!(z[1], (Zone::Body, "The merge is queued.".into()));
        assert_eq!(z[2].0, Zone::Links, "{z:?}");
        assert_eq!(z[3].0, Zone::Links, "{z:?}");
        // Not a menu: a sentence with a bar in it, or an ask among the items.
        let z =
            zones("Hi Jane,\n\nPick one | reply with Account 1 or Account 2, whichever you keep.");
        assert_eq!(z[1].0, Zone::Body, "{z:?}");
        let z = zones("Hi Jane,\n\nStatus: pending | Please reply with the account to keep.");
        assert_eq!(z[1].0, Zone::Body, "{z:?}");
    }

    #[test]
    fn sign_off_ends_the_body() {
        let z = zones("Hi Taro,\n\nCould you confirm the merge?\n\nBest regards,\nPriya\nAWS Training and Certification\n\nWe value your feedback. Please rate this correspondence.");
        assert_eq!(z[0].0, Zone::Body);
        assert_eq!(z[1].0, Zone::Body);
        assert!(
            z[2..].iter().all(|(zone, _)| *zone == Zone::Signature),
            "{z:?}"
        );
    }

    #[test]
    fn a_survey_block_before_the_sign_off_is_boilerplate() {
        let z = zones("Hello,\n\nPlease send us your candidate ID.\n\nWe value your feedback. Please share your experience by rating this correspondence.\n\nSincerely,\nAmazon Web Services");
        assert_eq!(
            z[1],
            (Zone::Body, "Please send us your candidate ID.".into())
        );
        assert_eq!(z[2].0, Zone::Boilerplate, "{z:?}");
    }

    #[test]
    fn a_paragraph_that_only_ends_with_a_footer_phrase_is_body() {
        let z = zones("Hello,\n\nWhat we'd like to know is whether the loop still happens in a private window. Let us know in the Support Center; this address can't receive replies.\n\n---\nWe value your feedback. Please share your experience by rating this correspondence.");
        assert_eq!(z[1].0, Zone::Body, "{z:?}");
        assert_eq!(z[2].0, Zone::Boilerplate, "{z:?}");
    }

    #[test]
    fn a_footer_sentence_that_says_what_to_do_instead_is_body() {
        let z = zones("Hello,\n\nPlease do not reply to this email; instead, send the candidate ID through the Support Center.\n\nBest regards,\nKim");
        assert_eq!(z[1].0, Zone::Body, "{z:?}");
        let z = zones("Hello,\n\nThe merge is queued.\n\nThis mailbox cannot receive replies, so instead please send your candidate ID through the case in the Support Center.");
        assert_eq!(z[2].0, Zone::Body, "{z:?}");
        // What it says instead is itself footer: the paragraph stays footer.
        let z = zones("Hello,\n\nThe merge is queued.\n\nPlease do not reply to this email; instead, to respond to this case, sign in to the Support Center.");
        assert_eq!(z[2].0, Zone::Boilerplate, "{z:?}");
        let z = zones("Hello,\n\nThe merge is queued.\n\nPlease do not reply to this email. Contact us through the Support Center.");
        assert_eq!(z[2].0, Zone::Boilerplate, "{z:?}");
    }

    #[test]
    fn japanese_closing_line_is_a_sign_off_but_a_keigo_request_is_not() {
        let z = zones("山田様\n\nお世話になっております。\nアカウント#1に統合してよろしいか、ご確認のほどよろしくお願いいたします。\nよろしくお願いいたします。\nAWS トレーニングと認定");
        let body: Vec<_> = z.iter().filter(|(zone, _)| *zone == Zone::Body).collect();
        assert!(body[1].1.contains("ご確認のほど"), "{z:?}");
        assert!(z
            .iter()
            .any(|(zone, t)| *zone == Zone::Signature && t.starts_with("よろしく")));
    }

    #[test]
    fn link_lists_and_recurring_lines_are_not_body() {
        let rules = RuleSet::builtin();
        let mut seen = HashSet::new();
        seen.insert(line_key(
            "Our team handles requests in the order they arrive, Monday to Friday.",
        ));
        let s = segment(
            "Hello,\n\nOur team handles requests in the order they arrive, Monday to Friday.\n\nWe merged your accounts.\n\nOur team  handles requests in the order they arrive, Monday to Friday.\n\nhttps://aws.amazon.com/certification/faqs/\nhttps://aws.amazon.com/training/",
            &rules,
            &seen,
        );
        let z: Vec<Zone> = s.blocks.iter().map(|b| b.zone).collect();
        // The same line in the middle stays body: only the tail is learned boilerplate.
        assert_eq!(
            z,
            vec![
                Zone::Body,
                Zone::Body,
                Zone::Body,
                Zone::Recurring,
                Zone::Links
            ]
        );
    }

    #[test]
    fn a_full_stop_inside_brackets_does_not_end_the_sentence() {
        let s = sentences("各アカウントの候補 ID (「AWS」に続く8桁の数字です。例: AWSxxxxxxxx) をお知らせください。次の文。");
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].ends_with("お知らせください。"), "{s:?}");
        // Nor does a list item's number.
        let s = sentences("We need:\n1. the candidate ID, and\n2. the exam date.\nPlease add this information to the case.");
        assert_eq!(
            s,
            [
                "We need:",
                "1. the candidate ID, and",
                "2. the exam date.",
                "Please add this information to the case."
            ]
        );
        // A closing bracket with no opening one changes nothing.
        assert_eq!(sentences("1) Send A. 2) Send B.").len(), 2);
    }

    #[test]
    fn a_hard_wrapped_sentence_runs_on_past_a_colon_in_lower_case() {
        let s = sentences("If you already have a case open about this, please don't open another:\nreply to this email instead so that everything stays together.");
        assert_eq!(s.len(), 1, "{s:?}");
        // A colon before a capitalised line or a list still ends the line's sentence.
        let s = sentences(
            "The details of your case are as follows, in the order you gave:\nName: Aya Miwa",
        );
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn below_a_rule_a_paragraph_with_a_footer_phrase_is_the_footer() {
        let z = zones("倉持 翼 様\n\n氏名のローマ字表記をご教示いただけますでしょうか。\n\n高橋 由紀\n\n----------\n\nThank you for contacting AWS Training and Certification. No further action is required from you at this time. This message was sent by the AWS Training and Certification team.");
        assert_eq!(z.last().map(|b| b.0), Some(Zone::Boilerplate), "{z:?}");
        // Above any rule, a paragraph that only ends with such a phrase is the agent's own.
        let z = zones("Hi,\n\nThank you for contacting us. No further action is required from you at this time. This message was sent by the AWS Training and Certification team.");
        assert_eq!(z.last().map(|b| b.0), Some(Zone::Body), "{z:?}");
        // An HTML rule becomes one.
        let text = crate::core::mail::html_to_text("<p>Please send the ID.</p><hr><p>Thank you for contacting AWS. This message was sent by the AWS Training and Certification team.</p>");
        let z = zones(&text);
        assert_eq!(z.last().map(|b| b.0), Some(Zone::Boilerplate), "{z:?}");
    }

    #[test]
    fn a_postscript_after_the_signature_is_body() {
        let z = zones("Hi,\n\nThe voucher is back.\n\nRegards,\nLakshmi\n\nP.S. Shall I switch it? I need your OK.\n\nAWS T&C");
        assert_eq!(z.last().map(|(z, _)| *z), Some(Zone::Signature), "{z:?}");
        assert!(
            z.iter()
                .any(|(zone, t)| *zone == Zone::Body && t.starts_with("P.S.")),
            "{z:?}"
        );
    }

    #[test]
    fn a_note_in_the_writers_voice_under_the_footer_is_body() {
        let footer = "Hi Mizuki,\n\nThanks. I found a third account.\n\nBest,\nAnjali S.\nAWS Training and Certification\n\n------\nThis message may contain confidential information intended only for the addressee. If you received it in error, delete it and notify the sender.\n------\n\n";
        let z = zones(&format!(
            "{footer}need ur old email for that one so I can verify it. thx"
        ));
        assert_eq!(
            z.last(),
            Some(&(
                Zone::Body,
                "need ur old email for that one so I can verify it. thx".to_string()
            )),
            "{z:?}"
        );
        // A rating block's question is no note of the writer's; nor is a name line.
        for tail in [
            "-- How did I do? Rate this reply: Great | OK | Poor",
            "I. Petrova\nTeam lead",
        ] {
            let z = zones(&format!("{footer}{tail}"));
            assert_ne!(z.last().map(|(z, _)| *z), Some(Zone::Body), "{z:?}");
        }
    }

    #[test]
    fn an_older_letter_under_the_signature_is_not_the_writers_new_word() {
        let z = zones("Hi Kenta,\n\nThe discount is listed now. I'm closing the case again.\n\nRegards,\nTomasz\n\nHello Kenta,\n\nThanks for letting us know. I've reopened this case. I'll let you know once it's done.\n\nRegards,\nTomasz");
        assert!(
            !z.iter()
                .any(|(zone, t)| *zone == Zone::Body && t.contains("reopened")),
            "{z:?}"
        );
    }

    #[test]
    fn a_postscript_lead_in_is_a_sentence_of_its_own() {
        assert_eq!(
            sentences("PS one more thing - send me the candidate ID for both accounts."),
            vec![
                "PS one more thing -",
                "send me the candidate ID for both accounts."
            ]
        );
        // A full stop inside the lead-in ends no sentence of its own.
        assert_eq!(
            sentences("P.S. One more thing: what name should appear on the certificate?"),
            vec![
                "P.S. One more thing:",
                "what name should appear on the certificate?"
            ]
        );
        let z = zones("Hi,\n\nChecking that account now.\n\nMarco\n\n--\nThis message is intended only for the addressee.\n\nPS one more thing - send me the candidate ID.");
        assert_eq!(z.last().map(|(z, _)| *z), Some(Zone::Body), "{z:?}");
    }

    #[test]
    fn sentences_never_panic_on_a_soup_of_the_splitters_own_tokens() {
        // Every token a lead, a greeting, a bracket or a sentence end is made of, in random
        // order (a fixed-seed generator: the same soups every run).
        const TOKENS: &[&str] = &[
            "P.S. ",
            "PS ",
            "one more thing",
            "also",
            ": ",
            " - ",
            "— ",
            ". ",
            "。",
            "? ",
            "(",
            ")",
            "（",
            "Hi Jane, ",
            "Done - ",
            " ",
            "\n",
            "\n\n",
            "é",
            "追伸",
            "send me the ID",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(seed % 12) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(TOKENS[(seed >> 33) as usize % TOKENS.len()]);
            }
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let _ = sentences(&text);
            let _ = zones(&format!("Hi,\n\nText.\n\nRegards,\nKim\n\n{text}"));
        }
    }

    #[test]
    fn wrapped_lines_form_one_sentence() {
        let s = sentences("Could you please confirm that you would like us to proceed with the\nmerge of the two accounts listed below?\n\nAccount #1\nLogin email: a@b.com");
        assert_eq!(s[0], "Could you please confirm that you would like us to proceed with the\nmerge of the two accounts listed below?");
        assert_eq!(s[1], "Account #1");
    }
}
