#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, in arrival order."""
import importlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_part1 as P  # noqa: E402

for name in ("gen_part2", "gen_part3", "gen_part4", "gen_part5", "gen_part6", "gen_part7"):
    if os.path.exists(os.path.join(HERE, name + ".py")):
        importlib.import_module(name)


def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    prev = None
    for i, m in enumerate(P.MSGS, 1):
        if prev is not None and m["when"] < prev:
            raise SystemExit("message %03d out of arrival order" % i)
        prev = m["when"]
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(m["data"])
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["candidate_ids"]}
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    c = Counter(m["kind"] for m in P.MSGS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("total", len(P.MSGS)))
    print("needs_reply true       %d" % sum(m["needs_reply"] for m in P.MSGS))


if __name__ == "__main__":
    main()
