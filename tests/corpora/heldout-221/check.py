#!/usr/bin/env python3
"""Sanity check: every .eml parses, every .json has the four keys, listed candidate IDs occur."""
import email
import email.policy
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice", "resolved",
         "survey", "badge", "certification", "user_reply", "case_update", "suspicious", "unrelated"}
bad = 0
for p in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.eml"))):
    n = os.path.basename(p)[:3]
    raw = open(p, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    lab = json.load(open(p[:-4] + ".json", encoding="utf-8"))
    errs = []
    if set(lab) != {"kind", "needs_reply", "case", "candidate_ids"}:
        errs.append(f"keys {sorted(lab)}")
    if lab.get("kind") not in KINDS:
        errs.append("kind")
    for k in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[k] is None:
            errs.append("missing " + k)
    if msg.defects:
        errs.append(f"defects {msg.defects}")
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                texts.append(part.get_content())
            except Exception as e:  # noqa: BLE001
                errs.append(f"decode {e}")
        for d in getattr(part, "defects", []):
            errs.append(f"part defect {d}")
    allt = "\n".join(texts) + "\n" + str(msg["Subject"])
    for c in lab.get("candidate_ids", []):
        if c not in allt:
            errs.append(f"cand {c} absent")
    if lab.get("case") and lab["case"] not in allt and lab["case"] not in raw.decode("latin-1"):
        errs.append("case number absent")
    found = list(dict.fromkeys(re.findall(r"AWS\d{8}\b", allt)))
    extra = [x for x in found if x not in lab.get("candidate_ids", [])]
    if errs:
        bad += 1
        print(n, "ERR", errs)
    if "-v" in sys.argv:
        print(n, lab["kind"], lab["needs_reply"], lab["case"], lab["candidate_ids"], "| also in text:", extra,
              "|", msg["Subject"])
print("problems:", bad)
