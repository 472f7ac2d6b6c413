import email, json, glob, os
from email import policy
here=os.path.dirname(os.path.abspath(__file__))
bad=0
for f in sorted(glob.glob(os.path.join(here,'*-msg.eml'))):
    m=email.message_from_bytes(open(f,'rb').read(),policy=policy.default)
    assert m['Message-ID'] and m['Date'] and m['From'] and m['Subject'] is not None, f
    b=m.get_body(('plain','html'))
    c=b.get_content()
    assert len(c)>20, f
    if m.defects: print(f, m.defects); bad+=1
    j=json.load(open(f.replace('.eml','.json')))
    assert set(j)=={'kind','needs_reply','case','candidate_ids'}, f
print('ok', bad)
