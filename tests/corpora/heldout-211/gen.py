#!/usr/bin/env python3
"""Write the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, and README.md."""
import os, sys, json, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import gen_lib
import gen_part1, gen_part2, gen_part3, gen_part4, gen_part5, gen_part6, gen_part7, gen_part8, gen_part9  # noqa: E402  (each appends in arrival order)
import gen_readme

msgs = gen_lib.MESSAGES
for a, b in zip(msgs, msgs[1:]):
    assert a["date"] <= b["date"], ("out of order", a["note"], b["note"])
for f in os.listdir(HERE):
    if f.endswith("-msg.eml") or f.endswith("-msg.json"):
        os.remove(os.path.join(HERE, f))
counts = collections.Counter()
rows = []
for i, m in enumerate(msgs, 1):
    n = "%03d" % i
    with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
        fh.write(m["raw"])
    with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as fh:
        json.dump(m["label"], fh, ensure_ascii=False)
        fh.write("\n")
    counts[m["label"]["kind"]] += 1
    rows.append((n, m["label"], m["note"]))
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
    fh.write(gen_readme.render(rows, counts))
for k, v in sorted(counts.items()):
    print("%-22s %d" % (k, v))
print("%-22s %d" % ("total", sum(counts.values())))
print("needs_reply true: %d" % sum(1 for m in msgs if m["label"]["needs_reply"]))
