HEAD = """me: mizuki.arakawa.dev@gmail.com m.arakawa@hoshizora-tech.co.jp

# blind-220: a stress set of buried requests

Written blind: the writer read only the brief, DOMAIN.md, BLIND-CORPUS.md and the seeds, and never
saw the program, its rules or its fixtures. Run `python3 gen.py` to regenerate everything here
(standard library only). It writes `NNN-msg.eml` / `NNN-msg.json` and this README, and prints the
count per kind.

Mailbox owner: Mizuki Arakawa (荒川 瑞希), personal Gmail `mizuki.arakawa.dev@gmail.com`, company
address `m.arakawa@hoshizora-tech.co.jp` (Hoshizora Technologies, an AWS partner; Microsoft 365).
She leaves the company on 30 May 2025 and joins Kumo Works on 2 June. Both addresses deliver into
this mailbox. Her Gmail can also send as the company address, which she does once by mistake (@A7@).
The mail runs from October 2023 to June 2025 in arrival order.

Candidate IDs: `AWS04417735` (the old account on the company address) and `AWS11830462` (the new
account on the personal address).

Focus of this set: requests hidden in long or unusual mail (a table cell, a P.S., a numbered list,
after four paragraphs of explanation, an HTML-only layout table, keigo mixed with English, a bare
closing threat), set against long support mail that asks for nothing (hold lifted, duplicate closed,
resolution that quotes old requests, partner hold). About half the set is ordinary surrounding mail.

## Cases

| case | format | channel | topic | path | outcome |
|---|---|---|---|---|---|
| 13906458217 (E) | 11 digits, 2023 | form, Japanese support, company address | wrong surname on the certificate | ack → asks in table cells (keigo + English) → my reply → resolved (English, quotes request) → survey | resolved |
| 174701244700413 (A) | 15 digits, 2025 | form, personal address | merge company account into personal one | ack → partner hold with a question in the P.S. → my answer → hold lifted → Account #1/#2 confirmation in an HTML-only table → closing notice → my confirmation from the wrong address → "send it from the other address" → my confirmation → question about an open exam booking → my answer → resolved → survey; plus my forward and a note to myself | merged |
| 174709457100158 (C) | 15 digits | form, company address | duplicate of A filed the next day | ack → closed as a duplicate of A | closed as duplicate |
| 174884281900072 (D) | 15 digits | Support Center console (`no-reply-aws@amazon.com`) | 50% voucher lost in the merge | ack → questions in a numbered list (answer in the console) → my e-mail reply → bounce → auto-resolve warning → resolved (new voucher) → survey | resolved |
| 174900736000931 (F) | 15 digits | form, Japanese support | training transcript not moved by the merge | ack (Shift_JIS) → keigo request mid-paragraph → my reply with a screenshot → partner hold (asks nothing) → resolved | resolved |

Not cases of this mailbox: `8104729356` (a 2021 case named inside the form text echoed by A's ack),
`174735120500219` (spoofed mail, @spoof-dmarc@), `173948811200045` (phishing, @phish-jp@), ticket numbers of other
vendors (Datadog 1874502, Atlassian PCS-884120, Sakura 2025060500184).

## Judgement calls

- **needs_reply** is true for nine messages: E's table request (@E2@), A's partner hold whose only
  question is in a P.S. (@A2@), A's confirmation table (@A5@), A's closing notice (@A6@), A's "send the
  go-ahead from the personal address" (@A7b@), A's exam-booking question (@A8@), D's console questions
  (@D2@), D's auto-resolve warning (@D5@), F's keigo request (@F2@). The owner must write back on each.
- **Console case D**: the requests are labelled needs_reply true although the answer has to be typed
  in the Support Center and e-mail to the sender bounces.
- **Bounce (@D4@)**: kind `unrelated`, case D (it belongs to that thread: it returns my answer to
  D's request), needs_reply false because it is not support writing. The owner still has to answer
  D's questions in the console; the next support message (@D5@) makes that explicit.
- **Partner hold with a question (@A2@)**: kind `on_hold` (the case is paused on the partner), but
  needs_reply true because of the P.S. question. The second hold (@F4@, case F) asks nothing; its
  "ご不明な点がございましたら…ご返信ください" is conditional, so false.
- **"Write from the other address" (@A7b@)**: `info_request`, not `confirmation_request`: the account
  choice was already confirmed; what support needs is the same message from a different address
  (the brief lists writing from another address under info_request).
- **Closing notices (@A6@, @D5@)** ask no question; they are true because silence closes the case.
- **Duplicate closed (@C2@)**: `case_update` for case C (not `resolved` or `closing_notice`); its body
  names case A three times but it belongs to C.
- **Hold lifted (@A4@)** announces that a confirmation request will come later: `case_update`, false.
- **Resolutions quoting old requests (@E4@, @A10@)**: `resolved`, false; "reply within 14 days if
  something looks wrong" is a conditional invitation.
- **candidate_ids in acknowledgements (@A1@, @D1@)**: the form text echoed by support's ack counts as
  the message's own text (it is not quoted reply history), so its IDs are listed. In replies,
  forwards and resolutions only IDs in the author's new text are listed; quoted or forwarded blocks
  are ignored (@A7@, @A-fwd@).
- **My own mail**: replies, a forward to my next manager (@A-fwd@) and a note to myself (@note-self@) are all
  `user_reply` with the case they concern; the note's unchecked to-do ("ask support") is not support
  waiting on me.
- **Surveys**: support-case surveys (@E5@, @A11@, @D7@) are `survey` with the case. "AWS Certification
  wants to hear from you" (@cert-feedback@) is a program survey, not a case survey: `certification`.
- **AWS Partner Network mail (@apn-link@)** about linking the certification account to the new employer is
  a different AWS program: `unrelated` (it could be argued as `certification`).
- **Spoof (@spoof-dmarc@)** uses the real T&C sender and a `[CASE …]` subject but fails DMARC for amazon.com:
  `suspicious`, case null, needs_reply false although it demands a reply. All phishing gets case null.
- **Other vendors' support (@datadog@, @atlassian@, @sakura@)** ask real questions or say "case closed": `unrelated`, false.
- **Requests from people** (HR, colleague, new manager's P.S., friend, calendar RSVP) are `unrelated`,
  false: needs_reply is only about AWS Training and Certification support.

## Structures used

text/plain in us-ascii, UTF-8 (7bit, quoted-printable, base64), ISO-2022-JP and Shift_JIS (8bit and
base64); HTML-only (layout tables, role=presentation); multipart/alternative with different charsets
per part; multipart/mixed with an attachment; multipart/report bounce; text/calendar; CRLF files
(@hr-leaving@, @C1@, @card@); RFC 2047 subjects and names in UTF-8 and ISO-2022-JP; Gmail, Outlook (差出人/送信日時
and -----Original Message-----) and Japanese Gmail quoting; Authentication-Results from Gmail and
Microsoft 365, including dmarc=fail on amazon.com.
"""
