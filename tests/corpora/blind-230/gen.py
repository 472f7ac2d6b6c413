#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, and README.md."""
import os, sys, json, glob, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_lib as L
import importlib
for name in sorted(glob.glob(os.path.join(HERE, "gen_part*.py"))):
    importlib.import_module(os.path.basename(name)[:-3])

for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
    os.remove(f)
msgs = sorted(L.MSGS, key=lambda m: m["date"])
rows = []
for i, m in enumerate(msgs, 1):
    base = os.path.join(HERE, "%03d-msg" % i)
    with open(base + ".eml", "wb") as f:
        f.write(m["raw"])
    with open(base + ".json", "w", encoding="utf-8") as f:
        json.dump(m["label"], f, ensure_ascii=False)
        f.write("\n")
    rows.append((i, m))
cnt = collections.Counter(m["label"]["kind"] for m in msgs)
for k, v in sorted(cnt.items()):
    print("%-22s %d" % (k, v))
print("total %d, needs_reply %d" % (len(msgs), sum(m["label"]["needs_reply"] for m in msgs)))

try:
    import gen_readme
    gen_readme.write(HERE, rows, cnt)
except ImportError:
    pass
