#!/usr/bin/env python3
"""Write the blind-235 corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md."""
import collections
import email
import email.policy
import json
import os
import re
import sys
from email.utils import parsedate_to_datetime

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import part1, part2, part3, part4, part5  # noqa: E402
from readme_text import HEADER  # noqa: E402


def main():
    msgs = []
    for p in (part1, part2, part3, part4, part5):
        msgs += p.msgs()
    for f in os.listdir(HERE):
        if re.fullmatch(r'\d{3}-msg\.(eml|json)', f):
            os.remove(os.path.join(HERE, f))
    rows, counts, prev = [], collections.Counter(), None
    for i, m in enumerate(msgs, 1):
        n = '%03d' % i
        raw = m['eml'].encode('utf-8')
        with open(os.path.join(HERE, n + '-msg.eml'), 'wb') as fh:
            fh.write(raw)
        with open(os.path.join(HERE, n + '-msg.json'), 'w') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        lab = m['label']
        counts[lab['kind']] += 1
        # sanity: arrival order, parseable, labelled candidate IDs really in the text
        d = parsedate_to_datetime(m['date'])
        if prev and d < prev:
            print('WARNING: %s arrives before the previous message' % n)
        prev = d
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = ''
        for pt in msg.walk():
            if pt.get_content_maintype() == 'text':
                try:
                    text += pt.get_content()
                except Exception as e:  # pragma: no cover
                    print('WARNING: %s undecodable part: %s' % (n, e))
        for c in lab['candidate_ids']:
            if c not in text:
                print('WARNING: %s candidate %s not found in text' % (n, c))
        subj = str(msg['subject'])
        what = m['note'].replace('|', '/').replace('\n', ' ')
        rows.append('| %s | %s | %s | %s | %s | %s |' % (
            n, lab['kind'], 'yes' if lab['needs_reply'] else 'no', lab['case'] or '-',
            subj.replace('|', '/')[:70], what))
    with open(os.path.join(HERE, 'README.md'), 'w') as fh:
        fh.write(HEADER)
        fh.write('\n## Messages\n\n| # | kind | reply? | case | subject | what it is / what makes it hard |\n'
                 '|---|---|---|---|---|---|\n')
        fh.write('\n'.join(rows) + '\n')
    print('%d messages' % len(msgs))
    for k, v in sorted(counts.items()):
        print('  %-22s %d' % (k, v))
    print('  needs_reply=true       %d' % sum(m['label']['needs_reply'] for m in msgs))


if __name__ == '__main__':
    main()
