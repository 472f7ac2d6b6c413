#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json next to this script. Stdlib only."""
import json
import os
import sys
import collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_lib as L  # noqa: E402
import gen_p1, gen_p1b, gen_p2, gen_p3, gen_p4, gen_p5, gen_p6, gen_p7  # noqa: E402

KINDS = ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
         "resolved", "survey", "badge", "certification", "user_reply", "case_update", "suspicious",
         "unrelated"]


def main():
    msgs = []
    for mod in (gen_p1, gen_p1b, gen_p2, gen_p3, gen_p4, gen_p5, gen_p6, gen_p7):
        msgs.extend(mod.msgs())
    # arrival order must follow Date
    for a, b in zip(msgs, msgs[1:]):
        assert a["date"] <= b["date"], (a["subject"], b["subject"])
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = collections.Counter()
    reply = 0
    rows = []
    for i, m in enumerate(msgs, 1):
        kind, need, case, cands = m["label"]
        assert kind in KINDS, kind
        raw = L.build(m)
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump({"kind": kind, "needs_reply": need, "case": case, "candidate_ids": cands}, fh)
            fh.write("\n")
        counts[kind] += 1
        reply += bool(need)
        rows.append("| %s | %s | %s | %s |" % (n, kind, "yes" if need else "no", m["note"].replace("|", "/")))
    with open(os.path.join(HERE, "README_head.md"), encoding="utf-8") as fh:
        head = fh.read()
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head.rstrip("\n") + "\n\n## Messages\n\n| # | kind | reply? | what it is / what makes it hard |\n|---|---|---|---|\n")
        fh.write("\n".join(rows) + "\n")
        fh.write("\nTotals: %d messages; %s; needs_reply true: %d\n" % (
            len(msgs), ", ".join("%s %d" % (k, counts[k]) for k in KINDS if counts[k]), reply))
    print("messages:", len(msgs))
    for k in KINDS:
        print("  %-22s %d" % (k, counts[k]))
    print("needs_reply true:", reply)


if __name__ == "__main__":
    main()
