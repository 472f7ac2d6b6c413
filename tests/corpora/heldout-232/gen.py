#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, and README.md."""
import os, sys, json, glob, importlib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_base as B

PARTS = ["gen_part1", "gen_part2", "gen_part3", "gen_part4", "gen_part5", "gen_part6"]
for p in PARTS:
    if os.path.exists(os.path.join(HERE, p + ".py")):
        importlib.import_module(p)

for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
    os.remove(f)

rows = []
for i, (label, note, raw, subject) in enumerate(B.MSGS, 1):
    base = os.path.join(HERE, "%03d-msg" % i)
    with open(base + ".eml", "wb") as f:
        f.write(raw)
    with open(base + ".json", "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False)
        f.write("\n")
    rows.append((i, label, note))

readme_head = ""
rp = os.path.join(HERE, "readme_head.md")
if os.path.exists(rp):
    readme_head = open(rp, encoding="utf-8").read()
out = [readme_head.rstrip("\n"), "", "## Messages", "",
       "| # | kind | reply? | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
for i, label, note in rows:
    out.append("| %03d | %s | %s | %s | %s |" % (i, label["kind"], "yes" if label["needs_reply"] else "no",
                                             label["case"] or "-", note.replace("|", "\\|")))
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")

c = Counter(l["kind"] for _, l, _ in rows)
for k, v in sorted(c.items()):
    print("%-22s %d" % (k, v))
print("%-22s %d" % ("needs_reply=true", sum(1 for _, l, _ in rows if l["needs_reply"])))
print("%-22s %d" % ("TOTAL", len(rows)))
