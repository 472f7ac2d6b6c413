# Messages 041-050
from gen_common import *  # noqa
import gen_common as C
import html as _html

SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CA
SUBJ_C = 'RE:[CASE %s] Exam discount benefit missing after certification account merge' % CC
CONSOLE = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CC


def p_html(text):
    return ''.join('<p>%s</p>' % _html.escape(p).replace('\n', '<br>') for p in text.strip().split('\n\n'))


# 041 ---------------------------------------------------------------- C: console case opened
d = when('2025-03-24 18:40:31', UTC)
t = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case
174280920700162 to address your issue.

The details of your case are as follows:

Case ID: 174280920700162
Subject: Exam discount benefit missing after certification account merge
Severity: General guidance
Correspondence: Hello, my certification accounts were merged on March 18
(case 174099312004417). The 50%% exam discount from my 2022 Solutions
Architect - Professional certification does not appear under Benefits in
AWS09912064, although the agent wrote that it was moved. Could you restore
it?

Please note that this e-mail address does not accept incoming messages.
To add information to the case or view its details, open:
%s

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""" % CONSOLE
C.IDS['ackC'] = add(d, 'Amazon Web Services <%s>' % NOREPLY, ME_P,
    'Amazon Web Services: New Support case: %s' % CC,
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('acknowledgement', False, CC, [NEW]),
    'Case C (Support Center console) opened about the missing discount benefit',
    'console template that cannot be answered by mail; echoes the owner\'s own question; cites case A too',
    msgid=ses_msgid(d), trace=aws_trace(d, ME_P))

# 042 ---------------------------------------------------------------- C: info request via console
d = when('2025-03-25 03:15:52', UTC)
corr = """Hello \u0141ukasz,

Thanks for the details. I checked AWS09912064: the benefits from the
merged account carried over, except the discount voucher. Vouchers are
issued per exam result, and the one you are missing appears to be tied to
an exam delivered under a Pearson VUE registration that still points to
the old profile.

To trace it, I need the Pearson VUE registration ID of the exam that
earned the benefit (nine digits, shown on the appointment confirmation or
score report) and the date you sat it. Could you add both to this case in
the Support Center?

Best regards,
Sofia D.
Amazon Web Services"""
t = """Hello,

You have received a reply to your case 174280920700162.

To see this reply and respond, visit the AWS Support Center:
%s

Correspondence:
%s

We value your feedback. Rate this reply in the Support Center by choosing
the stars in the top right corner of the correspondence.

Please note: this mailbox cannot accept incoming e-mails.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
""" % (CONSOLE, corr)
C.TEXTS['infoC'] = t
C.IDS['infoC'] = add(d, 'Amazon Web Services <%s>' % NOREPLY, ME_P, SUBJ_C,
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('info_request', True, CC, [NEW]),
    'Case C: agent asks for the Pearson VUE registration ID and exam date, to be added in the console',
    'the answer has to go through the Support Center, not e-mail; rating footer; the question sits inside a console wrapper',
    msgid=ses_msgid(d), trace=aws_trace(d, ME_P))

# 043 ---------------------------------------------------------------- C: owner replies by e-mail (wrong channel)
d = when('2025-03-25 08:02:19')
own = """Hi Sofia,

The exam that earned the voucher was SAP-C02 on 14 September 2022,
Pearson VUE registration ID 371029468, taken under my old candidate ID
AWS02318745.

