HEAD = """me: nanami@ashida.me nanami.ashida@kuroshio-dx.co.jp

# Blind corpus blind-224: Nanami Ashida's mailbox, 3 Jan - 13 Mar 2025

The mailbox owner is Nanami Ashida (芦田 七海), a cloud engineer at Kuroshio DX (クロシオDX), an AWS
Partner Network company. She leaves on 28 Feb 2025, when the company mailbox closes, and starts at a new
employer on 3 Mar. She reads two accounts in one client: the personal address `nanami@ashida.me` (a
custom domain on Fastmail, so `Authentication-Results` come from messagingengine.com) and the company
address `nanami.ashida@kuroshio-dx.co.jp` (Microsoft 365; Microsoft-style `Authentication-Results`, mostly
CRLF). Her own sent mail is in the set at its send time (Fastmail web/iOS from the personal address,
Outlook from the company address).

Run `python3 gen.py` (standard library only). It rewrites every `NNN-msg.eml` / `NNN-msg.json` next to
itself, prints the count per kind, checks that each file parses and that every labelled candidate ID and
case number is really in the message, and rewrites this README. The code is split into
`gen_common.py` (MIME builder, header helpers) and `gen_part1.py` ... `gen_part6.py` (the messages, in
time order); `readme_text.py` holds this text.

## The cases

| case | number (digits) | channel | topic | course |
|---|---|---|---|---|
| A | 173741844705128 (15 digits, 2025) | T&C form, e-mail | merge the company (APN-linked) certification profile into the personal one | ack -> **on hold** for the partner, with a question buried in it -> owner answers -> still waiting -> hold lifted + **confirmation request** (HTML table Account #1 / #2) -> **closing notice** -> owner confirms **from the wrong (company) address** -> support asks her to write from the kept address -> confirms again -> merged (resolution quotes the request) -> survey -> owner reports the old 50% voucher missing -> case **reopened**, passed to Benefits -> resolved again |
| B | 173745916062204 | T&C form, e-mail (company address) | the same merge, filed again by mistake | Japanese ack -> closed as a **duplicate** of A |
| C | 173880602214977 | **Support Center console** (`no-reply-aws@amazon.com`; answers only in the console) | MLA-C01 exam result not showing | ack -> asks for candidate ID and Pearson VUE registration number -> auto-resolve warning -> (owner answers in the console, no mail) -> hold for score validation (nothing to do) -> resolved -> survey |
| D | 14387205196 (11 digits) | T&C form, **Japanese** | name on certificates misspelt ("Asida") | Japanese ack -> keigo info request (ISO-2022-JP) -> closing notice (Shift_JIS, HTML only) -> owner replies in Japanese -> resolved -> Japanese survey; owner forwards the resolution to her new employer |
| F | 174158409770415 | T&C form, e-mail | a second, empty certification profile with the same e-mail address | ack (other template) -> terse confirmation request by candidate ID -> owner confirms -> "Done:" |

Candidate IDs: `AWS07731529` (company profile, merged away in A), `AWS12063478` (personal profile, kept),
`AWS15520984` (accidental duplicate, merged away in F).

Numbers that must **not** be taken as T&C cases: 8129934471 (a 2021 case mentioned in passing inside A's
hold mail; the message belongs to A), 173898031406675 (a console **billing** case), 173992860028811 (an
AWS **Educate** form case), 173741844705182 (spoofed mail: A's number with two digits swapped),
173759823311904 (phishing), 2502180040007314 (Microsoft Learn), 31178452 (Pearson VUE), #1932207 (Datadog),
493817260055 (AWS account ID), 452918370 (Pearson VUE registration), 583016 (one-time code).

Share of the set: 26 of 79 messages are written by support or its systems on the five T&C cases; with
the owner's own mail on those cases (replies, forwards, a note to a colleague) it is 35. The rest is
the mail around them.

## Labelling decisions (judgement calls)

1. **Hold with a buried question** (A, msg "case A paused"): kind `on_hold` (the case is paused for the
   partner), but `needs_reply` true, because the last paragraph asks for her last working day. The later
   console hold in case C asks nothing: `on_hold`, `needs_reply` false.
2. **Hold lifted and confirmation in one mail** (A): `confirmation_request`; the good news at the top is
   context, the ask is what the owner must act on.
3. **"Reply from the other address"** (A): `info_request`, not `confirmation_request` - what is asked is a
   fresh message from `nanami@ashida.me`; the merge itself was already confirmed once.
4. **Closing notices** are `closing_notice` with `needs_reply` true even when they contain no question
   (A, D) and even when the answer must be given in the Support Center (C).
5. **Console case C** is a Training and Certification case (exam result) although opened in the console;
   its request counts (`needs_reply` true) even though an e-mail reply would not reach AWS.
6. **Other AWS support cases** (console billing case, AWS Educate form case) are `unrelated` with
   `case` null: they are AWS support mail with real case numbers, but not Training and Certification
   cases. Other vendors' cases (Microsoft, Pearson VUE, Datadog) are likewise `unrelated`, `case` null.
7. **`case` on the owner's own mail**: set when the mail is about a T&C case and names it (her replies,
   her forward of the confirmation request to the partner admin, her Japanese note asking the partner
   admin to release the link, which quotes the case number, and her forward of case D's resolution to
   her new employer). Her private note written before any case existed has `case` null. Colleagues'
   mail (the partner admin's out-of-office and "released" replies) is `unrelated`, `case` null.
8. **Duplicate case B** closed as a duplicate: `case_update` labelled with B (the case it closes),
   although it names A twice. The reopening of A for the voucher is a `case_update`; the later fix is
   `resolved`.
9. **Surveys** carry the case they ask about (A, C, D). CertMetrics' invitation to a research study is
   `certification` (program mail), not `survey`.
10. **Spoofed / phishing mail** gets `case` null even when it carries a case-shaped number; the
    `dmarc=fail` mail uses the real T&C sender address and template and a number one transposition away
    from case A.
11. **candidate_ids** lists IDs in the message's own new text (not in `>` quotes, Outlook header-block
    quotes, `-----Original Message-----` sections or forwarded copies). When a multipart/alternative
    message shows the same text twice (plain and HTML) the ID is listed once. IDs in non-case mail
    (CertMetrics, Pearson VUE, a colleague) are listed too. IDs echoed by support (D's info request,
    C's hold, A's table, F) count as the message's own text.
12. **Requests from people who are not support** (HR, the new employer asking for certificate PDFs, the
    partner admin's auto-reply, Datadog's "reply to keep it open", Microsoft's "reply within 7 days")
    never make `needs_reply` true.
13. The D thread's survey arrives after D is resolved but its subject is a keigo "お願い"; it stays
    `survey`, `needs_reply` false.
"""
