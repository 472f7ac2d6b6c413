#!/usr/bin/env python3
"""Write the blind corpus (NNN-msg.eml / NNN-msg.json) next to this script."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part1, part2, part3, part4, part5, part6, part7  # noqa: E402


def main():
    msgs = []
    for p in (part1, part2, part3, part4, part5, part6, part7):
        msgs.extend(p.build())
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = Counter()
    replies = 0
    for i, (data, label) in enumerate(msgs, 1):
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(data)
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
        replies += bool(label["needs_reply"])
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(msgs)))
    print("%-22s %d" % ("needs_reply", replies))


if __name__ == "__main__":
    main()
