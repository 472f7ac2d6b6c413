import os, sys, json, re, email, codecs
from email import policy
HERE = os.path.dirname(os.path.abspath(__file__))
ok = True
files = sorted(f for f in os.listdir(HERE) if f.endswith('-msg.eml'))
for f in files:
    p = os.path.join(HERE, f)
    raw = open(p, 'rb').read()
    m = email.message_from_bytes(raw, policy=policy.default)
    probs = []
    for k in ('Message-ID', 'Date', 'From', 'To', 'Subject', 'MIME-Version'):
        if m[k] is None: probs.append('missing ' + k)
    str(m['Subject']); str(m['From'])
    if m.defects: probs.append('defects %r' % m.defects)
    text = str(m['Subject']) + '\n'
    for part in m.walk():
        if part.is_multipart(): continue
        if part.defects: probs.append('part defects %r' % part.defects)
        cs = part.get_content_charset() or 'us-ascii'
        data = part.get_payload(decode=True)
        try:
            text += data.decode(codecs.lookup(cs).name, 'strict') + '\n'
        except Exception as e:
            probs.append('decode %s: %s' % (cs, e))
    j = json.load(open(p[:-4] + '.json'))
    if set(j) != {'kind', 'needs_reply', 'case', 'candidate_ids'}: probs.append('json keys')
    if j['case'] is not None and j['case'] not in text: probs.append('case not in text')
    for c in j['candidate_ids']:
        if c not in text: probs.append('cid %s not in text' % c)
    allc = re.findall(r'AWS\d{8}\b', text)
    if probs:
        ok = False
        print(f, probs)
print('checked', len(files), 'OK' if ok else 'PROBLEMS')
