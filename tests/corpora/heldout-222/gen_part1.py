# Messages 001-020
from gen_common import *  # noqa
import gen_common as C

# 001 ---------------------------------------------------------------- billing
d = when('2025-02-24 08:02:17', UTC)
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account
ending in 4455, is available on the AWS web site. Your account will be
charged the following:

Total: $14.62

You can see a complete break down of all charges on the Billing & Cost
Management page located here:
https://console.aws.amazon.com/billing/home#/bills?year=2025&month=2

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210
"""
h = t.replace('&', '&amp;').replace('\n\n', '</p><p>').replace('\n', ' ')
add(d, 'Amazon Web Services <%s>' % NOREPLY, ME_P,
    'Amazon Web Services Billing Statement Available [Account: 330918274455]',
    multi('alternative', [leaf(t, cte='7bit', quote_cs=False, label='UTF-8'),
                          leaf('<html><body><p>%s</p></body></html>' % h, 'html', cte='quoted-printable')]),
    ('unrelated', False, None, []),
    'AWS billing statement for the personal AWS account',
    'same no-reply-aws@amazon.com sender as console support cases; 12-digit account number in subject',
    msgid=ses_msgid(d), trace=aws_trace(d, ME_P))

# 002 ---------------------------------------------------------------- expiry notice
d = when('2025-02-24 12:30:05', MDT)
t = """Hello Lukasz,

Your AWS Certified Solutions Architect - Professional certification
(validation number 5QW2HX81LBE1QT9M) will expire on April 26, 2025.

To keep it active, pass the current version of the exam before that date.
Recertifying at the Professional level also renews the Associate-level
certifications it covers.

Candidate ID: AWS02318745

Schedule an exam from your AWS Certification Account:
https://www.aws.training/certification

If you have already recertified, you can ignore this message.

AWS Certification
This message was sent from an unmonitored mailbox.
"""
html = ('<html><body style="font-family:Arial"><h2>Your certification expires soon</h2>'
        '<p>Hello Lukasz,</p><p>Your <b>AWS Certified Solutions Architect - Professional</b> certification '
        '(validation number 5QW2HX81LBE1QT9M) will expire on <b>April 26, 2025</b>.</p>'
        '<p>To keep it active, pass the current version of the exam before that date. Recertifying at the '
        'Professional level also renews the Associate-level certifications it covers.</p>'
        '<table><tr><td>Candidate ID</td><td>AWS02318745</td></tr></table>'
        '<p><a href="https://www.aws.training/certification">Schedule an exam</a></p>'
        '<p style="color:#777">If you have already recertified, you can ignore this message.<br>'
        'This message was sent from an unmonitored mailbox.</p></body></html>')
add(d, 'AWS Certification <do-not-reply@certmetrics.com>', ME_C,
    'Your AWS Certified Solutions Architect - Professional certification expires in 60 days',
    multi('alternative', [leaf(t, cte='base64'), leaf(html, 'html', cte='base64')]),
    ('certification', False, None, [OLD]),
    'CertMetrics expiry reminder to the company address',
    'certification program mail, not a case; candidate ID in a plain line and in an HTML table',
    msgid='<%s@certmetrics.com>' % rhex(24),
    trace=[('Return-Path', '<bounces+2931@em.certmetrics.com>')] +
    trace_google(d, 'certmetrics.com', 'bounces+2931@em.certmetrics.com', '167.89.%d.%d' % (20, 77),
                 'o7.em.certmetrics.com', sel='s1'),
    crlf=True)

# 003 ---------------------------------------------------------------- farewell party (ISO-2022-JP)
d = when('2025-02-25 09:15:40')
t = """ヴィエジビツキさん

お疲れさまです。古賀です。

3月末でのご退職に向けて、チームで送別会を開きたいと考えています。
以下の候補日のうち、ご都合のよい日を教えてください。

  ・3月21日(金) 19:00〜
  ・3月26日(水) 19:00〜
  ・3月28日(金) 18:30〜

場所は天神の「博多炉端 かんや」を予定しています。
苦手な食べ物などあれば、あわせて知らせてください。

古賀
"""
add(d, addr('古賀 健太', 'k.koga@hakata-cloudworks.co.jp', 'iso-2022-jp', label='ISO-2022-JP'), ME_C,
    ew('送別会の日程について', 'iso-2022-jp', label='ISO-2022-JP'),
    leaf(t, charset='iso-2022-jp', cte='7bit', label='ISO-2022-JP'),
    ('unrelated', False, None, []),
    'Manager asks for farewell-party dates (Japanese, ISO-2022-JP)',
    'a colleague question that wants an answer, but not support',
    msgid=gmail_msgid(),
    trace=trace_google(d, 'hakata-cloudworks.co.jp', 'k.koga@hakata-cloudworks.co.jp', '209.85.220.41',
                       'mail-sor-f41.google.com', sel='google'))

# 004 ---------------------------------------------------------------- GitHub merged
d = when('2025-02-25 17:40:12', UTC)
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hakata-cloudworks/infra-modules/pull/412#event-16480229175
You are receiving this because you authored the thread.

Message ID: <hakata-cloudworks/infra-modules/pull/412/issue_event/16480229175@github.com>
"""
html = ('<p>Merged <a href="https://github.com/hakata-cloudworks/infra-modules/pull/412">#412</a> into main.</p>'
        '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
        '<a href="https://github.com/hakata-cloudworks/infra-modules/pull/412#event-16480229175">view it on GitHub</a>.'
        '<br>You are receiving this because you authored the thread.</p>')
