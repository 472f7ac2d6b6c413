#!/usr/bin/env python3
"""Write the blind-249 corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md."""
import collections
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common as C  # noqa: E402

PARTS = [p for p in ["part1", "part2", "part3", "part4", "part5"]
         if os.path.exists(os.path.join(HERE, p + ".py"))]

README_HEAD = """me: {p} {c}

# Blind corpus 249: an AWS Training and Certification mailbox, March to May 2025

Mailbox owner: {name} ({ja}). Personal address `{p}` (Yukimail, an invented consumer
provider; its inbound server `mx2.yukimail.jp` adds Authentication-Results). Company address
`{c}` (Hoshizora Systems, an invented AWS Partner Network company; the gateway
`mgw01.hoshizora-sys.co.jp` adds Authentication-Results). She leaves Hoshizora on 31 March 2025
and moves her AWS Certification records to the personal address. Both mailboxes are merged into
this one set; messages she sent appear as they sit in her Sent folders (no Received headers),
except her note-to-self (005), which is the copy delivered to the personal inbox.

Regenerate with `python3 gen.py` (standard library only).

## Cases in the set

| case | channel | topic | course |
|---|---|---|---|
| {A} | T&C form, 15 digits | merge company + Partner Central SSO accounts into the personal account | ack, APN hold with a buried question, hold without ask, hold lifted, 3-account confirmation, wrong-address reply, closing notice, bounce, reply, merged; reopened in May (missing exam), question, 4th account confirmation, merged again |
| {B} | T&C form, 15 digits | duplicate of the same merge form (sent twice) | Japanese ack, closed as duplicate and linked to {A} |
| {C} | Support Center console, 11 digits | 50% exam voucher missing after the merge | console ack, request to answer in the console, Japanese auto-resolve warning, escalated, voucher reissued (with feedback footer) |
| {D} | T&C form, 15 digits, Japanese | name on the certification record (romanisation) | Japanese ack, keigo request for the passport and booking spellings, reply, escalated, fixed (English), Japanese survey |
| {E} | old 2021 case, 10 digits | earlier exam-rescheduling case | only inside a forward she sends to herself |
| {BILL} | console, not T&C | billing question on her own AWS account | ack and a question: unrelated |
| {EVT} | AWS Events form, not T&C | AWS Summit registration | a question: unrelated |

Candidate IDs: personal {ip}, company {ic}, Partner Central SSO duplicate {isso},
old university-address profile {iu}.

## Labelling decisions for judgement calls

- `needs_reply` is true only for mail from AWS Training and Certification support (form or
  console) that is waiting for her now. Requests from other AWS programs (the billing console case,
  the AWS Events form case) are `unrelated` with `needs_reply` false, although they are AWS support
  cases and do ask a question. Their `case` field still carries their case number, because the
  message literally belongs to that AWS case; other vendors' ticket numbers are never put in `case`.
- The APN hold that ends with "are you leaving the company, and when?" is `on_hold` with
  `needs_reply` true (question buried in a hold). The later hold that says no action is needed is
  `on_hold`, false. The hold-lifted mail is `case_update`.
- The request to write again from the personal address (support will not act on the company
  address) is `info_request`, true: she must send a new mail.
- Console requests and the console auto-resolve warning need a reply even though the mail itself
  cannot be answered by e-mail (the reply goes through the Support Center).
- The auto-resolve warning written in Japanese for the console case is `closing_notice`, true.
- A bounce of her own reply to a mistyped support address is `unrelated` (a mail system's notice,
  written neither by support nor by her) but carries case {A} because the bounced mail belongs to it;
  needs_reply false (the warning that follows it is what asks her to answer).
- The system receipt "we received your reply" is `acknowledgement`, false.
- The duplicate case's "closed, continuing under the other case" is `case_update` with the
  duplicate's own number.
- The acknowledgement of {A} echoes the form text including three candidate IDs: that echo is the
  message's own text (not a quote of a previous mail), so the IDs are listed.
- Resolution mails that quote the earlier confirmation request are `resolved`, false. Closing lines
  such as "if anything looks off, reply here" are conditional invitations, not requests.
- The CertMetrics program feedback request (030, not tied to any case) is
  `certification`, not `survey`.
- The mail that looks exactly like a T&C form case mail from the real sender but fails DKIM, SPF and
  DMARC (and asks for a sign-in) is `suspicious`, case null: a forged case number does not make it a case.
- Her forwards and notes are `user_reply`; a forward of case mail carries that case's number.
- Other vendors' "will be closed unless you reply" mail is `unrelated`, false.
- Exam appointment mail from the real exam vendor is `unrelated`; its candidate ID is listed.
- Candidate IDs: only the message's own text counts. Listed: IDs in an acknowledgement's echo of
  the form, an ID inside a URL (030), and the made-up ID in the forged mail (050). Not listed: IDs
  inside `>` quotes, Outlook "Original Message" blocks, Gmail forwards (064, 065) and the message
  attached to a bounce (025). Each ID is written at most once per message's own text.
- Case {A} reopened by her reply to the resolution: the system notice "case reopened" is
  `case_update`; the new question after it is `info_request`; the fourth-account check is
  `confirmation_request` (it asks her to confirm an account is hers and may be merged).
- The forward of the 2021 case (065) contains an old "Please reply with two preferred dates"
  request; it is her `user_reply`, needs_reply false, case {E}.

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""


def main():
    items = []
    for p in PARTS:
        mod = importlib.import_module(p)
        items += mod.messages()
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    rows = []
    kinds = collections.Counter()
    for i, it in enumerate(items, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(it["eml"])
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(it["label"], fh, ensure_ascii=False)
            fh.write("\n")
        lab = it["label"]
        kinds[lab["kind"]] += 1
        rows.append("| %s | %s | %s | %s | %s | %s |" % (
            n, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-",
            it["what"].replace("|", "/"), it["hard"].replace("|", "/")))
    head = README_HEAD.format(
        p=C.ME_P, c=C.ME_C, name=C.ME_NAME, ja=C.ME_JA, A=C.CASE_A, B=C.CASE_B, C=C.CASE_C,
        D=C.CASE_D, E=C.CASE_E, BILL=C.CASE_BILL, EVT=C.CASE_EVT, ip=C.ID_PERS, ic=C.ID_COMP,
        isso=C.ID_SSO, iu=C.ID_UNIV)
    summary = "\n\nTotals: %d messages; %d need a reply. Per kind: %s.\n" % (
        len(items), sum(1 for it in items if it["label"]["needs_reply"]),
        ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head + "\n".join(rows) + summary)
    print("messages:", len(items))
    for k, v in sorted(kinds.items()):
        print("  %-22s %d" % (k, v))
    print("needs_reply:", sum(1 for it in items if it["label"]["needs_reply"]))


if __name__ == "__main__":
    main()
