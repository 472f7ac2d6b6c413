#!/usr/bin/env python3
"""Writes the blind corpus (NNN-msg.eml + NNN-msg.json) next to this script."""
import collections, glob, os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import part1, part2, part3, part4, part5, part6, part7

for f in glob.glob(os.path.join(lib.OUT, "[0-9][0-9][0-9]-msg.*")):
    os.remove(f)
for p in (part1, part2, part3, part4, part5, part6, part7):
    p.run()
cnt = collections.Counter(k for _, k, _ in lib.MSGS)
for k in sorted(cnt):
    print("%-22s %d" % (k, cnt[k]))
print("%-22s %d" % ("total", len(lib.MSGS)))