Regards,
\u0141ukasz
"""
t = own + '\nOn 2025/03/25 3:15, Amazon Web Services wrote:\n' + quote(t, '> ')
C.TEXTS['userC1'] = own
C.IDS['userC1'] = add(d, addr(ME_NAME, ME_P), NOREPLY, 'Re: ' + SUBJ_C,
    leaf(t, cte='8bit', flowed=True, quote_cs=False, label='UTF-8'),
    ('user_reply', False, CC, [OLD]),
    'Owner answers case C by e-mail to the no-reply address',
    'wrong channel: the answer will bounce; 9-digit registration ID next to a candidate ID',
    msgid=tb_msgid('outlook.jp'), irt=C.IDS['infoC'], refs=[C.IDS['ackC'], C.IDS['infoC']],
    extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-GB')])

# 044 ---------------------------------------------------------------- NDR from Outlook
d = when('2025-03-25 08:02:44', UTC)
html = """<html><body>
<p><b><font color="#000066" size="3" face="Segoe UI">Your message to no-reply-aws@amazon.com couldn't be delivered.</font></b></p>
<p>The receiving server rejected the message. The mailbox does not accept incoming mail.</p>
<table><tr><td>\u0141ukasz</td><td>Office 365</td><td>amazon.com</td></tr>
<tr><td>Sender</td><td></td><td><b>Action Required</b></td></tr></table>
<p><b>How to Fix It</b><br>The address you sent to does not accept replies. If you were answering an automated
notification, use the link in that notification instead of replying to it.</p>
<p style="font-size:11px">Diagnostic information for administrators:<br>Generating server: TY3P286MB2881.JPNP286.PROD.OUTLOOK.COM<br>
no-reply-aws@amazon.com<br>Remote server returned '550 5.1.1 Requested action not taken: mailbox unavailable'</p>
</body></html>
"""
dsn = ("Reporting-MTA: dns;TY3P286MB2881.JPNP286.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;TY3P286MB2881.JPNP286.PROD.OUTLOOK.COM\n"
       "Arrival-Date: %s\n\nFinal-Recipient: rfc822;no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n"
       "Remote-MTA: dns;amazon-smtp.amazon.com\nDiagnostic-Code: smtp;550 5.1.1 Requested action not taken: mailbox unavailable\n"
       % fdate(later(d, seconds=-20)))
orig = ("From: =?UTF-8?Q?=C5=81ukasz_Wierzbicki?= <%s>\nTo: %s\nSubject: Re: %s\nDate: %s\nMessage-ID: %s\nIn-Reply-To: %s\n"
        % (ME_P, NOREPLY, SUBJ_C, fdate(when('2025-03-25 08:02:19')), C.IDS['userC1'], C.IDS['infoC']))
body = multi('report', [leaf(html, 'html', cte='quoted-printable'),
                        raw_part('Content-Type: message/delivery-status', dsn.encode()),
                        raw_part('Content-Type: text/rfc822-headers', orig.encode())],
             params=' report-type=delivery-status;')
add(d, 'Microsoft Outlook <postmaster@outlook.com>', ME_P, 'Undeliverable: Re: ' + SUBJ_C, body,
    ('unrelated', False, None, []),
    'Bounce of the owner\'s e-mail answer to case C',
    'delivery failure carrying the case subject; not written by support, asks nothing from support\'s side',
    msgid='<%s@TY3P286MB2881.JPNP286.PROD.OUTLOOK.COM>' % rup(24),
    irt=C.IDS['userC1'], refs=[C.IDS['userC1']],
    extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', '')])

# 045 ---------------------------------------------------------------- out-of-office from a client
d = when('2025-03-26 09:00:14', timezone(timedelta(hours=8)))
t = """I am out of the office until Monday 7 April with limited access to email.

For urgent matters about the Harborline AWS environment please contact
ops@harborline-logistics.com.

Thank you,
David Chen
"""
add(d, 'David Chen <david.chen@harborline-logistics.com>', addr(ME_NAME, ME_C),
    'Automatic reply: Handover: new contact for the Harborline AWS account',
    leaf(t, cte='7bit', label='us-ascii'),
    ('unrelated', False, None, []),
    'Client\'s out-of-office reply to the owner\'s handover mail',
    'auto-reply with "AWS account" wording',
    msgid='<%s@SG2PR06MB%04d.apcprd06.prod.outlook.com>' % (rup(30), 5521),
    extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    trace=trace_google(d, 'harborline-logistics.com', 'david.chen@harborline-logistics.com', '40.107.117.%d' % 52,
                       'mail-sgaapc01on2052.outbound.protection.outlook.com', sel='selector1'))

# 046 ---------------------------------------------------------------- other vendor: request solved
d = when('2025-03-27 16:20:09', UTC)
t = """##- Please type your reply above this line -##