add(d, 'Sayaka Nakamura <notifications@github.com>', 'hakata-cloudworks/infra-modules <infra-modules@noreply.github.com>',
    'Re: [hakata-cloudworks/infra-modules] Bump hashicorp/aws provider to 5.89 (PR #412)',
    multi('alternative', [leaf(t, cte='7bit', quote_cs=False), leaf(html, 'html', cte='7bit', quote_cs=False)],
          boundary='--==_mimepart_67bdff1c6a8f3_1d4e2710c842'),
    ('unrelated', False, None, []),
    'GitHub: colleague merged the owner\'s pull request',
    '"Merged" in a non-AWS context',
    cc='Lukasz Wierzbicki <l.wierzbicki@hakata-cloudworks.co.jp>, Author <author@noreply.github.com>',
    msgid='<hakata-cloudworks/infra-modules/pull/412/issue_event/16480229175@github.com>',
    irt='<hakata-cloudworks/infra-modules/pull/412@github.com>',
    refs=['<hakata-cloudworks/infra-modules/pull/412@github.com>'],
    extra=[('List-ID', 'hakata-cloudworks/infra-modules <infra-modules.hakata-cloudworks.github.com>'),
           ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'snakamura-hcw')],
    trace=trace_google(d, 'github.com', 'noreply@github.com', '192.30.252.205', 'out-22.smtp.github.com',
                       sel='pf2023'))

# 005 ---------------------------------------------------------------- Builder ID code
d = when('2025-02-26 21:03:55', UTC)
html = """<!DOCTYPE html><html><body style="font-family:Amazon Ember,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h1 style="font-size:20px">Verify your AWS Builder ID email address</h1>
<p>Hello,</p>
<p>To finish creating your AWS Builder ID, enter the following verification code on the sign-in page:</p>
<p style="font-size:32px;letter-spacing:6px"><b>417093</b></p>
<p>This code expires in 30 minutes.</p>
<p>If you did not try to create an AWS Builder ID, you can safely ignore this email.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>
</td></tr></table></body></html>
"""
add(d, 'AWS <no-reply@signin.aws>', ME_P, 'Verify your AWS Builder ID email address',
    leaf(html, 'html', cte='quoted-printable'),
    ('unrelated', False, None, []),
    'Builder ID one-time verification code',
    'HTML-only AWS mail with a 6-digit number and an instruction to enter it',
    msgid=ses_msgid(d), trace=aws_trace(d, ME_P, from_dom='signin.aws'))

# 006 ---------------------------------------------------------------- certmetrics welcome
d = when('2025-02-26 21:09:31', MDT)
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Lukasz Wierzbicki,</p>
<p>Welcome! Your AWS Certification Account has been created.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td><b>Candidate ID</b></td><td>AWS09912064</td></tr>
<tr><td><b>Email</b></td><td>lukasz.wierzbicki@outlook.jp</td></tr>
</table>
<p>Use this account to schedule exams, download certificates, view your digital badges and use
your certification benefits.</p>
<p>Already certified under a different email address? Each person should have only one AWS
Certification Account. You can ask AWS Training and Certification Customer Service to combine them.</p>
<p>Good luck on your certification journey!<br>AWS Certification</p>
</body></html>
"""
add(d, 'AWS Certification <do-not-reply@certmetrics.com>', ME_P, 'Welcome to your AWS Certification Account',
    leaf(html, 'html', cte='base64'),
    ('certification', False, None, [NEW]),
    'Certification account created for the personal address',
    'mentions combining accounts and customer service, but it is program mail, not a case',
    msgid='<%s@certmetrics.com>' % rhex(24),
    trace=[('Return-Path', '<bounces+2931@em.certmetrics.com>')] +
    trace_ms(d, 'certmetrics.com', 'em.certmetrics.com', '167.89.20.78', 'o7.em.certmetrics.com'))

# 007 ---------------------------------------------------------------- note to self
d = when('2025-02-27 07:30:44')
t = """TODO before 3/31 (last day at HCW)

- old cert account (company mail): AWS02318745
   SAP (exp 2025-04-26 !!), DVA, SCS
   benefit: 50% voucher from SAP 2022 -> keep for later
   certificates downloaded -> ~/Documents/certs/
- new cert account (outlook.jp): AWS09912064, created 2/26 with Builder ID
- form: https://support.aws.amazon.com/#/contacts/aws-training
   Certification / Account Merge, list BOTH addresses
