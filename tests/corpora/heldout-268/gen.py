#!/usr/bin/env python3
"""Write the blind corpus (NNN-msg.eml + NNN-msg.json + README.md) next to this script."""
import os, sys, json, glob, re, email
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_lib
import gen_p1, gen_p2, gen_p3, gen_p4, gen_p5, gen_p6, gen_p7, gen_p8  # noqa: F401  (they fill gen_lib.MSGS)

README_HEAD = """me: %s %s

# Blind corpus blind-268

Mailbox of Haruka Tsujimoto (辻本 遥), who leaves Kiribay Technologies on 2025-09-30 and moves her AWS
Certification record from the company address to her personal address. Until the 30th the company
mailbox is forwarded into the same mailbox, so mail to either address appears here. Messages are in
arrival order (sorted by Date, UTC). Candidate IDs: AWS09917406 (personal, kept), AWS02285731
(company, merged away), AWS07730128 (2018 profile), AWS11250873 (duplicate created at exam booking).

Regenerate with `python3 gen.py` (standard library only; gen.py imports gen_lib.py and gen_p1..gen_p8.py).

## Cases
| case | format | channel | topic | outcome |
|---|---|---|---|---|
| 175802214400417 (A) | 15 digits | T&C form, e-mail | company -> personal merge, APN hold, must confirm from personal address, third profile found | merged 2025-09-30, badge, survey |
| 175802986500310 (B) | 15 digits | T&C form, e-mail (Japanese receipt) | duplicate of A filed from the personal address | closed as duplicate, linked to A |
| 14827703915 (C) | 11 digits | Support Center console (no-reply-aws, cannot be answered by mail) | 50%% voucher missing after merge | voucher re-issued |
| 8830214476 (D) | 10 digits | old 2021 T&C form case revived by the owner's reply | certificate name spelling, Japanese agent | name fixed |
| 176105691100774 (E) | 15 digits | T&C form, e-mail | recertification landed on a duplicate profile, Credly badge missing | closed for no answer, reopened by reply, merged |
| 175858933000118 | 15 digits | console | EC2 quota on the company AWS account (not T&C) | labelled unrelated |
| 176006551000342 | 15 digits | AWS Educate form | educator application (other program) | labelled unrelated |

## Labelling decisions (judgement calls)
- The first APN hold (A) ends with a question about the last working day: `on_hold`, needs_reply **true**
  (the question is buried in the hold). The second hold mail says nothing is needed: `on_hold`, false.
- "Send the same confirmation from your personal address" (A): `info_request` (writing from another
  address), not `confirmation_request`, though the content to send is a confirmation. needs_reply true.
- The third-profile question after the owner already confirmed (A): `confirmation_request`, true.
- Console case C: the info request and the auto-resolve warning need an answer even though it must be
  given in the Support Center, not by mail: needs_reply true. The resolution has a rating footer and
  "feel free to reopen": `resolved`, false.
- Case E's "this case has now been closed ... replying reopens it" with a pending confirmation:
  `closing_notice`, true. The automated "case reopened" notice: `case_update`, false.
- Duplicate case B's "closed and linked to A" is `case_update` and belongs to case B (A's number only
  appears in the text). Case D's "reopened and transferred" is `case_update`.
- Owner's forward of a support mail to herself with a note (A) is `user_reply`, false, case A.
- Bounce of the owner's forward to the closed company mailbox: `unrelated`, false; case set to A because
  the bounced message is a forward of case A mail (a scorer may reasonably accept null).
- Other AWS support cases (EC2 quota console case, AWS Educate form case) are `unrelated` with
  needs_reply false, but `case` carries their number because they are support cases. Other vendors'
  case numbers (Microsoft, Zendesk) are not AWS case IDs: null.
- Survey mails carry the case they ask about. "AWS Certification wants to hear from you" (CertMetrics
  program survey, no case) is `certification`.
- The `dmarc=fail` mail from the real T&C address uses a case number that is not one of the owner's:
  `suspicious`, false, case null. Lookalike-domain phishing also null.
- Receipts echoing the form text are treated as the message's own text (no candidate IDs were put in
  echoes, so this never matters for candidate_ids).
- candidate_ids: own new text only (quoted `>` / Original Message / quoted-below history excluded),
  each ID once, in order of first appearance. Footers of CertMetrics mail count as own text.
- Owner's own replies are always needs_reply false.

## Messages
| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def main():
    out = HERE
    for f in glob.glob(os.path.join(out, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    msgs = sorted(gen_lib.MSGS, key=lambda m: m["date"].timestamp())
    rows = []
    for i, m in enumerate(msgs, 1):
        n = "%03d" % i
        with open(os.path.join(out, n + "-msg.eml"), "wb") as f:
            f.write(m["raw"])
        lab = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"], "candidate_ids": m["candidate_ids"]}
        with open(os.path.join(out, n + "-msg.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False)
            f.write("\n")
        rows.append("| %s | %s | %s | %s | %s |" % (n, m["kind"], "yes" if m["needs_reply"] else "no",
                                                  m["case"] or "-", m["note"].replace("|", "/")))
        # sanity: every labelled candidate ID must be in the decoded message
        msg = email.message_from_bytes(m["raw"])
        txt = ""
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                txt += part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8", "replace")
        for c in m["candidate_ids"]:
            assert c in txt, (n, c)
        if m["case"]:
            assert m["case"] in m["raw"].decode("utf-8", "replace") or m["case"] in txt, (n, m["case"])
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD % (gen_lib.ME_P, gen_lib.ME_C))
        f.write("\n".join(rows) + "\n")
        cnt = Counter(m["kind"] for m in msgs)
        f.write("\nTotals: %d messages; %s; needs_reply true: %d\n" % (
            len(msgs), ", ".join("%s %d" % kv for kv in sorted(cnt.items())), sum(m["needs_reply"] for m in msgs)))
    cnt = Counter(m["kind"] for m in msgs)
    for k, v in sorted(cnt.items()):
        print("%-22s %d" % (k, v))
    print("total %d, needs_reply true %d" % (len(msgs), sum(m["needs_reply"] for m in msgs)))


if __name__ == "__main__":
    main()