Your request (#4417093) has been solved.

Hi \u0141ukasz,

Your licence has been moved from the Hakata Cloudworks organisation to
your personal account, so you can keep using Tessellate after 31 March.
I'm marking this request as solved.

If the request is not resolved or you have another question, just reply to
this email and the request will reopen. Otherwise it will close
automatically in 7 days.

Marco
Tessellate Support

This email is a service from Tessellate Support. [EK9P3R-2M7QY]
"""
add(d, 'Marco (Tessellate Support) <support@tessellate.zendesk.com>', ME_P,
    '[Tessellate Support] Re: Move licence to personal account after job change',
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('unrelated', False, None, []),
    'Another vendor\'s support request solved (licence transfer)',
    'same story (job change, move to personal account), "solved", auto-close, "reply to reopen"',
    msgid='<EK9P3R2M7QY_%s_sprut@zendesk.com>' % rhex(8),
    extra=[('X-Mailer', 'Zendesk Mailer')],
    trace=trace_ms(d, 'tessellate.zendesk.com', 'tessellate.zendesk.com', '192.161.149.%d' % 32, 'out32.zendesk.com'))

# 047 ---------------------------------------------------------------- A: owner reopens (missing CLF)
d = when('2025-03-28 08:45:03')
own = """Hello Amara,

Thank you, everything from the company account is there. One thing I only
noticed now: my AWS Certified Cloud Practitioner from 2019 is missing from
AWS09912064. I took that exam as a student, probably with my university
address (l.wierzbicki@student.uni.wroc.pl), which no longer works. It has
expired by now, but I would like my exam history to be complete. Can it be
added as well?

Best regards,
\u0141ukasz
"""
t = own + '\nOn 2025/03/18 11:26, Amazon Web Services wrote:\n' + quote(C.TEXTS['resA'], '> ')
C.TEXTS['userA4'] = own
C.IDS['userA4'] = add(d, addr(ME_NAME, ME_P), TC, 'Re: ' + SUBJ_A,
    leaf(t, cte='8bit', flowed=True, quote_cs=False, label='UTF-8'),
    ('user_reply', False, CA, [NEW]),
    'Owner replies to the resolved case A: a 2019 certification is missing',
    'owner\'s question to support (the owner asks, support does not); reopens a resolved case',
    msgid=tb_msgid('outlook.jp'), irt=C.IDS['resA'], refs=[C.IDS['ackA'], C.IDS['userA3'], C.IDS['resA']],
    extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-GB')])

# 048 ---------------------------------------------------------------- Japanese newsletter
d = when('2025-03-28 12:00:00')
t = """━━━━━━━━━━━━━━━━━━━━━━━━
 DevOps 週報 第88号 (2025/03/28)
━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のピックアップ
・転職時に AWS 認定を引き継ぐ手順まとめ(アカウント統合の申請から完了まで)
・Terraform 1.11 リリース: write-only 属性が GA に
・Amazon Q Developer の新しい CLI 機能

■ 読者アンケート
記事へのご意見・ご感想をお待ちしています。このメールにそのままご返信ください。

配信停止: https://devops-weekly.jp/unsubscribe?u=%s
""" % rhex(10)
add(d, addr('DevOps 週報', 'news@devops-weekly.jp'), ME_P, ew('DevOps 週報 第88号: AWS 認定の引き継ぎ手順ほか'),
    multi('alternative', [leaf(t, cte='quoted-printable'), leaf('<html><body>' + p_html(t) + '</body></html>', 'html', cte='quoted-printable')]),
    ('unrelated', False, None, []),
    'Japanese newsletter with a certification-merge article',
    'Japanese domain vocabulary (アカウント統合, 申請) and "このメールにご返信ください" in a newsletter',
    msgid='<%s@devops-weekly.jp>' % rhex(16), extra=[('Precedence', 'bulk'),
                                                    ('List-Unsubscribe', '<https://devops-weekly.jp/unsubscribe>')],
    trace=trace_ms(d, 'devops-weekly.jp', 'devops-weekly.jp', '18.182.%d.%d' % (10, 3), 'mail.devops-weekly.jp'))

# 049 ---------------------------------------------------------------- farewell all-hands
d = when('2025-03-31 17:30:22')
t = """各位

お疲れさまです。古賀です。

本日をもちまして、ヴィエジビツキ ウカシュさんが最終出社となります。
4 年間、クラウド基盤チームの中心としてご活躍いただきました。
引き継ぎ先は以下のとおりです。

 ・Harborline 様 AWS 環境: 中村
 ・監視基盤: 田中

ヴィエジビツキさん、本当にありがとうございました!

古賀
"""
add(d, addr('古賀 健太', 'k.koga@hakata-cloudworks.co.jp', 'iso-2022-jp', label='ISO-2022-JP'),
    'all@hakata-cloudworks.co.jp', ew('ヴィエジビツキさん最終出社のお知らせ', 'iso-2022-jp', label='ISO-2022-JP'),
    leaf(t, charset='iso-2022-jp', cte='7bit', label='ISO-2022-JP'),
    ('unrelated', False, None, []),
    'Manager\'s farewell announcement to the whole company',
    'company mail on the last day; the owner is only reached through a list address',
    cc=ME_C, msgid=gmail_msgid(),
    trace=trace_google(d, 'hakata-cloudworks.co.jp', 'k.koga@hakata-cloudworks.co.jp', '209.85.220.41',
                       'mail-sor-f41.google.com', sel='google'))

# 050 ---------------------------------------------------------------- A: reopened, confirm third account
d = when('2025-03-31 19:02:37', UTC)
own = """Hello \u0141ukasz,

I have reopened case 174099312004417 for this.

Searching by your name and date of birth, I found a third certification
account:

Account #3
Candidate ID: AWS07730219
Login email: l.wierzbicki@student.uni.wroc.pl
Training notification email: l.wierzbicki@student.uni.wroc.pl
Certification notification email: (none)
Certifications: AWS Certified Cloud Practitioner (expired July 2022)

Because we located this account ourselves rather than from your form, we
need your go-ahead before touching it. Do you confirm that Account #3 is
yours and that it should be merged into Account #1 (AWS09912064)?

Since the Cloud Practitioner certification has expired, it will appear in
your exam history but not as an active certification, and no badge will be
issued for it.

Regards,
Amara
AWS Training and Certification Customer Service
"""
t = (own + '\n________________________________\nFrom: lukasz.wierzbicki@outlook.jp\nSent: Thursday, March 27, 2025 11:45 PM\n'
     'To: aws-cs-trainingcertification-form@amazon.com\nSubject: Re: ' + SUBJ_A + '\n\n' + C.TEXTS['userA4'])
C.TEXTS['confA2'] = own
C.IDS['confA2'] = add(d, 'Amazon Web Services <%s>' % TC, ME_P, SUBJ_A,
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(own) + '<hr>' + p_html(t[len(own):]) + '</body></html>', 'html')]),
    ('confirmation_request', True, CA, [UNI, NEW]),
    'Case A reopened: agent found a third (university) account and asks for the go-ahead to merge it',
    'reopen news first, the confirmation question in the middle, an explanation after it',
    msgid=sf_msgid(), irt=C.IDS['userA4'], refs=[C.IDS['ackA'], C.IDS['resA'], C.IDS['userA4']],
    trace=aws_trace(d, ME_P), crlf=True)
