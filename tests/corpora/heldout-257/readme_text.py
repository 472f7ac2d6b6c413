# Static README text (the table is added by gen.py).
from common import *

HEAD = """me: %s %s

# Blind corpus blind-257: AWS Training and Certification case mail

Mailbox of Sora Kitagawa (北川 空), who leaves Mitsuboshi DX (an AWS Partner Network company) on
2025-03-31 and moves the certification account from the company address to the personal one.
Both addresses deliver into this mailbox until the company mailbox closes on 2025-04-01. Arrival
order is by Date (checked by gen.py). Regenerate with `python3 gen.py`.

## Cases
| case | format | channel | story | outcome |
|---|---|---|---|---|
| %s | 15 digits | T&C form | merge company -> personal; APN partner hold; reply from wrong address; confirmation; closing notice | merged 03-28 |
| %s | 15 digits | T&C form | duplicate form submission for the same merge (Japanese ack) | closed as duplicate |
| %s | 11 digits | T&C form | late exam cancellation, refund as voucher; on hold with the exam vendor | resolved, survey |
| %s | 11 digits | T&C form (Japanese) | 50%% voucher missing after the merge; keigo request; closed for no reply; reopened | voucher re-issued, survey |
| %s | 10 digits | Support Center console | sign-in through Partner Central lands on an empty account; owner answers by e-mail, which is not delivered | resolved |
| %s | 15 digits | T&C form | recertification recorded on a stray second account with the same address | merged, then badge re-sync |
| %s | 15 digits | AWS Educate form | other AWS program, asks a question | labelled unrelated |

Candidate IDs: %s (old company account), %s (personal account), %s (stray account).

## Labelling decisions
- **`candidate_ids`** count only text the sender wrote in this message. Text a system echoes from
  the submitted form inside an acknowledgement (#007, #057) counts as the
  message's own text; IDs inside `>` quotes, "-----Original Message-----" blocks and forwarded
  parts do not. Each ID is listed once per occurrence order; no ID is repeated in one message.
- **APN hold with a question** (#010): kind `on_hold` because the pause depends on the partner, but
  `needs_reply` true: the agent indirectly asks for the last working day ("it will help to us if
  you share…").
- **Request to write from the other address** (#013): `info_request`, true. It arrives in the
  company mailbox; the answer must come from the personal one.
- **Hold still in force but handed to the partner team** (#017): `case_update` (news, no ask),
  since the hold itself was announced earlier.
- **Hold lifted, request announced for later** (#022): `case_update`, false: nothing to answer yet.
- **Console case** (%s): the owner answered by e-mail (#044); the automatic "not added to the
  case, answer in the Support Center" notice (#045) is labelled `info_request` / true, because
  support is still waiting and the owner must act (in the console). The console resolution (#051)
  carries the "We value your feedback" footer but is `resolved`, not `survey`.
- **Closed for no answer** (#047): `closing_notice`, true: the case is already closed but a reply
  reopens it and support still needs the information.
- **Resolutions quoting earlier requests** (#029, #055) are `resolved`, false; their invitations
  ("you are welcome to reply", 〜がございましたら) are conditional.
- **After-resolution news** (#065): `case_update`, false ("nothing is needed from you").
- **AWS Educate case** (#037): a real AWS support case that asks a question, but not Training and
  Certification: `unrelated`, false; `case` keeps its number because the message belongs to it.
- **Phishing**: `case` is null even when the subject carries a case token (#038): the mail does not
  belong to any real case. #038 uses the genuine T&C From address but fails DKIM, SPF and DMARC.
  #016 passes authentication for its own lookalike domain and is still `suspicious`.
- **"AWS Certification wants to hear from you"** (#025): a program survey, not about a support
  case: `certification`, not `survey`.
- **Recertification notice with the stray account's ID** (#053): `certification`, candidate ID
  listed.
- **Owner's note to self and forward** (#006, #032): `user_reply` (written by the owner); the
  note belongs to no case, the forward belongs to the main case.
- Other vendors' case mail (#024 Kumocast) and vendor/lookalike exam mail have `case` null.

## Messages
| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
""" % (ME_P, ME_C, CASE_M, CASE_D, CASE_E, CASE_V, CASE_K, CASE_X, CASE_EDU, OLD_ID, NEW_ID, DUP_ID, CASE_K)
