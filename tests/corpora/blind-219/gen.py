#!/usr/bin/env python3
"""Writes the blind corpus (NNN-msg.eml + NNN-msg.json) next to this script."""
import os, sys, importlib
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from genlib import Corpus

M = Corpus()
for name in ('gen_part2', 'gen_part3', 'gen_part4', 'gen_part5'):
    if os.path.exists(os.path.join(HERE, name + '.py')):
        importlib.import_module(name).build(M)
counts = M.write()
for k in sorted(counts):
    print('%-22s %d' % (k, counts[k]))
print('%-22s %d' % ('total', sum(counts.values())))
