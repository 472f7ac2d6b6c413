//! Extraction: the facts a mail states, independent of what kind of mail it is — the case
//! number, candidate IDs, the `Account #N` listing, the account support proposes to keep, a
//! closing deadline, and how the person answers (email or the Support Center). Pure; every
//! pattern comes from the rule pack.

use crate::core::classify::Account;
use crate::core::mail::Mail;
use crate::core::rules::{Channel, RuleSet};
use regex::Regex;
use std::sync::OnceLock;

/// Support's own words: the new text, cut where it starts repeating the person's form.
pub fn support_text<'t>(new_text: &'t str, rules: &RuleSet) -> &'t str {
    // A notice that wraps support's reply ("We've updated your support case … Correspondence:
    // <the reply>") starts support's words where the frame ends.
    let new_text = rules
        .support_text_starts
        .as_ref()
        .and_then(|re| re.find(new_text))
        .map_or(new_text, |m| &new_text[m.end()..]);
    let Some(re) = rules.customer_text_markers.as_ref() else {
        return new_text;
    };
    let mut from = 0;
    while let Some(m) = re.find_at(new_text, from) {
        // A header table ("Case ID: …", "Inquiry type: …") that support's own words follow
        // is not the start of the form's text: the search goes on after it.
        // (a marker may match from the blank lines before its own line: `^\s*…`)
        let at = m.start() + (m.as_str().len() - m.as_str().trim_start().len());
        let start = new_text[..at].rfind("\n\n").map_or(0, |i| i + 2);
        let end = new_text[at..]
            .find("\n\n")
            .map_or(new_text.len(), |i| at + i);
        let table = &new_text[start..end];
        // A letter to the person after the table ("Hi Takumi, …") is support's reply under the
        // notice's header, even when the header repeats the person's own subject ("Subject:
        // Merge my two accounts").
        let rest = &new_text[end..];
        if field_table(table)
            && (states_status(table)
                || greets_the_person(rest)
                || (!first_person(table) && supports_voice(rest)))
        {
            from = end.max(m.end()); // always past this match
            continue;
        }
        // keep the marker line itself (it says "acknowledgement"), drop what follows — and the
        // person's own words on that line after a label, when they are free text, not a field's
        // value ("Your question: … Where should it appear?", not "Inquiry type: Account merge")
        let line_end = new_text[m.end()..]
            .find('\n')
            .map_or(new_text.len(), |i| m.end() + i);
        let value = &new_text[m.end()..line_end];
        let free_text = value.contains(['?', '？']) || value.chars().count() > 80;
        let cut = if m.as_str().trim_end().ends_with([':', '：']) && free_text {
            m.end()
        } else {
            line_end
        };
        return &new_text[..cut];
    }
    new_text
}

/// A paragraph of short `Field: value` lines, none of them a free-text field.
fn field_table(paragraph: &str) -> bool {
    static FIELD: OnceLock<Regex> = OnceLock::new();
    static FREE: OnceLock<Regex> = OnceLock::new();
    let field =
        FIELD.get_or_init(|| crate::core::rules::static_re(r"^\s*[^:：\n]{1,30}[:：][ \t]*\S"));
    let free = FREE.get_or_init(|| {
        crate::core::rules::static_re(r"(?i)^\s*(?:description|message|details|comments?|question|your\s+\w+|内容|詳細|説明|本文)\s*[:：]")
    });
    let mut lines = paragraph
        .lines()
        .filter(|l| !l.trim().is_empty())
        .peekable();
    lines.peek().is_some()
        && lines.all(|l| l.chars().count() <= 80 && field.is_match(l) && !free.is_match(l))
}

/// A header table that gives the case's status ("ステータス: お客様の対応待ち", "Status: Pending
/// customer action"): a case system's notice, whose own words follow it — a form the person
/// filled in has no status field.
fn states_status(table: &str) -> bool {
    static STATUS: OnceLock<Regex> = OnceLock::new();
    STATUS
        .get_or_init(|| {
            crate::core::rules::static_re(
                r"(?im)^\s*(?:(?:case\s+)?status|ステータス|状態|対応状況)\s*[:：]",
            )
        })
        .is_match(table)
}

