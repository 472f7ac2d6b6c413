# Messages 012-026
from gen_common import *

# 012 Case A on hold (APN partner) with a buried question
k = 'A-hold'
t012 = f'''Hello Akari,

Thank you for your patience while I looked into your request.

I was able to locate both certification accounts. The older one, registered to {ME_C}, is currently associated with an AWS Partner Network organization (Norrsken Labs K.K.). While that association is active we are not able to merge the account, because the partner's certification counts in AWS Partner Central are based on it.

To move forward, the partner's Alliance Lead or Cloud Admin has to release the certification account from their organization in Partner Central, or our Partner team has to confirm the change in employment with them directly. I have contacted our Partner team, and your case is on hold until they respond. This usually takes 3-5 business days.

It would help us a great deal to know your last working day at Norrsken Labs. Partners rarely release an account while the person is still employed, so that date tells our Partner team when to follow up.

Best regards,

Marisol R.
AWS Training and Certification Customer Support
'''
add(L('on_hold', True, CASE_A), build(
    aws_recv(k, '2025-10-03 15:20:18') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Training and Certification', FORM)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_A}] {SUBJ_A}'),
    ('Date', date('2025-10-03 15:20:18', '+0000')),
    ('Message-ID', msgid(k)),
], P('text/plain', t012, 'utf-8', 'quoted-printable')),
    'APN partner hold: paused for the partner to act, but the agent also wants the last working day, phrased as "it would help us to know" (no question mark, no please) -> hold that still needs an answer.')

# 013 Case A2 closed as duplicate
k = 'A2-dup'
t = f'''Hello,

While reviewing this request we found that case {CASE_A}, opened on 1 October, covers the same account merge.

To keep all the information in one place, we have closed this case ({CASE_A2}) and linked it to case {CASE_A}. You don't need to do anything: our team will continue with you on case {CASE_A}, at the email address given there.

Kind regards,
Tomasz
AWS Training and Certification
'''
add(L('case_update', False, CASE_A2), build(
    aws_recv(k, '2025-10-03 16:05:44', box='m365') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Training and Certification', FORM)),
    ('To', ME_C),
    ('Subject', f'RE:[CASE {CASE_A2}] {SUBJ_A}'),
    ('Date', date('2025-10-03 16:05:44', '+0000')),
    ('Message-ID', msgid(k)),
    ('References', IDS['A2-ack']),
], P('text/plain', t, 'us-ascii', '7bit'), crlf=True),
    'Duplicate case closed and linked to the original; says "closed" but is neither a resolution nor a closing-for-no-answer; body names the other case number four times.')

# 014 owner replies from the COMPANY address, cc manager (Outlook quoting)
k = 'A-r1'
t = f'''Hello Marisol,

Thank you for the explanation. My last working day at Norrsken Labs is Friday, 31 October 2025.

I am writing from my company address and copying my manager, Kenji Moriyama, who is our Alliance Lead, so he can release my certification account in Partner Central.

Kenji-san, could you take care of this when you are back? Thank you.

Best regards,
Akari Ishida (Ståhlberg)
Norrsken Labs K.K. | Cloud Platform Team

-----Original Message-----
From: AWS Training and Certification <{FORM}>
Sent: Friday, October 3, 2025 3:20 PM
To: {ME_P}
Subject: RE:[CASE {CASE_A}] {SUBJ_A}

''' + t012
add(L('user_reply', False, CASE_A), build([
    ('From', A('Ishida Akari', ME_C)),
    ('To', A('AWS Training and Certification', FORM)),
    ('Cc', A('Moriyama Kenji', 'k.moriyama@norrsken-labs.co.jp')),
    ('Subject', f'RE: [CASE {CASE_A}] {SUBJ_A}'),
    ('Thread-Topic', f'[CASE {CASE_A}] {SUBJ_A}'),
    ('Date', date('2025-10-04 09:48:02')),
    ('Message-ID', msgid(k, 'outlook')),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], P('text/plain', t, 'utf-8', 'quoted-printable'), crlf=True),
    'Owner answers the hold question but from the company address (new mail, no In-Reply-To, "RE: [CASE" with a space); the quoted support text below contains the question.')

