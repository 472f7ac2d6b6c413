HEADER = """me: kenta.morishima@hoshimail.jp k-morishima@tsurugi-sys.co.jp

# blind-235: one mailbox, 3 March - 18 April 2025

Owner: Kenta Morishima (森島 健太), an engineer leaving Tsurugi Systems (an AWS Partner Network
company) on 31 March and joining Hakobune Data on 7 April. The mailbox is his personal Hoshimail
mailbox; until 31 March the company address was forwarded into it, so mail to
k-morishima@tsurugi-sys.co.jp also appears here, and copies of what he sent from either address sit
in the same mailbox. Everything (people, companies, domains, case numbers, candidate IDs) is invented.

Candidate IDs: AWS04471920 (personal profile, kept), AWS11820356 (accidental second personal
profile), AWS02283417 (company profile).

Regenerate with `python3 gen.py` (standard library only; writes next to the script and prints the
count per kind). The script is split into lib.py (helpers), part1.py ... part5.py (messages in
arrival order) and readme_text.py.

## Cases

| case | channel | topic | path |
|---|---|---|---|
| 174013418200461 (F) | T&C form, 15 digits | two personal profiles on one address, Credly badges missing | already closed for no answer -> owner answers -> auto "reopened" ack -> free-form confirmation -> yes -> merged -> survey |
| 174158236700215 (A) | T&C form, 15 digits | company profile (APN partner) into personal profile | ack -> partner hold with a buried question -> owner answers from the company address -> "write from the address you keep" -> answered -> passed to partner ops -> pure hold -> owner forwards the partner admin's note -> still waiting -> hold lifted (no [CASE] in subject, threading only) -> Account #1/#2 confirmation -> closing notice -> "Confirmed" (cc the now dead company address, which bounces) -> merged -> survey -> owner reports a missing exam -> reopened -> resolved again -> owner forwards result to new employer |
| 174158402100388 (B) | T&C form, 15 digits | duplicate form for A, filed from the company address | Japanese ack (ISO-2022-JP) -> closed as duplicate and linked to A |
| 7720419365 (D) | T&C form, 10 digits, Japanese-speaking agent | name spelling on the certificate | Shift_JIS ack -> keigo information request -> owner answers -> handed to records team -> fixed -> Japanese survey |
| 17435109028 (C) | Support Center (console), 11 digits | 50% discount voucher lost in the merge | console ack -> information request to answer in the console -> owner's e-mail reply bounces -> auto-resolve warning -> resolved with rating footer -> survey |

The case-number lengths are a deliberate mix; D and C do not follow the 2025 15-digit pattern.

## Labelling decisions (judgement calls)

- `case` is set on every message that belongs to the thread of a real T&C or Support Center case:
  support's mail, the owner's mail, surveys naming the case, bounces of the owner's case replies
  (058 carries the [CASE] subject; 065 only attaches the original), and the new colleague's reply
  080 whose subject still carries the token from the owner's forward (kind stays `unrelated`).
  It is null for other programs (AWS Educate form case 046), other vendors (Kiteline, Nagi Domains),
  phishing (044 uses an invented [CASE] number) and colleague mail without the token (028).
- 020 (partner hold that ends with "are you still with Tsurugi Systems, and what is your last day?")
  is `on_hold` with needs_reply=true: the case is paused for the partner, but support is waiting for
  the answer.
- 023 ("we need you to send your confirmation from the personal address"; the case "stays on hold")
  is `info_request`, reply needed.
- 002 says the case *was* closed; the question it wants answered is only in the quoted February mail.
  `closing_notice`, reply needed (answering reopens it).
- 005, an automatic "your correspondence was added and the case reopened" receipt, is
  `acknowledgement`, not `case_update`.
- 049 announces that a confirmation request is coming but asks nothing: `case_update`, no reply.
- 065 (the bounce of an e-mail reply to the console no-reply address) is `unrelated`, no reply,
  although support is in fact still waiting; the waiting is carried by 064 (and 070), not by the
  bounce. A reader that shows the owner "your answer did not arrive" would be right to do so, but the
  message itself is not support asking.
- 014 ("AWS Certification wants to hear from you") is a program questionnaire, not a survey about a
  support case: `certification`. 076 (benefit added, the visible result of case C) is also
  `certification`, with no case.
- 046, a genuine AWS Educate form case asking for information, is `unrelated` and needs no reply
  under the rule (only T&C cases count), even though the owner would eventually answer it.
- 044 has the real T&C form address in From and a T&C-style [CASE] subject, but dkim=none and
  dmarc=fail: `suspicious`, no reply, no case.
- Resolutions with conditional invitations (010, 040, 072, 074: "if anything else comes up, reply",
  ございましたら, "reopen within 14 days") and an imperative that is not a reply (040: download the
  certificate again) need no reply. 059 quotes the Account #1/#2 request and the closing notice
  under the resolution: `resolved`.
- `candidate_ids` comes only from the message's own new text, de-duplicated in first-appearance
  order. Echoed form text in acknowledgements (016, 017, 030) counts as the message's own text;
  quoted replies and forwarded blocks (002, 022, 029, 056, 057) do not.
- Owner-written mail is `user_reply` wherever it goes (012 to a colleague, 079 to the new
  employer).
"""
