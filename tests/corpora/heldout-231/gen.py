#!/usr/bin/env python3
"""Writes the blind-231 corpus next to this script. Standard library only."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_common as C
for name in ("gen_part1", "gen_part2", "gen_part3", "gen_part4", "gen_part5", "gen_part6"):
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        if e.name != name:
            raise
C.write_all()
