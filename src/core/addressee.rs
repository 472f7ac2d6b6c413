//! Whom support's sentences speak to. Support often writes to several people at once — the
//! person, their former employer's partner administrator, a manager, a colleague whose own case
//! it is — and turns from one to the other by name: "@Naoko – please release the account. @Ryo –
//! what is your last working day?", "Partner admin (cc'd): no action is needed on your side",
//! "Hi Mei, … which one should survive?" with the person only in Cc. An ask made to someone else
//! is not one the person must answer, and someone else's "no action is needed" does not cancel
//! the person's ask.
//!
//! A sentence that opens by naming someone (a vocative: "Naoko,", "@Naoko –", "Hi Mei,",
//! "Partner admin (cc'd):") turns the mail to that party until the next such sentence. The party
//! is someone else only on evidence: a name that one of the mail's other recipients carries and
//! none of the person's addresses does, an aside saying they are copied, or one of the pack's
//! `third_parties` (the partner administrator, HR, a manager). Any other name — the person's, or
//! a name casewatch cannot place — turns the mail back to the person: a request is never set
//! aside on a guess.

use std::collections::HashSet;
use std::sync::OnceLock;

use regex::Regex;

use crate::core::mail::{Address, Mail};
use crate::core::rules::RuleSet;

/// The names the mail's recipients go by: the person's (from their own addresses among the
/// recipients) and everyone else's.
#[derive(Debug, Default)]
pub struct Parties {
    mine: HashSet<String>,
    others: HashSet<String>,
}

impl Parties {
    /// The parties of `mail`, `me` being the person's addresses (lower-case).
    pub fn of(mail: &Mail, me: &[String]) -> Parties {
        let mut p = Parties::default();
        for a in mail.recipients() {
            let set = if me.contains(&a.email) {
                &mut p.mine
            } else {
                &mut p.others
            };
            set.extend(address_words(a));
        }
        p.mine.extend(me.iter().flat_map(|a| local_part_words(a)));
        p.others.extend(copied_names(&mail.new_text));
        p.others.retain(|t| !p.mine.contains(t));
        p
    }
}

/// Names the text says are copied on the mail: "（CC：藤沢 様、…）", "cc: Naoko", "I've copied
/// Naoko Fujisawa".
fn copied_names(text: &str) -> Vec<String> {
    static COPIED: OnceLock<Regex> = OnceLock::new();
    let re = COPIED.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?:\b(?:[Cc][Cc]|CC)|ＣＣ)\s*[:：]\s*(?P<ja>[\p{Han}\p{Katakana}ー]{1,6})\s*(?:様|さん|さま)|\b(?:[Cc]c|CC)\s*[:：]\s*(?P<en>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|\b(?:copied|copying|cc(?:'d|ed))\s+(?:in\s+)?(?P<en2>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)",
        )
    });
    re.captures_iter(text)
        .filter_map(|c| c.name("ja").or(c.name("en")).or(c.name("en2")))
        .flat_map(|m| name_tokens(m.as_str()).collect::<Vec<_>>())
        .collect()
}

/// The sender of `mail`, not one of the person's addresses, is someone else: the mail is
/// copied to one of the person's addresses under a name, and neither the sender's name nor
/// their address's local part shares a word with the person's ("Naoko Fujisawa
/// <n-fujisawa@…>" replying to all, with "Ryo Okabe <okabe.ryo@…>" in Cc). Without that
/// evidence — no name on either side — the sender may be the person writing from another
/// address.
pub fn someone_else(mail: &Mail, from: &Address, me: &[String]) -> bool {
    let theirs: HashSet<String> = address_words(from).collect();
    let named_me: Vec<&Address> = mail
        .recipients()
        .filter(|a| {
            me.contains(&a.email) && a.name.as_deref().is_some_and(|n| !n.trim().is_empty())
        })
        .collect();
    if from.name.as_deref().is_none_or(|n| n.trim().is_empty()) || named_me.is_empty() {
        return false;
    }
    let mine: HashSet<String> = named_me
        .iter()
        .flat_map(|a| name_tokens(a.name.as_deref().unwrap_or("")))
        .chain(me.iter().flat_map(|a| local_part_words(a)))
        .collect();
    theirs.is_disjoint(&mine)
}

