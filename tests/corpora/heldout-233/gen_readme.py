# Writes README.md from the message rows collected by gen.py.
import os
import collections
import gen_part1 as P

HEAD = """me: %s %s

# Blind corpus blind-233: Rena Ishikawa's mailbox, Oct 2023 - May 2025

One mailbox holding both of the owner's addresses (the company address at KumoWorks, an AWS
Partner Network company, until 31 March 2025, and the personal Gmail address). Messages are in
arrival order (by UTC). Regenerate with `python3 gen.py` (standard library only; the script is
split into gen_part1.py ... gen_part6.py and gen_readme.py, all imported by gen.py).

## The cases

| case | format | channel | topic | course |
|---|---|---|---|---|
| %s | 11 digits (2023) | T&C form, company mailbox | two certification profiles on the same address, Credly badge missing | ack -> info request (which profile booked the exam) -> owner reply -> passed to records team -> resolved -> survey |
| %s | 11 digits (2024) | T&C form, personal mailbox, **Japanese** | misspelt name on the certification record | ack (JP, base64) -> info request (JP keigo, ISO-2022-JP) -> owner reply (JP) -> resolved (JP, Shift_JIS, CRLF) |
| %s | 15 digits (2025) | T&C form, starts in company mailbox, moves to personal | company -> personal merge on leaving the job | ack -> **on hold** (APN partner link; buried question about the leaving date) -> owner reply -> hold lifted -> info request (write from the personal address) -> owner reply -> confirmation request (HTML table) -> owner forwards it to a friend -> friend answers -> **closing notice** -> owner confirms -> resolved -> survey -> owner's thank-you (cc to the dead company address, bounce) -> owner **reopens** (third, university profile) -> update (reopened) -> confirmation request (JP) -> owner confirms (JP) -> resolved (JP) |
| %s | 15 digits (2025) | T&C form, personal | duplicate form for the same merge, filed by mistake | ack -> closed as duplicate of %s |
| %s | 15 digits (2025) | **AWS Support Center console** (no-reply-aws@amazon.com) | 50%% exam discount lost in the merge | ack -> info request (answer in the console) -> auto-resolve warning -> resolved -> survey |

Other case numbers in the set, not T&C: %s (AWS Educate form case, asks for a link),
%s (AWS billing console case), %s (2020 case only mentioned in the C2 hold mail),
%s and 174298117700214 (fake, in phishing), 55120934 (Google Cloud), 03918225 (Pearson VUE), 48213 (HashiCorp Zendesk).
Candidate IDs: %s (company/main profile), %s (duplicate 2023 profile), %s (new personal
profile), AWS02950661 (restored university profile).

## Labelling decisions (judgement calls)

- **needs_reply** is true only when AWS T&C support (form or console) waits for the owner now: 9
  messages, including the on-hold mail whose last paragraph asks for the leaving date (kind stays
  `on_hold`, reply true), both closing notices, and the console request/closing notice that must be
  answered in the Support Center rather than by e-mail.
- Requests from others are `unrelated` with needs_reply false even when they really want an answer:
  AWS Educate form case, HashiCorp Zendesk, Pearson VUE case, Google Cloud, colleagues, new employer.
- The AWS billing console case and the AWS Educate form case are `unrelated` but keep their case
  number in `case` (they are AWS support cases; the number is printed in their subject/body).
  Non-AWS tickets (Google, Pearson VUE, HashiCorp) have `case: null`.
- `case` for mail that is not from support: the owner's replies and forwards, the friend's reply
  (subject `Re: Fwd: RE:[CASE ...]`) and the Gmail bounce of the owner's C2 mail (threads to it by
  In-Reply-To; the case subject is in the returned headers) carry the case they belong to. Phishing
  always has `case: null`, also when it prints a case-like number.
- Mail that names two cases belongs to the one it is on: the C3 acknowledgement echoes the C2
  number, the C3 duplicate notice names C2, the owner's C2 reply names C3, the C4 acknowledgement
  names C2, the C2 hold names a 2020 case.
- The T&C form-case survey mails (aws-training-feedback@amazon.com) and the console survey are
  `survey`; the CertMetrics "AWS Certification wants to hear from you" exam-program survey is
  `certification`.
- A hold that is lifted, a case passed to another team, a duplicate closed, a case reopened: all
  `case_update`. The C3 "closed as duplicate" is not a closing_notice (nothing the owner must do).
- Resolutions that end with a conditional invitation ("should it still be missing... write back",
  "ご不明な点がございましたら", "you can reopen it") are `resolved`, reply false.
- `candidate_ids`: IDs in the message's own text, first appearance order, **deduplicated**. Text
  the sender echoes from the submitted form (acknowledgements) counts as the message's own text.
  Quoted history does not count, whatever the quoting style: `>` lines, Outlook `From:/Sent:`
  blocks, `-----Original Message-----`, `---- Previous message ----`, the Japanese
  `----- ... さんからのメッセージ -----` block, and the forwarded part under the owner's note.
  "AWS から始まる 11 桁" is a description, not an ID.
- Suspicious: a lookalike CertMetrics domain, a spoof of the real T&C form address with
  `dmarc=fail`, a lookalike Credly domain (passes its own DKIM), a lookalike closing notice.
- The share of case mail is higher than a third (about 35 of 80 are support mail or the owner's
  replies on T&C cases) because C2 runs long (reopened, two languages); the rest is the mail around it.

## Counts

%s

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""


def write(here, rows):
    counts = collections.Counter(r[1]["kind"] for r in rows)
    ctab = "\n".join("- %s: %d" % (k, counts[k]) for k in sorted(counts)) + \
        "\n- total: %d (needs_reply true: %d)" % (len(rows), sum(1 for r in rows if r[1]["needs_reply"]))
    head = HEAD % (P.ME_PERSONAL, P.ME_COMPANY, P.C1, P.C5, P.C2, P.C3, P.C2, P.C4,
                   P.CE, P.CB, P.OLDCASE, P.FAKECASE, P.ID_MAIN, P.ID_DUP, P.ID_NEW, ctab)
    lines = []
    for i, label, desc, hard in rows:
        lines.append("| %03d | %s | %s | %s | %s | %s |" % (
            i, label["kind"], "yes" if label["needs_reply"] else "no", label["case"] or "-",
            desc.replace("|", "/"), hard.replace("|", "/")))
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(lines) + "\n")
