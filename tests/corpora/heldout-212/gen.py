#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, in arrival order."""
import collections
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

PARTS = ["gen_part%d" % i for i in range(1, 10)]


def main():
    msgs = []
    for name in PARTS:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                continue
            raise
        msgs.extend(mod.MESSAGES)
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(old)
    counts = collections.Counter()
    for i, (raw, lab) in enumerate(msgs, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False)
            f.write("\n")
        counts[lab["kind"]] += 1
    for k, n in sorted(counts.items()):
        print("%-22s %d" % (k, n))
    print("%-22s %d" % ("total", len(msgs)))
    print("needs_reply true:      %d" % sum(1 for _, l in msgs if l["needs_reply"]))


if __name__ == "__main__":
    main()
