//! The request detector: which sentences of support's main body ask the person to do something
//! by replying, and what each asks for.
//!
//! It works on what a sentence *does*, not on template wording. A sentence is an ask when it
//! has the form of a directive or a question addressed to the customer (the pack's `asks`:
//! "please …", "could you …", "we need …", "let us know", a question mark, 〜ください,
//! 〜いただけますでしょうか, 〜のほどお願いいたします) and is none of:
//! - an optional invitation, a conditional whose condition the person may not meet ("if you
//!   have anything to add, reply to this email", "should you need…", 〜がございましたら): the
//!   pack's `invitation`;
//! - a directive that asks for no reply ("please allow 24 hours", "please do not open another
//!   case", ご了承ください): the pack's `not_asks`.
//!
//! What it asks for comes from the pack's `[[requests]]` (e.g. confirming the merge, the
//! partner association); an ask that matches none asks for information. The on_hold request
//! counts only in a mail that reports a hold (the caller says so).

use crate::core::classify::Kind;
use crate::core::litset::LiteralSet;
use crate::core::rules::RuleSet;
use crate::core::segment;
use regex::Regex;
use std::sync::OnceLock;

/// One asking sentence and what it asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ask<'t> {
    pub sentence: &'t str,
    /// `confirmation_request`, `info_request` or `on_hold`.
    pub wants: Kind,
    /// True when one of the pack's `[[requests]]` named what it wants; false when it is an
    /// ask about something the pack does not know (taken as information).
    pub named: bool,
    /// It states a need of the person's input (the pack's `needs`: "we need you to…"):
    /// not an afterthought to news of a completion.
    pub needed: bool,
    /// It tells the person to answer by reply (the pack's `reply_directive`).
    pub replies: bool,
    /// Support makes it of someone else it writes to ([`crate::core::addressee`]), not of the
    /// person.
    pub to_others: bool,
}

/// What the detector made of one sentence (for `scan --explain`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Not phrased as a directive or question.
    Statement,
    /// A directive or question, but only for the person who wants to (a conditional invitation).
    Invitation,
    /// A directive that asks for no reply.
    NotAReply,
    /// A question support answers itself, or puts in the person's own voice: an FAQ ("Can the
    /// expiry be extended? No, so book within 12 months.", "What if the partner doesn't
    /// answer?").
    Answered,
    /// An ask, and what it wants (None: not one of the pack's requests).
    Ask(Option<Kind>),
}

/// Judges one sentence of the main body.
pub fn judge(sentence: &str, rules: &RuleSet, on_hold: bool) -> Verdict {
    let sentence = &*segment::without_links(sentence);
    // A field of a status table whose label opens with a verb is no imperative: "Reply received
    // from: kenta@corp.example (Account #2)" reports; the lines after it are judged alone.
    if let Some(rest) = after_reply_field(sentence) {
        return if rest.trim().is_empty() {
            Verdict::Statement
        } else {
            judge(rest, rules, on_hold)
        };
    }
    if !rules.asks_set.is_match(sentence) || reported(sentence) {
        return Verdict::Statement;
    }
    if sought_elsewhere(sentence) {
        return Verdict::Statement;
    }
    let needed = stated_need(sentence, rules);
    if rules.invitation_set.is_match(&without_courtesy(sentence))
        && !needed
        && !conditional_only_aside(sentence, rules)
    {
        return Verdict::Invitation;
    }
    if let Some(not_asks) = rules.not_asks.as_ref().filter(|re| re.is_match(sentence)) {
        let rest = not_asks.replace_all(sentence, " ");
        // (a report asked for after the step: "Please make sure you sign in with the personal
        // account and let us know whether the badges show")
        let asks_on = reports_back(&rest)
            || sends_instead(&rest)
            || (still_asks(&rest, rules) && strong_ask(&rest, rules, on_hold));
        if !asks_on {
            return Verdict::NotAReply;
        }
    }
    let wanted = listed_inline(sentence)
        .and_then(|items| items_want(items, rules, on_hold))
        .or_else(|| wants(asked_part(sentence, rules), rules, on_hold));
    Verdict::Ask(wanted)
}

/// What every item of an inline list wants, when they all name the same ("that both accounts
/// above are yours, and that Account #1 is the one to keep"); None when one names nothing or
/// they differ ("which exam earned it, and whether a code was generated before the merge"): then
/// the sentence as a whole decides.
fn items_want(items: &str, rules: &RuleSet, on_hold: bool) -> Option<Kind> {
    let mut kinds = items
        .split([';', ','])
        .map(|item| {
            item.trim_start()
                .trim_start_matches("and ")
                .trim_start_matches("or ")
        })
        .filter(|item| item.chars().any(char::is_alphanumeric))
        .map(|item| wants(item, rules, on_hold));
    let first = kinds.next()??;
    kinds.all(|k| k == Some(first)).then_some(first)
}

/// The items of a list the sentence announces and gives after a colon ("Before I start I need
/// two things from you: that both accounts above are yours, and that Account #1 is the one to
/// keep."): what they name is what is asked, not the "two things" that announce them (as a
/// list in the sentences that follow is, [`listed_wants`]).
fn listed_inline(sentence: &str) -> Option<&str> {
    static ANNOUNCED: OnceLock<Regex> = OnceLock::new();
    ANNOUNCED
        .get_or_init(|| {
            crate::core::rules::static_re(
                r"(?i)\b(?:need|needs|require|requires|want|ask\s+(?:you\s+)?for)\s+(?:two|three|four|a\s+few|several|\d|the\s+following|these|a\s+couple\s+of)\s+(?:more\s+)?(?:things|details|items|points|pieces\s+of\s+information|confirmations)\b[^:：]{0,40}[:：]",
            )
        })
        .find(sentence)
        .map(|m| &sentence[m.end()..])
        .filter(|items| items.chars().any(char::is_alphanumeric))
}

/// What follows a first line that is a status table's field about the person's reply ("Reply
/// received from: …", "Confirmation received: …", "Response date: …"), or None.
fn after_reply_field(sentence: &str) -> Option<&str> {
    static FIELD: OnceLock<Regex> = OnceLock::new();
    FIELD
        .get_or_init(|| {
            crate::core::rules::static_re(
                r"(?i)\A\s*(?:reply|response|confirmation|answer)\s+(?:received|sent|recorded|logged|dated|date|time|status)\b[^:\n]{0,20}:[^\n]*",
            )
        })
        .find(sentence)
        .map(|m| &sentence[m.end()..])
}

/// A need support has already put to someone else: "The registration number is the piece we are
/// still missing, so we've asked Pearson VUE for it directly", "What we still need is the exam
/// record, and I have requested it from the partner's admin". Support waits on that party, not
/// on the person. Only where the need before it asks the person nothing directly (no "please",
/// "could you", question): "Please send the ID; I've asked HR for the rest" still asks.
fn sought_elsewhere(sentence: &str) -> bool {
    static ELSEWHERE: OnceLock<(Regex, Regex)> = OnceLock::new();
    let (elsewhere, direct) = ELSEWHERE.get_or_init(|| {
        (
            crate::core::rules::static_re(
                r"(?i)[,;]\s*(?:(?:so|and|but)\s+)?(?:(?:I|we)(?:[\x27’]ve|\s+have)?\s+(?:already\s+|now\s+|just\s+)?(?:asked|requested\s+(?:it|them|this|that)\s+(?:directly\s+)?from|contacted|written\s+to|wrote\s+to|reached\s+out\s+to|e-?mailed|messaged|followed\s+up\s+with)\s+(\w+)|(?:the\s+)?(?:[\w-]+\s+){0,2}?(team|partner|admin|administrator|HR|employer|vendor|colleague)s?\s+(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:already\s+)?(?:getting|finding|pulling|retrieving|sending|checking|looking\s+(?:into|for))\b)",
            ),
            crate::core::rules::static_re(
                r"(?i)\b(?:please|pls|plz|kindly|could\s+you|can\s+you|would\s+you|will\s+you)\b|\?",
            ),
        )
    });
    elsewhere.captures(sentence).is_some_and(|c| {
        let party = c
            .get(1)
            .or(c.get(2))
            .map_or("", |m| m.as_str())
            .to_ascii_lowercase();
        let whole = c.get(0).map_or(0..0, |m| m.range());
        !matches!(party.as_str(), "you" | "your" | "yourself")
            && !direct.is_match(&sentence[..whole.start])
            && !direct.is_match(&sentence[whole.end..])
    })
}

