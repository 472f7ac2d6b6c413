#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json next to this script, and README.md."""
import collections
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

sys.dont_write_bytecode = True
import gen_lib as L  # noqa: E402

PARTS = ["gen_part1", "gen_part2", "gen_part3", "gen_part4", "gen_part5", "gen_part6", "gen_part7"]


def main():
    for p in PARTS:
        if os.path.exists(os.path.join(HERE, p + ".py")):
            importlib.import_module(p)
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    for i, m in enumerate(L.MSGS, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        lab = {"kind": m["kind"], "needs_reply": m["needs_reply"],
               "case": m["case"], "candidate_ids": m["candidate_ids"]}
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
    cnt = collections.Counter(m["kind"] for m in L.MSGS)
    print("messages:", len(L.MSGS))
    for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-22s %d" % (k, v))
    print("  needs_reply=true       %d" % sum(m["needs_reply"] for m in L.MSGS))
    try:
        import gen_readme
        gen_readme.write(HERE, L.MSGS)
    except ImportError:
        pass


if __name__ == "__main__":
    main()
