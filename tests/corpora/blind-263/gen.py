#!/usr/bin/env python3
"""Generate the blind corpus: NNN-msg.eml + NNN-msg.json + README.md next to this script."""
import os, sys, json, re, glob, collections, email
from email import policy
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_lib as L
import importlib
for _p in sorted(glob.glob(os.path.join(HERE, 'gen_part*.py')), key=lambda p: int(re.findall(r'(\d+)', os.path.basename(p))[0])):
    importlib.import_module(os.path.basename(_p)[:-3])  # each part appends to L.MSGS in arrival order
import gen_readme

KINDS = {"acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
         "resolved", "survey", "badge", "certification", "user_reply", "case_update", "suspicious",
         "unrelated"}


def body_text(raw):
    m = email.message_from_bytes(raw, policy=policy.default)
    out = []
    for p in m.walk():
        if p.get_content_maintype() == "text":
            try:
                out.append(p.get_content())
            except Exception:
                out.append(p.get_payload(decode=True).decode("latin-1"))
    return "\n".join(out)


def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    counts = collections.Counter()
    rows = []
    for i, (lab, note, raw) in enumerate(L.MSGS, 1):
        assert lab["kind"] in KINDS, lab
        txt = body_text(raw)
        for cid in lab["candidate_ids"]:
            assert cid in txt, (i, cid)
        if lab["case"]:
            assert lab["case"] in raw.decode("latin-1") or lab["case"] in txt, (i, lab["case"])
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, n + "-msg.json"), "w") as f:
            json.dump(lab, f, ensure_ascii=False)
            f.write("\n")
        counts[lab["kind"]] += 1
        rows.append((n, lab, note))
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write(gen_readme.HEAD)
        f.write("\n## Messages\n\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n")
        for n, lab, note in rows:
            f.write("| %s | %s | %s | %s | %s |\n" % (n, lab["kind"], "yes" if lab["needs_reply"] else "no",
                                                   lab["case"] or "-", note.replace("|", "\\|")))
        f.write("\n## Counts\n\n")
        for k in sorted(counts):
            f.write("- %s: %d\n" % (k, counts[k]))
        f.write("- needs_reply true: %d of %d\n" % (sum(1 for _, l, _ in rows if l["needs_reply"]), len(rows)))
    for k in sorted(counts):
        print("%s: %d" % (k, counts[k]))
    print("total: %d, needs_reply true: %d" % (len(rows), sum(1 for _, l, _ in rows if l["needs_reply"])))


if __name__ == "__main__":
    main()
