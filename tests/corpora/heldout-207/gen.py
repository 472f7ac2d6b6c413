#!/usr/bin/env python3
"""Generate the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, in arrival order."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers
import msgs1
MODULES = [msgs1]
try:
    import msgs2
    MODULES.append(msgs2)
except ImportError:
    pass
try:
    import msgs3
    MODULES.append(msgs3)
except ImportError:
    pass
for m in MODULES:
    m.build()
helpers.write_all()
_here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(_here, "README.md"), "w") as _fh:
    _fh.write(open(os.path.join(_here, "README.head")).read())
    _fh.write(open(os.path.join(_here, "table.md")).read())
