# Writes README.md (called by gen.py).
import os, email
from email import policy
from email.utils import parseaddr
import gen_lib as L

HEAD = """me: %s %s

# Blind set 230: short new text over long history

Mailbox of Ryo Sasaki (佐々木 遼), an engineer leaving Kumonoito Systems (an AWS Partner) on
31 March 2025. Mail to the personal Gmail address and to the company Exchange Online address sits in
one archive, from 24 Feb to 8 Apr 2025. Written blind: only PROMPT.md, DOMAIN.md, BLIND-CORPUS.md and
the seeds were read. `python3 gen.py` rewrites everything (standard library only).

Focus (stress set): one-line support mail ("Done.", "See below.", "Any news?", "Reminder: see my
question below", "Thanks, passing this on", 「対応いたしました。」, 「下記をご参照のうえ…」) top-posted over
long quoted threads full of old requests and answers, in many quoting styles (Outlook English and
Japanese header blocks, Outlook underscore divider, Gmail "On … wrote:" and 「2025年3月18日(火) …:」,
Apple Mail JP 「…のメール:」, Becky!/Thunderbird "wrote:", AWS "Previous correspondence" blocks,
Zendesk, inline answers written into an unprefixed quote), against long new text that quotes only a
short question. About half of the set is ordinary surrounding mail, much of it built the same way.

## Cases
| case | format | topic | messages |
|---|---|---|---|
| %s | 15 digits (2025) | T&C form case from the personal address: merge company certification account into the personal one. Ack → APN partner hold with a buried question → passed to partner team → owner's nudge → hold lifted → confirmation (HTML table) → reminder → closing notice → owner confirms from the WRONG (company) address → asked to write from the personal address → confirms → "Done." → survey → owner reports a missing voucher on the resolved case → inline "See below." question → answer → resolved | {A} |
| %s | 15 digits | duplicate form sent from the company address; closed as duplicate and linked to the first | {B} |
| %s | 11 digits (2023) | old name-correction case reopened in Japanese after the merge: owner's long reply → reopened → keigo question → Japanese reminder → answer → fixed → Japanese survey | {C} |
| %s | 15 digits, Support Center | console case (certification voucher from partner training): opened → question to answer in the console → "Any news?" + auto-resolve warning → resolved with rating footer | {D} |
| %s | 10 digits (2020) | only in the owner's forward of an old exam-reschedule thread to himself | {E} |
| %s | 15 digits | AWS Educate form case (other program) — labelled unrelated | {EDU} |
| %s | 15 digits, Support Center | billing console case (not T&C) — labelled unrelated | {BILL} |

Candidate IDs: personal (kept) account %s, company account %s.

## Labelling decisions (judgement calls)
- **IDs in echoed form text.** Acknowledgements (case A, B, and the console case) repeat what the owner
  submitted, without quote marks or an "Original Message" header. That echo is part of the message's own
  body, so the candidate IDs in it are listed.
- **Inline answers (the "See below." mail on case A, and the colleague's 引き継ぎ reply).** The
  agent's `[Sung-min]` lines written into the unprefixed Outlook quote are new text; the rest of that
  quote is history. The ID in the agent's inline answer is listed; IDs in the owner's quoted paragraph
  are not. The inline question makes it an info_request needing a reply.
- **Hold with a buried question** (case A, 4 March): kind on_hold, needs_reply true.
- **"Reminder: see my question below"** over the Account #1/#2 listing: confirmation_request, reply
  needed, no candidate IDs (the listing is only quoted). The Japanese reminder on case C points at an
  information question, so it is info_request.
- **"Please send this from your personal address"** (sent to the company address): info_request,
  needs_reply true.
- **Console "Any news? … will be resolved automatically"**: closing_notice, needs_reply true (answer in
  the Support Center, not by mail).
- **Conditional invitations** ("should anything look wrong, just reply", "if the booking doesn't show,
  reply here", 「ご不明な点がございましたら」) never make needs_reply true.
- **`case` for non-T&C AWS support cases** (AWS Educate form case, billing console case): kind unrelated,
  needs_reply false, but `case` carries their AWS case number because that is the case the message
  belongs to. Other vendors' ticket numbers (Zendesk, hosting, registrar) are not AWS cases: null.
  Phishing that invents a case number: null.
- **Other case numbers in new text**: the duplicate-closure mail (case B) and the owner's reopening mail
  (case C) both name case A in their text; each is labelled with the case whose thread/subject it is on.
- **Owner's mail that is not about a case** (farewell to all staff) is still user_reply, case null. The
  owner's forward of a 2020 case thread is user_reply with that case; its quoted old "Could you please
  confirm…" is history.
- **Exam vendor mail with a candidate ID** (Pearson VUE booking and reminder): unrelated, but the ID is in
  the message's own text, so it is listed. CertMetrics mail with an ID likewise.
- **CertMetrics invitation to give input / join the SME programme**: certification, not survey (survey is
  reserved for feedback about a support case).
- **Credly mail from another issuer** (Linux Foundation): badge. A Credly lookalike domain: suspicious.
- **Spoofed real sender** (`aws-cs-trainingcertification-form@amazon.com` with dkim/spf/dmarc fail):
  suspicious, needs_reply false, case null, whatever it asks.
- The Support Center case about a partner-training certification voucher is treated as a Training and
  Certification case (certification topic, answered by T&C staff), so its question needs a reply.
- Candidate IDs are listed once each, in order of first appearance in new text (no message repeats one
  in its new text).

## Messages
| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""


def write(here, rows, cnt):
    out = [HEAD % (L.ME_P, L.ME_C, L.CASE_A, L.CASE_B, L.CASE_C, L.CASE_D, L.CASE_E, L.CASE_EDU, L.CASE_BILL,
                   L.CID_P, L.CID_C)]
    import collections
    cc = collections.Counter(m["label"]["case"] for _, m in rows)
    for k in ["A", "B", "C", "D", "E", "EDU", "BILL"]:
        out[0] = out[0].replace("{%s}" % k, str(cc[getattr(L, "CASE_" + k)]))
    for i, m in rows:
        e = email.message_from_bytes(m["raw"], policy=policy.default)
        name, addr = parseaddr(str(e["from"]))
        what = "%s <%s>: %s" % (name or addr, addr, str(e["subject"]))
        lab = m["label"]
        out.append("| %03d | %s | %s | %s | %s | %s |\n" % (
            i, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-",
            what.replace("|", "/"), m["note"].replace("|", "/")))
    out.append("\n## Counts\n")
    for k, v in sorted(cnt.items()):
        out.append("- %s: %d\n" % (k, v))
    out.append("- total: %d; needs_reply true: %d\n" % (len(rows), sum(m["label"]["needs_reply"] for _, m in rows)))
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
