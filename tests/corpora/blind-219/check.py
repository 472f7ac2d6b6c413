#!/usr/bin/env python3
"""Sanity check: every .eml parses, every .json has the four keys, IDs appear in the text."""
import os, sys, json, re, glob
from email import policy
from email.parser import BytesParser
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for e in sorted(glob.glob(os.path.join(HERE, '*-msg.eml'))):
    n = os.path.basename(e)[:3]
    raw = open(e, 'rb').read()
    m = BytesParser(policy=policy.default).parsebytes(raw)
    lab = json.load(open(e[:-4] + '.json'))
    if set(lab) != {'kind', 'needs_reply', 'case', 'candidate_ids'}:
        print(n, 'bad keys'); bad += 1
    for h in ('Message-ID', 'Date', 'From', 'To', 'Subject', 'MIME-Version'):
        if m[h] is None:
            print(n, 'missing', h); bad += 1
    if m.defects:
        print(n, 'defects', m.defects); bad += 1
    texts = []
    for part in m.walk():
        if part.get_content_maintype() == 'text':
            try:
                texts.append(part.get_content())
            except Exception as ex:
                print(n, 'decode error', ex); bad += 1
        if part.defects:
            print(n, 'part defects', part.defects); bad += 1
    full = str(m['Subject']) + '\n' + '\n'.join(texts)
    for c in lab['candidate_ids']:
        if c not in full:
            print(n, 'cid not in text', c); bad += 1
    if lab['case'] and lab['case'] not in full:
        print(n, 'case not in text', lab['case']); bad += 1
    if '-v' in sys.argv:
        print(n, lab['kind'], lab['needs_reply'], lab['case'], m['Subject'])
print('problems:', bad)
