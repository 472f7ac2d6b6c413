#!/usr/bin/env python3
"""Write the blind corpus (NNN-msg.eml + NNN-msg.json + README.md) next to this script."""
import collections
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_common as C  # noqa: E402

PARTS = ['gen_part%d' % i for i in range(1, 10)]


def main():
    for p in PARTS:
        if os.path.exists(os.path.join(HERE, p + '.py')):
            importlib.import_module(p)
    for f in glob.glob(os.path.join(HERE, '[0-9][0-9][0-9]-msg.*')):
        os.remove(f)
    counts = collections.Counter()
    for i, m in enumerate(C.MSGS, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as fh:
            fh.write(m['raw'])
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        counts[m['label']['kind']] += 1
    if os.path.exists(os.path.join(HERE, 'gen_readme.py')):
        import gen_readme
        gen_readme.write(HERE, C.MSGS)
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print('%-22s %d' % (k, v))
    print('%-22s %d' % ('total', len(C.MSGS)))
    print('needs_reply true       %d' % sum(1 for m in C.MSGS if m['label']['needs_reply']))


if __name__ == '__main__':
    main()
