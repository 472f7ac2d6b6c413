#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, README.md."""
import os, sys, json, glob, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_lib
import gen_p1, gen_p2  # noqa: F401  (each appends to gen_lib.MESSAGES in arrival order)
for extra in ("gen_p3", "gen_p4", "gen_p5", "gen_p6", "gen_p7"):
    if os.path.exists(os.path.join(HERE, extra + ".py")):
        __import__(extra)

def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    rows = []
    for i, m in enumerate(gen_lib.MESSAGES, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as f:
            f.write(m["raw"])
        with open(os.path.join(HERE, n + "-msg.json"), "w") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
        rows.append((n, m))
    if os.path.exists(os.path.join(HERE, "gen_readme.py")):
        import gen_readme
        gen_readme.write(HERE, rows)
    c = collections.Counter(m["label"]["kind"] for m in gen_lib.MESSAGES)
    for k, v in sorted(c.items()):
        print("%-22s %d" % (k, v))
    print("total %d, needs_reply true %d" % (len(gen_lib.MESSAGES),
          sum(m["label"]["needs_reply"] for m in gen_lib.MESSAGES)))

if __name__ == "__main__":
    main()
