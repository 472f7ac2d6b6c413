//! Our own `Mail` type, decoded from raw RFC 5322 bytes.
//!
//! This is the only file that imports `mail_parser`: everything after it sees plain strings.
//! It owns three jobs: decoding (charsets, transfer encodings, HTML-only bodies), splitting the
//! new text of a reply from the history it quotes, and normalising text (NFKC, so full-width
//! digits and colons in Japanese mail read like ASCII ones). It does no classification.

use mail_parser::{HeaderValue, MessageParser};
use regex::Regex;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// Bodies longer than this are cut before any text processing: case mail is short, and an
/// attacker-sized body must not make classification slow or memory-hungry.
pub const MAX_TEXT_CHARS: usize = 256 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Address {
    pub name: Option<String>,
    /// Lower-cased address, `local@domain`.
    pub email: String,
}

impl Address {
    pub fn domain(&self) -> &str {
        self.email.rsplit_once('@').map(|(_, d)| d).unwrap_or("")
    }
}

/// One mail as casewatch sees it.
#[derive(Debug, Clone, Default)]
pub struct Mail {
    pub from: Option<Address>,
    pub reply_to: Option<Address>,
    pub to: Vec<Address>,
    pub cc: Vec<Address>,
    pub subject: String,
    /// Unix seconds, from the Date header.
    pub date: Option<i64>,
    /// Without angle brackets.
    pub message_id: Option<String>,
    pub in_reply_to: Vec<String>,
    pub references: Vec<String>,
    /// Raw `Authentication-Results` header values, topmost (added last, nearest to us) first.
    pub authentication_results: Vec<String>,
    /// The ARC sets (RFC 8617) of the servers that passed the mail on: each instance's sealer
    /// and the authentication results it recorded when the mail reached it.
    pub arc: Vec<crate::core::auth::ArcSet>,
    /// A mailing list's copy whose From the list rewrote to its own address so that it passes
    /// DMARC (`"x at amazon.com via List" <list@…>`): the author's address, from
    /// `X-Original-From`, else `Reply-To`. None for any other mail.
    pub list_author: Option<Address>,
    pub auto_submitted: Option<String>,
    /// The whole body text (plain part, or text extracted from HTML), NFKC-normalised.
    pub text: String,
    /// `text` without quoted history: what this mail's author wrote.
    pub new_text: String,
    /// The body of a message the writer forwards right under their own text ("---------
    /// Forwarded message ---------", "-------- 転送メッセージ --------"), without its header
    /// lines or its own quoted history; empty when the quoted part is not a forward.
    pub forwarded: String,
    /// The forwarded message's `From:` / `差出人:` line, as written (empty when there is none).
    pub forwarded_from: String,
    /// True when the text came from an HTML part because there was no text/plain one.
    pub from_html: bool,
    /// A mail rule forwarded it, not a person (`Auto-Submitted: auto-forwarded`,
    /// `X-Autoforwarded: true`, Exchange's `X-MS-Exchange-Inbox-Rules-Loop`): see
    /// [`Mail::rule_forwarded`].
    pub auto_forwarded: bool,
    /// The message a rule forwarded as an attachment (`message/rfc822`), raw; kept only for a
    /// mail a rule forwarded.
    pub attached_original: Option<Vec<u8>>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MailError {
    #[error("empty message")]
    Empty,
    #[error("not an email message (no header lines found)")]
    NotMail,
}

impl Mail {
    /// Decodes raw message bytes. Never panics; rejects only input with no message at all.
    pub fn parse(raw: &[u8]) -> Result<Mail, MailError> {
        if raw.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(MailError::Empty);
        }
        let msg = MessageParser::default()
            .parse(raw)
            .ok_or(MailError::NotMail)?;
        if msg.headers().is_empty() {
            return Err(MailError::NotMail);
        }

        let (body, from_html) = body_text(&msg);
        let text = without_banner(normalize(&body));
        // One look for a help desk's thread of comments, before the first quote header: newest
        // first, its older comments start the history; oldest first, the comments before the
        // newest are history, and the writer's own text is what comes before and after them.
        let header = quote_header(&text);
        let (own, header): (std::borrow::Cow<'_, str>, usize) =
            match comment_history(&text[..header]) {
                Some(history) if history.end == header => ((&text).into(), history.start),
                Some(history) => (
                    format!("{}{}", &text[..history.start], &text[history.end..]).into(),
                    header - history.len(),
                ),
                None => ((&text).into(), header),
            };
        let cut = dashed_or(&own, header);
        let from_name = msg
            .from()
            .and_then(|a| a.first())
            .and_then(|a| a.name())
            .unwrap_or("")
            .to_string();
        let new_text = own_text(&own, cut, &from_name);
        let new_text = without_colour_marks(strip_quote_lines(&new_text));
        let (forwarded, forwarded_from) = forwarded(&own[cut..]);
        drop(own);
        let forwarded = without_colour_marks(forwarded);
        let text = without_colour_marks(text);
        let mut authentication_results = Vec::new();
        let mut arc = ArcHeaders::default();
        let mut auto_submitted = None;
        let mut rule_loop = false;
        let (mut list_id, mut original_from) = (false, None);
        for h in msg.headers() {
            let name = h.name.as_str();
            let value = || h.value.as_text().map(str::to_string);
            if name.eq_ignore_ascii_case("Authentication-Results") {
                authentication_results.extend(value());
            } else if let Some(kind) = name
                .get(..4)
                .filter(|p| p.eq_ignore_ascii_case("ARC-"))
                .and_then(|_| name.get(4..))
            {
                arc.add(kind, h.value.as_text().unwrap_or(""));
            } else if name.eq_ignore_ascii_case("List-Id") {
                list_id = true;
            } else if name.eq_ignore_ascii_case("X-Original-From") && original_from.is_none() {
                original_from = h.value.as_text().and_then(address_in);
            } else if name.eq_ignore_ascii_case("Auto-Submitted") && auto_submitted.is_none() {
                auto_submitted = value().map(|s| s.trim().to_ascii_lowercase());
            } else if name.eq_ignore_ascii_case("X-MS-Exchange-Inbox-Rules-Loop")
                || (name.eq_ignore_ascii_case("X-Autoforwarded")
                    && value().is_some_and(|v| v.trim().eq_ignore_ascii_case("true")))
            {
                rule_loop = true;
            }
        }
        let auto_forwarded = rule_loop || auto_submitted.as_deref() == Some("auto-forwarded");
        let attached_original = auto_forwarded
            .then(|| {
                msg.attachments()
                    .find_map(|a| a.message())
                    .map(|m| m.raw_message().to_vec())
            })
            .flatten();

        let from = msg.from().and_then(first_address);
        let reply_to = msg.reply_to().and_then(first_address);
        // Mailman's and Google Groups' "… via <list>" with the author kept aside
        let list_author = from
            .as_ref()
            .and_then(|f| f.name.as_deref())
            .filter(|n| list_id && n.to_ascii_lowercase().contains(" via "))
            .and_then(|_| original_from.or_else(|| reply_to.clone()))
            .filter(|a| from.as_ref().is_some_and(|f| f.email != a.email));
        Ok(Mail {
            from,
            reply_to,
            to: msg.to().map(all_addresses).unwrap_or_default(),
            cc: msg.cc().map(all_addresses).unwrap_or_default(),
            subject: normalize(msg.subject().unwrap_or("")).trim().to_string(),
            date: msg.date().map(|d| d.to_timestamp()),
            message_id: msg.message_id().map(clean_id).filter(|s| !s.is_empty()),
            in_reply_to: ids(msg.in_reply_to()),
            references: ids(msg.references()),
            authentication_results,
            arc: arc.sets(),
            list_author,
            auto_submitted,
            text,
            new_text,
            forwarded,
            forwarded_from,
            from_html,
            auto_forwarded,
            attached_original,
        })
    }

    /// The message a mail rule forwarded (the old work mailbox sending each mail on to the
    /// personal one): the original as its sender wrote it — the attached message, or the
    /// `From:` of the header block the forward's body opens its quoted part with and the text
    /// after that block, with this mail's subject (without "FW:") — with this mail's date and
    /// ids (it arrived now, as this mail). None when no rule forwarded this mail, or
    /// its body holds no such block.
    pub fn rule_forwarded(&self) -> Option<Mail> {
        static FW: OnceLock<Regex> = OnceLock::new();
        if !self.auto_forwarded {
            return None;
        }
        let keep_ours = |mut original: Mail| {
            original.date = self.date;
            original.message_id = self.message_id.clone();
            original.in_reply_to = self.in_reply_to.clone();
            original.references = self.references.clone();
            original
        };
        if let Some(raw) = &self.attached_original {
            return Mail::parse(raw)
                .ok()
                .filter(|m| m.from.is_some())
                .map(keep_ours);
        }
        let (quoted, body, from) = quoted_block(&self.text);
        let from = from.replace(['\r', '\n'], " ");
        if from.trim().is_empty() || body.trim().is_empty() {
            return None;
        }
        // A rule writes nothing above what it forwards: words there are the person's own, a reply
        // from that mailbox that reached this one by the rule (through a list, say).
        let above = &self.text[..self.text.len() - quoted.len()];
        if above.chars().any(char::is_alphanumeric) {
            return None;
        }
        let subject = FW
            .get_or_init(|| {
                crate::core::rules::static_re(r"(?i)\A(?:\s*(?:fwd?|転送)\s*[:：])+\s*")
            })
            .replace(&self.subject, "")
            .replace(['\r', '\n'], " ");
        let raw = format!(
            "From: {from}\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}"
        );
        let mut original = Mail::parse(raw.as_bytes()).ok()?;
        original.from.as_ref()?;
        original.to = self.to.clone();
        Some(keep_ours(original))
    }

    /// Every address this mail was sent to.
    pub fn recipients(&self) -> impl Iterator<Item = &Address> {
        self.to.iter().chain(self.cc.iter())
    }
}

fn body_text(msg: &mail_parser::Message<'_>) -> (String, bool) {
    // Prefer a real text/plain part. mail-parser's body_text() would silently convert HTML
    // with a converter that runs table cells together, so HTML goes through html2text.
    let has_plain = msg
        .text_bodies()
        .any(|p| matches!(p.body, mail_parser::PartType::Text(_)));
    if has_plain {
        let mut out = String::new();
        for part in msg.text_bodies() {
            if let mail_parser::PartType::Text(t) = &part.body {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(truncate(t, MAX_TEXT_CHARS));
            }
        }
        // A stub for mailers without HTML ("To view this message, use an HTML-capable
        // client", a link to the ticket) says nothing of what the HTML says: when the plain
        // part is that short, the HTML part decides, if it says half as much again.
        // Links do not count: "Sign in to the AWS Support Center to read it: <link>" is a
        // stub however long the link. And a plain part a fifth as long as the HTML's text says
        // less than the reader sees (a system that sends the latest line as text and the
        // letter as HTML).
        // (The HTML is converted only when a rough count of its text says it may say more: off
        // the hot path for the usual pair of parts that say the same.)
        let plain = without_links(out.trim()).chars().count();
        let may_say_more = plain < STUB_PLAIN_CHARS
            || html_raw(msg).is_some_and(|h| rough_text_chars(h) > 5 * plain);
        if may_say_more {
            if let Some(html) = html_text(msg) {
                let shown = without_links(html.trim()).chars().count();
                if (plain < STUB_PLAIN_CHARS && 2 * shown > 3 * plain) || shown > 5 * plain {
                    return (html, true);
                }
            }
        }
        return (out, false);
    }
    match html_text(msg) {
        Some(html) => (html, true),
        None => (String::new(), false),
    }
}

fn without_links(text: &str) -> std::borrow::Cow<'_, str> {
    static LINK: OnceLock<Regex> = OnceLock::new();
    LINK.get_or_init(|| crate::core::rules::static_re(r"(?i)\b(?:https?://|www\.)\S+"))
        .replace_all(text, "")
}

