#!/usr/bin/env python3
"""Write the blind-261 corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md."""
import os, sys, json, glob, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C
import gen_part1, gen_part2, gen_part3, gen_part4, gen_part5, gen_part6, gen_part7, gen_part8
from gen_readme import HEAD


def main():
    for m in (gen_part1, gen_part2, gen_part3, gen_part4, gen_part5, gen_part6, gen_part7, gen_part8):
        m.run()
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    rows = []
    for i, (raw, label, note) in enumerate(C.MESSAGES, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, n + "-msg.json"), "w") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        rows.append("| %s | %s | %s | %s | %s |" % (n, label["kind"], "yes" if label["needs_reply"] else "no",
                                                 label["case"] or "-", note.replace("|", "/")))
    cnt = collections.Counter(l["kind"] for _, l, _ in C.MESSAGES)
    nr = sum(1 for _, l, _ in C.MESSAGES if l["needs_reply"])
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(HEAD)
        f.write("\n## Messages\n\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n")
        f.write("\n".join(rows) + "\n")
        f.write("\nCounts: " + ", ".join("%s %d" % kv for kv in sorted(cnt.items())) +
                "; needs_reply true: %d; total %d.\n" % (nr, len(C.MESSAGES)))
    for k, v in sorted(cnt.items()):
        print("%-22s %d" % (k, v))
    print("needs_reply true       %d" % nr)
    print("total                  %d" % len(C.MESSAGES))


if __name__ == "__main__":
    main()
