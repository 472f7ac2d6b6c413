# Messages 021-030
from gen_common import *  # noqa
import gen_common as C
import html as _html

SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CA


def p_html(text):
    return ''.join('<p>%s</p>' % _html.escape(p).replace('\n', '<br>') for p in text.strip().split('\n\n'))


# 021 ---------------------------------------------------------------- owner answers hold (Outlook iOS)
d = when('2025-03-08 09:12:33')
own = """Hi Devendra,

My last working day is 31 March 2025; the company mailbox will be deleted
right after that. I have also asked our partner admin to release me in
Partner Central, so it may be resolved sooner.

Thanks,
\u0141ukasz
"""
hdr = """________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, March 7, 2025 4:25:10 PM
To: lukasz.wierzbicki@outlook.jp <lukasz.wierzbicki@outlook.jp>
Subject: %s

""" % SUBJ_A
t = own + '\nGet Outlook for iOS<https://aka.ms/o0ukef>\n' + hdr + C.TEXTS['holdA']
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div dir="ltr">' + p_html(own) + '</div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>'
        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" style="font-size:11pt">'
        '<b>From:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Sent:</b> Friday, March 7, 2025 4:25:10 PM<br>'
        '<b>To:</b> lukasz.wierzbicki@outlook.jp &lt;lukasz.wierzbicki@outlook.jp&gt;<br><b>Subject:</b> ' + SUBJ_A +
        '</font><div>&nbsp;</div></div><div>' + p_html(C.TEXTS['holdA']) + '</div></body></html>')
C.IDS['userA2'] = add(d, addr(ME_NAME, ME_P), TC, 'Re: ' + SUBJ_A,
    multi('alternative', [leaf(t, cte='quoted-printable'), leaf(html, 'html', cte='base64')],
          boundary='_000_%s_' % ('TYCP286MB' + rup(20))),
    ('user_reply', False, CA, []),
    'Owner answers the hold question (last day 31 March), from his phone',
    'Outlook-mobile top-post; the quoted hold (with a candidate ID) is not ">"-prefixed',
    msgid=outlook_msgid(), irt=C.IDS['holdA'], refs=[C.IDS['ackA'], C.IDS['holdA']],
    extra=[('Thread-Topic', SUBJ_A), ('Thread-Index', 'AQHbj' + rb64(18)),
           ('Accept-Language', 'en-US, ja-JP'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''),
           ('X-MS-TNEF-Correlator', '')])

# 022 ---------------------------------------------------------------- owner asks partner admin (JA)
d = when('2025-03-08 14:20:05')
t = """中村さん

お疲れさまです。ヴィエジビツキです。

退職に伴い AWS 認定アカウントを個人のアカウントへ移そうとしているのですが、
AWS のサポートから「Partner Central で会社との紐付けが残っているため、
このままでは移せない」と連絡がありました。

お手数ですが、Partner Central 上で私のユーザー
(l.wierzbicki@hakata-cloudworks.co.jp)の紐付け解除をお願いできますでしょうか。
認定者数のカウントから外れる件は、古賀さんに了承をもらっています。

よろしくお願いいたします。
ヴィエジビツキ
"""
C.TEXTS['toNakamura'] = t
C.IDS['toNakamura'] = add(d, addr(ME_NAME, ME_C), addr('中村 さやか', 's.nakamura@hakata-cloudworks.co.jp'),
    ew('Partner Central の紐付け解除のお願い'),
    multi('alternative', [leaf(t, cte='base64', label='UTF-8'),
                          leaf('<div dir="ltr">' + p_html(t) + '</div>', 'html', cte='base64', label='UTF-8')],
          boundary='000000000000%s' % rhex(16)),
    ('user_reply', False, None, []),
    'Owner asks the company partner admin to release him in Partner Central (Japanese)',
    'owner\'s own mail about the case without a case number; keigo request aimed at a colleague',
    msgid=gmail_msgid())

