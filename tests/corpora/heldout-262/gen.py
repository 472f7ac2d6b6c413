#!/usr/bin/env python3
"""Writes the blind corpus (NNN-msg.eml + NNN-msg.json + README.md) next to this script."""
import os, sys, json, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_lib
import gen_p1, gen_p2, gen_p3, gen_p4, gen_p5, gen_p6, gen_p7, gen_p8  # noqa: F401  (order = arrival order)
from gen_readme import README_HEAD
from email import message_from_bytes
from email.utils import parsedate_to_datetime

def main():
    msgs = gen_lib.MSGS
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    prev = None
    rows = []
    for i, m in enumerate(msgs, 1):
        n = "%03d" % i
        em = message_from_bytes(m["raw"])
        dt = parsedate_to_datetime(em["Date"])
        if prev and dt < prev:
            print("WARNING: %s out of order (%s < %s)" % (n, dt, prev))
        prev = dt
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as f:
            f.write(m["raw"])
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["candidate_ids"]}
        with open(os.path.join(HERE, n + "-msg.json"), "w") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        rows.append("| %s | %s | %s | %s | %s |" % (n, m["kind"], "yes" if m["needs_reply"] else "no",
                                                  m["case"] or "-", m["note"].replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(README_HEAD)
        f.write("\n## Messages\n\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n")
        f.write("\n".join(rows) + "\n")
    c = collections.Counter(m["kind"] for m in msgs)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("total %d, needs_reply true %d" % (len(msgs), sum(m["needs_reply"] for m in msgs)))

if __name__ == "__main__":
    main()