/// What is left of a sentence after a step the person takes alone asks them to report back on
/// it: "… and let us know whether the badges show", "… and tell me what you see".
fn reports_back(rest: &str) -> bool {
    static REPORT: OnceLock<Regex> = OnceLock::new();
    REPORT
        .get_or_init(|| {
            crate::core::rules::static_re(
                r"(?i)\band\s+(?:then\s+)?(?:please\s+)?(?:let\s+(?:us|me)\s+know|tell\s+(?:us|me)|confirm|reply|report\s+back|get\s+back\s+to\s+(?:us|me))\s+(?:whether|if|what|which|how|that|once|when)\b",
            )
        })
        .is_match(rest)
}

/// What is left of a sentence after "do not reply to this email" asks, in its place, for
/// something to be sent another way: "…; instead, send the candidate ID through the Support
/// Center". Where to send one's reply ("instead, send your response through the console") or
/// where to go ("instead, use / visit / sign in to …") asks nothing.
fn sends_instead(rest: &str) -> bool {
    // (what is to be sent is only the reply itself: the regex crate has no look-ahead, so the
    // match's last word says)
    const THE_REPLY: [&str; 13] = [
        "reply",
        "replies",
        "response",
        "responses",
        "message",
        "messages",
        "answer",
        "answers",
        "question",
        "questions",
        "feedback",
        "comment",
        "comments",
    ];
    static INSTEAD: OnceLock<Regex> = OnceLock::new();
    let instead = INSTEAD.get_or_init(|| {
        crate::core::rules::static_re(&format!(
            r"(?i){}(?:please\s+|kindly\s+|just\s+)?(?:send|provide|share|give|attach|upload|tell\s+(?:us|me))\s+(?:us\s+|me\s+)?(?:(?:your|a|an|the|any)\s+)?(?:{})?\b",
            segment::INSTEAD_TURN,
            THE_REPLY.join("|")
        ))
    });
    instead.find(rest).is_some_and(|m| {
        let last = m.as_str().split_whitespace().last().unwrap_or("");
        !THE_REPLY.contains(&last.to_ascii_lowercase().as_str())
    })
}

/// The sentence without a courtesy frame around its ask ("Whenever you get a sec, can you
/// confirm …?", "When you have a moment, …"): the frame sets no condition the person may not
/// meet, so it makes no invitation of the ask. ("If you have a moment, …" stays a condition: a
/// survey's "If you have a moment, please tell us how we did".)
fn without_courtesy(sentence: &str) -> std::borrow::Cow<'_, str> {
    static COURTESY: OnceLock<Regex> = OnceLock::new();
    COURTESY
        .get_or_init(|| {
            crate::core::rules::static_re(
                r"(?i)\b(?:whenever|when|once)\s+you\s+(?:get|have|find|can\s+(?:find|spare))\s+(?:a\s+)?(?:spare\s+|free\s+|quick\s+)?(?:sec|second|moment|minute|min|mo|chance)\b|\bwhenever\s+(?:is\s+)?convenient\b",
            )
        })
        .replace_all(sentence, " ")
}

/// What is left of a sentence once its no-reply directive is taken out still asks: in asking
/// form, or as a second directive joined to the first ("Please disregard my earlier message and
/// confirm which account to keep"). "Kindly note that your exam history may take a day to appear
/// after the merge" leaves a statement about the merge, which asks nothing.
fn still_asks(rest: &str, rules: &RuleSet) -> bool {
    static JOINED: OnceLock<Regex> = OnceLock::new();
    let joined = JOINED.get_or_init(|| {
        crate::core::rules::static_re(
            &format!(r"(?i)(?:\band\s+(?:then\s+)?|;\s*|{}|,\s*then\s+)(?:please\s+|also\s+|just\s+|kindly\s+)?(?:confirm|reply|respond|tell|let|send|choose|pick|advise|provide|write|answer|specify|indicate)\b", segment::INSTEAD_TURN),
        )
    });
    rules.asks_set.is_match(rest) || joined.is_match(rest)
}

/// The sentence's condition sits only inside parentheses, and what stands outside them asks: the
/// aside qualifies what is asked for, not whether it is asked ("…のローマ字氏名(ミドルネームがある場
/// 合はそれも含めて)を、本メールへのご返信にてお知らせいただけますでしょうか", "Send the ID on your
/// profile (both, if you have two)"). A sentence wholly in parentheses keeps its condition.
///
/// The same holds for a condition in a clause joined after the ask: "Kindly reply by 8 December
/// with the account you would like to keep; if you need more time, just let us know" asks in its
/// first clause whatever the second offers. (Only after: a condition before the ask governs it,
/// "Should you prefer the other account; please let us know".)
fn conditional_only_aside(sentence: &str, rules: &RuleSet) -> bool {
    static ASIDE: OnceLock<Regex> = OnceLock::new();
    static LATER: OnceLock<Regex> = OnceLock::new();
    let asks_plainly =
        |part: &str| !rules.invitation_set.is_match(part) && rules.asks_set.is_match(part);
    let later = LATER.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)[;；]\s*|,?\s+(?:and|or|but)\s+(?:if|should|in\s+case|unless)\b",
        )
    });
    if later
        .find(sentence)
        .is_some_and(|m| asks_plainly(&sentence[..m.start()]))
    {
        return true;
    }
    let aside = ASIDE.get_or_init(|| {
        crate::core::rules::static_re(r"\([^()（）]{0,200}\)|（[^()（）]{0,200}）")
    });
    if !aside.is_match(sentence) {
        return false;
    }
    asks_plainly(&aside.replace_all(sentence, " "))
}

/// What a long sentence asks about is in its own clause: one that explains first and asks last
/// ("…, or cancel it and rebook after the merge; which of those two would you prefer?", "…,
/// which means I have put the merge on hold and will need you to confirm whether you have left
/// the company") asks in the last clause that still asks, after a semicolon or a ", so" / ",
/// which means" / ", therefore" / ", but" that turns from the explanation to the ask ("He has no
/// objection to the merge, but he asked us to obtain from you a short written statement …").
fn asked_part<'s>(sentence: &'s str, rules: &RuleSet) -> &'s str {
    static BOUNDARY: OnceLock<Regex> = OnceLock::new();
    if sentence.split_whitespace().count() <= 40 {
        return sentence;
    }
    let boundary = BOUNDARY.get_or_init(|| {
        crate::core::rules::static_re(
            r"[;；]|,\s+(?:and\s+)?(?:so|which\s+means|therefore|hence|thus)\b|,\s+but\b",
        )
    });
    let ends: Vec<usize> = boundary.find_iter(sentence).map(|m| m.end()).collect();
    ends.into_iter()
        .rev()
        .map(|end| &sentence[end..])
        .find(|rest| rules.asks_set.is_match(rest))
        .unwrap_or(sentence)
}

impl Verdict {
    /// What an ask wants, unnamed asks counting as information.
    pub fn wants(self) -> Option<Kind> {
        match self {
            Verdict::Ask(k) => Some(k.unwrap_or(Kind::InfoRequest)),
            _ => None,
        }
    }
}

/// Judges sentence `i` of `sentences`. An ask that names nothing ("Can you confirm that's
/// what you want?", "Is that OK?") asks about what the sentence before it said: "The fix is to
/// merge B into A. Can you confirm that's what you want?" asks to confirm the merge.
pub fn judge_at(sentences: &[&str], i: usize, rules: &RuleSet, on_hold: bool) -> Verdict {
    match judged_alone(sentences, i, rules, on_hold) {
        Verdict::Ask(own) => Verdict::Ask(listed_wants(sentences, i, rules, on_hold).or(own)),
        v => v,
    }
}

