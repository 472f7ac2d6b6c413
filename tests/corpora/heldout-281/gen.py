#!/usr/bin/env python3
"""Blind corpus generator: writes NNN-msg.eml / NNN-msg.json next to this script.

Run: python3 gen.py            (writes the files, prints the count per kind)
     python3 gen.py --table    (also prints the README message table)
"""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import common  # noqa: E402
import part1, part2, part3, part4, part5, part6, part7  # noqa: E402,F401


def main():
    msgs = sorted(common.MSGS, key=lambda m: m["when"])  # mailbox arrival order
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    counts = collections.Counter()
    replies = 0
    rows = []
    for i, m in enumerate(msgs, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(m["data"])
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
        lab = m["label"]
        counts[lab["kind"]] += 1
        replies += lab["needs_reply"]
        rows.append("| %03d | %s | %s | %s | %s |" % (
            i, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-",
            m["note"].replace("|", "/")))
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(msgs)))
    print("%-22s %d" % ("needs_reply=true", replies))
    if "--table" in sys.argv:
        print("\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|")
        print("\n".join(rows))


if __name__ == "__main__":
    main()
