#!/usr/bin/env python3
"""Writes NNN-msg.eml / NNN-msg.json next to this script. Standard library only.

python3 gen.py           write the corpus and print the count per kind
python3 gen.py --table   also print the README table rows
"""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import part1, part2, part3, part4, part5, part6, part7, part8, part9  # noqa: E402,F401


def main():
    for old in glob.glob(os.path.join(HERE, '[0-9][0-9][0-9]-msg.*')):
        os.remove(old)
    counts = collections.Counter()
    replies = 0
    for i, m in enumerate(lib.MSGS, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as f:
            f.write(m['raw'])
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(m['label'], f, ensure_ascii=False)
            f.write('\n')
        counts[m['label']['kind']] += 1
        replies += m['label']['needs_reply']
    for k, v in sorted(counts.items()):
        print('%-22s %d' % (k, v))
    print('%-22s %d' % ('TOTAL', len(lib.MSGS)))
    print('%-22s %d' % ('needs_reply=true', replies))
    if '--table' in sys.argv:
        print()
        print('| # | kind | reply? | case | what it is / what makes it hard |')
        print('|---|---|---|---|---|')
        for i, m in enumerate(lib.MSGS, 1):
            lb = m['label']
            print('| %03d | %s | %s | %s | %s |' % (
                i, lb['kind'], 'yes' if lb['needs_reply'] else 'no',
                lb['case'] or '-', m['note']))


if __name__ == '__main__':
    main()
