#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json next to this script."""
import os, sys, json, glob, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_lib
import gen_part1, gen_part2, gen_part3, gen_part4, gen_part5, gen_part6, gen_part7, gen_part8  # noqa: F401  (order = arrival order)

for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
    os.remove(f)

prev = None
counts = collections.Counter()
nreply = 0
for i, (lab, raw, crlf) in enumerate(gen_lib.MSGS, 1):
    # arrival order check on the Date header
    dline = [l for l in raw.split("\n") if l.startswith("Date: ")][0][6:]
    t = gen_lib.utc_of(dline)
    if prev and t < prev:
        raise SystemExit("message %03d is earlier than the previous one" % i)
    prev = t
    data = raw.replace("\r\n", "\n")
    if crlf:
        data = data.replace("\n", "\r\n")
    with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
        fh.write(data.encode("utf-8"))
    with open(os.path.join(HERE, "%03d-msg.json" % i), "w") as fh:
        json.dump(lab, fh, ensure_ascii=False)
        fh.write("\n")
    counts[lab["kind"]] += 1
    nreply += lab["needs_reply"]

for k in sorted(counts):
    print("%-22s %d" % (k, counts[k]))
print("total %d, needs_reply true %d" % (sum(counts.values()), nreply))
