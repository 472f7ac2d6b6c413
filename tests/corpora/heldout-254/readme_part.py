"""Narrative part of README.md (the table is appended by gen.py)."""
from part1 import ME_PERSONAL, ME_COMPANY

HEAD = "me: %s %s\n" % (ME_PERSONAL, ME_COMPANY)

BODY = """
# Blind corpus 254: one person's mailbox, Oct 2023 - May 2025

The mailbox belongs to Rina Okabe. Her work address (Sorairo Systems, an AWS Partner Network
company she leaves on 2025-03-28) and her personal address deliver to the same mailbox. All
people, companies, domains, case numbers and candidate IDs are invented. Messages are in arrival
order; `python3 gen.py` rewrites every file.

## Cases in the set

| case | channel | topic | path |
|---|---|---|---|
| 14827730516 (11 digits, 2023) | T&C form, Japanese | wrong surname on certificate | ack → info request → reply → update → resolved |
| 174156556700318 (15 digits) | T&C form | merge APN work account into personal | ack → partner hold with a question → reply → hold lifted → confirmation → reply from wrong address → "write from the other address" → closing notice → reply → merged → survey |
| 174169842500152 (15 digits) | T&C form | accidental duplicate of the case above | ack → closed as duplicate (case_update) |
| 174451158300964 (15 digits) | T&C form | two certification accounts with one address, Credly badges missing | ack → info request → reminder → closed for no answer → reply reopens → passed on → Japanese confirmation → reply → merged → Japanese survey |
| 17690234518 (11 digits) | Support Center (console) | 50% voucher lost in the merge | new-case notice → request (answer in console) → e-mail reply bounces → auto-resolve warning → pending partner → resolved → survey |

Other case numbers that appear but are not tracked: 17688203419 (console EC2 quota case),
174676928000217 (AWS Educate form case), 174364200000442 (made up by a phishing mail).

## Labelling decisions

- `case` is set only for mail on an AWS Training and Certification case (form or console). Other
  AWS programs' cases (EC2 quota, AWS Educate) are `unrelated`, `case: null`, `needs_reply: false`,
  even though they ask questions in the very same format: the brief limits replies to T&C cases.
- The phishing mail that fakes a case subject gets `case: null`: it belongs to no real case.
- The owner's note to herself (#010) mentions the 2023 case number in passing; it is
  about no case, so `case: null`.
- The bounce of the owner's e-mail reply to the console case (#058) is `unrelated` with `case`
  set to the console case, because the returned headers tie it to that thread; nothing to answer.
- Owner's own mail (replies, forward, note) is always `user_reply`, `needs_reply: false`, even the
  forward whose quoted part holds support text.
- The partner hold on case A (#016) is `on_hold` but `needs_reply: true`: it ends with a direct
  question (last working day) that support is waiting for. The later console hold (#060) asks
  nothing, so `false`.
- "The case has been closed because we didn't hear from you; reply to reopen" (#044) is a
  `closing_notice` with `needs_reply: true`, like the warning before it.
- The "write from your other address" mail (#026) is an `info_request`, not a confirmation request:
  the confirmation was already given, what is missing is the sender address.
- The console request (#055) and the console auto-resolve warning (#059) need a reply
  (through the Support Center, not by e-mail).
- Acknowledgements that say "you may reply with your candidate ID if handy" (#040) or "you're
  welcome to reply if you want to add anything" (#013) do not need a reply; nor do resolutions
  ending in "feel free to reply" / 「ご不明な点がございましたら」.
- The CertMetrics "wants to hear from you" invitation (#038) is `certification`, not `survey`:
  it is about the program, not a support case.
- The Pearson VUE appointment (#035) is `unrelated` (exam vendor) although it carries a candidate ID.
- `candidate_ids`: every distinct `AWS`+8-digit ID in the message's own text, in order of first
  appearance, counted once even when the plain and HTML parts both carry it. The restated form in
  an acknowledgement (#013) counts as the message's own text; forwarded or `>`-quoted history does not.

## Messages
"""
