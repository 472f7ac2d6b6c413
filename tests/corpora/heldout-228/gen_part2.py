# Messages 001-020 (3-12 March 2025)
from gen_part1 import *

# 001 HR offboarding checklist (company, ISO-2022-JP)
t = d('2025-03-03 08:14:52')
body = """コヴァチ ミレラ さん

人事部の堀内です。
3月31日付のご退職に伴う手続きについてご案内します。

1. 貸与PC・社員証の返却(最終出社日に総務へ)
2. 健康保険証の返却
3. 退職届・誓約書への署名(3月14日まで)
4. 社外サービスの会社アドレス登録の切り替え
   ※AWS認定アカウントを会社アドレスで登録している方は、個人アカウントへの移行を
   各自で進めてください。当社はAPNパートナーのため、パートナー紐付けの解除は
   アライアンス担当の佐伯さんが対応します。
5. 会社メールは3月31日18時で停止します。

不明点があれば人事部までご連絡ください。

--
株式会社関西クラウドワークス 人事部
堀内 早苗
jinji@kansai-cloudworks.co.jp
"""
add(('unrelated', False, None, []),
    ms_rcvd(t, 'mail.kansai-cloudworks.co.jp', '203.0.113.24', 1) + [
    ms_auth('kansai-cloudworks.co.jp', 'kansai-cloudworks.co.jp', '203.0.113.24'),
    ('From', addr('堀内 早苗', 'jinji@kansai-cloudworks.co.jp', 'iso-2022-jp')),
    ('To', addr('Mirela Kovac', ME_C)),
    ('Subject', enc('【人事】退職手続きのご案内(3月31日付)', 'iso-2022-jp')),
    ('Date', fdate(t)),
    ('Message-ID', '<TYWPR01MB%s@TYWPR01MB9921.jpnprd01.prod.outlook.com>' % h(1, n=12).upper()),
    ('Content-Language', 'ja-JP'),
    ('X-MS-Has-Attach', ''),
    ], leaf('text/plain', body, 'iso-2022-jp', '7bit'),
    ('HR offboarding checklist in ISO-2022-JP', 'mentions the AWS certification account move and APN unlinking as a to-do; internal mail, not support'),
    crlf=True)

# 002 Builder ID verification code
t = d('2025-03-03 19:40:11')
txt = """AWS Builder ID

Verify your email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: 482913

This code expires 10 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.
"""
html = """<html><body style="font-family:Arial,sans-serif">
<h2>Verify your email address</h2>
<p>Hello,</p><p>To finish creating your AWS Builder ID, enter the following verification code:</p>
<p style="font-size:28px;letter-spacing:4px"><b>482913</b></p>
<p>This code expires 10 minutes after it was sent.</p>
<p style="color:#666">If you did not try to create an AWS Builder ID, you can ignore this email.</p>
</body></html>"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'a8-31.smtp-out.amazonses.com', '54.240.8.31', 2) + [
    fm_auth('signin.aws', '0100019560f0a111@signin.aws'),
    ('From', addr('AWS', 'no-reply@signin.aws')),
    ('To', ME_P),
    ('Subject', 'Verify your AWS Builder ID email address'),
    ('Date', fdate(t)),
    ('Message-ID', ses_id(t, 2)),
    ], multipart('alternative', [leaf('text/plain', txt, 'UTF-8', '7bit'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')], 2),
    ('Builder ID one-time code', '6-digit code; AWS sender, not a case'))

# 003 certification account created (certmetrics)
t = d('2025-03-03 19:58:40')
txt = """Dear Mirela Kovač,

Your AWS Certification account has been created.

Candidate ID: AWS04197350
Login: mkovac@fastmail.com

You can now schedule exams, view your certifications and access your benefits from the
AWS Certification Account page: https://www.aws.training/Certification

Please keep your Candidate ID for reference when contacting us.

