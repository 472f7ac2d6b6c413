#!/usr/bin/env python3
"""Generate the blind corpus: NNN-msg.eml + NNN-msg.json + README.md next to this script."""
import collections, glob, html, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mk  # noqa: E402
import part1, part2, part3, part4, part5, part6  # noqa: E402
import notes  # noqa: E402

KINDS = ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
         "resolved", "survey", "badge", "certification", "user_reply", "case_update",
         "suspicious", "unrelated"]


def main():
    msgs = []
    for p in (part1, part2, part3, part4, part5, part6):
        msgs.extend(p.MSGS)
    keys = [m["key"] for m in msgs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    msgs.sort(key=lambda m: m["dt"])
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    reg, rows = {}, []
    for i, s in enumerate(msgs, 1):
        assert s["kind"] in KINDS, s["key"]
        own = mk.PH.sub("", s["text"])
        cands = mk.CID.findall(own)
        text = mk.render(s["text"], reg)
        htm = s.get("html")
        if htm:
            def rep(m):
                q = mk.quote(reg[m.group(2)], m.group(3))
                if m.group(1) == "Q":
                    return html.escape(q).replace("\n", "<br>\n")
                hd, _, body = q.partition("\n")
                return ('<div class="quote">%s<br><blockquote style="margin:0 0 0 .8ex;'
                        'border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>'
                        % (html.escape(hd), html.escape(body).replace("\n", "<br>\n")))
            hown = mk.CID.findall(mk.PH.sub("", htm))
            assert sorted(set(hown)) == sorted(set(cands)), (s["key"], hown, cands)
            htm = mk.PH.sub(rep, htm)
        refs = []
        par = s.get("parent")
        if par:
            assert par in reg, (s["key"], par)
            refs = reg[par]["refs"] + [reg[par]["mid"]]
        mid = mk.msgid(s)
        reg[s["key"]] = dict(spec=s, text=text, mid=mid, refs=refs)
        raw = mk.build(s, text, htm, mid, refs)
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as f:
            f.write(raw)
        lab = {"kind": s["kind"], "needs_reply": bool(s["reply"]), "case": s["case"],
               "candidate_ids": cands}
        with open(os.path.join(HERE, n + "-msg.json"), "w") as f:
            json.dump(lab, f, ensure_ascii=False)
            f.write("\n")
        rows.append((n, s["kind"], "yes" if s["reply"] else "no", s.get("note", "").replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("me: %s %s\n\n" % (mk.ME_P[1], mk.ME_C[1]))
        f.write(notes.TEXT.strip() + "\n\n## Messages\n\n| # | kind | reply? | what it is / what makes it hard |\n|---|---|---|---|\n")
        for r in rows:
            f.write("| %s | %s | %s | %s |\n" % r)
    c = collections.Counter(s["kind"] for s in msgs)
    for k in KINDS:
        print("%-22s %d" % (k, c[k]))
    print("total %d, needs_reply %d" % (len(msgs), sum(1 for s in msgs if s["reply"])))


if __name__ == "__main__":
    main()