/// An ask that points to a list after it ("以下 2 点をお知らせいただけますでしょうか。", "Please
/// send the following three things:") asks for what the list names, whatever its own words
/// mention: "to find the accounts to merge, tell us the following 2 points: 1. a screenshot 2.
/// the exam date" asks for information, and "please check the following: that all three
/// accounts are yours, and that #1 is the one to keep" asks to confirm the merge; a list of
/// both asks for the information first. With a count, the list is that many items; without
/// one, the items that open with a list mark.
fn listed_wants(sentences: &[&str], i: usize, rules: &RuleSet, on_hold: bool) -> Option<Kind> {
    static POINTER: OnceLock<Regex> = OnceLock::new();
    static MARK: OnceLock<Regex> = OnceLock::new();
    let pointer = POINTER.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)(?:\bthe\s+following|\b(?:listed\s+)?below|以下の?|次の|下記の?)\s*(?:(\d{1,2}|one|two|three|four|five)\s*(?:点|つ|件|項目|things|points|items|questions|details|pieces)|(?:(\d{1,2}|two|three|four|five)\s+(?:things|points|items|questions|details|pieces)))?",
        )
    });
    let mark = MARK.get_or_init(|| {
        crate::core::rules::static_re(r"\A\s*(?:\(?\d{1,2}[.)）]|[-*•・①②③④⑤]|[a-e][.)])")
    });
    let c = pointer.captures(sentences[i])?;
    let count =
        c.get(1)
            .or(c.get(2))
            .and_then(|n| match n.as_str().to_ascii_lowercase().as_str() {
                "one" => Some(1),
                "two" => Some(2),
                "three" => Some(3),
                "four" => Some(4),
                "five" => Some(5),
                d => d.parse::<usize>().ok(),
            });
    // A list mark split off as a sentence of its own ("1." then "Credly のスクリーンショット").
    let bare = |s: &str| mark.find(s).is_some_and(|m| s[m.end()..].trim().is_empty());
    let mut items = Vec::new();
    let mut marked = false;
    for s in &sentences[i + 1..] {
        if count.is_some_and(|n| items.len() >= n) || items.len() >= 8 {
            break;
        }
        if bare(s) {
            marked = true;
            continue;
        }
        if count.is_none() && !marked && !mark.is_match(s) {
            break;
        }
        marked = false;
        items.push(*s);
    }
    // An item names something to send ("the e-mail address of every account you would like to
    // merge"), or a point to confirm: a question, or a "that …" / 〜であること clause.
    static POINT: OnceLock<Regex> = OnceLock::new();
    let point = POINT.get_or_init(|| {
        crate::core::rules::static_re(r"(?i)\A\s*(?:that|whether)\b|こと[。.]?\s*\z")
    });
    let kinds: Vec<Kind> = items
        .iter()
        .filter_map(|s| wants(&segment::without_links(s), rules, on_hold).map(|k| (k, *s)))
        .filter(|&(k, s)| k != Kind::ConfirmationRequest || is_question(s) || point.is_match(s))
        .map(|(k, _)| k)
        .collect();
    // A list that asks for details as well as the choice asks for the details first, as a
    // sentence does ("send both IDs and say which account to keep", `identify_first`).
    kinds
        .iter()
        .find(|&&k| k != Kind::ConfirmationRequest)
        .or(kinds.first())
        .copied()
}

fn judged_alone(sentences: &[&str], i: usize, rules: &RuleSet, on_hold: bool) -> Verdict {
    if faq(sentences, i, rules) || faq_answer(sentences, i) {
        return Verdict::Answered;
    }
    // A directive that answers a conditional question is conditional too: "Need to add
    // something? Reply to this e-mail."
    let after_invitation = i > 0
        && sentences[i - 1].trim_end().ends_with(['?', '？'])
        && judge(sentences[i - 1], rules, on_hold) == Verdict::Invitation;
    match judge(sentences[i], rules, on_hold) {
        Verdict::Ask(_) if after_invitation => Verdict::Invitation,
        // "Reply from the company mailbox. One line saying that you asked for the merge is
        // enough.": what is enough belongs to the ask before it.
        // The sentence before may state a need without asking form (the pack's `needs`: "I
        // can't start the merge until I hear from you that Account #1 is the one to keep. A
        // one-line reply is enough."): what it names is what is asked.
        own @ Verdict::Ask(_) if i > 0 && sufficient(sentences[i], rules) => {
            match judge(sentences[i - 1], rules, on_hold) {
                Verdict::Ask(before @ Some(_)) => Verdict::Ask(before),
                Verdict::Statement if stated_need(sentences[i - 1], rules) => {
                    wants(&segment::without_links(sentences[i - 1]), rules, on_hold)
                        .map_or(own, |k| Verdict::Ask(Some(k)))
                }
                _ => own,
            }
        }
        // "If you have an exam planned, tell us its name. If not, reply 'undecided'": the
        // person is asked either way.
        // "They will need the candidate ID and the e-mail address. You can add both to this
        // case": an offer that answers a need stated just before is how the need is asked for.
        Verdict::Invitation | Verdict::Statement if need_before(sentences, i, rules) => {
            Verdict::Ask(wants(
                &segment::without_links(sentences[i - 1]),
                rules,
                on_hold,
            ))
        }
        Verdict::Invitation if otherwise_follows(sentences, i, rules) => {
            Verdict::Ask(wants(&segment::without_links(sentences[i]), rules, on_hold))
        }
        // "One active discount per account, so one of them has to be retired. Which one do you
        // want to keep?": a choice that names nothing chooses what the sentence before named.
        // A sentence that only says one of them must go ("The merged account can keep only
        // one.") passes the choice on to the one before it, which names them.
        Verdict::Ask(Some(Kind::ConfirmationRequest))
            if i > 0 && anaphoric_choice(last_clause(sentences[i])) =>
        {
            let antecedent = |s: &str| {
                let before = segment::without_links(s);
                rules
                    .requests
                    .iter()
                    .find(|r| r.antecedent && r.asks(&before))
                    .map(|r| r.kind)
            };
            let chosen = antecedent(sentences[i - 1])
                .or_else(|| {
                    (i > 1 && only_one_of_them(sentences[i - 1]))
                        .then(|| antecedent(sentences[i - 2]))
                        .flatten()
                })
                .unwrap_or(Kind::ConfirmationRequest);
            Verdict::Ask(Some(chosen))
        }
        // A yes/no question about the whole plan looks at the three sentences before it ("Keep:
        // A. Merge: B. After the merge B is gone. Is that right?"); any other, at the one before.
        Verdict::Ask(None) if i > 0 && refers_back(last_clause(sentences[i])) => {
            let asked = last_clause(sentences[i]);
            let back = if yes_no(asked) || approval(asked) {
                3
            } else {
                1
            };
            Verdict::Ask(
                sentences[i.saturating_sub(back)..i]
                    .iter()
                    .rev()
                    .find_map(|s| wants(&segment::without_links(s), rules, on_hold)),
            )
        }
        v => v,
    }
}

/// Whether sentence `i` is a question of an FAQ: one the next sentence answers ("Yes.", "No,
/// so …", "Not unless …", "Only if …", "Because …" after "Why …?", いいえ、…, "A: …" after
/// "Q: …?"), one asked in the person's own voice ("Do I need to …?", "Can I still …?", "Will
/// my score …?", "What if …?", "Why is my …?", …どうなるのでしょうか), or a heading support
/// answers itself (the pack's `self_answered`: "Can't find the badge?", "What's next?"),
/// bulleted or not. Support
/// asks with "you"; "Can I ask you to confirm …?" and "Should I go ahead?" are support's own asks
/// and stay so.
fn faq(sentences: &[&str], i: usize, rules: &RuleSet) -> bool {
    static ANSWER: OnceLock<Regex> = OnceLock::new();
    static VOICE: OnceLock<Regex> = OnceLock::new();
    let q = sentences[i].trim();
    if !is_question(q) {
        return false;
    }
    let voice = VOICE.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\A(?:[-*•・]\s*)?(?:(?:and|so|but)\s+)?(?:(?:do|will|am)\s+I|(?:will|does|did|is|are|can|could|should|would|has|have)\s+my|can\s+I\s+(?:still|now|also|keep|use|book|take|sign|log|see|find|just)|(?:how|what|when|where)\s+(?:do|can|should)\s+I|why\s+(?:is|was|are|were|did|does|has|have)\s+my|what\s+(?:if|happens\s+(?:if|when|to|after))|(?:are\s+you\s+)?wondering|curious\s+(?:about|why|whether|how|where|when)|not\s+sure\s+(?:why|whether|how|where|when|what)|(?:are\s+you\s+)?(?:worried|concerned|nervous|anxious)\s+(?:that|about|whether|if))\b|どうなる(?:のでしょうか|のですか|んですか)",
        )
    });
    if voice.is_match(q)
        || rules
            .self_answered
            .as_ref()
            .is_some_and(|re| re.is_match(&segment::without_links(q)))
    {
        return true;
    }
    let Some(next) = sentences.get(i + 1) else {
        return false;
    };
    let answer = ANSWER.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\A\s*(?:(?:yes|no|nope|yep|possibly|probably|maybe|perhaps|unlikely|likely|definitely|absolutely|certainly|of\s+course|good\s+question)\s*[,.!;:—–-]|not\s+(?:unless|if|yet|at\s+all|necessarily|really|likely)\b|only\s+(?:if|when|after|once)\b|(?:it|they|that|this|you|we)\s+(?:won[\x27’]t|will\s+not|don[\x27’]t|doesn[\x27’]t|can[\x27’]t|cannot|isn[\x27’]t|aren[\x27’]t|shouldn[\x27’]t|wouldn[\x27’]t|didn[\x27’]t|will|do|does|can|is|are|should|would|did)\s*[,.!;:—–-]|(?:いいえ|はい)[、,。])",
        )
    });
    let opens = |t: &str, word: &str| {
        let t = t.trim_start();
        t.get(..word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    let (q_label, a_label) = qa_labels();
    // "Yes." or "No." answers a yes/no question, not "Which address did you use?": after an
    // open question it answers something else (a quoted question of the person's, left out).
    static OPEN: OnceLock<Regex> = OnceLock::new();
    let open = OPEN.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\A(?:[-*•・]\s*)?(?:(?:and|so|but|also)\s*,?\s+)?(?:which|what|when|where|who|whom|whose|how)\b",
        )
    });
    // "Is your old mailbox gone? No problem — we don't need anything from it.": a reassurance
    // that says the need is gone (not "No worries, take your time", after a real ask)
    static REASSURED: OnceLock<Regex> = OnceLock::new();
    let reassured = REASSURED.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\A\s*(?:no\s+(?:problem|worries)|not\s+a\s+problem|that[\x27’]?s\s+(?:fine|ok|okay|alright|all\s+right|no\s+problem))\s*[,.!;:—–-]+\s*(?:(?:we|I|it|you)\b[^.?!]*\b(?:don[\x27’]t|do\s+not|won[\x27’]t|will\s+not|no\s+longer)\s+need|(?:we|I)\s+can\b[^.?!]*\bwithout\b)",
        )
    });
    (answer.is_match(next) && !open.is_match(q))
        || reassured.is_match(next)
        || (opens(q, "why ") && opens(next, "because"))
        || (labelled(q_label, q, i.checked_sub(1).map(|b| sentences[b])) && a_label.is_match(next))
}

