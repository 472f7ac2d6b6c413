# Writes README.md from the message list (called by gen.py).
import collections
import os

HEAD = """me: lukasz.wierzbicki@outlook.jp l.wierzbicki@hakata-cloudworks.co.jp

# Blind corpus blind-222

The mailbox of Łukasz Wierzbicki, a Polish cloud engineer in Fukuoka who leaves Hakata Cloudworks K.K.
(an AWS Partner Network company, Google Workspace mail) on 31 March 2025 and moves his certifications
to his personal Outlook.jp address. One mail client holds both accounts, so the mailbox receives mail
to both addresses and also keeps what the owner sends (Thunderbird on the desktop, Outlook for iOS on
the phone, Gmail web for company mail). The set runs from 24 February to 18 April 2025, %(n)d messages
in arrival order. Regenerate with `python3 gen.py` (standard library only; writes next to itself).

Labels: `NNN-msg.json` = `{"kind", "needs_reply", "case", "candidate_ids"}`.

## The cases

| case | number (digits) | channel | topic | course |
|---|---|---|---|---|
| A | 174099312004417 (15) | T&C form, replies by e-mail | merge company account AWS02318745 into personal AWS09912064 | Japanese ack to the company address → "write from the address you keep" → owner replies → APN partner hold with a buried question → owner answers → hold lifted → HTML-table Account #1/#2 confirmation → closing notice → "Confirmed" → merged → survey → owner reopens (missing 2019 exam) → support finds a third, university account AWS07730219 and asks to confirm → "yes" → merged again |
| B | 174100958707731 (15) | T&C form | the same merge, form re-sent by mistake | ack → closed as duplicate of A |
| C | 174280920700162 (15) | AWS Support Center console (no-reply-aws@amazon.com) | 50%% exam discount voucher missing after the merge | ack → question to be answered in the console → owner answers by e-mail to no-reply (bounces) → auto-resolve warning → passed to benefits team → resolved |
| D | 48210937566 (11) | T&C form, "RE: [CASE" with a space | name on certificates: "Lukasz" → "Łukasz" | HTML-only ack → Japanese keigo request → Japanese owner reply → on hold for Pearson VUE → bilingual resolution → Japanese survey |

Numbers that look like cases but are not this mailbox's T&C cases: 7712045389 (a 2021 case only
mentioned inside A's hold notice), 174201553300871 (console billing case), 10384756291 (AWS Educate
form case), 174120000391845 (spoofed amazon.com mail), 5519023344 (lookalike phishing), Zendesk request
4417093, Pearson VUE registration IDs 418276530 / 371029468, AWS account 330918274455, Builder ID code 417093.

## Labelling decisions (judgement calls)

- **`case`** is the T&C case whose conversation the message belongs to: support's mails on it, the
  owner's replies and forwards inside its thread (037 forwards A's resolution and keeps the case token:
  case A), and surveys naming it. Mail that only *mentions* a case number is not case mail: the
  colleague's note (023), the Outlook bounce of the owner's reply (044), and the owner's mail to his new
  employer (071) have `case: null`. Other programs' and other vendors' cases (Educate 024, console
  billing 030, Zendesk 046) and fake numbers in phishing (029, 056) are `null` too.
- **Candidate IDs**: the form text or correspondence that an acknowledgement echoes (011, 012, 041) is
  the message's own text and counts. Quoted history does not count, whether `>`-prefixed, under
  `-----Original Message-----`, under an Outlook `From:/Sent:` block or inside a forwarded message
  (014, 021, 031, 034, 037, 043, 052, 072). The owner's own text counts in his mails (007, 017, 032,
  047, 061, 071).
- **019** is an `on_hold` (APN partner must release the account) but ends with a real question (last
  working day), so `needs_reply: true`. **063** is an `on_hold` that says there is nothing to send:
  `false`.
- **031** is a closing notice above the quoted confirmation request: kind `closing_notice` (the new
  text), `needs_reply: true`.
- **050** starts with "I have reopened case …" but its point is the go-ahead for a third account:
  `confirmation_request`, `true`.
- **Console case C**: 042 and 051 are `true` although the answer must be given in the Support Center,
  not by e-mail; the owner's e-mail answer (043) bounced (044), so support was still waiting at 051.
  The wrapper line "To see this reply and respond, visit …" in 055 and 058 is boilerplate, not a
  request: `false`.
- **Questions that are not T&C support**: AWS Educate form case (024) and the console billing case (030)
  ask real questions with the same templates and senders, but the brief counts only T&C cases:
  `unrelated`, `false`.
- **Surveys**: only satisfaction surveys about a support case are `survey` (036, 073). CertMetrics'
  exam feedback request (040) is `certification`; Pearson VUE's testing survey (067) is `unrelated`.
- **Marketing** that talks about certification and benefits, even with the display name "AWS Training
  and Certification" (075), is `unrelated`; CertMetrics program mail (expiry, welcome, results,
  certificate) is `certification`.
- **Resolutions with conditional invitations** ("reply within 14 days if something looks wrong",
  "ご不明な点がございましたら", "reopen from the Support Center") are `resolved`, `false` (034, 058, 072).
  072 also tells the owner to change his Credly display name himself; that is not a reply to support.
- **Duplicate case B**: 014 (closed as duplicate, points to A) is `case_update` with `case` B.
- **Owner's mail outside support** (note-to-self 007, request to the partner admin 022, answer to the
  new employer 071) is `user_reply` with `case: null`; 047 (owner asks support a new question on the
  resolved case) is `user_reply` — support asked nothing.
- **056** has the genuine From address and a case-style subject, but the receiving server recorded
  `spf=fail`, no DKIM and `dmarc=fail`: `suspicious`, `case: null`. 029 and 064 are lookalike domains
  whose own authentication passes: `suspicious`.
- The bounce (044) and the client's out-of-office (045) are `unrelated`.

## Counts

%(counts)s

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""


def write(here, msgs):
    c = collections.Counter(m['label']['kind'] for m in msgs)
    counts = '\n'.join('- %s: %d' % (k, v) for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    counts += '\n- needs_reply true: %d' % sum(1 for m in msgs if m['label']['needs_reply'])
    letters = {'174099312004417': 'A', '174100958707731': 'B', '174280920700162': 'C', '48210937566': 'D'}
    out = HEAD % {'n': len(msgs), 'counts': counts}
    for i, m in enumerate(msgs, 1):
        lab = m['label']
        case = letters.get(lab['case'], '') if lab['case'] else ''
        out += '| %03d | %s | %s | %s | %s | %s |\n' % (
            i, lab['kind'], 'yes' if lab['needs_reply'] else 'no', case,
            m['what'].replace('|', '/'), m['hard'].replace('|', '/'))
    with open(os.path.join(here, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(out)
