# Messages 001-016
from gen_common import *

# 001 HR offboarding (ISO-2022-JP)
k = 'hr1'
t = '''石田さん

お疲れさまです。人事部 労務チームの藤原です。
退職のお手続きについてご案内いたします。

■最終出社日：2025年10月31日(金)
■社用アカウント停止：同日18:00（Microsoft 365、GitHub Organization、
  AWS IAM Identity Center、Slack）

(1) 貸与PC・入館証は最終日に総務へ返却してください。
(2) 会社のメールアドレスで登録している外部サービス（資格・学習サイトを含む）は、
    最終日までに個人アドレスへの切り替え、または退会をお願いします。
    最終日以降は会社アドレス宛のメールを受信できません。
(3) 共有フォルダの退職届・秘密保持に関する誓約書に記入のうえ、
    10月10日(金)までにこのメールへ返信する形でご提出ください。

ご不明点は労務チームまでお問い合わせください。

--
Norrsken Labs株式会社 人事部 労務チーム
藤原 さやか
roumu@norrsken-labs.co.jp / 内線 2041
'''
add(L('unrelated', False), build([
    ('Received', f'from TYCPR01MB6120.jpnprd01.prod.outlook.com ([fe80::3c2d:9a1f:2b44:71e0]) by\n TYCPR01MB6120.jpnprd01.prod.outlook.com ([fe80::3c2d:9a1f:2b44:71e0%4]) with mapi id\n 15.20.9137.011; {date("2025-09-26 18:40:12", "+0000")}'),
    ('From', A('藤原 さやか', 'roumu@norrsken-labs.co.jp', 'iso-2022-jp')),
    ('To', A('石田 明里', ME_C, 'iso-2022-jp')),
    ('Subject', enc('【ご案内】退職に伴うお手続きについて（石田さん）', 'iso-2022-jp')),
    ('Thread-Topic', enc('【ご案内】退職に伴うお手続きについて（石田さん）', 'iso-2022-jp')),
    ('Date', date('2025-09-26 18:40:12')),
    ('Message-ID', msgid(k, 'outlook')),
    ('Content-Language', 'ja-JP'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
], P('text/plain', t, 'iso-2022-jp', '7bit'), crlf=True),
    'HR offboarding checklist in ISO-2022-JP; asks for a reply by a deadline and mentions moving certification-site accounts, but it is HR, not support.')

# 002 Amazon.co.jp shipping (not AWS)
k = 'amzn'
t = '''Akari Ståhlberg 様

ご注文いただいた商品を発送しました。

注文番号: 250-4419083-7716204
お届け予定: 9月28日(日) 午前中

AWS認定 ソリューションアーキテクト プロフェッショナル 問題集 (第2版)
数量: 1

配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-details?orderID=250-4419083-7716204

Amazon.co.jp をご利用いただき、ありがとうございました。
このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
'''
h = p2html(t)
add(L('unrelated', False), build(
    recv_icloud('amazon.co.jp', '2025092703031138f2e0a@bounces.amazon.co.jp', '52.95.49.17', 'a49-17.smtp-out.amazonses.com', '2025-09-27 12:03:40') + [
    ('From', A('Amazon.co.jp', 'shipment-tracking@amazon.co.jp')),
    ('To', ME_P),
    ('Subject', enc('Amazon.co.jpでのご注文250-4419083-7716204を発送しました')),
    ('Date', date('2025-09-27 12:03:40', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], M('alternative', [P('text/plain', t, 'utf-8', 'base64'), P('text/html', html_wrap(h), 'utf-8', 'base64')], k)),
    'Amazon.co.jp shipping notice (Amazon, not AWS) for an AWS certification study book; long order number.')

# 003 connpass registration
k = 'connpass1'
t = '''Akari Stahlberg さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #48 「AWS認定 もくもく会 & LT」
日時: 2025/10/15(水) 19:00〜21:00
会場: 渋谷ソラスタ 8F

当日は受付で connpass の受付票(QRコード)をご提示ください。
参加をキャンセルする場合は、イベントページからキャンセル手続きをしてください。

https://jawsug.connpass.com/event/368211/

このメールは送信専用アドレスから送信されています。
connpass
'''
add(L('unrelated', False), build(
    recv_icloud('connpass.com', 'bounce+3a91c7@mail.connpass.com', '198.61.254.21', 'o1.mail.connpass.com', '2025-09-28 20:15:02') + [
    ('From', A('connpass', 'no-reply@connpass.com')),
    ('To', ME_P),
    ('Subject', enc('【connpass】JAWS-UG 東京 #48 「AWS認定 もくもく会 & LT」への参加登録が完了しました')),
    ('Date', date('2025-09-28 20:15:02')),
    ('Message-ID', msgid(k, 'mail.connpass.com')),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Meetup registration in Japanese about an AWS certification study night; registration "完了" words, no case.')

# 004 CertMetrics expiry notice to the company address
k = 'exp60'
t = f'''Hello Akari Ishida,

Your AWS Certified Developer - Associate certification will expire on 28 November 2025, 60 days from today.

To keep your certification active, pass the current version of the AWS Certified Developer - Associate exam (DVA-C02) or a higher-level exam in the same path before the expiration date.

Candidate ID: {CID_OLD}
Certification: AWS Certified Developer - Associate
Expiration date: 2025-11-28

Sign in to your AWS Certification Account to schedule an exam and view your certification benefits:
https://www.aws.training/Certification

Regards,
AWS Certification

This is an automated message. Please do not reply.
'''
hh = p2html(t)
add(L('certification', False, None, [CID_OLD]), build(
    recv_m365('certmetrics.com', 'bounce@mailer.certmetrics.com', '198.21.4.88', 'mailer2.certmetrics.com', '2025-09-29 11:11:09') + [
    ('From', A('AWS Certification', CERTM)),
    ('To', ME_C),
    ('Subject', 'Your AWS Certification expires in 60 days'),
    ('Date', date('2025-09-29 11:11:09', '+0000')),
    ('Message-ID', msgid(k, 'certmetrics.com')),
], M('alternative', [P('text/plain', t, 'us-ascii', '7bit'), P('text/html', html_wrap(hh), 'utf-8', 'quoted-printable')], k)),
    'CertMetrics expiry notice to the company address with the old candidate ID; program mail, not a case.')

# 005 Builder ID verification code
k = 'bid1'
hh = html_wrap('''<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<h2 style="margin:0 0 12px 0">Verify your AWS Builder ID email address</h2>
<p>Thanks for starting the AWS Builder ID sign-up. Use the following code to verify your email address:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px">482913</p>
<p>This code expires 30 minutes after it was sent.</p>
<p>If you did not request this code, you can safely ignore this email. Amazon Web Services will never ask you to share this code.</p>
</td></tr></table>''')
add(L('unrelated', False), build(
    recv_icloud('signin.aws', ses_from(k).replace('ap-northeast-1', 'us-east-1'), '54.240.11.42', 'a11-42.smtp-out.amazonses.com', '2025-09-30 08:02:55') + [
    dkim_sig('signin.aws', k),
    ('From', A('AWS Builder ID', 'no-reply@signin.aws')),
    ('To', ME_P),
    ('Subject', 'Verify your AWS Builder ID email address'),
    ('Date', date('2025-09-30 08:02:55', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], P('text/html', hh, 'utf-8', 'quoted-printable')),
    'HTML-only Builder ID one-time code (6 digits); AWS sender but not case mail.')

# 006 CertMetrics welcome: new certification account
k = 'welcome'
t = f'''Welcome to AWS Certification, Akari!

Your AWS Certification Account has been created. Your Candidate ID is {CID_NEW}. Keep it handy: you will need it when you contact AWS Certification or an exam provider.

What's next
- Browse exams and schedule with Pearson VUE
- Connect your account to Credly to receive digital badges
- Review the AWS Certification Program Agreement

Already hold AWS Certifications under another account? Account merges are handled by AWS Training and Certification customer support.

AWS Certification
Please do not reply to this message; this mailbox is not monitored.
'''
add(L('certification', False, None, [CID_NEW]), build(
    recv_icloud('certmetrics.com', 'bounce@mailer.certmetrics.com', '198.21.4.88', 'mailer2.certmetrics.com', '2025-09-30 08:21:30') + [
    ('From', A('AWS Certification', CERTM)),
    ('To', ME_P),
    ('Subject', 'Welcome to AWS Certification'),
    ('Date', date('2025-09-30 08:21:30', '+0000')),
    ('Message-ID', msgid(k, 'certmetrics.com')),
], P('text/plain', t, 'us-ascii', '7bit')),
    'New certification account created, shows the new candidate ID and mentions merges; program mail, no case.')

# 007 Case A acknowledgement in Japanese, with form details
k = 'A-ack'
t = f'''Amazon Web Services をご利用いただき、誠にありがとうございます。

お問い合わせを受け付け、ケース {CASE_A} を作成いたしました。
担当者より、通常は24時間以内にご連絡いたします。内容によっては、調査のためにお時間をいただく場合がございます。

同一の内容について重ねてケースを作成されますと、確認に時間を要し、ご回答が遅れる原因となります。追加の情報は、本メールへの返信としてお送りください。

お問い合わせ内容は以下のとおりです。
------------------------------------------------------------
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: {CID_OLD}
お名前: Akari Ståhlberg
メールアドレス: {ME_P}
本日はどのようなサポートをお求めですか?:
I am leaving my employer (Norrsken Labs K.K.) on 31 October and want to keep my AWS Certifications.
Please merge my company certification account into my personal one.
Email addresses I have used: {ME_C} (company, Candidate ID {CID_OLD}), {ME_P} (personal)
Email address to keep: {ME_P} (Candidate ID {CID_NEW})
------------------------------------------------------------

Amazon Web Services
'''
add(L('acknowledgement', False, CASE_A, [CID_OLD, CID_NEW]), build(
    aws_recv(k, '2025-10-01 09:12:40') + [dkim_sig('amazon.com', k),
    ('From', A('Amazon Web Services', FORM)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_A}] {SUBJ_A}'),
    ('Date', date('2025-10-01 09:12:40', '+0000')),
    ('Message-ID', msgid(k)),
    ('X-SES-Outgoing', '2025.10.01-23.251.234.40'),
], M('alternative', [P('text/plain', t, 'utf-8', 'base64'), P('text/html', html_wrap(p2html(t)), 'utf-8', 'base64')], k)),
    'Japanese acknowledgement of the merge case; "do not open duplicate cases" instruction; echoes the form details with both candidate IDs (counted: system-written, not quoted).')

# 008 GitHub merged PR
k = 'gh388'
t = '''Merged #388 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/norrsken-labs/infra-modules/pull/388#event-20481177312
You are receiving this because you were mentioned.

Message ID: <norrsken-labs/infra-modules/pull/388/issue_event/20481177312@github.com>
'''
add(L('unrelated', False), build(
    recv_m365('github.com', 'noreply@github.com', '192.30.252.201', 'out-18.smtp.github.com', '2025-10-01 16:40:05') + [
    ('From', A('Kenta Hoshino', 'notifications@github.com')),
    ('Reply-To', 'norrsken-labs/infra-modules <reply+AAVQ7KXM3ZD4PNN6OIRBEWGHHLBY3EVBNHHKMS3JTA@reply.github.com>'),
    ('To', 'norrsken-labs/infra-modules <infra-modules@noreply.github.com>'),
    ('Cc', A('Ishida Akari', ME_C) + ', Mention <mention@noreply.github.com>'),
    ('Subject', 'Re: [norrsken-labs/infra-modules] Merge legacy account-baseline into org-baseline (PR #388)'),
    ('Date', date('2025-10-01 16:40:05', '-0700')),
    ('Message-ID', '<norrsken-labs/infra-modules/pull/388/issue_event/20481177312@github.com>'),
    ('In-Reply-To', '<norrsken-labs/infra-modules/pull/388@github.com>'),
    ('References', '<norrsken-labs/infra-modules/pull/388@github.com>'),
    ('List-ID', 'norrsken-labs/infra-modules <infra-modules.norrsken-labs.github.com>'),
    ('X-GitHub-Reason', 'mention'),
], P('text/plain', t, 'UTF-8', '7bit')),
    'GitHub "Merged #388" notification about merging account modules: merge/account words, not certification.')

# 009 colleague: farewell party (ISO-2022-JP)
k = 'sobetsu'
t = '''石田さん

早瀬です。退職の件、部長から聞きました。寂しくなります…！

チームで送別会を開かせてください。
候補は 10/30(木) 19:00〜 恵比寿あたり を考えています。
ご都合いかがでしょうか？　NGの日や食べられないものがあれば教えてください。

早瀬
'''
add(L('unrelated', False), build([
    ('Received', f'from TYWPR01MB9904.jpnprd01.prod.outlook.com ([fe80::a1b3:cc02:9e11:4f20]) by\n TYWPR01MB9904.jpnprd01.prod.outlook.com with mapi id 15.20.9137.011; {date("2025-10-02 10:15:47", "+0000")}'),
    ('From', A('早瀬 ゆかり', 'y.hayase@norrsken-labs.co.jp', 'iso-2022-jp')),
    ('To', A('石田 明里', ME_C, 'iso-2022-jp')),
    ('Subject', enc('送別会の日程について', 'iso-2022-jp')),
    ('Date', date('2025-10-02 10:15:47')),
    ('Message-ID', msgid(k, 'outlook')),
    ('Content-Language', 'ja-JP'),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
], P('text/plain', t, 'iso-2022-jp', '7bit'), crlf=True),
    'Colleague asks a direct question (farewell party date) in ISO-2022-JP; a real question, but not support.')

# 010 Case A2 acknowledgement (duplicate form, company address)
k = 'A2-ack'
t = f'''Hello,

Thank you for contacting AWS Training and Certification. We've opened case {CASE_A2} for your request.

Our team typically responds within one business day. Some requests need extra research and can take longer.

Please avoid submitting the form again for this same request. Each submission creates a separate case, and duplicates are worked in order, which can delay your answer.

Case details
  Inquiry type: Certification
  Additional details: Account Merge
  Candidate ID: {CID_OLD}
  Description: Please merge this certification account ({ME_C}) into my personal account {ME_P}. I sent the same request yesterday from my personal address; sending it from the company side too in case the old account owner has to ask.

Sincerely,
AWS Training and Certification
'''
add(L('acknowledgement', False, CASE_A2, [CID_OLD]), build(
    aws_recv(k, '2025-10-02 22:40:31', box='m365') + [dkim_sig('amazon.com', k),
    ('From', FORM),
    ('To', ME_C),
    ('Subject', f'RE:[CASE {CASE_A2}] {SUBJ_A}'),
    ('Date', date('2025-10-02 22:40:31', '+0000')),
    ('Message-ID', msgid(k)),
], P('text/plain', t, 'us-ascii', '7bit'), crlf=True),
    'Second acknowledgement for the same request (duplicate case) sent to the company address; plain 7bit CRLF.')

# 011 Last Week in AWS newsletter
k = 'lwia1'
t = '''Last Week in AWS - Issue #441

Good morning!

This week AWS shipped 63 things, renamed two of them, and quietly merged three consoles into one
that is somehow harder to find. Let's get into it.

FROM THE COMMUNITY
- "Your certification account is not your AWS account": a surprisingly long thread about people
  losing their badges when they change jobs. Moral: move your certs before your last day.
- A walkthrough of consolidating 40 accounts into an Organization without crying.

AWS RELEASES
- Amazon Bedrock adds ... (the usual)
- AWS Certification announces new exam guides for the Generative AI Developer - Professional beta.

TIP OF THE WEEK
Reply to this email and tell me the worst support case you ever opened. I read every one.

You are receiving this because you subscribed at lastweekinaws.com. Unsubscribe:
https://lastweekinaws.com/unsubscribe/?u=8f21c1
'''
add(L('unrelated', False), build(
    recv_icloud('lastweekinaws.com', 'bounces+1029384@em.lastweekinaws.com', '149.72.154.3', 'o3.em.lastweekinaws.com', '2025-10-03 09:00:11') + [
    ('From', A('Corey Quinn', 'newsletter@lastweekinaws.com')),
    ('To', ME_P),
    ('Subject', 'Last Week in AWS: Merging consoles, losing badges'),
    ('Date', date('2025-10-03 09:00:11', '-0700')),
    ('Message-ID', msgid(k, 'em.lastweekinaws.com')),
    ('List-Unsubscribe', '<https://lastweekinaws.com/unsubscribe/?u=8f21c1>'),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Newsletter that talks about certification accounts and job changes and invites a reply; not support.')
