# Part 2: April - May 20, 2025 (before the merge case).
from gen_aws import *

CASE_Q = '174357702300564'
SUBJ_Q = '上限緩和: EC2 オンデマンドインスタンス(Standard)'

w = T('2025-04-02 17:20:48')
agent = """小笠原様

AWS サポートの高橋です。EC2 オンデマンドインスタンス(Standard: A, C, D, H, I, M, R, T, Z)の vCPU 上限を 256 から 1,024 へ引き上げるご依頼を承っております。

今回の引き上げ幅が大きいため、承認にあたり追加の情報が必要となります。以下についてお知らせいただけますでしょうか。

・ご利用予定のワークロードの概要(例: バッチ処理、負荷試験など)
・上限が必要となる時期と、想定されるピーク時の vCPU 数

お手数ですが、サポートセンターのケース画面からご返信くださいますようお願いいたします。

高橋 美咲
Amazon Web Services"""
aws_send(w, ME_C, 'RE:[CASE %s] %s' % (CASE_Q, SUBJ_Q),
         leaf(corr_ja(CASE_Q, SUBJ_Q, agent), cte='base64'),
         L('unrelated'), 'Japanese keigo request (〜いただけますでしょうか, reply in the Support Center) from the shared '
         'sender, but on a Service Quotas case: not the T&C case, so no reply is owed to T&C.')

w = T('2025-04-04 11:02:30')
agent = """小笠原様

ご回答ありがとうございました。アジアパシフィック(東京)リージョンにおける EC2 オンデマンドインスタンス(Standard)の vCPU 上限を 1,024 に引き上げました。反映まで最大 30 分ほどかかる場合がございます。

本件はこれにて解決済みとさせていただきます。

高橋 美咲
Amazon Web Services"""
aws_send(w, ME_C, 'RE:[CASE %s] %s' % (CASE_Q, SUBJ_Q),
         leaf(corr_ja(CASE_Q, SUBJ_Q, agent), cte='base64'),
         L('unrelated'), 'Service-quota case resolved ("解決済み") in Japanese; reads like a T&C resolution.')

w = T('2025-04-08 09:11:02')
txt = """Hello Takumi,

Thanks for your purchase. Here is your receipt.

Order number: SB-20250408-7731952
Item: AWS Skill Builder Individual subscription (monthly)
Billing period: April 8, 2025 - May 7, 2025
Amount: USD 29.00 (tax included)
Payment method: Visa ending in 4412

You can manage or cancel your subscription at any time from your Skill Builder account settings.

AWS Training and Certification
This is an automated message; please do not reply.
"""
add(w, 'AWS Training and Certification <no-reply@aws.training>', ME_P, 'Your AWS Skill Builder receipt (SB-20250408-7731952)',
    leaf(txt, cte='quoted-printable'), L('unrelated'),
    'Skill Builder receipt signed "AWS Training and Certification"; a purchase, not a case.',
    top=ses_in_gmail(w, ME_P, dom='aws.training', fromdom='aws.training'))

w = T('2025-04-14 12:00:05')
html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="600" align="center"><tr><td>
<h1 style="color:#232f3e">AWS Summit Japan 2025 登録受付中</h1>
<p>6 月 25 日(水)・26 日(木)、幕張メッセで開催。150 以上のセッションに加え、AWS 認定ラウンジもご用意しています。
認定資格をお持ちの方は、会場で認定者限定ノベルティをお受け取りいただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_20250414">今すぐ登録する</a></p>
<p style="font-size:11px;color:#888">本メールは送信専用アドレスから配信しています。配信停止をご希望の場合は
<a href="https://pages.awscloud.com/communication-preferences">こちら</a>から設定を変更してください。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>
"""
add(w, addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), ME_P,
    'AWS Summit Japan 2025 登録受付中 - 認定者ラウンジのご案内', leaf(html, 'html', cte='base64'),
    L('unrelated'), 'HTML-only Japanese AWS marketing that mentions certification holders.',
    top=ses_in_gmail(w, ME_P), extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>')])

w = T('2025-04-15 21:14:37')
txt = """Hello Takumi,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Professional exam and you are now AWS Certified.

