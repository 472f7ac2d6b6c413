#!/usr/bin/env python3
"""Write the blind corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md."""
import collections
import json
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import part1, part2, part3, part4, part5, part6  # noqa: E402,F401
import readme  # noqa: E402


def main():
    for p in (part1, part2, part3, part4, part5, part6):
        p.run()
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    import email.utils
    prev = None
    for i, m in enumerate(lib.MESSAGES, 1):
        hdr = m["raw"].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0].decode()
        d = [ln for ln in hdr.replace("\r", "").split("\n") if ln.startswith("Date: ")][0][6:]
        t = email.utils.parsedate_to_datetime(d)
        assert prev is None or t >= prev, "arrival order broken at %03d" % i
        prev = t
    rows = []
    for i, m in enumerate(lib.MESSAGES, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(HERE, n + "-msg.json"), "w") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((n, m))
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(readme.render(rows))
    cnt = collections.Counter(m["label"]["kind"] for m in lib.MESSAGES)
    for k, v in sorted(cnt.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("needs_reply=true", sum(m["label"]["needs_reply"] for m in lib.MESSAGES)))
    print("%-22s %d" % ("total", len(lib.MESSAGES)))


if __name__ == "__main__":
    main()
