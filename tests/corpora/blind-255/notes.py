# notes.py - README text (everything after the first "me:" line and before the table)
TEXT = """
# Blind corpus blind-255: replies owed after the person has already written

Mailbox owner: Kaito Mizusawa (水澤 海斗). Personal address kaito.mizusawa@hoshimail.jp, company
address k-mizusawa@tsurugi-data.co.jp (Tsurugi Data Works, an AWS Partner Network company; the
mailbox is shut down on 31 March 2025). Both addresses land in one mailbox; mail he sent from
either address is in it too. Dates run from 18 February to 4 April 2025. All people, companies,
domains (hoshimail.jp, tsurugi-data.co.jp, harborline-net.com, genba-cloud.jp ...) and case
numbers are invented.

Regenerate with `python3 gen.py` (standard library only). gen.py imports mk.py (MIME building,
quoting) and part1.py ... part6.py (the messages) and notes.py (this text); messages are sorted by
Date into arrival order. Candidate IDs in the labels are computed from each message's own text
(quoted or forwarded history is inserted later from the earlier message and is never counted).

## Cases

| case | channel | what happens |
|---|---|---|
| 174097235100381 (A) | T&C form, personal address | Account merge company -> personal. Japanese ack; APN hold with a question; hold continues (partner must act); hold lifted; Account #1/#2 confirmation (HTML table); owner confirms from the WRONG (company) address; support asks him to write from the personal address; he does; support thanks him and asks one more thing (postal address); he answers; an automated closing reminder crosses his answer; "we have everything we need"; two days later a new confirmation request for a third account; he confirms; merged (resolved); survey; Credly badge. |
| 174099108700256 (B) | T&C form, company address | Duplicate of A filed from the work address: ack, then closed as a duplicate pointing to A; owner forwards that to himself. |
| 14385529071 (C) | Support Center console case | 50% exam benefit missing after the merge: console ack, question that must be answered in the Support Center, auto-resolve warning, update saying he answered in the console, resolved with a rating footer. |
| 174161558203377 (D) | T&C form | Name misspelt on certificates: ack, two asks (no "please"), owner answers only one, second ask, owner gives the candidate ID, status update with a question tucked in, closing warning whose question is only in the quote, owner answers, resolved; later a Credly badge update. |
| 174237911804410 (E) | T&C form, Japanese agent | Passed exam missing from history: English ack, Japanese keigo request, a "resending below" follow-up whose only ask is quoted, owner's Japanese answer, automated reminder that crosses it, "all information received", resolved, Japanese survey, owner's thank-you cc'd to the dead company address and its bounce. |
| 173860412209981 (F) | T&C form, company address | Old score-report request: already closed for no answer (reply reopens), owner replies, reopened and passed to the records team (still open at the end of the set). |

Not counted as cases (case = null): 17428860131 (a real AWS console case, but about EC2 billing),
174314220100772 (AWS Educate form case), 174112003300001 (invented by a spoofed mail), Harborline
ticket #20931 (another vendor).

## Labelling decisions (judgement calls)

1. **Reminders that cross the owner's reply** (the automated closing reminder on A and the
   "waiting on you" reminder on E): both were sent minutes AFTER the owner's answer had left his
   mailbox (7 and 28 minutes), and his answer covered everything asked. Must he write back now?
   No. They keep the kind of what they are (closing_notice, info_request) but needs_reply=false.
   Support's next mail on each case confirms the reminder should be ignored.
2. **Follow-ups whose only ask is in the quoted history** (F's "case closed" notice, D's closing
   warning, E's "resending the mail below"): the open question is still unanswered, so
   needs_reply=true.
3. **A second ask after a first was answered** (A: write from the other address, then the postal
   address, then the third account after "we have everything we need"; D: the candidate ID after
   the name): each is a new open request, needs_reply=true, even when the mail starts by thanking
   him.
4. **"We have what we need" mails** (A, E) and the console update that says he answered in the
   Support Center: case_update, no reply, even though the quoted history below still shows the
   old question.
5. **Status update with a question inside** (D, "with the records team ... Should the corrected
   name keep that middle initial?"): info_request, reply needed.
6. **APN hold**: the first hold asks whether he is leaving and his last day, so on_hold with
   needs_reply=true; the second hold ("nothing you need to do", waiting on the partner) is on_hold
   with needs_reply=false. The hold being lifted is a case_update.
7. **Writing from another address** is info_request, not confirmation_request, although the mail
   exists to get the merge go-ahead re-sent. The postal-address question is info_request too. The
   third-account mail (confirm it is yours and merge it too) is confirmation_request.
8. **Console cases** need a reply even though e-mail cannot carry it (the answer goes through the
   Support Center link). The AWS billing console case asks a real question but is not Training
   and Certification, so unrelated / no reply / case null; same for the AWS Educate form case.
9. **Spoofed T&C mail** (the real sender address, dmarc=fail, asks for a password) is suspicious,
   case null, no reply, although the text demands one.
10. **Owner's own mail** is always user_reply, needs_reply=false: replies, the Outlook reply from
    the company address, the forward to himself, the note to self (its candidate IDs count), the
    mail to the partner admin. The partner admin's answer is internal, so unrelated; both carry
    case A because they are about it and the owner's mail names the case.
11. **Acks that echo the form** (A, B, E and the console ack of C) contain candidate IDs in the
    support text itself; they are counted as the message's own text.
12. **The bounce** of the cc to the closed company address is unrelated and needs nothing (the
    mail to support was delivered); it carries case E because its text quotes that case's subject.
13. The CertMetrics exam-experience questionnaire is certification, not survey (survey is only for
    support cases). Resolution mails with "rate this correspondence" footers stay resolved.
    Another vendor's "solved" mail with rating links is unrelated.
"""
