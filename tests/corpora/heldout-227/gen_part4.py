# Messages 037-052
from gen_common import *

# 037 Case C information request in Japanese (keigo)
k = 'C-ask'
t037 = f'''Akari Ståhlberg 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定記録に登録されているご氏名の変更について、承りました。
手続きを進めるにあたり、恐れ入りますが、以下の3点についてご確認いただけますでしょうか。

1. 証明書への記載を希望されるご氏名の表記
   （名・姓の順序、大文字・小文字を含め、記載を希望されるとおりにご記入ください）
2. 「å」などの特殊文字は、証明書の書式によってはそのまま表示できない場合がございます。
   その際に「a」に置き換えた表記（例: Stahlberg）としても差し支えないかどうか
3. ご希望のご氏名が、試験会場でご提示いただく政府発行の本人確認書類の記載と一致しているかどうか

なお、本人確認書類の画像をお送りいただく必要はございません。

お手数をおかけいたしますが、本メールへのご返信にてご回答のほど、よろしくお願いいたします。

対象アカウント（AWS 候補 ID）: {CID_NEW}

佐々木
AWS トレーニングと認定 カスタマーサポート
'''
add(L('info_request', True, CASE_C, [CID_NEW]), build(
    aws_recv(k, '2025-10-16 10:20:07') + [dkim_sig('amazon.com', k),
    ('From', A('AWS トレーニングと認定', FORM)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_C}] {SUBJ_C}'),
    ('Date', date('2025-10-16 10:20:07', '+0000')),
    ('Message-ID', msgid(k)),
], M('alternative', [P('text/plain', t037, 'utf-8', 'base64'), P('text/html', html_wrap(p2html(t037)), 'utf-8', 'base64')], k)),
    'Japanese keigo request (〜いただけますでしょうか / ご回答のほどよろしくお願いいたします) with numbered questions and a "you need not send ID images" negative; Japanese display name, base64.')

# 038 GitHub review request (handover)
k = 'gh402'
t = '''@k-hoshino requested your review on: norrsken-labs/infra-modules#402 handover: transfer ownership of prod account baseline.

Akari, before you leave could you take a look? This moves the prod/stg account baselines and the
Terraform state bucket to me. Please approve or request changes.

--
Reply to this email directly, view it on GitHub:
https://github.com/norrsken-labs/infra-modules/pull/402
You are receiving this because your review was requested.
'''
add(L('unrelated', False), build(
    recv_m365('github.com', 'noreply@github.com', '192.30.252.206', 'out-23.smtp.github.com', '2025-10-17 11:00:15') + [
    ('From', A('Kenta Hoshino', 'notifications@github.com')),
    ('Reply-To', 'norrsken-labs/infra-modules <reply+AAVQ7KXO2WX3MZQ7VY4BEWGHHLBY3EVBNHHKOA2LQM@reply.github.com>'),
    ('To', 'norrsken-labs/infra-modules <infra-modules@noreply.github.com>'),
    ('Cc', A('Ishida Akari', ME_C) + ', Review requested <review_requested@noreply.github.com>'),
    ('Subject', '[norrsken-labs/infra-modules] handover: transfer ownership of prod account baseline (PR #402)'),
    ('Date', date('2025-10-17 11:00:15', '-0700')),
    ('Message-ID', '<norrsken-labs/infra-modules/pull/402@github.com>'),
    ('X-GitHub-Reason', 'review_requested'),
], P('text/plain', t, 'UTF-8', '7bit')),
    'GitHub review request with a direct "could you take a look?" about account ownership transfer.')

# 039 CertMetrics: passed an exam
k = 'pass-aif'
t = f'''Congratulations, Akari Stahlberg!

You have successfully completed the AWS Certified AI Practitioner exam and earned the AWS Certified AI Practitioner certification.

Candidate ID: {CID_NEW}
Exam: AIF-C01
Exam date: 2025-10-18
Validation number: 7QK2MJ1N4Q1T3PXL
Expiration date: 2028-10-18

Your digital badge will arrive from Credly shortly. You can download your certificate from the Certifications page of your AWS Certification Account.

AWS Certification
This message was sent from an unmonitored mailbox.
'''
add(L('certification', False, None, [CID_NEW]), build(
    recv_icloud('certmetrics.com', 'bounce@mailer.certmetrics.com', '198.21.4.88', 'mailer2.certmetrics.com', '2025-10-18 15:10:55') + [
    ('From', A('AWS Certification', CERTM)),
    ('To', ME_P),
    ('Subject', "Congratulations! You're now AWS Certified"),
    ('Date', date('2025-10-18 15:10:55', '+0000')),
    ('Message-ID', msgid(k, 'certmetrics.com')),
], M('alternative', [P('text/plain', t, 'us-ascii', '7bit'), P('text/html', html_wrap(p2html(t)), 'utf-8', 'quoted-printable')], k)),
    'Exam pass notice with candidate ID and a validation number; "successfully completed" wording but no case.')

