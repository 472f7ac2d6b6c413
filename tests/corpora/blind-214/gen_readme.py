# gen_readme.py - writes README.md from the generated rows (called by gen.py)
import os
import gen_part1 as P

CASES = [
    (P.CASE_A, '10 digits (2021)', 'T&C form, work address', 'Exam discount benefit missing after passing SAA', 'Voucher issued by hand: resolved'),
    (P.CASE_B, '11 digits (2023)', 'T&C form, work address', 'Three certification accounts (one same e-mail, one from Partner Central SSO), Credly badges missing', 'One merge done, second waits on Partner Operations, then all merged; support asks the owner to check and report back; resolved; survey'),
    (P.CASE_G, '11 digits (2024)', 'T&C form, work address', 'Share certifications with the employer\'s APN Partner Central profile', 'Done on AWS side, partner totals propagate within 7 days: resolved'),
    (P.CASE_F, '15 digits (2025-06)', 'T&C form, work address, Japanese', 'Correct the name on the certification record (kanji -> passport romaji)', 'Info request, record changed but Credly badge still with another team, then done with steps left for the owner at Credly / Pearson VUE: resolved'),
    (P.CASE_C, '15 digits (2025-10)', 'T&C form, personal address', 'Job change: merge work account AWS02418867 into personal AWS07730154', 'APN hold with a question, hold lifted, Account #1/#2 confirmation, closing notice, owner confirms, merge done but benefits still moving (open), then fully resolved with Partner Central propagation; survey'),
    (P.CASE_D, '15 digits (2025-10)', 'T&C form, work address', 'Same merge submitted again 20 minutes later from the work address', 'Closed as a duplicate of %s; work continues there' % P.CASE_C),
    (P.CASE_E, '15 digits (2025-11)', 'Support Center console (no-reply-aws@amazon.com)', 'Exam appointment lost after the merge', 'Info request (answer in console), auto-resolve warning, linked to %s and passed to T&C, transfer done but Pearson VUE sync up to 24 h: resolved; survey' % P.CASE_C),
]

DECISIONS = """\
Labels describe the moment the message arrives ("must I write back now?"), not what happened later:
a confirmation request stays `needs_reply: true` even though the owner answers it two messages later.

1. **Partial completion -> `case_update`.** When support reports that part of the request is done
   (one of two accounts merged; profiles merged but benefits still moving; name changed but the
   Credly badge still being reissued) and the case stays open for more AWS-side work, the request is
   not done: `case_update`, no reply. The mails open with "merged" / "変更いたしました" on purpose.
2. **Done on AWS's side, only automatic propagation left -> `resolved`.** When support says its work
   is complete, nothing more will happen on the case, and only a sync elsewhere is pending (Partner
   Central nightly batch, Pearson VUE overnight sync), it is `resolved`.
3. **Completion that asks for a check back -> `info_request`.** "All three are merged ... would you
   sign in and check ... just reply with what you see; I'll leave the case open" waits for the owner:
   `info_request`, `needs_reply: true`.
4. **Completion with chores at a third party -> `resolved`.** "All done; please accept the reissued
   badge in Credly and update your Pearson VUE profile yourself" asks the owner to act elsewhere but
   support waits for nothing: `resolved`, no reply. "ご不明な点がございましたら…ご返信ください" and "if it
   still doesn't show, reply / reopen" are conditional invitations, not requests.
5. **Duplicate case closed -> `case_update`,** labelled with the duplicate's own case number (the
   number in its subject), although the text also names the surviving case. It is not a
   `closing_notice` (not closed for lack of an answer) and not `resolved` (the request continues).
6. **Linked case / passed to another team -> `case_update`;** hold lifted -> `case_update`.
7. **APN hold with a buried question -> `on_hold`, `needs_reply: true`.** In 2023 a record "tied to
   the partner organization" waits on an internal AWS team while half the work is done and nothing is
   asked: that is a `case_update`, not `on_hold`.
8. **Support Center console case about a T&C topic** is a T&C case: its information request and
   auto-resolve warning need a reply (through the console, not e-mail). A console case about an EC2
   quota is `unrelated` and its `case` is null, although it has the same sender and subject shape.
9. **Spoofs.** The mail from the real form address with `dmarc=fail` and the lookalike
   `aws-certsupport.com` are `suspicious`, `needs_reply: false`, `case: null` (the spoof's case number
   is invented). Candidate IDs written in a phishing mail are still listed.
10. **Candidate IDs**: only the message's own text; duplicates removed, first-appearance order.
    The form details echoed in an acknowledgement count as the acknowledgement's own text (no quote
    marker or attribution line). Quoted history under replies and the forwarded part of a forward do
    not count. Placeholders like "AWS から始まる番号" are not IDs.
11. **Mail tied to a case but not from support** (Credly badges, CertMetrics benefit notice, Pearson VUE
    update, a colleague confirming the partner totals) has `case: null`. The owner's own replies and
    forwards carry the case number of their thread.
12. **Requests from other people** (HR, colleagues, the new employer, JetBrains and Datadog support)
    never set `needs_reply`: it is only for AWS T&C support waiting on the owner.
13. Surveys about a case carry that case's number; the console "We value your feedback" footer
    inside a case mail does not make it a survey.
"""


def write(here, rows, cnt):
    L = []
    L.append('me: %s %s' % (P.ME_GMAIL, P.ME_WORK))
    L.append('')
    L.append('# Blind corpus blind-214: "is the request done?"')
    L.append('')
    L.append('Mailbox of Daisuke Onodera (小野寺 大輔), 2021-2025: personal Gmail address and the address at his')
    L.append('employer Kirinoha Technologies (an APN partner, left 31 Oct 2025). Both mailboxes are exported together.')
    L.append('Stress focus: partial completions, "complete on our side", duplicate / linked cases, transfers done but')
    L.append('still propagating, against plain completions and plain progress updates, in English and Japanese.')
    L.append('Regenerate with `python3 gen.py` (standard library only; writes next to the script).')
    L.append('')
    L.append('Kinds: ' + ', '.join('%s %d' % (k, v) for k, v in sorted(cnt.items())) + '; total %d; needs_reply true: %d.' % (
        len(rows), sum(1 for _, m in rows if m['label']['needs_reply'])))
    L.append('')
    L.append('## Cases')
    L.append('')
    L.append('| case | format | channel | topic | course | messages |')
    L.append('|---|---|---|---|---|---|')
    for cid, fmt, ch, topic, course in CASES:
        nums = ', '.join('%03d' % i for i, m in rows if m['label']['case'] == cid)
        L.append('| %s | %s | %s | %s | %s | %s |' % (cid, fmt, ch, topic, course, nums))
    L.append('')
    L.append('## Labelling decisions')
    L.append('')
    L.append(DECISIONS)
    L.append('## Messages')
    L.append('')
    L.append('| # | kind | reply? | case | what it is / what makes it hard |')
    L.append('|---|---|---|---|---|')
    for i, m in rows:
        lab = m['label']
        L.append('| %03d | %s | %s | %s | %s |' % (i, lab['kind'], 'yes' if lab['needs_reply'] else 'no',
                                                lab['case'] or '-', m['note'].replace('|', '/')))
    L.append('')
    with open(os.path.join(here, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L))
