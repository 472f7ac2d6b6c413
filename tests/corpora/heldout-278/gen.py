#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml and NNN-msg.json next to this script."""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part1, part2, part3, part4, part5, part6, part7  # noqa: E402


def main():
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(old)
    allm = []
    for mod in (part1, part2, part3, part4, part5, part6, part7):
        allm.extend(mod.msgs())
    counts = collections.Counter()
    for i, (raw, label) in enumerate(allm, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        counts[label["kind"]] += 1
    for k, n in sorted(counts.items()):
        print("%-22s %d" % (k, n))
    print("%-22s %d" % ("total", len(allm)))
    print("%-22s %d" % ("needs_reply", sum(1 for _, l in allm if l["needs_reply"])))


if __name__ == "__main__":
    main()