# 023 ---------------------------------------------------------------- partner admin answers, cites case number
d = when('2025-03-10 10:05:44')
t = """ヴィエジビツキさん

お疲れさまです。中村です。

Partner Central で紐付けを解除しました。AWS 側への反映には 1〜2 営業日
かかることがあるそうです。
念のため、私のほうからも Partner Central 経由でケース番号
(174099312004417)を添えて連絡しておきました。

送別会の件は古賀さんから別途連絡があると思います!

中村

2025年3月8日(土) 14:20 \u0141ukasz Wierzbicki <l.wierzbicki@hakata-cloudworks.co.jp>:

""" + quote(C.TEXTS['toNakamura'], '> ')
add(d, addr('中村 さやか', 's.nakamura@hakata-cloudworks.co.jp'), addr(ME_NAME, ME_C),
    'Re: ' + ew('Partner Central の紐付け解除のお願い'),
    multi('alternative', [leaf(t, cte='base64', label='UTF-8'),
                          leaf('<div dir="ltr">' + p_html(t) + '</div>', 'html', cte='base64', label='UTF-8')],
          boundary='000000000000%s' % rhex(16)),
    ('unrelated', False, None, []),
    'Partner admin confirms the Partner Central release (Japanese, cites the case number)',
    'colleague mail, not support: case number in a ケース番号 context must not make it case mail',
    msgid=gmail_msgid(), irt=C.IDS['toNakamura'], refs=[C.IDS['toNakamura']],
    trace=trace_google(d, 'hakata-cloudworks.co.jp', 's.nakamura@hakata-cloudworks.co.jp', '209.85.220.41',
                       'mail-sor-f41.google.com', sel='google'))

# 024 ---------------------------------------------------------------- AWS Educate case (other program)
d = when('2025-03-10 13:30:18', UTC)
t = """Hello,

Thank you for contacting AWS Educate.

We were unable to locate an AWS Educate account under the address this
request came from. Could you tell us which e-mail address you registered
with and the name of the institution that invited you? Once we have this
information we can look into your access to the study-group classroom.

We look forward to your reply.

Best regards,
Priya
AWS Educate Support
"""
add(d, 'AWS Educate <aws-cs-educate-form@amazon.com>', ME_P,
    'RE:[CASE 10384756291] [AWS Educate Form Submission] - account-access',
    leaf(t),
    ('unrelated', False, None, []),
    'AWS Educate form case asks questions (another program)',
    'same form-case template and sender family, real questions, but not Training and Certification',
    msgid=sf_msgid(), trace=aws_trace(d, ME_P))

# 025 ---------------------------------------------------------------- A: hold lifted
d = when('2025-03-11 09:50:37', UTC)
t = """Hello \u0141ukasz,

A quick update on case 174099312004417: the partner association on your
company account has been released, so the hold is lifted. Your request is
back in the merge queue, and I have asked our certification operations
team to prepare the account comparison. You will hear from us once it is
ready.

There is nothing you need to do right now.

Regards,
Kaito
AWS Training and Certification
"""
C.IDS['updA'] = add(d, 'Amazon Web Services <%s>' % TC, ME_P, SUBJ_A,
    leaf(t, cte='quoted-printable'),
    ('case_update', False, CA, []),
    'Case A: hold lifted, back in the merge queue',
    'news without a request; "nothing you need to do"',
    msgid=sf_msgid(), irt=C.IDS['userA2'], refs=[C.IDS['ackA'], C.IDS['holdA'], C.IDS['userA2']],
    trace=aws_trace(d, ME_P))

