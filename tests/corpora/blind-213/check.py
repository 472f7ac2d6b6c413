import email, glob, json, os, sys
from email import policy, utils
HERE = os.path.dirname(os.path.abspath(__file__))
prev = None; bad = 0
for f in sorted(glob.glob(os.path.join(HERE, '*-msg.eml'))):
    raw = open(f, 'rb').read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for hname in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if m[hname] is None:
            print(f, 'missing', hname); bad += 1
    d = utils.parsedate_to_datetime(m['Date'])
    if prev and d < prev:
        print(f, 'date goes back', d, prev); bad += 1
    prev = d
    for p in m.walk():
        if p.get_content_maintype() == 'text':
            p.get_content()
    j = json.load(open(f.replace('.eml', '.json')))
    if set(j) != {'kind', 'needs_reply', 'case', 'candidate_ids'}:
        print(f, 'keys', j); bad += 1
print('problems:', bad)
