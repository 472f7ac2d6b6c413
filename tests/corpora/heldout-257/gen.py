#!/usr/bin/env python3
"""Write the blind corpus (NNN-msg.eml + NNN-msg.json + README.md) next to this script."""
import os, sys, json, glob, collections, email, email.utils, email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common, part1, part2, part3, part4, part5, readme_text  # noqa: E402


def main():
    for p in (part1, part2, part3, part4, part5):
        p.build()
    msgs = common.MESSAGES
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(old)
    prev = None
    rows = []
    for i, m in enumerate(msgs, 1):
        n = "%03d" % i
        raw = m["eml"].encode("utf-8")
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        when = email.utils.parsedate_to_datetime(parsed["Date"])
        if prev and when < prev:
            raise SystemExit("message %s arrives before the previous one" % n)
        prev = when
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as f:
            f.write(raw)
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["candidate_ids"]}
        with open(os.path.join(HERE, n + "-msg.json"), "w") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        subj = str(parsed["Subject"]).replace("|", "/")
        rows.append("| %s | %s | %s | %s | %s: %s |" % (
            n, m["kind"], "yes" if m["needs_reply"] else "no", m["case"] or "-",
            subj[:70], m["note"]))
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(readme_text.HEAD + "\n".join(rows) + "\n")
    c = collections.Counter(m["kind"] for m in msgs)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("total", len(msgs)))
    print("%-22s %d" % ("needs_reply", sum(m["needs_reply"] for m in msgs)))


if __name__ == "__main__":
    main()
