# notes.py - README prose (cases and labelling decisions)
from part0 import *

CASES = """## Cases in the set
| case | channel | topic | path |
|---|---|---|---|
| %s | T&C form, 15 digits | merge company account (APN partner) + a 2019 account into the personal one | ack, APN hold (question in P.S.), hold, hold lifted, confirm #1/#2, third account found (ask after disclaimer), keep which?, ask-only-in-subject, done, survey, late FYI |
| %s | T&C form, 15 digits, Japanese ack | duplicate of the case above, sent from the company address | ack, closed as duplicate, survey |
| %s | Support Center console, 11 digits | 50%% voucher missing after the merge | ack, info request (console only), owner's email reply bounces, closing notice, partner hold, re-issued with a P.S. check request, resolved |
| %s | T&C form, 15 digits, Japanese | romanised name on the certificate | ack, keigo request, reply, terse 'pls confirm', 48h closing notice, reply, receipt, fixed, survey |
| %s | colleague's 2021 T&C case (10 digits) | forwarded to the owner for advice | one message, not the owner's case |
| %s | AWS Educate form case | other program | one message |
""" % (CASE_A, CASE_B, CASE_C, CASE_D, CASE_OLD, CASE_EDU)

DECISIONS = """## Labelling decisions
- **Asks in odd places count.** A question in a P.S. (010, 049), after the signature and legal
  disclaimer (018), or only in the subject line with a body of "see subject" (025) makes the mail a
  request with needs_reply=true: the owner must write back.
- **Hold with a question** (010): kind `on_hold` (the merge is paused for the APN partner) but
  needs_reply=true because the P.S. asks for the last day. 013 and 045 are holds with no question.
- **"pls confirm" is not always a merge confirmation.** 016/021/025 ask which account to keep or for the
  go-ahead (`confirmation_request`); 039 (voucher code) and 051 (name order) use the same two words
  for other information (`info_request`).
- **025** asks to confirm from the gmail address that Account #1 is kept: both "write from another
  address" and "go-ahead to merge"; labelled `confirmation_request` since the merge go-ahead is the point.
- **049** says the voucher was re-issued, but the P.S. asks the owner to check and report back in the
  console and says the case stays open until then: `info_request`, needs_reply=true (not `resolved`).
- **Console case C**: 039 and 043 need a reply even though email to the sender bounces (041); the
  reply must go through the Support Center. The bounce 041 is `unrelated` but keeps case C's number
  because it belongs to that thread. The owner's console answers produce no mail, so 045 and 057 follow
  without a visible reply.
- **Closing notices**: 043 and 054 ("closing this in 48h unless we hear back") need a reply. 008
  ("closing this one", duplicate) and 014 (another vendor) do not.
- **Receipts**: 024 (automatic "we received your reply") and 056 ("thanks, received") are
  `acknowledgement`: support says what it got, asks nothing, and the request is not done.
- **Quoted requests**: 031 ("done." over an Outlook-quoted "which one do u want to keep?") is
  `resolved`; owner replies that quote requests (011, 017, 050) are `user_reply`.
- **Candidate IDs**: the acknowledgement 005 reproduces the submitted form as its own body (not a
  `>` quote), so its IDs are listed. IDs only inside quoted or forwarded history (017, 031, 037) are
  not. The CertMetrics mails (001, 059) print the candidate ID in their own text.
- **Not the owner's case**: 037 (colleague's forwarded 2021 case with a "please confirm which account"
  inside) is `unrelated`, needs_reply=false, case = her case number. 062 (AWS Educate form case with a
  real "pls confirm") is `unrelated` and needs_reply=false: it is not a Training and Certification case.
- **Program vs case mail**: 036 "AWS Certification wants to hear from you" is `certification`, not
  `survey` (no support case). 034 "was your issue resolved?" is a case `survey`.
- **Phishing**: 022 (lookalike domain, fake [CASE] tag, asks for password), 052 (From
  no-reply@aws.training, dkim=fail dmarc=fail), 063 (Credly lookalike). All needs_reply=false.
- **Owner's mail**: notes to self (003), forwards (035), farewell (044) and replies from either address
  are `user_reply`. 020 and 023 come from the company address on a phone.
- Support mail for case A goes to the personal address (the one typed in the form) even when the
  owner wrote from the company address; the owner's mailbox holds both addresses.
"""
