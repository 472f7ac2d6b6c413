#!/usr/bin/env python3
"""Writes the blind corpus (NNN-msg.eml + NNN-msg.json + README.md) next to this script."""
import os, sys, json, glob, collections
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_lib
from gen_lib import MSGS, OUT, ME_P, ME_C
import gen_p1, gen_p2, gen_p3, gen_p4, gen_p5, gen_p6, gen_p7, gen_p8, gen_p9

CASES = [
    ("8412937560", "10-digit, 2021", "form case from the company address: name order on the certificate corrected (ack -> resolved)"),
    ("13872046519", "11-digit, 2023", "two certification accounts under the same company address (Credly badge missing): Japanese ack -> info request -> closing notice -> owner reply -> HTML confirmation -> handed to ops -> merged -> survey"),
    ("174803962100218", "15-digit, 2025", "main merge company -> personal: ack -> APN hold with question -> owner answers from the wrong address -> asked to write from personal -> hold (partner) -> hold lifted -> confirmation -> closing notice -> confirmed -> merged -> survey; reopened in July for a third account -> Japanese confirmation -> merged again"),
    ("174804410700561", "15-digit, 2025", "accidental duplicate of the main case filed from the company address; closed and linked by support"),
    ("174906553300742", "15-digit, 2025", "Support Center (console) case: 50% voucher lost in the merge; must be answered in the console (no-reply sender)"),
    ("175021774400093", "15-digit, 2025", "Japanese-language form case: exam missing from history after the merge; keigo request, escalation, check-and-report request, Japanese closing notice, resolved"),
    ("174908821500316", "15-digit, 2025", "trap: AWS billing console case (not Training and Certification)"),
    ("175138204100876", "15-digit, 2025", "trap: AWS Educate form case (not Training and Certification)"),
]

DECISIONS = """\
- `case` is filled for any message that belongs to a support case with a digits-only number,
  including the two non-T&C AWS cases (billing console, AWS Educate), which are labelled
  `unrelated` with `needs_reply` false; it is null for other vendors and for phishing, even when
  the phishing subject carries a made-up `[CASE ...]` number (034).
- The Gmail bounce of the owner's cc to his closed company address (040) is `unrelated` but keeps
  the case number of the thread it bounced (it quotes the case subject and answers In-Reply-To).
- The owner's forward of the completion mail to his new manager (045) and his note to himself
  about answering in the console (050) are `user_reply` (mail written by the owner).
- `candidate_ids`: the acknowledgement's echo of the submitted form is the message's own text, so
  ids in it count (004, 023, 054). Ids inside `>`-quoted, Outlook "Original Message" or forwarded
  blocks do not (018, 045). Each id is listed once, in order of first appearance. Exam vendor and
  CertMetrics mail count too (002, 006, 064).
- The APN hold that ends with "When is your last working day ... or have you already left?" (026)
  is `on_hold` with needs_reply true; the later hold that says no action is needed (031) is false.
- Support asking the owner to resend his statement from the personal address (029) is
  `info_request`, true. Asking him to sign in, look at Exam History and tell them (059) is
  `info_request` even though it announces a fix.
- "Hold lifted, I will send the details for your review shortly" (035) and "I'm reopening this
  case, a colleague will send details" (066) are `case_update`: nothing is asked yet.
- Closing notices for the console case (049) need a reply too: it is a real T&C case, even though
  the answer has to go through the Support Center.
- CertMetrics' "AWS Certification wants to hear from you" (044) is a program survey, not a
  support-case survey, so `certification`.
- A mail from the real form address with dkim/spf/dmarc fail (034) is `suspicious` whatever it
  says; the lookalike domains (032, 058) pass their own DMARC and are still `suspicious`.
"""

def main():
    for p in (gen_p1, gen_p2, gen_p3, gen_p4, gen_p5, gen_p6, gen_p7, gen_p8, gen_p9):
        p.run()
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    prev = None
    for i, m in enumerate(MSGS, 1):
        if prev and m["dt"] < prev:
            print("warning: %03d earlier than previous message" % i, file=sys.stderr)
        prev = m["dt"]
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as f:
            f.write(m["raw"])
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as f:
            json.dump({"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"],
                       "candidate_ids": m["cands"]}, f, ensure_ascii=False)
            f.write("\n")
    lines = ["me: %s %s" % (ME_P, ME_C), "",
             "# Blind corpus blind-266", "",
             "Mailbox of Kenta Ishizaki (personal %s; company %s, closed after 2025-05-30)." % (ME_P, ME_C),
             "Messages 2021-2025 in arrival order; regenerate with `python3 gen.py`.", "",
             "## Cases", "", "| case | format | story |", "|---|---|---|"]
    lines += ["| %s | %s | %s |" % c for c in CASES]
    lines += ["", "## Labelling decisions", "", DECISIONS, "## Messages", "",
              "| # | kind | reply? | case | what it is | what makes it hard |", "|---|---|---|---|---|---|"]
    for i, m in enumerate(MSGS, 1):
        lines.append("| %03d | %s | %s | %s | %s | %s |" % (i, m["kind"], "yes" if m["reply"] else "no",
                     m["case"] or "-", m["what"], m["note"]))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    cnt = collections.Counter(m["kind"] for m in MSGS)
    for k in sorted(cnt):
        print("%-22s %d" % (k, cnt[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply true", sum(m["reply"] for m in MSGS)))

if __name__ == "__main__":
    main()