/// A plain part shorter than this (in characters) may be a stub for the HTML.
const STUB_PLAIN_CHARS: usize = 200;

fn html_raw<'m>(msg: &'m mail_parser::Message<'_>) -> Option<&'m str> {
    msg.html_bodies().find_map(|part| match &part.body {
        mail_parser::PartType::Html(h) => Some(truncate(h, MAX_TEXT_CHARS)),
        _ => None,
    })
}

/// A rough count of the characters HTML shows, from above: those outside tags, comments,
/// `<head>` and `<style>`, whitespace not counted.
fn rough_text_chars(html: &str) -> usize {
    let lower = |b: &[u8], at: usize, what: &[u8]| {
        b.len() >= at + what.len() && b[at..at + what.len()].eq_ignore_ascii_case(what)
    };
    let b = html.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        if b[i] == b'<' {
            let skip_to: Option<&[u8]> = if lower(b, i, b"<!--") {
                Some(b"-->")
            } else if lower(b, i, b"<style") {
                Some(b"</style")
            } else if lower(b, i, b"<head") {
                Some(b"</head")
            } else {
                None
            };
            if let Some(end) = skip_to {
                i = (i + 1..b.len())
                    .find(|&j| lower(b, j, end))
                    .unwrap_or(b.len());
            }
            i = b[i..]
                .iter()
                .position(|&c| c == b'>')
                .map_or(b.len(), |p| i + p + 1);
        } else {
            // (UTF-8 continuation bytes are not characters of their own)
            if !b[i].is_ascii_whitespace() && (b[i] & 0xC0) != 0x80 {
                n += 1;
            }
            i += 1;
        }
    }
    n
}

fn html_text(msg: &mail_parser::Message<'_>) -> Option<String> {
    html_raw(msg).map(html_to_text)
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// HTML to readable text. Tables are rendered cell per line, so a `Login email` cell and the
/// address in the next cell stay recognisable.
pub fn html_to_text(html: &str) -> String {
    static RULE: OnceLock<Regex> = OnceLock::new();
    let html = quote_divs_as_blockquotes(html);
    // (a horizontal rule stays one, for the segmenter: what stands below it may be a footer)
    let rule = RULE.get_or_init(|| crate::core::rules::static_re(r"(?i)<hr\b[^>]*>"));
    let html = match rule.replace_all(&html, "<p>----------</p>") {
        std::borrow::Cow::Owned(s) => std::borrow::Cow::Owned(s),
        std::borrow::Cow::Borrowed(_) => html,
    };
    let text = converted(&html);
    // Answers announced in a colour are marked and the mail converted again (rare: the
    // announcement is looked for in the text the mail converts to anyway).
    match announced_colour(&text) {
        Some((colour, _)) => match mark_coloured_answers(&html, colour) {
            std::borrow::Cow::Owned(marked) => converted(&marked),
            std::borrow::Cow::Borrowed(_) => text,
        },
        None => text,
    }
}

fn converted(html: &str) -> String {
    // The document's CSS is read for what it hides (`display: none`, a zero height with
    // overflow hidden): a preheader ("Action required: …") or a mobile copy is text the person
    // never sees, and must not decide what the mail says.
    let cfg = html2text::config::plain_no_decorate()
        .raw_mode(true)
        .use_doc_css();
    match cfg.string_from_read(html.as_bytes(), 10_000) {
        Ok(s) => status_cells_joined(s),
        // html2text only fails on pathological input; fall back to mail-parser's converter.
        Err(_) => mail_parser::decoders::html::html_to_text(html),
    }
}

/// A ticket's status as a table row (`<td>Status</td><td>Awaiting your response</td>`) comes
/// out of the cell-per-line rendering as two lines; they are one fact, "Status: Awaiting your
/// response", and are joined so that it reads as one sentence.
fn status_cells_joined(text: String) -> String {
    static LABEL: OnceLock<Regex> = OnceLock::new();
    let label = LABEL.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?im)^[ \t]*((?:case|ticket|request)[ \t]+)?(?:status|state)[ \t]*:?[ \t]*\n[ \t]*(\S[^\n]{0,60})$",
        )
    });
    if !label.is_match(&text) {
        return text;
    }
    label
        .replace_all(&text, |c: &regex::Captures<'_>| {
            let kind = c.get(1).map_or("", |m| m.as_str());
            format!("{kind}Status: {}", &c[2])
        })
        .into_owned()
}

/// Quoted history in HTML mail is often a `<div>` with a left border (Gmail's and Outlook on
/// the web's quote style, Japanese mailers) rather than a `<blockquote>`, the only quote
/// html2text knows (and drops from the new text). Such a div that ends the mail, with
/// everything up to its matching `</div>`, becomes a blockquote. A bordered box with a
/// background, or with the mail going on after it (a signature), is a call-out of the new text
/// ("Before I merge: … Answer \"Confirmed\" …") and stays; unbalanced markup is left as it is.
fn quote_divs_as_blockquotes(html: &str) -> std::borrow::Cow<'_, str> {
    // Most HTML mail has no such div: look before copying it in lower case.
    if !html
        .as_bytes()
        .windows(11)
        .any(|w| w.eq_ignore_ascii_case(b"border-left"))
    {
        return html.into();
    }
    let lower = html.to_ascii_lowercase();
    // (open tag start, open tag end, close tag start) of each quoting div, outermost first.
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    let mut from = 0;
    // Each candidate scans ahead to its matching close: a bounded number of them keeps hostile
    // markup (thousands of nested bordered divs) linear.
    let mut candidates = 0;
    while let Some(at) = lower[from..].find("<div").map(|i| from + i) {
        let Some(end) = lower[at..].find('>').map(|i| at + i + 1) else {
            break;
        };
        from = end;
        let tag = &lower[at..end];
        if !tag.contains("border-left")
            || tag.contains("background")
            || spans.iter().any(|s| at < s.2)
        {
            continue;
        }
        candidates += 1;
        if candidates > 16 {
            break;
        }
        // The matching </div>: count the divs opened and closed after this one.
        let (mut depth, mut pos, mut close) = (1usize, end, None);
        while depth > 0 {
            let next_open = lower[pos..].find("<div").map(|i| pos + i);
            let Some(next_close) = lower[pos..].find("</div").map(|i| pos + i) else {
                break;
            };
            match next_open {
                Some(o) if o < next_close => {
                    depth += 1;
                    pos = o + 4;
                }
                _ => {
                    depth -= 1;
                    pos = next_close + 5;
                    if depth == 0 {
                        close = Some(next_close);
                    }
                }
            }
        }
        let Some(c) = close else { continue };
        // Nothing but markup and white space after it (or only more such quotes).
        let rest = lower[c..].find('>').map_or("", |i| &lower[c + i + 1..]);
        if ends_in_markup_only(rest) {
            spans.push((at, end, c));
        }
    }
    if spans.is_empty() {
        return html.into();
    }
    let mut out = String::with_capacity(html.len() + 16 * spans.len());
    let mut last = 0;
    for (open, open_end, close) in spans {
        out.push_str(&html[last..open]);
        out.push_str("<blockquote>");
        out.push_str(&html[open_end..close]);
        out.push_str("</blockquote>");
        // Past the closing tag's '>'.
        last = html[close..]
            .find('>')
            .map_or(html.len(), |i| close + i + 1);
    }
    out.push_str(&html[last..]);
    out.into()
}

/// Whether `html` holds no text outside its tags (white space and `&nbsp;` aside), or only more
/// left-bordered divs (older quotes).
fn ends_in_markup_only(html: &str) -> bool {
    let mut in_tag = false;
    let text_outside_tags = html.replace("&nbsp;", " ").chars().any(|c| match c {
        '<' => {
            in_tag = true;
            false
        }
        '>' => {
            in_tag = false;
            false
        }
        c => !in_tag && !c.is_whitespace(),
    });
    !text_outside_tags || html.contains("border-left")
}

/// NFKC plus the clean-ups that make phrase matching work: CRLF to LF, every non-ASCII space
/// (no-break, ideographic, line separator…) to an ASCII one — rule packs match `\s` as ASCII —
/// zero-width spaces removed, trailing spaces trimmed.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfkc() {
        match c {
            '\r' => {}
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => {}
            c if !c.is_ascii() && c.is_whitespace() => out.push(' '),
            _ => out.push(c),
        }
    }
    let mut joined = String::with_capacity(out.len());
    let mut prev: Option<&str> = None;
    for line in out.lines().map(str::trim_end) {
        if let Some(p) = prev {
            // Japanese prose hard-wrapped mid-sentence ("…いったんクローズと\nさせていただきます")
            // is one run of text: no line break (and no space) between the two halves.
            if !cjk_wrap(p, line) {
                joined.push('\n');
            }
        }
        joined.push_str(line);
        prev = Some(line);
    }
    joined
}

/// Whether `line` continues the Japanese sentence `prev` was wrapped in: a long line that does
/// not end a sentence, both sides of the break Japanese text.
fn cjk_wrap(prev: &str, line: &str) -> bool {
    let cjk = |c: char| matches!(c, '\u{3001}' | '\u{3005}' | '\u{3041}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}');
    // the cheap checks first: this runs for every line of every mail
    line.chars().next().is_some_and(cjk)
        && prev.chars().next_back().is_some_and(cjk)
        && prev.chars().count() >= 20
}

/// `ARC-Seal` and `ARC-Authentication-Results` headers, paired by their instance (`i=`).
#[derive(Default)]
struct ArcHeaders {
    seals: Vec<(u32, String)>,
    results: Vec<(u32, String)>,
}

impl ArcHeaders {
    /// `kind` is the header's name after "ARC-".
    fn add(&mut self, kind: &str, value: &str) {
        let tags = || value.split(';').map(str::trim);
        let tag = |t: &str| {
            tags()
                .find_map(|kv| kv.split_once('=').filter(|(k, _)| k.trim() == t))
                .map(|(_, v)| v.trim().to_ascii_lowercase())
        };
        let Some(instance) = tag("i").and_then(|i| i.parse::<u32>().ok()) else {
            return;
        };
        if kind.eq_ignore_ascii_case("Seal") {
            if let Some(d) = tag("d") {
                self.seals.push((instance, d));
            }
        } else if kind.eq_ignore_ascii_case("Authentication-Results") {
            // what follows "i=N;" is an ordinary Authentication-Results value
            let rest = value.split_once(';').map_or("", |(_, r)| r).trim();
            self.results.push((instance, rest.to_string()));
        }
    }

    fn sets(self) -> Vec<crate::core::auth::ArcSet> {
        let ArcHeaders { seals, results } = self;
        results
            .into_iter()
            .filter_map(|(instance, results)| {
                let sealer = seals.iter().find(|(i, _)| *i == instance)?.1.clone();
                Some(crate::core::auth::ArcSet {
                    instance,
                    sealer,
                    results,
                })
            })
            .collect()
    }
}

