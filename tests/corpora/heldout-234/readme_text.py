HEAD = """me: haruka@mashiba.me h.mashiba@kitakaze-denshi.co.jp

# Blind corpus 234: Haruka Mashiba's mailbox, October 2024 - May 2025

The mailbox owner is Haruka Mashiba (真柴 遥), a cloud engineer. She works at Kitakaze Denshi, an AWS
Partner Network company, until 30 April 2025, then moves to Sorairo Labs. The set merges her personal
mailbox (`haruka@mashiba.me`, hosted on Fastmail: `Authentication-Results: mx.messagingengine.com`) and
her company mailbox (`h.mashiba@kitakaze-denshi.co.jp`, Microsoft 365-style results). Her own
sent mail is included and has no Authentication-Results.

`python3 gen.py` (standard library only) rewrites every `NNN-msg.eml` / `NNN-msg.json` next to the
script and this README, and prints the count per kind. The sources are `gen_common.py` (helpers, case
numbers, candidate IDs) and `gen_part1.py` … `gen_part7.py`. Messages are sorted by Date, so the
numbers follow arrival order.

## Cases

| case | format | channel | topic | course |
|---|---|---|---|---|
| 14839201756 | 11 digits (2024) | T&C form, work address | 50% voucher missing after an SAA recertification | ack → info request (candidate ID + exam date) → owner's reply → passed to benefits team → resolved in Japanese (Shift_JIS) → survey |
| 20017483925 | 11 digits | AWS Support Center (console), `no-reply-aws@amazon.com` | DVA recertification result missing | ack → info request to be answered **in the console** → auto-resolved for no reply (can reopen for 14 days) → reopened, passed to exam operations → resolved with the "rate this correspondence" footer |
| 173914801205563 | 15 digits (first 10 = Unix time of filing) | T&C form, filed from the work address | two certification accounts on the same personal address | Japanese ISO-2022-JP ack → "write to us from the personal address" → owner writes a new mail from the personal address (no In-Reply-To) → Japanese keigo confirmation (Shift_JIS QP) → owner confirms in Japanese → resolved (quotes the request) |
| 174523918800412 | 15 digits | T&C form, personal address | merge the APN-linked company account into the personal one before leaving | ack → partner hold with a question buried in it → owner's answer → plain hold → hold lifted → HTML-only Account #1/#2 table → closing notice → owner confirms from a phone → "successfully merged" (quotes everything) → survey |
| 174524660300187 | 15 digits | T&C form, work address | duplicate of the case above (form sent twice) | Japanese ack → owner forwards it to herself → closed as duplicate and linked |

Candidate IDs: AWS03618842 (personal, kept), AWS11570293 (accidental duplicate on the personal address),
AWS07294415 (company, APN-linked).

Numbers that are not case IDs: the 12-digit AWS account ID 123456789012, the Pearson VUE registration
418826035, the Builder ID code 604117, order and vendor case numbers (00482913, 48213), Credly badge
UUIDs, and the made-up case numbers in two phishing mails.

## Labelling decisions

- **Hold with a question (052)**: `on_hold` because the case is paused for the partner, but
  `needs_reply: true` because the agent asks whether she still works there and her last day. The later
  hold (056) says there is nothing to do: `on_hold`, no reply.
- **Console case (024-028)**: the requests arrive from the no-reply address and must be answered in the
  Support Center. Support is still waiting for her, so 025 is `info_request` with `needs_reply: true`.
  026 says the case was *already* resolved for lack of an answer and can be reopened within 14 days.
  That fits `closing_notice` ("was closed … an answer reopens it"), so `needs_reply: true`.
- **Duplicate case (050, 051, 053)**: each message gets the duplicate's own number (174524660300187),
  even though the original number is named in 051 and 053. 053 closes and links the duplicate, so it is
  `case_update`, not `resolved` or `closing_notice`. The owner's forward-to-self (051) is `user_reply`.
- **Write from the other address (035)**: `info_request`, reply needed. It reaches the work mailbox but
  asks her to write from the personal one. The owner's answer (036) is a new mail that matches the case
  only through the subject token. It has no In-Reply-To.
- **Confirmation requests (037, 062)**: both ask which account to keep, so both are
  `confirmation_request`. 037 is in Japanese keigo. In 062 the question is one bold sentence below an
  HTML table.
- **Resolutions quoting requests (040, 068)**: `resolved`, no reply. The questions sit only in quoted
  history. Conditional offers ("If anything looks wrong…, just reply", ご不明な点がございましたら…) do not
  make a reply necessary (015, 028, 068).
- **Surveys**: 016 and 071 are case surveys (`survey`, no reply), even though 071 says "Reply to this
  email with a single number". 047 is the Certification *program's* own feedback survey and carries no
  case, so it is `certification`.
- **Certification vs case**: 014 and 070 report the voucher that a case produced. They come from the
  CertMetrics program sender and have no case number, so they are `certification` with `case: null`.
- **Other AWS programs / vendors**: the AWS Educate form case (045) uses the same subject template and asks
  a question. It is `unrelated`, `case: null` and `needs_reply: false`: it is not a Training and
  Certification case. The same goes for other vendors' cases (012 asks for information, 043 "solved /
  merged"), other vendors' certification mail (020, 030), AWS billing/free tier (006, 044) and
  Amazon retail (073).
- **Phishing**: `suspicious`, `case: null`, no reply, even when it quotes a plausible case number in the
  real subject template (055, sent from the real T&C address but with DKIM/SPF/DMARC failing) or asks
  for a reply (022).
- **candidate_ids**: only IDs in the message's own new text, in order of appearance, whatever the kind.
  Vendor and program mail that prints her candidate ID therefore lists it (002, 004, 014, 021, 070). IDs
  that appear only in quoted history are left out (054, 066, 067). Table cells count (062).
- **The owner's own mail** is always `user_reply`, including a note to herself (032), a reply to
  another vendor (013) and a reply to a friend (072). `case` is set only when the mail belongs to a
  T&C case thread.
- **Bounce and out-of-office** (059, 057) are `unrelated`.
"""
