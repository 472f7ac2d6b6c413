#!/usr/bin/env python3
"""Write the blind corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md."""
import os, sys, json, glob
sys.dont_write_bytecode = True
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part0, part1, part2, part3, part4, part5, notes  # noqa: E402


def main():
    for p in (part1, part2, part3, part4, part5):
        p.build()
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    rows = []
    for i, m in enumerate(part0.MSGS, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as f:
            f.write(m["raw"])
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
        lab = m["label"]
        rows.append("| %s | %s | %s | %s | %s | %s |" % (
            n, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-",
            m["what"].replace("|", "/"), m["hard"].replace("|", "/")))
    kinds = Counter(m["label"]["kind"] for m in part0.MSGS)
    nr = sum(m["label"]["needs_reply"] for m in part0.MSGS)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("me: %s %s\n\n" % (part0.ME_P, part0.ME_C))
        f.write("# Blind corpus blind-253 (stress set: short and terse mail)\n\n")
        f.write("Mailbox of Mizuki Hanazono, who leaves Kestrelbyte (an APN partner) on 2025-06-13 and "
                "moves her AWS certifications to her personal address. The mailbox holds mail to both "
                "addresses and her sent mail. %d messages, %d need a reply. Regenerate with "
                "`python3 gen.py`.\n\n" % (len(part0.MSGS), nr))
        f.write(notes.CASES + "\n" + notes.DECISIONS + "\n")
        f.write("## Kinds\n" + "".join("- %s: %d\n" % kv for kv in sorted(kinds.items())) + "\n")
        f.write("## Messages\n| # | kind | reply? | case | what it is | what makes it hard |\n"
                "|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n")
    for k, v in sorted(kinds.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(part0.MSGS)))
    print("%-22s %d" % ("needs_reply", nr))


if __name__ == "__main__":
    main()
