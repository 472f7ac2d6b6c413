#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json + README.md next to this script."""
import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, part1, part2, part3, part4, part5

HEAD = """me: %s %s

# Blind corpus 258: Kaito Hirasawa's mailbox (2021-2025)

Mailbox owner: Kaito Hirasawa, personal `%s`, company `%s` (Tsubame Cloud Works K.K., an
AWS Partner Network company; he leaves on 2025-05-30). Both addresses land in this one mailbox;
his own sent mail is included where it sits in the thread. Old candidate ID AWS07263158
(company account), new one AWS11940376 (personal account).

## Cases
| case | format | channel | topic | outcome |
|---|---|---|---|---|
| 7429915830 | 10 digits (2021) | T&C form | exam rescheduled after test-center closure | resolved, no action |
| 14187730256 | 11 digits (2023) | T&C form, Japanese, ISO-2022-JP | name spelling on certificate | info request, reply, record fixed, survey |
| 174651239000417 | 15 digits (2025) | T&C form | merge company account into personal | ack, APN hold with buried question, hold lifted, confirm request, closing notice, reply from wrong address, wrong-address request, confirm, merged, survey; reopened for a missing exam record, info request, vendor hold, resolved |
| 174658830100952 | 15 digits | T&C form | duplicate of the merge request | ack, closed as duplicate |
| 174839550200614 | 15 digits | Support Center console | 50%% voucher missing after merge | ack, info request (console only), e-mail answer bounced, closing notice, update, resolved, survey |
| 174800410700233 | 15 digits | AWS Educate form (other program) | student accounts | one message, labelled unrelated |

## Labelling decisions
- `case` is the number of the thread the message belongs to, also for the owner's own mail, a
  colleague's reply inside a forwarded case thread (021), a bounce of a reply (049), the note to
  self (061, which names two cases; labelled with the first, the merge case) and the AWS Educate
  case (039, kind unrelated but it is a real support case number). Phishing with invented case
  numbers gets `null`.
- 016 (APN hold) is `on_hold` with needs_reply true: the hold is real, but it ends with a question
  about his employment that support waits for. 042 is a pure hold ("nothing needed from you"): false.
- 030 asks him to resend the confirmation from the personal address: `info_request`, not
  `confirmation_request`, because what is asked is to write from another address.
- 025 asks "do both belong to you, merge into #1?" with no "please": `confirmation_request`.
- 033 and 008 quote earlier requests under the resolution: `resolved`, false. Their "if you have
  anything to add / ご不明な点がございましたら" is conditional.
- 047 and 052 (console case) need a reply although it must be given in the Support Center, not by
  e-mail. 049 (bounce of his e-mailed answer) is `unrelated`, false: the bounce itself asks nothing
  from support's side; the pending ask is carried by 047 and later 052.
- 039 (AWS Educate) contains a genuine question but is another program: `unrelated`, false.
- 032 comes from the real T&C form address but fails DKIM/DMARC: `suspicious`.
- 020 (duplicate closed and linked) is `case_update` for the duplicate's own number.
- Acknowledgements that echo the form text (013, 015) list the candidate IDs from that echo: the
  echo is the message's own text, not `>`-quoted history. Candidate IDs inside quoted history
  (e.g. 008, 028) are not listed.
- 010 "AWS Certification wants to hear from you" is a program survey: `certification`, not `survey`.
- 027 colleague out-of-office and 053 farewell are `unrelated`.

## Messages
| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def main():
    out = lib.OUT
    for f in glob.glob(os.path.join(out, '[0-9][0-9][0-9]-msg.*')):
        os.remove(f)
    for p in (part1, part2, part3, part4, part5):
        p.run()
    rows = ['| %s | %s | %s | %s | %s |' % (n, k, 'yes' if r else 'no', c or '-', note.replace('|', '/'))
            for n, k, r, c, note in lib.ROWS]
    with open(os.path.join(out, 'README.md'), 'w') as f:
        f.write(HEAD % (lib.ME_P, lib.ME_C, lib.ME_P, lib.ME_C) + '\n'.join(rows) + '\n')
    counts = {}
    for _, k, _, _, _ in lib.ROWS:
        counts[k] = counts.get(k, 0) + 1
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(lib.ROWS)))
    print('%-22s %d' % ('needs_reply', sum(1 for r in lib.ROWS if r[2])))


if __name__ == '__main__':
    main()