# 040 Credly: earned badge
k = 'credly-aif'
hh = html_wrap('''<p>Akari Stahlberg, congratulations on earning your badge!</p>
<p><b>AWS Certified AI Practitioner</b><br>Issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/badges/b81f0c6e-2a7d-4f09-93c1-5e4d7a2c0b18/accept">Accept your badge</a></p>
<p>Share it on LinkedIn and let your network know.</p>''')
add(L('badge', False), build(
    recv_icloud('credly.com', 'bounces@mail.credly.com', '167.89.22.10', 'o10.mail.credly.com', '2025-10-18 15:40:02') + [
    ('From', A('Credly', CREDLY)),
    ('To', ME_P),
    ('Subject', 'Akari, you earned a badge from Amazon Web Services Training and Certification'),
    ('Date', date('2025-10-18 15:40:02', '+0000')),
    ('Message-ID', msgid(k, 'credly.com')),
], P('text/html', hh, 'utf-8', 'quoted-printable')),
    'Credly earned-badge mail, HTML-only, UUID in link.')

# 041 Pearson VUE lookalike phishing
k = 'phish-pv'
t = '''Dear Candidate,

Your result for exam AIF-C01 (AWS Certified AI Practitioner) has been placed ON HOLD following an automated integrity review of your testing session.

To release your score you must verify your identity and pay the score review fee (USD 35.00) within 72 hours:

    https://pearsonvue-scoring.com/release?reg=570318264

If no action is taken your result will be cancelled and your AWS Certification account may be suspended.

Please reply to this email if you have questions.

Pearson VUE Candidate Services
'''
add(L('suspicious', False), build(
    recv_icloud('pearsonvue-scoring.com', 'mailer@pearsonvue-scoring.com', '45.134.26.77', 'srv77.pearsonvue-scoring.com', '2025-10-19 08:30:19', spf='softfail', dkim='none', dmarc='none', policy='none') + [
    ('From', A('Pearson VUE', 'no-reply@pearsonvue-scoring.com')),
    ('To', ME_P),
    ('Subject', 'ACTION REQUIRED: Your AWS exam result is on hold'),
    ('Date', date('2025-10-19 08:30:19', '+0200')),
    ('Message-ID', msgid(k, 'srv77.pearsonvue-scoring.com')),
], P('text/plain', t, 'us-ascii', '7bit')),
    'Exam-vendor lookalike (pearsonvue-scoring.com) demanding a fee and inviting a reply; reuses the real registration number.')

