"""README text (everything except the per-message table)."""
from common import *

HEAD = """me: %s %s

# Blind corpus blind-239: after the merge

One mailbox (personal address plus the old company address, which closes on 2025-03-31) during
an AWS Training and Certification account merge and, mostly, what comes after it: missing exam and
badges, a third certification account, a misspelt name, reopen requests, a console case about a
lost voucher, with Credly and CertMetrics mail arriving in the same minutes as support's answers.
Everything here is invented (people, companies, mail systems, case numbers, IDs).

Regenerate with `python3 gen.py` (standard library only; writes next to itself).

## The owner

Mirei Kanzaki / 神崎 美玲. Personal `%s` (mail system "KumoMail",
MX `mx2.kumomail.jp`, adds `Authentication-Results`); company `%s`
(Sorano Works Inc., an AWS Partner Network member, Microsoft-style `Authentication-Results`).
Candidate IDs: %s (personal, kept), %s (company, merged in March), %s (third account
created through a Partner Central sign-in, merged in April).

## Cases

| case | kind of case | story |
|---|---|---|
| %s | T&C form (15 digits) | merge company -> personal. Partner hold with a buried question, reply from the wrong address, hold, hold lifted, Account #1/#2 confirmation, merged. Reopened by the owner (exam + badges missing), info request, passed to operations, third account found (HTML table confirmation, automatic closing reminder), merged again, then a Credly badge stuck on the old address's Credly profile (question, hold waiting on Credly), closed. |
| %s | T&C form (15 digits) | same form sent twice by accident; acknowledged, then closed as a duplicate. |
| %s | T&C form (15 digits) | owner files the third account separately (Japanese acknowledgement); closed and linked to case A. |
| %s | T&C, opened by an agent (11 digits) | name correction, Japanese agent: request (Shift_JIS), closing notice (ISO-2022-JP), answer, resolved; the owner asks to reopen, another agent asks for a check, resolved again. |
| %s | Support Center console case (11 digits) | voucher missing after the merge: opened, question that must be answered in the console, the owner answers by e-mail (bounces), auto-resolve warning, resolved. |
| %s | console case, EC2 quota | not T&C: labelled `unrelated`. |
| %s | AWS Educate form case | not T&C: labelled `unrelated`. |

## Labelling decisions

- `needs_reply` is true only on support mail of a Training and Certification case that leaves
  the owner something to answer now: confirmation requests, information requests (including
  "reply from the other address", "download again and tell me", "answer in the Support
  Center"), closing notices, and a partner hold whose last paragraph asks for the leaving date.
  12 messages.
- 008 (partner hold that also asks for confirmation and a leaving date) is `on_hold` with
  needs_reply true; 013 and 053 are holds with nothing asked (false). 053 waits on Credly, an
  outside party, so it is a hold, not a progress update.
- 016 (hold lifted, "next message will list both accounts") and 037 ("Aoife will contact you")
  announce a future request: `case_update`, false.
- 027, the automatic "your reply was received and the case reopened" notice, is an
  `acknowledgement`.
- 049 mixes an answer, a question (does she still have access to the old Credly profile?) and
  the news that a second case was opened: `info_request`, true, case A (the thread it is on).
- 038 asks to confirm a *third* account after the first merge: `confirmation_request`.
- 063 says "I'm closing the case now" because the work is finished: `resolved`, not
  `closing_notice`. 040/056/072 close because nobody answered: `closing_notice`.
- 067/072 are console mails: the owner must answer, but in the Support Center, so true. 075
  keeps the console footer ("to respond, follow the link") and a rating invitation: `resolved`,
  false. The in-body rating sentence does not make a console reply a `survey`.
- 036 ("AWS Certification wants to hear from you") is programme mail, so `certification`, not
  `survey`. 046 (Credly: confirm your address to claim the badge) is genuine Credly mail: `badge`.
- Owner-written mail is `user_reply` wherever it appears, including the farewell mail (032, case
  null) and a note to self (079, case null because it lists three cases and answers none).
- `case` is the number of the support case the message's thread belongs to, also for AWS cases
  of other programmes (061, 066) and for the bounce of the owner's e-mail reply to the console
  case (069, case D). Other vendors' ticket numbers (055) and the invented numbers in phishing
  (014, 042) are not AWS cases: null. Duplicate-closing mail carries the number of the case it
  is written on (007 -> duplicate, 037 -> case B).
- `candidate_ids` come from the message's own text, quoted history excluded, first occurrence
  only, in order. The "what you sent us" echo in form acknowledgements (004, 035) and the console
  case summary (065) are the system's own body, not quoting, so their IDs count. Forwarded text
  (023) counts as quoted. Unrelated and suspicious mail list IDs too when they carry one (054, 082).
- Suspicious: a lookalike amazon domain (014), the real T&C sender failing SPF/DKIM/DMARC (042),
  a lookalike Credly domain (077) and the real CertMetrics sender failing DMARC (082). All false.

## Messages
"""


def head():
    return HEAD % (ME_P, ME_C, ME_P, ME_C, CID_NEW, CID_OLD, CID_THIRD, CASE_A, CASE_ADUP, CASE_B,
                   CASE_C, CASE_D, CASE_QUOTA, CASE_EDU)
