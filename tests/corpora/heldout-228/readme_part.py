# Writes README.md (called by gen.py).
import os, collections

HEAD = """me: mkovac@fastmail.com m.kovac@kansai-cloudworks.co.jp

# Blind corpus 228: Mirela Kovač's mailbox, March-April 2025

Mirela Kovač, a cloud engineer in Osaka, leaves Kansai Cloudworks KK (an AWS Partner) on 31 March 2025
and moves her AWS Certification record to her personal address. The mailbox holds mail to both her
addresses: `mkovac@fastmail.com` (personal, Fastmail; inbound mail has Fastmail `Received` and
`Authentication-Results` headers) and `m.kovac@kansai-cloudworks.co.jp` (company, Microsoft 365 headers;
the mailbox closes on 31 March). Her own mail comes from the Fastmail web client or company Outlook.
78 messages; 32 of them belong to Training and Certification cases (including her own replies), the
rest are the mail around them. Run `python3 gen.py` to regenerate everything (standard library only;
the generator is split into `gen_part1.py` … `gen_part9.py` and `readme_part.py`).

## Cases

| case | format | what | how it runs |
|---|---|---|---|
| 174105072700412 (A) | 15 digits, T&C form | merge company account AWS02318764 into personal AWS04197350 | ack 004 → on hold for the APN partner with a buried question 009 → reply 010 → automatic receipt 011 → still on hold 016 → hold lifted 019 → Account #1/#2 confirmation (HTML table) 021 → closing notice 026 → "Confirmed" 027 → resolved 028 → survey 032 → owner writes again about a missing 2019 exam 052 → reopened with questions 053 → answer 054 → second confirmation for a third profile AWS00981233 056 → "yes" 058 → resolved again 059 → owner forwards it to her new employer 077 |
| 174105130000957 (A2) | 15 digits, T&C form | duplicate of A (form resubmitted after an error) | Japanese ack 005 → closed as duplicate of A 007 |
| 174244207500236 (B) | 15 digits, T&C form, Japanese agent | surname with č garbled on the certificate | ack to the company address (ISO-2022-JP) 035 → "write from the registered address and give the correct spelling" 036 → Japanese reply 037 → passed to another team 041 → fixed as "Kovac" 064 → thank-you to a mistyped address 065 → bounce 066 |
| 17441029386 (C) | 11 digits, Support Center console | unused 50% voucher lost in the merge | "New Support case" 068 → info request that must be answered in the console 069 → auto-resolve warning 072 → resolved with rating footer 074 → survey 078 |
| 8837512094 | 10 digits, 2021 | old merge of a duplicate account | only as the owner's forward-to-self note 040 |
| 174229954400781 | 15 digits, AWS Activate form | Activate credits application (other AWS program) | one info request 034, labelled unrelated |
| 174288615100104 | 15 digits | a colleague's own T&C case | forwarded to her 044, her advice 045, an out-of-office 046; not her case |

Phishing uses invented case numbers 174163385100288 (013) and 174259093300555 (057).

## Labelling decisions (judgement calls)

- **On hold with a question (009)**: kind `on_hold` (the case is paused for the partner), `needs_reply`
  true because the only ask, an indirect question in the last paragraph, is waiting for her.
  The later hold update 016 says nothing is needed and only invites a reply "if something changes": false.
- **Closing notices (026, 072)** are `needs_reply` true even though they add "if you no longer need help,
  you don't have to do anything" - she does need help. 072 is a console case: the reply must go through the
  Support Center, but support is still waiting for her, so true; same for the console info request 069.
- **Automatic "we received your reply" (011)** is `acknowledgement`.
- **Duplicate closed (007)** is `case_update` with the duplicate's own number (A2), not A.
- **Second confirmation (056)**: no Account #1/#2 listing, but it asks her to confirm a profile is hers and
  may be merged, so `confirmation_request`.
- **Resolutions that quote old requests (028, 059, 064, 074)** are `resolved`, false; "reply here if something
  doesn't look right", "〜がございましたら", "reopen within 14 days" and rating footers are conditional.
  064 fixes the name without the diacritic: a partial outcome, still done.
- **CertMetrics mail** (003, 014 "wants to hear from you", 031, 038, 049, 075) is `certification`, never `survey`
  or case mail, even when it follows directly from a case (031 after the merge, 075 after case C).
  `survey` is kept for feedback requests about a support case (032, 078).
- **Other AWS programs**: the AWS Activate case 034 asks real questions with a deadline but is not a T&C case:
  `unrelated`, `needs_reply` false, `case` = its own number (it is an AWS support case number in a
  `[CASE …]` token). Skill Builder receipt, Partner Central invitation, re:Post, billing, Free Tier,
  marketing (even with the display name "AWS Training and Certification", 076) are `unrelated`, case null.
- **Colleague's case (044-046)**: the forward of his confirmation request is `unrelated`, case null (not the
  owner's case); her advice to him is `user_reply` (mail she wrote) with case null; the out-of-office with the
  `[CASE …]` token in its encoded subject is `unrelated`, case null.
- **Owner's notes and forwards** are `user_reply` with the case they carry: 040 (2021 case forwarded to
  herself, case 8837512094) and 077 (case A resolution forwarded to the new employer, case A).
- **Bounce (066)** of her thank-you on case B: `unrelated`, case B (the returned headers belong to that thread),
  `needs_reply` false (support is not waiting for anything).
- **Phishing** (013, 024, 047, 057, 061) is `suspicious`, `needs_reply` false and `case` null even when it shows
  a case number. 057 uses the real T&C From address and subject pattern and arrives while a real confirmation is
  pending; only `spf=fail`/`dmarc=fail` and the off-site link give it away. 061 spoofs `no-reply@aws.training`
  with `dmarc=fail`. 013 and 024 are lookalike domains whose own DKIM passes.
- **Candidate IDs**: listed once each, in order of first appearance, from the message's own new text. Text the
  sender wrote or echoed in their own message counts (the acknowledgements 004, 035, 068 echo the form text with
  IDs, so they are listed); anything under a quote marker, an "Original Message" block or a forwarded part does
  not (so the closing notice 026 has none: its IDs are only in the quoted request). A placeholder `AWS0xxxxxxx`
  (043) is not an ID. Exam-vendor and program mail that print a candidate ID (015, 003, 031, 038) list it.
- Mail from colleagues, HR, the new employer and the moving company that asks questions is `needs_reply` false:
  only support on a real T&C case counts.

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""


def write(here, messages):
    counts = collections.Counter(m['label']['kind'] for m in messages)
    lines = [HEAD.rstrip('\n')]
    for i, m in enumerate(messages, 1):
        lab = m['label']
        what, hard = m['note']
        lines.append('| %03d | %s | %s | %s | %s | %s |' % (
            i, lab['kind'], 'yes' if lab['needs_reply'] else 'no', lab['case'] or '-',
            what.replace('|', '/'), hard.replace('|', '/')))
    lines.append('')
    lines.append('## Count per kind')
    lines.append('')
    for k, v in sorted(counts.items()):
        lines.append('- %s: %d' % (k, v))
    lines.append('- total: %d (needs_reply true: %d)' % (len(messages), sum(m['label']['needs_reply'] for m in messages)))
    with open(os.path.join(here, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')
