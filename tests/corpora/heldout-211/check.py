#!/usr/bin/env python3
"""Sanity check: every .eml parses, every .json has the four keys, listed candidate IDs occur in the text."""
import os, sys, json, re, email
from email import policy
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for f in sorted(os.listdir(HERE)):
    if not f.endswith("-msg.eml"):
        continue
    raw = open(os.path.join(HERE, f), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    lab = json.load(open(os.path.join(HERE, f.replace(".eml", ".json")), encoding="utf-8"))
    assert set(lab) == {"kind", "needs_reply", "case", "candidate_ids"}, f
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if m[h] is None:
            print(f, "missing", h); bad += 1
    str(m["Subject"]); str(m["From"])
    texts = []
    for p in m.walk():
        if p.is_multipart():
            continue
        if p.get_content_maintype() == "text":
            try:
                texts.append(p.get_content())
            except Exception as e:
                print(f, "decode error", e); bad += 1
        if p.defects:
            print(f, "defects", p.defects); bad += 1
    if m.defects:
        print(f, "msg defects", m.defects); bad += 1
    alltext = "\n".join(texts)
    for c in lab["candidate_ids"]:
        if c not in alltext:
            print(f, "candidate id not in text", c); bad += 1
    found = re.findall(r"(?<![A-Za-z0-9])AWS\d{8}(?!\d)", alltext)
    extra = set(found) - set(lab["candidate_ids"])
    if "-v" in sys.argv and extra:
        print(f, "ids in text not labelled (quoted?):", sorted(extra))
    if lab["case"] is not None:
        assert re.fullmatch(r"\d+", lab["case"]), f
        if lab["case"] not in alltext + str(m["Subject"]):
            print(f, "case number not visible (threading only?)", lab["case"])
print("problems:", bad)
