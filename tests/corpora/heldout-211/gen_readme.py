"""README text; the per-message table is filled in by gen.py."""

HEAD = """me: kenta.oshiro.dev@gmail.com k-oshiro@ryukyu-cloudworks.co.jp

# Blind corpus blind-211: Kenta Oshiro's mailbox (Oct 2023 - Jun 2025)

The owner is Kenta Oshiro (大城 健太), a cloud engineer in Naha. His personal Gmail
(`kenta.oshiro.dev@gmail.com`) receives everything; mail to his company address
(`k-oshiro@ryukyu-cloudworks.co.jp`, an AWS Partner Network company) was forwarded into it until
his last day (30 May 2025), so company-address mail carries Microsoft-365 forwarding and ARC
headers. Mail he sent is included as it sits in the mailbox (Gmail sent items, Outlook replies).

Generate: `python3 gen.py` (standard library only; writes next to itself and prints the count per
kind). Sanity check: `python3 check.py` (every .eml parses, labels have the four keys, every listed
candidate ID occurs in the message).

## The cases

| case | type / language | topic | thread | outcome |
|---|---|---|---|---|
| 14118350726 (11 digits, 2023) | T&C form case, Japanese support (one English system mail), company address | name on the certificates is misspelled | ack (ISO-2022-JP) -> info_request (Shift_JIS, keigo) -> closing warning -> "has been closed, reply to reopen" (English) -> owner's reply -> reopened/passed on -> resolved | resolved after a reopen |
| 174761526000417 (15 digits) | T&C form case, English, personal address | merge company account (APN-linked) into the personal one | ack -> partner on_hold with a buried question -> reply -> hold lifted -> HTML Account #1/#2 confirmation_request -> owner confirms from the COMPANY address (+ a colleague's out-of-office) -> "send it from the personal address" -> closing notice -> confirmation from personal -> resolved -> survey -> owner forwards result to HR | merged |
| 174761664000582 (15 digits) | T&C form case, Japanese ack, company address | the same merge submitted a second time | ack -> closed as a duplicate and linked to 174761526000417 | duplicate closed |
| 174895272000093 (15 digits) | AWS Support Center (console) case, no-reply-aws@amazon.com | 50% exam voucher lost in the merge | "New Support case" -> info_request (answer in the console) -> owner answers by e-mail anyway -> "your reply was not delivered, use the Support Center" -> auto-resolve warning -> resolved (voucher reissued) -> console survey | resolved |
| 174977664000356 (15 digits, subject `RE: [CASE` with a space) | T&C form case | a third, 2019 account with the same e-mail address | HTML-only ack -> Japanese confirmation_request -> owner's Japanese reply | still open when the mailbox ends |

Case-like numbers that are NOT the owner's T&C cases (labelled `case: null`): 174771720000348 (AWS
Educate form case), 174907980000611 (service-quota console case), 174934080000152 (a former
colleague's own T&C case, forwarded for advice), 174784320000871 / 174966840000309 / 17467812000521
(phishing), Google Cloud case 53810924, Atlassian PCS-418827, Zendesk 88412; 6718204935 is an old
case only mentioned inside a message of case 14118350726.

Candidate IDs: AWS02718843 (company account), AWS04471952 (personal account), AWS00937215 (2019
account), AWS03390127 / AWS05120664 (the former colleague's). AWS250415229 (AWS + 9 digits, a
Skill Builder order reference) is not a candidate ID.

## Labelling decisions (judgement calls)

1. **`case` is set only for the owner's own AWS Training and Certification cases** (form or
   console). Other AWS programs' cases (AWS Educate 035, EC2 quota console case 059), other
   vendors' tickets, the former colleague's forwarded case (068) and phishing get `null`, even
   when the subject carries a `[CASE n]` token. The owner does not want those tracked.
2. **A colleague's out-of-office reply whose subject is `自動応答: RE:[CASE …]`** (041) is
   `unrelated`, `case: null`: it is not correspondence with support.
3. **058, the console system's "your message to case … was not delivered; answer in the Support
   Center"** is labelled `info_request`, reply = yes. It looks like a bounce, but it is the
   case system telling him that support never got his answer and where to give it; support is
   still waiting. The genuine bounce from his closed company mailbox (048) is `unrelated`.
4. **A hold with a question inside** (032) stays `on_hold` (the case is paused for the partner)
   with reply = yes.
5. **Closing notices** ("will be closed" 009, 046, 063; "has been closed, reply within 14 days to
   reopen" 010) are all `closing_notice` with reply = yes. 046 arrives after he had answered —
   but from the wrong address — so he still has to write back.
6. **042 "send the same confirmation from your personal mailbox"** is `info_request` (write from
   another address), not `confirmation_request`, although what he must send is a go-ahead.
7. **Duplicate case closed and linked** (031) is `case_update`: nothing is asked, the request
   is not done, and "closed" is not for lack of an answer.
8. **Surveys**: a satisfaction survey about a case (052 form case, 067 console) is `survey` with
   the case number; the CertMetrics exam-content survey (061) is program mail -> `certification`.
   CertMetrics notices caused by the cases (051 address changed, 066 benefit added) are
   `certification`, `case: null`.
9. **Mail the owner wrote** is `user_reply` wherever it appears: replies, a note to himself (027,
   `case: null`, no case existed yet), a forward of the merge result to HR (053, case
   174761526000417 since it carries and forwards that case's mail), advice to his colleague (069,
   `null`).
10. **A completion that quotes the old request** (049, and 014 in Japanese) is `resolved`;
    conditional invitations ("if anything looks off, reply", 〜がございましたら) never make reply = yes.
11. **candidate_ids** are taken from the author's own new text only — including the form text
    echoed in an acknowledgement and support's account tables — and not from `>` quotes,
    Outlook `-----Original Message-----` / 差出人 blocks, Gmail "Forwarded message" parts or
    quoted attribution blocks. Each ID is listed once, in order of first appearance (027 and 073
    repeat an ID in the text).
12. **Phishing**: a lookalike domain is `suspicious` even when its own DKIM/SPF/DMARC pass (024,
    071); mail with the real T&C From address but `dmarc=fail` from a VPS is `suspicious` (036).
    None needs a reply, however urgent it sounds.
13. **Requests from people who are not AWS support** (colleague 023, HR 025, Slack 079, other
    vendors 043/060, AWS Educate 035) are `unrelated`, reply = no.
14. Credly mail is `badge` whatever the issuer (062 is HashiCorp).
"""


def render(rows, counts):
    out = [HEAD, "\n## Count per kind\n\n| kind | n |\n|---|---|\n"]
    for k, v in sorted(counts.items()):
        out.append("| %s | %d |\n" % (k, v))
    out.append("| total | %d |\n" % sum(counts.values()))
    out.append("\n## Messages\n\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n")
    for n, lab, note in rows:
        out.append("| %s | %s | %s | %s | %s |\n" % (n, lab["kind"], "yes" if lab["needs_reply"] else "no",
                                                  lab["case"] or "-", note.replace("|", "/")))
    return "".join(out)