/// The address in an unstructured header's text ("Name <x@y>" or "x@y"), lower-cased.
fn address_in(text: &str) -> Option<Address> {
    let email = match (text.rfind('<'), text.rfind('>')) {
        (Some(a), Some(b)) if a < b => &text[a + 1..b],
        _ => text,
    }
    .trim()
    .to_ascii_lowercase();
    (email.contains('@') && !email.contains(char::is_whitespace))
        .then_some(Address { name: None, email })
}

fn first_address(a: &mail_parser::Address<'_>) -> Option<Address> {
    all_addresses(a).into_iter().next()
}

fn all_addresses(a: &mail_parser::Address<'_>) -> Vec<Address> {
    a.iter()
        .filter_map(|addr| {
            let email = addr.address.as_deref()?.trim().to_ascii_lowercase();
            if email.is_empty() {
                return None;
            }
            Some(Address {
                name: addr
                    .name
                    .as_deref()
                    .map(|n| normalize(n).trim().to_string())
                    .filter(|n| !n.is_empty()),
                email,
            })
        })
        .collect()
}

fn clean_id(s: &str) -> String {
    s.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_string()
}

fn ids(v: &HeaderValue<'_>) -> Vec<String> {
    match v {
        HeaderValue::Text(t) => vec![clean_id(t)],
        HeaderValue::TextList(l) => l.iter().map(|t| clean_id(t)).collect(),
        _ => vec![],
    }
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect()
}

/// Every quoted-history header as one alternation: its leftmost match is the earliest header,
/// found in one pass over the text.
fn quote_start_pattern() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| {
        let alternation = [
            // "On Tue, 4 Nov 2025 at 10:00, AWS <x@amazon.com> wrote:" (possibly wrapped once)
            r"(?im)^[ \t]*On\b[^\n]*(?:\n[^\n]*)?\bwrote:[ \t]*$",
            r"(?im)^[ \t]*-{2,}[ \t]*(?:Original(?:[ \t]+(?:Message|request|inquiry|enquiry|e-?mail|note|submission|ticket))?|Forwarded message|(?:Previous|Earlier|Prior) (?:message|correspondence|reply|e-?mail))[ \t]*-{2,}",
            r"(?im)^[ \t]*-{2,}[ \t]*(?:元のメッセージ|元のメール|転送メッセージ|転送されたメッセージ|(?:以前|前回|過去|これまで)の(?:やり取り|やりとり|メッセージ|メール|ご連絡|履歴)|(?:やり取り|メール)の?履歴)[ \t]*-{2,}",
            r"(?im)^[ \t]*Begin forwarded message:[ \t]*$",
            // a help desk's heading over the thread's older messages: "Previous comments:"
            // ("Correspondence history:", "==== Earlier messages in this case ====", "Earlier in this case:")
            r"(?im)^[ \t]*(?:#+|-{2,}|\*+|={2,})?[ \t]*(?:(?:previous|earlier|prior|older)[ \t]+(?:comments?|messages?|replies|responses|correspondence|updates|activity|conversation|e-?mails?)(?:[ \t]+(?:in|on|from|of)[ \t]+(?:this|the|your)[ \t]+(?:case|ticket|thread|request|conversation))?|earlier[ \t]+(?:in|on)[ \t]+(?:this|the)[ \t]+(?:case|ticket|thread|conversation)|(?:conversation|correspondence|ticket|case|message|e-?mail)[ \t]+history)[ \t]*:?[ \t]*(?:#+|-{2,}|\*+|={2,})?[ \t]*$",
            // a short attribution with its date after the verb: "Ana (AWS) wrote on 28 Nov 2025 09:02:"
            r"(?im)^[ \t]*[^\n]{1,80}\bwrote[ \t]+on[ \t]+[^\n]{4,60}:[ \t]*$",
            // a dated header between dashes: "---- 2021-10-13 08:22:17 +0000 のご連絡 ----"
            r"(?m)^[ \t]*-{2,}[^\n]*\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月)[^\n]*-{2,}[ \t]*$",
            r"(?m)^[ \t]*_{8,}[ \t]*$",
            // Outlook header blocks, English and Japanese
            r"(?im)^[ \t]*\*?From:\*?[ \t]+[^\n]+\n(?:[^\n]*\n){0,2}[ \t]*\*?(?:Sent|Date):\*?[ \t]",
            // the same with the date first: "Sent: 28 November 2025 09:02\nFrom: AWS …"
            r"(?im)^[ \t]*\*?(?:Sent|Date):\*?[ \t]+[^\n]+\n(?:[^\n]*\n){0,1}[ \t]*\*?From:\*?[ \t]+\S",
            r"(?m)^[ \t]*差出人[ \t]*:[^\n]*\n(?:[^\n]*\n){0,2}[ \t]*(?:送信日時|日付)[ \t]*:",
            // Japanese reply headers: "2025年11月4日(火) 10:00 AWS <x@amazon.com>:" and Thunderbird's
            r"(?m)^[ \t]*\d{4}年\d{1,2}月\d{1,2}日[^\n]*[:][ \t]*$",
            r"(?m)^[^\n]*(?:さんは書きました|さんが書きました|より)[ \t]*[:][ \t]*$",
            r"(?m)^[ \t]*\d{4}/\d{1,2}/\d{1,2}[^\n]*(?:wrote|書きました)[ \t]*:[ \t]*$",
            // a date, a time and a name before a colon: "2025/03/17 11:20 AWS 認定レコードチーム:"
            // (or in brackets: "[2025-11-28 09:02 UTC] Ana (AWS Training and Certification):")
            r"(?m)^[ \t]*[\[(]?\d{4}[-/]\d{1,2}[-/]\d{1,2}[^\n]{0,12}\b\d{1,2}:\d{2}\b[^\n]{1,80}[:：][ \t]*$",
        ]
        .iter()
        .map(|p| format!("(?:{p})"))
        .collect::<Vec<_>>()
        .join("|");
        crate::core::rules::static_re(&alternation)
    })
}

/// The part of `text` before the first quoted-history header.
pub fn split_quoted(text: &str) -> &str {
    &text[..quote_start(text)]
}

fn quote_start(text: &str) -> usize {
    let header = quote_header(text);
    // A help desk's thread, newest first: its older comments are history.
    let header = match comment_history(&text[..header]) {
        Some(history) if history.end == header => history.start,
        _ => header,
    };
    dashed_or(text, header)
}

/// Where the first quoted-history header starts, or the text's end.
fn quote_header(text: &str) -> usize {
    quote_start_pattern()
        .find(text)
        .map_or(text.len(), |m| m.start())
}

/// The history's start in `text`, given where its first header (or thread) starts: an earlier
/// line of dashes over a greeting starts it sooner.
/// The text without the external-sender banner a mail gateway put over it ("CAUTION: This
/// email originated from outside of the organization. Do not click links …", "[EXTERNAL]",
/// 【注意】このメールは社外から送信されています): the gateway's words, not the writer's, and
/// often set off by a line of dashes that would otherwise read as the start of quoted history.
/// Only a short first paragraph is looked at.
fn without_banner(text: String) -> String {
    static BANNER: OnceLock<Regex> = OnceLock::new();
    static END: OnceLock<Regex> = OnceLock::new();
    let banner = BANNER.get_or_init(|| {
        crate::core::rules::static_re(concat!(
            r"(?i)\b(?:e-?mail|message|mail)\s+(?:originated|came|comes|was\s+sent|arrived|is)\s+from\s+(?:an?\s+)?outside\b",
            r"|\b(?:do\s+not|don[\x27’]t)\s+(?:click|open)\b[^\n]*\b(?:links?|attachments?)\b[^\n]*\b(?:unless|sender)\b",
            r"|\A\W*\[\s*external\b",
            r"|\bexternal\s+(?:sender|e-?mail|message)\b[^\n]*\b(?:caution|careful|links?|attachments?|phishing)\b",
            r"|\b(?:caution|warning)\b[^\n]*\bexternal\s+(?:sender|e-?mail|message)\b",
            r"|(?:この|本)(?:メール|メッセージ)は(?:社外|外部|組織外)|(?:社外|外部|組織外)(?:から|より)(?:の|届い|送信|受信)",
        ))
    });
    // the paragraph ends at a blank line or a line of dashes, underscores or equals signs
    let end = END
        .get_or_init(|| crate::core::rules::static_re(r"\n[ \t]*(?:\n|[-_=*]{3,}[ \t]*(?:\n|\z))"));
    let start = text.len() - text.trim_start().len();
    let first = &text[start..];
    let (para, rest) = match end.find(first) {
        Some(m) => (&first[..m.start()], &first[m.end()..]),
        None => return text,
    };
    if para.len() > 600 || !banner.is_match(para) {
        return text;
    }
    rest.trim_start_matches(['\n', ' ', '\t']).to_string()
}

fn dashed_or(text: &str, header: usize) -> usize {
    dashed_history(&text[..header]).unwrap_or(header)
}

/// Where a help desk's thread of comments keeps its history: each comment sits under its
/// author's name and a line with its date and time ("Ana (AWS Training and Certification)\nDec
/// 3, 2025, 10:14 GMT"), with no quote header to say which comments are old. Found by structure:
/// two or more such name-and-date headers. Newest first (the first dated later than every
/// other), the history is everything from the second header's name line; oldest first (the last
/// dated later than every other), it is from the first header up to the last. Otherwise, or with
/// one header, `None`.
fn comment_history(text: &str) -> Option<std::ops::Range<usize>> {
    static DATE: OnceLock<Regex> = OnceLock::new();
    let date = DATE.get_or_init(|| {
        crate::core::rules::static_re(concat!(
            // the author's name may open the line: "Ana (Support), Dec 3, …", "Ana replied — …"
            r"(?im)^[ \t]*(?:(?P<who>[^\n\d:：]{1,60}?)[ \t]*(?:[,|]|[ \t](?:replied|commented|wrote|responded|answered)\b)[ \t,|—–-]*(?:on[ \t]+)?)?",
            r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?(?:",
            r"(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(?P<y1>\d{4})",
            r"|(?P<d2>\d{1,2})[ \t]+(?P<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[ \t]+(?P<y2>\d{4})",
            r"|(?P<y3>\d{4})[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2})",
            r"|(?P<y4>\d{4})年(?P<m4>\d{1,2})月(?P<d4>\d{1,2})日(?:[ \t]*[(（][^)）\n]{1,3}[)）])?",
            r"),?[ \t]*(?:at[ \t]+|@[ \t]*)?(?P<h>\d{1,2}):(?P<min>\d{2})(?::\d{2})?[ \t]*(?P<pm>[ap]\.?m\.?)?",
            r"(?:[ \t]*(?:[a-z]{2,5}|(?:utc|gmt)[ \t]*[+-][ \t]*\d{1,2}(?::?\d{2})?|[+-]\d{4}|\([^)\n]{1,40}\)))?[ \t]*$",
        ))
    });
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let num = |c: &regex::Captures<'_>, names: &[&str]| -> u32 {
        names.iter().find_map(|n| c.name(n)).map_or(0, |m| {
            let t = m.as_str().to_ascii_lowercase();
            MONTHS
                .iter()
                .position(|name| *name == t)
                .map_or_else(|| t.parse().unwrap_or(0), |i| i as u32 + 1)
        })
    };
    // (where the header's name line starts, (year, month, day, hour, minute), where it ends)
    type Header = (usize, (u32, u32, u32, u32, u32), usize);
    let headers: Vec<Header> = date
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            // The author's name at the line's start, or on the line before: short, no digits,
            // not a label ("Sent:").
            let (name_at, name) = match c.name("who") {
                Some(who) => (whole.start(), who.as_str().trim()),
                None => {
                    let before = text[..whole.start()].trim_end_matches(['\n', ' ', '\t']);
                    let name_at = before.rfind('\n').map_or(0, |i| i + 1);
                    (name_at, before[name_at..].trim())
                }
            };
            let is_name = !name.is_empty()
                && name.chars().count() <= 60
                && !name.ends_with([':', '：'])
                && !name.chars().any(|ch| ch.is_ascii_digit());
            if !is_name {
                return None;
            }
            let h = num(&c, &["h"]);
            let hour = match c.name("pm").map(|m| m.as_str().starts_with(['p', 'P'])) {
                Some(true) => h % 12 + 12,
                Some(false) => h % 12,
                None => h,
            };
            let key = (
                num(&c, &["y1", "y2", "y3", "y4"]),
                num(&c, &["m1", "m2", "m3", "m4"]),
                num(&c, &["d1", "d2", "d3", "d4"]),
                hour,
                num(&c, &["min"]),
            );
            Some((name_at, key, whole.end()))
        })
        .collect();
    // Each header has a comment under it: dated lines listed one under another ("New
    // appointment\nDec 10, 2025 10:00\nOld appointment\nDec 3, 2025 10:00") are not a thread.
    let ends = headers.iter().skip(1).map(|h| h.0).chain([text.len()]);
    if headers
        .iter()
        .zip(ends)
        .any(|(h, end)| text[h.2..end].trim().chars().count() < 15)
    {
        return None;
    }
    let (first, rest) = headers.split_first()?;
    let (last, middle) = rest.split_last()?;
    if rest.iter().all(|h| first.1 > h.1) {
        Some(rest[0].0..text.len())
    } else if std::iter::once(first).chain(middle).all(|h| last.1 > h.1) {
        Some(first.0..last.0)
    } else {
        None
    }
}

