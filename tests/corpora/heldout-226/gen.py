#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json next to this script.
Run: python3 gen.py   (standard library only)"""
import collections
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

sys.dont_write_bytecode = True
import gen_lib  # noqa: E402

PARTS = ["gen_part1", "gen_part2", "gen_part3", "gen_part4", "gen_part5", "gen_part6", "gen_part7"]


def main():
    for p in PARTS:
        if os.path.exists(os.path.join(HERE, p + ".py")):
            importlib.import_module(p)
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    counts = collections.Counter()
    for i, m in enumerate(gen_lib.MSGS, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["label"]["kind"]] += 1
    if "--table" in sys.argv:
        print("| # | kind | reply? | case | what it is / what makes it hard |")
        print("|---|---|---|---|---|")
        for i, m in enumerate(gen_lib.MSGS, 1):
            l = m["label"]
            print("| %03d | %s | %s | %s | %s |" % (i, l["kind"], "yes" if l["needs_reply"] else "no",
                                                 l["case"] or "-", m["note"].replace("|", "/")))
        return
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", sum(counts.values())))
    print("needs_reply=true       %d" % sum(1 for m in gen_lib.MSGS if m["label"]["needs_reply"]))


if __name__ == "__main__":
    main()
