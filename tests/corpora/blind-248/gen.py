#!/usr/bin/env python3
"""Write the blind-248 corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md.

Run: python3 gen.py   (standard library only; any working directory)
"""
import collections, glob, importlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import mk  # noqa: E402

PARTS = ['part1', 'part2', 'part3', 'part4', 'part5']

HEAD = """me: {p} {c}

# blind-248: help-desk style support-case mail

Mailbox of Daichi Onodera (小野寺 大地), a cloud engineer leaving Kuroshio Systems (an AWS Partner) at
the end of September 2025. The personal Gmail box is the mailbox; mail to the company address
({c}) is auto-forwarded into it until the company mailbox closes, and copies of what Daichi sends
from either address sit in it too. Everything is invented (people, companies, case numbers, mail
systems, domains other than the AWS/Credly/CertMetrics ones the domain notes name).

Emphasis of this set: ticketing-system mail as it arrives - HTML-only or HTML with a useless text
part, status badges, hidden preheaders, reply-above-this-line markers, "View case" buttons, long
quoted histories - with look-alike help-desk mail from other vendors around it.

## Cases

| case | how it runs | outcome |
|---|---|---|
| 175731846200187 (15 digits, form) | merge company account AWS02774518 into personal AWS05190336; filed from the company address; APN-partner hold with a buried question, second hold, hold lifted, "write from the address you keep", Account #1/#2 confirmation (HTML-only, text part says nothing), closing notice, confirmation, "with records team", merged, survey | resolved |
| 175740215500342 (15 digits, form) | duplicate of the above filed next day from the personal address; Daichi asks to close it; support closes it as a duplicate | closed as duplicate |
| 12086634571 (11 digits, Support Center console) | 50% voucher missing after the merge; ack, question that must be answered in the console, auto-resolve warning, Daichi mistakenly answers by mail and gets a bounce, resolved with the feedback footer | resolved |
| 175868420100077 (15 digits, form, Japanese) | name romanised wrongly (ONODELA) on certificates; Japanese ack, keigo question (Shift_JIS HTML), closing notice wearing a "解決済み" badge, Japanese reply, fixed, Japanese survey | resolved |
| 8731190452 (10 digits, 2021 case reopened) | Daichi replies to an old Credly case because the Security - Specialty badge did not come over; reopen notice, question under an "On hold" badge, follow-up over long quote, candidate IDs, third partner-SSO record found and confirmation asked under an "On hold" badge, passed to another team, reissued, badge, survey | resolved |

Not T&C cases (case = null, kind unrelated): an AWS billing case in the Support Center console
(20473318865), an AWS Educate form case (175998210400561), and other vendors' tickets (Kumo Notes
#58213 Zendesk-like, Hikari Link #771204 Freshdesk-like in Japanese, Kuroshio IT ITS-3307 Jira-like,
Ledgerlane case 00482913 Salesforce-like, Harbor Desk digest).

## Labelling decisions (judgement calls)

- **Hold with a buried question** (the APN hold asks whether and when Daichi leaves the partner
  company): kind `on_hold` (the case is paused for the partner), `needs_reply` true because the
  question sits in support's own text. The second hold mail, which quotes that question under a
  "nothing needed from you" note, is `on_hold` / false.
- **Badges lie**: status pills are template state, not the author's act. A closing notice wearing
  "Solved"/"解決済み" is `closing_notice` (true); a confirmation request wearing "On hold" is
  `confirmation_request` (true); an info request wearing "On hold" is `info_request` (true); a
  duplicate closure wearing "Closed" is `case_update` (false).
- **Poor text parts**: when the text/plain part says only "a new reply was added, view it in a
  browser", the label follows the HTML part (what Daichi reads).
- **Hidden preheaders** are not the author's text: a resolution whose template preheader says
  "Action may be required on your case" is `resolved` / false. Candidate IDs are never taken from
  preheaders.
- **Candidate IDs**: `AWS` + exactly 8 digits in the message's own new text, in order of first
  appearance, each once. IDs echoed back by an acknowledgement ("details of your request") count as
  its own text; IDs in quoted history do not. 12-digit AWS account IDs, 9-digit Pearson VUE
  registration numbers and ticket numbers are not candidate IDs.
- **Duplicate case**: messages in the duplicate's thread carry the duplicate's number
  (175740215500342), even when they mention the main case.
- **Phishing that reuses the real case number** (dmarc=fail on amazon.com): `suspicious`, case null
  (it does not belong to the case), needs_reply false.
- **Console case**: questions that must be answered in the Support Center are `info_request` / true;
  the auto-resolve warning is `closing_notice` / true. Daichi's mistaken e-mail reply is `user_reply`;
  the bounce it causes is `unrelated`, case 12086634571, needs_reply false (the bounce is not support
  asking; the waiting was already flagged by the closing notice).
- **Other AWS cases** (billing console case, AWS Educate form case) ask questions but are not
  Training and Certification cases: `unrelated`, false, case null.
- **Other vendors' "Awaiting your response"/"Pending customer"/closing notices**: `unrelated`, false.
- **CertMetrics "wants to hear from you"** is a program survey, not a support-case survey:
  `certification`.
- **Reopen notice** (automatic "your case has been reopened"): `case_update` / false.
- **Daichi's memo mailed to himself** and his mistaken reply to no-reply-aws: `user_reply`.
- **Resolution with a survey footer or a conditional "reply if anything is missing"**: `resolved`.

## Messages

| # | kind | reply? | what it is | what makes it hard |
|---|---|---|---|---|
"""


def main():
    msgs = []
    for p in PARTS:
        try:
            mod = importlib.import_module(p)
        except ModuleNotFoundError as e:
            if e.name == p:
                continue
            raise
        msgs += mod.messages()
    for f in glob.glob(os.path.join(HERE, '[0-9][0-9][0-9]-msg.*')):
        os.remove(f)
    rows = []
    count = collections.Counter()
    replies = 0
    for i, m in enumerate(msgs, 1):
        n = '%03d' % i
        with open(os.path.join(HERE, n + '-msg.eml'), 'wb') as f:
            f.write(m['eml'])
        with open(os.path.join(HERE, n + '-msg.json'), 'w', encoding='utf-8') as f:
            json.dump(m['label'], f, ensure_ascii=False)
            f.write('\n')
        lab = m['label']
        count[lab['kind']] += 1
        replies += lab['needs_reply']
        rows.append('| %s | %s | %s | %s | %s |' % (
            n, lab['kind'], 'yes' if lab['needs_reply'] else 'no',
            m['what'].replace('|', '/'), m['hard'].replace('|', '/')))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(HEAD.format(p=mk.ME_P, c=mk.ME_C))
        f.write('\n'.join(rows) + '\n\n')
        f.write('Totals: %d messages, %d need a reply. Per kind: %s.\n' % (
            len(msgs), replies, ', '.join('%s %d' % kv for kv in sorted(count.items()))))
    print('messages: %d  needs_reply: %d' % (len(msgs), replies))
    for k, v in sorted(count.items()):
        print('  %-22s %d' % (k, v))


if __name__ == '__main__':
    main()
