//! Reads `Authentication-Results` (RFC 8601) into a verdict on the From domain.
//!
//! Anyone can put "AWS" in a From line; the receiving server's DKIM/DMARC verdict is what tells
//! a real AWS mail from a spoof. The topmost header is the one our own provider added, so it
//! decides; a `dmarc=fail` for the From domain in any header also counts, since a forger can add
//! a fake "pass" below but cannot remove the receiver's "fail".
//!
//! A forwarder that changes the mail (an external-sender banner, a mailing list's subject tag)
//! breaks the author's DKIM signature, and DMARC fails at the next server. ARC (RFC 8617) lets
//! the forwarder record what it saw when the mail reached it and seal that record; when our
//! provider validated the chain (`arc=pass` in its header) and the first sealer is one we trust
//! — a large mailbox provider, or the person's own organisation — its record decides instead
//! ([`verdict_sealed`]).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Authenticity {
    Pass,
    Fail,
    None,
}

impl Authenticity {
    pub fn as_str(self) -> &'static str {
        match self {
            Authenticity::Pass => "pass",
            Authenticity::Fail => "fail",
            Authenticity::None => "none",
        }
    }
}

/// One ARC set: its instance (`i=`, 1 for the first forwarder), the domain that sealed it
/// (`ARC-Seal: d=`) and the `ARC-Authentication-Results` it recorded, without the `i=` tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArcSet {
    pub instance: u32,
    pub sealer: String,
    pub results: String,
}

/// Mailbox providers and mail gateways whose ARC seal records what they saw honestly: anyone
/// can send through them, but not make them record a pass for a domain that did not pass.
/// (A sealer anyone can run — a spoofer's own server — proves nothing.)
pub const TRUSTED_SEALERS: &[&str] = &[
    "google.com",
    "microsoft.com",
    "outlook.com",
    "yahoo.com",
    "yahoo.co.jp",
    "aol.com",
    "icloud.com",
    "me.com",
    "messagingengine.com",
    "fastmail.com",
    "zoho.com",
    "zohomail.com",
    "protonmail.ch",
    "proton.me",
    "gmx.net",
    "web.de",
    "mail.ru",
    "yandex.net",
    "mimecast.com",
];

/// [`verdict`], with what the first forwarder saw: when the nearest receiver validated the ARC
/// chain and the first set was sealed by a domain `trusts` accepts (the provider list above is
/// the caller's to add to), a pass that sealer recorded for `from_domain` is a pass.
pub fn verdict_sealed(
    headers: &[String],
    arc: &[ArcSet],
    from_domain: &str,
    trusts: impl Fn(&str) -> bool,
) -> Authenticity {
    let plain = verdict(headers, from_domain);
    if plain == Authenticity::Pass || arc.is_empty() {
        return plain;
    }
    let chain_valid = headers.first().is_some_and(|top| {
        parse(&strip_comments(top))
            .iter()
            .any(|r| r.method.eq_ignore_ascii_case("arc") && r.result.eq_ignore_ascii_case("pass"))
    });
    let first = arc.iter().filter(|s| s.instance == 1).collect::<Vec<_>>();
    match first.as_slice() {
        [set] if chain_valid && trusts(&set.sealer) => {
            match verdict(std::slice::from_ref(&set.results), from_domain) {
                Authenticity::Pass => Authenticity::Pass,
                _ => plain,
            }
        }
        _ => plain,
    }
}

/// `domain` is `parent` or one of its subdomains, at a label boundary (a company's list server
/// for the company; not `evilcorp.example` for `corp.example`). Both lower-case.
pub fn within(domain: &str, parent: &str) -> bool {
    domain
        .strip_suffix(parent)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
}