/// First person singular: the person's own words.
fn first_person(text: &str) -> bool {
    static I: OnceLock<Regex> = OnceLock::new();
    I.get_or_init(|| {
        crate::core::rules::static_re(r"\b(?:I|[Mm]y|[Mm]e|I[\x27’](?:m|ve|d|ll))\b|私|僕|わたし")
    })
    .is_match(text)
}

/// Whether text reads as support speaking (we / our, and no "I" or "my": the person's own
/// description is first person singular). English only; other languages keep the cut.
fn supports_voice(text: &str) -> bool {
    static WE: OnceLock<Regex> = OnceLock::new();
    let we = WE.get_or_init(|| crate::core::rules::static_re(r"(?i)\b(?:we|our|us)\b"));
    (we.is_match(text) && !first_person(text)) || greets_the_person(text)
}

/// The text opens (past lines of dashes) with a greeting to someone by name ("Hello Kenta,",
/// "Dear Ms. Sato,", "佐藤 様"): a letter to the person — support's reply under a notice's header
/// table, speaking as "I" — not the person's own description, which greets support if anyone.
fn greets_the_person(text: &str) -> bool {
    static GREETING: OnceLock<Regex> = OnceLock::new();
    let greeting = GREETING.get_or_init(|| {
        crate::core::rules::static_re(
            r"(?i)\A(?:(?:hi|hello|dear|hey)\s+(?:(?:mr|ms|mrs|dr)\.?\s+)?(\w+)[^\n]{0,30},\s*\z|[^\n]{1,20}(?:様|さん)[、,]?\s*\z)",
        )
    });
    let Some(first) = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.chars().all(|c| matches!(c, '-' | '_' | '=' | '*')))
    else {
        return false;
    };
    greeting.captures(first).is_some_and(|c| {
        c.get(1).is_none_or(|name| {
            !matches!(
                name.as_str().to_ascii_lowercase().as_str(),
                "team" | "support" | "aws" | "there" | "all" | "sir" | "madam" | "amazon"
            )
        })
    })
}

/// The case number: from the subject, else from a case context in the body (never a bare
/// number).
pub fn case_number(mail: &Mail, rules: &RuleSet) -> Option<String> {
    let in_subject = rules
        .case_in_subject
        .iter()
        .find_map(|re| re.first(&mail.subject).map(|c| c.value.to_string()));
    in_subject.or_else(|| {
        let own = support_text(&mail.new_text, rules);
        [own, mail.text.as_str()].iter().find_map(|t| {
            rules
                .case_in_body_set
                .matches(t)
                .into_iter()
                .map(|i| &rules.case_in_body[i])
                .filter_map(|re| re.first(t).map(|c| (c.value_start, c.value)))
                .min_by_key(|(pos, _)| *pos)
                .map(|(_, s)| s.to_string())
        })
    })
}

/// The first case number in `text` (in a case context, as [`case_number`] reads the body)
/// other than `own`: the case a duplicate's request goes on under.
pub fn other_case(text: &str, rules: &RuleSet, own: Option<&str>) -> Option<String> {
    rules
        .case_in_body
        .iter()
        .flat_map(|re| re.all(text))
        .filter(|c| Some(c.value) != own)
        .min_by_key(|c| c.value_start)
        .map(|c| c.value.to_string())
}

/// Candidate IDs in the subject and text, in order, without duplicates.
pub fn candidate_ids(mail: &Mail, rules: &RuleSet) -> Vec<String> {
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

/// How the person answers, and the Support Center link when that is the way.
pub fn channel(
    mail: &Mail,
    rules: &RuleSet,
    explicit: Option<Channel>,
    case: Option<&str>,
) -> (Channel, Option<String>) {
    let link = match explicit {
        Some(Channel::Email) => None,
        _ => rules
            .support_center_link
            .as_ref()
            .and_then(|re| re.find(&mail.text).map(|m| m.as_str().to_string())),
    };
    let no_email = || {
        rules
            .no_email_reply
            .as_ref()
            .is_some_and(|re| re.is_match(&mail.text))
    };
    let channel = match explicit {
        Some(explicit) => explicit,
        None if link.is_some() || no_email() => Channel::SupportCenter,
        None => Channel::Email,
    };
    match channel {
        Channel::SupportCenter => {
            let url = link.or_else(|| case.and_then(|c| rules.support_url(c)));
            (channel, url)
        }
        Channel::Email => (channel, None),
    }
}

/// The account number support proposes to keep (merge into).
pub fn proposed_keep(text: &str, rules: &RuleSet) -> Option<u32> {
    rules
        .proposed_keep
        .iter()
        .find_map(|re| re.first(text)?.value.parse().ok())
}

/// Days to reply before support closes the case ("within 3 business days").
pub fn deadline_days(text: &str, rules: &RuleSet) -> Option<u32> {
    rules
        .deadline
        .iter()
        .find_map(|re| re.first(text)?.value.parse().ok())
}

/// The e-mail addresses written in `text`, in order.
pub fn emails(text: &str) -> impl Iterator<Item = &str> {
    email_re().find_iter(text).map(|m| m.as_str())
}

fn email_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::core::rules::static_re(
            r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}",
        )
    })
}

