#!/usr/bin/env python3
"""Writes the blind corpus (NNN-msg.eml + NNN-msg.json) next to this script."""
import os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_common as C
for name in ["gen_part%d" % i for i in range(1, 10)]:
    if os.path.exists(os.path.join(HERE, name + ".py")):
        importlib.import_module(name)
C.write_all()
if "--table" in sys.argv:
    print("\n".join(C.table_rows()))