/// A labelled answer to a labelled question of an FAQ block ("Q. How do I send more documents?
/// A. Reply to the agent's mail.", 「Q. 追加の資料は…? A. 担当者からのメールにご返信ください」): a
/// directive there is guidance for whoever has that question, not a request.
fn faq_answer(sentences: &[&str], i: usize) -> bool {
    let (q_label, a_label) = qa_labels();
    let question_at = |j: usize| {
        is_question(sentences[j].trim())
            && labelled(
                q_label,
                sentences[j],
                j.checked_sub(1).map(|b| sentences[b]),
            )
    };
    // "A. Reply …" right after the question, or "A." as a sentence of its own between them
    let bare = |s: &str| {
        a_label
            .find(s.trim())
            .is_some_and(|m| m.end() == s.trim().len())
    };
    (i >= 1 && a_label.is_match(sentences[i]) && !bare(sentences[i]) && question_at(i - 1))
        || (i >= 2 && bare(sentences[i - 1]) && question_at(i - 2))
}

/// The question and answer labels of an FAQ block ("Q:", "Question 2.", 質問: / "A.", 回答:).
fn qa_labels() -> &'static (Regex, Regex) {
    static LABELS: OnceLock<(Regex, Regex)> = OnceLock::new();
    LABELS.get_or_init(|| {
        (
            crate::core::rules::static_re(
                r"(?i)\A(?:[-*•・]\s*)?(?:Q|Question|質問)\s*\d*\s*[.:：．]",
            ),
            crate::core::rules::static_re(r"(?i)\A\s*(?:A|Answer|回答|答え?)\s*\d*\s*[.:：．]"),
        )
    })
}

/// Whether `sentence` opens with `label` ("Q: Why …?"), or follows it as a sentence of its own
/// ("Q." then "Why …?": a label ending in a full stop ends a sentence too).
fn labelled(label: &Regex, sentence: &str, before: Option<&str>) -> bool {
    label.is_match(sentence)
        || before.is_some_and(|b| {
            label
                .find(b)
                .is_some_and(|m| b[m.end()..].trim().is_empty())
        })
}

fn stated_need(sentence: &str, rules: &RuleSet) -> bool {
    rules.needs.as_ref().is_some_and(|re| re.is_match(sentence))
}

fn sufficient(sentence: &str, rules: &RuleSet) -> bool {
    rules
        .sufficiency
        .as_ref()
        .is_some_and(|s| s.is_match(sentence))
}

/// A sentence inside a quotation is reported speech (the person's own question repeated back:
/// `What you told us: "… Can it be made consistent?"`), not support asking. It is when a
/// quotation opens at its start and does not close in it, closes at its end without opening in
/// it, or encloses all of it. `Please reply with "Confirmed."` opens and closes inside: it asks.
fn reported(sentence: &str) -> bool {
    const PAIRS: [(char, char); 3] = [('"', '"'), ('“', '”'), ('「', '」')];
    let t = sentence.trim();
    PAIRS.iter().any(|&(open, close)| {
        let (opens, closes) = if open == close {
            let n = t.matches(open).count();
            (n, n)
        } else {
            (t.matches(open).count(), t.matches(close).count())
        };
        let starts = t.starts_with(open);
        let ends = t.ends_with(close);
        if open == close {
            // One mark: it opens at the start or closes at the end; two: it encloses the whole.
            (opens == 1 && (starts || ends)) || (opens == 2 && starts && ends)
        } else {
            (starts && closes == 0) || (ends && opens == 0) || (starts && ends && opens == 1)
        }
    })
}

/// Whether the sentence before `i` states a need of the person's input (the pack's `needs`)
/// that `i`, a "you can …" offer rather than an "if you have anything…" condition, answers.
fn need_before(sentences: &[&str], i: usize, rules: &RuleSet) -> bool {
    let offer = segment::without_links(sentences[i]);
    i > 0
        && rules.invitation_set.is_match(&offer)
        && !rules.conditional_set.is_match(&offer)
        && stated_need(&segment::without_links(sentences[i - 1]), rules)
}

/// Whether the sentence after `i` gives the other branch of `i`'s condition.
fn otherwise_follows(sentences: &[&str], i: usize, rules: &RuleSet) -> bool {
    let Some(re) = &rules.otherwise else {
        return false;
    };
    sentences
        .get(i + 1)
        .is_some_and(|next| re.is_match(&segment::without_links(next)))
}

/// What follows a sentence's last dash ("Just say the word and I'll run it -- have I got that
/// the right way round?"): a question tacked on after a dash is a sentence of its own.
fn last_clause(sentence: &str) -> &str {
    [" -- ", " — ", "—", " – "]
        .iter()
        .filter_map(|d| sentence.rfind(d).map(|i| i + d.len()))
        .max()
        .map_or(sentence, |i| &sentence[i..])
}

/// A short ask whose object is a pronoun ("that's what you want", "is it OK", それで): what
/// it asks about is in the sentence before.
fn refers_back(sentence: &str) -> bool {
    static ANAPHOR: OnceLock<Regex> = OnceLock::new();
    let re = ANAPHOR.get_or_init(|| {
        crate::core::rules::static_re(r"(?i)\b(?:that|this|it|so)\b|それ|これ|そちら|こちら|上記")
    });
    // "Is that correct, or should it go the other way round?": a short first alternative is
    // the question.
    let sentence = match sentence.split_once(", or ") {
        Some((head, _)) if head.split_whitespace().count() <= 4 => head,
        _ => sentence,
    };
    sentence.split_whitespace().count() <= 10
        && sentence.chars().count() <= 60
        && (re.is_match(sentence) || approval(sentence))
}

/// A choice between things it does not name ("Which one do you want to keep?", "which of the
/// two should stay?", どちらを残しますか): neither the accounts nor an address nor an ID.
fn anaphoric_choice(sentence: &str) -> bool {
    static CHOICE: OnceLock<Regex> = OnceLock::new();
    static NAMED: OnceLock<Regex> = OnceLock::new();
    let choice = CHOICE.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\bwhich\s+(?:one|of\s+(?:them|these|those|the\s+two))\b|どちら(?:を|が|に)",
        )
    });
    let named = NAMED.get_or_init(|| {
        crate::core::rules::static_re(r"(?i)\b(?:accounts?|profiles?|logins?|e-?mails?|address(?:es)?|AWS\d{8})\b|#\s*\d|アカウント|プロファイル|アドレス")
    });
    choice.is_match(sentence) && !named.is_match(sentence)
}

/// A sentence saying that one of several things must go without naming them again: "The merged
/// account can keep only one.", "One of them has to be dropped.", どちらか一方のみ保持できます。
/// ("Only one account can stay." names what it keeps, and "We found two accounts, and only one
/// of them can remain." says which they are.)
fn only_one_of_them(sentence: &str) -> bool {
    static ONE: OnceLock<Regex> = OnceLock::new();
    static NAMES_THEM: OnceLock<Regex> = OnceLock::new();
    ONE.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\b(?:only|just|either)\s+one\s*(?:[.,;:!?)]|\z|(?:is|can|could|will|may|might|must|should|gets?|survives?|remains?|stays?|has|needs?|of\s+(?:them|these|those|the\s+two))\b)|\bone\s+of\s+(?:them|these|those|the\s+two)\b|どちらか(?:一方|ひとつ|1つ|一つ)|(?:一方|一つ|1つ|ひとつ)(?:のみ|だけ)",
        )
    })
    .is_match(sentence)
        && !NAMES_THEM
            .get_or_init(|| {
                crate::core::rules::static_re(
                    r"(?i)\b(?:accounts|profiles|logins|records|IDs)\b|AWS\d{8}|(?:両|二つの|2つの|複数の)アカウント",
                )
            })
            .is_match(sentence)
}