/// The words of an address's name and of its local part.
fn address_words(a: &Address) -> impl Iterator<Item = String> + '_ {
    name_tokens(a.name.as_deref().unwrap_or("")).chain(local_part_words(&a.email))
}

fn local_part_words(email: &str) -> impl Iterator<Item = String> + '_ {
    name_tokens(email.split('@').next().unwrap_or(""))
}

/// The words of a name or an address's local part, lower-case, without honorifics and
/// initials: "Ms. Keiko Sato" → keiko, sato; "n-fujisawa" → fujisawa.
fn name_tokens(s: &str) -> impl Iterator<Item = String> + '_ {
    const HONORIFICS: [&str; 8] = ["mr", "ms", "mrs", "dr", "mx", "miss", "san", "sama"];
    s.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|t| t.chars().count() >= 2 && !t.chars().all(|c| c.is_ascii_digit()))
        .filter(|t| !HONORIFICS.contains(&t.as_str()))
}

/// Whom a sentence that opens by naming someone turns to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Turn {
    /// Someone other than the person, on evidence.
    Others,
    /// The person, or a name casewatch cannot place.
    Person,
}

/// A word saying someone is copied on the mail ("cc'd", "copied", "in copy"): the cue that a
/// mail to the person alone may still turn to someone else, and the aside that marks them.
const COPIED_WORD: &str = r"\b(?:cc'?e?d|cc|copied|in\s+copy|on\s+copy)\b";

/// For each of `sentences`, whether support addresses it to someone other than the person.
pub fn for_others(sentences: &[&str], parties: &Parties, rules: &RuleSet) -> Vec<bool> {
    // Mail with no one else among its recipients, that names no one as copied and greets no one
    // by handle ("@Partner admin:"), speaks to the person throughout: no sentence needs reading
    // for whom it turns to (most case mail; the vocative's captures cost ~38,000 instructions a
    // mail, `benches/instructions.sh`).
    static CUE: OnceLock<Regex> = OnceLock::new();
    let cue = CUE.get_or_init(|| {
        crate::core::rules::static_re(&format!(r"(?i){COPIED_WORD}|ｃｃ|写し|同報|\A[\s(（]*@"))
    });
    if parties.others.is_empty() && !sentences.iter().any(|s| cue.is_match(s)) {
        return vec![false; sentences.len()];
    }
    let mut to_others = false;
    sentences
        .iter()
        .map(|s| {
            match turn(s, parties, rules) {
                Some(Turn::Others) => to_others = true,
                Some(Turn::Person) => to_others = false,
                None => {}
            }
            to_others
        })
        .collect()
}

/// The party a sentence turns to, when it opens by naming one.
fn turn(sentence: &str, parties: &Parties, rules: &RuleSet) -> Option<Turn> {
    static VOCATIVE: OnceLock<Regex> = OnceLock::new();
    static COPIED: OnceLock<Regex> = OnceLock::new();
    let vocative = VOCATIVE.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\A\s*[(（]?\s*(?:(?:hi|hello|dear|hey|thanks|thank\s+you)\b[\s,]*)?(?:(?:and|to|for)\s+)?(?:(?:mr|ms|mrs|dr|mx)\.?\s+)?(?P<who>@?[^\s,:;.!?()（）、。：]+(?:[ \t]+@?[^\s,:;.!?()（）、。：]+){0,4}?)[ \t]*(?:[(（](?P<aside>[^()（）]{1,60})[)）])?[ \t]*(?:[:：,、]|[ \t]*[—–]|[ \t]+-[ \t])",
        )
    });
    let copied = COPIED.get_or_init(|| {
        crate::core::rules::static_re(&format!(
            r"(?i){COPIED_WORD}|\A\s*(?:cc|ｃｃ|写し|同報)\s*\z"
        ))
    });
    static HONORIFIC: OnceLock<Regex> = OnceLock::new();
    let caps = vocative.captures(sentence)?;
    let who = caps.name("who")?.as_str().trim();
    // (a Japanese address form: 藤沢様におかれましては、藤沢さんへ、)
    let honorific = HONORIFIC.get_or_init(|| {
        crate::core::rules::static_re(
            r"\s*(?:様|さま|さん|殿)(?:におかれましては|には|へは|へ|に|は)?\z",
        )
    });
    let who = honorific.replace(who, "");
    let bare = who.trim_start_matches('@');
    let tokens: Vec<String> = name_tokens(bare).collect();
    if tokens.iter().any(|t| parties.mine.contains(t)) || is_you(bare) {
        return Some(Turn::Person);
    }
    let aside_copied = caps
        .name("aside")
        .is_some_and(|a| copied.is_match(a.as_str()));
    let third = rules
        .third_parties
        .as_ref()
        .is_some_and(|re| re.is_match(bare));
    let other_recipient = !tokens.is_empty() && tokens.iter().all(|t| parties.others.contains(t));
    if aside_copied || third || other_recipient {
        return Some(Turn::Others);
    }
    // (and spoken to: "Jane, could you send …", not a label: "Profile A - candidate ID …")
    let rest = &sentence[caps.get(0).map_or(0, |m| m.end())..];
    (looks_like_a_name(bare) && spoken_to(rest)).then_some(Turn::Person)
}

