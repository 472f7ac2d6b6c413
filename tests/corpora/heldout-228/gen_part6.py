# Messages 044-058 (26 March - 3 April 2025)
from gen_part1 import *
from gen_part4 import credly, RES_TXT

# 044 colleague forwards his own T&C case (ISO-2022-JP)
t = d('2025-03-26 18:20:09')
IDS['044'] = '<TYWPR01MB7712%s@TYWPR01MB7712.jpnprd01.prod.outlook.com>' % h(44, n=10).upper()
coll_case = """Hello Kenji,

Thank you for contacting us. We found two certification accounts that match the details in your
request:

Account #1
Login email: k.sato@kansai-cloudworks.co.jp
Training notification email: k.sato@kansai-cloudworks.co.jp
Certification notification email: k.sato@kansai-cloudworks.co.jp
Candidate ID: AWS03356612

Account #2
Login email: kenji.sato.dev@gmail.com
Training notification email: kenji.sato.dev@gmail.com
Certification notification email: kenji.sato.dev@gmail.com
Candidate ID: AWS03980147

Could you confirm that both accounts belong to you, and tell us which one you would like to keep?

Regards,
Lucas
AWS Training and Certification Customer Support"""
SATO_FW = """ミレラさん

お疲れさまです。佐藤です。
僕も認定アカウントを整理しようとしたら、AWSから下のメールが来ました。
どちらを残すか聞かれているんですが、どう返せばいいでしょう?
僕の候補IDは AWS03356612(会社の方)です。

佐藤

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 26, 2025 4:55 PM
To: k.sato@kansai-cloudworks.co.jp
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % COLL + coll_case + '\n'
add(('unrelated', False, None, [CID_COLL]),
    ms_rcvd(t, 'TYWPR01MB7712.jpnprd01.prod.outlook.com', '2603:1096:400:2c1::12', 44) + [
    ('From', addr('佐藤 健二', 'k.sato@kansai-cloudworks.co.jp', 'iso-2022-jp')),
    ('To', addr('Mirela Kovac', ME_C)),
    ('Subject', 'FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % COLL),
    ('Date', fdate(t)),
    ('Message-ID', IDS['044']),
    ('Thread-Topic', 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % COLL),
    ('Content-Language', 'ja-JP'),
    ], leaf('text/plain', SATO_FW, 'iso-2022-jp', '7bit'),
    ("Colleague forwards his own case's confirmation request", 'a genuine T&C [CASE] subject and Account #1/#2 listing, but not the owner\'s case; his candidate ID in his own text'),
    crlf=True)

# 045 owner answers the colleague (ISO-2022-JP, Outlook)
t = d('2025-03-27 12:00:41')
IDS['045'] = '<TYCPR01MB8866%s@TYCPR01MB8866.jpnprd01.prod.outlook.com>' % h(45, n=10).upper()
txt = """佐藤さん

会社のアドレスが Account #1 なので、退職後も使える個人アドレスの Account #2 を残すのが
おすすめです。
「Confirmed. Both accounts are mine. Please keep Account #2 and merge Account #1 into it.」
くらいの返信で十分でした。

うちはAPNパートナーなので、会社アカウント側の紐付けで一度保留になるかもしれません。
念のため佐伯さんをCCに入れておきます。

ミレラ