Regards,
AWS Certification
"""
add(('certification', False, None, [CID_P]),
    fm_rcvd(t, 'o1.ptr4321.certmetrics.com', '167.89.12.77', 3) + [
    fm_auth('certmetrics.com', 'bounces+1887@em.certmetrics.com'),
    ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')),
    ('To', ME_P),
    ('Subject', 'Welcome to AWS Certification'),
    ('Date', fdate(t)),
    ('Message-ID', '<%s.%s@certmetrics.com>' % (h(3, n=12), int(t.timestamp()))),
    ], leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    ('New certification account created', 'certmetrics program mail carrying the candidate ID; not a case'))

# 004 acknowledgement case A
t = d('2025-03-04 10:12:19')
desc = ("Use case: I am leaving Kansai Cloudworks KK (an AWS Partner) at the end of March and want "
        "to keep my certifications.\nAll email addresses I have used: m.kovac@kansai-cloudworks.co.jp, mkovac@fastmail.com\n"
        "Email to keep: mkovac@fastmail.com\nCandidate IDs: AWS02318764 (company), AWS04197350 (personal, new)")
txt = """Hello Mirela,

Thank you for reaching out to AWS Training and Certification. This message confirms that we
received your request and created case %s.

A member of our team will get back to you, normally within one business day. Some requests take
longer while we research them; we appreciate your patience.

Please don't submit another request for the same issue - a second case does not speed things up
and may delay the answer.

Summary of your request:
Contact name: Mirela Kovač
Contact email: mkovac@fastmail.com
Inquiry type: Certification
Additional details: Account Merge
Description:
%s

Kind regards,
AWS Training and Certification
""" % (A, desc)
html = '<html><body><div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px"><p>' + \
    txt.strip().replace('&', '&amp;').replace('<', '&lt;').replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></div></body></html>'
add(('acknowledgement', False, A, [CID_CO, CID_P]),
    fm_rcvd(t, 'a9-112.smtp-out.amazonses.com', '54.240.9.112', 4) + [
    fm_auth('amazon.com', '01000195612ac9c0-%s@amazonses.com' % h(4, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', ses_id(t, 4)),
    ('X-SES-Outgoing', '2025.03.04-54.240.9.112'),
    ], multipart('alternative', [leaf('text/plain', txt, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')], 4),
    ('Acknowledgement of the merge case (A)', 'echoes the form text incl. both candidate IDs; "please don\'t submit another request" is not a request to answer'),
    crlf=True)

# 005 acknowledgement A2 (duplicate submission, Japanese template)
t = d('2025-03-04 10:21:55')
txt = """Mirela Kovač 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース %s を作成しました。

担当者より通常24時間以内にご連絡いたします。内容によっては、最適な解決策をご案内するために
さらにお時間を頂戴する場合がございます。

すでにケースを作成されている場合、同じ内容で新たにケースを作成しないようお願いいたします。
重複したケースは対応の遅れにつながることがあります。

お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
本文:
会社のアドレス(m.kovac@kansai-cloudworks.co.jp)の認定アカウントを、個人アドレス
(mkovac@fastmail.com)のアカウントへ統合してください。先ほど送信した際にエラーが表示されたため、
再送しています。

