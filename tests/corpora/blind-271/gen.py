#!/usr/bin/env python3
"""Write the blind-271 corpus (NNN-msg.eml + NNN-msg.json) next to this script.

Standard library only. Messages are defined in part1.py .. part5.py and written in
mailbox arrival order (by Date header; definition order breaks ties)."""
import glob
import json
import os
import sys
from collections import Counter
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import common  # noqa: E402
import part1, part2, part3, part4, part5  # noqa: E402,F401


def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    msgs = sorted(enumerate(common.MSGS), key=lambda t: (parsedate_to_datetime(t[1][1]["Date"]), t[0]))
    counts = Counter()
    for n, (_, (key, msg, label, crlf)) in enumerate(msgs, 1):
        base = os.path.join(HERE, "%03d-msg" % n)
        with open(base + ".eml", "wb") as fh:
            fh.write(common.serialize(msg, crlf))
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
    for kind, c in sorted(counts.items()):
        print("%-22s %d" % (kind, c))
    print("%-22s %d" % ("total", sum(counts.values())))
    print("%-22s %d" % ("needs_reply", sum(1 for m in common.MSGS if m[2]["needs_reply"])))


if __name__ == "__main__":
    main()
