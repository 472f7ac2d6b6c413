import os, json, email, email.policy, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
files = sorted(f for f in os.listdir(HERE) if f.endswith("-msg.eml"))
for f in files:
    raw = open(os.path.join(HERE, f), "rb").read()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    for hname in ("From", "To", "Subject", "Date", "Message-ID"):
        if m[hname] is None:
            print(f, "missing", hname); bad += 1
    try:
        str(m["Subject"]); str(m["From"])
        for part in m.walk():
            if part.get_content_maintype() == "multipart" or part.get_content_type() == "message/rfc822":
                continue
            part.get_content()
    except Exception as e:
        print(f, "ERR", e); bad += 1
    if m.defects:
        print(f, "defects", m.defects)
    for part in m.walk():
        if part.defects:
            print(f, "part defects", part.get_content_type(), part.defects)
    j = json.load(open(os.path.join(HERE, f.replace(".eml", ".json"))))
    if set(j) != {"kind", "needs_reply", "case", "candidate_ids"}:
        print(f, "json keys", j); bad += 1
print(len(files), "files, problems:", bad)
