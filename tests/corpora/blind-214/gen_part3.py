# gen_part3.py - 2024: certification notices, case G (APN sharing), surrounding mail
from gen_part1 import *  # noqa: F401,F403
from gen_part1 import R

WORK_TO = addr('Onodera Daisuke', ME_WORK)
GMAIL_TO = ME_GMAIL

d = T('2024-03-05 16:12:40')
add(d, addr('Microsoft Learn', 'learn@microsoft.com'), GMAIL_TO,
    'Your Microsoft Certification is ready for renewal',
    alt(part("""Hi Daisuke,

Your Microsoft Certified: Azure Administrator Associate certification can
now be renewed. Renewal is free and is done online through a short
assessment on Microsoft Learn.

Renew before: September 4, 2024

If you don't renew before that date, the certification will expire and
you'll need to pass the exam again.

Microsoft Learn
One Microsoft Way, Redmond, WA 98052
""", charset='us-ascii', cte='7bit'),
        part(html_of("""Hi Daisuke,

Your Microsoft Certified: Azure Administrator Associate certification can now be renewed. Renewal is free and is done online through a short assessment on Microsoft Learn.

Renew before: September 4, 2024

Microsoft Learn"""), 'html')),
    L('unrelated', False),
    'Another vendor\'s certification renewal notice (Microsoft), not AWS.',
    top=gmail_in(d, 'mail-eastus2azon11020104.outbound.protection.outlook.com', '52.101.%d.%d' % (R.randint(1, 200), R.randint(1, 200)), 'learn@microsoft.com', 'microsoft.com', p='REJECT'),
    msgid='<%s@%s.prod.outlook.com>' % (alnum(30), 'SN6PR2101MB%d' % R.randint(1000, 9999)))

d = T('2024-03-13 08:00:12')
add(d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), WORK_TO,
    'Reminder: your AWS Certification expires in 90 days',
    part("""<html><body style="font-family:Arial;font-size:14px">
<p>Hello Daisuke,</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification
(candidate ID AWS02418867) expires on <b>June 11, 2024</b>.</p>
<p>To keep it active, pass the current version of the exam, or a
higher-level exam that recertifies it, before that date. Your 50% exam
discount benefit can be used for the recertification exam.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Certification</th><th align="left">Expires</th></tr>
<tr><td>AWS Certified Solutions Architect &ndash; Associate</td><td>2024-06-11</td></tr>
<tr><td>AWS Certified Developer &ndash; Associate</td><td>2025-11-30</td></tr>
</table>
<p>AWS Training and Certification</p>
</body></html>
""", 'html', charset='utf-8', cte='quoted-printable'),
    L('certification', False, None, [CID_WORK]),
    'HTML-only expiry reminder from CertMetrics with a table; program mail.',
    top=o365_in(d, '52.%d.%d.%d' % (R.randint(1, 99), R.randint(1, 250), R.randint(1, 250)), 'certmetrics.com', 'certmetrics.com'),
    msgid='<%s@certmetrics.com>' % hexs(24))

d = T('2024-05-20 11:31:09')
add(d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), WORK_TO,
    'Congratulations on recertifying your AWS Certification!',
    part("""Hello Daisuke,

Well done! You have recertified AWS Certified Solutions Architect -
Associate. Your certification is now valid through May 18, 2027.

Candidate ID: AWS02418867

Your updated certificate is available in your AWS Certification account,
and Credly will update your digital badge shortly.

AWS Training and Certification
""", charset='us-ascii', cte='7bit'),
    L('certification', False, None, [CID_WORK]),
    'Recertification congratulations from CertMetrics.',
    top=o365_in(d, '52.%d.%d.%d' % (R.randint(1, 99), R.randint(1, 250), R.randint(1, 250)), 'certmetrics.com', 'certmetrics.com'),
    msgid='<%s@certmetrics.com>' % hexs(24))