AWS トレーニングと認定
""" % A2
add(('acknowledgement', False, A2, []),
    fm_rcvd(t, 'a9-77.smtp-out.amazonses.com', '54.240.9.77', 5) + [
    fm_auth('amazon.com', '01000195612f33d1-%s@amazonses.com' % h(5, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A2),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', ses_id(t, 5)),
    ], leaf('text/plain', txt, 'UTF-8', 'base64'),
    ('Acknowledgement of a second, duplicate form (A2), Japanese template', 'same request, second case number nine minutes later; base64 Japanese body'))

# 006 GitHub PR merged
t = d('2025-03-04 12:30:02')
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kansai-cloudworks/infra-modules/pull/412#event-16583399021
You are receiving this because you authored the thread.
"""
html = """<p>Merged <a href="https://github.com/kansai-cloudworks/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kansai-cloudworks/infra-modules/pull/412#event-16583399021">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
add(('unrelated', False, None, []),
    ms_rcvd(t, 'out-21.smtp.github.com', '192.30.252.204', 6) + [
    ms_auth('github.com', 'github.com', '192.30.252.204'),
    ('From', addr('Takumi Ono', 'notifications@github.com')),
    ('Reply-To', 'kansai-cloudworks/infra-modules <reply+ABCDEF%s@reply.github.com>' % h(6, n=20).upper()),
    ('To', 'kansai-cloudworks/infra-modules <infra-modules@noreply.github.com>'),
    ('Cc', 'Mirela Kovac <%s>, Author <author@noreply.github.com>' % ME_C),
    ('Subject', 'Re: [kansai-cloudworks/infra-modules] Merge account-baseline into the shared landing zone (PR #412)'),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', '<kansai-cloudworks/infra-modules/pull/412/issue_event/16583399021@github.com>'),
    ('In-Reply-To', '<kansai-cloudworks/infra-modules/pull/412@github.com>'),
    ('References', '<kansai-cloudworks/infra-modules/pull/412@github.com>'),
    ('List-ID', 'kansai-cloudworks/infra-modules <infra-modules.kansai-cloudworks.github.com>'),
    ('X-GitHub-Reason', 'author'),
    ], multipart('alternative', [leaf('text/plain', txt, 'UTF-8', '7bit'),
                                 leaf('text/html', html, 'UTF-8', '7bit')], 6),
    ('GitHub: pull request merged', '"Merged ... account-baseline" wording, nothing to do with the certification merge'))

# 007 case_update: A2 closed as duplicate
t = d('2025-03-04 17:05:33')
txt = """Hi Mirela,

Thanks for writing in. I see that this request is the same as case %s, which you opened a few
minutes earlier and which is already with our certification team.

To keep everything in one place, I'm closing this case (%s) as a duplicate. Your request has not
been cancelled: it will be handled in case %s and you'll hear from us there.
%s""" % (A2, A2, A, tc_sig('Rohan M.'))
add(('case_update', False, A2, []),
    fm_rcvd(t, 'a9-40.smtp-out.amazonses.com', '54.240.9.40', 7) + [
    fm_auth('amazon.com', '010001956288aa02-%s@amazonses.com' % h(7, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', tc_subject(A2)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', ses_id(t, 7)),
    ], leaf('text/plain', txt, 'UTF-8', '7bit'),
    ('Duplicate case A2 closed, pointing to A', 'names two case numbers; belongs to A2; "closing" but not for lack of reply'))

# 008 AWS billing statement (same sender as console cases)
t = d('2025-03-05 09:02:45')
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your
account will be charged the following:

Total: $3.18

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

Account ID: 5907 1264 3381

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210. Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'a8-45.smtp-out.amazonses.com', '54.240.8.45', 8) + [
    fm_auth('amazon.com', '0100019565cb0c00-%s@amazonses.com' % h(8, n=8)),
    ('From', addr('Amazon Web Services', 'no-reply-aws@amazon.com')),
    ('To', ME_P),
    ('Subject', 'Amazon Web Services Billing Statement Available [Account: 590712643381]'),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', ses_id(t, 8)),
    ], leaf('text/plain', txt, 'UTF-8', '7bit'),
    ('AWS billing statement', 'no-reply-aws@amazon.com like console cases; 12-digit account ID in subject'),
    crlf=True)

# 009 on_hold A with a buried question
t = d('2025-03-05 14:47:08')
IDS['009'] = ses_id(t, 9)
HOLD_TXT = """Hello Mirela,

Thank you for your patience while I looked into your request.

