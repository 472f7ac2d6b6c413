#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md.
Standard library only. Run: python3 gen.py"""
import os, sys, json, hashlib, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_lib import *          # noqa
import importlib, glob
import gen_readme
MSGS = []
for _p in sorted(glob.glob(os.path.join(HERE, "gen_part*.py"))):
    MSGS += importlib.import_module(os.path.basename(_p)[:-3]).M

def make_mid(i, m):
    h = hashlib.sha1(("blind260-%d-%s" % (i, m["subject"])).encode()).hexdigest()
    frm = m["from"].lower()
    if "amazon.com" in frm and "@" in frm:
        return "<010601%s-%s-%s-000000@ap-northeast-1.amazonses.com>" % (h[:11], h[11:19], h[19:23])
    if "gmail.com" in frm:
        return "<CAH%s+%s@mail.gmail.com>" % (h[:20].upper(), h[20:30])
    if "tsukumo-systems.co.jp" in frm:
        return "<TY%sPR01MB%s@TY3PR01MB.jpnprd01.prod.outlook.com>" % (h[:6].upper(), h[6:14].upper())
    dom = frm.split("@")[-1].strip(">").strip()
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)

def build(i, m, mids, refs):
    L = []
    if not m.get("sent"):
        frm_dom = m["from"].split("@")[-1].strip(">").strip()
        L.append("Return-Path: <%s>" % m.get("return_path", "bounce-%s@%s" % (i, frm_dom)))
        L.append("Received: from %s (%s [54.240.%d.%d])\n        by %s with ESMTPS id %s\n        for <%s>; %s"
                 % (m.get("relay", "a%d-%d.smtp-out.%s" % (i, i * 7 % 90, frm_dom)),
                    m.get("relay", "smtp-out." + frm_dom), i % 50, (i * 13) % 250,
                    "mx.google.com" if ME_P in m["to"] else "TYCP286MB1842.JPNP286.PROD.OUTLOOK.COM",
                    hashlib.md5(str(i).encode()).hexdigest()[:12],
                    ME_P if ME_P in m["to"] else ME_C, dt(m["date"])))
        if m.get("auth"):
            L.append(m["auth"])
    L.append("Date: " + dt(m["date"]))
    L.append("From: " + m["from"])
    L.append("To: " + m["to"])
    if m.get("cc"):
        L.append("Cc: " + m["cc"])
    if m.get("reply_to"):
        L.append("Reply-To: " + m["reply_to"])
    L.append("Subject: " + enc_subject(m["subject"], m.get("subject_charset", "utf-8")))
    L.append("Message-ID: " + mids[i])
    p = m.get("parent")
    if p:
        L.append("In-Reply-To: " + mids[p])
        L.append("References: " + "\n ".join(refs[p] + [mids[p]]))
    for x in m.get("extra", []):
        L.append(x)
    L.append("MIME-Version: 1.0")
    hdr, body = m["body"]
    L.extend(hdr)
    s = "\n".join(L) + "\n\n" + body.rstrip("\n") + "\n"
    if m.get("crlf"):
        s = s.replace("\n", "\r\n")
    return s.encode("latin-1")

def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    mids, refs = {}, {}
    keys = {m["key"]: i for i, m in enumerate(MSGS, 1) if m.get("key")}
    for m in MSGS:
        if isinstance(m.get("parent"), str):
            m["parent"] = keys[m["parent"]]
    for i, m in enumerate(MSGS, 1):
        mids[i] = m.get("mid") or make_mid(i, m)
        p = m.get("parent")
        refs[i] = (refs[p] + [mids[p]]) if p else []
    counts = collections.Counter()
    nreply = 0
    rows = []
    for i, m in enumerate(MSGS, 1):
        kind, reply, case, cands = m["label"]
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as f:
            f.write(build(i, m, mids, refs))
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w") as f:
            json.dump({"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cands}, f)
            f.write("\n")
        counts[kind] += 1
        nreply += reply
        rows.append((i, kind, reply, case, m["note"]))
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(gen_readme.HEAD)
        f.write("\n## Messages\n\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n")
        for i, kind, reply, case, note in rows:
            f.write("| %03d | %s | %s | %s | %s |\n" % (i, kind, "yes" if reply else "no", case or "-", note.replace("|", "/")))
        f.write("\nCounts: " + ", ".join("%s %d" % kv for kv in sorted(counts.items()))
                + "; total %d; needs_reply true %d\n" % (len(MSGS), nreply))
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("total %d, needs_reply true %d" % (len(MSGS), nreply))

if __name__ == "__main__":
    main()
