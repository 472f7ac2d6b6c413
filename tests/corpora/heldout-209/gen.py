#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md.
Standard library only. Run: python3 gen.py"""
import collections
import glob
import importlib
import json
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_lib as L  # noqa: E402

PARTS = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "gen_part[0-9]*.py")))


def main():
    for name in PARTS:
        importlib.import_module(name).run()
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(old)
    for i, m in enumerate(L.MESSAGES, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
    if os.path.exists(os.path.join(HERE, "gen_readme.py")):
        importlib.import_module("gen_readme").write(HERE, L.MESSAGES)
    counts = collections.Counter(m["label"]["kind"] for m in L.MESSAGES)
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("needs_reply=true", sum(m["label"]["needs_reply"] for m in L.MESSAGES)))
    print("%-22s %d" % ("total", len(L.MESSAGES)))


if __name__ == "__main__":
    main()
