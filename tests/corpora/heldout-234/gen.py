#!/usr/bin/env python3
"""Write the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, in arrival order."""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402

for mod in ("gen_part1", "gen_part2", "gen_part3", "gen_part4", "gen_part5", "gen_part6", "gen_part7"):
    try:
        __import__(mod)
    except ModuleNotFoundError as e:
        if e.name != mod:
            raise


def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    msgs = sorted(C.MESSAGES, key=lambda m: m["dt"])
    counts = collections.Counter()
    rows = []
    for i, m in enumerate(msgs, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["label"]["kind"]] += 1
        rows.append((i, m))
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(msgs)))
    try:
        import readme_text
    except ModuleNotFoundError:
        return
    table = ["| # | kind | reply? | case | what it is / what makes it hard |",
             "|---|---|---|---|---|"]
    for i, m in rows:
        lab = m["label"]
        table.append("| %03d | %s | %s | %s | %s |" % (
            i, lab["kind"], "yes" if lab["needs_reply"] else "no",
            lab["case"] or "-", m["note"].replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme_text.HEAD)
        fh.write("\n## Messages\n\n")
        fh.write("\n".join(table) + "\n")


if __name__ == "__main__":
    main()