/// An elliptical question for approval: "Good to go?", "OK?", "Sound good?".
fn approval(sentence: &str) -> bool {
    static APPROVAL: OnceLock<Regex> = OnceLock::new();
    APPROVAL
        .get_or_init(|| {
            crate::core::rules::static_re(r"(?i)\A\s*(?:good\s+to\s+go|ok(?:ay)?|all\s+good|sounds?\s+(?:good|right|ok(?:ay)?)|agreed|correct|right|fine\s+(?:by|with)\s+you|happy\s+(?:with|for\s+me\s+to\s+go\s+ahead))\s*\?\s*\z")
        })
        .is_match(sentence)
}

/// A question put to the person ("Does it work now?", 〜よろしいでしょうか。): it wants an
/// answer, so it outweighs news of a completion.
pub fn is_question(sentence: &str) -> bool {
    let t = sentence.trim_end().trim_end_matches(['。', '.', '!', '！']);
    t.ends_with(['?', '？', 'か'])
}

/// A question put to the person themself ("Did you ever sit an exam under another name?",
/// 〜ございますでしょうか), not a heading the mail answers ("Sent the form twice?").
pub fn asks_you(sentence: &str) -> bool {
    static YOU: OnceLock<Regex> = OnceLock::new();
    let you = YOU.get_or_init(|| {
        crate::core::rules::static_re(r"(?i)\b(?:did|do|have|had|can|could|would|will|are|were|should)\s+you\b|(?:でしょうか|ますか|ましたか|ませんか)[。]?\s*\z")
    });
    is_question(sentence) && you.is_match(sentence.trim_end())
}

/// A question answered by yes or no ("Is that right?", "Shall I go ahead?").
fn yes_no(sentence: &str) -> bool {
    static YES_NO: OnceLock<Regex> = OnceLock::new();
    YES_NO
        .get_or_init(|| {
            crate::core::rules::static_re(r"(?i)\A\s*(?:is|are|am|have|has|does|do|did|can|could|shall|should|would|will|may)\b[^?]*\?\s*\z")
        })
        .is_match(sentence)
}

/// The asks among `sentences`, in order.
pub fn find<'t>(sentences: &[&'t str], rules: &RuleSet, on_hold: bool) -> Vec<Ask<'t>> {
    (0..sentences.len())
        .filter_map(|i| match judge_at(sentences, i, rules, on_hold) {
            Verdict::Ask(wants) => {
                let plain = segment::without_links(sentences[i]);
                let says =
                    |re: &Option<LiteralSet>| re.as_ref().is_some_and(|re| re.is_match(&plain));
                Some(Ask {
                    sentence: sentences[i],
                    wants: wants.unwrap_or(Kind::InfoRequest),
                    named: wants.is_some(),
                    needed: says(&rules.needs),
                    replies: says(&rules.reply_directive) || is_question(&plain),
                    to_others: false,
                })
            }
            _ => None,
        })
        .collect()
}

/// A sentence with a "no reply" directive can still ask ("Please do not open a new case; reply
/// to this email with your candidate ID"): it does when one of the requests matches what the
/// sentence says besides that directive (the caller blanks it out: "we kindly ask that you keep
/// all communication on this case" asks to keep nothing). The partner question counts only in
/// a hold ("our APN team let me know that …" reports).
fn strong_ask(sentence: &str, rules: &RuleSet, on_hold: bool) -> bool {
    rules
        .requests
        .iter()
        .filter(|r| r.kind != Kind::OnHold || on_hold)
        .any(|r| r.kind != Kind::InfoRequest && r.asks(sentence))
}

fn wants(sentence: &str, rules: &RuleSet, on_hold: bool) -> Option<Kind> {
    rules
        .requests
        .iter()
        .filter(|r| r.kind != Kind::OnHold || on_hold)
        .find(|r| r.asks(sentence))
        .map(|r| r.kind)
}