/// An earlier correspondence under a line of dashes: the line, then a greeting ("-----\nHi
/// Mizuki,", "-----\n黒崎様"). Not when a second line of dashes closes the block and something
/// other than another greeting follows it: that frames a message (a notice's "The latest
/// correspondence follows. ----- Hello Sora, … ----- <footer>"), it quotes nothing.
fn dashed_history(text: &str) -> Option<usize> {
    static START: OnceLock<Regex> = OnceLock::new();
    static LINE: OnceLock<Regex> = OnceLock::new();
    let start = START.get_or_init(|| {
        crate::core::rules::static_re(r"(?im)^[ \t]*-{3,}[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:(?:hi|hello|dear|hey|good\s+(?:morning|afternoon|evening))\b[^\n]{0,60}|[^\n]{1,20}様)[ \t]*$")
    });
    let line = LINE.get_or_init(|| crate::core::rules::static_re(r"(?m)^[ \t]*-{3,}[ \t]*$"));
    let m = start.find(text)?;
    let framed = line.find(&text[m.end()..]).is_some_and(|close| {
        let after = &text[m.end() + close.end()..];
        !after.trim().is_empty()
            && start
                .find(&text[m.end() + close.start()..])
                .is_none_or(|g| g.start() != 0)
    });
    (!framed).then_some(m.start())
}

/// The writer's own text: what comes before the quoted history, and, when the writer forwards a
/// message inline and closes it with a line of dashes ("Please find below the note from our
/// team: ---------- Forwarded message ---------- … ---------- Kindly share the above details"),
/// what they wrote after it too. History quoted at the end of a reply has no closing line.
fn own_text(text: &str, cut: usize, from_name: &str) -> String {
    let before = &text[..cut];
    let after = forward_header()
        .find(&text[cut..])
        .and_then(|m| {
            forward_close()
                .find(&text[cut + m.end()..])
                .map(|c| cut + m.end() + c.end())
        })
        .map(|end| split_quoted(&text[end..]).trim())
        .filter(|rest| !rest.is_empty());
    match after.or_else(|| bottom_posted(&text[cut..])) {
        Some(rest) => format!("{}\n\n{rest}", before.trim_end()),
        None => match pointed_to_below(before, &text[cut..], from_name) {
            Some(again) => format!("{}\n\n{again}", before.trim_end()),
            None => with_marked_answers(before, &text[cut..]),
        },
    }
}

/// A short note that points to the writer's own earlier message quoted under it ("Reminder:
/// see my question below.", "Resending my message below.", 下記のご質問へのご回答をお待ちして
/// おります, 下記のメールを再送いたします): the earlier message is asked
/// again, so its text is the writer's too — only the message the note quotes first, only when its
/// attribution names the same sender ("On 12/03/2025, AWS Training and Certification wrote:").
fn pointed_to_below(before: &str, quoted: &str, from_name: &str) -> Option<String> {
    static POINTER: OnceLock<Regex> = OnceLock::new();
    let pointer = POINTER.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\b(?:see|re-?read|refer\s+to|answer|reply\s+to|still\s+(?:need|waiting\s+for|waiting\s+on)|re-?send(?:ing)?|forward(?:ing)?\s+again)\s+(?:my|our|the)\s+(?:(?:earlier|previous|last)\s+)?(?:questions?|requests?|message|e-?mail|note)\s+(?:below|underneath)\b|下記の(?:ご)?質問|下記(?:の)?(?:メール|ご連絡|ご依頼)への(?:ご)?(?:回答|返信|返答)|下記(?:の)?(?:メール|ご連絡|ご依頼|ご質問|内容)を(?:再送|再度お送り|改めてお送り|再度送信)",
        )
    });
    let name = from_name.trim();
    let short = before.split_whitespace().count() <= 40 && before.chars().count() <= 400;
    if name.chars().count() < 3 || !short || !pointer.is_match(before) {
        return None;
    }
    // (under a rule line: "---------- Previous correspondence ----------", "-----Original Message-----")
    let quoted = quoted.trim_start();
    let quoted = match quoted.split_once('\n') {
        Some((rule, rest)) if rule.trim_start().starts_with("---") => rest.trim_start(),
        _ => quoted,
    };
    let (attribution, body) = quoted.split_once('\n')?;
    if !attribution.to_lowercase().contains(&name.to_lowercase()) {
        return None;
    }
    let unquoted: Vec<&str> = body
        .lines()
        .map(|l| {
            let l = l.trim_start();
            l.strip_prefix("> ").or(l.strip_prefix('>')).unwrap_or(l)
        })
        .collect();
    let unquoted = unquoted.join("\n");
    let first = strip_quote_lines(split_quoted(&unquoted));
    (!first.trim().is_empty()).then_some(first)
}

/// Stands, in text converted from HTML, before each run of text written in the colour the
/// writer announced their answers in ("I've answered your points below in blue."). A character
/// of Unicode's private use area: no mail means it, and it is removed once the answers are read.
const COLOUR_MARK: char = '\u{E000}';

/// `text` without [`COLOUR_MARK`]s, copied only when it has one (most mail has none).
fn without_colour_marks(text: String) -> String {
    if text.contains(COLOUR_MARK) {
        text.replace(COLOUR_MARK, "")
    } else {
        text
    }
}

/// An announcement that answers stand inside the quoted original in a colour: the colour's word
/// ("below in blue", 青字で回答), and where the announcement ends.
fn announced_colour(text: &str) -> Option<(&'static str, usize)> {
    static ANNOUNCE: OnceLock<Regex> = OnceLock::new();
    let announce = ANNOUNCE.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\b(?:answer(?:s|ed)?|repl(?:y|ies|ied)|respon(?:ses?|ded)|comments?|notes?)\b[^.\n]{0,60}?\bin\s+(blue|red|green|purple|orange)\b|(青|赤|緑)(?:字|色|文字)で[^。\n]{0,20}(?:回答|返信|ご返答|お答え|記載|追記)",
        )
    });
    let c = announce.captures(text)?;
    let word = match c
        .get(1)
        .or(c.get(2))?
        .as_str()
        .to_ascii_lowercase()
        .as_str()
    {
        "blue" | "青" => "blue",
        "red" | "赤" => "red",
        "green" | "緑" => "green",
        "purple" => "purple",
        _ => "orange",
    };
    Some((word, c.get(0)?.end()))
}

/// The colour word a CSS or `<font>` colour value reads as: a name ("navy", "darkred") or an
/// RGB value (`#0070C0` is blue, `#C00000` red), `None` for black, grey and anything unclear.
fn colour_word(value: &str) -> Option<&'static str> {
    let v = value
        .trim()
        .trim_end_matches("!important")
        .trim()
        .to_ascii_lowercase();
    let named = [
        ("navy", "blue"),
        ("blue", "blue"),
        ("red", "red"),
        ("crimson", "red"),
        ("maroon", "red"),
        ("green", "green"),
        ("purple", "purple"),
        ("violet", "purple"),
        ("orange", "orange"),
    ];
    if let Some(&(_, w)) = named.iter().find(|(n, _)| v.contains(n)) {
        return Some(w);
    }
    let (r, g, b) = if let Some(hex) = v.strip_prefix('#') {
        let digit = |i: usize, n: usize| u8::from_str_radix(hex.get(i..i + n)?, 16).ok();
        match hex.len() {
            6 => (digit(0, 2)?, digit(2, 2)?, digit(4, 2)?),
            3 => (digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17),
            _ => return None,
        }
    } else {
        let inner = v.strip_prefix("rgb(")?.strip_suffix(')')?;
        let mut n = inner.split(',').map(|x| x.trim().parse::<u8>().ok());
        (n.next()??, n.next()??, n.next()??)
    };
    let (r, g, b) = (i32::from(r), i32::from(g), i32::from(b));
    if b >= 0x60 && b > r + 0x30 && b > g + 0x10 {
        Some("blue")
    } else if r >= 0x60 && b >= 0x60 && r > g + 0x30 && b > g + 0x40 {
        Some("purple")
    } else if r >= 0x99 && r > g + 0x50 && r > b + 0x50 && g < 0x60 {
        Some("red")
    } else if r >= 0xc0 && (0x50..0xc0).contains(&g) && b < 0x60 {
        Some("orange")
    } else if g >= 0x60 && g > r + 0x30 && g > b + 0x10 {
        Some("green")
    } else {
        None
    }
}

/// HTML whose writer answers inside the quoted original in a colour they announce ("I've
/// answered your points below in blue."): every element written in that colour gets
/// [`COLOUR_MARK`] at its start, so the converted text still shows which lines are theirs.
fn mark_coloured_answers<'h>(html: &'h str, colour: &str) -> std::borrow::Cow<'h, str> {
    static TAG: OnceLock<Regex> = OnceLock::new();
    let tag = TAG.get_or_init(|| {
        crate::core::rules::static_re(
            r#"(?i)<(?:p|div|span|font|td|li|b|i|strong|em)\b[^>]*?(?:\bcolor\s*:\s*([^;"'>]+)|\bcolor\s*=\s*["']?([^"'\s>]+))[^>]*>"#,
        )
    });
    let mut out = String::with_capacity(html.len() + 64);
    let mut last = 0;
    for c in tag.captures_iter(html) {
        let (Some(all), Some(value)) = (c.get(0), c.get(1).or(c.get(2))) else {
            continue;
        };
        if colour_word(value.as_str()) == Some(colour) {
            out.push_str(&html[last..all.end()]);
            out.push(COLOUR_MARK);
            last = all.end();
        }
    }
    if last == 0 {
        return html.into();
    }
    out.push_str(&html[last..]);
    out.into()
}

