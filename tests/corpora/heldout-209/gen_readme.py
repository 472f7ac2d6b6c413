# Writes README.md from the message list (called by gen.py).
import os

HEAD = """me: priya.rs@fastmail.com p.ramansato@hoshizora-syscom.co.jp

# Blind corpus 209: Priya Raman-Sato leaves an APN partner company

The mailbox belongs to **Priya Raman-Sato**, an infrastructure engineer in Osaka. Her mail client shows
two accounts in one list, in arrival order: her personal Fastmail address `priya.rs@fastmail.com`
(Fastmail adds the `Authentication-Results`) and her company address
`p.ramansato@hoshizora-syscom.co.jp` at Hoshizora Syscom K.K. (Microsoft 365 adds them), which is closed on
31 March 2025. Hoshizora is an AWS Partner Network (APN) partner, and her company certification account is
linked to it. Messages she sent from either address appear too. The period runs from 20 January to 15 April 2025.

Run `python3 gen.py` to write `NNN-msg.eml`, `NNN-msg.json` and this README again. `python3 check.py` parses
every message with Python's `email` package (no defects allowed) and checks that every label has its four
keys, that the dates are in order and that every listed candidate ID is in the text.

## Cases

| case | channel | topic | how it goes |
|---|---|---|---|
| `14739026518` (D, 11 digits) | T&C form, Japanese | Her name on the certification record has no hyphen, so it does not match her passport before a Pearson VUE exam | ack (Shift_JIS), then a keigo request for the passport romanisation (ISO-2022-JP). She replies in Japanese. It is fixed (the notice ends with ご不明な点がございましたら…), then a Japanese survey |
| `174061906300417` (A, 15 digits) | T&C form, English | Merge the company account into the personal one | ack, then an APN partner hold with a question buried in it. She answers from the wrong (company) address, so support asks her to write again from the address on the case. She does. The hold continues with nothing asked, then the hold is lifted (subject has no `[CASE]` token). Next come an HTML-table confirmation request and a closing notice. She answers "Confirmed" and the accounts are merged (the notice quotes the old request). Then a survey. She reports a missing 2022 exam, so the case is reopened (automatic ack) and the agent asks for the exam date and registration number. She replies and it is resolved (a third candidate ID is found) |
| `174061999000238` (B, 15 digits) | T&C form, Japanese | The same merge, sent again 16 minutes later from the Japanese form with the company address | ack (ISO-2022-JP), then her forward of it to herself, then support closes it as a duplicate of A |
| `174356528601105` (C, 15 digits) | Support Center (console) | The 50% exam discount disappeared in the merge | console ack (it also names case A), then a request to answer in the Support Center. She answers by e-mail to the no-reply address and the mail bounces. Next a console closing notice, then resolved in the console (the notice ends with a rating footer) |
| `174451755300649` (E, 15 digits) | T&C form | An empty account created when she signed in through the new employer's Partner Central | ack (short variant), then a Japanese confirmation request. **Still open at the end of the mailbox** |

Other case-like numbers that are **not** T&C cases: Microsoft Certification `2502120040001873` (16 digits),
AWS Educate form case `174124152900071`, AWS billing console case `174358835100962`, Atlassian `PSSRV-118274`,
a made-up `174070112300588` in a spoofed mail, and an old 2020 case `7128834650` mentioned in her notes.
Decoy numbers: AWS account `730915548226`, Pearson VUE registration IDs `489201736` and `441087325`, one-time
codes `604218` and `318472`, validation numbers, Amazon.co.jp order numbers, and Credly badge UUIDs.
Candidate IDs: `AWS02871449` (company account), `AWS05530918` (personal), `AWS01766203` (exam profile
found in A), `AWS07214456` (Partner Central account, E), and `AWS09912047` (made up, in a phishing mail).

## Labelling decisions (judgement calls)

- **Hold with a question (028)**: the kind is `on_hold`, because the case is paused for the partner.
  `needs_reply` is true because the mail ends by asking whether she still works there and what her last day
  is. The later hold (034) asks nothing, so it is false.
- **Wrong-address request (031)**: `info_request`, true. She did answer, but from an address support will not
  act on, so they are waiting for her again.
- **Closing notice that restates the merge question (042)**: `closing_notice` rather than
  `confirmation_request`. The point of the mail is "we will close"; it needs a reply either way.
- **Duplicate closed (027)**: `case_update` for case B. It says "closed", but not because she failed to answer,
  and "no further action is required". The mail names both case numbers; `case` is B because that is the
  thread it belongs to (subject and In-Reply-To).
- **Reopen receipt (050)**: an automatic "your case has been reopened and is back in the queue" counts as an
  `acknowledgement`.
- **Resolutions with conditional invitations (009, 054, 069)**: `resolved`, false. "If anything else looks off,
  just reply", ご不明な点がございましたら…, and "you can reopen within 14 days" do not ask anything now.
- **Console case answered by e-mail (064, 065, 067)**: her e-mail to `no-reply-aws@amazon.com` is a
  `user_reply` on case C. The bounce is `unrelated` (it is neither support nor her own words), but its `case`
  is C, because the returned headers carry that case's subject and she would want it filed there. The
  console closing notice that follows is true: support is still waiting, and the answer must go through
  the Support Center.
- **`case` on non-T&C support mail**: `null` for the Educate case, the billing console case, Microsoft and
  Atlassian. They are case mails, but not Training and Certification cases, and they are `unrelated`.
  The Educate (036) and billing (063) requests are real requests, but `needs_reply` is false because they
  are outside the tracked T&C cases. The same applies to the Microsoft mail asking which profile to keep
  (017).
- **`case` on other mail about a case**: the colleague's note about releasing the APN record (033) carries
  no case number and comes from a colleague, so it is `unrelated` with `null`. Her note to herself (023) is
  written before any case exists. It mentions an old 2020 case, which the note does not belong to, so `null`.
  The Credly badges sent because of the merge (046) are `badge` with `null`.
- **Spoofed and phishing mail (013, 030, 040, 048, 071)**: `suspicious`, false, `case` null, even when the
  subject carries a `[CASE …]` token (030: genuine From address, DMARC fail, made-up case number). Candidate
  IDs written in them are still listed (040).
- **Surveys**: the satisfaction surveys for cases D and A (010, 047) are `survey` with their case. The
  CertMetrics "AWS Certification wants to hear from you" questionnaire (055) is `certification`, because it
  is about the program, not a support case.
- **Candidate IDs echoed by support**: the acknowledgements 024 and 060 repeat the text she typed into the
  form or console. They are listed, because they are part of the message body, not `>`-quoted history.
  IDs that appear only under `>` quotes or in Outlook "-----Original Message-----" / 差出人 blocks are not
  listed (007, 029, 045).
- **Owner's mail that is not about a case** (023 note, 058 farewell, 077 answer to the new colleague): these
  are `user_reply` with `case` null.
- **Marketing and platform mail with the display name "AWS Training and Certification"** (066 class booking,
  076 discount offer) is `unrelated`. The sender addresses are `no-reply@aws.training` and the marketing
  address, not the T&C form address.

## Messages

| # | kind | reply? | what it is | what makes it hard |
|---|---|---|---|---|
"""


def write(here, messages):
    rows = []
    for i, m in enumerate(messages, 1):
        lab = m["label"]
        what = m["what"]
        if lab["case"]:
            what += " (case %s)" % lab["case"]
        rows.append("| %03d | %s | %s | %s | %s |" % (
            i, lab["kind"], "yes" if lab["needs_reply"] else "no",
            what.replace("|", "/"), m["hard"].replace("|", "/")))
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(HEAD + "\n".join(rows) + "\n")
