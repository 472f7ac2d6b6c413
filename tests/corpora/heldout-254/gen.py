#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json per message, and README.md.

Run from anywhere: python3 gen.py  (files are written next to this script).
"""
import collections
import email.utils
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part1  # noqa: E402
for _m in ("part2", "part3", "part4", "part5", "part6", "part7", "part8", "part9"):
    __import__(_m)
import readme_part  # noqa: E402


def date_of(data):
    for line in data.replace(b"\r\n", b"\n").split(b"\n"):
        if line.startswith(b"Date: "):
            return email.utils.parsedate_to_datetime(line[6:].decode())
        if not line:
            break
    raise ValueError("no Date header")


def main():
    msgs = part1.MESSAGES
    prev = None
    for i, m in enumerate(msgs, 1):
        d = date_of(m["data"])
        if prev is not None and d < prev:
            raise SystemExit("message %03d is earlier than the one before it" % i)
        prev = d
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    rows = []
    for i, m in enumerate(msgs, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(m["data"])
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["candidate_ids"]}
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append("| %s | %s | %s | %s |" % (n, m["kind"], "yes" if m["needs_reply"] else "no",
                                               m["note"].replace("|", "/")))
    kinds = collections.Counter(m["kind"] for m in msgs)
    needs = sum(m["needs_reply"] for m in msgs)
    summary = "\n".join("- %s: %d" % (k, v) for k, v in sorted(kinds.items()))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme_part.HEAD)
        fh.write(readme_part.BODY)
        fh.write("\n%d messages, %d need a reply.\n\n%s\n\n" % (len(msgs), needs, summary))
        fh.write("| # | kind | reply? | what it is / what makes it hard |\n|---|---|---|---|\n")
        fh.write("\n".join(rows) + "\n")
    for k, v in sorted(kinds.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(msgs)))
    print("%-22s %d" % ("needs_reply", needs))


if __name__ == "__main__":
    main()
