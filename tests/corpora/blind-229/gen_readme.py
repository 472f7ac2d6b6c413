# Writes README.md from the generated messages (called by gen.py).
import os, email
from email import policy
from gen_lib import OUT, ME_P, ME_C

HEAD = """me: %s %s

# Blind corpus 229: AWS Support Center console cases (stress set)

Mailbox of Takumi Ogasawara (小笠原 拓海): a personal Gmail address and a company address at Seiran Systems
(an AWS Partner Network company; the company mailbox closes on 30 June 2025 when he leaves). 80 messages,
November 2023 and February-July 2025, in arrival order. `python3 gen.py` rewrites every file (standard library
only; the generator is split into gen_lib.py, gen_aws.py, gen_part1-6.py and gen_readme.py).

Focus: one sender, `Amazon Web Services <no-reply-aws@amazon.com>`, and one template family (new case, correspondence,
auto-resolve warning, status change, survey) used for Training and Certification cases **and** for Billing, Service
Quotas, security and account-management cases, AWS Health alerts, account notices and a billing statement. English
and Japanese. 33 messages belong to a T&C case, 14 others come from no-reply-aws, 33 are ordinary surrounding mail.

## Cases in the set

| case | channel | lang | topic | messages | outcome |
|---|---|---|---|---|---|
| 13829475610 (11 digits, 2023) | T&C contact form, aws-cs-trainingcertification-form@amazon.com, company address | en | misspelled name on certificate | ack, request for legal name, owner's reply, resolved | resolved |
| 173942281700245 | console, company AWS account 209384756120 | en | exam marked missed after OnVUE failure | ack, resolved | voucher reinstated |
| 174791283500412 | console, personal AWS account 483920175562 | en | merge company certification account (AWS02718364) into personal (AWS04419027) | ack, transfer to T&C team, info request, owner's e-mail reply + bounce, auto-resolve warning, owner's note, status update, APN partner hold with a buried question, owner's forward to the partner admin + out-of-office, hold lifted, HTML confirmation (Account #1/#2 table), resolved, status Resolved, survey | merged |
| 174844381200871 | console, company account | ja | duplicate of the merge case opened in a hurry | ack, closed as duplicate | linked to 174791283500412 |
| 174954321100733 | console, personal account | ja | 50%% discount missing after the merge | ack, request, status "お客様の対応待ち", owner's note, auto-resolve warning, auto-resolved, reopened, resolved, survey | discount reissued |

Not T&C (labelled `unrelated`, case null): Billing 174098765400198, Service Quotas 174357702300564 (Japanese),
AWS-opened security case 174704388100027, account management 175056904000316. Fake case numbers in phishing:
174860021900519, 175160233400128. Other vendors: Pearson VUE case 10482931, Datadog request 1839201.
Other numbers that are not cases: AWS account IDs 483920175562 / 209384756120, Pearson VUE registration IDs
482913765 / 518804271, Builder ID code 418027, Credly badge UUID, Amazon.co.jp order number.

## Labelling decisions (judgement calls)

1. **`case` is the Training and Certification case the message belongs to, or null.** Billing, quota, security and
   account console cases get null even though they are support cases: the owner's question is "is this my T&C case?".
   Phishing gets null even when its subject has a `[CASE n]` token.
2. **Console cases need a reply too.** A request on a T&C console case is `needs_reply: true` although the answer has
   to be typed in the Support Center, not e-mailed (the footer says the address accepts no mail).
3. **Automatic mail inside a T&C thread** (Gmail bounce of the owner's e-mail reply, out-of-office answer to the
   owner's forward) is `unrelated`, reply false, but carries the case number (subject token / threading). The partner
   admin's later mail on a new subject with no case number is null.
4. **Status-change notices:** "Pending Customer Action" / 「お客様の対応待ち」 with "please reply" -> `info_request`,
   reply true. "Pending Amazon Action" and "Reopened" -> `case_update`. "Resolved" after the work was done ->
   `resolved`. "Auto-resolved because you did not reply, reopen within 14 days" -> `closing_notice`, reply true (the
   requested screenshot was still outstanding).
5. **Hold with a question:** the APN partner hold asks "is June 30 your last day?" -> `on_hold`, reply true. The
   hold-lifted mail that announces a check to come ("nothing is needed from you until then") -> `case_update`.
6. **Duplicate case closed and linked** -> `case_update`, labelled with the duplicate's own number although the body
   names the first case.
7. **Candidate IDs:** counted in the message's own text, including the form/description echo in acknowledgements
   (it is part of the new message, not reply quoting). Not counted in `>` quotes, Outlook/Gmail/Thunderbird
   forwards, or an agent's pasted "Previous correspondence" block. Each ID listed once, in order of first appearance
   (text and HTML alternatives carry the same IDs).
8. **Surveys:** console case surveys -> `survey`; the CertMetrics "wants to hear from you" questionnaire is about the
   programme, not a case -> `certification`; Datadog's rating links -> `unrelated`.
9. **The owner's own mail** is `user_reply` wherever it goes (to support's no-reply address, to himself, to his manager,
   the partner admin, a farewell to everyone); it carries the case number only when it is about a case by subject or
   threading. Requests written by the owner to colleagues do not make anything `needs_reply`.
10. **Phishing:** the real no-reply-aws From with DKIM/DMARC fail, a spoofed T&C form sender with SPF/DMARC fail, and
    lookalike domains (aws-certmetrics-support.com, credly-badgeverify.net) whose own DKIM/DMARC pass -> `suspicious`,
    reply false, case null.
11. Requests from anyone else (Billing/quota/security/account agents, Datadog, new employer's HR, colleagues, calendar
    invitations) are `unrelated` with reply false, however urgent.

## Messages

| # | kind | reply? | case | from | what it is / what makes it hard |
|---|---|---|---|---|---|
"""


def write(msgs):
    rows = []
    for i, m in enumerate(msgs, 1):
        e = email.message_from_bytes(m['data'], policy=policy.default)
        frm = e['From'].addresses[0].addr_spec if e['From'].addresses else str(e['From'])
        lab = m['label']
        note = m['note'].replace('|', '/').replace('\n', ' ')
        rows.append('| %03d | %s | %s | %s | %s | %s |' % (
            i, lab['kind'], 'yes' if lab['needs_reply'] else 'no', lab['case'] or '-', frm, note))
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(HEAD % (ME_P, ME_C))
        f.write('\n'.join(rows) + '\n')