Candidate ID: AWS02718364
Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Result: PASS
Score: 842 (required: 750)
Date of exam: April 14, 2025

Because this certification is at a higher level, it also recertifies your AWS Certified Solutions Architect - Associate certification, which is now valid until April 14, 2028.

You can view your score report, download your certificate and claim your digital badge from your AWS Certification Account.

AWS Certification
"""
add(w, 'AWS Certification <do-not-reply@certmetrics.com>', ME_C,
    'Congratulations! You are now AWS Certified', leaf(txt, cs='us-ascii', cte='7bit'),
    L('certification', False, None, ['AWS02718364']),
    'Exam result and recertification notice from CertMetrics.',
    top=m365_in(w, ME_C, 'bounce@certmetrics.com', '198.2.180.44', dkim_d='certmetrics.com', from_dom='certmetrics.com'))

w = T('2025-04-16 03:22:51')
html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="560" align="center" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:20px">Takumi, you've earned a badge!</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Professional</b> badge.</p>
<p><a href="https://www.credly.com/badges/9f6c1b2e-4a7d-4c3e-8b1f-2d6e5a0c7b41/accept" style="background:#0a66c2;color:#fff;padding:10px 16px;text-decoration:none">Accept your badge</a></p>
<p>Share it on LinkedIn or add it to your email signature to show what you can do.</p>
<p style="font-size:11px;color:#777">Credly, Inc. &middot; 13809 Research Blvd, Austin, TX 78750<br>You received this email because a badge was issued to t-ogasawara@seiran-sys.co.jp.</p>
</td></tr></table></body></html>
"""
txt = """Takumi, you've earned a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Professional badge.

Accept your badge: https://www.credly.com/badges/9f6c1b2e-4a7d-4c3e-8b1f-2d6e5a0c7b41/accept

Credly, Inc.
"""
add(w, 'Credly <admin@credly.com>', ME_C, 'Takumi, you\'ve earned a badge from Amazon Web Services Training and Certification',
    multi('alternative', [leaf(txt), leaf(html, 'html')]), L('badge'),
    'Credly badge mail with a badge UUID.',
    top=m365_in(w, ME_C, 'bounces+88213@em.credly.com', '167.89.18.201', dkim_d='credly.com', from_dom='credly.com'))

w = T('2025-04-21 08:47:19')
html = """<html><body style="font-family:Arial">
<p>Dear AWS Certified professional,</p>
<p>During a routine review we found that your AWS Certification account is linked to an employer e-mail domain that is no longer verified. To avoid the <b>deactivation of your certifications and digital badges within 48 hours</b>, you must re-validate your candidate profile.</p>
<p><a href="https://aws-certmetrics-support.com/validate?id=t-ogasawara%40seiran-sys.co.jp">Validate my AWS Certification account</a></p>
<p>Sign in with your AWS Builder ID e-mail and password to complete the validation. If you do not validate, your exam history will be removed.</p>
<p>AWS Training &amp; Certification Support Team<br>Case reference: TC-48211</p>
</body></html>
"""
add(w, 'AWS Certification <noreply@aws-certmetrics-support.com>', ME_C,
    'Action required: your AWS Certification account will be deactivated', leaf(html, 'html'),
    L('suspicious'), 'Lookalike domain aws-certmetrics-support.com asking for Builder ID credentials under a deadline; '
    'its own DKIM/DMARC pass, which proves nothing about AWS.',
    top=m365_in(w, ME_C, 'bounce@aws-certmetrics-support.com', '185.220.14.63', dkim_d='aws-certmetrics-support.com',
                from_dom='aws-certmetrics-support.com', compauth='pass reason=109'))