/// `from_domain` is the lower-cased domain of the From address.
pub fn verdict(headers: &[String], from_domain: &str) -> Authenticity {
    if from_domain.is_empty() || headers.is_empty() {
        return Authenticity::None;
    }
    let flat: Vec<std::borrow::Cow<'_, str>> = headers.iter().map(|h| strip_comments(h)).collect();
    let results: Vec<Vec<Result>> = flat.iter().map(|h| parse(h)).collect();
    let aligned = |d: &str| aligned(d, from_domain);
    let is = |a: &str, b: &str| a.eq_ignore_ascii_case(b);

    let any_dmarc_fail = results
        .iter()
        .flatten()
        .any(|r| is(r.method, "dmarc") && is(r.result, "fail") && r.from.is_none_or(aligned));
    if any_dmarc_fail {
        return Authenticity::Fail;
    }

    let top = &results[0];
    let dmarc = top.iter().find(|r| is(r.method, "dmarc"));
    if let Some(r) = dmarc {
        if is(r.result, "pass") && r.from.is_none_or(aligned) {
            return Authenticity::Pass;
        }
    }
    let dkim_pass = top
        .iter()
        .any(|r| is(r.method, "dkim") && is(r.result, "pass") && r.from.is_some_and(aligned));
    if dkim_pass {
        return Authenticity::Pass;
    }
    let failed = top.iter().any(|r| {
        (is(r.method, "dkim") || is(r.method, "spf"))
            && (is(r.result, "fail") || is(r.result, "permerror"))
    });
    if failed {
        return Authenticity::Fail;
    }
    Authenticity::None
}

/// Same organisational domain, approximated: equal, or one is a subdomain of the other.
/// (`amazonses.com` signs for many senders, so it is not aligned with `amazon.com`.)
fn aligned(d: &str, from: &str) -> bool {
    let d = d.trim_start_matches('@').to_ascii_lowercase();
    let d = d.rsplit_once('@').map(|(_, x)| x.to_string()).unwrap_or(d);
    d == from || from.ends_with(&format!(".{d}")) || d.ends_with(&format!(".{from}"))
}

#[derive(Debug)]
struct Result<'h> {
    method: &'h str,
    result: &'h str,
    /// header.d / header.i / header.from: the domain the result is about.
    from: Option<&'h str>,
}

/// Splits "mx.google.com; dkim=pass header.i=@amazon.com; spf=pass ...; dmarc=pass header.from=amazon.com"
/// (comments already stripped) into its results, borrowing from `flat`; methods and results
/// are compared ASCII-case-insensitively by the caller.
fn parse(flat: &str) -> Vec<Result<'_>> {
    flat.split(';')
        .filter_map(|clause| {
            // the grammar is ASCII: no need to decode characters to find the words
            let mut words = clause.split_ascii_whitespace();
            // (the first clause is the authserv-id, which has no "=", and is passed over;
            // Microsoft's header has none and starts with a result)
            let (method, result) = words.next()?.split_once('=')?;
            let from = words
                .filter_map(|w| w.split_once('='))
                .rfind(|(k, _)| {
                    ["header.d", "header.i", "header.from"]
                        .iter()
                        .any(|p| k.eq_ignore_ascii_case(p))
                })
                .map(|(_, v)| v.trim_matches('"'));
            Some(Result {
                method,
                result,
                from,
            })
        })
        .collect()
}

