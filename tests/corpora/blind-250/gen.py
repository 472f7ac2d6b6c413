#!/usr/bin/env python3
"""Write the blind-250 corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md."""
import collections
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

PARTS = ['part1', 'part2', 'part3', 'part4']

from common import ME_P, ME_C, CASE_A, CASE_B, CASE_C, CASE_D, CASE_E, CASE_F  # noqa: E402

CASES = f"""## Cases in the set

| name | case | how it looks | topic | outcome |
|---|---|---|---|---|
| A | {CASE_A} | T&C form case, 15 digits, filed from the personal address | merge company certification account into the personal one; the company account is tied to an APN partner | hold with a question, hold lifted, confirmation asked, reply from the wrong address, closing notice, second confirmation for a stray third account, merged, badge, survey |
| B | {CASE_B} | T&C form case, 15 digits, Japanese acknowledgement to the company address | the same merge request filed a second time by mistake | closed as a duplicate of {CASE_A} |
| C | {CASE_C} | AWS Support Center (console) case, 10 digits, no-reply-aws@amazon.com | the 50% exam benefit did not follow the merge | info asked (answer in the console), auto-resolve warning, resolved, survey |
| D | {CASE_D} | T&C form case, 15 digits, handled in Japanese | romanised name on the certificate | info asked, closing reminder, owner answers, fixed |
| E | {CASE_E} | T&C form case from 2023, 11 digits | the owner replies on the old closed thread | system says it cannot be reopened |
| F | {CASE_F} | T&C form case, 15 digits | a booked exam appointment sits on the merged-away account | info asked (Pearson VUE registration number), owner answers, moved |

Other AWS support cases that appear but are not tracked (labelled `unrelated`, case null): an AWS Educate form case and a console billing case.
"""

DECISIONS = """## Labelling decisions for judgement calls

- **Hold with a question** (007): the case is on hold because the APN partner must release the old account, but the agent also asks whether the owner is leaving the company and when. Kind `on_hold` (the pause is the news), `needs_reply` true (a question is buried in it). The later pure hold (013) is false.
- **Reply from the wrong address** (021): support asks the owner to answer again from the address on the case. That is `info_request` (writing from another address), not `confirmation_request`, even though what must be re-sent is the merge confirmation, and the confirmation table is quoted below.
- **Status badges disagree with the text**: help-desk templates set the badge mechanically. 032 says "merged" under a "Pending customer action" badge (the agent leaves it pending so it auto-closes): `resolved`, no reply. 039 asks a question under "Work in progress": `info_request`, reply. Labels follow what the agent writes, not the badge.
- **Automatic "your reply was added" notices** (010) are `acknowledgement`. The agent's "I have passed your confirmation to the records team" (030) is `case_update`.
- **Duplicate case closed** (008): belongs to the duplicate case {B}, mentions {A} in its text; `case_update`, no reply ("no further action").
- **Old case that cannot be reopened** (050): the system tells the owner the 2023 case is closed and a new form is needed. Nobody at support is waiting for an answer, so `case_update`, no reply (arguably the owner should act, but not by replying).
- **Console cases** (038, 039, 044, 047, 057): the T&C-topic console case counts as a tracked case; its requests and its auto-resolve warning need a reply even though the reply must be given in the Support Center, not by e-mail. The console *billing* case (036) asks for information too but is not a T&C case: `unrelated`, false, case null. So is the AWS Educate form case (031).
- **Resolved with a survey footer** (047): the "was this response helpful? rate it" footer does not make it a survey; `resolved`. The stand-alone rating mails (035, 057) are `survey`.
- **Other vendors' help-desk mail** (Zendesk-like "Awaiting your response", Jira-like IT desk, Freshdesk-like hosting desk, Japanese ISP desk, a vendor CSAT after "Solved"): all `unrelated`, false, case null, even when they ask questions or are satisfaction surveys. `survey` is kept for AWS support-case surveys.
- **CertMetrics "wants to hear from you"** (034) is a certification-program survey, not about a support case: `certification`.
- **Bounce** (027): the owner's own confirmation reply bounced for a mistyped Cc address; the copy to support went through. `unrelated`, false, but `case` is {A} because it carries that thread.
- **Phishing** (012, 024, 037): `suspicious`, false, case null even when the subject carries a case-like number (024 passes off an invented number and fails DMARC for amazon.com).
- **candidate_ids** are taken from the message's own new text only: IDs in quoted history, in echoed form contents of older mail, or in the tables of quoted confirmation requests are left out. When support lists IDs in its own table (018, 028), they count.
- The confirmation request for the third account (028) arrives after the owner already confirmed the first two; it is a new `confirmation_request` and needs a reply.
""".replace('{A}', CASE_A).replace('{B}', CASE_B)


def main():
    for f in glob.glob(os.path.join(HERE, '[0-9][0-9][0-9]-msg.*')):
        os.remove(f)
    msgs = []
    for name in PARTS:
        mod = importlib.import_module(name)
        msgs.extend(mod.messages())
    rows = []
    counts = collections.Counter()
    replies = 0
    for i, m in enumerate(msgs, 1):
        n = '%03d' % i
        with open(os.path.join(HERE, n + '-msg.eml'), 'wb') as fh:
            fh.write(m['eml'])
        with open(os.path.join(HERE, n + '-msg.json'), 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        lb = m['label']
        counts[lb['kind']] += 1
        replies += lb['needs_reply']
        rows.append('| %s | %s | %s | %s | %s |' % (
            n, lb['kind'], 'yes' if lb['needs_reply'] else 'no', m['what'], m['hard']))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('me: %s %s\n\n' % (ME_P, ME_C))
        fh.write('# blind-250: ticketing-system mail around AWS Training and Certification cases\n\n')
        fh.write('Mailbox owner: Daichi Morikawa (森川 大地), leaving Seiran Systems K.K. (an AWS '
                 'partner) at the end of March 2025. Personal mailbox on kumomail.jp, company mailbox '
                 'on seiran-systems.co.jp; both feed this one mailbox. Messages are in arrival order. '
                 'Regenerate with `python3 gen.py`.\n\n')
        fh.write(CASES + '\n' + DECISIONS + '\n')
        fh.write('## Messages\n\n| # | kind | reply? | what it is | what makes it hard |\n|---|---|---|---|---|\n')
        fh.write('\n'.join(rows) + '\n')
        fh.write('\nTotals: %d messages; %s; needs_reply true: %d\n' % (
            len(msgs), ', '.join('%s %d' % kv for kv in sorted(counts.items())), replies))
    print('messages:', len(msgs))
    for k, v in sorted(counts.items()):
        print('  %-22s %d' % (k, v))
    print('needs_reply true:', replies)


if __name__ == '__main__':
    main()
