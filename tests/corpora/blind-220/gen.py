#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, and README.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_lib as L  # noqa: E402

PARTS = ["gen_part%d" % i for i in range(1, 10)]
for p in PARTS:
    if os.path.exists(os.path.join(HERE, p + ".py")):
        __import__(p)


def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    msgs = sorted(L.MSGS, key=lambda m: m["dt"])
    counts = collections.Counter()
    rows = []
    for i, m in enumerate(msgs, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(m["raw"])
        label = {"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"],
                 "candidate_ids": m["cands"]}
        with open(os.path.join(HERE, n + "-msg.json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] += 1
        rows.append("| %s | %s | %s | %s | %s |" % (n, m["kind"], "yes" if m["reply"] else "no",
                                                   m["what"].replace("|", "/"), m["hard"].replace("|", "/")))
    try:
        import gen_readme
        head = gen_readme.HEAD
    except ImportError:
        head = "me: %s %s\n" % (L.ME_PERSONAL, L.ME_COMPANY)
    for i, m in enumerate(msgs, 1):
        head = head.replace("@" + m["key"] + "@", "%03d" % i)
    assert "@A" not in head and "@D" not in head and "@E" not in head, "unresolved README token"
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(head.rstrip("\n") + "\n\n## Messages\n\n| # | kind | reply? | what it is | what makes it hard |\n|---|---|---|---|---|\n")
        fh.write("\n".join(rows) + "\n")
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("TOTAL", len(msgs)))
    print("needs_reply true:", sum(1 for m in msgs if m["reply"]))


if __name__ == "__main__":
    main()
