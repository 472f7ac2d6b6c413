#!/usr/bin/env python3
"""Blind corpus generator: writes NNN-msg.eml and NNN-msg.json next to this script.
Standard library only. Messages are written in mailbox arrival order (by Date)."""
import os, sys, json, glob
sys.dont_write_bytecode = True
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part0
import part1, part2, part3, part4, part5, part6, part7


def main():
    for mod in (part1, part2, part3, part4, part5, part6, part7):
        mod.build()
    msgs = sorted(part0.MSGS, key=lambda m: m['date'].timestamp())
    for old in glob.glob(os.path.join(HERE, '[0-9][0-9][0-9]-msg.*')):
        os.remove(old)
    for i, m in enumerate(msgs, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as f:
            f.write(m['raw'])
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(m['label'], f, ensure_ascii=False)
            f.write('\n')
    c = Counter(m['label']['kind'] for m in msgs)
    for k in sorted(c):
        print('%-22s %d' % (k, c[k]))
    print('%-22s %d' % ('total', len(msgs)))
    print('%-22s %d' % ('needs_reply', sum(m['label']['needs_reply'] for m in msgs)))


if __name__ == '__main__':
    main()
