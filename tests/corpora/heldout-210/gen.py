#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, and README.md."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_lib  # noqa: E402

PARTS = ["gen_part1", "gen_part2", "gen_part3", "gen_part4", "gen_part5", "gen_part6"]


def collect():
    msgs = []
    for name in PARTS:
        if not os.path.exists(os.path.join(HERE, name + ".py")):
            continue
        mod = __import__(name)
        msgs += mod.messages()
    return msgs


def main():
    msgs = collect()
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    for i, m in enumerate(msgs, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    try:
        import gen_readme
        gen_readme.write(HERE, msgs)
    except ImportError:
        pass
    c = Counter(m["label"]["kind"] for m in msgs)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("needs_reply=true", sum(m["label"]["needs_reply"] for m in msgs)))
    print("%-22s %d" % ("total", len(msgs)))


if __name__ == "__main__":
    main()
