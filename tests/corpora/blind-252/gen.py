#!/usr/bin/env python3
"""Write the blind corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md.

Standard library only. Messages are defined in part1.py ... part6.py (builder in mailkit.py).
"""
import collections
import email
import email.policy
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mailkit  # noqa: E402

PARTS = ["part1", "part2", "part3", "part4", "part5", "part6"]
KINDS = ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
         "resolved", "survey", "badge", "certification", "user_reply", "case_update", "suspicious",
         "unrelated"]
CAND = re.compile(r"AWS\d{8}(?!\d)")


def text_of(raw):
    m = email.message_from_bytes(raw, policy=email.policy.default)
    chunks = [str(m["subject"] or "")]
    for p in m.walk():
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def main():
    msgs = []
    for name in PARTS:
        msgs += importlib.import_module(name).messages()
    # arrival order must be chronological
    keys = [mailkit.utc_key(m["ts"]) for m in msgs]
    for i in range(1, len(keys)):
        if keys[i] < keys[i - 1]:
            raise SystemExit("out of order at %d (%s)" % (i + 1, msgs[i]["ts"]))
    for old in os.listdir(HERE):
        if re.fullmatch(r"\d{3}-msg\.(eml|json)", old):
            os.remove(os.path.join(HERE, old))
    rows = []
    for i, m in enumerate(msgs, 1):
        assert m["kind"] in KINDS, m["kind"]
        body = text_of(m["eml"])
        for c in m["candidate_ids"]:
            assert c in body, "%03d: %s not in message" % (i, c)
        if m["case"]:
            assert re.fullmatch(r"\d{10,15}", m["case"]) and m["case"] in body, "%03d case" % i
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["candidate_ids"]}
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as f:
            f.write(m["eml"])
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        rows.append((i, m))
    write_readme(rows)
    counts = collections.Counter(m["kind"] for _, m in rows)
    print("messages: %d" % len(rows))
    for k in KINDS:
        print("  %-22s %d" % (k, counts.get(k, 0)))
    print("needs_reply: %d" % sum(1 for _, m in rows if m["needs_reply"]))


def write_readme(rows):
    import readme_text
    lines = ["me: %s %s" % (mailkit.ME_P, mailkit.ME_C), ""]
    lines += readme_text.HEAD.strip("\n").split("\n")
    lines += ["", "## Messages", "",
              "| # | kind | reply? | case | what it is / what makes it hard |",
              "|---|---|---|---|---|"]
    for i, m in rows:
        note = m["note"].replace("|", "\\|").replace("\n", " ")
        lines.append("| %03d | %s | %s | %s | %s |" % (i, m["kind"], "yes" if m["needs_reply"] else "no",
                                                   m["case"] or "-", note))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
