from lib import *  # noqa: F401,F403
from lib import _h  # noqa: F401
from part2 import SUBJ_A, SUBJ_A2

# 029 A: resolved, quoting the confirmation request (Outlook style) -----------
d = U(3, 7, 9, 12, 40)
new = """Hello Ryo,

Your two certification profiles are now one. Everything from the Kasumi account sits under candidate ID %s, and you sign in with okabe.ryo.ff@gmail.com from now on. The retired profile can no longer be used.

Digital badges may be reissued by Credly over the next day, and partner-side records can take up to a week to catch up.

Naoko, this is the notification you asked for: the merge is complete.

I'm marking this case as resolved.

Regards,
Daniel K.
AWS Training and Certification - Accounts
""" % CID_NEW
t = new + '\n' + ol_orig('AWS Training and Certification', DATES['A8'], 'Ryo Okabe',
                         SUBJ_A, cc='Naoko Fujisawa; Takeshi Iwamura') + '\n' + TXT['A8']
add(('resolved', False, CASE_A, [CID_NEW]), P_TC, [A('Ryo Okabe', ME_P)], SUBJ_A, d,
    mid_ses('A-done'), leaf(t, enc='qp'), cc=[P_NAOKO, P_TAKESHI], irt=MID['A9'],
    refs=[MID['A1'], MID['A8'], MID['A9']], pre=g_in(d, 'amazon.com'), key='A10',
    note='Merge done, sent to all three; the full confirmation request (with "a one-word reply '
         'is all I need") is quoted underneath.')
TXT['A10'] = new
DATES['A10'] = d

# 030 / 031 Credly badges -------------------------------------------------------
for i, (cert, hhmm, enc) in enumerate([('AWS Certified Solutions Architect – Associate', (9, 20, 3), 'qp'),
                                        ('AWS Certified Developer – Associate', (9, 21, 47), 'b64')]):
    d = J(3, 7, *hhmm).astimezone(UTC)
    uid = _h(cert, 8) + '-' + _h(cert + '1', 4) + '-4' + _h(cert + '2', 3) + '-a' + _h(cert + '3', 3) + '-' + _h(cert + '4', 12)
    t = ('Hi Ryo,\n\nAmazon Web Services Training and Certification has issued you a new badge: %s.\n\n'
         'Accept your badge and share it: https://www.credly.com/badges/%s\n\n'
         'The Credly Team\n' % (cert, uid))
    h = ('<div style="text-align:center"><img src="https://images.credly.com/size/340x340/images/%s/'
         'image.png" width="120"><h2>You earned a new badge!</h2><p>Amazon Web Services Training and '
         'Certification has issued you <b>%s</b>.</p><p><a href="https://www.credly.com/badges/%s">'
         'Accept badge</a></p></div>' % (uid, cert, uid))
    body = alt(t, page(h), enc=enc) if i == 0 else leaf(page(h), 'html', enc=enc)
    add(('badge', False, None, []), A('Credly', 'admin@credly.com'), [A('Ryo Okabe', ME_P)],
        'Ryo, you earned a new badge from Amazon Web Services Training and Certification', d,
        mid_other('credly' + cert, 'credly.com'), body,
        pre=g_in(d, 'credly.com', ip='167.89.115.30', host='o2.ptr2917.credly.com',
                 policy='p=REJECT sp=REJECT dis=NONE'),
        note='Credly badge re-issued right after the merge (%s).' % ('multipart' if i == 0 else 'HTML only'))

# 032 D: colleague's confirmation request, owner only copied --------------------
SUBJ_D = 'RE:[CASE %s] %s' % (CASE_D, FORM_SUBJ)
d = U(3, 7, 11, 0, 9)
t = """Hi Mei,

Thanks for the extra detail. We found two certification profiles registered under the same address:

  Profile A - candidate ID %s, sign-in email m-sato@kasumi-tec.co.jp, created 2021-06-14
  Profile B - candidate ID %s, sign-in email m-sato@kasumi-tec.co.jp, created 2024-02-02

Profile A carries your exam history; profile B is empty apart from the Credly link. Which one should survive? Please also confirm that both are yours. We will not merge anything until you reply.

(Ryo, you were copied on Mei's last message, so I've kept you on the thread.)

Best,
Tomás
AWS Training and Certification Customer Service
""" % (CID_MEI1, CID_MEI2)
add(('confirmation_request', False, CASE_D, [CID_MEI1, CID_MEI2]), P_TC, [P_MEI], SUBJ_D, d,
    mid_ses('D-confirm'), alt(t, page(t2h(t)), enc='qp'), cc=[C_RYO],
    irt=mid_other('mei-prev', 'kasumi-tec.co.jp'), pre=m_in(d, 'amazon.com'), key='D1',
    note='Colleague Mei\'s case (10-digit ID): confirmation request To Mei, owner in Cc and even '
         'named -> support waits for Mei, not the owner.')