/// The rest of a sentence speaks to someone: it says "you", asks, or directs.
fn spoken_to(rest: &str) -> bool {
    static YOU: OnceLock<Regex> = OnceLock::new();
    YOU.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\b(?:you|your|yours|please|kindly|let\s+(?:us|me)\s+know)\b|[?？]",
        )
    })
    .is_match(rest)
}

fn is_you(who: &str) -> bool {
    matches!(
        who.to_lowercase().as_str(),
        "you" | "for you" | "as for you" | "yourself"
    )
}

/// One to three capitalised words that do not open a clause ("Once done,", "In the meantime,"):
/// a name casewatch cannot place, taken to be the person's.
fn looks_like_a_name(who: &str) -> bool {
    const OPENERS: [&str; 40] = [
        "however",
        "once",
        "if",
        "when",
        "meanwhile",
        "also",
        "then",
        "finally",
        "otherwise",
        "in",
        "for",
        "as",
        "after",
        "before",
        "please",
        "sorry",
        "unfortunately",
        "alternatively",
        "additionally",
        "separately",
        "unless",
        "until",
        "since",
        "because",
        "note",
        "today",
        "so",
        "and",
        "but",
        "or",
        "yes",
        "no",
        "ok",
        "okay",
        "first",
        "second",
        "next",
        "again",
        "currently",
        "now",
    ];
    let words: Vec<&str> = who.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && !OPENERS.contains(&words[0].to_lowercase().as_str())
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_ascii())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parties(to: &str, cc: &str, me: &[&str]) -> Parties {
        let raw = format!(
            "From: AWS <aws-cs-trainingcertification-form@amazon.com>\r\nTo: {to}\r\nCc: {cc}\r\nSubject: x\r\n\r\nx\r\n"
        );
        let mail = Mail::parse(raw.as_bytes()).unwrap();
        let me: Vec<String> = me.iter().map(|s| s.to_string()).collect();
        Parties::of(&mail, &me)
    }

    #[test]
    fn mail_to_the_person_alone_turns_only_on_a_cue() {
        let r = &RuleSet::builtin();
        let p = parties(
            "Ryo Okabe <okabe.ryo.ff@gmail.com>",
            "",
            &["okabe.ryo.ff@gmail.com"],
        );
        // No one else is a recipient, copied or greeted by handle: every sentence is the person's.
        let s = ["Hello,", "HR team: please confirm the last working day."];
        assert_eq!(for_others(&s, &p, r), [false, false]);
        // A third party greeted by handle, or said to be copied, still turns the mail.
        let s = ["Hello,", "@Partner admin: kindly release the account."];
        assert_eq!(for_others(&s, &p, r), [false, true]);
        let s = [
            "Hello,",
            "Partner admin (cc'd): no action is needed on your side.",
        ];
        assert_eq!(for_others(&s, &p, r), [false, true]);
    }

    #[test]
    fn asks_turn_with_the_name_they_open_with() {
        let r = &RuleSet::builtin();
        let p = parties(
            "Ryo Okabe <okabe.ryo.ff@gmail.com>",
            "Naoko Fujisawa <n-fujisawa@kasumi-tec.co.jp>",
            &["okabe.ryo.ff@gmail.com"],
        );
        let s = [
            "Hello Ryo, and hello Naoko,",
            "@Naoko – the partner organization has to release the account.",
            "Once done, please reply to this thread.",
            "@Ryo – what is your last working day?",
            "Naoko, could you confirm the release?",
            "Ryo, there is nothing you need to do right now.",
        ];
        assert_eq!(
            for_others(&s, &p, r),
            [false, true, true, false, true, false]
        );
    }

    #[test]
    fn a_colleague_replying_to_all_is_someone_else_and_the_person_from_a_third_address_is_not() {
        let of = |from: &str, cc: &str| {
            let raw = format!("From: {from}\r\nTo: AWS <aws-cs-trainingcertification-form@amazon.com>\r\nCc: {cc}\r\nSubject: x\r\n\r\nx\r\n");
            let mail = Mail::parse(raw.as_bytes()).unwrap();
            let from = mail.from.clone().unwrap();
            someone_else(&mail, &from, &["okabe.ryo.ff@gmail.com".to_string()])
        };
        assert!(of(
            "Naoko Fujisawa <n-fujisawa@corp.example>",
            "Ryo Okabe <okabe.ryo.ff@gmail.com>"
        ));
        assert!(of(
            "Naoko Fujisawa <n-fujisawa@corp.example>",
            "=?utf-8?b?5bKh6YOoIOS6rg==?= <okabe.ryo.ff@gmail.com>"
        ));
        // The person from their phone or a third address: a word in common.
        assert!(!of(
            "Ryo <r.phone@icloud.com>",
            "Ryo Okabe <okabe.ryo.ff@gmail.com>"
        ));
        assert!(!of(
            "R. <okabe-r@icloud.com>",
            "Ryo Okabe <okabe.ryo.ff@gmail.com>"
        ));
        // No name to go by on either side: it may be the person.
        assert!(!of(
            "n-fujisawa@corp.example",
            "Ryo Okabe <okabe.ryo.ff@gmail.com>"
        ));
        assert!(!of(
            "Naoko Fujisawa <n-fujisawa@corp.example>",
            "okabe.ryo.ff@gmail.com"
        ));
    }

    #[test]
    fn someone_else_only_on_evidence() {
        let r = &RuleSet::builtin();
        // No names at all: a copied party and a partner administrator are someone else; a
        // name casewatch cannot place is taken to be the person's.
        let p = parties("x@y.com", "", &["x@y.com"]);
        let s = [
            "Partner admin (cc'd): please remove Taro from the partner account by 12 December.",
            "Taro, please confirm which account to keep.",
            "Hi Ms. Sato (HR, cc'd), could you confirm the last working day?",
            "Jane, could you send the candidate ID?",
            "However, we still need the old email address.",
            "Partner admin (cc'd): please remove the link.",
            "Profile A - candidate ID AWS07730418, sign-in email m-sato@kasumi-tec.co.jp",
            "Jane: the second one.",
        ];
        assert_eq!(
            for_others(&s, &p, r),
            [true, false, true, false, false, true, true, true]
        );
        // The person only in Cc, and the greeting names the one the mail is to.
        let p = parties(
            "Mei Sato <m-sato@kasumi-tec.co.jp>",
            "Okabe Ryo <r-okabe@kasumi-tec.co.jp>",
            &["r-okabe@kasumi-tec.co.jp"],
        );
        let s = ["Hi Mei,", "Which one should survive?"];
        assert_eq!(for_others(&s, &p, r), [true, true]);
        // A Japanese address form to a name the text says is copied.
        let p = parties("x@y.com", "", &["x@y.com"]);
        let mail_text =
            "（CC：藤沢 様、旧アカウントの AWS パートナー管理者として共有しております）";
        let p = Parties {
            others: copied_names(mail_text).into_iter().collect(),
            ..p
        };
        let s = [
            "以下の2点をお知らせいただけますでしょうか。",
            "藤沢様におかれましては、現時点でご対応いただく必要はございません。",
        ];
        assert_eq!(for_others(&s, &p, r), [false, true]);
        assert_eq!(
            copied_names("Hi Ryo (cc: Naoko), I've copied Mei Sato too."),
            ["naoko", "mei", "sato"]
        );
        // A name both carry is the person's.
        let p = parties(
            "Mei Sato <m-sato@kasumi-tec.co.jp>",
            "Mei Okabe <mei@gmail.com>",
            &["mei@gmail.com"],
        );
        assert_eq!(for_others(&s, &p, r), [false, false]);
    }
}