/// The strongest of several asks: confirming the merge, then the partner question, then
/// information.
pub fn strongest<'a, 't>(asks: &'a [Ask<'t>]) -> Option<&'a Ask<'t>> {
    let rank = |k: Kind| match k {
        Kind::ConfirmationRequest => 0,
        Kind::OnHold => 1,
        _ => 2,
    };
    asks.iter().min_by_key(|a| rank(a.wants))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Verdict {
        judge(s, &RuleSet::builtin(), false)
    }

    #[test]
    fn a_numbered_step_the_person_takes_asks_and_support_s_own_do_not() {
        for s in [
            "2. You send us the first four characters of the code and a screenshot of the error.",
            "Step 2 (you): reply with the candidate ID of the old account.",
            "2. お客様には、エラー画面のキャプチャを本ケースからお送りいただきます。",
        ] {
            assert!(matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
        for s in [
            "3. You will receive the new code by e-mail.",
            "1. We check the code's history (already started).",
            "2. 特典担当チームへ再発行を依頼いたします。",
        ] {
            assert!(!matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
    }

    #[test]
    fn how_to_reply_when_the_person_does_asks_nothing_but_what_to_include_asks() {
        for s in [
            "When you reply, please reply above this line and keep the case number in the subject.",
            "Please reply above this line.",
        ] {
            assert!(!matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
        let s = "When you reply, please include the candidate IDs of both accounts.";
        assert!(matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
    }

    #[test]
    fn a_status_field_about_the_reply_is_no_imperative() {
        let s = "Reply received from: taro@corp.example (Account #2, AWS07654321, to be closed)\n  Account to keep: taro@gmail.com (Account #1, AWS01234567)";
        assert!(!matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        let s =
            "Response date: 3 March\nPlease reply from taro@gmail.com with the same confirmation.";
        assert!(matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        let s = "Reply from taro@gmail.com with the same confirmation.";
        assert!(matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
    }

    #[test]
    fn a_need_said_as_what_support_is_after_or_waits_on_asks() {
        for s in [
            "To move forward, the screenshot of your Benefits page is what I'm after.",
            "All I'm missing now is which of the two addresses you want to sign in with.",
            "The team can re-issue the voucher once they have the order number from your Pearson VUE receipt.",
            "A copy of your ID showing the new surname would let us update the certificate.",
            "Your confirmation from the personal address would let us finish today.",
            "Without the candidate ID of the old profile, the merge can't go ahead.",
            "From your side, only the last four digits of the card used for the exam payment.",
        ] {
            assert!(matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
        for s in [
            "From your side, nothing more — the team has everything.",
            "I'll write again once I have the details ready for you to review.",
            "The merge can go ahead once we have the partner's release.",
            "The partner's release of your old account would help us close the duplicate.",
        ] {
            assert!(!matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
    }

    #[test]
    fn conditional_invitations_are_not_asks() {
        for s in [
            "If you have more information to add, you can reply to this email.",
            "If you have any further questions, please let us know.",
            "Should you need anything else, feel free to reply.",
            "補足情報がございましたら、本メールにご返信ください。",
            "ご不明な点がございましたら、お気軽にお問い合わせください。",
            "Need to add something?",
            "Reply to this email and it will be added to your case.",
            "このケースに情報を追加する場合は、このメールに返信してください。",
            "If you already have an open case about this issue, please reply to that case instead of opening a new one.",
            "To add information, reply to this email and keep the case ID in the subject line.",
            // a purpose that serves the case, then a condition that makes it optional
            "To keep your request in one place, reply to this email if you want to add something.",
        ] {
            assert!(!matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
    }

    /// A condition in parentheses qualifies what is asked for; the sentence still asks. One
    /// wholly in parentheses, or with its condition outside them, does not.
    #[test]
    fn a_condition_in_an_aside_does_not_make_an_invitation() {
        for (s, k) in [
            (
                "つきましては、身分証明書に記載されているとおりのローマ字氏名(ミドルネームがある場合はそれも含めて)を、本メールへのご返信にてお知らせいただけますでしょうか。",
                Kind::InfoRequest,
            ),
            (
                "Please send the candidate ID shown on your old profile (both of them, if you have two).",
                Kind::InfoRequest,
            ),
        ] {
            assert_eq!(v(s).wants(), Some(k), "{s}: {:?}", v(s));
        }
        for s in [
            "(If you have any questions, please reply to this email.)",
            "If you have more to add, please reply to this email (your case number is in the subject).",
            "ご不明な点がございましたら(平日のみ)、本メールにご返信ください。",
        ] {
            assert_eq!(v(s), Verdict::Invitation, "{s}");
        }
    }

    #[test]
    fn directives_and_questions_are_asks() {
        for (s, k) in [
            (
                "Could you let us know which of the two profiles should remain?",
                Kind::ConfirmationRequest,
            ),
            (
                "We need the candidate ID shown on your old certificate.",
                Kind::InfoRequest,
            ),
            (
                "Reply from the address registered on the account you want to keep.",
                Kind::InfoRequest,
            ),
            (
                "If the details above are correct, please reply with your confirmation to merge.",
                Kind::ConfirmationRequest,
            ),
            (
                "統合先のアカウントをご確認のうえ、ご返信いただけますでしょうか。",
                Kind::ConfirmationRequest,
            ),
            ("候補IDをお知らせください。", Kind::InfoRequest),
            // The case support expects, put as a condition before the directive.
            (
                "If both belong to you, reply with the profile that should survive.",
                Kind::ConfirmationRequest,
            ),
            // Steps after a colon; a purpose that serves the case before a bare imperative; a
            // wish for a document.
            (
                "One more check before I move the voucher: sign in to the certification account, open Benefits, and tell me whether it is listed.",
                Kind::InfoRequest,
            ),
            (
                "To keep your place in the queue, send the Credly address within the next 48 hours.",
                Kind::InfoRequest,
            ),
            (
                "To trace it I'd like a screenshot of the Benefits page as you see it now.",
                Kind::InfoRequest,
            ),
            // A list of things asked for is information, whatever the items mention.
            (
                "To trace it I'd need two things: the exam you earned the discount from, and whether you tried to use it before the merge.",
                Kind::InfoRequest,
            ),
            // The verb that wants a reply comes late in the directive.
            (
                "Please sign in with each identity in turn and send both IDs as a reply on this case.",
                Kind::InfoRequest,
            ),
            // A question about an exam booked on the accounts asks a fact, not which to keep;
            // one that also chooses the account that stays confirms.
            (
                "Before we go on: is an exam booked on either of your two accounts at the moment, and for which date?",
                Kind::InfoRequest,
            ),
            (
                "Which of the two accounts did you use to book the exam in May?",
                Kind::InfoRequest,
            ),
            (
                "来月の試験のご予約は、どちらのアカウントでお取りになりましたか。",
                Kind::InfoRequest,
            ),
            (
                "Is an exam booked on either account, and which account should we keep?",
                Kind::ConfirmationRequest,
            ),
            // A document added to the case.
            (
                "Please attach a copy of the certificate you received in 2022.",
                Kind::InfoRequest,
            ),
            (
                "Kindly add to the case the date on which you passed the exam.",
                Kind::InfoRequest,
            ),
            // The work waits on the person, said as a fact.
            (
                "Everything is prepared, and the merge only needs your go-ahead.",
                Kind::ConfirmationRequest,
            ),
            (
                "The only thing the merge is waiting on is a short reply from you.",
                Kind::ConfirmationRequest,
            ),
            (
                "We are holding the relink until we know which address you want on Credly.",
                Kind::InfoRequest,
            ),
            (
                "Until the same request reaches us from your registered address, we cannot add it to the case.",
                Kind::InfoRequest,
            ),
            (
                "I want to be sure the appointment should move with your accounts before anything changes.",
                Kind::InfoRequest,
            ),
            (
                "The registration number isn't on the case yet.",
                Kind::InfoRequest,
            ),
            (
                "Knowing roughly when you last saw the voucher would let me tell what happened.",
                Kind::InfoRequest,
            ),
            // The next step waits on the person.
            (
                "The merge can only be scheduled once both candidate IDs are on file.",
                Kind::InfoRequest,
            ),
            (
                "My next step depends on what the Benefits page shows you.",
                Kind::InfoRequest,
            ),
            (
                "One more question from your side before I continue.",
                Kind::InfoRequest,
            ),
            (
                "今後の対応は、プロフィール画面のメールアドレスのご確認結果次第となります。",
                Kind::InfoRequest,
            ),
            (
                "運転免許証のローマ字表記を確認でき次第、氏名を修正いたします。",
                Kind::InfoRequest,
            ),
            (
                "どちらの表記をご希望か伺えましたら、作業を再開いたします。",
                Kind::InfoRequest,
            ),
            // A reminder's reason is no condition of what it asks.
            (
                "A quick reminder, in case my last message got lost: the merge only needs your go-ahead.",
                Kind::ConfirmationRequest,
            ),
            // A bare question in keigo, ending with the full stop.
            (
                "統合先はアカウント 1 でお間違いないでしょうか。",
                Kind::ConfirmationRequest,
            ),
            // "Let us check the following": support wants the items listed.
            (
                "誤ったアカウントを統合しないよう、念のため以下の情報を確認させてください。",
                Kind::InfoRequest,
            ),
        ] {
            assert_eq!(v(s).wants(), Some(k), "{s}");
        }
    }

    #[test]
    fn directives_that_want_no_reply_are_not_asks() {
        for s in [
            "Please allow up to 24 hours for a response.",
            "Please do not open a new case for the same request.",
            "今しばらくお待ちください。",
            "We'd like your feedback on your recent support case.",
            "Please add our address to your safe senders so that our replies reach you.",
            // (a hold that waits on someone else, and a conditional invitation)
            "We are holding the merge until we hear from the partner team.",
            "In case you have questions about the merge, you can reply to this email.",
        ] {
            assert!(!matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
        assert_eq!(v("We have opened case 123."), Verdict::Statement);
        assert_eq!(
            v("If you have any further questions, please let us know."),
            Verdict::Invitation
        );
        assert_eq!(v("今しばらくお待ちください。"), Verdict::NotAReply);
        // An earlier message withdrawn: nothing to send back.
        for s in [
            "先日お送りした自動リマインダーは行き違いとなりましたので、お手数ですが破棄してくださいますようお願いいたします。",
            "Please disregard the automatic reminder we sent earlier; it crossed with your reply.",
        ] {
            assert_eq!(v(s), Verdict::NotAReply, "{s}");
        }
        // What it asks besides still counts.
        assert!(matches!(
            v("Please disregard my earlier message and confirm which account to keep."),
            Verdict::Ask(_)
        ));
        // A query string is not a question.
        assert_eq!(
            v("https://console.aws.amazon.com/support/home#/case/?displayId=1&language=en"),
            Verdict::Statement
        );
    }

    #[test]
    fn a_no_reply_directive_is_judged_without_its_own_words() {
        // "keep" is a word of the merge choice, but here it says where to write.
        assert_eq!(
            v("Submitting the same question again can delay our reply, so we kindly ask that you keep all communication on this one case."),
            Verdict::NotAReply
        );
        // "keep" says where to write here, not which account stays.
        assert_eq!(
            v("Please don't file a second form for this; just reply to this message and keep the case number in the subject line."),
            Verdict::NotAReply
        );
        assert_eq!(
            v("Reply to this message, keeping the case number in the subject, and tell us which account to keep."),
            Verdict::Ask(Some(Kind::ConfirmationRequest))
        );
        // What the sentence asks besides the directive still counts.
        assert_eq!(
            v("Please do not open a new case; reply here to confirm which account to keep."),
            Verdict::Ask(Some(Kind::ConfirmationRequest))
        );
        // A wait with the request's polite tail is a wait.
        assert_eq!(
            v("今しばらくお待ちくださいますようお願いいたします。"),
            Verdict::NotAReply
        );
        assert_eq!(
            v("お手数ですが、残すアカウントのメールアドレスをご返信いただきますようお願いいたします。"),
            Verdict::Ask(Some(Kind::ConfirmationRequest))
        );
    }

    #[test]
    fn a_no_reply_directive_that_asks_for_something_sent_another_way_asks() {
        for s in [
            "Please do not reply to this email; instead, send the candidate ID through the Support Center.",
            "Please don't reply to this message; rather, upload the screenshot to the case in the console.",
        ] {
            assert_eq!(v(s), Verdict::Ask(Some(Kind::InfoRequest)), "{s}");
        }
        // Where a reply goes, or where to go, asks nothing.
        for s in [
            "Please do not reply to this email; instead, send your response through the Support Center.",
            "Please don't reply to this message, but instead send any questions through the contact form.",
            "Please do not reply to this message; instead, use the Support Center to respond to this case.",
        ] {
            assert!(!matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
    }

    #[test]
    fn a_need_support_has_put_to_someone_else_asks_nothing() {
        for s in [
            "The registration number is the piece we are still missing, so we've asked Pearson VUE for it directly.",
            "What we still need is the registration number, and we have requested it from Pearson VUE.",
            "We still need the exam record from the partner, so I've written to their admin.",
            "We'd need a quick confirmation from the partner that the association has been removed; I've already asked them.",
            "I'm missing one thing before I can press go, and the records team is getting it for me.",
        ] {
            assert_eq!(v(s), Verdict::Statement, "{s}");
        }
        // Put to the person, or asked of them besides: still an ask.
        for s in [
            "Please send the candidate ID of the old account, and I've asked HR for the rest.",
            "We still need your candidate ID, and we have asked you for it twice now.",
            "The candidate ID is the one thing we are still missing, so I've written to you again.",
            "We need the candidate ID; I've asked the team to look too, but please send it if you have it to hand.",
        ] {
            assert!(matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
    }

    #[test]
    fn asks_put_as_gratitude_a_condition_on_the_work_or_what_is_missing() {
        for s in [
            "I'd appreciate it if you could send a screenshot of the certifications page of the old account.",
            "We would be grateful if you would confirm the address you want to sign in with.",
            "We can't proceed until you confirm that both accounts belong to you.",
            "Your go-ahead is all that's missing before we merge the two profiles.",
        ] {
            assert!(matches!(v(s), Verdict::Ask(_)), "{s}");
        }
        // A gratitude for what the person already did asks nothing.
        assert!(!matches!(
            v("I appreciate you sending the screenshot so quickly."),
            Verdict::Ask(_)
        ));
    }

    #[test]
    fn support_contacting_the_person_should_it_need_more_is_no_ask() {
        for s in [
            "If we need more information, we'll reach out to you on this case.",
            "Should we need additional details, we will contact you.",
            "If the merge team needs anything else, they will contact you directly.",
            "追加の情報が必要となった場合には、こちらから改めてご連絡いたします。",
        ] {
            assert_eq!(v(s).wants(), None, "{s}");
        }
        // A wait for support's own word once it is ready: nothing asked of the person.
        assert_eq!(
            v("統合対象のアカウント情報がまとまり次第、担当者より改めてご連絡いたしますので、今しばらくお待ちくださいますようお願いいたします。"),
            Verdict::Invitation
        );
        // Support's contact promised, and then an ask: the ask counts.
        assert!(matches!(
            v("確認でき次第、担当者よりご連絡いたしますが、まずは残すアカウントのメールアドレスをお知らせいただけますでしょうか。"),
            Verdict::Ask(_)
        ));
    }

    #[test]
    fn a_long_sentence_asks_in_its_last_asking_clause() {
        let rules = RuleSet::builtin();
        // Explains the merge, then asks a question about something else.
        let credly = "Since your certification accounts were merged in March, all of your certifications now sit under one ID, but Credly keeps its own copy of each badge tied to the address it was first issued to, and there are two ways I can fix that, either by asking Credly to re-issue every badge, which resets their view counts, or by adding your personal address to the existing Credly profile so the badges stay as they are, so which of the two would you prefer?";
        assert_eq!(judge(credly, &rules, false), Verdict::Ask(None));
        // Explains a partner hold, then asks about the employment.
        let hold = "While reviewing the two certification accounts named in your request I noticed that the one registered to your work address is associated with an AWS Partner Network organization, and since certifications held by a partner's employees count toward that organization's status, we are not able to move them while the holder is employed there, which means I have put the merge on hold for now and will need you to confirm in a reply whether you have left the company, together with the date your employment ends.";
        assert_eq!(judge(hold, &rules, true), Verdict::Ask(Some(Kind::OnHold)));
        // A short sentence is judged whole.
        assert_eq!(
            v("Since the merge is done, which of the two would you prefer?"),
            Verdict::Ask(Some(Kind::ConfirmationRequest))
        );
    }

    #[test]
    fn a_directive_answering_a_conditional_question_is_conditional() {
        let rules = RuleSet::builtin();
        let s = [
            "Need to add something?",
            "Reply to this e-mail; keep [CASE 73390152846] in the subject.",
        ];
        assert_eq!(judge_at(&s, 1, &rules, false), Verdict::Invitation);
    }

    #[test]
    fn a_long_sentence_asks_about_its_last_clause() {
        let r = RuleSet::builtin();
        let s = "One more thing before I can put the merge through: the old profile still has an \
                 exam appointment, and appointments sometimes lose their link to the testing \
                 vendor when the profile they were booked under is merged away, so the safe \
                 options are to leave it as it is and let me merge around it, or for you to \
                 cancel it now and rebook once the merge is finished; which of those two would \
                 you prefer?";
        assert_eq!(judge(s, &r, false).wants(), Some(Kind::InfoRequest));
        // A short one keeps the whole sentence.
        assert_eq!(
            judge("Shall we merge them; which one should stay?", &r, false).wants(),
            Some(Kind::ConfirmationRequest)
        );
    }

    #[test]
    fn a_quoted_question_is_reported_speech() {
        let r = &RuleSet::builtin();
        // The person's own words, repeated back in an acknowledgement.
        assert_eq!(
            judge(r#""I have two accounts."#, r, false),
            Verdict::Statement
        );
        assert_eq!(
            judge(r#"Can it be made consistent?""#, r, false),
            Verdict::Statement
        );
        assert_eq!(
            judge("“Could you merge them?”", r, false),
            Verdict::Statement
        );
        assert_eq!(
            judge("「統合していただけますか」", r, false),
            Verdict::Statement
        );
        // Quoting a word inside an ask still asks.
        assert!(matches!(
            judge(r#"Please reply with "Confirmed."#, r, false),
            Verdict::Ask(_)
        ));
        assert!(matches!(
            judge("「未定」とご返信ください。", r, false),
            Verdict::Ask(_)
        ));
    }

    #[test]
    fn a_conditional_ask_with_its_other_branch_asks() {
        let r = &RuleSet::builtin();
        let s = [
            "If you have an exam in mind, please tell us its name.",
            "If not, just reply \"undecided\" and we will issue a general voucher.",
        ];
        assert!(matches!(judge_at(&s, 0, r, false), Verdict::Ask(_)));
        let s = [
            "受験予定の試験があれば試験名を教えてください。",
            "未定の場合は「未定」とご返信ください。",
        ];
        assert!(matches!(judge_at(&s, 0, r, false), Verdict::Ask(_)));
        // An ask with a condition only in the clause joined after it still asks; a condition
        // before the ask governs it.
        let s = ["Kindly reply by 8 December with the account you would like to keep; if you need more time, just let us know."];
        assert!(matches!(judge_at(&s, 0, r, false), Verdict::Ask(_)));
        let s = ["Please send the candidate ID of the old account, and if you cannot find it, tell us the email address it used."];
        assert!(matches!(judge_at(&s, 0, r, false), Verdict::Ask(_)));
        let s = ["If you have any questions; please let us know."];
        assert_eq!(judge_at(&s, 0, r, false), Verdict::Invitation);
        // An invitation followed by something else stays an invitation.
        let s = [
            "If you have any questions, please let us know.",
            "Otherwise, we will be in touch within two days.",
        ];
        assert_eq!(judge_at(&s, 0, r, false), Verdict::Invitation);
    }

    #[test]
    fn an_offer_answering_a_need_stated_just_before_asks() {
        let r = &RuleSet::builtin();
        let s = [
            "For that they will need the candidate ID of the certification account.",
            "You can add it to this case from the Support Center.",
        ];
        assert_eq!(judge_at(&s, 1, r, false).wants(), Some(Kind::InfoRequest));
        // Without the need, the same offer only invites.
        let s = [
            "The certificate PDFs regenerate overnight.",
            "You can add it to this case from the Support Center.",
        ];
        assert_eq!(judge_at(&s, 1, r, false).wants(), None);
        // A condition after a need is still a condition.
        let s = [
            "We will need your candidate ID.",
            "If you have any other questions, you can reply to this email.",
        ];
        assert_eq!(judge_at(&s, 1, r, false).wants(), None);
    }

    #[test]
    fn an_ask_that_names_nothing_asks_about_the_sentence_before() {
        let rules = RuleSet::builtin();
        let s = [
            "The fix is to merge B into A so that A is the only profile left.",
            "Can you confirm that's what you want?",
        ];
        assert_eq!(
            judge_at(&s, 1, &rules, false).wants(),
            Some(Kind::ConfirmationRequest)
        );
        let s = [
            "Your voucher expired last week.",
            "Can you tell us when you noticed?",
        ];
        assert_eq!(
            judge_at(&s, 1, &rules, false).wants(),
            Some(Kind::InfoRequest)
        );
        // A yes/no question about a plan laid out over several sentences.
        let s = [
            "Keep: AWS01938475. Merge: AWS02284716.",
            "After the merge AWS02284716 will no longer exist.",
            "Your exam result moves over with everything else.",
            "Is that right?",
        ];
        assert_eq!(
            judge_at(&s, 3, &rules, false).wants(),
            Some(Kind::ConfirmationRequest)
        );
        // A question tacked on after a dash is judged on its own.
        let s = [
            "keep: AWS01927764 (SAA-C02 passed 2020-11-09)",
            "retire: AWS02288105 (no exam history)",
            "Both are registered to the same address, so you'd sign in as you do today.",
            "Just say the word and I'll run it -- have I got that the right way round?",
        ];
        assert_eq!(
            judge_at(&s, 3, &rules, false).wants(),
            Some(Kind::ConfirmationRequest)
        );
        // An elliptical "Good to go?" after a plan asks to confirm it.
        let s = [
            "AWS05527719 -> merged into -> AWS08812450",
            "AWS05527719 will be closed afterwards and can't be signed into again.",
            "Good to go?",
        ];
        assert_eq!(
            judge_at(&s, 2, &rules, false).wants(),
            Some(Kind::ConfirmationRequest)
        );
        // A question for a value looks only at the sentence before.
        let s = [
            "We merged the accounts last week.",
            "Support sent a confirmation afterwards.",
            "What address did that confirmation go to?",
        ];
        assert_eq!(
            judge_at(&s, 2, &rules, false).wants(),
            Some(Kind::InfoRequest)
        );
    }

    #[test]
    fn the_partner_question_counts_only_in_a_hold() {
        let rules = RuleSet::builtin();
        let s = "Can you confirm that you are no longer employed by Example Corp?";
        assert_eq!(judge(s, &rules, true).wants(), Some(Kind::OnHold));
        assert_eq!(judge(s, &rules, false).wants(), Some(Kind::InfoRequest));
    }

    #[test]
    fn a_missing_piece_a_nudge_or_a_contracted_hint_asks() {
        for s in [
            "It'd be helpful to see a screenshot of the Benefits page on your merged account.",
            "So the one thing I'm missing is the e-mail address your older Credly profile signs in with.",
            "Just checking whether you've had a chance to look up the sign-in e-mail of your older profile.",
            "No rush, but I can't ask for the badges to be moved until I have it.",
            "反映後に試験履歴をご確認のうえ、結果をお知らせください。",
        ] {
            assert!(matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
        // A look once support's change has taken effect asks for nothing back; nor does work
        // waiting on someone else.
        for s in [
            "反映後、お手すきの際に試験履歴をご確認いただけますと幸いです。",
            "We can't reissue the badge until we have it back from Credly.",
        ] {
            assert!(!matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
    }

    #[test]
    fn terse_and_other_englishes_ask_status_history_and_a_closing_formula_do_not() {
        for s in [
            "Need both candidate IDs.",
            "Request you to confirm which is the account you are wanting to keep.",
            "Happy to merge as soon as you give the word.",
            "Looking forward to your confirmation.",
        ] {
            assert!(matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
        for s in [
            "Your ticket status changed from Awaiting your response to Open.",
            "以上、よろしくお願いいたします。",
            "Looking forward to helping you again.",
        ] {
            assert!(!matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
    }

    #[test]
    fn a_promotions_question_asks_nothing() {
        let s = "Are you looking for more ways to grow your cloud skills?";
        assert!(!matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        let s = "Are you looking for the old transcript or the new one?";
        assert!(matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
    }

    #[test]
    fn two_branches_each_with_its_reply_word_ask_either_way() {
        let rules = RuleSet::builtin();
        let s = [
            "If the personal account is the one you'd like to keep, just reply 'keep personal'.",
            "If it's the work one, reply 'keep work'.",
        ];
        assert!(matches!(judge_at(&s, 0, &rules, false), Verdict::Ask(_)));
        assert!(matches!(v("Reply 'yes' to go ahead."), Verdict::Ask(_)));
    }

    #[test]
    fn an_extra_on_offer_invites_the_cases_own_decision_asks() {
        for s in [
            "If you'd like a printed certificate, please let us know.",
            "If you would like a copy of your old transcript, reply here and I'll send it.",
        ] {
            assert!(!matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
        let s = "If you'd like us to go ahead with the merge, please confirm.";
        assert!(matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
    }

    #[test]
    fn a_need_headed_by_a_colon_the_turn_passed_and_gratitude_for_a_datum_ask() {
        for s in [
            "One last detail and we're done: the country on your ID.",
            "The next step is yours: choose the account to keep and reply here.",
            "Whichever address you want as your login, just say so in your reply.",
            "I'd be grateful for the candidate ID of the second profile.",
            "What I still need: the old work address and roughly when you last signed in with it.",
            "Two things from you, please: the candidate ID, and whether the Gmail address is the one to keep.",
        ] {
            assert!(matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
        }
        // A heading over a statement, the ask to follow, is not the ask itself.
        let s = "One more item before I can close this: the mailing address on the merged profile still shows the old office, carried over from Account #2.";
        assert!(!matches!(v(s), Verdict::Ask(_)), "{s}: {:?}", v(s));
    }

    #[test]
    fn a_heading_support_answers_itself_asks_nothing() {
        let rules = RuleSet::builtin();
        for pair in [
            [
                "Can't find the badge?",
                "It usually arrives within two days of the merge.",
            ],
            [
                "Why did this take so long?",
                "The partner had to release the account first, which is now done.",
            ],
            [
                "What's next?",
                "Sign in with your personal address and you'll see everything there.",
            ],
            [
                "Need to book an exam?",
                "You can now do it from the merged account.",
            ],
            [
                "Do you have questions about your exam?",
                "The FAQ covers most of them.",
            ],
            [
                "Would you like to know more about AWS certifications?",
                "Visit our website.",
            ],
        ] {
            assert!(
                !matches!(judge_at(&pair, 0, &rules, false), Verdict::Ask(_)),
                "{pair:?}"
            );
        }
        // Support's questions about the person's own accounts still ask, and so does a heading
        // that leads into a question.
        for pair in [
            [
                "Why does the second account show a different name?",
                "Did you change it at some point?",
            ],
            [
                "Why does this account show a different name?",
                "It matters for the certificate.",
            ],
            [
                "Need to confirm one thing: is Account #1 the one to keep?",
                "Thanks.",
            ],
            [
                "Can you find the badge e-mail?",
                "It would tell me which address Credly has.",
            ],
        ] {
            assert!(
                matches!(judge_at(&pair, 0, &rules, false), Verdict::Ask(_)),
                "{pair:?}"
            );
        }
    }

    #[test]
    fn a_worry_put_as_a_question_or_a_question_answered_in_a_word_asks_nothing() {
        let rules = RuleSet::builtin();
        let asks = |pair: [&str; 2]| matches!(judge_at(&pair, 0, &rules, false), Verdict::Ask(_));
        for pair in [
            [
                "Worried that your old employer can still see your badges?",
                "Nothing to worry about there.",
            ],
            [
                "Concerned about losing your exam history?",
                "Every result moved across.",
            ],
            [
                "Could the exam have been taken under a third account?",
                "Possibly - the records team checks for that anyway.",
            ],
            [
                "Will the partner still see your certifications?",
                "They won't: the link was removed before the merge.",
            ],
            [
                "Is your old work mailbox gone?",
                "No problem - we don't need anything from it.",
            ],
            [
                "Lost access to the old address?",
                "That's fine; we can merge without it.",
            ],
        ] {
            assert!(!asks(pair), "{pair:?}");
        }
        // a question the next sentence does not answer still asks
        for pair in [
            [
                "Could the exam have been taken under a third account?",
                "Please check your old mailbox for a Pearson VUE confirmation.",
            ],
            [
                "Will you keep the personal address as your login?",
                "They will need to know before Friday.",
            ],
            [
                "Could you send the candidate ID of the old account?",
                "No worries, take your time.",
            ],
        ] {
            assert!(asks(pair), "{pair:?}");
        }
    }

    #[test]
    fn an_inline_list_wants_what_its_items_name() {
        assert_eq!(
            v("Before I go ahead I need two things from you: that both profiles listed are yours, and that Account #2 is the one to keep."),
            Verdict::Ask(Some(Kind::ConfirmationRequest))
        );
        // items that differ (one names nothing of the merge's choice): the sentence decides
        assert_eq!(
            v("To trace it I need two details: which exam it came from, and whether you used it before the merge."),
            Verdict::Ask(Some(Kind::InfoRequest))
        );
    }
}
