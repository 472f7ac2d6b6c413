#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json per message, and README.md.

Standard library only.  Run from any directory: files are written next to this script.
The messages themselves live in part1.py ... partN.py (built with mailkit.py); each part
registers its messages in mailbox arrival order through mailkit.M().
"""
import collections
import glob
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import mailkit  # noqa: E402

KINDS = ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
         "resolved", "survey", "badge", "certification", "user_reply", "case_update",
         "suspicious", "unrelated"]

CASES = [
    ("A", mailkit.A, "T&C form, account merge company -> personal. Acknowledged; APN partner hold with "
                "a buried question; owner answers from the wrong (company) address and is asked "
                "to write again from the personal one; hold lifted; HTML confirmation table; "
                "closing notice; confirmation; second go-ahead; merged. Reopened in April for a "
                "third (university) account: reopen receipt, confirmation, merged again."),
    ("B", mailkit.B, "T&C form, duplicate submission of the same merge request (Japanese ack); the "
                "owner asks to close it; support closes it as a duplicate and links it to A."),
    ("C", mailkit.C, "T&C form, 50% exam discount lost in the merge. Japanese agent (Shift_JIS keigo "
                "request), escalation, English update from another team, Japanese HTML "
                "resolution, Japanese survey."),
    ("D", mailkit.D, "AWS Support Center (console) case, misspelt name on the certification record. "
                "Request and closing notice must be answered in the Support Center; the owner "
                "answers by e-mail anyway and gets a bounce; resolved."),
    ("E (old)", mailkit.E_OLD, "2021 T&C case (ESL +30 exam accommodation); the owner replies on it "
                    "in 2025."),
    ("E", mailkit.E, "New case opened from that reply: ack, questions without 'please', bilingual "
                "closing notice, answer, resolved, survey."),
    ("EV", mailkit.EV, "AWS Events form case (same sender family, other program): labelled unrelated, "
                 "never needs_reply, but the case number is kept because the mail belongs to it."),
]

DECISIONS = """\
- **Partner hold with a question** (the first hold on case A) is `on_hold` with `needs_reply`
  true: the case is paused for the partner, but the agent also asks whether and when the
  employment ends, and nothing moves until the owner answers. The later hold ("you don't need to
  do anything") is `on_hold` with `needs_reply` false.
- **Write again from the other address** is `info_request` (not a confirmation): support wants
  the same answer re-sent from the personal address. It arrives in the company mailbox.
- **"If that's fine with you, just reply 'go ahead'"** reads like a conditional invitation but is
  the actual go-ahead support waits for before an irreversible merge: `confirmation_request`,
  reply needed. By contrast "if something looks wrong, reply" under a completed merge, the
  Japanese 〜がございましたら line and "feel free to reply" are conditional invitations: no reply.
- **Completion mails that quote earlier requests** (case A twice, case E) are `resolved`; the
  quoted asks (including Outlook-style quotes without `>` markers) are history.
- **Duplicate case closed and linked** is `case_update` (the request itself is not done).
- **Hold lifted / escalated / still working** mails are `case_update`; "I hope that's all
  right" in the English update to a Japanese thread is not a question to answer.
- **Automatic "your case has been reopened" receipt** is `acknowledgement` (a receipt, asks
  nothing).
- **Reply on a long-closed 2021 case**: the owner's mail belongs to the old 10-digit case; the
  support answer opening a new case is labelled with the new 15-digit case (it names both).
- **Console case**: the info request and the closing notice need a reply even though the reply
  cannot be sent by e-mail (it goes through the Support Center). The owner's e-mail to the
  no-reply address is `user_reply`; the bounce that comes back is `unrelated` (a mail-system
  message) but keeps case D, which its returned headers name.
- **Other AWS programs' form cases** (AWS Events) and other vendors' support cases (Norrsken,
  Tsumugi Cloud: info request, "closed for no reply, reply to reopen") are `unrelated` and never
  need a reply. The AWS Events mails keep their case number (they do belong to an AWS support
  case); other vendors' tickets get `null`.
- **Phishing that reuses the real sender address and subject** but fails SPF/DMARC for amazon.com,
  and lookalike domains (including a Credly lookalike whose DKIM passes for its own domain), are
  `suspicious`, `case` null (their case numbers are invented), no reply even though they demand
  one.
- **CertMetrics "wants to hear from you"** is a certification-program survey, not a support-case
  survey: `certification`.
- **Colleague and HR mail** with real requests (farewell dates, handover review, onboarding
  papers), and the partner admin's note that she removed the link, are `unrelated`.
- **Owner's forward of an old support request to himself** is `user_reply`; the request inside
  was answered long ago.
- **candidate_ids**: counted in the message's own text, which includes the form text echoed in an
  acknowledgement (it is the ack's body, not reply history), the owner's own replies and exam
  vendor / CertMetrics mails; not counted when they appear only in quoted history (closing notice
  on A, go-ahead on A, resolution of E). Each ID is listed once, in order of first appearance.
"""


def load_parts():
    names = sorted((os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "part*.py"))),
                   key=lambda n: int(re.sub(r"\D", "", n) or 0))
    for n in names:
        importlib.import_module(n).build()
    return names


def md(s):
    return s.replace("|", "\\|").replace("\n", " ")


def main():
    parts = load_parts()
    msgs = mailkit.MSGS
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(old)
    prev = None
    for m in msgs:
        if m["kind"] not in KINDS:
            raise SystemExit("unknown kind %r in %s" % (m["kind"], m["key"]))
        for c in m["candidate_ids"]:
            if not re.fullmatch(r"AWS\d{8}", c):
                raise SystemExit("bad candidate id %r in %s" % (c, m["key"]))
        if prev is not None and m["date"] < prev:
            raise SystemExit("arrival order broken at %s" % m["key"])
        prev = m["date"]
    rows = []
    for i, m in enumerate(msgs, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as f:
            f.write(m["raw"])
        label = {"kind": m["kind"], "needs_reply": bool(m["needs_reply"]),
                 "case": m["case"], "candidate_ids": m["candidate_ids"]}
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        rows.append("| %s | %s | %s | %s | %s | %s |" % (
            n, m["kind"], "yes" if m["needs_reply"] else "no", m["case"] or "-",
            md(m["subject"]), md(m["note"])))

    counts = collections.Counter(m["kind"] for m in msgs)
    replies = sum(1 for m in msgs if m["needs_reply"])
    out = ["me: %s %s" % (mailkit.ME_P, mailkit.ME_C), "",
           "# Blind corpus blind-242", "",
           "Mailbox of %s, who leaves his employer (company address %s, closed on "
           "31 March 2025) and moves his AWS Certification account to his personal address %s. "
           "%d messages, March-April 2025, in arrival order; generated by `python3 gen.py` from "
           "%s (built with mailkit.py)." % (mailkit.ME_NAME, mailkit.ME_C, mailkit.ME_P,
                                            len(msgs), ", ".join(p + ".py" for p in parts)),
           "", "Counts: " + ", ".join("%s %d" % (k, counts[k]) for k in KINDS if counts[k]) +
           "; needs_reply true: %d." % replies, "", "## Cases", ""]
    for tag, num, desc in CASES:
        out.append("- %s `%s` (%d digits): %s" % (tag, num, len(num), desc))
    out += ["", "## Labelling decisions", "", DECISIONS, "## Messages", "",
            "| # | kind | reply? | case | subject | what it is / what makes it hard |",
            "|---|---|---|---|---|---|"] + rows
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

    for k in KINDS:
        if counts[k]:
            print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(msgs)))
    print("%-22s %d" % ("needs_reply", replies))


if __name__ == "__main__":
    main()
