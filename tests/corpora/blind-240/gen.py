#!/usr/bin/env python3
"""Writes the blind-240 corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md."""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import ME_P, ME_C, C1, C2, C3, C4, C5, C6, EDU, OLD2021  # noqa: E402
import part1, part2, part3, part4, part5, part6, part7  # noqa: E402

KINDS = ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
         "resolved", "survey", "badge", "certification", "user_reply", "case_update",
         "suspicious", "unrelated"]

README_HEAD = """me: {p} {c}

# blind-240: Japanese keigo stress set

Mailbox of 岡林 亮 (Ryo Okabayashi). Personal address {p}; company address {c}
(Shirasagi Systems, an APN partner; the company mailbox closes on 2025-10-31). Until then the
company mail is forwarded into the same mailbox, so both addresses appear as recipients and as
senders. Everything here (people, companies, domains, case numbers, mail systems such as
KumoMail) is invented. Regenerate with `python3 gen.py`.

Emphasis: Japanese support mail where a real request (〜いただけますでしょうか, お手数ですが…ご返信ください,
〜いただければ幸いです, ご確認のうえご返信くださいますよう…) sits next to courtesy or conditional phrases that
ask nothing (ご確認ください as "please take note / check your account", ご不明な点がございましたら,
ご査収ください, お待ちください, ご了承ください), in ISO-2022-JP, Shift_JIS (base64 and raw 8bit) and UTF-8
(base64, quoted-printable, 8bit), mixed with English templates, HTML-only mail, CRLF and LF.

## Cases

| case | format | channel | story |
|---|---|---|---|
| {C4} | 11 digits (2023) | T&C form, company address | certificate name romanization fix: ack, JA request, reply, resolved with PDF, survey |
| {C1} | 15 digits | T&C form, personal address | merge company -> personal: JA ack, candidate IDs asked, APN hold (one hold mail carries a softened question), hold lifted, EN Account #1/#2 confirmation, JA closing notice, owner answers from the wrong (company) address, asked to write from the personal address, merged; reopened because a 2019 exam was missing, third (university) account found and confirmed, merged |
| {C2} | 15 digits | T&C form, company address | duplicate of {C1}: ack, then closed as duplicate and linked |
| {C3} | 15 digits | Support Center console (no-reply-aws@amazon.com) | missing 50% voucher after merge: must be answered in the console; request, auto-resolve warning, resolved, survey |
| {C5} | 15 digits | T&C form | Credly badges shown expired: ack, escalation update, JA request, two accounts on one address, JA (Shift_JIS) confirmation with a subject that lost the [CASE] token, merged, badge mail, survey |
| {C6} | 15 digits | T&C form | online exam crashed: ack, JA request (ISO-2022-JP + PDF), case closed for no answer, owner reply-all (bounce for the dead company Cc), reopened (ご返信は不要です), replacement voucher |
| {EDU} | 15 digits | AWS Educate form | another AWS program; labelled `unrelated` but with its case number |
| {OLD2021} | 10 digits | - | only mentioned by the owner inside {C1}; never a message's case |

Candidate IDs: AWS02917364 (company account), AWS07730482 (personal, kept), AWS05518239 (university
account, 2019), AWS09142776 (accidental duplicate on the personal address).
Numbers that are not case IDs: 482913067154 (AWS account), 481736205 / 512093847 (Pearson VUE
registration), 08846721 (Pearson VUE case), 2510280417 (ISP 受付番号), 408217 (one-time code),
176118240055512 and 1760012345 (fake case numbers in phishing).

## Labelling decisions

- `needs_reply` is true only when AWS T&C support (form or console) is waiting for the owner now.
  Vendor, ISP, HR and manager mail with perfect keigo requests stays false (`unrelated`).
- ご確認ください / ご確認のほどよろしくお願いいたします after a completed action = check your account, not a
  request. ご確認のうえ、ご返信ください(ますよう…) = request. ご不明な点がございましたら…ご返信ください,
  「情報を追加される場合は…ご返信ください」, "if anything still looks wrong, reply" = conditional, false.
- お待ちください / お待ちいただけますと幸いです in an update is not a request for a reply (`case_update`, false).
- A hold mail that also asks (差し支えなければ…お知らせいただけますでしょうか) stays `on_hold` but needs_reply
  is true: the softener 差し支えなければ is politeness, support clearly wants the date.
- An optional ask (スクリーンショットがお手元にございましたら…幸いです) does not make a mail a request by itself;
  in that mail a separate mandatory ask exists anyway.
- Support asking the owner to send the same approval again from the destination address is
  `info_request` (writing from another address), not `confirmation_request`.
- The C6 mail that says the case *was* closed and a reply reopens it is `closing_notice`, true.
- The console case (C3) requests/closing are true although mail cannot answer them (answer in the
  Support Center).
- Surveys with keigo asks (ご回答いただけますでしょうか, ご意見をお聞かせください) are `survey`, false. The
  CertMetrics exam-experience questionnaire is about the exam programme, not a case: `certification`.
- Phishing: `suspicious`, false, case null, even when it shows a case-like number or the genuine
  T&C From address (dkim=fail, dmarc=fail).
- Owner-written mail (replies, the note to self) is `user_reply`, false, with the thread's case.
- The bounce of the owner's reply-all is `unrelated` with case {C6}: it belongs to that thread, but
  only the Cc to the closed company mailbox failed; support got the reply.
- AWS Educate case mail: `unrelated`, false, but `case` is its own number ({EDU}) because the
  message literally belongs to that case.
- `candidate_ids`: IDs in the message's own text in first-appearance order, each once; IDs only in
  quoted history are left out; IDs in a form echo inside an acknowledgement count (the echo is part
  of the acknowledgement, not a quote).

## Messages

| # | kind | reply? | what it is | what makes it hard |
|---|---|---|---|---|
"""


