#!/usr/bin/env python3
"""Writes the blind corpus (NNN-msg.eml + NNN-msg.json) next to this script.

Standard library only. The message definitions live in gen_part*.py; each part
appends to gen_lib.MSGS. Messages are numbered in arrival order (Date).
"""
import glob
import importlib
import json
import os
import sys
from collections import Counter
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_lib  # noqa: E402

KINDS = {"acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
         "resolved", "survey", "badge", "certification", "user_reply", "case_update",
         "suspicious", "unrelated"}


def main():
    for f in sorted(glob.glob(os.path.join(HERE, "gen_part*.py"))):
        importlib.import_module(os.path.splitext(os.path.basename(f))[0])
    msgs = sorted(gen_lib.MSGS, key=lambda m: m["date"].timestamp())
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    notes = []
    for i, m in enumerate(msgs, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["data"])
        lab = {k: m["label"][k] for k in ("kind", "needs_reply", "case", "candidate_ids")}
        assert lab["kind"] in KINDS, lab
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        # sanity: parses, and every text part decodes
        msg = BytesParser(policy=policy.default).parsebytes(m["data"])
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        notes.append((i, lab, m["label"].get("_note", ""), str(msg["subject"])))
    c = Counter(n[1]["kind"] for n in notes)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("TOTAL", len(notes)))
    print("needs_reply true: %d" % sum(1 for n in notes if n[1]["needs_reply"]))
    if "--table" not in sys.argv:
        return
    with open(os.path.join(HERE, "_table.md"), "w", encoding="utf-8") as fh:
        for i, lab, note, subj in notes:
            fh.write("| %03d | %s | %s | %s | %s |\n" % (i, lab["kind"], "yes" if lab["needs_reply"] else "no",
                                                     lab["case"] or "-", note))


if __name__ == "__main__":
    main()