# 015 manager's out-of-office reply
k = 'ooo'
t = f'''Thank you for your email. / メールありがとうございます。

I am out of the office until Monday, 6 October, with limited access to email. I will reply when I return.
For urgent matters, please contact Kenta Hoshino (k.hoshino@norrsken-labs.co.jp).

10月6日(月)まで休暇をいただいております。戻り次第ご返信いたします。
お急ぎの場合は星野(k.hoshino@norrsken-labs.co.jp)までご連絡ください。

Kenji Moriyama / 森山 健二
Norrsken Labs K.K.
'''
add(L('unrelated', False, CASE_A), build([
    ('Received', f'from TYCPR01MB7711.jpnprd01.prod.outlook.com ([fe80::77c1:2d90:5ab3:e0f1]) by\n TYCPR01MB7711.jpnprd01.prod.outlook.com with mapi id 15.20.9137.011; {date("2025-10-04 09:48:09", "+0000")}'),
    ('From', A('森山 健二', 'k.moriyama@norrsken-labs.co.jp')),
    ('To', A('Ishida Akari', ME_C)),
    ('Subject', enc(f'自動応答: RE: [CASE {CASE_A}] {SUBJ_A}')),
    ('Date', date('2025-10-04 09:48:09')),
    ('Message-ID', msgid(k, 'outlook')),
    ('In-Reply-To', IDS['A-r1']),
    ('References', IDS['A-r1']),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'k.moriyama@norrsken-labs.co.jp'),
], P('text/plain', t, 'utf-8', 'base64'), crlf=True),
    'Colleague\'s out-of-office auto-reply carrying the case subject (bilingual); belongs to the case thread but is not from support.')