# 026 ---------------------------------------------------------------- GitHub review request
d = when('2025-03-11 11:11:11', UTC)
t = """@snakamura-hcw requested your review on: hakata-cloudworks/infra-modules#418 Handover: CloudWatch alarm runbook.

Could you check the thresholds before you leave? Merge is blocked until one approval.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/hakata-cloudworks/infra-modules/pull/418
You are receiving this because your review was requested.
"""
add(d, 'Sayaka Nakamura <notifications@github.com>', 'hakata-cloudworks/infra-modules <infra-modules@noreply.github.com>',
    '[hakata-cloudworks/infra-modules] Handover: CloudWatch alarm runbook (PR #418)',
    multi('alternative', [leaf(t, cte='7bit', quote_cs=False),
                          leaf('<p>' + _html.escape(t).replace('\n', '<br>') + '</p>', 'html', cte='7bit', quote_cs=False)],
          boundary='--==_mimepart_67cf9a3f1b2c4_3a1e88310'),
    ('unrelated', False, None, []),
    'GitHub review request from a colleague',
    'a direct question and "requested your review" outside support',
    cc='Lukasz Wierzbicki <l.wierzbicki@hakata-cloudworks.co.jp>, Review requested <review_requested@noreply.github.com>',
    msgid='<hakata-cloudworks/infra-modules/pull/418@github.com>',
    extra=[('List-ID', 'hakata-cloudworks/infra-modules <infra-modules.hakata-cloudworks.github.com>'),
           ('X-GitHub-Reason', 'review_requested')],
    trace=trace_google(d, 'github.com', 'noreply@github.com', '192.30.252.201', 'out-18.smtp.github.com', sel='pf2023'))

# 027 ---------------------------------------------------------------- A: confirmation request, HTML table only
d = when('2025-03-12 17:44:02', UTC)
rows = [('Candidate ID', NEW, OLD),
        ('Login email', ME_P, ME_C),
        ('Training notification email', ME_P, ME_C),
        ('Certification notification email', ME_P, ME_C),
        ('Active certifications', 'None',
         'AWS Certified Solutions Architect &ndash; Professional<br>AWS Certified Developer &ndash; Associate<br>'
         'AWS Certified Security &ndash; Specialty'),
        ('Benefits', 'None', '50% exam discount (1)')]
tbl = ('<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">'
       '<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>' +
       ''.join('<tr><td><b>%s</b></td><td>%s</td><td>%s</td></tr>' % r for r in rows) + '</table>')
html = """<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear \u0141ukasz,</p>
<p>Thank you for your patience while the partner association was cleared. Our records now show the
two certification accounts below.</p>
%s
<p>A merge cannot be undone. The merged account keeps the login email of the account you choose, and the
other login will no longer open a certification account.</p>
<p>Would you like us to merge Account #2 into Account #1? In your reply, also confirm that both
accounts listed above belong to you.</p>
<p>Best regards,<br>Hiroshi T.<br>AWS Training and Certification Customer Service</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>
""" % tbl
C.TEXTS['confA'] = html
C.TEXTS['confA_text'] = """Dear \u0141ukasz,

Thank you for your patience while the partner association was cleared. Our
records now show the two certification accounts below.

                      Account #1                    Account #2
Candidate ID          AWS09912064                   AWS02318745
Login email           lukasz.wierzbicki@outlook.jp  l.wierzbicki@hakata-cloudworks.co.jp
Training notif.       lukasz.wierzbicki@outlook.jp  l.wierzbicki@hakata-cloudworks.co.jp
Certification notif.  lukasz.wierzbicki@outlook.jp  l.wierzbicki@hakata-cloudworks.co.jp
Active certs          None                          SAP, DVA, SCS
Benefits              None                          50% exam discount (1)

A merge cannot be undone. The merged account keeps the login email of the
account you choose, and the other login will no longer open a
certification account.

Would you like us to merge Account #2 into Account #1? In your reply, also
confirm that both accounts listed above belong to you.

Best regards,
Hiroshi T.
AWS Training and Certification Customer Service"""
C.IDS['confA'] = add(d, 'Amazon Web Services <%s>' % TC, ME_P, SUBJ_A,
    leaf(html, 'html', cte='quoted-printable'),
    ('confirmation_request', True, CA, [NEW, OLD]),
    'Case A: Account #1 / Account #2 table, asks whether to merge #2 into #1 and to confirm ownership',
    'HTML-only with the listing in a table; the ask is a question after a warning',
    msgid=sf_msgid(), irt=C.IDS['updA'], refs=[C.IDS['ackA'], C.IDS['updA']], trace=aws_trace(d, ME_P))

