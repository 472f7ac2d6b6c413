#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, and README.md."""
import os, sys, json, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_common as C
import importlib
PARTS = ["gen_part1", "gen_part2", "gen_part3", "gen_part4", "gen_part5", "gen_part6"]
for p in PARTS:
    if os.path.exists(os.path.join(HERE, p + ".py")):
        importlib.import_module(p)

for f in os.listdir(HERE):
    if f.endswith("-msg.eml") or f.endswith("-msg.json"):
        os.remove(os.path.join(HERE, f))

counts = collections.Counter()
for i, m in enumerate(C.MESSAGES, 1):
    n = "%03d" % i
    raw = m["raw"]
    with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
        fh.write(raw.encode("utf-8"))
    lab = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"], "candidate_ids": m["candidate_ids"]}
    with open(os.path.join(HERE, n + "-msg.json"), "w") as fh:
        json.dump(lab, fh, ensure_ascii=False)
        fh.write("\n")
    counts[m["kind"]] += 1

if os.path.exists(os.path.join(HERE, "readme_head.md")):
    head = open(os.path.join(HERE, "readme_head.md"), encoding="utf-8").read()
    rows = ["| # | kind | reply? | case | what it is | what makes it hard |", "|---|---|---|---|---|---|"]
    for i, m in enumerate(C.MESSAGES, 1):
        rows.append("| %03d | %s | %s | %s | %s | %s |" % (i, m["kind"], "yes" if m["needs_reply"] else "no",
                    m["case"] or "-", m["what"].replace("|", "/"), m["hard"].replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head.rstrip("\n") + "\n\n## Messages\n\n" + "\n".join(rows) + "\n")

print("total", len(C.MESSAGES))
for k, v in sorted(counts.items()):
    print("%-22s %d" % (k, v))
print("needs_reply true:", sum(1 for m in C.MESSAGES if m["needs_reply"]))
