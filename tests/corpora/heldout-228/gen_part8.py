# Messages 061-078 (5-21 April 2025)
from gen_part1 import *
import gen_part5

CONSOLE_FOOT = """
======================
To see the details of this case or reply, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

* Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us again about this issue, please use the above link.
======================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark
of Amazon.com, Inc. or its affiliates.
""" % C
RATE = """
We value your feedback. Please share your experience by rating this and other correspondences in
the AWS Support Center. You can rate a correspondence by selecting the stars in the top right
corner of the correspondence.
"""
C_SUBJ = '50% exam voucher missing after certification account merge'

# 061 suspicious: Japanese, spoofed aws.training, dmarc=fail, Shift_JIS HTML
t = d('2025-04-05 09:30:12')
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'MS PGothic',sans-serif">
<p>お客様</p>
<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。</p>
<p>お客様のAWS認定アカウントの統合手続きが完了しておりません。72時間以内に下記のリンクから
本人確認を完了してください。期限を過ぎた場合、保有する認定資格が無効となります。</p>
<p><a href="https://aws-training-jp.top/verify?id=%s">本人確認を行う</a></p>
<p>※本メールは送信専用です。</p>
<p>AWS トレーニングと認定 サポートチーム</p>
</body></html>""" % h(61, n=16)
add(('suspicious', False, None, []),
    fm_rcvd(t, 'mail.hinet-bulk.net', '118.163.51.88', 61) + [
    fm_auth('aws.training', 'info@hinet-bulk.net', dkim='none', spf='softfail', dmarc='fail', policy='reject'),
    ('From', addr('AWS トレーニングと認定', 'no-reply@aws.training', 'shift_jis')),
    ('To', ME_P),
    ('Subject', enc('【重要】AWS認定アカウントの統合が完了していません', 'shift_jis')),
    ('Date', fdate(t)),
    ('Message-ID', '<%s@mail.hinet-bulk.net>' % h(61, n=16)),
    ], leaf('text/html', html, 'Shift_JIS', 'base64'),
    ('Japanese phishing spoofing aws.training (dmarc=fail), Shift_JIS', 'real AWS training domain in From; only the authentication header gives it away'))

# 062 re:Post answer accepted
t = d('2025-04-07 10:00:40', UTC)
txt = """Hello Mirela,

Your question "Can a certification account linked to a Partner Central organization be merged?"
received an answer, and you marked it as accepted.

View it on AWS re:Post: https://repost.aws/questions/QU8xKxw3qRT2mJ6b0rY1fN0A

You're receiving this email because you are following this question.
AWS re:Post
"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'a8-90.smtp-out.amazonses.com', '54.240.8.90', 62) + [
    fm_auth('repost.aws', 'no-reply@repost.aws'),
    ('From', addr('AWS re:Post', 'no-reply@repost.aws')),
    ('To', ME_P),
    ('Subject', 'Your question on AWS re:Post has an accepted answer'),
    ('Date', fdate(t)),
    ('Message-ID', ses_id(t, 62)),
    ], leaf('text/plain', txt, 'UTF-8', '7bit'),
    ('AWS re:Post notification about a merge question', 'AWS, same topic, community site'))

# 063 AWS Partner Central invitation (new employer)
t = d('2025-04-07 18:00:15', UTC)
txt = """Hello,

Naomi Fujii has invited you to join Tessellate Systems GK in AWS Partner Central.

Accept the invitation to access partner training and to associate your AWS Certifications with
Tessellate Systems GK: https://partnercentral.awspartner.com/invite?t=%s

This invitation expires in 14 days.

AWS Partner Network
""" % h(63, n=20)
add(('unrelated', False, None, []),
    fm_rcvd(t, 'a9-2.smtp-out.amazonses.com', '54.240.9.2', 63) + [
    fm_auth('amazon.com', 'apn-no-reply@amazon.com', selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr('AWS Partner Network', 'apn-no-reply@amazon.com')),
    ('To', ME_P),
    ('Subject', 'You have been invited to join Tessellate Systems GK in AWS Partner Central'),
    ('Date', fdate(t)),
    ('Message-ID', ses_id(t, 63)),
    ], leaf('text/plain', txt, 'UTF-8', '7bit'),
    ('APN Partner Central invitation from the new employer', 'partner association, certifications, a call to action; another AWS program'))

