#!/usr/bin/env python3
"""Generate the blind corpus: NNN-msg.eml + NNN-msg.json + README.md next to this script."""
import collections
import email
import email.policy
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import part1, part2, part3, part4, part5, part6, part7  # noqa: E402
import readme_part  # noqa: E402

KINDS = {"acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
         "resolved", "survey", "badge", "certification", "user_reply", "case_update", "suspicious",
         "unrelated"}


def visible_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            out.append(p.get_content())
    return msg, "\n".join(out)


def main():
    recs = []
    for mod in (part1, part2, part3, part4, part5, part6, part7):
        recs.extend(mod.messages())
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(old)
    problems = []
    for i, r in enumerate(recs):
        if i and r["date"] < recs[i - 1]["date"]:
            problems.append("%03d arrives before %03d" % (i + 1, i))
        lab = r["label"]
        if lab["kind"] not in KINDS:
            problems.append("%03d bad kind %s" % (i + 1, lab["kind"]))
        if lab["needs_reply"] and lab["kind"] not in ("confirmation_request", "info_request",
                                                     "closing_notice", "on_hold"):
            problems.append("%03d needs_reply on kind %s" % (i + 1, lab["kind"]))
        msg, text = visible_text(r["eml"])
        for cid in lab["candidate_ids"]:
            if not re.fullmatch(r"AWS\d{8}", cid) or cid not in text:
                problems.append("%03d candidate id %s not in text" % (i + 1, cid))
        if lab["case"] and lab["case"] not in text + str(msg["Subject"]):
            problems.append("%03d case %s not in message" % (i + 1, lab["case"]))
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if msg[h] is None:
                problems.append("%03d missing %s" % (i + 1, h))
    for i, r in enumerate(recs, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(r["eml"])
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(r["label"], f, ensure_ascii=False)
            f.write("\n")
    rows = ["| # | kind | reply? | case | what it is | what makes it hard |", "|---|---|---|---|---|---|"]
    for i, r in enumerate(recs, 1):
        lab = r["label"]
        rows.append("| %03d | %s | %s | %s | %s | %s |" % (
            i, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-",
            r["what"].replace("|", "/"), (r["hard"] or "-").replace("|", "/")))
    counts = collections.Counter(r["label"]["kind"] for r in recs)
    replies = sum(r["label"]["needs_reply"] for r in recs)
    summary = ["", "## Counts", "", "%d messages, %d need a reply." % (len(recs), replies), ""]
    summary += ["- %s: %d" % (k, counts[k]) for k in sorted(counts)]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme_part.head() + "\n" + "\n".join(rows) + "\n" + "\n".join(summary) + "\n")
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("total %d, needs_reply %d" % (len(recs), replies))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
