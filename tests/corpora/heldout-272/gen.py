#!/usr/bin/env python3
"""Write the blind corpus (NNN-msg.eml + NNN-msg.json) next to this script."""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import part1, part2, part3, part4, part5, part6  # noqa: E402


def main():
    msgs = []
    for p in (part1, part2, part3, part4, part5, part6):
        msgs += p.messages()
    for a, b in zip(msgs, msgs[1:]):
        if b["date"] < a["date"]:
            raise SystemExit("not in arrival order: %s then %s" % (a["date"], b["date"]))
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(old)
    counts = collections.Counter()
    for i, m in enumerate(msgs, 1):
        stem = os.path.join(HERE, "%03d-msg" % i)
        with open(stem + ".eml", "wb") as f:
            f.write(m["bytes"])
        with open(stem + ".json", "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
        counts[m["label"]["kind"]] += 1
    for k, n in sorted(counts.items()):
        print("%-22s %d" % (k, n))
    print("%-22s %d" % ("total", len(msgs)))
    print("%-22s %d" % ("needs_reply", sum(m["label"]["needs_reply"] for m in msgs)))


if __name__ == "__main__":
    main()
