HEAD = """me: yuki.sakuraba.k@gmail.com y.sakuraba@tsubame-sol.co.jp

# Blind corpus 263 - answers woven into the owner's own words

One mailbox (owner: Yuki Sakuraba / 桜庭 由希) that receives mail for both of the owner's addresses:
the personal Gmail address and the company address at Tsubame Solutions (an AWS Partner Network
company; the company mailbox closes on 2025-05-30). 68 messages, 2025-05-12 to 2025-06-25, in
arrival order. Regenerate with `python3 gen.py` (standard library only; the script is split into
`gen_lib.py`, `gen_part1.py` ... `gen_part15.py` and `gen_readme.py`, and writes next to itself).

Emphasis of this set: support answering *inside* the owner's quoted mail ('>' lines and Outlook
"-----Original Message-----" / 差出人・送信日時 blocks with unprefixed history), partial answers with exactly one
new question among them (024, 050, 063) and inline answers with none (047), the owner's own mail
quoted back at them with an old request inside it (014, 031, 058, 067), forwards between the two
addresses with a short note (007, 010, 019), and long Japanese threads (case B).

## Cases

| case | kind of case | story |
|---|---|---|
| 174713052100418 (A) | T&C form, 15 digits | Account merge company -> personal. ack -> APN partner hold with a buried question -> hold lifted -> Account #1/#2 confirmation (HTML-only, to the company address; resent to Gmail) -> inline answers with one question about a company voucher -> closing notice -> reply -> merged -> survey. Reopened on 06-20 (missing 2021 exam): inline answers with one question -> third account found -> conditional-worded go-ahead request -> merged again. |
| 174713178200907 (D) | T&C form, 15 digits | Duplicate submission of the same form from the company address (Japanese ack, ISO-2022-JP); closed as duplicate and linked to A. |
| 174937204100255 (B) | T&C form, 15 digits, Japanese | 50% discount benefit missing after the merge. Japanese ack -> keigo request (2 numbered questions) -> owner answers inline and asks 3 questions -> inline answers, none new -> new agent, one yes/no question -> Shift_JIS closing notice -> owner's top-post over the whole thread -> resolved -> Japanese survey. |
| 17495620384 (C) | AWS Support Center (console), 11 digits | DVA exam appointment stuck on the old candidate record. ack -> request to answer in the Support Center -> auto-resolve warning -> owner wrongly answers by e-mail to no-reply -> on hold for Pearson VUE -> resolved with rating footer. |

Not cases: 174901442200731 (038, spoofed), 174902876500114 (039, AWS Educate - other program),
#3318842 (Cloudflare), #2506190042 (another cloud vendor), 482031657 (Pearson VUE registration),
210987654321 (AWS account ID).

Candidate IDs: AWS03318274 (old company account), AWS11904562 (personal, kept), AWS07725109
(third, student-address account).

## Labelling decisions (the close calls)

- **Hold with a question (009)**: `on_hold`, reply **yes**. The hold explanation is long; the ask is
  indirect ("it would help us to know whether ... and if so, the date"). The owner must answer to
  speed things up. The console hold (055) says "nothing you need to do": `on_hold`, reply no.
- **Inline answers with one new question (024, 063)**: `info_request`, reply yes. The question sits
  in support's own lines ([Mateo] lines inside the unprefixed Outlook quote in 024; under a '>'
  quote in 063). Everything else in those mails is answers. 047 answers inline with no new question
  and ends with ご不明な点がございましたら、本メールにご返信ください -> `case_update`, reply no.
- **Japanese yes/no check (050)**: mostly good news, one 〜でお間違いございませんでしょうか question
  -> `info_request`, yes.
- **Confirmation worded as a condition (065)**: "If this account is yours, I can merge it ... I just
  need your go-ahead in a reply" -> `confirmation_request`, yes. Unlike "if you have anything to add",
  the merge does not happen without the answer.
- **Closing notices (028, 052, 054)**: yes. 028 says "if you have already answered, please
  disregard" - the owner had not. 054 has no request verb at all, only "no reply => close".
- **Console case (046-057)**: `info_request`/`closing_notice` with reply yes even though the answer
  must go through the Support Center, not e-mail. 053 (owner's e-mail to no-reply) does not reach
  support; the owner then answered in the console (no mail for that), so the hold (055) follows.
- **Completions quoting old requests (031, 058, 067)**: `resolved`, no. The quoted history (nested
  '> >' in 031; the full Japanese thread in 058; an Outlook header block in 067) holds the earlier
  confirmation/info requests.
- **Update quoting the owner's own mail (014)**: top-posted hold-lifted note over the owner's reply,
  which itself quotes support's old question -> `case_update`, no.
- **Duplicate case closed (008)**: `case_update` on case D ("closed" as duplicate, not a closing
  notice for lack of reply, not a resolution).
- **Forwards by the owner (007, 010, 019)**: `user_reply`, no, case of the forwarded mail;
  candidate_ids empty because IDs appear only in the forwarded part (treated as quoted history).
- **Acknowledgements echoing the form (005, 042)**: the echoed submission is part of the ack's own
  body (not reply history), so its candidate IDs are listed. 042 names case A's number in the echoed
  form but belongs to case B.
- **case field**: only Training and Certification cases (form or console) get a number. The AWS
  Educate form case (039), a real request from a real AWS address with a [CASE] token, is
  `unrelated`, case null, reply no (other program). The spoof (038) has a fake case token: null.
- **Surveys vs certification**: 033/060 rate a support case -> `survey`. 027 "AWS Certification
  wants to hear from you" is a program survey invitation, not about a case -> `certification`.
- **Requests from people (002, 061, 068)**: real questions (party RSVP, another vendor's info
  request with a closing threat, a friend asking how to answer the Account #1/#2 mail) ->
  `unrelated`, no.
- **Spoofs (017, 035, 038)**: `suspicious`, no, even though 017 and 038 demand a reply/confirmation.
  038 uses the genuine T&C From address but fails DKIM/DMARC.
- **Owner's own mail unrelated to AWS (003)** and memo to self (034): `user_reply`.
"""