d = T('2024-09-09 05:02:55')
g1 = ses_msgid(d)
g1_text = """Dear Customer,

Thank you for contacting AWS Training and Certification.

Your case has been created:

Case ID: 13918826407
Subject: account-assistance
Severity: General question

We typically respond within 24 hours. If you have already opened a case
for this request, please don't open another one; duplicate cases can delay
our response.

Sincerely,
AWS Training and Certification Customer Service
"""
add(d, aws_from(), WORK_TO, tc_subject(CASE_G, sep='RE: '),
    alt(part(g1_text, charset='us-ascii', cte='7bit'), part(html_of(g1_text), 'html')),
    L('acknowledgement', False, CASE_G),
    'Acknowledgement in a different template ("Dear Customer", severity line); "please don\'t open another one" is not a request.',
    top=ses_in(d, to=ME_WORK), msgid=g1)

g2_text = """Hello Daisuke,

I have enabled sharing between your certification account AWS02418867 and
the Partner Central profile of Kirinoha Technologies Co., Ltd. The change
is complete on our side.

Partner Central refreshes certification counts in a nightly batch, so your
certifications may take up to 7 days to appear in the partner's totals. No
one at your company needs to take any action; it updates by itself.

I am resolving this case now. If the certifications still don't show after
7 days, reply to this email with a screenshot and we will look into it.

Best,
Keiko M.
AWS Training and Certification
"""
d = T('2024-09-10 02:26:31')
add(d, aws_from(), WORK_TO, tc_subject(CASE_G, sep='RE: '),
    alt(part(g2_text, charset='us-ascii', cte='quoted-printable'), part(html_of(g2_text), 'html')),
    L('resolved', False, CASE_G, [CID_WORK]),
    '"Complete on our side", but the partner totals need up to 7 days to propagate; case resolved; conditional "if ... still don\'t show, reply".',
    top=ses_in(d, to=ME_WORK), msgid=ses_msgid(d), irt=g1, refs=g1)

u7_body = """小野寺さん

お疲れさまです。真鍋です。

先ほどパートナーセントラルを確認したところ、小野寺さんの認定
(SAA / DVA)が当社の認定者数に反映されていました。
手続きしていただきありがとうございました。これで今期の Advanced Tier
の要件を満たせそうです。

以上、取り急ぎご報告まで。

真鍋

-----Original Message-----
From: 小野寺 大輔 <d-onodera@kirinoha-tech.co.jp>
Sent: Tuesday, September 10, 2024 11:40 AM
To: 真鍋 里美 <s-manabe@kirinoha-tech.co.jp>
Subject: 認定資格のパートナーセントラル反映について

真鍋さん

AWS のサポートで共有設定が完了したとのことです。
パートナーセントラルへの反映には最大 7 日ほどかかるそうなので、
来週あたりに確認していただけますか。

小野寺
"""
d = T('2024-09-19 17:48:20', 9)
add(d, addr('真鍋 里美', 's-manabe@kirinoha-tech.co.jp', 'iso-2022-jp'), WORK_TO,
    'RE: 認定資格のパートナーセントラル反映について',
    part(u7_body, charset='iso-2022-jp', cte='7bit'),
    L('unrelated', False),
    'Colleague (alliance lead) confirms the partner totals updated; about the case outcome but not from support; ISO-2022-JP; quotes the owner\'s request to her.',
    msgid=outlook_msgid(), irt=outlook_msgid(), subj_cs='iso-2022-jp',
    extra=[('Thread-Topic', hdr('認定資格のパートナーセントラル反映について', 'iso-2022-jp')), ('Content-Language', 'ja-JP')])

d = T('2025-06-05 09:14:27')
add(d, addr('AWS Skill Builder', 'no-reply@aws.training'), GMAIL_TO,
    'Your AWS Skill Builder receipt',
    alt(part("""Thank you for your purchase.

Order number: SB-2025-06-0047713
Subscription: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Billing date: June 5, 2025
Next renewal: July 5, 2025

You can manage or cancel your subscription at any time from the
Subscriptions page of your AWS Skill Builder account.

AWS Training and Certification
""", charset='us-ascii', cte='7bit'),
        part(html_of("""Thank you for your purchase.

Order number: SB-2025-06-0047713
Subscription: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Billing date: June 5, 2025
Next renewal: July 5, 2025

AWS Training and Certification"""), 'html')),
    L('unrelated', False),
    'Skill Builder subscription receipt from the training platform.',
    top=ses_in(d, from_dom='aws.training'), msgid=ses_msgid(d))
