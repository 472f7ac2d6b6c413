#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md."""
import os, sys, json, glob, collections, email.utils, email
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_lib import MESSAGES, ME, CO
import gen_part1, gen_part2, gen_part3, gen_part4, gen_part5   # noqa: F401 (order = arrival order)
import gen_part6, gen_part7, gen_part8, gen_part9, gen_part10  # noqa: F401
import gen_readme


def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    last = None
    for i, m in enumerate(MESSAGES, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as f:
            f.write(m["raw"])
        label = {k: m[k] for k in ("kind", "needs_reply", "case", "candidate_ids")}
        with open(os.path.join(HERE, n + "-msg.json"), "w") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        # sanity: parseable, arrival order follows the Date header
        msg = email.message_from_bytes(m["raw"])
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if last and d < last and "X-MS-Exchange-Organization-AutoForwarded" not in msg:
            print("warning: %s dated before previous message" % n)
        last = max(last, d) if last else d
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(gen_readme.render(MESSAGES, ME, CO))
    c = collections.Counter(m["kind"] for m in MESSAGES)
    for k, v in sorted(c.items()):
        print("%-22s %d" % (k, v))
    print("total %d, needs_reply true %d" % (len(MESSAGES), sum(m["needs_reply"] for m in MESSAGES)))


if __name__ == "__main__":
    main()