/// Answers written inside the quoted original and announced as such ("Please see my answers
/// below, marked [AWS].", "I've answered your points below in blue." in HTML mail): the quoted
/// lines that start with the announced tag, or that the writer wrote in the announced colour, are
/// their own text, read right after the paragraph that announces them (before any sign-off).
/// Each answer stays a paragraph of its own, apart from the next: between them stood the
/// person's next question, so a question ending one answer is not answered by the next ("…is 31
/// March final, or could it still move?" then "Yes. Unused vouchers move too.").
fn with_marked_answers(before: &str, quoted: &str) -> String {
    static ANNOUNCE: OnceLock<Regex> = OnceLock::new();
    let announce = ANNOUNCE.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\b(?:answers?|replies|responses|comments|notes)\b[^.\n]{0,40}\b(?:below|inline|in\s+line)\b[^.\n]{0,40}\b(?:marked|prefixed|tagged|starting)\s+(?:with\s+)?(\[[^\]\n]{1,16}\])",
        )
    });
    let (tag, end_of_announcement) = match announce.captures(before) {
        Some(c) => match (c.get(0), c.get(1)) {
            (Some(all), Some(tag)) => (tag.as_str().to_string(), all.end()),
            _ => return before.to_string(),
        },
        None if !before.contains(COLOUR_MARK) && !quoted.contains(COLOUR_MARK) => {
            match signed_tag(before, quoted) {
                Some(found) => found,
                None => return before.to_string(),
            }
        }
        None => {
            match announced_colour(&before.replace(COLOUR_MARK, "")) {
                Some(_) => match announced_colour(before) {
                    Some((_, end)) => (COLOUR_MARK.to_string(), end),
                    // a mark inside the announcement: read the answers after all of it
                    None => (COLOUR_MARK.to_string(), before.len()),
                },
                None => return before.to_string(),
            }
        }
    };
    let answers: Vec<&str> = quoted
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix(tag.as_str()))
        .map(|l| l.trim_start_matches(COLOUR_MARK).trim())
        .filter(|l| !l.is_empty())
        .collect();
    if answers.is_empty() {
        return before.to_string();
    }
    let end = before[end_of_announcement..]
        .find("\n\n")
        .map_or(before.len(), |i| end_of_announcement + i);
    format!(
        "{}\n\n{}\n\n{}",
        before[..end].trim_end(),
        answers.join(ANSWER_APART),
        before[end..].trim_start()
    )
}

/// Answers tagged with the writer's own name inside the quoted original, under a note that
/// points below ("See below. Sung-min" over lines "[Sung-min] Glad to hear it."): the tag, when
/// the name in it is one the note signs with; and where the pointer ends.
fn signed_tag(before: &str, quoted: &str) -> Option<(String, usize)> {
    static TAG: OnceLock<Regex> = OnceLock::new();
    static BELOW: OnceLock<Regex> = OnceLock::new();
    let below = BELOW.get_or_init(|| {
        crate::core::rules::static_re(r"(?i)\b(?:below|inline|in\s+line)\b|下記|以下")
    });
    let at = below.find(before)?.end();
    let tag =
        TAG.get_or_init(|| crate::core::rules::static_re(r"(?m)^[ \t]*(\[([^\[\]\n]{2,24})\])"));
    tag.captures_iter(quoted).find_map(|c| {
        let name = c.get(2)?.as_str().trim();
        let signs = before
            .lines()
            .any(|l| l.trim() == name || l.trim().starts_with(&format!("{name} ")));
        signs.then(|| c.get(1).map(|t| (t.as_str().to_string(), at)))?
    })
}

/// Between two answers read from the quoted original: an elision where the person's next
/// question stood, so that no answer is read as answering the question that ends the one before.
const ANSWER_APART: &str = "\n\n[…]\n\n";

/// The header line of a message forwarded inline, at the start of the quoted part.
fn forward_header() -> &'static Regex {
    static HEADER: OnceLock<Regex> = OnceLock::new();
    HEADER.get_or_init(|| {
        crate::core::rules::static_re(r"(?im)\A[ \t]*(?:-{2,}[ \t]*(?:Forwarded message|転送メッセージ|転送されたメッセージ)[ \t]*-{2,}|Begin forwarded message:)[ \t]*\n")
    })
}

/// The line that closes a message forwarded inline.
fn forward_close() -> &'static Regex {
    static CLOSE: OnceLock<Regex> = OnceLock::new();
    CLOSE.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?im)^[ \t]*(?:-{8,}|-*[ \t]*End of forwarded message[ \t]*-*)[ \t]*$",
        )
    })
}

/// The message forwarded right under the writer's own text (`quoted`: the text from the first
/// quoted-history header on), and its `From:` line: the lines after the forward's header line,
/// past its header fields, up to the line of dashes that closes it or its own quoted history.
fn forwarded(quoted: &str) -> (String, String) {
    let Some(m) = forward_header().find(quoted) else {
        return (String::new(), String::new());
    };
    let (rest, from) = header_fields(&quoted[m.end()..]);
    let end = forward_close().find(rest).map_or(rest.len(), |c| c.start());
    let body = strip_quote_lines(split_quoted(&rest[..end]));
    (body, from)
}

/// The quoted history under the writer's text read as one quoted message (an Outlook forward
/// looks like its reply: a rule line, then the message's header fields): all of it, and the
/// `From:` field of the header block it opens with (empty when there is none).
pub fn quoted_message(text: &str) -> (&str, String) {
    let (quoted, _, from) = quoted_block(text);
    (quoted, from)
}

/// [`quoted_message`], with the text after its header block (the quoted message's body).
fn quoted_block(text: &str) -> (&str, &str, String) {
    let quoted = &text[quote_start(text)..];
    // past the line that opens the block ("________________", "-----Original Message-----")
    let fields = match quoted.split_once('\n') {
        Some((first, after)) if !field_line().is_match(first.trim()) => after,
        _ => quoted,
    };
    let (body, from) = header_fields(fields);
    (quoted, body, from)
}

/// "Subject: …", "*From:* …", "差出人: …": a name of at most three words, then a colon.
fn field_line() -> &'static Regex {
    static FIELD: OnceLock<Regex> = OnceLock::new();
    FIELD.get_or_init(|| {
        crate::core::rules::static_re(
            r"\A[ \t]*\*?([^\s:*]{1,20}(?:[ \t][^\s:*]{1,12}){0,2})\*?[ \t]*:(.*)\z",
        )
    })
}

/// The header fields `rest` starts with (blank lines between them too): the text after them,
/// and the value of the first `From:` / `差出人:` field.
fn header_fields(mut rest: &str) -> (&str, String) {
    let mut from = String::new();
    while let Some(line) = rest.split_inclusive('\n').next() {
        let t = line.trim();
        match field_line().captures(t) {
            Some(c) if !t.is_empty() => {
                let name = c[1].to_ascii_lowercase();
                if from.is_empty() && (name == "from" || name == "差出人") {
                    from = c[2].trim().to_string();
                }
            }
            _ if t.is_empty() => {}
            _ => break,
        }
        rest = &rest[line.len()..];
    }
    (rest, from)
}

/// The writer's text under a quoted message (bottom-posting): a quote header ("…さんは書きました:",
/// at most two lines), then only `>` lines, then text of their own. Not under a separator line
/// ("--- 2025年3月26日 … からのメッセージ ---", "-----Original Message-----"): that prints the
/// earlier message whole, and text after `>` lines in it is that message's own bottom-posting.
fn bottom_posted(quote: &str) -> Option<&str> {
    let first = quote.trim_start();
    if first.starts_with("--") || first.starts_with("__") {
        return None;
    }
    let mut offset = 0;
    let mut header_lines = 0;
    let mut quoted = 0;
    for line in quote.split_inclusive('\n') {
        let t = line.trim();
        if t.starts_with('>') {
            quoted += 1;
        } else if !t.is_empty() {
            if quoted > 0 {
                break;
            }
            header_lines += 1;
            if header_lines > 2 {
                return None;
            }
        }
        offset += line.len();
    }
    if quoted == 0 {
        return None;
    }
    let own = split_quoted(&quote[offset..]).trim();
    (!own.is_empty()).then_some(own)
}

