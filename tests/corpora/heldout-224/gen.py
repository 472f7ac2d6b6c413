#!/usr/bin/env python3
"""Blind corpus generator: writes NNN-msg.eml / NNN-msg.json next to this script.

Standard library only. Run: python3 gen.py
"""
import collections
import email
import email.policy
import json
import os
import re
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402

PARTS = ["gen_part1", "gen_part2", "gen_part3", "gen_part4", "gen_part5", "gen_part6"]
for name in PARTS:
    if os.path.exists(os.path.join(HERE, name + ".py")):
        __import__(name)

KINDS = {"acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
         "resolved", "survey", "badge", "certification", "user_reply", "case_update", "suspicious",
         "unrelated"}


def all_text(msg):
    out = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            out.append(p.get_content())
    return "\n".join(out)


def main():
    msgs = sorted(C.MESSAGES, key=lambda m: m["when"])
    keys = [m["key"] for m in msgs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for f in os.listdir(HERE):
        if re.fullmatch(r"\d{3}-msg\.(eml|json)", f):
            os.remove(os.path.join(HERE, f))
    counts = collections.Counter()
    rows = []
    problems = []
    for i, m in enumerate(msgs, 1):
        n = "%03d" % i
        lab = m["label"]
        assert lab["kind"] in KINDS, lab
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        counts[lab["kind"]] += 1
        # self-checks
        parsed = email.message_from_bytes(m["raw"], policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if parsed[h] is None:
                problems.append("%s missing %s" % (n, h))
        try:
            text = all_text(parsed)
        except Exception as e:  # pragma: no cover
            problems.append("%s decode error %r" % (n, e))
            text = ""
        for cid in lab["candidate_ids"]:
            if cid not in text:
                problems.append("%s candidate id %s not in text" % (n, cid))
        if lab["case"] and lab["case"] not in text and lab["case"] not in str(parsed["Subject"]):
            problems.append("%s case %s not in message" % (n, lab["case"]))
        rows.append((n, lab, m["what"], m["hard"]))
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(msgs)))
    print("needs_reply true       %d" % sum(1 for r in rows if r[1]["needs_reply"]))
    for p in problems:
        print("PROBLEM:", p)
    try:
        import readme_text
        with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
            fh.write(readme_text.HEAD)
            fh.write("\n## Messages\n\n| # | kind | reply? | case | what it is | what makes it hard |\n"
                     "|---|---|---|---|---|---|\n")
            for n, lab, what, hard in rows:
                fh.write("| %s | %s | %s | %s | %s | %s |\n" % (
                    n, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-",
                    what.replace("|", "/"), hard.replace("|", "/")))
    except ImportError:
        pass


if __name__ == "__main__":
    main()