fn strip_comments(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['(', ')']) {
        return s.into();
    }
    // Parentheses are ASCII: what lies between comments is copied a run at a time.
    let mut out = String::with_capacity(s.len());
    let (mut depth, mut start) = (0usize, 0usize);
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'(' => {
                if depth == 0 {
                    out.push_str(&s[start..i]);
                }
                depth += 1;
            }
            b')' if depth > 0 => {
                depth -= 1;
                start = i + 1;
            }
            b')' => {
                out.push_str(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if depth == 0 {
        out.push_str(&s[start..]);
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(h: &[&str], d: &str) -> Authenticity {
        verdict(&h.iter().map(|s| s.to_string()).collect::<Vec<_>>(), d)
    }

    #[test]
    fn a_header_without_authserv_id_is_read_from_its_first_result() {
        // Microsoft 365 writes no authserv-id: its first clause is the SPF result
        let h = "spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=amazon.com; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=amazon.com;compauth=fail reason=001";
        assert_eq!(v(&[h], "amazon.com"), Authenticity::Fail);
    }

    #[test]
    fn gmail_pass() {
        let h = "mx.google.com; dkim=pass header.i=@amazon.com header.s=x header.b=y; spf=pass (google.com: domain of x@amazon.com designates 1.2.3.4 as permitted sender) smtp.mailfrom=x@amazon.com; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com";
        assert_eq!(v(&[h], "amazon.com"), Authenticity::Pass);
    }

    #[test]
    fn dmarc_fail_anywhere_wins_over_forged_pass() {
        let real = "mx.example.jp; dkim=none; spf=softfail smtp.mailfrom=evil.example; dmarc=fail (p=REJECT) header.from=amazon.com";
        let forged = "amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com";
        assert_eq!(v(&[forged, real], "amazon.com"), Authenticity::Fail);
    }

    #[test]
    fn dkim_pass_for_another_domain_is_not_a_pass() {
        let h = "mx.example.jp; dkim=pass header.d=evil.example; spf=none";
        assert_eq!(v(&[h], "amazon.com"), Authenticity::None);
        let h = "mx.example.jp; dkim=fail header.d=amazon.com";
        assert_eq!(v(&[h], "amazon.com"), Authenticity::Fail);
    }

    #[test]
    fn comments_nested_stray_or_unclosed_are_dropped() {
        assert_eq!(strip_comments("a (b (c) d) e"), "a  e");
        assert_eq!(strip_comments("a) b"), "a b");
        assert_eq!(strip_comments("a (b"), "a ");
        assert_eq!(strip_comments("no comments"), "no comments");
        assert_eq!(strip_comments("日本 (コメント) 語"), "日本  語");
    }

    fn set(sealer: &str, results: &str) -> ArcSet {
        ArcSet {
            instance: 1,
            sealer: sealer.into(),
            results: results.into(),
        }
    }

    fn sealed(top: &str, arc: &[ArcSet], d: &str) -> Authenticity {
        let trusts =
            |s: &str| TRUSTED_SEALERS.iter().any(|t| within(s, t)) || within(s, "corp.example");
        verdict_sealed(&[top.to_string()], arc, d, trusts)
    }

    #[test]
    fn a_trusted_first_sealer_vouches_for_mail_a_forwarder_changed() {
        // the work mailbox (Microsoft 365) added a banner and forwarded to Gmail: DMARC fails
        // at Gmail, which validated the chain; Microsoft saw amazon.com pass
        let top = "mx.google.com; arc=pass (i=1 spf=pass dmarc=pass fromdomain=amazon.com); dkim=neutral (body hash did not verify) header.i=@amazon.com; dmarc=fail (p=QUARANTINE dis=NONE arc=pass) header.from=amazon.com";
        let ms = set("microsoft.com", "mx.microsoft.com 1; spf=pass smtp.mailfrom=us-west-2.amazonses.com; dmarc=pass action=none header.from=amazon.com; dkim=pass header.d=amazon.com");
        assert_eq!(verdict(&[top.into()], "amazon.com"), Authenticity::Fail);
        assert_eq!(
            sealed(top, std::slice::from_ref(&ms), "amazon.com"),
            Authenticity::Pass
        );
        // the company's own list server
        let list = set(
            "lists.corp.example",
            "lists.corp.example; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com",
        );
        assert_eq!(sealed(top, &[list], "amazon.com"), Authenticity::Pass);
    }

    #[test]
    fn a_seal_proves_nothing_unvalidated_untrusted_or_recording_a_failure() {
        let top = "mx.google.com; arc=pass; dmarc=fail (p=REJECT) header.from=amazon.com";
        let pass = "relay; dmarc=pass header.from=amazon.com";
        // a spoofer's own relay sealing its own claim
        assert_eq!(
            sealed(top, &[set("aws-relay.example", pass)], "amazon.com"),
            Authenticity::Fail
        );
        // a look-alike of the person's own domain is not it
        assert_eq!(
            sealed(top, &[set("evilcorp.example", pass)], "amazon.com"),
            Authenticity::Fail
        );
        // the chain did not validate at our provider
        let broken = "mx.google.com; arc=fail; dmarc=fail header.from=amazon.com";
        assert_eq!(
            sealed(broken, &[set("google.com", pass)], "amazon.com"),
            Authenticity::Fail
        );
        // the trusted sealer saw a failure, or a pass for another domain
        let failed = "mx.microsoft.com; dmarc=fail header.from=amazon.com";
        assert_eq!(
            sealed(top, &[set("microsoft.com", failed)], "amazon.com"),
            Authenticity::Fail
        );
        let other = "mx.microsoft.com; dmarc=pass header.from=amaz0n.example";
        assert_eq!(
            sealed(top, &[set("microsoft.com", other)], "amazon.com"),
            Authenticity::Fail
        );
        // two sets both claiming to be the first
        let two = [set("microsoft.com", pass), set("aws-relay.example", pass)];
        assert_eq!(sealed(top, &two, "amazon.com"), Authenticity::Fail);
    }

    #[test]
    fn no_header_is_none() {
        assert_eq!(v(&[], "amazon.com"), Authenticity::None);
        assert_eq!(
            v(&["garbage without structure"], "amazon.com"),
            Authenticity::None
        );
    }
}
