HEAD = """me: ryota.kuwabara84@gmail.com r-kuwabara@hoshizora-sys.co.jp

# blind-261: support-case mail of Ryota Kuwabara (March-May 2025)

Mailbox owner: Ryota Kuwabara, leaving Hoshizora Systems (an AWS Partner Network company) on
2025-03-31. Personal address `ryota.kuwabara84@gmail.com`; company address
`r-kuwabara@hoshizora-sys.co.jp` (mail to it also lands in this mailbox until it closes).
Candidate IDs: company account `AWS03318752`, personal account `AWS05590214`.
Regenerate with `python3 gen.py` (standard library only; writes next to the script).

Emphasis of this set: first mails (receipts in unusual forms) and waiting mails (holds for reasons
outside the person, some with a buried question), against soft closing notices, case updates and
automatic reminders that look alike. Unrelated mail is interleaved in arrival order.

## Cases

| case | channel | topic | path |
|---|---|---|---|
| 174219843700256 (A) | T&C form, e-mail | merge company -> personal | receipt with status table, APN-partner hold with buried question, reminder, soft closing notice, reply, reply-receipt, internal-team hold, hold lifted, Account #1/#2 confirmation, reply, merged, survey |
| 174220131800731 (B) | T&C form, to company address, Japanese | duplicate of A | Japanese ISO-2022-JP receipt, then closed as duplicate and linked to A |
| 174305660400118 (C) | T&C form | SAP-C02 result missing | receipt with "what happens next", Pearson VUE hold (optional attachment only), transfer to Exam Operations, second vendor hold with buried question, reply, resolved |
| 12874410293 (D) | T&C form, 2023 case (11 digits) | name on certificate wrong again after the merge | owner replies to the 2023 thread, reopen receipt, hold for records migration, hold lifted, info request, reply, resolved |
| 174469321000873 (F) | T&C form, Japanese | 50% voucher missing after merge | Shift_JIS receipt, hold for another team with keigo question, reply, Japanese reply-receipt, resolved, survey |
| 174489210700342 (E) | AWS Support Center (console) | ESL +30 accommodation after merge | console receipt, info request (answer in console), auto "move to Resolved" notice, update, resolved with rating footer |
| 174603118500469 (G) | T&C form | recertification question | minimal receipt, question without "please", owner's answer bounces (typo address), past-tense closing notice, resend, reopen receipt, answered |

## Labelling decisions (judgement calls)

- **Receipts stay `acknowledgement` in every form**: a ticket-system table (004), a Japanese
  ISO-2022-JP receipt for a duplicate (005), a receipt with a "What happens next" list that says an
  agent *will* ask for details later (019), a reopened-case receipt that mentions "previously
  resolved" (039, 069), receipts for the owner's own reply with a status line (016, 046 in
  Japanese), a console "New Support case" receipt (047) and a minimal one (061). Offers such as
  "you may add details by replying; otherwise nothing is needed" and advice "don't open another
  case" ask nothing now -> needs_reply false. A receipt of the owner's reply is labelled
  acknowledgement rather than case_update: its only news is "we received it".
- **Echoed form details count as the message's own text** for `candidate_ids` (004, 005, 019, 043,
  047): support re-states them in its receipt, they are not quoted history. IDs only inside `>`
  quotes or under `-----Original Message-----` are not counted (027, 028).
- **`on_hold` with a buried question needs a reply** (008 APN partner: "are you still employed...";
  031 Pearson VUE: "needs to know one thing: test center or OnVUE"; 044 Japanese, other team:
  〜お知らせいただけますでしょうか). The owner would want these flagged as holds *and* as waiting on
  him. Holds that only offer an optional attachment (021) or say nothing is needed (018, 040) are
  needs_reply false.
- **Transfer vs hold**: 024 (passed to Exam Operations, who continue the work) is case_update; 018
  (paused until Partner Operations acts) is on_hold. "Hold lifted" mails (025, 051) are case_update
  even when they announce a later request.
- **Automatic reminder without a closing threat** (012) is info_request with needs_reply true: it
  looks like the receipt (same status table) but says the agent's message is waiting for an answer.
- **Soft closing notices**: 014 ("set the case aside", "assume this is no longer something you
  need"), 052 (console: "move to Resolved"), 067 (past tense: "has now been set to Resolved",
  "replying brings it back"). All closing_notice, needs_reply true. 070 says "closing the case as
  resolved" after answering the question: resolved, not a closing notice.
- **Duplicate closed** (007) is case_update: the closure is not for lack of an answer and nothing
  is needed.
- **Console case** (048, 052): the reply must go through the Support Center; still needs_reply
  true. 056 and 060 carry the console footer "to respond, use the link" — boilerplate, no reply.
- **Owner-written mail** is user_reply wherever it is: his notes forwarded to himself (003), his
  farewell to colleagues (023, case null), his answer sent to a mistyped address (065).
- **Bounce** (066) is unrelated (not support, not written by the owner), but its case is set to G
  because it belongs to that thread. The owner will notice it through the later closing notice.
- **Other vendors** that look like case mail (042 solved ticket with "reply to reopen", 049 on-hold
  ticket with a keigo question) are unrelated, needs_reply false.
- **certmetrics research invitation** (064, "wants to hear from you") is certification, not
  survey: it is not about a support case.
- **Phishing**: 011 lookalike domain with a fake case number, 022 genuine From address with
  DKIM/SPF/DMARC failing, 041 Credly lookalike, 062 Pearson VUE lookalike. All suspicious, case null.
- 038 (owner reopening the 2023 thread) mentions case A's number in his text; its case is D, the
  thread it belongs to.
"""
