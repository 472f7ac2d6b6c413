#!/usr/bin/env python3
"""Scores `casewatch scan --json` against a labelled corpus: NNN-slug.eml beside NNN-slug.json
({"kind", "needs_reply", "case", ...}), processed as one run in file-name order.

    python3 benches/score_corpus.py [--bin PATH] [--me ADDR]... [--no-me] [--markdown] [--pool] DIR...

The mailbox owner's addresses come from --me, else from the corpus README's first line
(`me: a@b c@d`), else from tests/fixtures' owner. Prints per-kind precision/recall, a confusion
matrix, needs_reply misses and false alarms (and which files, with --list)."""
import argparse, collections, json, os, subprocess

KINDS = ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
         "resolved", "survey", "badge", "certification", "user_reply", "case_update", "suspicious",
         "unrelated"]
FIXTURE_ME = ["taro.yamada.dev@gmail.com", "t.yamada@example-corp.co.jp"]
ABBR = {k: "".join(w[0] for w in k.split("_")) if "_" in k else k[:3] for k in KINDS}


def owner(d):
    readme = os.path.join(d, "README.md")
    if os.path.exists(readme):
        first = open(readme, encoding="utf-8").readline()
        if first.startswith("me:"):
            return first[3:].split()
    return FIXTURE_ME


def score(binary, d, me):
    emls = sorted(f for f in os.listdir(d) if f.endswith(".eml")
                  and os.path.exists(os.path.join(d, f[:-4] + ".json")))
    cmd = [binary, "scan", "--json"] + [a for m in me for a in ("--me", m)] + [os.path.join(d, f) for f in emls]
    out = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "CASEWATCH_CONFIG": "/dev/null"})
    got = {}
    for line in out.stdout.splitlines():
        o = json.loads(line)
        got[os.path.basename(o["file"])] = o
    rows = []
    for f in emls:
        want = json.load(open(os.path.join(d, f[:-4] + ".json"), encoding="utf-8"))
        g = got.get(f, {"kind": None, "needs_reply": False, "case": None})
        rows.append((f, want, g))
    return rows


def report(name, rows, markdown, listing):
    n = len(rows)
    kind_ok = sum(w["kind"] == g["kind"] for _, w, g in rows)
    nr_ok = sum(bool(w["needs_reply"]) == bool(g["needs_reply"]) for _, w, g in rows)
    misses = [f for f, w, g in rows if w["needs_reply"] and not g["needs_reply"]]
    alarms = [f for f, w, g in rows if not w["needs_reply"] and g["needs_reply"]]
    case_ok = sum(w.get("case") == g.get("case") for _, w, g in rows if "case" in w)
    print(f"\n## {name}: {n} messages")
    print(f"kind right: {kind_ok}/{n} ({100*kind_ok/n:.1f}%)  needs_reply right: {nr_ok}/{n}  "
          f"missed requests: {len(misses)}  false alarms: {len(alarms)}  case right: {case_ok}/{n}")
    conf = collections.Counter((w["kind"], g["kind"]) for _, w, g in rows)
    present = [k for k in KINDS if any(k in (w["kind"], g["kind"]) for _, w, g in rows)]
    print()
    print("| kind | n | precision | recall |" if markdown else f"{'kind':22} {'n':>3} {'prec':>6} {'recall':>6}")
    if markdown:
        print("|---|---|---|---|")
    for k in present:
        tp = conf[(k, k)]
        pred = sum(v for (w, g), v in conf.items() if g == k)
        real = sum(v for (w, g), v in conf.items() if w == k)
        p = f"{tp}/{pred}" if pred else "-"
        r = f"{tp}/{real}" if real else "-"
        print(f"| {k} | {real} | {p} | {r} |" if markdown else f"{k:22} {real:>3} {p:>6} {r:>6}")
    print("\nconfusion (rows: label, columns: casewatch):")
    head = "".join(f"{ABBR[k]:>5}" for k in present)
    print(f"{'':22}{head}")
    for w in present:
        print(f"{w:22}" + "".join(f"{(conf[(w, g)] or '.'):>5}" for g in present))
    if listing:
        for f, w, g in rows:
            if w["kind"] != g["kind"] or bool(w["needs_reply"]) != bool(g["needs_reply"]):
                print(f"  {f}: label {w['kind']}/{w['needs_reply']} got {g['kind']}/{g['needs_reply']}: {g.get('why','')[:120]}")
    return kind_ok, nr_ok, n, len(misses), len(alarms)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.environ.get("CASEWATCH_BIN", "target/debug/casewatch"))
    ap.add_argument("--me", action="append")
    ap.add_argument("--no-me", action="store_true", help="scan without the owner's addresses")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--list", action="store_true", help="name the files that differ (not for held-out sets: it unblinds them)")
    ap.add_argument("--pool", action="store_true", help="after the corpora, one report over all of them together")
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    pooled = []
    for d in a.dirs:
        me = [] if a.no_me else (a.me or owner(d))
        rows = score(a.bin, d, me)
        pooled += [(os.path.join(d, f), want, got) for f, want, got in rows]
        report(d + (" (no --me)" if a.no_me else ""), rows, a.markdown, a.list)
    if a.pool and len(a.dirs) > 1:
        report("all %d corpora together" % len(a.dirs), pooled, a.markdown, a.list)


if __name__ == "__main__":
    main()