# 042 Atlassian: request will close for inactivity (other vendor)
k = 'atl'
t = '''Hi Akari,

We're still waiting for your reply on JST-88213 "SAML login loop after IdP certificate rotation".

If we don't hear back from you within 5 days, this request will be closed automatically. Just reply to this email to keep it open, or let us know if it has been sorted.

Thanks,
Mateus
Atlassian Support

View request: https://support.atlassian.com/requests/JST-88213
'''
add(L('unrelated', False), build(
    recv_m365('atlassian.com', 'bounces+jsm@am.atlassian.com', '104.192.142.19', 'mail-ec1.atlassian.net', '2025-10-20 12:30:40') + [
    ('From', A('Atlassian Support', 'support@atlassian.com')),
    ('To', A('Ishida Akari', ME_C)),
    ('Subject', 'JST-88213 Waiting for your response: SAML login loop after IdP certificate rotation'),
    ('Date', date('2025-10-20 12:30:40', '+1100')),
    ('Message-ID', msgid(k, 'atlassian.com')),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Other vendor\'s closing-for-inactivity notice ("reply to keep it open") - identical shape to a closing notice, but not AWS.')

# 043 Case C closing notice
k = 'C-close'
t043 = f'''Hello Akari,

I'm following up on case {CASE_C}. On 16 October my colleague Sasaki asked three questions about how your new name should appear on your certification records (the message is copied below), and we haven't heard back yet.

We can't change the record without those answers. If there's no reply by 24 October 2025, this case will be closed. Replying to this email keeps it open; if it has already been closed, your reply reopens it.

Thanks,
Rohan K.
AWS Training and Certification Customer Support

-------- Original message --------
'''
t = t043 + quote(t037)
add(L('closing_notice', True, CASE_C), build(
    aws_recv(k, '2025-10-21 18:00:22') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Training and Certification', FORM)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_C}] {SUBJ_C}'),
    ('Date', date('2025-10-21 18:00:22', '+0000')),
    ('Message-ID', msgid(k)),
    ('In-Reply-To', IDS['C-ask']),
    ('References', f'{IDS["OLD-r"]} {IDS["C-ask"]}'),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'English closing notice over a quoted Japanese request; "will be closed" with a date, reply keeps it open.')

# 044 AWS marketing
k = 'reinv'
t = '''AWS re:Invent 2025 | December 1-5 | Las Vegas

Akari, reserved seating is filling up.

Sessions on generative AI, platform engineering and the new certification tracks are already at 80% capacity. Reserve your seats in the attendee portal before they're gone.

Reserve seats: https://reinvent.awsevents.com/attendee-portal/

Can't attend in person? Register for the free virtual pass.

This message was sent by Amazon Web Services, Inc. To stop receiving these emails, unsubscribe. Please do not reply; replies to this address are not monitored.
'''
add(L('unrelated', False), build(
    recv_icloud('amazon.com', 'bounce-aws-mktg@mail.awsevents.com', '13.111.21.4', 'mta4.mail.awsevents.com', '2025-10-21 20:00:05') + [
    dkim_sig('amazon.com', k),
    ('From', A('AWS Events', 'aws-marketing-email-replies@amazon.com')),
    ('To', ME_P),
    ('Subject', 'Reserve your re:Invent seats before they fill up'),
    ('Date', date('2025-10-21 20:00:05', '+0000')),
    ('Message-ID', msgid(k, 'mail.awsevents.com')),
    ('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?e=a8f2>'),
], M('alternative', [P('text/plain', t, 'utf-8', 'quoted-printable'), P('text/html', html_wrap(p2html(t)), 'utf-8', 'quoted-printable')], k)),
    'AWS marketing (genuine amazon.com, DKIM pass) mentioning certification tracks.')

# 045 owner answers case C in Japanese
k = 'C-r1'
t045 = '''佐々木様、Rohan様

ご連絡が遅くなり申し訳ございません。休暇中で確認が遅れました。

1. Akari Ståhlberg（名・姓の順、先頭のみ大文字）でお願いいたします。
2. å が使えない場合は Akari Stahlberg で差し支えございません。
3. パスポートの表記（STAHLBERG AKARI、å なし）と一致しております。

よろしくお願いいたします。

ストールベリ 明里（Akari Ståhlberg）
'''
t = t045 + f'\n2025/10/21 18:00、AWS Training and Certification <{FORM}>のメール:\n\n' + quote(t043.split('\n\n-------- Original')[0])
add(L('user_reply', False, CASE_C), build([
    ('From', A('ストールベリ 明里', ME_P)),
    ('To', A('AWS Training and Certification', FORM)),
    ('Subject', f'Re: RE:[CASE {CASE_C}] {SUBJ_C}'),
    ('Date', date('2025-10-22 07:40:58')),
    ('Message-ID', msgid(k, 'icloud')),
    ('In-Reply-To', IDS['C-close']),
    ('References', f'{IDS["C-ask"]} {IDS["C-close"]}'),
    ('X-Mailer', 'iPhone Mail (22G100)'),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Owner\'s answers in Japanese with iPhone Japanese quote header ("…のメール:") over the English closing notice.')

# 046 spoofed amazon.com sender, DMARC fail
k = 'spoof'
t = '''Hello,

As part of the requested change to your certification record, we must verify your identity before the update can be applied.

Please reply within 48 hours with:
  - a photo of your passport (data page)
  - the password of your AWS Builder ID
  - the 6-digit code that was just sent to your phone

You may also upload these at https://aws-tc-records.net/verify?case=176051277300912

If we do not receive them, your AWS Certification account will be suspended.

Regards,
AWS Training and Certification
'''
add(L('suspicious', False), build([
    ('Return-Path', '<bounce@mx3.mailrelay-pro.biz>'),
    ('Received', f'from mx3.mailrelay-pro.biz (mx3.mailrelay-pro.biz [91.204.44.17])\n\tby ms47p00im-qufo1703.me.com (Postfix) with ESMTP id 4cT91kQ2\n\tfor <{ME_P}>; {date("2025-10-22 13:15:30", "+0000")}'),
    ('Authentication-Results', 'dmarc.icloud.com; dmarc=fail (p=quarantine) header.from=amazon.com'),
    ('Authentication-Results', 'dkim-verifier.icloud.com; dkim=none'),
    ('Authentication-Results', 'spf.icloud.com; spf=fail (spf.icloud.com: domain of bounce@mx3.mailrelay-pro.biz does not designate 91.204.44.17 as permitted sender) smtp.mailfrom=amazon.com'),
    ('X-Apple-Action', 'JUNK'),
    ('From', A('AWS Training and Certification', FORM)),
    ('Reply-To', 'records-verification@aws-tc-records.net'),
    ('To', ME_P),
    ('Subject', f'RE:[CASE 176051277300912] {SUBJ_C}'),
    ('Date', date('2025-10-22 13:15:30', '+0000')),
    ('Message-ID', msgid(k, 'mx3.mailrelay-pro.biz')),
], P('text/plain', t, 'us-ascii', '7bit')),
    'Spoof of the real form sender and subject template with a plausible 15-digit case number; only dmarc=fail / spf=fail / Reply-To reveal it; asks for password and code.')

# 047 colleague: handover list (ISO-2022-JP)
k = 'handover'
t = '''石田さん

星野です。引き継ぎの件で確認させてください。

・prod / stg の AWS アカウントで石田さんが持っている権限の一覧
・Terraform state バケットとロックテーブルの管理者変更
・Kumo Monitoring と Atlassian の管理者アカウントの移管

月曜までに一覧をもらえますか？　足りないものがあれば追記します。

星野
'''
add(L('unrelated', False), build([
    ('Received', f'from TYWPR01MB4410.jpnprd01.prod.outlook.com ([fe80::91c0:3be2:7a10:4d21]) by\n TYWPR01MB4410.jpnprd01.prod.outlook.com with mapi id 15.20.9137.011; {date("2025-10-23 10:05:50", "+0000")}'),
    ('From', A('星野 健太', 'k.hoshino@norrsken-labs.co.jp', 'iso-2022-jp')),
    ('To', A('石田 明里', ME_C, 'iso-2022-jp')),
    ('Subject', enc('引き継ぎ事項の確認', 'iso-2022-jp')),
    ('Date', date('2025-10-23 10:05:50')),
    ('Message-ID', msgid(k, 'outlook')),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
], P('text/plain', t, 'iso-2022-jp', '7bit'), crlf=True),
    'Colleague\'s handover request (引き継ぎ, account ownership) in ISO-2022-JP, CRLF; a real ask, not support.')

# 048 Case C: passed to the records team
k = 'C-upd'
t = f'''Thank you, Akari.

I've passed your name update to our Certification Records team with the spelling "Akari Ståhlberg", and "Akari Stahlberg" wherever the å can't be printed. Updates usually take 3-5 business days; I'll write again once it's done.

If anything else comes up in the meantime, you're welcome to reply here.

Rohan K.
AWS Training and Certification Customer Support

On Wed, Oct 22, 2025 at 7:40 AM ストールベリ 明里 <{ME_P}> wrote:
''' + quote(t045)
add(L('case_update', False, CASE_C), build(
    aws_recv(k, '2025-10-24 11:00:09') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Training and Certification', FORM)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_C}] {SUBJ_C}'),
    ('Date', date('2025-10-24 11:00:09', '+0000')),
    ('Message-ID', msgid(k)),
    ('In-Reply-To', IDS['C-r1']),
    ('References', f'{IDS["C-ask"]} {IDS["C-close"]} {IDS["C-r1"]}'),
], P('text/plain', t, 'utf-8', 'base64')),
    'Passed to another team, open invitation ("you\'re welcome to reply here"); Gmail-style quote of the owner\'s Japanese answers.')

# 049 husband
k = 'erik'
t = '''Hej älskling,

Did the AWS people ever merge your certification accounts? You were worried about it last week.

Also: my parents want to do dinner on Sunday. Can you confirm by tonight so I can book the place in Nakameguro?

Puss,
Erik
'''
add(L('unrelated', False), build(
    recv_icloud('gmail.com', 'erik.stahlberg.tokyo@gmail.com', '209.85.214.176', 'mail-pl1-f176.google.com', '2025-10-25 18:20:44') + [
    ('From', A('Erik Ståhlberg', 'erik.stahlberg.tokyo@gmail.com')),
    ('To', A('Akari', ME_P)),
    ('Subject', 'Sunday + your AWS thing'),
    ('Date', date('2025-10-25 18:20:44')),
    ('Message-ID', msgid(k, 'gmail')),
], M('alternative', [P('text/plain', t, 'UTF-8', 'quoted-printable'),
                     P('text/html', '<div dir="ltr">' + p2html(t) + '</div>', 'UTF-8', 'quoted-printable')], k, extra='')),
    'Family mail asking about the merge and asking for a confirmation (of dinner); Swedish greeting.')

# 050 Qiita comment notification
k = 'qiita'
t = '''Akari_S さん

あなたの記事「退職前にAWS認定アカウントを個人アドレスへ統合した話」に新しいコメントがつきました。

tkmr_cloud さんのコメント:
「参考になりました！フォームの説明欄には AWS 候補 ID も書きましたか？サポートからの確認メールには何日くらいで返信しましたか？返信いただけると嬉しいです。」

コメントを確認する: https://qiita.com/Akari_S/items/4e1c9b0a77f2d3e5a1b8#comments

このメールの配信設定は https://qiita.com/settings/notifications から変更できます。
'''
add(L('unrelated', False), build(
    recv_icloud('qiita.com', 'bounce@mail.qiita.com', '54.240.48.80', 'a48-80.smtp-out.amazonses.com', '2025-10-26 20:00:31') + [
    ('From', A('Qiita', 'noreply@qiita.com')),
    ('To', ME_P),
    ('Subject', enc('あなたの記事にコメントがつきました')),
    ('Date', date('2025-10-26 20:00:31')),
    ('Message-ID', msgid(k, 'qiita.com')),
], P('text/plain', t, 'utf-8', 'base64')),
    'Reader questions on her own blog post about the merge (candidate ID, reply time), sent via amazonses; not support.')

# 051 Microsoft certification renewal
k = 'ms'
t = '''Your Microsoft Certified: Azure Administrator Associate certification expires on December 20, 2025.

Renew for free by passing the online renewal assessment on Microsoft Learn. It's open now and takes about 45 minutes.

Renew now: https://learn.microsoft.com/users/me/credentials

Microsoft Learn
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
'''
add(L('unrelated', False), build(
    recv_icloud('microsoft.com', 'bounce@email.microsoft.com', '13.111.4.220', 'mta220.email.microsoft.com', '2025-10-27 09:00:02') + [
    ('From', A('Microsoft Learn', 'mslearn@email.microsoft.com')),
    ('To', ME_P),
    ('Subject', 'Time to renew your Microsoft Certification'),
    ('Date', date('2025-10-27 09:00:02', '+0000')),
    ('Message-ID', msgid(k, 'email.microsoft.com')),
], M('alternative', [P('text/plain', t, 'utf-8', 'quoted-printable'), P('text/html', html_wrap(p2html(t)), 'utf-8', 'quoted-printable')], k)),
    'Another vendor\'s certification renewal (Microsoft), looks like certification mail but is not AWS.')

# 052 new employer onboarding (Shift_JIS base64)
k = 'tess'
t = '''ストールベリ 明里 様

Tessellate Works株式会社 人事の長谷川です。
11月4日のご入社に向けて、お手続きのご案内をお送りします。

10月31日(金)までに、以下をこのメールへの返信でご提出ください。
・給与振込口座（銀行名・支店名・口座番号）
・基礎年金番号がわかるものの写し
・緊急連絡先

また、当社はAWSパートナー(APN)企業のため、AWS認定をお持ちの方には、入社後に AWS Partner Central で
会社のメールアドレスと認定情報の共有設定をお願いしています（手順は入社後にご案内します）。

ご不明な点がありましたら、お気軽にご連絡ください。

Tessellate Works株式会社 人事部
長谷川 真由
'''
add(L('unrelated', False), build(
    recv_icloud('tessellate-works.jp', 'hr@tessellate-works.jp', '209.85.216.41', 'mail-pj1-f41.google.com', '2025-10-28 15:00:26') + [
    ('From', A('長谷川 真由', 'hr@tessellate-works.jp', 'shift_jis')),
    ('To', A('ストールベリ 明里', ME_P, 'shift_jis')),
    ('Subject', enc('入社手続きのご案内（11月4日入社）', 'shift_jis')),
    ('Date', date('2025-10-28 15:00:26')),
    ('Message-ID', msgid(k, 'gmail')),
], P('text/plain', t, 'shift_jis', 'base64')),
    'New employer\'s onboarding in Shift_JIS base64: asks for a reply by a deadline and mentions APN / sharing certifications; not support.')
