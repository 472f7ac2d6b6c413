from gen_lib import ME, CO, ALIAS, ICLOUD, CASE_A, CASE_B, CASE_C, CASE_D, OLD_ID, NEW_ID

HEAD = """
# Blind corpus 267: the people around a certification-account merge

Mailbox of Haruka Mizuno (水野 遥), an engineer leaving Aoba Techworks (an AWS Partner Network
member) on 2025-06-30 and moving her AWS Certification record to her personal account. The mailbox is
her personal Gmail. Her company mailbox auto-forwards to it from 2025-06-18 to 2025-07-25 (some
mail arrives as Exchange *redirects* that keep the original headers, some as Outlook-rule `FW:`
messages whose From is her own company address, one as a `message/rfc822` attachment); after
that the company address bounces. Her own sent mail is included where she wrote it.

Addresses of the owner:
- `%s` - personal, main (first line)
- `%s` - company, main (first line); closed 2025-06-30, deleted 2025-07-25
- `%s` - Gmail plus-alias of the personal address, used once from her phone (029)
- `%s` - her iCloud address, the iPhone Mail default (018, 044); a third address of hers,
  not on file with AWS, which is why support asks again in 019

Candidate IDs: `%s` (company certification account, merged away), `%s` (personal, kept).

Run `python3 gen.py` (standard library only) to rewrite every file; it prints the count per kind.

## Cases

| case | channel | topic | course |
|---|---|---|---|
| %s | T&C form, 15 digits | merge company -> personal | ack (via company box) -> ask to write from the kept address (only as FW:) -> APN partner hold with a question -> wrong-address reply -> ask again -> hold lifted -> Account #1/#2 confirmation -> merged -> survey -> reopened for a missing exam -> question sent only to the company box (FW:) -> closing notice -> answer (+bounce) -> resolved -> survey |
| %s | T&C form, 15 digits | duplicate of the same request | ack -> closed as duplicate, linked to the first case |
| %s | Support Center (console), 11 digits | 50%% voucher missing after the merge | opened -> request (answer in console only) -> auto-resolve warning -> resolved with rating footer |
| %s | T&C form, 15 digits, Japanese | name spelling on certificate | ack -> keigo request -> closing notice -> reply from phone -> resolved (conditional invitation) -> survey |

Other case numbers that appear and are labelled `case: null`: 175237230000719 (an ex-colleague's own
merge case, forwarded to her), 8431920577 (AWS Educate form case, another program),
2507030040004512 (Microsoft Learn), and case %s quoted by two phishing mails.

## Labelling decisions (close calls)

1. **Automatic copies from the company mailbox take the kind of the support mail inside them**
   (008, 014, 027, 063), and `needs_reply` follows that mail. This holds even for Outlook-rule
   `FW:` messages whose From is her own company address: a rule wrote them, not she, so they are not
   `user_reply`. For these copies (no text of their own) the forwarded support text counts as the
   message's text for `candidate_ids` (014 lists the old ID; 008 only describes the ID format, so
   none). A forward she wrote herself with her own note on top (015) is `user_reply`, and only her note
   counts for IDs. Likewise the IDs inside a colleague's forward of his own case (056) or inside the
   returned message of a bounce (067) are forwarded history, not the message's own text: none listed.
   Outlook-style history without `>` (030) is history too: only the ID in the new paragraph counts.
2. **Requests that reach her only as forwards** (008, 063) are `info_request`, `needs_reply: true`: she
   must answer support from the personal address now, whoever delivered the mail.
3. **Two copies of one request** (013/014 hold, 026/027 confirmation; 027 has the same Message-ID) are
   both `needs_reply: true`: when each arrives the request is still unanswered, and she wants to see it
   flagged wherever she looks first.
4. **Hold with a buried question** (013/014): kind `on_hold`; the employment question makes it
   `needs_reply: true`. 023 (hold lifted, "you'll receive the details ... shortly") announces a later
   check but asks nothing now: `case_update`, false.
5. **Wrong-address reply** (019): support cannot act on her iCloud reply and asks her to resend from an
   address on file: `info_request`, true, although To: is the iCloud address.
6. **People around the case ask things** (002, 016, 017, 022, 038, 042, 056): manager, HR, colleagues,
   former manager, new employer. They are requests, but not support's: `unrelated`, false, case null,
   even when the subject carries a `[CASE ...]` token (016 hers, 056 the colleague's own case with an
   Account #1/#2 listing). Her answers to them are `user_reply` with case null; her own mail about one
   of *her* cases (015 forward to the manager, 044 note to self) carries that case number.
7. **Closing notices**: 051 has the actual question only in quoted history and 065 words the ask as
   "a reply ... will keep the case open"; both are `closing_notice`, true. 046 is the console's
   auto-resolve warning: true, though the answer goes through the Support Center, not email (same for
   the console request 041).
8. **Resolutions with invitations**: 030 (quotes the whole confirmation request), 049 ("you can reopen
   ... within 14 days" + rating footer), 053 (〜がございましたら、ご返信ください) are `resolved`, false.
   068 fixes a record without any "merge" wording: `resolved`.
9. **Acknowledgements echo the form**: candidate IDs in the echoed form (007, 009, 045) are support's own
   text, not quoted history, so they are listed. 045's echo contains her ask to support
   (修正をお願いします); it is still an acknowledgement.
10. **Program mail vs case survey**: 037 (CertMetrics questionnaire, "wants to hear from you") is
    `certification`; 033, 058, 070 are case surveys.
11. **Other AWS program case** (054, AWS Educate, 10-digit ID) asks a question in the same shape as a
    T&C case. The rule limits `needs_reply` to T&C cases, so it is `unrelated`, false, case null; in
    real life she may still want to answer it, but it is not what this set tracks.
12. **Phishing** 025 (lookalike domain) and 036 (real From and real case subject, SPF/DMARC fail) cite
    case %s; both are `suspicious`, false, case null. 062 is a Credly lookalike.
13. **Her own mail wherever it appears**: 034 (farewell sent from the company address to the all-staff
    list, returned to her via the redirect) and 044 (note to self from iCloud) are `user_reply`.
14. **Bounce** 067 carries the case subject and, inside the returned message, support's question:
    `unrelated`, false, case null (system mail, not the case correspondence).
15. 011 (duplicate closed and linked) belongs to the duplicate case %s and is `case_update`, not
    `resolved`.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def render(msgs, me, co):
    out = "me: %s %s\n" % (me, co)
    out += HEAD % (ME, CO, ALIAS, ICLOUD, OLD_ID, NEW_ID, CASE_A, CASE_B, CASE_C, CASE_D, CASE_A, CASE_A, CASE_B)
    for i, m in enumerate(msgs, 1):
        out += "| %03d | %s | %s | %s | %s |\n" % (i, m["kind"], "yes" if m["needs_reply"] else "no",
                                                  m["case"] or "-", m["note"].replace("|", "/"))
    return out
