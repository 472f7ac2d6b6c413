#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md.
Standard library only. Run: python3 gen.py (from any directory)."""
import email
import email.policy
import importlib
import json
import os
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_part0 as P  # noqa: E402

PARTS = ['gen_part1', 'gen_part2', 'gen_part3', 'gen_part4', 'gen_part5', 'gen_part6']


def main():
    for name in PARTS:
        if os.path.exists(os.path.join(HERE, name + '.py')):
            importlib.import_module(name)
    for f in os.listdir(HERE):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(HERE, f))
    counts = Counter()
    rows = []
    for i, m in enumerate(P.MSGS, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as fh:
            fh.write(m['raw'])
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        counts[m['label']['kind']] += 1
        # sanity: parses
        msg = email.message_from_bytes(m['raw'], policy=email.policy.default)
        for part in msg.walk():
            if part.get_content_maintype() == 'text':
                part.get_content()
        rows.append((i, m))
    try:
        import gen_readme
        gen_readme.write(HERE, rows)
    except ImportError:
        pass
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('TOTAL', sum(counts.values())))
    print('needs_reply true: %d' % sum(1 for m in P.MSGS if m['label']['needs_reply']))


if __name__ == '__main__':
    main()