# 028 ---------------------------------------------------------------- Amazon.co.jp shipment
d = when('2025-03-13 08:10:55')
t = """ヴィエジビツキ ウカシュ 様

Amazon.co.jp をご利用いただき、ありがとうございます。
以下の商品を発送しました。

注文番号: 249-5530817-6617442
商品: USB-C ドッキングステーション 11-in-1
お届け予定: 3月14日(金)

配送状況は「注文履歴」からご確認いただけます。
https://www.amazon.co.jp/gp/css/order-history

Amazon.co.jp
"""
add(d, 'Amazon.co.jp <shipment-tracking@amazon.co.jp>', ME_P,
    ew('Amazon.co.jp: 「USB-C ドッキングステーション 11-in-1」を発送しました'),
    multi('alternative', [leaf(t, cte='base64'), leaf('<html><body>' + p_html(t) + '</body></html>', 'html', cte='base64')]),
    ('unrelated', False, None, []),
    'Amazon.co.jp shipping notice',
    'Amazon (not AWS) sender with a long order number',
    msgid='<%s@email.amazon.co.jp>' % rhex(30),
    trace=trace_ms(d, 'amazon.co.jp', 'bounces.amazon.co.jp', '52.95.%d.%d' % (48, 77), 'smtp-fw-9103.amazon.co.jp'))

# 029 ---------------------------------------------------------------- lookalike phishing
d = when('2025-03-14 02:13:40', UTC)
html = """<html><body style="font-family:Arial">
<img src="http://aws-certmerge-support.com/img/aws_logo.png" alt="aws">
<h2>Action required: confirm your AWS Certification account merge</h2>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (Case #5519023344). To protect your
credentials, the merge must be verified within <b>48 hours</b>, otherwise all certifications on both
accounts will be suspended.</p>
<p style="text-align:center"><a href="http://aws-certmerge-support.com/verify?c=5519023344&amp;u=lukasz"
style="background:#ec7211;color:#fff;padding:10px 24px;text-decoration:none">Verify with Builder ID</a></p>
<p>If the button does not work, reply to this message with your Builder ID password and date of birth and
an agent will complete the verification for you.</p>
<p>AWS Training &amp; Certification Support Team</p>
</body></html>
"""
add(d, 'AWS Certification Support <support@aws-certmerge-support.com>', ME_P,
    '[Action Required] Confirm your AWS Certification account merge - Case #5519023344',
    leaf(html, 'html', cte='quoted-printable', label='iso-8859-1', charset='latin-1'),
    ('suspicious', False, None, []),
    'Lookalike-domain phishing about the account merge',
    'authentication passes for its own lookalike domain; demands a reply; fake case number',
    msgid='<%s@aws-certmerge-support.com>' % rhex(14),
    trace=[('Return-Path', '<bounce@aws-certmerge-support.com>')] +
    trace_ms(d, 'aws-certmerge-support.com', 'aws-certmerge-support.com', '45.134.26.%d' % 91, 'vps-2291.hostnoc.example'),
    extra=[('X-Mailer', 'PHPMailer 6.8.1')])

# 030 ---------------------------------------------------------------- console billing case (not T&C)
d = when('2025-03-15 14:12:27', UTC)
t = """Hello,

You have received a reply to your case 174201553300871.

To see this reply and respond, visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174201553300871&language=en

Correspondence:
Hi \u0141ukasz,

I reviewed account 330918274455. The February charges come from a NAT
gateway in ap-northeast-1 that processed about 310 GB. Could you confirm
whether that gateway is still needed? If you delete it and let me know in
the case, I can submit a one-time credit request for the February amount.

Best regards,
Tomoko M.
Amazon Web Services - Billing and Accounts

We value your feedback. Rate this reply in the Support Center by choosing
the stars in the top right corner of the correspondence.

Please note: this mailbox cannot accept incoming e-mails.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
"""
add(d, 'Amazon Web Services <%s>' % NOREPLY, ME_P,
    'RE:[CASE 174201553300871] Unexpected NAT Gateway charges in February',
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('unrelated', False, None, []),
    'Console billing case: agent asks a question (not Training and Certification)',
    'identical console template and sender to the T&C console case, with a real question',
    msgid=ses_msgid(d), trace=aws_trace(d, ME_P))
