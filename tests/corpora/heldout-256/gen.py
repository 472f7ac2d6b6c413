#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json for each message, and README.md.

Run from any directory: python3 gen.py  (files are written next to this script).
Standard library only.
"""
import collections
import email
import email.policy
import email.utils
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import part1, part2, part3, part4, part5, part6, part7, part8, part9  # noqa: E402,E401

README_HEAD = """me: {personal} {work}

# Blind corpus blind-256

One mailbox owner, Mizuho Kanzaki (神崎 瑞穂), who reads both her company address
({work}, Tessera Systems K.K., an AWS Partner Network company; shut down on
31 March 2025) and her personal address ({personal}) in one place. Mail runs from
November 2024 to April 2025. `python3 gen.py` rewrites every file and prints the count per kind.

## Cases in the set

| case | channel | topic | course |
|---|---|---|---|
| {D} | T&C form, company address | two certification accounts on one address (one created by Partner Central SSO), Credly badge missing | ack (Japanese) -> info request for candidate IDs (Japanese keigo) -> owner reply -> confirmation (Account A/B) -> owner confirms -> handed to another team -> merged (Japanese) -> survey |
| {A} | T&C form, personal address | merge company account {old} into personal account {new} | ack -> APN partner hold with a buried question -> owner reply -> hold lifted -> confirmation (HTML table) -> owner confirms from the wrong address -> "write from the personal address" -> closing notice -> owner confirms -> merged -> survey -> reopened by the owner (missing 2021 exam) -> partner hold with no question -> hold lifted -> resolved again |
| {B} | T&C form, company address | same request submitted again 25 minutes later | ack (Japanese) -> owner forwards it to herself -> closed as a duplicate of {A} |
| {C} | AWS Support Center (console), 11-digit id | 50% voucher missing after the merge | new-case mail -> question that must be answered in the console -> owner replies by e-mail (bounces) -> auto-resolve warning -> resolved |
| {E} | T&C form, personal address | name misspelt on certificates | bilingual ack -> info request (Shift_JIS) -> owner reply -> passed to records team -> resolved (Japanese) -> survey (Japanese) |
| {EDU} | AWS Educate form | another AWS program | one request; labelled unrelated |

Candidate IDs: {old} (company address, kept in {D}), {sso} (Partner Central SSO duplicate,
merged away in {D}), {new} (personal account, kept in {A}).

## Labelling decisions

- `needs_reply` is true only when AWS Training and Certification support is waiting for
  the owner on a real case: 006, 009, 027, 034, 037, 040, 047, 051, 062.
- 027 (partner hold): kind `on_hold` because the pause comes from the partner policy, but the
  agent asks whether the owner is leaving and her last day, so `needs_reply` is true.
  057 is also `on_hold` and is false: the partner must act and the owner is told to do nothing.
- 037: support re-asks for the same merge confirmation, but the new thing asked is to write from
  the personal address; labelled `info_request` (the brief lists "writing from another address").
- 040: the closing notice also repeats the confirmation ask; the deadline makes it `closing_notice`.
- 047 / 051: console case; the owner must answer in the Support Center, not by e-mail. Both
  true. The owner's e-mail answer (048) bounced (049), so the case still waits at 051.
- 026: duplicate case closed and linked to the main case: `case_update`, not `closing_notice`
  (not about silence) and not `resolved`.
- 064 says "if you have anything to add ... reply": a conditional invitation, false.
  012 and 054 offer a reply/reopen "if" something is wrong: resolved, false.
- 042 and 060 quote earlier requests (and the owner's "Please merge") under the resolution:
  `resolved`.
- 050 (AWS Educate) asks for information with "please confirm", but it is another program's
  case: `unrelated`, false. Its case number is still given, since it is an AWS support case.
- `case` is filled for every message belonging to a real AWS support case (including the
  owner's own mails, the owner's note to self 053 about case {A}, and the bounce 049 which carries
  case {C}'s subject); null for other vendors (031 uses its own "Case 00412877") and for the
  spoof 029, whose case number is invented by the sender.
- 045 (CertMetrics "wants to hear from you") is a feedback request about the certification
  program, not about a support case: `certification`, not `survey`.
- 029 comes from the real T&C sender address with the usual subject shape, but the receiving
  server recorded dkim=fail, spf=fail, dmarc=fail: `suspicious`. 038 passes authentication for
  its own lookalike domain: still `suspicious`.
- 025 and 053 are the owner's own notes/forwards: `user_reply`.
- `candidate_ids` lists IDs in the message's own new text. Echoed form content in an
  acknowledgement (023, 024, 061) counts as the message's own text; IDs that appear only in
  quoted or forwarded history (025, 036, 041) do not.
- 049 (bounce) is `unrelated` (a mail system, not support, not the owner).

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""


def decoded_text(raw):
    msg = email.message_from_string(raw, policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception:  # pragma: no cover
                out.append(part.get_payload())
    return "\n".join(out), msg


def main():
    for mod in (part1, part2, part3, part4, part5, part6, part7, part8, part9):
        mod.build()
    msgs = common.MESSAGES
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    rows = []
    last = None
    problems = []
    for i, m in enumerate(msgs, 1):
        n = "%03d" % i
        raw = m["raw"]
        enc = "utf-8"
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(raw.encode(enc))
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["ids"]}
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        text, msg = decoded_text(raw)
        when = email.utils.parsedate_to_datetime(msg["Date"])
        if last and when < last:
            problems.append("%s: date earlier than previous message" % n)
        last = when
        for cid in m["ids"]:
            if cid not in text:
                problems.append("%s: %s not in decoded text" % (n, cid))
        if m["case"] and not re.fullmatch(r"\d+", m["case"]):
            problems.append("%s: bad case" % n)
        rows.append("| %s | %s | %s | %s | %s | %s |" % (
            n, m["kind"], "yes" if m["needs_reply"] else "no", m["case"] or "-",
            m["what"], m["hard"]))
    head = README_HEAD.format(personal=common.ME_PERSONAL, work=common.ME_WORK,
                              A=common.CASE_A, B=common.CASE_B, C=common.CASE_C,
                              D=common.CASE_D, E=common.CASE_E, EDU=common.CASE_EDU,
                              old=common.ID_OLD, new=common.ID_NEW, sso=common.ID_SSO)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head + "\n".join(rows) + "\n")
    counts = collections.Counter(m["kind"] for m in msgs)
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(msgs)))
    print("%-22s %d" % ("needs_reply", sum(m["needs_reply"] for m in msgs)))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
