#!/usr/bin/env python3
"""Writes the blind corpus next to this script. Standard library only."""
import os, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
    os.remove(f)
import helpers
import msgs1
msgs1.run()
import msgs2
msgs2.run()
import msgs3
msgs3.run()
import msgs4
msgs4.run()
c, total = helpers.counts()
for k, v in c.items():
    print("%-22s %d" % (k, v))
print("total", total)