# 064 resolved B (Japanese, conditional invitation)
t = d('2025-04-08 10:05:30')
IDS['064'] = ses_id(t, 64)
RES_B = """Mirela Kovac 様

山田でございます。大変お待たせいたしました。

専門チームにて、認定証の氏名表記を修正いたしました。恐れ入りますが、認定証のシステムでは
ハーチェク付きの文字(č)を表示できないため、ご了承いただいたとおり「Mirela Kovac」と表記しております。

新しい認定証は、認定アカウントの「認定」ページからダウンロードいただけます。

本件はこれにて完了とさせていただきます。ほかにご不明な点がございましたら、本メールにご返信ください。

山田
AWS トレーニングと認定 カスタマーサポート"""
html = '<html><body><div style="font-family:Meiryo,sans-serif;font-size:14px"><p>' + RES_B.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></div></body></html>'
add(('resolved', False, B, []),
    fm_rcvd(t, 'a9-54.smtp-out.amazonses.com', '54.240.9.54', 64) + [
    fm_auth('amazon.com', '0100019612a0b7c2-%s@amazonses.com' % h(64, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', tc_subject(B, space=True).replace('account-assistance', 'certificate')),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', IDS['064']),
    ('In-Reply-To', gen_part5.IDS['041']),
    ('References', '%s %s %s' % (IDS['036'], IDS['037'], IDS['041'])),
    ], multipart('alternative', [leaf('text/plain', RES_B + '\n', 'UTF-8', 'base64'),
                                 leaf('text/html', html, 'UTF-8', 'base64')], 64),
    ('Case B done (name corrected without the diacritic), Japanese', '〜がございましたら conditional; partial outcome still a resolution'))

# 065 owner thanks support, to a mistyped address
t = d('2025-04-08 10:40:02')
IDS['065'] = '<%s-%s@app.fastmail.com>' % (h(65, n=8), h(65, 'x', n=12))
THX = """山田様

ご対応ありがとうございました。新しい認定証を確認しました。
č が使えないのは残念ですが、Kovac で問題ありません。

ミレラ・コヴァチ
"""
add(('user_reply', False, B, []), [
    ('Return-Path', '<%s>' % ME_P),
    ('From', addr(ME_NAME, ME_P)),
    ('To', 'aws-cs-trainingcertification-form@amazon.co.jp'),
    ('Subject', 'Re: ' + tc_subject(B, space=True).replace('account-assistance', 'certificate')),
    ('Date', fdate(t)),
    ('Message-ID', IDS['065']),
    ('In-Reply-To', IDS['064']),
    ('References', '%s %s' % (IDS['041'], IDS['064'])),
    ('User-Agent', 'Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250226'),
    ], leaf('text/plain', THX, 'utf-8', 'base64'),
    ('Owner thanks support on B (address mistyped as amazon.co.jp)', 'no quote; recipient is not the support address'))

# 066 bounce of 065
t = d('2025-04-08 10:40:09')
report = """This is the mail system at host mx4.messagingengine.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<aws-cs-trainingcertification-form@amazon.co.jp>: host
    amazon-co-jp.mail.protection.outlook.com[52.101.228.4] said: 550 5.4.1
    Recipient address rejected: Access denied.
"""
status = """Reporting-MTA: dns; mx4.messagingengine.com
X-Postfix-Queue-ID: 4ZRb1k3TQmz9sN7
Arrival-Date: Tue,  8 Apr 2025 01:40:02 +0000 (UTC)

Final-Recipient: rfc822; aws-cs-trainingcertification-form@amazon.co.jp
Original-Recipient: rfc822;aws-cs-trainingcertification-form@amazon.co.jp
Action: failed
Status: 5.4.1
Remote-MTA: dns; amazon-co-jp.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
"""
orig_hdrs = """From: =?utf-8?q?Mirela_Kova=C4=8D?= <mkovac@fastmail.com>
To: aws-cs-trainingcertification-form@amazon.co.jp
Subject: Re: %s
Date: Tue, 08 Apr 2025 10:40:02 +0900
Message-ID: %s
""" % (tc_subject(B, space=True).replace('account-assistance', 'certificate'), IDS['065'])
ent = multipart('report', [
    leaf('text/plain', report, 'us-ascii', '7bit', extra=[('Content-Description', 'Notification')]),
    ('Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + status).encode(),
    ('Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n' + orig_hdrs).encode(),
], 66).replace(b'Content-Type: multipart/report;', b'Content-Type: multipart/report; report-type=delivery-status;', 1)
add(('unrelated', False, B, []), [
    ('Return-Path', '<>'),
    ('Received', 'by mx4.messagingengine.com (Postfix)\n\tid 4ZRb1kHnC1z9sN9; %s' % fdate(t.astimezone(UTC))),
    ('From', 'MAILER-DAEMON@mx4.messagingengine.com (Mail Delivery System)'),
    ('To', ME_P),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', '<20250408014009.4ZRb1kHnC1z9sN9@mx4.messagingengine.com>'),
    ('Auto-Submitted', 'auto-replied'),
    ], ent,
    ('Bounce of the thank-you on B', 'DSN with the case subject only inside the returned headers'))

# 067 Free Tier usage alert
t = d('2025-04-09 08:00:33', UTC)
txt = """Hello,

Your AWS account 590712643381 has exceeded 85% of the usage limit for one or more AWS Free
Tier-eligible services for the April 2025 billing period.

Product            Usage limit                      Usage
AmazonS3           5 GB-Mo of storage               4.3 GB-Mo

To learn more, visit the Billing and Cost Management console.

Amazon Web Services
"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'a8-66.smtp-out.amazonses.com', '54.240.8.66', 67) + [
    fm_auth('costalerts.amazonaws.com', 'freetier@costalerts.amazonaws.com'),
    ('From', addr('AWS Free Tier', 'freetier@costalerts.amazonaws.com')),
    ('To', ME_P),
    ('Subject', 'AWS Free Tier limit alert'),
    ('Date', fdate(t)),
    ('Message-ID', ses_id(t, 67)),
    ], leaf('text/plain', txt, 'UTF-8', '7bit'),
    ('Free Tier usage alert', 'AWS, 12-digit account ID'))

# 068 console case opened (C)
t = d('2025-04-09 21:12:48')
txt = """Dear Customer,

We have opened case %s on your behalf.

The details of the case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: After my two AWS Certification accounts were merged on 18 March, the unused 50%%
discount voucher from the company account is no longer listed under Benefits. Candidate ID of the
merged account: AWS04197350.

Thank you for contacting Amazon Web Services.
""" % (C, C, C_SUBJ) + CONSOLE_FOOT
add(('acknowledgement', False, C, [CID_P]),
    fm_rcvd(t, 'a9-30.smtp-out.amazonses.com', '54.240.9.30', 68) + [
    fm_auth('amazon.com', '0100019618c1d2e3-%s@amazonses.com' % h(68, n=8)),
    ('From', addr('Amazon Web Services', 'no-reply-aws@amazon.com')),
    ('To', ME_P),
    ('Subject', 'Amazon Web Services: New Support case: %s' % C),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', ses_id(t, 68)),
    ], leaf('text/plain', txt, 'UTF-8', 'quoted-printable'),
    ('Support Center case C opened (11-digit ID)', 'console case about a T&C benefit; cannot be answered by email'),
    crlf=True)

# 069 console info request (C)
t = d('2025-04-10 14:05:19')
txt = """Hello,

Thank you for contacting AWS Support. My name is Ji-woo and I'll be assisting you with this case.

Certification benefits are administered by the AWS Training and Certification team, and I've
engaged them on your behalf. To trace the voucher they need:

1. The candidate ID of the account on which the voucher was originally issued
2. The exam that earned the voucher and the approximate date you passed it

Please add these details to the case through the Support Center link below, as replies to this
email don't reach us.
""" + RATE + """
Best regards,
Ji-woo K.
Amazon Web Services
""" + CONSOLE_FOOT
add(('info_request', True, C, []),
    fm_rcvd(t, 'a9-30.smtp-out.amazonses.com', '54.240.9.30', 69) + [
    fm_auth('amazon.com', '010001961e0a5f77-%s@amazonses.com' % h(69, n=8)),
    ('From', addr('Amazon Web Services', 'no-reply-aws@amazon.com')),
    ('To', ME_P),
    ('Subject', 'RE:[CASE %s] %s' % (C, C_SUBJ)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', ses_id(t, 69)),
    ], leaf('text/plain', txt, 'UTF-8', 'quoted-printable'),
    ('Console agent asks for the original candidate ID and exam', 'answer must go through the Support Center; feedback footer in the middle; "cannot accept incoming e-mails"'))
