#!/usr/bin/env python3
"""Write the blind corpus (NNN-msg.eml + NNN-msg.json + README.md) next to this script.

Standard library only. Message definitions live in part2.py ... part6.py,
helpers in part1.py, README prose in part7.py.
"""
import collections
import glob
import json
import os
import re
import sys
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part1  # noqa: E402
import part2  # noqa: E402
import part3  # noqa: E402
import part4  # noqa: E402
import part5  # noqa: E402
import part6  # noqa: E402
import part7  # noqa: E402


def msg_date(data):
    m = re.search(rb"^Date: (.+?)\r?$", data, re.M)
    return parsedate_to_datetime(m.group(1).decode())


def main():
    for mod in (part2, part3, part4, part5, part6):
        mod.run()
    msgs = list(part1.MSGS)
    # mailbox arrival order = date order (stable for equal times)
    msgs.sort(key=lambda m: msg_date(m["data"]))

    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)

    rows = []
    for i, m in enumerate(msgs, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(m["data"])
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        lab = m["label"]
        rows.append("| %s | %s | %s | %s | %s |" % (
            n, lab["kind"], "yes" if lab["needs_reply"] else "no",
            lab["case"] or "-", m["note"].replace("|", "/")))

    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(part7.README_HEAD)
        fh.write("\n## Messages\n\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n")
        fh.write("\n".join(rows) + "\n")

    kinds = collections.Counter(m["label"]["kind"] for m in msgs)
    print("messages:", len(msgs))
    for k, v in sorted(kinds.items()):
        print("  %-22s %d" % (k, v))
    print("needs_reply:", sum(m["label"]["needs_reply"] for m in msgs))


if __name__ == "__main__":
    main()
