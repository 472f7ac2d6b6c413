#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, and README.md."""
import os, sys, json, glob, collections, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_part1 as P
for name in ('gen_part2', 'gen_part3', 'gen_part4', 'gen_part5', 'gen_part6', 'gen_part7', 'gen_part8', 'gen_part9'):
    if os.path.exists(os.path.join(HERE, name + '.py')):
        importlib.import_module(name)


def main():
    for f in glob.glob(os.path.join(HERE, '[0-9][0-9][0-9]-msg.*')):
        os.remove(f)
    counts = collections.Counter()
    for i, m in enumerate(P.MESSAGES, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as fh:
            fh.write(m['raw'])
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        counts[m['label']['kind']] += 1
    if os.path.exists(os.path.join(HERE, 'readme_part.py')):
        import readme_part
        readme_part.write(HERE, P.MESSAGES)
    for k, v in sorted(counts.items()):
        print('%-22s %d' % (k, v))
    print('%-22s %d' % ('total', sum(counts.values())))
    print('needs_reply true       %d' % sum(m['label']['needs_reply'] for m in P.MESSAGES))


if __name__ == '__main__':
    main()