w = T('2025-04-25 10:05:40')
txt = """Hello,

The alternate contacts for your AWS account 483920175562 have not been reviewed in the last 12 months.

Alternate contacts let AWS reach the right person about billing, operations and security for your account. Please check that the billing, operations and security contacts are still correct:
https://console.aws.amazon.com/billing/home#/account

This is a one-time reminder; no action is required if the contacts are already up to date.

Sincerely,
Amazon Web Services

""" + FOOT_EN
aws_send(w, ME_P, 'Amazon Web Services: Review the alternate contacts for AWS account 483920175562',
         leaf(txt, cte='quoted-printable'), L('unrelated'),
         'AWS account notice from the same no-reply-aws address with a 12-digit account ID and a "please check" ask.')

w = T('2025-05-07 21:30:12')
txt = """Verify your AWS Builder ID email address

Hello,

Use the following verification code to confirm your email address:

418027

This code expires in 30 minutes. If you did not request it, you can ignore this email.

Amazon Web Services
"""
add(w, 'AWS Builder ID <no-reply@signin.aws>', ME_P, 'Verify your AWS Builder ID email address',
    leaf(txt, cs='us-ascii', cte='7bit'), L('unrelated'),
    'Builder ID one-time code (6 digits) while creating the personal certification account.',
    top=ses_in_gmail(w, ME_P, dom='signin.aws', fromdom='signin.aws'))

w = T('2025-05-07 21:41:55')
txt = """Welcome to AWS Certification, Takumi!

Your AWS Certification Account has been created.

Name: Takumi Ogasawara
Email: takumi.ogasawara.dev@gmail.com
Candidate ID: AWS04419027

Use this account to schedule exams, view your exam history and certifications, and access your benefits. If you already hold AWS Certifications under another account, you can contact AWS Training and Certification to have your accounts combined.

AWS Certification
"""
add(w, 'AWS Certification <do-not-reply@certmetrics.com>', ME_P, 'Welcome to your AWS Certification Account',
    leaf(txt, cte='quoted-printable'), L('certification', False, None, ['AWS04419027']),
    'Welcome mail for the new personal certification account (the later merge destination); mentions '
    'contacting T&C to combine accounts but is program mail.',
    top=gmail_in(w, ME_P, 'bounce@certmetrics.com', 'mta-44.certmetrics.com', '198.2.180.44',
                 dkim_d='certmetrics.com', from_dom='certmetrics.com', policy='p=REJECT sp=REJECT dis=NONE'))

CASE_SEC = '174704388100027'
SUBJ_SEC = 'Your AWS access key may be exposed [AWS ID 483920175562]'
w = T('2025-05-12 19:01:26')
txt = """Hello,

AWS opened support case 174704388100027 on your behalf.

Case details
  Case ID:   174704388100027
  Subject:   %s
  Severity:  Urgent
  Service:   Account
  Category:  Security
  Account:   483920175562

Correspondence:
We found the access key AKIA4QXV2ZTR7EXAMPLE, belonging to the IAM user "ci-deploy", in a public GitHub repository:
https://github.com/togasawara/dotfiles/blob/2f1c9a7/.aws/credentials

To protect your account, we applied the AWSCompromisedKeyQuarantineV3 policy to the user. Complete these steps now:
  1. Delete the exposed key and create a new one if the user still needs programmatic access.
  2. Review CloudTrail for activity you do not recognise since May 10.
  3. Reply on this case in the Support Center to confirm the steps are done.

Your account may be restricted if we don't receive a response within 5 days.

View the case:
%s

Sincerely,
Amazon Web Services

==========================================================
%s
%s""" % (SUBJ_SEC, CONSOLE % (CASE_SEC, 'en'), NOREPLY_EN, FOOT_EN)
aws_send(w, ME_P, 'Amazon Web Services: New Support case: %s' % CASE_SEC, leaf(txt, cte='quoted-printable'),
         L('unrelated'), 'AWS-opened security case demanding a reply in the Support Center within 5 days - '
         'urgent and a real ask, but not the T&C case.')

