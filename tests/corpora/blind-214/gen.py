#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, and README.md."""
import os
import sys
sys.dont_write_bytecode = True
import json
import importlib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_part1 as P  # noqa: E402

PARTS = ['gen_part2', 'gen_part3', 'gen_part4', 'gen_part5', 'gen_part6', 'gen_part7']
for name in PARTS:
    if os.path.exists(os.path.join(HERE, name + '.py')):
        importlib.import_module(name)


def main():
    for f in os.listdir(HERE):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(HERE, f))
    msgs = sorted(P.MESSAGES, key=lambda m: m['date'])
    rows = []
    for i, m in enumerate(msgs, 1):
        stem = os.path.join(HERE, '%03d-msg' % i)
        with open(stem + '.eml', 'wb') as fh:
            fh.write(P.build(m))
        with open(stem + '.json', 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        rows.append((i, m))
    cnt = Counter(m['label']['kind'] for m in msgs)
    for k, v in sorted(cnt.items()):
        print('%-22s %d' % (k, v))
    print('%-22s %d' % ('TOTAL', len(msgs)))
    print('needs_reply=true       %d' % sum(1 for m in msgs if m['label']['needs_reply']))
    try:
        import gen_readme
        gen_readme.write(HERE, rows, cnt)
    except ImportError:
        pass


if __name__ == '__main__':
    main()