# 033 Mei replies-all ---------------------------------------------------------------
d = J(3, 7, 11, 45, 30)
t = """Hello Tomás,

Yes, both are mine. Please keep Profile A (%s) and merge B into it.

岡部さん、CCに入れたままですみません、参考までに！

Mei Sato
""" % CID_MEI1
add(('unrelated', False, CASE_D, [CID_MEI1]), P_MEI, [P_TC], SUBJ_D, d, mid_ol('mei-1'),
    leaf(t, enc='qp'), cc=[C_RYO], irt=MID['D1'], pre=m_in(d, 'kasumi-tec.co.jp', internal=True),
    key='D2', note='Colleague\'s reply-all confirming her own merge: looks like a confirmation, '
                   'but it is not the owner\'s.')

# 034 A: survey ----------------------------------------------------------------------
d = U(3, 7, 14, 0, 0)
t = """Hello Ryo Okabe,

Your recent case with AWS Training and Certification (case %s) has been resolved. Would you take two minutes to tell us how it went?

How satisfied were you with the support you received?
https://survey.aws-training.amazon.com/s/tc?case=%s

Your answers are anonymous and help us improve. This survey link expires in 14 days.

AWS Training and Certification
""" % (CASE_A, CASE_A)
add(('survey', False, CASE_A, []), A('AWS Training and Certification', 'aws-tc-feedback@amazon.com'),
    [ME_P], 'How did we do? Your AWS Training and Certification support case', d,
    mid_ses('A-survey'), leaf(t, enc='7bit', cs='us-ascii'), pre=g_in(d, 'amazon.com'),
    note='Satisfaction survey for case A.')

# 035 Naoko reply-all after the resolution, asks Ryo to check ----------------------
d = J(3, 7, 16, 20, 5)
t = """Daniel, thanks for letting us know.

岡部さん、新しいアカウントで試験履歴と特典が全部移っているか確認して、足りないものがあれば教えてください。

藤沢

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, March 7, 2025 9:12 AM
Subject: %s

%s""" % (TC, SUBJ_A, TXT['A10'])
add(('unrelated', False, CASE_A, []), P_NAOKO, [P_TC], SUBJ_A2, d, mid_ol('naoko-4'),
    leaf(t, enc='b64'), cc=[A('Ryo Okabe', ME_P), P_TAKESHI], irt=MID['A10'],
    pre=g_in(d, 'kasumi-tec.co.jp', ip='40.107.74.55',
             host='mail-tycjpn01on2055.outbound.protection.outlook.com', policy='p=NONE sp=NONE dis=NONE'),
    note='After resolution the admin replies-all asking the owner to check his history: a '
         'colleague\'s ask on a closed case.')

# 036 Ryo forwards the resolution to his next manager ------------------------------
d = J(3, 8, 10, 30, 51)
new = """Kurata-san,

For your records: my AWS certifications now live on my personal account (candidate ID %s), so Hoshizora can link them to its partner profile after I join on April 1.

Best regards,
Ryo Okabe
""" % CID_NEW
t = new + """
---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Fri, Mar 7, 2025 at 9:12 AM
Subject: %s
To: Ryo Okabe <%s>
Cc: Naoko Fujisawa <%s>, 岩村 武 <%s>

%s""" % (TC, SUBJ_A, ME_P, NAOKO, TAKESHI, TXT['A10'])
add(('user_reply', False, CASE_A, [CID_NEW]), P_RYO, [A('Shota Kurata', NEWMGR)],
    'Fwd: ' + SUBJ_A, d, mid_gm('ryo-fw-kurata'), leaf(t, enc='qp'), irt=MID['A10'],
    note='Owner forwards the resolution to his future manager; own text repeats the new ID.')