I found both certification accounts you listed. The older one, AWS02318764, was created through
AWS Partner Central and is still associated with the AWS Partner Network organization
"Kansai Cloudworks KK". Certifications on a partner-associated account count toward that
partner's totals, so we can't move or merge that account until the association has been removed
on the partner side.

For that reason I have put your case on hold and asked our partner team to contact the partner's
administrator. Once the association is gone I will pick the merge up again; this usually takes a
few business days.

It would help me when I speak to the partner team to know whether your last day with
Kansai Cloudworks falls before the end of this month, and whether you will keep access to the
company mailbox until then.
""" + tc_sig('Kateryna H.')
hold_html = '<html><body><div style="font-family:Arial,sans-serif;font-size:14px"><p>' + \
    HOLD_TXT.strip().replace('&', '&amp;').replace('\n\n', '</p><p>').replace('\n', ' ') + '</p></div></body></html>'
add(('on_hold', True, A, [CID_CO]),
    fm_rcvd(t, 'a9-201.smtp-out.amazonses.com', '54.240.9.201', 9) + [
    fm_auth('amazon.com', '0100019564d4e2a8-%s@amazonses.com' % h(9, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', tc_subject(A)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', IDS['009']),
    ], multipart('alternative', [leaf('text/plain', HOLD_TXT, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', hold_html, 'UTF-8', 'quoted-printable')], 9),
    ('Case A put on hold: company account tied to an APN partner', 'hold explained at length; the only ask is an indirect question in the last paragraph ("It would help me ... to know whether")'))

# 010 user reply on A (Fastmail)
t = d('2025-03-05 22:18:30')
IDS['010'] = '<%s-%s@app.fastmail.com>' % (h(10, n=8), h(10, 'x', n=12))
q = 'On Wed, 5 Mar 2025, at 14:47, AWS Training and Certification wrote:\n' + quote(HOLD_TXT.split('\n\nBest regards')[0] + '\n\nBest regards,\n\nKateryna H.\nAWS Training and Certification Customer Support')
txt = """Hi Kateryna,

Thanks for the quick look. Yes - my last working day is Monday 31 March, and the company
mailbox (m.kovac@kansai-cloudworks.co.jp) is switched off that evening. I can read it until then.

The account I want to keep is the personal one, AWS04197350. Our alliance lead (Saeki-san)
knows about this and will help if anything is needed on the partner side.

Thanks,
Mirela

""" + q + '\n'
add(('user_reply', False, A, [CID_P]), [
    ('Return-Path', '<%s>' % ME_P),
    ('From', addr(ME_NAME, ME_P)),
    ('To', addr(TC_NAME, TC)),
    ('Subject', 'Re: ' + tc_subject(A)),
    ('Date', fdate(t)),
    ('Message-ID', IDS['010']),
    ('In-Reply-To', IDS['009']),
    ('References', IDS['009']),
    ('User-Agent', 'Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250226'),
    ('X-ME-Sender', '<xms:%s>' % h(10, 'me', n=24)),
    ], leaf('text/plain', txt, 'utf-8', 'quoted-printable', params='format=flowed'),
    ('Owner answers the buried question (last day 31 March)', 'Fastmail "On ... wrote:" quoting; the company candidate ID only appears in the quote'))

# 011 automatic receipt of the reply
t = d('2025-03-05 22:19:02')
txt = """Hello,

We've received your reply and added it to case %s. There's no need to send it again.

The specialist handling your case will review your message and respond in this thread.

This is an automated message.

AWS Training and Certification
""" % A
add(('acknowledgement', False, A, []),
    fm_rcvd(t, 'a9-18.smtp-out.amazonses.com', '54.240.9.18', 11) + [
    fm_auth('amazon.com', '0100019566607f11-%s@amazonses.com' % h(11, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', tc_subject(A)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', ses_id(t, 11)),
    ('In-Reply-To', IDS['010']),
    ('References', '%s\n %s' % (IDS['009'], IDS['010'])),
    ('Auto-Submitted', 'auto-replied'),
    ], leaf('text/plain', txt, 'us-ascii', '7bit'),
    ('Automatic receipt of the owner\'s reply on A', 'acknowledges correspondence, not a new case; mid-thread'))

# 012 colleague handover question (ISO-2022-JP)
t = d('2025-03-06 08:30:17')
body = """ミレラさん

