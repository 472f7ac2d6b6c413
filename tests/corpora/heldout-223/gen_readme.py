# Writes README.md from the message list (called by gen.py).
import collections
import os

from gen_lib import (ME_PERSONAL, ME_COMPANY, CASE_A, CASE_B, CASE_C, CASE_D, CASE_E, OLD_2021,
                     CAND_PERSONAL, CAND_COMPANY, CAND_THIRD)

HEAD = """me: {p} {c}

# Blind corpus 223: Rina Okabe's mailbox, March-April 2025

Rina Okabe (岡部 里奈) leaves Tsubame Systems (an AWS Partner) on 31 March 2025 and moves to
Hoshizora Cloud. Her personal Gmail, `{p}`, also holds mail to her company address
`{c}` (Exchange Online headers), until that mailbox closes on 31 March. Messages are in
arrival order, NNN = 001 ... {n:03d}. `python3 gen.py` rewrites every file (standard library only).

Candidate IDs: `{cp}` (personal account, kept), `{cc}` (company account, merged away),
`{ct}` (stray 2021 account on the personal address, merged in case E).

## The cases

| case | number (format) | channel | topic | course and outcome |
|---|---|---|---|---|
| A | `{a}` (15 digits) | T&C form, e-mail | merge company -> personal | ack -> support wants the go-ahead written **from the company address** -> she answers from there -> **on hold** (account tied to the APN partner), with a question about her last day buried in it -> she answers -> still waiting -> hold lifted -> confirmation request (HTML table) -> closing notice -> she confirms -> merged -> survey. She forwards the result to her manager. |
| B | `{b}` (15 digits) | T&C form, Japanese UI, company address | duplicate of A | she filed the form again from the company address; Japanese ack -> closed as a duplicate and linked to A. |
| C | `{cn}` (15 digits) | AWS Support Center (console) | 50% exam discount lost in the merge | console ack -> info request (screenshot; answer in the Support Center) -> her e-mail answer **bounces** from no-reply-aws@ -> auto-resolve warning -> (she answers in the console: no mail) -> pending on an engineering fix -> voucher reissued, resolved -> survey. |
| D | `{d}` (11 digits, a 2023 case) | T&C form, e-mail, Japanese | name order on certificates | she replies on the resolved 2023 thread -> support reopens and asks (keigo) for the name spelling -> she answers -> passed to the records team (mentions an old 2021 case `{o}`) -> record fixed (Shift_JIS) -> Japanese survey. |
| E | `{e}` (15 digits) | T&C form, e-mail | third account on the same address | ack -> confirmation request in Japanese -> closing notice in Japanese -> she confirms -> merged. |

Other case numbers that are **not** Training and Certification cases: AWS Educate form case
`174199993500915` (020), SES quota console case `174356240200871` (044, 047), a phishing mail's invented
`174236610400988` (025). Other numbers that are not cases: AWS account IDs `482910337765` and `590218446731`,
invoice ID `2085531774`, Pearson VUE registration `412907735`, one-time code `583019`, order numbers,
vendor ticket numbers (#1893344, #88213, #TD-40712), Credly badge UUIDs.

## Labelling decisions (judgement calls)

- **`case` is set only for AWS Training and Certification cases** (A-E). Other AWS programs' cases
  (Educate form case, SES console case) and other vendors' tickets are `unrelated` with `case: null`,
  though they carry numbers of their own. Phishing that uses the case subject format gets `null` too
  (its number is invented; it belongs to no case).
- **Duplicate case B**: its ack and its "closed as duplicate" mail carry `case` = B (their own subject and
  thread), even though the second one also names A. The closing of a duplicate is `case_update`.
- **The hold in 016 needs a reply**: the case is paused for the partner (`on_hold`), but the agent asks
  for her last working day; she must answer, so `needs_reply` is true. The hold in 052 (engineering fix)
  says nothing more is needed: false.
- **010 (write from the company address)** is `info_request`, not `confirmation_request`: what is asked
  is a mail from another address; the account listing/which-to-keep question comes later (028).
- **Console case C**: the info request (045) and auto-resolve warning (049) need a reply even though
  the reply must go through the Support Center, not e-mail.
- **Bounce 046** (her e-mail answer to no-reply-aws@ rejected): `unrelated` (written by a mail
  server, not support, not her), `needs_reply` false (the waiting request is 045), `case` = C because
  the bounced mail is her answer on case C (the number is only in the attached original's subject).
- **Closing notices** are `needs_reply` true (an answer keeps the case open). Resolutions with "just reply
  here if anything looks wrong", "reopen within 14 days" or 〜がございましたら are false.
- **Surveys**: support-case satisfaction surveys (036, 057, 068) are `survey` with the case number; the
  CertMetrics "AWS Certification wants to hear from you" program survey (022) is `certification`.
- **Credly mail is `badge` whatever the issuer**, including a Linux Foundation badge (073); a fake Credly
  domain (050) is `suspicious`.
- **Owner-written mail is `user_reply`** wherever it goes: replies to support, a note to self (005), a
  forward to her manager (038) and her answer to her new employer (078, `case` null). Her replies carry
  the case of the thread they answer; 059 (she reopens case D) names case A in its text but belongs to D.
- **candidate_ids**: IDs in the message's own text, in order of first appearance, each once. Text
  under `>` quoting, "-----Original Message-----", "---------- Forwarded message", a "Previous message"
  separator or an attached original is history and is not counted. The echo of the submitted form in an
  acknowledgement (008, 043, 069) **is** counted: it is the system's own text, not a quote. Candidate
  IDs in non-case mail (CertMetrics, Pearson VUE, her notes) are listed too.
- **Requests from people who are not support** (manager 009, new employer 039, RSVP 017, Qiita reader
  024, newsletters) and phishing that demands a reply (025, 065) are all `needs_reply` false.

## Counts

{counts}

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def write(here, msgs):
    cnt = collections.Counter(m["kind"] for m in msgs)
    counts = "| kind | n |\n|---|---|\n" + "\n".join(
        "| %s | %d |" % (k, v) for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])))
    counts += "\n| **total** | %d |\n\n`needs_reply` true: %d." % (
        len(msgs), sum(m["needs_reply"] for m in msgs))
    text = HEAD.format(p=ME_PERSONAL, c=ME_COMPANY, n=len(msgs), cp=CAND_PERSONAL, cc=CAND_COMPANY,
                       ct=CAND_THIRD, a=CASE_A, b=CASE_B, cn=CASE_C, d=CASE_D, e=CASE_E, o=OLD_2021,
                       counts=counts)
    letter = {CASE_A: "A", CASE_B: "B", CASE_C: "C", CASE_D: "D", CASE_E: "E"}
    rows = []
    for i, m in enumerate(msgs, 1):
        rows.append("| %03d | %s | %s | %s | %s |" % (
            i, m["kind"], "yes" if m["needs_reply"] else "no",
            letter.get(m["case"], "-") if m["case"] else "-", m["note"].replace("|", "/")))
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text + "\n".join(rows) + "\n")