- ask Nakamura-san about Partner Central (HCW is an APN partner)
- CLF from 2019 with the university mail?? probably lost, check later

Pearson VUE: book SAP recert now on the old ID, do not wait for the merge.
"""
add(d, addr(ME_NAME, ME_P), ME_P, ew_tail('memo: 認定アカウント移行'),
    leaf(t, cte='8bit', flowed=True, quote_cs=False, label='UTF-8'),
    ('user_reply', False, None, [OLD, NEW]),
    'Owner\'s note-to-self before starting the merge',
    'written by the owner to himself; lists both candidate IDs; no case yet',
    msgid=tb_msgid('outlook.jp'),
    extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-GB')])

# 008 ---------------------------------------------------------------- newsletter
d = when('2025-02-27 10:00:00', UTC)
t = """CLOUD LEDGER WEEKLY #211

1. Changing jobs? Take your AWS certifications with you
   A reader's checklist for merging a company certification account into a
   personal one: note your candidate ID, file the Account Merge form, answer
   support's confirmation mail, then check your badges.

2. One request, one case
   Why opening a second support case for the same problem usually slows
   things down.

3. Cost corner: the NAT Gateway line you did not expect

Got a story for us? Just reply to this email - we read everything.

You are receiving this because you subscribed at cloudledger.news.
Unsubscribe: https://cloudledger.news/u/8f3a1c
"""
html = '<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</body></html>'
add(d, 'Cloud Ledger Weekly <hello@cloudledger.news>', ME_P, 'Cloud Ledger Weekly #211: take your certs with you',
    multi('alternative', [leaf(t), leaf(html, 'html')]),
    ('unrelated', False, None, []),
    'Newsletter with an article about merging certification accounts',
    'domain vocabulary (merge, candidate ID, confirmation) and "reply to this email" in a newsletter',
    msgid='<%s@mail.cloudledger.news>' % rhex(20),
    extra=[('List-Unsubscribe', '<https://cloudledger.news/u/8f3a1c>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
    trace=trace_ms(d, 'cloudledger.news', 'mail.cloudledger.news', '198.2.180.14', 'mail180-14.suw21.mandrillapp.com'))

# 009 ---------------------------------------------------------------- sister (Polish)
d = when('2025-02-28 20:11:09', CET)
t = """Cześć Łukasz!

Kupiliśmy bilety – przylatujemy 2 kwietnia, LOT przez Tokio, lądowanie
w Fukuoce o 15:40. Dasz radę odebrać nas z lotniska? Jeśli nie, weźmiemy
metro, to żaden problem.

Mama pyta, czy w Japonii potrzebny jest adapter do gniazdek :)

Buziaki,
Marta
"""
add(d, addr('Marta Wierzbicka', 'marta.wierzbicka@wp.pl', enc='Q', label='UTF-8'), ME_P,
    ew('Przylot do Fukuoki – pytanie', enc='Q', label='UTF-8'),
    leaf(t, cte='quoted-printable', label='UTF-8'),
    ('unrelated', False, None, []),
    'Sister asks about airport pickup (Polish)',
    'third language, Q-encoded headers, a personal question',
    msgid='<%s@wp.pl>' % rhex(16),
    trace=trace_ms(d, 'wp.pl', 'wp.pl', '212.77.101.%d' % 9, 'mx.wp.pl'))

# 010 ---------------------------------------------------------------- Skill Builder receipt
d = when('2025-03-01 11:20:33', UTC)
t = """Thank you for your purchase.

Order number: SB-2025-0301-77841
Plan: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: March 1, 2025 - March 31, 2025
Payment method: Visa ending in 0342

Manage your subscription: https://skillbuilder.aws/account
Questions about your subscription? Contact AWS Training and Certification:
https://support.aws.amazon.com/#/contacts/aws-training
"""
html = ('<html><body><h2>Thank you for your purchase</h2><table border="0" cellpadding="3">'
        '<tr><td>Order number</td><td>SB-2025-0301-77841</td></tr>'
        '<tr><td>Plan</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>'
        '<tr><td>Amount</td><td>USD 29.00</td></tr>'
        '<tr><td>Billing period</td><td>March 1, 2025 - March 31, 2025</td></tr>'
        '<tr><td>Payment method</td><td>Visa ending in 0342</td></tr></table>'
        '<p><a href="https://skillbuilder.aws/account">Manage your subscription</a></p>'
        '<p>Questions about your subscription? <a href="https://support.aws.amazon.com/#/contacts/aws-training">'
        'Contact AWS Training and Certification</a></p></body></html>')
add(d, 'AWS Skill Builder <no-reply@skillbuilder.aws>', ME_P, 'Your AWS Skill Builder receipt',
    multi('alternative', [leaf(t, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable')]),
    ('unrelated', False, None, []),
    'Skill Builder subscription receipt',
    'AWS Training-branded mail with the T&C contact link, but a receipt',
    msgid=ses_msgid(d), trace=aws_trace(d, ME_P, from_dom='skillbuilder.aws'))
