#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json next to this script."""
import os, sys, json, glob, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_lib  # noqa: E402
import gen_part1, gen_part2, gen_part3, gen_part4, gen_part5  # noqa: E402,F401  (they append in arrival order)


def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    counts = collections.Counter()
    replies = 0
    for i, m in enumerate(gen_lib.MESSAGES, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(gen_lib.render(m))
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["label"]["kind"]] += 1
        replies += m["label"]["needs_reply"]
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("total %d, needs_reply true %d" % (len(gen_lib.MESSAGES), replies))


if __name__ == "__main__":
    main()
