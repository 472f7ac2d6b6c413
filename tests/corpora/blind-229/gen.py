#!/usr/bin/env python3
"""Blind corpus generator: writes NNN-msg.eml / NNN-msg.json / README.md next to this script.
Standard library only. Run: python3 gen.py (from any directory)."""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_lib
import gen_part1, gen_part2, gen_part3, gen_part4, gen_part5, gen_part6   # noqa: F401  (each appends messages in order)

counts = gen_lib.write_all()
try:
    import gen_readme
    gen_readme.write(gen_lib.MSGS)
except ImportError:
    pass
total = 0
for k in sorted(counts):
    print('%-22s %d' % (k, counts[k]))
    total += counts[k]
print('%-22s %d' % ('TOTAL', total))