def main():
    msgs = []
    for p in (part1, part2, part3, part4, part5, part6, part7):
        msgs.extend(p.messages())
    for a, b in zip(msgs, msgs[1:]):
        assert a["date"] < b["date"], ("order", a["what"], b["what"])
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(old)
    rows = []
    counts = collections.Counter()
    reply = 0
    for i, m in enumerate(msgs, 1):
        lab = m["label"]
        assert lab["kind"] in KINDS, lab
        assert all(re.fullmatch(r"AWS\d{8}", c) for c in lab["candidate_ids"])
        for c in lab["candidate_ids"]:
            assert c in m["body_src"], (i, c)
        assert len(set(lab["candidate_ids"])) == len(lab["candidate_ids"]), i
        if lab["case"] is not None:
            assert re.fullmatch(r"\d{10,15}", lab["case"]), lab
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as f:
            f.write(m["raw"])
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False)
            f.write("\n")
        counts[lab["kind"]] += 1
        reply += lab["needs_reply"]
        rows.append("| %s | %s | %s | %s | %s |" % (n, lab["kind"], "yes" if lab["needs_reply"] else "no",
                                                   m["what"].replace("|", "/"), m["hard"].replace("|", "/")))
    readme = README_HEAD.format(p=ME_P, c=ME_C, C1=C1, C2=C2, C3=C3, C4=C4, C5=C5, C6=C6,
                                EDU=EDU, OLD2021=OLD2021)
    readme += "\n".join(rows) + "\n"
    readme += "\nTotals: %d messages, %d need a reply. Per kind: %s\n" % (
        len(msgs), reply, ", ".join("%s %d" % (k, counts[k]) for k in KINDS if counts[k]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)
    print("messages: %d (needs_reply: %d)" % (len(msgs), reply))
    for k in KINDS:
        print("  %-21s %d" % (k, counts[k]))


if __name__ == "__main__":
    main()
