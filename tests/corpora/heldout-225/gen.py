#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json next to this script.

Run: python3 gen.py   (from any directory; standard library only)
The messages are defined in gen_part*.py; this script orders them by arrival
(Date header) and numbers them.
"""
import collections
import glob
import importlib
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common  # noqa: E402

PARTS = ["gen_part1", "gen_part2", "gen_part3", "gen_part4", "gen_part5", "gen_part6", "gen_part7"]


def main():
    for name in PARTS:
        if os.path.exists(os.path.join(HERE, name + ".py")):
            importlib.import_module(name)
    msgs = sorted(gen_common.MESSAGES, key=lambda m: m[0])
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(old)
    counts = collections.Counter()
    notes = []
    for i, (date, data, label, note) in enumerate(msgs, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(data)
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        counts[label["kind"]] += 1
        notes.append((i, label, note))
    if "--table" in sys.argv:
        # Markdown table for README.md (printed, not written to disk).
        print("| # | kind | reply? | case | what it is / what makes it hard |")
        print("|---|---|---|---|---|")
        for i, label, note in notes:
            print("| %03d | %s | %s | %s | %s |" % (i, label["kind"], "yes" if label["needs_reply"] else "no",
                                                label["case"] or "-", note.replace("|", "/")))
        return
    total = 0
    for kind, n in sorted(counts.items()):
        print("%-22s %d" % (kind, n))
        total += n
    print("%-22s %d" % ("TOTAL", total))


if __name__ == "__main__":
    main()
