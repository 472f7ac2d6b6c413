#!/usr/bin/env python3
"""Write the blind corpus (NNN-msg.eml + NNN-msg.json + README.md) next to this script.

Standard library only. Run: python3 gen.py
"""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import part1, part2, part3, part4, part5  # noqa: E402

README_HEAD = """me: {P} {C}

# Blind corpus 251: AWS Training and Certification support mail

One mailbox, March to April 2025. The owner is Haruka Tsujimoto (辻本 遥). She is
leaving Orizuru Systems K.K., an AWS Partner Network company, and is moving her
certifications to her personal address. The personal mailbox also receives her
company mail until 31 March, so both addresses appear. Messages are in arrival
order; each `NNN-msg.json` holds the label. Everything here was written for this set:
people, companies, case numbers, lookalike domains and mail hosts (`kumori-mail.jp`,
`orizuru-sys.co.jp`, `sagiri-labs.jp` and so on) are invented.

## Cases

| case | format | topic | path |
|---|---|---|---|
| {A} | 15 digits (form) | merge of the company account ({OLD}) into the personal one ({NEW}) | ack, APN-partner hold with a buried question, reply, hold reminder, hold lifted, Account #1/#2 confirmation, closing notice, confirmation from the wrong (company) address, "write from the address on file", confirmation from the personal address, merged, survey |
| {B} | 15 digits (form, Japanese ack) | duplicate of {A}, filed from the company address | ack, closed as a duplicate of {A} |
| {Cc} | 11 digits (Support Center console) | 50% voucher missing after the merge | ack, info request to be answered in the console, auto-resolve warning, owner e-mails the no-reply address, bounce, passed to benefits team, resolved with a rating footer, survey |
| {D} | 10 digits (form, Japanese) | two certification accounts on the same personal address ({NEW}, {DUP}); badge missing on Credly | ack, keigo request for the second candidate ID, reply, "still checking", HTML-only Japanese confirmation, go-ahead, merged, survey |
| {E} | 15 digits (form, `RE: [CASE` with a space) | name order on certificates | ack, question, 24-hour warning, closed for silence (reply reopens), reply, reopened, fixed, survey |
| {EDU} | 15 digits (AWS Educate form) | another AWS program: labelled `unrelated` | one question from Educate support |

The case numbers differ in length on purpose, so the set tests every format in DOMAIN.md.
A fake case number (9514470921) appears only in a forged mail and is not a case.

## Labelling decisions (judgement calls)

* **Hold with a buried question** (007): the mail is about the APN-partner hold, so it is
  `on_hold`, but "It would also help us to know your final working day" is a real ask that
  support is waiting on, so `needs_reply` is true. The later hold reminder (011) says no
  action is needed: `on_hold`, no reply.
* **Wrong address** (020 → 022 → 023): the owner confirmed from the company address;
  support asked her to send the same confirmation from the personal address. That is
  `info_request` (writing from another address), not a second `confirmation_request`,
  and it needs a reply even though it arrived in the company mailbox.
* **Closed for silence** (060): the case is already closed, but a reply within 14 days
  reopens it, so it is `closing_notice` with `needs_reply` true, following the brief.
  The earlier 24-hour warning (058) repeats the open question and is also a `closing_notice`.
* **Console case** (030, 032): support is waiting, but the answer has to go through the
  Support Center; `needs_reply` is still true. The bounce (034) for the owner's e-mail
  to `no-reply-aws@amazon.com` is a delivery failure, not support writing, so it is `unrelated`
  without a reply flag (the pending request is carried by 030/032). It keeps case {Cc}
  because its subject and attached original belong to that thread.
* **Non-support mail naming a case** (013 partner admin, 021 out-of-office, 034 bounce,
  056 AWS Educate): kind `unrelated`, but `case` is set when the message states the
  number in a case context (subject `[CASE n]` or "ケース n"), since the message belongs to
  that thread. The Educate case is a real support case of another program: no reply flag.
* **Acknowledgements that echo the form** (004, 005, 041): the candidate IDs in the echoed
  description are part of the acknowledgement's own text (not quote-marked), so they are
  listed in `candidate_ids`.
* **Candidate IDs in quotes** (009, 019, 024, 034): IDs that appear only in quoted history,
  forwarded parts or an attached original are not listed. In a forward (040) only the owner's
  note counts.
* **Surveys**: the CertMetrics "wants to hear from you" questionnaire (014) is about the
  certification program, not a case, so it is `certification`. A survey that asks for a
  reply by e-mail with a score (065) is still `survey` with no reply flag. A resolution with
  a "please share your experience by rating" footer (038) stays `resolved`.
* **Resolutions quoting old requests** (024, 051, 064): kind `resolved`, no reply flag. The
  conditional lines ("If anything still looks wrong, reply…", 〜がございましたら) are not requests.
* **Forged AWS sender** (047): From is the real form address and the subject has the
  `[CASE n]` token, but DKIM and DMARC fail at the receiving server and it asks for the Builder
  ID password: `suspicious`, `case` null.
* **Other vendors and HR** (036, 037, 046): they ask for replies or close cases, but they are
  not AWS Training and Certification cases: `unrelated`, no reply flag.
* **Owner's mail**: notes to self (003), replies from either address, and forwards (040) are
  all `user_reply`, never `needs_reply`.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def main():
    msgs = []
    for mod in (part1, part2, part3, part4, part5):
        msgs.extend(mod.msgs())
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(old)
    rows = []
    counts = collections.Counter()
    for i, m in enumerate(msgs, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as f:
            f.write(m["eml"])
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"],
                 "case": m["case"], "candidate_ids": m["candidate_ids"]}
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        counts[m["kind"]] += 1
        rows.append("| %s | %s | %s | %s | %s |" % (
            n, m["kind"], "yes" if m["needs_reply"] else "no", m["case"] or "",
            m["note"].replace("|", "/")))
    head = README_HEAD.format(P=common.P, C=common.C, A=common.CASE_A, B=common.CASE_B,
                              Cc=common.CASE_C, D=common.CASE_D, E=common.CASE_E,
                              EDU=common.CASE_EDU, OLD=common.CID_OLD, NEW=common.CID_NEW,
                              DUP=common.CID_DUP)
    summary = ["", "## Counts", ""]
    for k, v in sorted(counts.items()):
        summary.append("* %s: %d" % (k, v))
    summary.append("* total: %d, needs_reply: %d" % (
        len(msgs), sum(1 for m in msgs if m["needs_reply"])))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + "\n" + "\n".join(summary) + "\n")
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(msgs)))
    print("%-22s %d" % ("needs_reply", sum(1 for m in msgs if m["needs_reply"])))


if __name__ == "__main__":
    main()
