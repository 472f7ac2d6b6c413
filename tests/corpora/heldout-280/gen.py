#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json in mailbox arrival order.

Usage: python3 gen.py            (writes next to this script, prints counts per kind)
       python3 gen.py --table    (also prints the README message table)
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mk  # noqa: E402
import part1, part2, part3, part4, part5, part6, part7  # noqa: E402,F401  (each registers its messages)

KINDS = {"acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
         "resolved", "survey", "badge", "certification", "user_reply", "case_update",
         "suspicious", "unrelated"}


def main():
    msgs = mk.MESSAGES
    for i in range(1, len(msgs)):
        if msgs[i][0] < msgs[i - 1][0]:
            raise SystemExit("arrival order broken at message %d" % (i + 1))
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = collections.Counter()
    replies = 0
    rows = []
    for n, (when, raw, label, note) in enumerate(msgs, 1):
        assert label["kind"] in KINDS, label
        base = os.path.join(HERE, "%03d-msg" % n)
        with open(base + ".eml", "wb") as fh:
            fh.write(raw)
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
        replies += label["needs_reply"]
        rows.append("| %03d | %s | %s | %s | %s |" % (
            n, label["kind"], "yes" if label["needs_reply"] else "no", label["case"] or "-", note))
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(msgs)))
    print("%-22s %d" % ("needs_reply=true", replies))
    if "--table" in sys.argv:
        print()
        print("| # | kind | reply? | case | what it is / what makes it hard |")
        print("|---|---|---|---|---|")
        print("\n".join(rows))


if __name__ == "__main__":
    main()