お疲れさまです。佐藤です。
引き継ぎの件で2点確認させてください。

・検証環境のAWSアカウント(123456789012)のIAM管理者権限は、私に移す形でよいでしょうか。
・Terraformのstateバケットの所有者も変更が必要ですか?

金曜の夕会までに回答をもらえると助かります。

佐藤 健二
株式会社関西クラウドワークス クラウド推進部
"""
add(('unrelated', False, None, []),
    ms_rcvd(t, 'TYWPR01MB7712.jpnprd01.prod.outlook.com', '2603:1096:400:2c1::12', 12) + [
    ('From', addr('佐藤 健二', 'k.sato@kansai-cloudworks.co.jp', 'iso-2022-jp')),
    ('To', addr('Mirela Kovac', ME_C)),
    ('Subject', enc('引き継ぎ確認(検証アカウント)', 'iso-2022-jp')),
    ('Date', fdate(t)),
    ('Message-ID', '<TYWPR01MB7712%s@TYWPR01MB7712.jpnprd01.prod.outlook.com>' % h(12, n=10).upper()),
    ('Thread-Topic', enc('引き継ぎ確認(検証アカウント)', 'iso-2022-jp')),
    ('Content-Language', 'ja-JP'),
    ], leaf('text/plain', body, 'iso-2022-jp', '7bit'),
    ('Colleague asks two handover questions (Japanese)', 'a real question waiting for an answer, but not from support; 12-digit AWS account ID'),
    crlf=True)

# 013 suspicious: lookalike domain
t = d('2025-03-06 13:10:44')
html = """<html><body style="font-family:Arial,sans-serif;background:#f2f3f3">
<table width="600" align="center" style="background:#fff;border-top:4px solid #ff9900"><tr><td style="padding:24px">
<img src="https://aws-certification-services.com/assets/aws-logo.png" alt="aws" width="80">
<h3>Action required: verify your AWS Certification account</h3>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (Case ID: %s).
To protect your certifications, the merge can only continue after you verify ownership of both accounts.</p>
<p>Please complete verification within <b>24 hours</b>. Unverified accounts are suspended and their certifications may be revoked.</p>
<p style="text-align:center"><a href="https://aws-certification-services.com/verify?c=%s&amp;t=%s"
 style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none;border-radius:3px">Verify my account</a></p>
<p>You will need your AWS Builder ID password and the security code we send to your phone.</p>
<p>Thank you,<br>AWS Certification Support Team</p>
</td></tr></table></body></html>""" % (FAKE2, FAKE2, h(13, n=24))
add(('suspicious', False, None, []),
    fm_rcvd(t, 'mail.aws-certification-services.com', '185.234.72.19', 13) + [
    fm_auth('aws-certification-services.com', 'support@aws-certification-services.com', policy='none', selector='default'),
    ('From', addr('AWS Certification Support', 'support@aws-certification-services.com')),
    ('To', ME_P),
    ('Subject', 'Action required: verify your AWS Certification account before merge'),
    ('Date', fdate(t)),
    ('Message-ID', '<%s@aws-certification-services.com>' % h(13, n=20)),
    ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'),
    ], leaf('text/html', html, 'UTF-8', 'base64'),
    ('Phishing from a lookalike domain, well-timed to the merge', 'DKIM/DMARC pass for its own lookalike domain; invented case ID; urgent call to action'))

# 014 certmetrics "wants to hear from you" (company address)
t = d('2025-03-07 09:00:05', UTC)
txt = """Hello Mirela,

AWS Certification wants to hear from you!

