HEAD = """
# Blind corpus blind-252: short and terse support mail (stress set)

Mailbox of Kaede Oshiro (大城 楓), who leaves Tsurugi Systems (an AWS Partner Network company) on
13 June 2025 and moves her certifications to her personal account. The mailbox holds mail to the
personal address and, until the last working day, mail to the company address (auto-forwarded).
Messages are in arrival order (1-30 June 2025). Regenerate with `python3 gen.py`.

Personal: kaede.oshiro@hanamail.jp. Company: k.oshiro@tsurugi-sys.co.jp (old login
oshiro.kaede@tsurugi-systems.jp forwards there). New employer address kaede.oshiro@aoba-cw.com only
receives one forward. Candidate IDs: AWS07765120 (personal, kept), AWS03318842 (company),
AWS05190377 (a forgotten third profile found when the case is reopened).

## Cases
| case | channel | topic | course |
|---|---|---|---|
| 174885564001237 | T&C form (15 digits) | merge company account into personal | ack, ask in subject only, ask in a PS after a disclaimer, APN partner hold with a question, hold, hold lifted, HTML confirmation, closing notice, reply bounced (typo) and resent, merged; reopened by the owner, 'pls confirm' info ask, confirmation for a third profile, fixed |
| 174885588044610 | T&C form (15 digits) | duplicate submission of the same request | ack, owner asks to close it, closed as duplicate |
| 175003560027719 | T&C form, Japanese | 50% voucher missing after the merge | ack (ISO-2022-JP), keigo ask, reply, update with conditional P.S., voucher reissued (Shift_JIS) |
| 17503921408 | Support Center console (11 digits) | old Credly badges under company email | ack, ask (answer in console), owner answers by e-mail (lost), auto-resolve warning, update whose ask is a P.S., resolved |
| 9183375520 | AWS Educate form (10 digits) | other program | one terse ask: labelled unrelated |

Fake references that are not cases: "Case 8830021947" in a phishing mail, "[Case #00871234]" and
"[HZ-55102]" from other vendors, Pearson VUE registration 418772093, AWS account 410982337561,
one-time code 482913.

## Labelling decisions (judgement calls)
- A message that asks the owner something gets the request kind even when most of it is news
  (011 asks only in a PS after the legal disclaimer; 066 reads as "passed to the Credly team" but
  its P.S. asks for badge names). Exceptions kept by kind: a hold that asks something stays
  `on_hold` with reply=yes (015); a closing notice stays `closing_notice` (034, 064).
- The ask may sit only in the subject (008): info_request, reply=yes.
- "pls confirm" is a `confirmation_request` only when it is about the merge itself (054: fold a third
  profile into Account #1?). "pls confirm the exam date" (052) is an `info_request`.
- Hold status pings that ask nothing ("nothing needed from u rn", "still waiting on the partner")
  stay `on_hold`, reply=no. "Hold lifted / sent to the merge team" is a `case_update`.
- "Closing this one as a dup" (006) is a `case_update`: it closes a duplicate at the owner's own
  request, it does not threaten to close for lack of an answer.
- Courtesy notice to the old login (028) "if you did not make this request, reply within 5 days":
  conditional, the owner did make it, so `case_update`, reply=no.
- Conditional invitations (056 ご不明な点がございましたら, 057 "anything else, just reply", 049
  追伸 …ございましたら) do not make a reply necessary.
- Quoted history never counts: 038 is three new words ("Got it, merging now") over a quoted
  "which one do u want to keep?": case_update, no candidate IDs.
- Bounce of the owner's reply (036): not from support, so `unrelated`, reply=no, but `case` is the
  merge case because the returned mail belongs to it. The pending ask is carried by 034.
- Console case answered by e-mail (061 user_reply): the e-mail never reaches support, so the
  closing notice 064 still needs a reply (in the Support Center).
- CertMetrics mail is `certification` even when it looks like a survey (046 "wants to hear from
  you") or follows from the case (041 account e-mail updated): it is not about a support case.
- Phishing (022 lookalike domain with a fake case number, 032 real sender with dkim/dmarc=fail,
  044 Credly lookalike): `suspicious`, reply=no, case null.
- Mail from another AWS program's case (069 AWS Educate, terse "pls confirm"): `unrelated`,
  reply=no; the case number is still given as `case` because it is a real AWS case number.
  Other vendors' ticket numbers are not AWS cases: case null.
- Everything the owner writes (replies, forwards, a note to self, a mail to a colleague) is
  `user_reply`, reply=no; its candidate IDs are listed when typed in the owner's own text (013,
  042, 048), not when only quoted (016, 035).
"""
