#!/usr/bin/env python3
"""Write the blind corpus (NNN-msg.eml + NNN-msg.json) and README.md next to this script."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import build, ses_id, ME_PERSONAL, ME_COMPANY  # noqa: E402
from part4 import M  # noqa: E402  (part4 imports part3 -> part2 -> part1)
from readme import README_HEAD  # noqa: E402

KINDS = {"acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
         "resolved", "survey", "badge", "certification", "user_reply", "case_update",
         "suspicious", "unrelated"}


def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    registry = {"d_old": (ses_id("d_old_2023"), [])}
    counts = collections.Counter()
    rows = []
    needs = 0
    for i, m in enumerate(M, 1):
        kind, nr, case, cids = m["label"]
        assert kind in KINDS, kind
        raw = build(m, registry)
        stem = "%03d-msg" % i
        with open(os.path.join(HERE, stem + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(HERE, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cids},
                      fh, ensure_ascii=False)
            fh.write("\n")
        counts[kind] += 1
        needs += nr
        rows.append("| %03d | %s | %s | %s |" % (i, kind, "yes" if nr else "no",
                                                m["note"].replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD)
        fh.write("\n## Messages\n\n| # | kind | reply? | what it is / what makes it hard |\n|---|---|---|---|\n")
        fh.write("\n".join(rows) + "\n")
        fh.write("\nTotals: %d messages, %d need a reply. %s\n" % (
            len(M), needs, ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(M)))
    print("%-22s %d" % ("needs_reply", needs))


if __name__ == "__main__":
    main()