We are looking for AWS Certified individuals to help shape future exams as subject matter
experts. Participants review exam items, join virtual workshops and earn AWS Certification
benefits for their time.

Interested? Complete the short interest form by March 28:
https://www.certmetrics.com/amazon/candidate/sme_interest.aspx?token=%s

Not interested? No action is needed.

Thank you,
AWS Certification

You are receiving this email because you are an AWS Certified individual and opted in to
AWS Certification communications.
""" % h(14, n=18)
add(('certification', False, None, []),
    ms_rcvd(t, 'o2.ptr9951.certmetrics.com', '167.89.18.201', 14) + [
    ms_auth('certmetrics.com', 'em.certmetrics.com', '167.89.18.201'),
    ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')),
    ('To', ME_C),
    ('Subject', 'AWS Certification wants to hear from you'),
    ('Date', fdate(t)),
    ('Message-ID', '<%s.%s@certmetrics.com>' % (h(14, n=12), int(t.timestamp()))),
    ], leaf('text/plain', txt, 'utf-8', '7bit'),
    ('CertMetrics SME-program invitation to the company address', 'feedback/survey wording but program mail, not a case survey'),
    crlf=True)

# 015 Pearson VUE booking confirmation
t = d('2025-03-07 18:22:39')
txt = """Dear Mirela Kovac,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation.

Exam:             MLA-C01: AWS Certified Machine Learning Engineer - Associate
Appointment:      Saturday, March 29, 2025 at 13:30 Japan Standard Time
Delivery:         OnVUE online proctored
Registration ID:  481736205
Candidate ID:     AWS04197350
Price:            USD 150.00

Check in 30 minutes before your appointment and run the system test beforehand.
To reschedule or cancel, do so at least 24 hours before the appointment:
https://home.pearsonvue.com/aws

Pearson VUE
"""
add(('unrelated', False, None, [CID_P]),
    fm_rcvd(t, 'mx0a-00211201.pphosted.com', '148.163.152.19', 15) + [
    fm_auth('pearson.com', 'PearsonVUEConfirmation@pearson.com', selector='pps1'),
    ('From', addr('Pearson VUE', 'PearsonVUEConfirmation@pearson.com')),
    ('To', ME_P),
    ('Subject', 'Pearson VUE Confirmation of Booking - MLA-C01'),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', '<%s.JavaMail.vue@pearsonvue.com>' % h(15, n=14)),
    ], leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    ('Pearson VUE exam booking', 'exam vendor mail that carries a candidate ID and a 9-digit registration ID'))

# 016 on_hold update, HTML-only, no ask
t = d('2025-03-10 10:40:21')
html = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Mirela,</p>
<p>A quick status update on case %s.</p>
<p>Our partner team has contacted the administrator of the <b>Kansai Cloudworks KK</b> partner
account and asked them to release your certification record from their organization. Until that
is done, your case stays on hold &ndash; we can't change partner-linked records ourselves.</p>
<p>There is nothing more we need from you at this point. If something changes on your side (for
example your leaving date), you are welcome to reply to this email and it will reach us.</p>
<p>Best regards,</p>
<p>Daniel O.<br>AWS Training and Certification Customer Support</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</div></body></html>""" % A
add(('on_hold', False, A, []),
    fm_rcvd(t, 'a9-66.smtp-out.amazonses.com', '54.240.9.66', 16) + [
    fm_auth('amazon.com', '01000195799e3c5b-%s@amazonses.com' % h(16, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', tc_subject(A, space=True)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', ses_id(t, 16)),
    ('In-Reply-To', IDS['010']),
    ('References', '%s\n %s' % (IDS['009'], IDS['010'])),
    ], leaf('text/html', html, 'UTF-8', 'quoted-printable'),
    ('Hold continues, partner contacted (HTML only)', '"you are welcome to reply" is conditional; says nothing is needed; "RE: [CASE" with space'))
