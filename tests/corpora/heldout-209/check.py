#!/usr/bin/env python3
"""Sanity check: every .eml parses without defects, every .json has the four keys,
listed candidate IDs occur in the decoded text."""
import email, email.policy, glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
import email.utils
last = None
KINDS = {"acknowledgement","confirmation_request","info_request","on_hold","closing_notice","resolved",
         "survey","badge","certification","user_reply","case_update","suspicious","unrelated"}
for p in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.eml"))):
    raw = open(p, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []
    probs = []
    for k in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[k] is None:
            probs.append("missing " + k)
    for part in msg.walk():
        if part.defects:
            probs.append("defects %r" % part.defects)
        if part.get_content_maintype() == "text":
            try:
                texts.append(part.get_content())
            except Exception as e:
                probs.append("decode %s" % e)
        elif part.get_content_type() == "message/rfc822":
            pass
    for k in ("Subject", "From", "To"):
        try:
            texts.append(str(msg[k]))
        except Exception as e:
            probs.append("hdr %s %s" % (k, e))
    if msg.defects:
        probs.append("msg defects %r" % msg.defects)
    d = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if last and d < last:
        probs.append("date out of order (%s < %s)" % (d, last))
    last = d
    lab = json.load(open(p[:-4] + ".json"))
    if set(lab) != {"kind", "needs_reply", "case", "candidate_ids"}:
        probs.append("json keys %s" % sorted(lab))
    if lab["kind"] not in KINDS:
        probs.append("kind " + lab["kind"])
    if lab["case"] is not None and not re.fullmatch(r"\d+", lab["case"]):
        probs.append("case format")
    alltext = "\n".join(texts)
    # include nested rfc822 text
    for c in lab["candidate_ids"]:
        if not re.fullmatch(r"AWS\d{8}", c):
            probs.append("cand format " + c)
        if c not in alltext and c.encode() not in raw:
            probs.append("cand not in text " + c)
    if lab["case"] and lab["case"] not in alltext:
        probs.append("case not in text (threading only?)")
    if probs:
        bad += 1
        print(os.path.basename(p), lab["kind"], "; ".join(probs))
print("checked", len(glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.eml"))), "problems", bad)
