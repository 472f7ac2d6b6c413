#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, and README.md."""
import os
import sys
import json
import glob
import collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_part1 as P  # noqa: E402

PARTS = ["gen_part2", "gen_part3", "gen_part4", "gen_part5", "gen_part6"]
for name in PARTS:
    if os.path.exists(os.path.join(HERE, name + ".py")):
        __import__(name)

for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
    os.remove(old)

counts = collections.Counter()
rows = []
for i, (data, label, desc, hard) in enumerate(P.MSGS, 1):
    base = os.path.join(HERE, "%03d-msg" % i)
    with open(base + ".eml", "wb") as f:
        f.write(data)
    with open(base + ".json", "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False)
        f.write("\n")
    counts[label["kind"]] += 1
    rows.append((i, label, desc, hard))

try:
    import gen_readme
    gen_readme.write(HERE, rows)
except ImportError:
    pass

for k in sorted(counts):
    print("%-22s %d" % (k, counts[k]))
print("%-22s %d" % ("TOTAL", sum(counts.values())))
print("needs_reply true: %d" % sum(1 for r in rows if r[1]["needs_reply"]))
