"""README prose (the message table is appended by gen.py)."""

README_HEAD = """me: kenta.morioka@hoshizora-mail.jp morioka.kenta@tanuki-sysworks.co.jp

# Blind corpus 243: "asked now or not"

One mailbox, January to April 2025. Kenta Morioka leaves Tanuki Sysworks K.K. (an AWS partner)
on 14 March 2025. Before he leaves he merges his company AWS Certification account into his
personal one. Both his addresses deliver into this mailbox. Mail he sent is included where a
mail client would keep it in the thread. All people, companies, case numbers, domains and mail
systems are invented. Regenerate with `python3 gen.py`. Files are numbered by Date, which is
arrival order.

Stress theme: support mail that only *mentions* an ask (something it will need later, something
it asked before and no longer needs, something the partner/vendor/another team must do,
something the person may do if they like) against support mail that really asks for something
now: softly, in passing, in a status line, or after a long progress report.

## Cases

| case | channel | topic | path through the set |
|---|---|---|---|
| 173751204907318 (C4) | T&C form, Japanese agent, English at the end | misspelt name on the certification record | ack (ja) > info request (ja, Shift_JIS) > reply > passed to records team > resolved > survey |
| 173923484251146 (C1) | T&C form | merge company account AWS03817265 into personal AWS11940283 | ack > partner (APN) hold with a question > reply > hold continues > hold lifted > Account #1/#2 confirmation > closing notice > owner confirms from the WRONG address > asked to write from the kept address > confirms > queued > merged > survey; then reopened for missing Credly badges > long report with a buried ask > gentle follow-up > reply > resolved |
| 173931832088205 (C2) | T&C form | duplicate of C1 the owner filed from the company address | ack > closed as duplicate and linked to C1 |
| 18204476391 (C3) | AWS Support Center console (no-reply-aws) | 50% exam discount missing after the merge | ack > soft info request (answer in the console) > owner e-mails the no-reply address > bounce > closing (auto-resolve) notice > update (answered in the console) > resolved > survey |
| 174278555160427 (C5) | T&C form, Japanese and English agents | exam result recorded on the merged-away candidate ID | ack > info request (ja, 9-digit registration number) > reply > vendor hold (ja) > vendor fixed, "please have a look" > status-line request > closing notice (ja) > reply > resolved > survey (ja) |
| 174364323309581 (C6) | T&C form, Japanese agent | merge a stray account AWS12207754 (made with the new employer's address) into AWS11940283 | ack (names C1 in the echoed text) > Japanese Account #1/#2 confirmation request: still unanswered when the mailbox ends |

Not cases in this set: Ribbonfish CS-0048812 (another vendor), AWS billing console case
18197730462 (an AWS Support case, but not Training and Certification), 7719034562 (an old
2021 case only mentioned inside C1's resolution), 173940551290017 (made up by a phisher).

## Labelling decisions (judgement calls)

- **Hold with a question** (C1 partner hold): the mail is mainly "on hold: the partner must release
  the link", but it ends with "It would help me to know your last working day... Could you share
  that". Kind `on_hold`, needs_reply **true**: support is waiting for that answer.
- **Hold that announces a later ask** (C1, 14 Feb): "once the link is released... I'll ask you to
  confirm which one we keep". Kind `on_hold`, reply **false**: the ask is in the future and the
  mail says nothing is needed now. The same rule applies to the acknowledgements of C1 and C5
  ("we may later ask you to confirm...", "we may need your registration number later; we'll ask
  if so"): both are `acknowledgement`, false.
- **Asked before, no longer needed** (C1 queued): "I had meant to ask you for the candidate ID...
  nothing more I need from you" is `case_update`, false.
- **Asked before, still open** (C1 gentle follow-up): restates the Credly-address ask with
  "No rush, but I can't... until I have it". Kind `info_request`, true. It does not threaten to
  close the case, so it is not a `closing_notice`.
- **Buried after a long report** (C1, 10 Mar): a four-point status report ends with "the one thing
  I'm missing is the e-mail address your older Credly profile signs in with". There is no
  question mark and no "please". It is a request: `info_request`, true.
- **Status-line request** (C5, 2 Apr): the request is only in the "Case status: Waiting on you -
  please confirm..." line. The body is progress only. `info_request`, true.
- **"Please check" but no report back** (C5, 28 Mar, Japanese): 反映後、お手すきの際に試験履歴を
  ご確認いただけますと幸いです asks him to look, not to write back. The same mail says the sync is
  still running. `case_update`, false. The next mail asks him to *report* the check, and that
  one is true.
- **Write from the other address** (C1, 25 Feb): the content is still the merge go-ahead, but what
  is asked is to send it again from the kept address. Labelled `info_request` (the brief lists
  "writing from another address" under info_request), true.
- **Resolved with an offer or a to-do**: "If you'd like us to keep your old address... just let me
  know" and "You'll need to accept them [in Credly]; there's no need to reply to me" are both
  `resolved`, false. Quoted confirmation requests under a resolution do not change this.
- **Console case closing notice** (C3): the auto-resolve warning must be answered in the Support
  Center, not by e-mail. It is still support waiting on the owner: `closing_notice`, true. The
  console rating footer ("We value your feedback...") never makes a mail a survey or a request.
- **Console case update/resolution** with "To respond, use the link above" boilerplate: no ask,
  false.
- **Owner's e-mail to the console no-reply address, and its bounce**: the owner's mail is
  `user_reply` (case C3). The bounce comes from his own provider's MAILER-DAEMON, not from
  support, so it is `unrelated`, case null, false, even though it shows the answer never arrived.
  The closing notice two days later carries the real need to reply.
- **Duplicate case**: C2's acknowledgement is a normal `acknowledgement` labelled with C2 (a
  duplicate the owner should notice). The closure "closed as a duplicate, linked to C1, no reply
  needed" is `case_update` labelled with **C2** (its own subject and case), though the body names C1.
- **Billing console case** (18197730462): a real AWS Support question to the owner, but not a
  Training and Certification case: `unrelated`, case null, false.
- **Other people's requests**: colleagues (party date, the partner admin's "OK to release the
  link?"), the new employer's HR and alliance team, GitHub review requests and the other vendor's
  log request are all `unrelated`, false. The new employer's mail even has C1's `[CASE ...]`
  token in its subject ("Re: Fwd: RE:[CASE ...]"), but it is not support mail, so case null.
- **Owner's forward** of C1's resolution to his new employer: `user_reply`, case C1 (the thread it
  belongs to). Only the owner's own note is counted for candidate IDs.
- **Owner's reply to a colleague** and **his farewell mail**: `user_reply`, case null.
- **Spoof with dmarc=fail**: From is exactly the real T&C form address and the subject has a [CASE]
  token, but DKIM/SPF/DMARC fail at the receiving server: `suspicious`, case null.
- **"AWS Certification wants to hear from you"** (CertMetrics questionnaire for certified people)
  is a certification-program mail, not a survey about a support case: `certification`.
- **C6 acknowledgement** echoes "I already had a merge done in case 173923484251146"; its case is
  C6 (subject and "We have opened case"), not C1. Its confirmation request ends with a partner-sharing
  to-do marked "(no reply to this case needed)". That to-do does not cancel the confirmation ask
  before it: `confirmation_request`, true.
- **Candidate IDs** are counted in the message's own text only, wherever they appear there
  (including the "details of your case" block an acknowledgement echoes back, a Pearson VUE
  booking table, and CertMetrics mails). IDs that appear only in quoted history are not counted
  (for example the C1 closing notice, whose account table is inside the quote).
- **Numbers that are not cases**: 12-digit AWS account ID 440211873390, Pearson VUE registration
  ID 384019276 (9 digits), Builder ID code 482913, invoice and order numbers, Credly badge UUIDs.
"""
