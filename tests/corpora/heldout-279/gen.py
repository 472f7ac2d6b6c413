#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json, in mailbox arrival order."""
import os, sys, json, glob, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
import part1, part2, part3, part4, part5, part6, part7  # noqa: F401  (each registers its messages)

def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    msgs = sorted(common.MSGS, key=lambda m: m["date"])  # stable: arrival order by Date
    counts = collections.Counter()
    for i, m in enumerate(msgs, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
        counts[m["label"]["kind"]] += 1
    for k, n in sorted(counts.items()):
        print("%-22s %d" % (k, n))
    print("%-22s %d" % ("total", len(msgs)))
    print("%-22s %d" % ("needs_reply", sum(m["label"]["needs_reply"] for m in msgs)))

if __name__ == "__main__":
    main()
