README_HEAD = """me: kenta.morioka.dev@gmail.com k-morioka@hoshizora-sys.co.jp

# Blind corpus 262: one owner's AWS Training and Certification mail, 2023-2025

The mailbox belongs to Kenta Morioka (森岡 健太). He sends from a personal Gmail address and from
his company address at Hoshizora Systems, an AWS Partner Network (APN) company he leaves on
2025-04-30. Both addresses' mail is in this one mailbox, in arrival order. `python3 gen.py`
rebuilds every file (standard library only). Case numbers and candidate IDs are made up.

## Cases

| case | format | started from | topic | outcome |
|---|---|---|---|---|
| 13160248275 (B) | 11 digits, 2023, form | personal | merge an accidental 2nd account (AWS09920431) into the company one (AWS04418265) | Japanese info request -> closing notice -> IDs sent -> Account #1/#2 confirmation -> merged |
| 14488305127 (G) | 11 digits, 2024, form | company | 50% voucher missing after recertification | request for exam name/date -> reply with screenshot -> voucher reissued |
| 174521234507731 (A) | 15 digits, 2025, form | personal | merge company account into the new personal one (AWS11620385) on leaving | APN partner hold with a buried question -> hold without a question -> hold lifted -> HTML table confirmation -> closing notice -> confirmation from the wrong (company) address -> "write from the personal address" -> merged; reopened in May for a missing 2019 exam -> third account AWS02287719 -> Japanese confirmation -> fixed |
| 174521610208842 (C) | 15 digits, 2025, form | company | same request submitted twice (Japanese UI) | Japanese ack, then closed as a duplicate of A |
| 174651088400107 (D) | 15 digits, 2025, Support Center (console) | personal | voucher lost in the merge | console ack -> question to answer in Support Center -> auto-resolve warning -> passed to benefits team -> restored |

Other case-like numbers that are NOT tracked T&C cases: 174658820300044 (an EC2 quota console case,
labelled `unrelated`), 174662290100381 (AWS Educate form, `unrelated`), 174549120300915 and
174690031200477 (invented by phishing mail, case null), 9081726354 (an old 2020 case only mentioned
in the text of a case A message), Kumocloud #48213 (another vendor).

## Labelling decisions (judgement calls)

- **needs_reply** is true only on support's own mail on a real T&C case (A, B, C, D, G) when support
  is waiting on Kenta right now: the info requests, confirmation requests, closing notices and the
  first partner hold (its last paragraph asks whether he is leaving and when). 11 messages.
- The second partner hold says it is waiting on the partner, not on him: `on_hold`, no reply.
- The console case D counts as a T&C case: it is answered by the T&C team. Its question and its
  auto-resolve warning need a reply even though the reply has to go through the Support Center and
  not by e-mail (`info_request` / `closing_notice`, reply true). The EC2 quota console case asks a
  question too but is not T&C: `unrelated`, reply false.
- "Send your confirmation again from the other address" (case A) is `info_request`, not
  `confirmation_request`: the ask is to write from a different mailbox; it repeats no listing.
- Duplicate case C closed and linked to A: `case_update`, case = the duplicate's own number.
- Reopen on case A: "reopened and passed to the records team" is `case_update`; the optional
  "feel free to attach ... not needed" does not make it a request.
- Resolutions that end with "if there's anything else, just reply" / 〜がございましたら, or that quote
  the earlier request underneath, are `resolved`, reply false.
- The CertMetrics "AWS Certification wants to hear from you" program survey is `certification`
  (it is not about a support case); the case surveys are `survey`.
- The Credly badge-expiry reminder is `badge` (Credly mail), not `certification`.
- Kenta's own mail is `user_reply` whatever it is: replies, a forward from his company mailbox to his
  personal one, a note to self. Their `case` is the case they are about; reply is always false.
- The Gmail bounce of his mistyped reply on case A is `unrelated` (a delivery failure, nobody at
  support is waiting on it) but carries case A, since its returned headers belong to that thread.
- Phishing: the mail that uses the real T&C sender and a [CASE] subject but fails DKIM/SPF/DMARC at
  Gmail is `suspicious`, case null (the number is invented). The same for the lookalike domains.
- candidate_ids: distinct IDs in the message's own text, in order of first appearance (an HTML
  alternative repeating the plain text adds nothing); IDs only in quoted history (`>` lines, -----Original Message-----, forwarded blocks) are not
  listed. An acknowledgement that echoes the submitted form text counts that text as its own (it is
  not quoted history), so ack 174521234507731 lists both IDs. Pearson VUE's booking mail lists the
  candidate ID it shows. Forwarded text in Kenta's FW: is quoted, so that forward lists none.
"""