w = T('2025-05-13 16:44:09')
agent = """Hello,

Thank you for confirming. We can see that the access key AKIA4QXV2ZTR7EXAMPLE was deleted on May 12 at 11:38 UTC and that no unexpected resources were launched.

You may remove the AWSCompromisedKeyQuarantineV3 policy from the "ci-deploy" user once you have reviewed its permissions. No further action is needed on this case, and we are resolving it now.

Regards,
AWS Trust & Safety"""
aws_send(w, ME_P, 'RE:[CASE %s] %s' % (CASE_SEC, SUBJ_SEC), leaf(corr_en(CASE_SEC, SUBJ_SEC, agent, rate=False), cte='quoted-printable'),
         L('unrelated'), 'Security case resolved from the same sender/template.')

w = T('2025-05-16 17:35:22')
txt = """小笠原さん

お疲れさまです。吉岡です。
退職の件、人事と確認が取れましたので共有します。

・最終出社日:6/27(金)
・退職日:6/30(月)
・貸与PC・入館証の返却:6/27 夕方、総務まで

それと、AWS 認定の件です。小笠原さんの認定は会社の APN(パートナーセントラル)アカウントに紐づいているので、
個人のアカウントに移す場合は、パートナー管理者の鈴木さんにも一声かけておいてください。
うちの認定者数のカウントにも影響するので、鈴木さん側で外す作業が必要になるかもしれません。

引き継ぎ資料は 6/20 までにドラフトをお願いします。

吉岡
"""
add(w, addr('吉岡 健一', 'yoshioka.kenichi@seiran-sys.co.jp'), addr(ME_JA, ME_C), 'Re: 退職に伴う手続きについて',
    multi('alternative', [leaf(txt, cte='base64'),
                          leaf('<div style="font-family:Meiryo">' + txt.replace('\n', '<br>\n') + '</div>', 'html', cte='base64')],
          style='outlook'),
    L('unrelated'), 'Manager mail (Outlook, base64) about leaving the company and the APN-linked certification - '
    'background for the case, with a colleague\'s requests, not support\'s.',
    top=m365_internal(w, ME_C), extra=[('Thread-Topic', h('退職に伴う手続きについて')), ('Content-Language', 'ja-JP')])

w = T('2025-05-20 09:12:48')
txt = """吉岡さん

ご連絡ありがとうございます。日程、承知しました。

AWS 認定は、個人のメールアドレスで新しい認定アカウント(AWS04419027)を作成済みです。
今週中に AWS のサポートへ統合を依頼する予定です。鈴木さんにも本日中に連絡しておきます。

引き継ぎ資料は 6/20 までにドラフトを共有します。

小笠原

-----Original Message-----
From: 吉岡 健一 <yoshioka.kenichi@seiran-sys.co.jp>
Sent: Friday, May 16, 2025 5:35 PM
To: 小笠原 拓海 <t-ogasawara@seiran-sys.co.jp>
Subject: Re: 退職に伴う手続きについて

小笠原さん

お疲れさまです。吉岡です。
退職の件、人事と確認が取れましたので共有します。
(以下略)
"""
add(w, addr(ME_JA, ME_C, 'iso-2022-jp'), addr('吉岡 健一', 'yoshioka.kenichi@seiran-sys.co.jp', 'iso-2022-jp'),
    'RE: 退職に伴う手続きについて', leaf(txt, cs='iso-2022-jp', cte='7bit'),
    L('user_reply', False, None, ['AWS04419027']),
    'The owner\'s own mail (ISO-2022-JP, CRLF) to his manager before any case exists: user_reply with no case.',
    subj_cs='iso-2022-jp', crlf=True, extra=[('Thread-Topic', h('退職に伴う手続きについて', 'iso-2022-jp')), ('Content-Language', 'ja-JP')])