/// The `Account #N` blocks of a listing, each with the addresses and candidate ID it names.
/// A listing may run down the page (each label, then its fields) or across it, as a table with
/// one column per account ([`column_blocks`]).
pub fn accounts(text: &str, rules: &RuleSet) -> Vec<Account> {
    let labels: Vec<(usize, usize, u32)> = rules
        .account_label
        .all(text)
        .filter_map(|c| Some((c.start, c.end, c.value.parse().ok()?)))
        .collect();
    // (a table across the page has a label per column: two at least)
    let columns = if labels.len() >= 2 {
        column_blocks(text, &labels, rules)
    } else {
        Vec::new()
    };
    if columns.len() >= 2 {
        let mut accounts: Vec<Account> = columns
            .iter()
            .filter_map(|(number, block)| account(*number, block, rules))
            .collect();
        accounts.sort_by_key(|a| a.number);
        accounts.dedup_by_key(|a| a.number);
        if accounts.len() >= 2 {
            return accounts;
        }
    }
    let mut accounts: Vec<Account> = Vec::new();
    for (i, &(_, end, number)) in labels.iter().enumerate() {
        if accounts.iter().any(|a| a.number == number) {
            continue;
        }
        let mut stop = labels
            .get(i + 1)
            .map_or(text.len(), |l| l.0)
            .min(end + 1500)
            .min(text.len());
        while !text.is_char_boundary(stop) {
            stop -= 1;
        }
        if let Some(a) = account(number, &text[end..stop], rules) {
            accounts.push(a);
        }
    }
    accounts.sort_by_key(|a| a.number);
    accounts
}

/// What one account's block names: its addresses (the labelled ones too) and candidate ID;
/// None when it names neither.
fn account(number: u32, block: &str, rules: &RuleSet) -> Option<Account> {
    let mut emails: Vec<String> = Vec::new();
    for m in email_re().find_iter(block) {
        let e = m.as_str().to_ascii_lowercase();
        if !emails.contains(&e) {
            emails.push(e);
        }
    }
    let candidate_id = rules
        .candidate
        .find(block)
        .map(|m| m.as_str().to_ascii_uppercase());
    if emails.is_empty() && candidate_id.is_none() {
        return None;
    }
    Some(Account {
        label: format!("Account #{number}"),
        number,
        candidate_id,
        login_email: labelled_email(block, &rules.login_email),
        training_email: labelled_email(block, &rules.training_email),
        certification_email: labelled_email(block, &rules.certification_email),
        emails,
        sources: Vec::new(),
    })
}