# 016 Skill Builder receipt
k = 'sb-rcpt'
t = '''AWS Skill Builder

Thanks for your purchase, Akari.

Order number: SB-9F2K-77310
Date: October 5, 2025
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment method: Visa ending in 4417
Next renewal: November 5, 2025

Manage your subscription: https://skillbuilder.aws/subscriptions

Questions about your order? Contact AWS Training and Certification customer support.
This is an automatically generated email. Please do not reply.
'''
add(L('unrelated', False), build(
    recv_icloud('aws.training', ses_from(k).replace('ap-northeast-1', 'us-east-1'), '54.240.8.91', 'a8-91.smtp-out.amazonses.com', '2025-10-05 07:12:19') + [
    dkim_sig('aws.training', k),
    ('From', A('AWS Skill Builder', 'no-reply@aws.training')),
    ('To', ME_P),
    ('Subject', 'Your AWS Skill Builder order receipt (SB-9F2K-77310)'),
    ('Date', date('2025-10-05 07:12:19', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], M('alternative', [P('text/plain', t, 'utf-8', 'quoted-printable'),
                     P('text/html', html_wrap(p2html(t)), 'utf-8', 'quoted-printable')], k)),
    'Skill Builder receipt from the training platform; mentions T&C customer support, no case.')

# 017 Case A: write from the destination address (to the company mailbox)
k = 'A-addr'
t017 = t = f'''Hi Akari,

Thanks for confirming your last day and for copying Kenji - I've added both to the notes for our Partner team.

About the merge itself: your message came from {ME_C}, which is the account that would be merged away and closed. A merge has to be authorized from the address of the account that stays, so that the person keeping the certifications is the one approving the change. We'll need a reply on this thread from {ME_P} stating that you want the two certification accounts combined.

The partner hold is still in place. I'll update you as soon as our Partner team hears back.

Regards,
Devika S.
AWS Training and Certification Customer Support
'''
quoted = quote(f'''From: Ishida Akari <{ME_C}>
Sent: Saturday, October 4, 2025 00:48 UTC
Subject: RE: [CASE {CASE_A}] {SUBJ_A}

Hello Marisol,

Thank you for the explanation. My last working day at Norrsken Labs is Friday, 31 October 2025.
I am writing from my company address and copying my manager, Kenji Moriyama, who is our Alliance Lead, so he can release my certification account in Partner Central.''')
tt = t + '\n' + quoted
hh = html_wrap(p2html(t) + '\n<blockquote style="border-left:2px solid #ccc;margin:0 0 0 8px;padding-left:8px;color:#555">'
               + p2html(quoted.replace('> ', '').replace('>\n', '\n')) + '</blockquote>')
add(L('info_request', True, CASE_A), build(
    aws_recv(k, '2025-10-06 11:02:37', box='m365') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Training and Certification', FORM)),
    ('To', A('Ishida Akari', ME_C)),
    ('Cc', 'k.moriyama@norrsken-labs.co.jp'),
    ('Subject', f'RE: [CASE {CASE_A}] {SUBJ_A}'),
    ('Date', date('2025-10-06 11:02:37', '+0000')),
    ('Message-ID', msgid(k)),
    ('In-Reply-To', IDS['A-r1']),
    ('References', IDS['A-r1']),
], M('alternative', [P('text/plain', tt, 'utf-8', 'quoted-printable'), P('text/html', hh, 'utf-8', 'quoted-printable')], k)),
    'Wrong-address reply: support needs the go-ahead from the personal address ("We\'ll need a reply ... from"), no please/question; arrives in the company mailbox; partner hold still mentioned.')

# 018 AWS billing statement (same sender as console cases)
k = 'bill10'
t = '''Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.84

Please see the Bills section of the Billing and Cost Management console for details.

[AWS ID 418273650912]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
'''
add(L('unrelated', False), build(
    recv_icloud('amazon.com', ses_from(k).replace('ap-northeast-1', 'us-east-1'), '54.240.8.17', 'a8-17.smtp-out.amazonses.com', '2025-10-06 17:30:03') + [
    dkim_sig('amazon.com', k),
    ('From', A('Amazon Web Services', CONSOLE)),
    ('To', ME_P),
    ('Subject', 'Amazon Web Services Billing Statement Available [Account: 418273650912]'),
    ('Date', date('2025-10-06 17:30:03', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], P('text/plain', t, 'UTF-8', '7bit')),
    'Billing statement from no-reply-aws@amazon.com (same sender as console cases), 12-digit account ID.')

# 019 owner replies from the personal address (iPhone)
k = 'A-r2'
t = f'''Hello Devika,

Writing from my personal address as you asked. Yes, please combine my company certification account ({ME_C}, {CID_OLD}) into this one ({ME_P}, {CID_NEW}). I want to keep this personal account.

My last day at Norrsken Labs is 31 October.

Thank you!
Akari Ståhlberg

Sent from my iPhone

> On 6 Oct 2025, at 11:02, AWS Training and Certification <{FORM}> wrote:
>
''' + quote(t017)
add(L('user_reply', False, CASE_A, [CID_OLD, CID_NEW]), build([
    ('From', A(ME_P_NAME, ME_P)),
    ('To', A('AWS Training and Certification', FORM)),
    ('Subject', f'Re: [CASE {CASE_A}] {SUBJ_A}'),
    ('Date', date('2025-10-07 08:15:26')),
    ('Message-ID', msgid(k, 'icloud')),
    ('In-Reply-To', IDS['A-addr']),
    ('References', f'{IDS["A-r1"]}\n {IDS["A-addr"]}'),
    ('X-Mailer', 'iPhone Mail (22G100)'),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Owner\'s go-ahead from the personal address with both candidate IDs in her own text; "Re:" prefix.')

# 020 Pearson VUE booking confirmation with .ics
k = 'pv-book'
t = f'''Dear Akari Stahlberg,

Thank you for scheduling your exam with Pearson VUE.

Exam: AIF-C01: AWS Certified AI Practitioner
Date and time: Saturday, October 18, 2025 10:00 AM Japan Standard Time
Delivery: Pearson VUE test center - Tokyo Shinjuku (Site 81042)
Registration ID: 570318264
Candidate ID: {CID_NEW}
Price: USD 50.00 (50% discount voucher applied)

Please arrive 30 minutes early and bring two forms of identification. The name on your ID must match the name on your registration.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.

Pearson VUE
'''
ics = ('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pearson VUE//Scheduling//EN\r\nBEGIN:VEVENT\r\n'
       'UID:570318264@pearsonvue.com\r\nDTSTART:20251018T010000Z\r\nDTEND:20251018T033000Z\r\n'
       'SUMMARY:AWS Certified AI Practitioner (AIF-C01)\r\nLOCATION:Pearson VUE Tokyo Shinjuku\r\n'
       'END:VEVENT\r\nEND:VCALENDAR\r\n').encode()
add(L('unrelated', False, None, [CID_NEW]), build(
    recv_icloud('pearson.com', 'bounce-pv@pearson.com', '159.182.88.14', 'mx-out4.pearson.com', '2025-10-08 13:40:51') + [
    ('From', A('Pearson VUE', 'pearsonvue-confirmation@pearson.com')),
    ('To', ME_P),
    ('Subject', 'Pearson VUE Confirmation of Booking'),
    ('Date', date('2025-10-08 13:40:51', '-0500')),
    ('Message-ID', msgid(k, 'pearson.com')),
], M('mixed', [M('alternative', [P('text/plain', t, 'utf-8', 'quoted-printable'),
                                 P('text/html', html_wrap(p2html(t)), 'utf-8', 'quoted-printable')], k + 'alt'),
               ATT('text/calendar', 'exam.ics', ics)], k)),
    'Exam vendor booking with candidate ID, 9-digit registration ID, .ics attachment and "50% discount applied" (relevant to later case B).')

# 021 Case A: hold lifted
k = 'A-lift'
t = f'''Hello Akari,

Good news: Norrsken Labs has released your certification account from its partner organization, so the hold on case {CASE_A} has been lifted.

I've handed the merge over to our Accounts team. They will prepare it and will contact you to check the details before anything is changed. There is nothing you need to do right now.

Best regards,
Marisol R.
AWS Training and Certification Customer Support
'''
add(L('case_update', False, CASE_A), build(
    aws_recv(k, '2025-10-09 14:30:05') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Training and Certification', FORM)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_A}] {SUBJ_A}'),
    ('Date', date('2025-10-09 14:30:05', '+0000')),
    ('Message-ID', msgid(k)),
    ('In-Reply-To', IDS['A-r2']),
    ('References', IDS['A-r2']),
], P('text/plain', t, 'utf-8', 'base64')),
    'Hold lifted, passed to another team, "will contact you to check the details" (future request), "nothing you need to do".')

# 022 phishing, lookalike domain
k = 'phish-merge'
hh = html_wrap(f'''<table width="100%" style="background:#232f3e"><tr><td style="padding:12px;color:#fff;font-size:18px">aws <span style="color:#ff9900">training and certification</span></td></tr></table>
<p>Dear Candidate,</p>
<p>We have received a request to <b>merge your AWS Certification accounts</b>. To avoid the permanent loss of your certifications and benefits, you must confirm this merge within <b>24 hours</b>.</p>
<table style="border:1px solid #ccc;border-collapse:collapse"><tr><td style="padding:6px">Candidate ID</td><td style="padding:6px">AWS58120934</td></tr>
<tr><td style="padding:6px">Request reference</td><td style="padding:6px">Case #2025-104417</td></tr></table>
<p><a href="https://aws-certification-merge.com/signin?ref=2025-104417" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Confirm merge now</a></p>
<p>If you do not confirm, both accounts will be suspended and your certifications revoked.</p>
<p>AWS Training &amp; Certification Support Team</p>''')
add(L('suspicious', False, None, ['AWS58120934']), build(
    recv_icloud('aws-certification-merge.com', 'bounce@aws-certification-merge.com', '185.222.58.140', 'mail.aws-certification-merge.com', '2025-10-09 19:12:44') + [
    ('From', A('AWS Training & Certification', 'support@aws-certification-merge.com')),
    ('To', ME_P),
    ('Subject', '[Action Required] Confirm your AWS Certification account merge - Case #2025-104417'),
    ('Date', date('2025-10-09 19:12:44', '+0300')),
    ('Message-ID', msgid(k, 'aws-certification-merge.com')),
], P('text/html', hh, 'utf-8', 'base64')),
    'Lookalike-domain phishing asking to confirm a merge within 24h via a sign-in link (passes DKIM for its own domain); fake candidate ID and case ref; arrives while the real merge is pending.')

# 023 HR reminder (Shift_JIS)
k = 'hr2'
t = '''石田さん

お疲れさまです。労務チームの藤原です。
先日ご案内した退職届・誓約書のご提出期限が本日となっております。
お手すきの際にご提出をお願いいたします。すでにご提出済みでしたら、行き違いですのでご容赦ください。

藤原
'''
add(L('unrelated', False), build([
    ('Received', f'from TYCPR01MB6120.jpnprd01.prod.outlook.com ([fe80::3c2d:9a1f:2b44:71e0]) by\n TYCPR01MB6120.jpnprd01.prod.outlook.com with mapi id 15.20.9137.011; {date("2025-10-10 10:00:21", "+0000")}'),
    ('From', A('藤原 さやか', 'roumu@norrsken-labs.co.jp', 'shift_jis')),
    ('To', A('石田 明里', ME_C, 'shift_jis')),
    ('Subject', enc('RE: 【ご案内】退職に伴うお手続きについて（石田さん）', 'shift_jis')),
    ('Date', date('2025-10-10 10:00:21')),
    ('Message-ID', msgid(k, 'outlook')),
    ('In-Reply-To', IDS['hr1']),
    ('References', IDS['hr1']),
], P('text/plain', t, 'shift_jis', 'quoted-printable'), crlf=True),
    'HR deadline reminder in Shift_JIS quoted-printable; a real request, not support.')

# 024 Credly: badge expiring (company address)
k = 'credly-exp'
hh = html_wrap('''<p>Hi Akari Ishida,</p>
<p>Your badge <b>AWS Certified Developer - Associate</b>, issued by Amazon Web Services Training and Certification, will expire on <b>November 28, 2025</b>.</p>
<p>Once a badge expires it stays on your profile marked as expired. To keep it current, follow the issuer's recertification steps.</p>
<p><a href="https://www.credly.com/badges/3c1f8e52-9b0d-4c71-a2e4-6d8f10b7c913">View badge</a></p>
<p style="color:#777;font-size:12px">Credly, Inc. - You received this email because you have a badge on Credly. <a href="https://www.credly.com/notification_settings">Manage notifications</a></p>''')
add(L('badge', False), build(
    recv_m365('credly.com', 'bounces@mail.credly.com', '167.89.22.10', 'o10.mail.credly.com', '2025-10-10 21:00:33') + [
    ('From', A('Credly', CREDLY)),
    ('To', ME_C),
    ('Subject', 'Your badge expires soon: AWS Certified Developer - Associate'),
    ('Date', date('2025-10-10 21:00:33', '+0000')),
    ('Message-ID', msgid(k, 'credly.com')),
], P('text/html', hh, 'utf-8', 'quoted-printable')),
    'Credly expiry notice (HTML-only) with a badge UUID, to the company address.')

# 025 Zenn weekly digest
k = 'zenn'
t = '''Zenn 今週のトレンド

1. 転職前にやっておくAWS認定アカウントの統合 (ケース対応ログつき)
   「サポートからの確認メールには [CASE 番号] を消さずに返信しましょう。」
2. Terraform で AWS Organizations を安全に統合する
3. Bedrock Agents を本番投入して分かったこと

記事を読む: https://zenn.dev/trends?utm_source=weekly

配信停止はこちら: https://zenn.dev/settings/email
'''
add(L('unrelated', False), build(
    recv_icloud('zenn.dev', 'bounce@mail.zenn.dev', '149.72.120.5', 'o5.mail.zenn.dev', '2025-10-11 08:00:09') + [
    ('From', A('Zenn', 'noreply@zenn.dev')),
    ('To', ME_P),
    ('Subject', enc('今週のトレンド: AWS認定アカウントの統合 ほか')),
    ('Date', date('2025-10-11 08:00:09')),
    ('Message-ID', msgid(k, 'mail.zenn.dev')),
], P('text/plain', t, 'utf-8', 'base64')),
    'Japanese tech digest whose headline is about merging AWS certification accounts and replying with [CASE ...]; no real case.')

# 026 LinkedIn recruiter
k = 'li'
t = '''Akari, you have a new message

Daniel Park, Talent Partner at Cirrus Harbor
"Hi Akari - congrats on the move! We're hiring a Staff Platform Engineer in Tokyo and your AWS Certifications caught my eye. Are you open to a quick call next week? Could you let me know a time that works?"

Reply: https://www.linkedin.com/messaging/thread/2-NjQ1Zjc5/

This email was intended for Akari Ståhlberg. Unsubscribe | Help
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
'''
add(L('unrelated', False), build(
    recv_icloud('linkedin.com', 's-2ptk1d@bounce.linkedin.com', '108.174.3.12', 'mailb-ac.linkedin.com', '2025-10-12 11:20:40') + [
    ('From', A('Daniel Park via LinkedIn', 'messaging-digest-noreply@linkedin.com')),
    ('To', A(ME_P_NAME, ME_P)),
    ('Subject', 'Daniel just messaged you'),
    ('Date', date('2025-10-12 11:20:40', '+0000')),
    ('Message-ID', msgid(k, 'linkedin.com')),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Recruiter message via LinkedIn with "Could you let me know" and AWS Certifications; not support.')