/// Drops `>`-quoted lines (and the blank lines they leave behind at the end).
fn strip_quote_lines(text: &str) -> String {
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with('>'))
        .collect();
    kept.join("\n").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(body: &str) -> Mail {
        let raw = format!(
            "From: AWS <aws-cs-trainingcertification-form@amazon.com>\r\nTo: a@b.jp\r\nSubject: test\r\nMessage-ID: <m1@x>\r\n\r\n{body}"
        );
        Mail::parse(raw.as_bytes()).unwrap()
    }

    #[test]
    fn a_gateways_external_sender_banner_is_not_the_writers_text() {
        let body = "CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender.\r\n------------------------------------------------------------\r\n\r\nHi Kenta,\r\n\r\nDo you want me to merge everything into Account #1?\r\n\r\nRahul";
        let m = mail(body);
        assert!(!m.new_text.contains("CAUTION"), "{}", m.new_text);
        assert!(m.new_text.contains("merge everything"), "{}", m.new_text);
        let ja = mail("【注意】このメールは社外から送信されています。リンクに注意してください。\r\n\r\nケンタ様\r\n\r\nどちらのアカウントを残すかご返信ください。");
        assert!(!ja.new_text.contains("社外"), "{}", ja.new_text);
        assert!(ja.new_text.contains("ご返信ください"), "{}", ja.new_text);
        // a first paragraph that only mentions an external address is the writer's
        let own = mail("Please reply from an external email address you still use.\r\n\r\nRahul");
        assert!(own.new_text.starts_with("Please reply"), "{}", own.new_text);
        // bilingual, over three lines, naming the company
        let two = mail("[社外] 社外から届いたメールです / This message came from outside Example Systems.\r\n差出人に心当たりのない場合、リンクを開かないでください。\r\nDo not open links or attachments unless you know the sender.\r\n--------\r\n\r\nHello Haruka,\r\n\r\nWhich account should we keep?");
        assert!(two.new_text.starts_with("Hello Haruka"), "{}", two.new_text);
        // a terse first line of the writer's own about where a reply came from stays
        let terse = mail("Your reply came from outside the case thread, so please resend it from the address on the case.\r\n\r\nRahul");
        assert!(
            terse.new_text.starts_with("Your reply came"),
            "{}",
            terse.new_text
        );
        let tag = mail("[EXTERNAL] Be careful with links.\r\n\r\nHi Kenta,\r\n\r\nDone.");
        assert!(tag.new_text.starts_with("Hi Kenta"), "{}", tag.new_text);
    }

    #[test]
    fn arc_sets_and_a_lists_rewritten_from_are_read() {
        let raw = "ARC-Seal: i=2; a=rsa-sha256; cv=pass; d=google.com; s=arc; b=x\r\nARC-Authentication-Results: i=2; mx.google.com; arc=pass\r\nARC-Seal: i=1; a=rsa-sha256; d=Lists.Corp.Example; s=s; cv=none; b=y\r\nARC-Authentication-Results: i=1; lists.corp.example;\r\n\tdmarc=pass header.from=amazon.com\r\nList-Id: <aws.lists.corp.example>\r\nFrom: \"aws-cs at amazon.com via aws\" <aws@lists.corp.example>\r\nReply-To: aws-cs@amazon.com\r\nTo: a@corp.example\r\nSubject: x\r\n\r\nbody";
        let m = Mail::parse(raw.as_bytes()).unwrap();
        assert_eq!(m.arc.len(), 2);
        let first = m.arc.iter().find(|s| s.instance == 1).unwrap();
        assert_eq!(first.sealer, "lists.corp.example");
        assert!(
            first.results.starts_with("lists.corp.example;"),
            "{}",
            first.results
        );
        assert!(first.results.contains("dmarc=pass"));
        assert_eq!(m.list_author.unwrap().email, "aws-cs@amazon.com");
        // Google Groups keeps the author in X-Original-From
        let gg = Mail::parse(b"List-Id: <g.googlegroups.com>\r\nX-Original-From: AWS <aws-cs@amazon.com>\r\nFrom: \"'AWS' via g\" <g@googlegroups.com>\r\nReply-To: g@googlegroups.com\r\nSubject: x\r\n\r\nb").unwrap();
        assert_eq!(gg.list_author.unwrap().email, "aws-cs@amazon.com");
        // a list that leaves the From alone, and a "via" without a list, have none
        let plain = Mail::parse(b"List-Id: <l.example>\r\nFrom: AWS <aws-cs@amazon.com>\r\nReply-To: l@example.com\r\nSubject: x\r\n\r\nb").unwrap();
        assert!(plain.list_author.is_none());
        let via = Mail::parse(b"From: \"Ana via Support\" <s@example.com>\r\nReply-To: ana@example.com\r\nSubject: x\r\n\r\nb").unwrap();
        assert!(via.list_author.is_none());
    }

    #[test]
    fn empty_and_garbage_are_errors_not_panics() {
        assert_eq!(Mail::parse(b"").unwrap_err(), MailError::Empty);
        assert_eq!(Mail::parse(b" \r\n\t").unwrap_err(), MailError::Empty);
        // Random bytes: either an error or a mail with no meaningful headers, never a panic.
        let _ = Mail::parse(&[0xff, 0xfe, 0x00, 0x13, 0x80, b':', b'\n']);
    }

    #[test]
    fn answers_announced_as_marked_inside_the_quote_are_the_writers_own() {
        let m = mail("Hi Ken,\r\n\r\nThanks. My answers are below, marked [AWS].\r\n\r\nAna\r\nAWS Training and Certification\r\n\r\n-----Original Message-----\r\nFrom: Ken <ken@gmail.com>\r\nSent: Monday\r\n\r\n> Is my company account linked to a partner?\r\n[AWS] It is. When is your last working day there?\r\n\r\nWill my voucher move?\r\n[AWS] Yes.\r\n");
        assert_eq!(
            m.new_text,
            "Hi Ken,\n\nThanks. My answers are below, marked [AWS].\n\nIt is. When is your last working day there?\n\n[…]\n\nYes.\n\nAna\nAWS Training and Certification"
        );
        // Without the announcement, the quoted part stays quoted, tags or not.
        let m = mail("Hi Ken,\r\n\r\nSee below.\r\n\r\n-----Original Message-----\r\nFrom: Ken <ken@gmail.com>\r\nSent: Monday\r\n\r\n[AWS] When is your last working day?\r\n");
        assert_eq!(m.new_text, "Hi Ken,\n\nSee below.");
    }

    #[test]
    fn answers_announced_in_a_colour_inside_the_quote_are_the_writers_own() {
        let html = "<p style=\"color:#0070C0\">Hi Ken,</p><p style=\"color:#0070C0\">I've answered your points below in blue.</p><p style=\"color:#0070C0\">Ana</p><div style=\"border:none;border-top:solid #E1E1E1 1.0pt\"><p><b>From:</b> Ken &lt;ken@gmail.com&gt;<br><b>Sent:</b> Monday</p></div><p>1. Can the third account be merged too?</p><p style=\"color:#0070C0\">Yes, the same way.</p><p>2. I don't know its candidate ID.</p><p><span style=\"color:rgb(0,112,192)\">Sign in to it once and send me the ID at the top right.</span></p><p style=\"color:#C00000\">Not an answer: another colour.</p>";
        let raw = format!(
            "From: AWS <aws-cs-trainingcertification-form@amazon.com>\r\nTo: ken@gmail.com\r\nSubject: RE: merge\r\nMessage-ID: <m1@x>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}"
        );
        let m = Mail::parse(raw.as_bytes()).unwrap();
        assert!(m.new_text.contains("Yes, the same way."), "{}", m.new_text);
        assert!(m.new_text.contains("send me the ID"), "{}", m.new_text);
        assert!(
            !m.new_text.contains("Can the third account"),
            "{}",
            m.new_text
        );
        assert!(!m.new_text.contains("another colour"), "{}", m.new_text);
        assert!(!m.text.contains(COLOUR_MARK) && !m.new_text.contains(COLOUR_MARK));
        // Without the announcement, coloured quoted text stays quoted.
        let m = Mail::parse(raw.replace("below in blue", "below").as_bytes()).unwrap();
        assert!(!m.new_text.contains("Yes, the same way."), "{}", m.new_text);
    }

    #[test]
    fn a_note_pointing_to_the_writers_question_below_asks_it_again() {
        let raw = "From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\r\nTo: a@b.jp\r\nSubject: RE: merge\r\nMessage-ID: <m1@x>\r\n\r\nHi Ken,\r\n\r\nReminder: see my question below.\r\n\r\nAna\r\n\r\nOn 12/03/2025 00:55 UTC, AWS Training and Certification wrote:\r\n> Hello Ken,\r\n>\r\n> Do both profiles belong to you, and is Account #1 the one to keep?\r\n>\r\n> ---------- Previous correspondence ----------\r\n> Hello Ken, the hold is lifted.\r\n";
        let m = Mail::parse(raw.as_bytes()).unwrap();
        assert!(
            m.new_text.contains("Account #1 the one to keep?"),
            "{}",
            m.new_text
        );
        assert!(!m.new_text.contains("hold is lifted"), "{}", m.new_text);
        // Quoting someone else's message, the note asks nothing of it.
        let other = raw.replace(
            "AWS Training and Certification wrote:",
            "Ken Ito <ken@gmail.com> wrote:",
        );
        let m = Mail::parse(other.as_bytes()).unwrap();
        assert!(!m.new_text.contains("Account #1"), "{}", m.new_text);
    }

    #[test]
    fn a_note_resending_the_writers_mail_below_a_rule_line_asks_it_again() {
        let raw = "From: =?UTF-8?B?QVdTIOODiOODrOODvOODi+ODs+OCsOOBqOiqjeWumg==?= <aws-cs-trainingcertification-form@amazon.com>\r\nTo: a@b.jp\r\nSubject: RE: exam-history\r\nMessage-ID: <m1@x>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n水澤 様\r\n\r\n森本です。\r\n念のため、下記のメールを再送いたします。\r\n\r\n---------- Previous correspondence ----------\r\n[2025-03-20 02:30 UTC] AWS トレーニングと認定 wrote:\r\n\r\n調査のため以下の情報をお知らせいただけますでしょうか。\r\n";
        let m = Mail::parse(raw.as_bytes()).unwrap();
        assert!(
            m.new_text.contains("お知らせいただけますでしょうか"),
            "{}",
            m.new_text
        );
        let en = "From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\r\nTo: a@b.jp\r\nSubject: RE: merge\r\nMessage-ID: <m2@x>\r\n\r\nHi Ken,\r\n\r\nResending my message below in case it got lost.\r\n\r\nAna\r\n\r\n-----Original Message-----\r\nFrom: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\r\n\r\nCould you send the candidate ID of the old account?\r\n";
        let m = Mail::parse(en.as_bytes()).unwrap();
        assert!(
            m.new_text.contains("Could you send the candidate ID"),
            "{}",
            m.new_text
        );
        // Only the writer's own mail is asked again.
        let theirs = en.replace(
            "From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\r\n\r\nCould",
            "From: Ken Ito <ken@gmail.com>\r\n\r\nCould",
        );
        let m = Mail::parse(theirs.as_bytes()).unwrap();
        assert!(!m.new_text.contains("candidate ID"), "{}", m.new_text);
    }

    #[test]
    fn answers_tagged_with_the_writers_name_inside_the_quote_are_theirs() {
        let m = mail("Hi Ken,\r\n\r\nSee below.\r\n\r\nSung-min\r\nAWS Training and Certification\r\n\r\n-----Original Message-----\r\nFrom: Ken <ken@gmail.com>\r\nSent: Friday\r\n\r\nThe voucher is missing.\r\n\r\n[Sung-min] Did you apply it to the 3 April booking? If so, I need its registration number.\r\n\r\n[Ken] a note of the person's own\r\n");
        assert!(
            m.new_text.contains("I need its registration number"),
            "{}",
            m.new_text
        );
        assert!(
            !m.new_text.contains("The voucher is missing"),
            "{}",
            m.new_text
        );
        assert!(
            !m.new_text.contains("a note of the person"),
            "{}",
            m.new_text
        );
    }

    #[test]
    fn text_under_quoted_lines_inside_a_message_printed_whole_is_that_messages() {
        // The earlier message, under a separator line, bottom-posts its own reply: not ours.
        let m = mail("佐々木 様\r\n\r\n本ケースを再開いたしました。\r\n\r\n中村\r\n\r\n--- 2025年3月26日 23:00 佐々木 遼 <ryo@gmail.com> からのメッセージ ---\r\n2023年11月14日(火) 15:20 AWS <x@amazon.com>:\r\n> 氏名を修正いたしました。\r\n\r\n同じ件で再度ご相談させてください。\r\n");
        assert!(!m.new_text.contains("再度ご相談"), "{}", m.new_text);
        // Under an attribution line, text after the quoted lines is the writer's own.
        let m = mail("On Mon, Nov 3, 2025 at 10:00 AM Ken <ken@gmail.com> wrote:\r\n> Is it done?\r\n\r\nYes, the merge is complete.\r\n");
        assert!(m.new_text.contains("merge is complete"), "{}", m.new_text);
    }

    #[test]
    fn colours_read_as_their_words() {
        for (v, w) in [
            ("#0070C0", Some("blue")),
            ("#1F4E79", Some("blue")),
            ("navy", Some("blue")),
            ("rgb(0, 0, 255)", Some("blue")),
            ("#C00000", Some("red")),
            ("#f00", Some("red")),
            ("#00B050", Some("green")),
            ("#7030A0", Some("purple")),
            ("#ED7D31", Some("orange")),
            ("#000000", None),
            ("#595959", None),
            ("windowtext", None),
        ] {
            assert_eq!(colour_word(v), w, "{v}");
        }
    }

    #[test]
    fn a_mail_rules_forward_yields_the_original_and_a_persons_forward_does_not() {
        let inline = "From: Kei <kei@work.example>\r\nTo: kei@gmail.com\r\nSubject: FW: RE:[CASE 176221723200417] Account merge\r\nX-MS-Exchange-Inbox-Rules-Loop: kei@work.example\r\nDate: Tue, 4 Nov 2025 10:00:00 +0000\r\nMessage-ID: <fw1@work.example>\r\n\r\n\r\n________________________________\r\nFrom: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\r\nSent: Tuesday, November 4, 2025 9:58 AM\r\nTo: kei@work.example\r\nSubject: RE:[CASE 176221723200417] Account merge\r\n\r\nHello Kei,\r\n\r\nPlease confirm which account to keep.\r\n\r\nMarco\r\n";
        let m = Mail::parse(inline.as_bytes()).unwrap();
        assert!(m.auto_forwarded);
        let o = m.rule_forwarded().expect("the original");
        assert_eq!(
            o.from.as_ref().map(|f| f.email.as_str()),
            Some("aws-cs-trainingcertification-form@amazon.com")
        );
        assert_eq!(o.subject, "RE:[CASE 176221723200417] Account merge");
        assert!(
            o.new_text.contains("Please confirm which account to keep."),
            "{o:?}"
        );
        assert_eq!(o.message_id.as_deref(), Some("fw1@work.example"));
        assert_eq!(o.date, m.date);
        // Forwarded as an attachment, by a rule that says so in Auto-Submitted.
        let attached = "From: Kei <kei@work.example>\r\nTo: kei@gmail.com\r\nSubject: FW: RE:[CASE 176221723200417] Account merge\r\nAuto-Submitted: auto-forwarded\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\r\nSubject: RE:[CASE 176221723200417] Account merge\r\n\r\nHello Kei, are you still employed by Example Corp?\r\n--b--\r\n";
        let m = Mail::parse(attached.as_bytes()).unwrap();
        let o = m.rule_forwarded().expect("the attached original");
        assert!(o.new_text.contains("still employed"), "{o:?}");
        // The same forward written by the person (no rule's header) is theirs.
        let by_hand = inline.replace("X-MS-Exchange-Inbox-Rules-Loop: kei@work.example\r\n", "");
        let m = Mail::parse(by_hand.as_bytes()).unwrap();
        assert!(!m.auto_forwarded);
        assert!(m.rule_forwarded().is_none());
        // The person's own reply from that mailbox, which a rule (or a list) brought here: their
        // words above support's quoted mail are theirs, not a forward's.
        let reply = inline.replace(
            "\r\n\r\n\r\n________________________________",
            "\r\n\r\nHello Marco,\r\n\r\nAccount #1, please.\r\n\r\nKei\r\n\r\n________________________________",
        );
        let m = Mail::parse(reply.as_bytes()).unwrap();
        assert!(m.auto_forwarded);
        assert!(m.rule_forwarded().is_none(), "{:?}", m.rule_forwarded());
        // …and a gateway's banner over a rule's forward is no one's words
        let banner = inline.replace(
            "\r\n\r\n\r\n________________________________",
            "\r\n\r\nCAUTION: This email originated from outside of the organization.\r\n\r\n________________________________",
        );
        assert!(Mail::parse(banner.as_bytes())
            .unwrap()
            .rule_forwarded()
            .is_some());
        // A rule's header over a body that holds no original (a rule that redirects the text
        // only, or a note of the person's): nothing to read but the mail itself.
        let bare = "From: Kei <kei@work.example>\r\nTo: kei@gmail.com\r\nSubject: FW: notes\r\nX-Autoforwarded: true\r\n\r\nRemember to check the case tomorrow.\r\n";
        let m = Mail::parse(bare.as_bytes()).unwrap();
        assert!(m.auto_forwarded);
        assert!(m.rule_forwarded().is_none());
        // An attachment that is not a message with a sender yields nothing either.
        let no_sender = attached.replace(
            "From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\r\n",
            "",
        );
        let m = Mail::parse(no_sender.as_bytes()).unwrap();
        assert!(m.auto_forwarded);
        assert!(m.rule_forwarded().is_none());
    }

    #[test]
    fn text_after_a_closed_inline_forward_is_the_writers_own() {
        let m = mail("See the note from our team below.\r\n\r\n---------- Forwarded message ---------\r\nFrom: Ops\r\n\r\nWe need the legal name.\r\n----------\r\n\r\nKindly share the above details by replying.\r\n\r\nOn Mon, Nov 3, 2025 at 10:00 AM AWS <x@amazon.com> wrote:\r\nold\r\n");
        assert_eq!(
            m.new_text,
            "See the note from our team below.\n\nKindly share the above details by replying."
        );
        // Other separators of earlier mail in the thread.
        let m = mail("We are still waiting on the details.\r\n\r\n---- Previous message ----\r\nHi, please send both IDs.\r\n");
        assert_eq!(m.new_text, "We are still waiting on the details.");
        // A forward at the end, not closed: only the text before it.
        let m = mail("FYI.\r\n\r\n---------- Forwarded message ---------\r\nFrom: AWS\r\n\r\nPlease confirm.\r\n");
        assert_eq!(m.new_text, "FYI.");
    }

    #[test]
    fn on_wrote_history_is_not_new_text() {
        let m = mail("I have merged the accounts.\r\n\r\nOn Mon, Nov 3, 2025 at 10:00 AM AWS <x@amazon.com> wrote:\r\nPlease confirm Account #1\r\n");
        assert_eq!(m.new_text, "I have merged the accounts.");
        assert!(m.text.contains("Please confirm"));
    }

    #[test]
    fn a_dated_attribution_line_starts_history() {
        // An HTML reply flattened: the earlier message's date, time and sender, then a colon.
        let m = mail("反映いたしました。\r\n\r\n2025/03/17 11:20 AWS 認定レコードチーム:\r\nローマ字氏名をご教示いただけますでしょうか。\r\n");
        assert_eq!(m.new_text, "反映いたしました。");
        // A dated line in support's own text is not an attribution.
        let m = mail("Your exam on 2025/03/06 at 10:00 is now on your transcript.\r\n");
        assert!(m.new_text.contains("transcript"));
    }

    #[test]
    fn wrapped_gmail_header_and_gt_lines() {
        let m = mail("Confirmed.\r\n> quoted line\r\nOn Mon, Nov 3, 2025 at 10:00 AM Amazon Web Services\r\n<no-reply@amazon.com> wrote:\r\n\r\nold");
        assert_eq!(m.new_text, "Confirmed.");
    }

    #[test]
    fn outlook_and_japanese_headers_cut_history() {
        let m = mail("Done.\r\n\r\nFrom: AWS <x@amazon.com>\r\nSent: Monday\r\nTo: me\r\nSubject: RE\r\n\r\nold");
        assert_eq!(m.new_text, "Done.");
        let m =
            mail("統合しました。\r\n\r\n2025年11月4日(火) 10:00 AWS <x@amazon.com>:\r\n古い本文");
        assert_eq!(m.new_text, "統合しました。");
        let m = mail("承知しました。\r\n\r\n-----Original Message-----\r\nold");
        assert_eq!(m.new_text, "承知しました。");
        // an earlier correspondence under a bare line of dashes, starting with its greeting
        let m = mail("Resolving the case.\r\nRachel\r\n\r\n-----\r\nHi Mizuki,\r\n\r\nold ask");
        assert_eq!(m.new_text, "Resolving the case.\nRachel");
        let m = mail("完了しました。\r\n\r\n-----\r\n黒崎様\r\n古い本文");
        assert_eq!(m.new_text, "完了しました。");
        // Japanese wrapped mid-sentence is one run of text; a short line stays apart
        let m = mail("水野様\r\n恐れ入りますが、ご連絡をいただけない場合、本ケースはいったんクローズと\r\nさせていただきます。\r\n石田\r\n");
        assert_eq!(
            m.new_text,
            "水野様\n恐れ入りますが、ご連絡をいただけない場合、本ケースはいったんクローズとさせていただきます。\n石田"
        );
        // a dated header between dashes
        let m =
            mail("完了しました。\r\n\r\n---- 2021-10-13 08:22:17 +0000 のご連絡 ----\r\n古い本文");
        assert_eq!(m.new_text, "完了しました。");
        // bottom-posting: the writer's text under the quoted message is theirs
        let m = mail("水野様\r\n\r\n2025年5月15日(木) 19:42、水野 遥 <h@x.jp> さんは書きました:\r\n> Confirmed.\r\n>\r\n\r\nこのメールに返信してください。\r\n");
        assert!(m.new_text.contains("返信してください"), "{}", m.new_text);
        assert!(!m.new_text.contains("Confirmed"), "{}", m.new_text);
        // a top-posted reply keeps only its own text
        let m = mail(
            "Done.\r\n\r\nOn Mon, 3 Nov 2025, AWS <x@amazon.com> wrote:\r\n> Please confirm.\r\n",
        );
        assert_eq!(m.new_text, "Done.");
        // a message framed by two lines of dashes, with a footer after it, is not history
        let m = mail("We've updated your case. The latest correspondence follows.\r\n\r\n-----\r\nHello Sora,\r\n\r\nCan you confirm the merge?\r\n-----\r\n\r\nRate this reply.\r\n");
        assert!(
            m.new_text.contains("Can you confirm the merge?"),
            "{}",
            m.new_text
        );
        // …but a chain of earlier messages, each under dashes and a greeting, is
        let m = mail("Done.\r\nRachel\r\n\r\n-----\r\nHi Mizuki,\r\nold ask\r\n-----\r\nHi Rachel,\r\nolder\r\n");
        assert_eq!(m.new_text, "Done.\nRachel");
        // a line of dashes inside the new text (not followed by a greeting) ends nothing
        let m = mail("Account #1\r\n-----\r\nLogin email: a@b.com");
        assert!(m.new_text.contains("Login email"), "{}", m.new_text);
    }

    #[test]
    fn nfkc_folds_full_width_digits_and_colons() {
        let m = mail("ケースＩＤ：１７６２２１７２３２００４１７");
        assert_eq!(m.text, "ケースID:176221723200417");
    }

    #[test]
    fn a_div_with_a_left_border_is_quoted_history() {
        let html = "<p>Done: the accounts are merged.</p><p>Tom</p><div style=\"border-left:2px solid #ccc;padding-left:8px\">Which account should we keep?<div>Reply with its number.</div></div>&nbsp;</body>";
        let t = html_to_text(html);
        assert!(t.contains("accounts are merged"), "{t}");
        for quoted in ["Which account", "Reply with its number"] {
            let line = t.lines().find(|l| l.contains(quoted)).expect(quoted);
            assert!(line.starts_with('>'), "quoted like a blockquote: {t}");
        }
        // A call-out box in the new text: with a background, or with the signature after it.
        for html in [
            "<p>Two accounts.</p><div style=\"border-left:4px solid #f90;background:#fff8eb\">Which account should stay?</div>",
            "<p>Two accounts.</p><div style=\"border-left:4px solid #f90\">Which account should stay?</div><p>Tom</p>",
        ] {
            let t = html_to_text(html);
            let line = t.lines().find(|l| l.contains("Which account")).expect("kept");
            assert!(!line.starts_with('>'), "not quoted: {t}");
        }
        // Other divs, and a border-left div never closed, are left alone.
        let t = html_to_text("<div class=\"x\">Hello</div><div style=\"border-left:1px\">open");
        assert!(t.contains("Hello") && t.contains("open"), "{t}");
    }

    #[test]
    fn html_tables_keep_cells_apart() {
        let t = html_to_text(
            "<table><tr><td>Login email:</td><td>a@b.com</td></tr><tr><td>Candidate ID</td><td>AWS01234567</td></tr></table>",
        );
        assert!(t.contains("a@b.com"), "{t}");
        assert!(!t.contains("email:a@b.com"), "{t}");
        assert!(t.contains("AWS01234567"));
    }

    #[test]
    fn a_status_row_reads_as_one_line() {
        let t = html_to_text(
            "<table><tr><td><b>Ticket status</b></td><td><span>Awaiting your response</span></td></tr><tr><td>Candidate ID</td><td>AWS01234567</td></tr></table><p>Hi,</p>",
        );
        assert!(t.contains("Ticket Status: Awaiting your response"), "{t}");
        // other rows keep a cell per line
        assert!(!t.contains("Candidate ID AWS01234567"), "{t}");
        let t = html_to_text("<p>Status</p><p></p><p>Hi,</p><p>Thanks.</p>");
        assert!(!t.contains("Status: Hi"), "{t}");
    }

    fn html_mail(html: &str) -> Mail {
        let raw = format!(
            "From: AWS <aws-cs-trainingcertification-form@amazon.com>\r\nTo: ken@gmail.com\r\nSubject: [Case 1] merge\r\nMessage-ID: <m1@x>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}"
        );
        Mail::parse(raw.as_bytes()).unwrap()
    }

    #[test]
    fn hidden_preheaders_are_not_text() {
        let m = html_mail("<html><head><style>.pre{display:none}</style></head><body><span class=\"pre\">Action required: confirm your accounts</span><div style=\"display:none;max-height:0;overflow:hidden\">Awaiting your response</div><p>Hi Ken,</p><p>Your accounts are merged.</p></body></html>");
        assert!(
            m.new_text.contains("Your accounts are merged."),
            "{}",
            m.new_text
        );
        assert!(!m.new_text.contains("Action required"), "{}", m.new_text);
        assert!(!m.new_text.contains("Awaiting"), "{}", m.new_text);
    }

    /// A help desk's thread as its notification shows it, `first` and `second` the two comments'
    /// dates, the first comment shown first.
    fn thread(first: &str, second: &str) -> Mail {
        html_mail(&format!("<p>Your request (1) has been updated.</p><table><tr><td><b>Ana</b> (AWS Training and Certification)</td></tr><tr><td>{first}</td></tr><tr><td><p>Both accounts are merged now.</p></td></tr><tr><td><b>Ana</b> (AWS Training and Certification)</td></tr><tr><td>{second}</td></tr><tr><td><p>Please confirm which account to keep.</p></td></tr></table><p>Delivered by a help desk</p>"))
    }

    #[test]
    fn a_help_desks_older_comments_are_history_whichever_order_it_shows_them_in() {
        // Newest first: what follows the second comment's header is history.
        for (newest, older) in [
            ("Dec 3, 2025, 10:14 GMT", "Nov 28, 2025, 09:02 GMT"),
            ("3 December 2025 at 10:14", "3 December 2025 at 9:02"),
            ("2025-12-03 10:14", "2025-11-28 09:02"),
            ("Dec 3, 2025 12:05 AM", "Dec 2, 2025 11:30 PM"),
        ] {
            let m = thread(newest, older);
            assert!(
                m.new_text.contains("merged now"),
                "{newest}: {}",
                m.new_text
            );
            assert!(
                !m.new_text.contains("Please confirm"),
                "{newest}: {}",
                m.new_text
            );
            assert!(
                m.text.contains("Please confirm"),
                "the mail keeps all of it"
            );
        }
        // Oldest first: the comments before the newest are history; what follows it is not.
        let m = html_mail("<p>Case 1</p><table><tr><td><b>Ana (Support)</b></td></tr><tr><td>Nov 28, 2025 9:02 AM</td></tr><tr><td>Please confirm which account to keep.</td></tr><tr><td><b>Ken Ito</b></td></tr><tr><td>Nov 29, 2025 6:40 PM</td></tr><tr><td>Keep the gmail one.</td></tr><tr><td><b>Ana (Support)</b></td></tr><tr><td>Dec 3, 2025 10:14 AM</td></tr><tr><td>The accounts are merged.</td></tr></table><p>Reply to this email to add a comment.</p>");
        assert!(
            m.new_text.contains("The accounts are merged."),
            "{}",
            m.new_text
        );
        assert!(m.new_text.contains("Reply to this email"), "{}", m.new_text);
        assert!(!m.new_text.contains("Please confirm"), "{}", m.new_text);
        assert!(!m.new_text.contains("gmail one"), "{}", m.new_text);
        // Dates that do not order the comments (the newest in the middle), or a dated line
        // under a label, leave the text as it is.
        let m = thread("Nov 28, 2025, 09:02 GMT", "Nov 28, 2025, 09:02 GMT");
        assert!(m.new_text.contains("Please confirm"), "{}", m.new_text);
        for listing in [
            "New appointment:\r\nDec 10, 2025 10:00\r\nOld appointment:\r\nDec 3, 2025 10:00",
            "New appointment\r\nDec 10, 2025 10:00\r\nOld appointment\r\nDec 3, 2025 10:00",
        ] {
            let m = mail(&format!("Hi Ken,\r\n\r\nYour exam moved.\r\n{listing}\r\nPlease confirm the new time works.\r\n"));
            assert!(
                m.new_text.contains("Please confirm"),
                "{listing}: {}",
                m.new_text
            );
        }
        // The name and the date on one line.
        for (newest, older) in [
            (
                "Ana (Support), Dec 3, 2025, 10:14 GMT",
                "Ana (Support), Nov 28, 2025, 09:02 GMT",
            ),
            (
                "Ana replied — Dec 3, 2025 at 10:14 AM",
                "Ana replied — Nov 28, 2025 at 9:02 AM",
            ),
        ] {
            let m = mail(&format!("{newest}\r\n\r\nHi Ken, both accounts are merged now.\r\n\r\n{older}\r\n\r\nHi Ken, please confirm which account to keep.\r\n"));
            assert!(
                !m.new_text.contains("please confirm"),
                "{newest}: {}",
                m.new_text
            );
            assert!(
                m.new_text.contains("merged now"),
                "{newest}: {}",
                m.new_text
            );
        }
    }

    #[test]
    fn other_markers_of_older_messages_start_the_history() {
        for marker in [
            "Correspondence history:\r\n",
            "==== Earlier messages in this case ====\r\n",
            "Earlier in this case:\r\n",
            "Ana (AWS) wrote on 28 Nov 2025 09:02:\r\n",
            "[2025-11-28 09:02 UTC] Ana (AWS Training and Certification):\r\n",
            "------\r\nSent: 28 November 2025 09:02\r\nFrom: AWS Training and Certification\r\n",
        ] {
            let m = mail(&format!("Hello Ken,\r\n\r\nThe merge is with our records team now.\r\n\r\n{marker}\r\nHello Ken,\r\n\r\nPlease confirm which account you would like to keep.\r\n"));
            assert!(
                !m.new_text.contains("Please confirm"),
                "{marker}: {}",
                m.new_text
            );
            assert!(
                m.new_text.contains("records team"),
                "{marker}: {}",
                m.new_text
            );
        }
        // A line of equals closing a receipt's header block, before the greeting, quotes nothing.
        let m = mail("========\r\n REQUEST RECEIVED\r\n========\r\n Reference .. 1741760842\r\n========\r\n\r\nHi Ken,\r\n\r\nPlease confirm which account to keep.\r\n");
        assert!(m.new_text.contains("Please confirm"), "{}", m.new_text);
    }

    #[test]
    fn a_heading_over_older_messages_starts_the_history() {
        let m = mail("Hello Ken, thanks for confirming. The merge is with the records team.\r\n\r\nPrevious comments:\r\n\r\nHello Ken, please confirm which account to keep.\r\n");
        assert_eq!(
            m.new_text,
            "Hello Ken, thanks for confirming. The merge is with the records team."
        );
        let m = mail("Hi Ken,\r\n\r\nThe merge is done.\r\n\r\n--- Conversation history ---\r\nPlease confirm which account to keep.\r\n");
        assert!(!m.new_text.contains("Please confirm"), "{}", m.new_text);
        // Not a heading: the words inside a sentence.
        let m = mail("Hi Ken,\r\n\r\nI read the previous messages on the case. Please confirm which account to keep.\r\n");
        assert!(m.new_text.contains("Please confirm"), "{}", m.new_text);
    }

    #[test]
    fn a_plain_part_that_only_points_at_the_html_gives_way_to_it() {
        let raw = "From: AWS <aws-cs-trainingcertification-form@amazon.com>\r\nTo: ken@gmail.com\r\nSubject: [Case 1] merge\r\nMessage-ID: <m1@x>\r\nContent-Type: multipart/alternative; boundary=\"BB\"\r\n\r\n--BB\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nTo view this message, please use an HTML-capable email client.\r\n--BB\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hi Ken,</p><p>To go ahead with the merge, please reply and confirm that AWS01234567 and AWS07654321 both belong to you.</p>\r\n--BB--\r\n";
        let m = Mail::parse(raw.as_bytes()).unwrap();
        assert!(m.from_html);
        assert!(
            m.new_text.contains("please reply and confirm"),
            "{}",
            m.new_text
        );
        // A short plain part that says as much as the HTML stays.
        let raw = raw.replace(
            "To view this message, please use an HTML-capable email client.",
            "Hi Ken, to go ahead with the merge, please reply and confirm that both accounts belong to you.",
        );
        let m = Mail::parse(raw.as_bytes()).unwrap();
        assert!(!m.from_html);
        // A stub with a long link to the case is still a stub.
        let link = "Amazon Web Services has added a correspondence to support case 14127730581.\r\n\r\nSign in to the AWS Support Center to read it:\r\nhttps://console.aws.amazon.com/support/home#/case/?displayId=14127730581&language=en&utm_source=mail&utm_medium=correspondence";
        let stub = raw.replace(
            "Hi Ken, to go ahead with the merge, please reply and confirm that both accounts belong to you.",
            link,
        );
        let html = "<p>Hi Ken,</p><p>I went through the benefits attached to your profile. To work out why the voucher is not showing, I need the candidate ID in the top-right corner of your Certification account page.</p>";
        let stub = stub.replace(
            "<p>Hi Ken,</p><p>To go ahead with the merge, please reply and confirm that AWS01234567 and AWS07654321 both belong to you.</p>",
            html,
        );
        assert!(Mail::parse(stub.as_bytes()).unwrap().from_html);
        // A plain part a fifth as long as the letter the HTML shows (an old line kept as text)
        // gives way to it, whatever its length.
        let letter = "<style>p { margin: 0 }</style><p>Hi Ken,</p>".to_string()
            + &"<p>Your accounts are merged: AWS07654321 is now part of AWS01234567, with every exam and badge.</p>".repeat(12);
        let old = raw
            .replace(
                "<p>Hi Ken,</p><p>To go ahead with the merge, please reply and confirm that AWS01234567 and AWS07654321 both belong to you.</p>",
                &letter,
            )
            .replace(
                "Hi Ken, to go ahead with the merge, please reply and confirm that both accounts belong to you.",
                "Hi Ken, before I make any change, please confirm that both profiles belong to you and that AWS01234567 is the one to keep. Priyanka, AWS Training and Certification",
            );
        let m = Mail::parse(old.as_bytes()).unwrap();
        assert!(m.from_html, "{}", m.new_text);
        assert!(m.new_text.contains("Your accounts are merged"));
    }

    #[test]
    fn the_rough_count_of_htmls_text_leaves_out_markup_styles_and_comments() {
        assert_eq!(
            rough_text_chars("<head><title>T</title></head><style>p{x:y}</style><!-- a > b --><p class=\"x\">Hé llo</p>"),
            5
        );
    }
}