差出人: 佐藤 健二 <k.sato@kansai-cloudworks.co.jp>
送信日時: 2025年3月26日 18:20
宛先: Mirela Kovac <m.kovac@kansai-cloudworks.co.jp>
件名: FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % COLL + SATO_FW
add(('user_reply', False, None, []), [
    ('From', addr('Mirela Kovac', ME_C)),
    ('To', addr('佐藤 健二', 'k.sato@kansai-cloudworks.co.jp', 'iso-2022-jp')),
    ('Cc', addr('佐伯 亮', 'r.saeki@kansai-cloudworks.co.jp', 'iso-2022-jp')),
    ('Subject', 'RE: FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % COLL),
    ('Date', fdate(t)),
    ('Message-ID', IDS['045']),
    ('In-Reply-To', IDS['044']),
    ('References', IDS['044']),
    ('Thread-Topic', 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % COLL),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
    ('Content-Language', 'ja-JP'),
    ], leaf('text/plain', txt, 'iso-2022-jp', '7bit'),
    ("Owner advises the colleague how to answer his case", 'contains "Confirmed ... merge" as advice; the owner\'s mail but about someone else\'s case'),
    crlf=True)

# 046 out-of-office auto reply from the alliance lead
t = d('2025-03-27 12:00:58')
body = """3月27日(木)〜3月31日(月)は休暇のため不在にしております。
4月1日以降、順次確認いたします。
お急ぎの場合は alliance@kansai-cloudworks.co.jp までご連絡ください。

佐伯 亮
"""
add(('unrelated', False, None, []),
    ms_rcvd(t, 'TYCPR01MB5570.jpnprd01.prod.outlook.com', '2603:1096:400:3a7::5', 46) + [
    ('From', addr('佐伯 亮', 'r.saeki@kansai-cloudworks.co.jp', 'iso-2022-jp')),
    ('To', addr('Mirela Kovac', ME_C)),
    ('Subject', enc('自動応答: RE: FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % COLL, 'iso-2022-jp')),
    ('Date', fdate(t)),
    ('Message-ID', '<TYCPR01MB5570%s@TYCPR01MB5570.jpnprd01.prod.outlook.com>' % h(46, n=10).upper()),
    ('In-Reply-To', IDS['045']),
    ('References', IDS['045']),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ], leaf('text/plain', body, 'iso-2022-jp', '7bit'),
    ('Out-of-office reply carrying a [CASE] token in an encoded subject', 'auto reply from a colleague; encoded-word subject'),
    crlf=True)

# 047 suspicious: Pearson VUE lookalike
t = d('2025-03-28 20:10:33')
txt = """Dear Candidate,

Our system could not verify the identification documents submitted for your upcoming OnVUE
appointment (MLA-C01, March 29, 2025).

To avoid cancellation and forfeiture of your exam fee, re-upload a photo of your passport and pay
the JPY 3,000 re-verification fee before 23:59 today:

https://pearsonvue-checkin.com/onvue/reverify?cid=%s

Pearson VUE Candidate Services
""" % h(47, n=12)
add(('suspicious', False, None, []),
    fm_rcvd(t, 'vps-7731.hostkey-cloud.net', '91.132.147.61', 47) + [
    fm_auth('pearsonvue-checkin.com', 'onvue-support@pearsonvue-checkin.com', dkim='none', dmarc='none', policy='none'),
    ('From', addr('Pearson VUE', 'onvue-support@pearsonvue-checkin.com')),
    ('To', ME_P),
    ('Subject', 'Action required before your exam tomorrow: ID verification failed'),
    ('Date', fdate(t)),
    ('Message-ID', '<%s@vps-7731.hostkey-cloud.net>' % h(47, n=18)),
    ], leaf('text/plain', txt, 'utf-8', '7bit'),
    ('Exam-vendor lookalike asking for ID and a fee', 'knows the exam and date; no DKIM, lookalike domain'))

# 048 Pearson VUE: thank you for testing
t = d('2025-03-29 15:30:20')
txt = """Dear Mirela Kovac,

Thank you for testing with Pearson VUE today.

Exam: MLA-C01: AWS Certified Machine Learning Engineer - Associate
Registration ID: 481736205

Your result will be available in your AWS Certification Account within 5 business days. Pearson VUE
does not provide scores for this exam.

Pearson VUE
"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'mx0a-00211201.pphosted.com', '148.163.152.19', 48) + [
    fm_auth('pearson.com', 'PearsonVUEConfirmation@pearson.com', selector='pps1'),
    ('From', addr('Pearson VUE', 'PearsonVUEConfirmation@pearson.com')),
    ('To', ME_P),
    ('Subject', 'Thank you for testing with Pearson VUE'),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', '<%s.JavaMail.vue@pearsonvue.com>' % h(48, n=14)),
    ], leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    ('Pearson VUE after the exam', 'exam vendor, 9-digit registration ID'))

# 049 certification: passed MLA
t = d('2025-03-31 01:00:12', UTC)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#232f3e">Congratulations, you are AWS Certified!</h2>
<p>Hello Mirela,</p>
<p>You passed the <b>AWS Certified Machine Learning Engineer &ndash; Associate</b> exam (MLA-C01) with a scaled score of 812.</p>
<p>Your certificate is ready to download from your AWS Certification account, and your Credly badge is on its way.
A 50% discount for your next exam has been added to your benefits.</p>
<p><a href="https://www.aws.training/Certification">View your certification</a></p>
<p>AWS Certification</p></body></html>"""
add(('certification', False, None, []),
    fm_rcvd(t, 'o1.ptr4321.certmetrics.com', '167.89.12.77', 49) + [
    fm_auth('certmetrics.com', 'bounces+1887@em.certmetrics.com'),
    ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')),
    ('To', ME_P),
    ('Subject', 'Congratulations! You are now AWS Certified'),
    ('Date', fdate(t)),
    ('Message-ID', '<%s.%s@certmetrics.com>' % (h(49, n=12), int(t.timestamp()))),
    ], leaf('text/html', html, 'utf-8', 'base64'),
    ('Exam passed (MLA-C01)', 'program mail; mentions benefits like case C later'))

# 050 Credly MLA badge
t = d('2025-03-31 10:20:44')
txt, html, uid = credly(50, t, 'AWS Certified Machine Learning Engineer - Associate', 'March 31, 2025')
add(('badge', False, None, []),
    fm_rcvd(t, 'o7.email.credly.com', '149.72.154.50', 50) + [
    fm_auth('credly.com', 'bounces+20148@email.credly.com', selector='s1'),
    ('From', addr('Credly', 'admin@credly.com')),
    ('To', ME_P),
    ('Subject', 'Mirela, you earned a badge from Amazon Web Services Training and Certification'),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', '<%s@geopod-ismtpd-12.credly.com>' % h(50, 'mid', n=22)),
    ], multipart('alternative', [leaf('text/plain', txt, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')], 50),
    ('Credly badge for the new certification', 'plain badge mail'))

# 051 new employer asks for certification details
t = d('2025-04-01 09:00:37')
txt = """Mirela-san,

Welcome to Tessellate Systems! I hope your first day is going smoothly.

For our AWS Partner registration, could you send me the following by next Friday?
- the email address your AWS Certification account uses
- the validation number of each active certification (or your Credly profile link)

You will also receive an invitation to join our organization in AWS Partner Central.

Best,
Naomi Fujii
Partner Programs, Tessellate Systems GK
"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'mail-sor-f41.google.com', '209.85.220.41', 51) + [
    fm_auth('tessellate-sys.jp', 'n.fujii@tessellate-sys.jp', selector='google'),
    ('From', addr('Naomi Fujii', 'n.fujii@tessellate-sys.jp')),
    ('To', ME_P),
    ('Subject', 'Onboarding: AWS certification details for Partner registration'),
    ('Date', fdate(t)),
    ('Message-ID', '<CAK%s@mail.gmail.com>' % h(51, n=30)),
    ], multipart('alternative', [leaf('text/plain', txt, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', '<div dir="ltr">' + txt.replace('\n', '<br>') + '</div>', 'UTF-8', 'quoted-printable')], 51),
    ('New employer asks for certification details', 'a real request about certifications, but from HR, not support'))
