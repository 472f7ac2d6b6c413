#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json per message.

Standard library only.  Run:  python3 gen.py
The messages themselves are defined in gen_part1.py, gen_part2.py, ... (arrival order).
"""
import glob
import importlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402

PARTS = [f"gen_part{i}" for i in range(1, 10)]


def main():
    for p in PARTS:
        if os.path.exists(os.path.join(HERE, p + ".py")):
            importlib.import_module(p).run()
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(old)
    notes = []
    for i, m in enumerate(C.MSGS, 1):
        base = os.path.join(HERE, f"{i:03d}-msg")
        with open(base + ".eml", "wb") as f:
            f.write(m["raw"])
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["candidate_ids"]}
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        notes.append((i, m))
    cnt = Counter(m["kind"] for m in C.MSGS)
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
              "resolved", "survey", "badge", "certification", "user_reply", "case_update",
              "suspicious", "unrelated"]:
        print(f"{k:22s} {cnt.get(k, 0)}")
    print(f"{'total':22s} {len(C.MSGS)}  (needs_reply true: {sum(m['needs_reply'] for m in C.MSGS)})")
    if "--table" in sys.argv:  # markdown rows for README.md
        for i, m in notes:
            print(f"| {i:03d} | {m['kind']} | {'yes' if m['needs_reply'] else 'no'} | {m['note']} |")


if __name__ == "__main__":
    main()
