#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json in arrival order, next to this script."""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mk  # noqa: E402
import part1, part2, part3, part3b, part4, part5, part6, part7  # noqa: E402,E401


def main():
    for p in (part1, part2, part3, part3b, part4, part5, part6, part7):
        p.build()
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(old)
    counts = collections.Counter()
    for i, (raw, label) in enumerate(mk.MSGS, 1):
        assert label["kind"] in mk.KINDS
        assert label["case"] is None or re.fullmatch(r"\d+", label["case"])
        assert all(re.fullmatch(r"AWS\d{8}", c) for c in label["candidate_ids"])
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        counts[label["kind"]] += 1
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", sum(counts.values())))
    print("%-22s %d" % ("needs_reply", sum(1 for _, l in mk.MSGS if l["needs_reply"])))


if __name__ == "__main__":
    main()