/// A listing laid out across the page: a header row of two or more account labels, then one
/// row per field, its label and a value for each account. Read in the two shapes mail has:
/// - plain text, each row on one line, its cells apart by `|`, a tab or two or more spaces (a
///   value goes to the column whose label it stands under);
/// - an HTML table as the converter renders it, one cell per line (an empty cell leaves no
///   line, so only a row whose values are all addresses or candidate IDs, one for each
///   account, is read: the others cannot be told apart).
///
/// Returns each account's number with its rows as `label: value` lines (the block the
/// down-the-page reading gets), or nothing when the text has no such table.
fn column_blocks(
    text: &str,
    labels: &[(usize, usize, u32)],
    rules: &RuleSet,
) -> Vec<(u32, String)> {
    let lines: Vec<&str> = text.split('\n').collect();
    let label_at_start = |cell: &str| -> Option<u32> {
        let c = rules.account_label.all(cell).next()?;
        (cell[..c.start].trim().is_empty()).then(|| c.value.parse().ok())?
    };
    // Only a line that holds a label can head the table (`labels`: where they are in `text`).
    let mut at = 0;
    let mut holds_label = Vec::with_capacity(lines.len());
    for line in &lines {
        let end = at + line.len();
        holds_label.push(labels.iter().any(|l| l.0 >= at && l.0 < end));
        at = end + 1;
    }
    for (i, line) in lines.iter().enumerate() {
        if !holds_label[i] {
            continue;
        }
        // One line: "   Account #1      Account #2" or "| Field | Account #1 | Account #2 |".
        let cells = cells(line);
        let first_label = cells.iter().position(|c| label_at_start(c.1).is_some());
        if let Some(first) = first_label {
            let header: Vec<(usize, u32)> = cells[first..]
                .iter()
                .map_while(|c| label_at_start(c.1).map(|n| (c.0, n)))
                .collect();
            let lead_ok = first <= 1 && cells[..first].iter().all(|c| c.1.chars().count() <= 24);
            if header.len() >= 2 && first + header.len() == cells.len() && lead_ok {
                let rows = across_lines(&lines[i + 1..], &header, line.contains('|'));
                if !rows.is_empty() {
                    return blocks(&header.iter().map(|h| h.1).collect::<Vec<_>>(), &rows);
                }
            }
        }
        // One cell per line: "Account #1\nAccount #2\nLogin email\na@…\nb@…".
        let run: Vec<u32> = lines[i..]
            .iter()
            .map_while(|l| {
                let l = l.trim();
                let n = label_at_start(l)?;
                // the whole line is the label
                let c = rules.account_label.all(l).next()?;
                (c.end == l.len()).then_some(n)
            })
            .collect();
        if run.len() >= 2 {
            let rows = cell_per_line(&lines[i + run.len()..], run.len(), rules);
            if !rows.is_empty() {
                return blocks(&run, &rows);
            }
        }
    }
    Vec::new()
}

/// A table's rows: a field's label and one value per column.
type Rows<'t> = Vec<(&'t str, Vec<&'t str>)>;

/// Each column's rows as `label: value` lines.
fn blocks(numbers: &[u32], rows: &Rows<'_>) -> Vec<(u32, String)> {
    numbers
        .iter()
        .enumerate()
        .map(|(k, &n)| {
            let block = rows
                .iter()
                .filter(|(_, values)| !values[k].is_empty())
                .map(|(label, values)| format!("{label}: {}\n", values[k]))
                .collect();
            (n, block)
        })
        .collect()
}

/// The rows under a one-line header (`header`: each column's offset and account number):
/// until a blank line or a line that is no row (a sentence, one cell only). Separator lines
/// (`|---|---|`, `=====`) are skipped.
fn across_lines<'t>(lines: &[&'t str], header: &[(usize, u32)], piped: bool) -> Rows<'t> {
    let mut rows = Rows::new();
    for line in lines {
        let t = line.trim();
        if t.is_empty() {
            if rows.is_empty() {
                continue;
            }
            break;
        }
        if t.chars().all(|c| "|-:+= ".contains(c)) {
            continue;
        }
        let cells = cells(line);
        if cells.len() < 2 || cells.len() > header.len() + 1 {
            break;
        }
        let (label, values) = (cells[0].1, &cells[1..]);
        let mut row = vec![""; header.len()];
        if piped {
            // "| Exam history |  | 4 exams |": every cell is there, empty or not
            if values.len() != header.len() {
                break;
            }
            for (k, v) in values.iter().enumerate() {
                row[k] = v.1;
            }
        } else {
            // the label stands left of the first column; a value under the nearest column
            if cells[0].0 + 1 >= header[0].0 {
                break;
            }
            for v in values {
                let k = (0..header.len())
                    .min_by_key(|&k| header[k].0.abs_diff(v.0))
                    .unwrap_or(0);
                row[k] = v.1;
            }
        }
        rows.push((label, row));
    }
    rows
}

