#!/usr/bin/env python3
"""Generate the blind-283 mailbox corpus.

Writes NNN-msg.eml / NNN-msg.json next to this script (and README.md), in
mailbox arrival order.  Standard library only.  Run:  python3 gen.py
The messages themselves are defined in gen_parts/*.py (run in this namespace, in name order).
"""
import os

_PARTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gen_parts')
for _name in sorted(os.listdir(_PARTS)):
    if _name.endswith('.py'):
        _path = os.path.join(_PARTS, _name)
        with open(_path, encoding='utf-8') as _fh:
            exec(compile(_fh.read(), _path, 'exec'), globals())

# ===================================================================
# output
# ===================================================================
def render(m):
    eol = m['eol']
    lines = []
    for name, value in m['headers']:
        if '\n' in value:
            lines.append(name + ': ' + value.replace('\n', eol))
        else:
            lines.append(fold(name, value, eol))
    bh, bb = m['body'].render(eol)
    for h in bh:
        lines.append(fold(h.split(': ', 1)[0], h.split(': ', 1)[1], eol))
    head = eol.join(lines).encode('ascii') + eol.encode() + eol.encode()
    return head + bb


README_HEAD = """me: %(mp)s %(mc)s

# blind-283: held-out mail for an AWS Training and Certification case tracker

Owner: Haruka Nishimoto (西本 遥), engineer at Kinoe Systems (an APN partner), leaving on 30 May 2025.
The mailbox merges her Gmail (`%(mp)s`) and company Microsoft 365 (`%(mc)s`) mail, 2021-2025,
including mail she sent. All text was written for this set; `python3 gen.py` rebuilds it identically
(code in `gen.py` + `gen_parts/`, fixed seed).

## Cases

| | case | channel | topic -> outcome |
|---|---|---|---|
| V | `%(V)s` (10) | T&C form, company, 2021 | voucher missing -> ack, info request, reply, resolved, survey |
| B | `%(B)s` (11) | T&C form, personal, 2023 | two accounts on one address -> ack (JA), update, info request (JA), reply, hold, confirmation, reply, resolved, reopened by owner, resolved, survey |
| C | `%(C)s` (11) | Support Center console, 2024 | misspelled name -> ack, info request (console only), e-mail reply + bounce, auto-resolve warning, resolved |
| A | `%(A)s` (15) | T&C form from company address, 2025 | company -> personal merge, APN hold -> ack, hold with question, forward, reply, hold lifted, "write from personal address", reply, #1/#2 confirmation, closing warning, reply, merged, survey, note |
| D | `%(D)s` (15) | T&C form, personal, 2025 | duplicate of A -> ack, closed as duplicate |
| E | `%(E)s` (15) | T&C form, personal, 2025 | voucher lost in merge -> ack, update, check-and-report, closed for silence, reply, resolved |

Not cases here: `%(F)s` (invented by a spoofed mail), `%(U)s` (AWS Educate), `#00481522` (other vendor).
Candidate IDs: `%(c1)s` company, `%(c2)s` personal (kept), `%(c3)s` 2023 duplicate; `AWS05550123` only in phishing.

## Labelling decisions

- needs_reply = support on a real T&C case waits for the owner when the mail arrives: 5 info requests,
  2 confirmations, 3 closing notices, and the Case A hold (#{a_hold}), whose only ask is a question after
  three paragraphs. The Case B hold (#{b_hold}) asks nothing. Console asks (#{c_info}, #{c_close}) count
  although the answer goes through the Support Center.
- Mixed mail is labelled by what the owner must do: #{e_info} reports a re-issue but asks for a check ->
  info_request; #{b_conf} opens with "the pause is over" but asks to confirm -> confirmation_request.
- Closing notice covers "will close" (#{a_close}, #{c_close}) and "has closed, a reply reopens" (#{e_closed}).
  Closed as duplicate (#{d_dup}) is a case_update. Another vendor's inactivity closure is unrelated.
- Conditional invitations (if ..., reply; 〜がございましたら; feel free to get in touch) are never requests.
- CertMetrics questionnaire (#{cert_survey}) is about the program -> certification, not survey. Rating
  footers do not make a resolution a survey.
- AWS Educate form case (#{educate}): another program -> unrelated, case null, no reply.
- Phishing: case null, needs_reply false even when it demands an answer. #{phish_dmarc} uses the real From and
  subject shape; only Authentication-Results (spf=fail, dkim=none, dmarc=fail) and the link betray it.
- case follows the thread: owner forwards/notes, the colleague's auto-reply (#{a_ooo}) and the bounce of the
  owner's e-mail to the console case (#{c_bounce}, number only in returned headers) carry their case.
  Badge and certification mail carry none. A message belongs to one case even when it names another
  (#{d_dup}, #{e_ack}, #{a_note}).
- candidate_ids: own text only, first-appearance order, each once (text and HTML alternatives count once).
  Form text echoed in an acknowledgement is own text; quoted or forwarded mail is not (#{b_reply2},
  #{a_fwd}, #{a_close}, #{b_resolved2} list none). Phishing IDs are listed. Account IDs (12 digits), Pearson
  VUE numbers (9), codes (6), validation numbers and badge UUIDs are never candidate IDs.
- Owner mail is user_reply anywhere: replies, a forward asking a colleague for help, an e-mail to a
  no-reply address, a note to self.

## Messages

Case column uses the letters above.

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""


LETTER = {CASE_V: 'V', CASE_B: 'B', CASE_C: 'C', CASE_A: 'A', CASE_D: 'D', CASE_E: 'E'}


def main():
    # arrival order must be chronological
    times = []
    for m in MSGS:
        d = dict(m['headers'])['Date']
        times.append(dt.datetime.strptime(d, '%a, %d %b %Y %H:%M:%S %z'))
    for i in range(1, len(times)):
        assert times[i] >= times[i - 1], ('out of order', MSGS[i - 1]['key'], MSGS[i]['key'])
    for f in os.listdir(HERE):
        if re.match(r'\d{3}-msg\.(eml|json)$', f):
            os.remove(os.path.join(HERE, f))
    rows = []
    counts = Counter()
    for n, m in enumerate(MSGS, 1):
        raw = render(m)
        assert len(raw) < 15000, (m['key'], len(raw))
        base = '%03d-msg' % n
        with open(os.path.join(HERE, base + '.eml'), 'wb') as fh:
            fh.write(raw)
        label = OrderedDict([('kind', m['kind']), ('needs_reply', m['reply']),
                             ('case', m['case']), ('candidate_ids', m['cands'])])
        with open(os.path.join(HERE, base + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
        counts[m['kind']] += 1
        rows.append('| %03d | %s | %s | %s | %s | %s |' % (
            n, m['kind'], 'yes' if m['reply'] else 'no', LETTER.get(m['case'], '-'),
            m['what'], m['note'].replace('|', '/')))
    num = dict((m['key'], '%03d' % i) for i, m in enumerate(MSGS, 1))
    readme = README_HEAD % dict(mp=ME_P, mc=ME_C, V=CASE_V, B=CASE_B, C=CASE_C, A=CASE_A, D=CASE_D,
                                E=CASE_E, F=FAKE, U=EDU, c1=CID_CO, c2=CID_P, c3=CID_DUP)
    readme = re.sub(r'#\{(\w+)\}', lambda mo: num[mo.group(1)], readme)
    readme += '\n'.join(rows) + '\n'
    readme += '\n## Totals\n\n%d messages; needs_reply true: %d.\n\n' % (
        len(MSGS), sum(1 for m in MSGS if m['reply']))
    readme += '| kind | count |\n|---|---|\n' + ''.join('| %s | %d |\n' % kv for kv in sorted(counts.items()))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(readme)
    print('%d messages' % len(MSGS))
    for k, v in sorted(counts.items()):
        print('  %-22s %d' % (k, v))
    print('needs_reply true: %d' % sum(1 for m in MSGS if m['reply']))


if __name__ == '__main__':
    main()
