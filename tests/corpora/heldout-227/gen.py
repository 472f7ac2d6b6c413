#!/usr/bin/env python3
"""Writes the blind corpus (NNN-msg.eml + NNN-msg.json) next to this script.
Standard library only. Run: python3 gen.py"""
import os, sys, json, glob, importlib
sys.dont_write_bytecode = True
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_common as C

PARTS = ['gen_part1', 'gen_part2', 'gen_part3', 'gen_part4', 'gen_part5', 'gen_part6']


def main():
    for p in PARTS:
        if os.path.exists(os.path.join(HERE, p + '.py')):
            importlib.import_module(p)
    for f in glob.glob(os.path.join(HERE, '[0-9][0-9][0-9]-msg.*')):
        os.remove(f)
    for i, (label, eml, note) in enumerate(C.MSGS, 1):
        base = os.path.join(HERE, f'{i:03d}-msg')
        with open(base + '.eml', 'w', encoding='utf-8', newline='') as fh:
            fh.write(eml)
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
    cnt = Counter(l['kind'] for l, _, _ in C.MSGS)
    for k in sorted(cnt):
        print(f'{k:22s} {cnt[k]}')
    print(f'{"total":22s} {len(C.MSGS)}')
    print(f'{"needs_reply=true":22s} {sum(1 for l, _, _ in C.MSGS if l["needs_reply"])}')
    if os.path.exists(os.path.join(HERE, 'readme_head.md')):
        write_readme()


def write_readme():
    with open(os.path.join(HERE, 'readme_head.md'), encoding='utf-8') as fh:
        head = fh.read()
    rows = ['| # | kind | reply? | case | what it is / what makes it hard |', '|---|---|---|---|---|']
    for i, (label, _, note) in enumerate(C.MSGS, 1):
        rows.append(f'| {i:03d} | {label["kind"]} | {"yes" if label["needs_reply"] else "no"} | '
                    f'{label["case"] or "-"} | {note} |')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(head.rstrip('\n') + '\n\n## Messages\n\n' + '\n'.join(rows) + '\n')


if __name__ == '__main__':
    main()