/// The rows of a table rendered one cell per line, `columns` values to a row: only rows whose
/// values are all addresses or candidate IDs (an empty cell leaves no line, so a row with one
/// cannot be told from the next row's label). Ends at a blank line or a sentence.
fn cell_per_line<'t>(lines: &[&'t str], columns: usize, rules: &RuleSet) -> Rows<'t> {
    let fact = |l: &str| email_re().is_match(l) || rules.candidate.is_match(l);
    let mut rows = Rows::new();
    let mut j = 0;
    while j < lines.len() {
        let l = lines[j].trim();
        if l.is_empty() || l.chars().count() > 80 {
            break;
        }
        j += 1;
        if fact(l) {
            continue;
        }
        let values: Vec<&str> = lines[j..]
            .iter()
            .map(|v| v.trim())
            .take_while(|v| !v.is_empty() && v.chars().count() <= 80 && fact(v))
            .collect();
        j += values.len();
        if values.len() == columns {
            rows.push((l, values));
        }
    }
    rows
}

/// A line's cells with their byte offsets: split at `|` (the edges' empty cells dropped) or,
/// without one, at tabs and runs of two or more spaces (empty cells dropped).
fn cells(line: &str) -> Vec<(usize, &str)> {
    static GAP: OnceLock<Regex> = OnceLock::new();
    let mut out = Vec::new();
    if line.contains('|') {
        let mut at = 0;
        for part in line.split('|') {
            out.push((at + (part.len() - part.trim_start().len()), part.trim()));
            at += part.len() + 1;
        }
        if out.first().is_some_and(|c| c.1.is_empty()) {
            out.remove(0);
        }
        if out.last().is_some_and(|c| c.1.is_empty()) {
            out.pop();
        }
        return out;
    }
    let gap = GAP.get_or_init(|| crate::core::rules::static_re(r"\t+| {2,}"));
    let mut at = 0;
    for m in gap.find_iter(line) {
        let cell = &line[at..m.start()];
        if !cell.trim().is_empty() {
            out.push((at + (cell.len() - cell.trim_start().len()), cell.trim()));
        }
        at = m.end();
    }
    let cell = &line[at..];
    if !cell.trim().is_empty() {
        out.push((at + (cell.len() - cell.trim_start().len()), cell.trim()));
    }
    out
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

#[cfg(test)]
mod tests {
    use super::support_text;
    use crate::core::rules::RuleSet;

    #[test]
    fn a_header_table_before_support_text_does_not_end_it() {
        let r = RuleSet::builtin();
        let t = "Thank you for contacting us.\n\nCase ID: 175150884700128\nInquiry type: \
                 Certification / Benefits\n\nWe've received your request and will get back to \
                 you within one business day.\n";
        assert_eq!(support_text(t, &r), t);
        // The person's own words after the table are the form's text, as before.
        let t = "Thank you.\n\nInquiry type: Account merge\n\nI am leaving my company; can \
                 you merge my accounts? We both use them.\n";
        assert_eq!(
            support_text(t, &r),
            "Thank you.\n\nInquiry type: Account merge"
        );
        // Blank lines before the marker's line (a match that starts in them) end the search too.
        let t = "Case ID: 1\n\n\n\nInquiry type: merge\n\n\nWe will reply soon.\n";
        assert_eq!(support_text(t, &r), t);
        // So is a table that holds them.
        let t = "Case ID: 7702145839\nSubject: voucher\nCorrespondence: my voucher is gone\n\n\
                 We will look into it.\n";
        assert!(!support_text(t, &r).contains("We will"));
    }

    #[test]
    fn a_reply_that_greets_the_person_under_a_notice_table_is_support_text() {
        let r = RuleSet::builtin();
        // A console notice: header table, a line of dashes, then the agent's letter in the
        // first person.
        let t = "We have updated your case.\n\nCase ID: 7164029385\nSubject: voucher missing\n\n\
                 ------\n\nHello Kenta,\n\nI checked the appointment. Knowing which exam \
                 earned it would help me.\n";
        assert_eq!(support_text(t, &r), t);
        // The person's description greets support, if anyone: still cut.
        let t = "Case ID: 7164029385\nSubject: voucher missing\n\nHello support team,\n\nI \
                 lost my voucher after the merge.\n";
        assert!(!support_text(t, &r).contains("I lost"));
    }
}
