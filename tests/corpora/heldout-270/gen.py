#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only. Run:  python3 gen.py
"""
import collections
import email.utils
import json
import os
import re
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part1, part2k, part2, part3, part4, part5, part6  # noqa: E402


def main():
    msgs = []
    for mod in (part1, part2k, part2, part3, part4, part5, part6):
        msgs += mod.messages()
    # arrival order must follow the Date header
    last = None
    for i, (raw, _) in enumerate(msgs, 1):
        m = re.search(rb"^Date: (.+?)\r?$", raw, re.M)
        when = email.utils.parsedate_to_datetime(m.group(1).decode())
        if last and when < last:
            raise SystemExit("message %03d is out of order (%s < %s)" % (i, when, last))
        last = when
    for f in os.listdir(HERE):
        if re.match(r"^\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(HERE, f))
    counts = collections.Counter()
    replies = 0
    for i, (raw, label) in enumerate(msgs, 1):
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
        replies += label["needs_reply"]
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(msgs)))
    print("%-22s %d" % ("needs_reply=true", replies))


if __name__ == "__main__":
    main()
