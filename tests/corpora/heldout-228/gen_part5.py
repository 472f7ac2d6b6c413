# Messages 035-050 (20-31 March 2025)
from gen_part1 import *

# 035 acknowledgement B (Japanese, ISO-2022-JP, to the company address)
t = d('2025-03-20 12:41:30')
IDS['035'] = ses_id(t, 35)
body = """Mirela Kovac 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース %s を作成しました。

担当者より通常24時間以内にご連絡いたします。内容によっては、最適な解決策を見つけるために
さらにお時間を頂戴する場合がございます。

すでにケースを作成されている場合は、同じ内容で新しいケースを作成しないでください。

お問い合わせの詳細は以下のとおりです。
お問い合わせタイプ: 認定
その他の詳細: 認定証
本文:
マージ後にダウンロードした認定証で、姓の最後の文字が文字化けして表示されます。
正しい表記への修正をお願いします。候補ID: AWS04197350

AWS トレーニングと認定
""" % B
add(('acknowledgement', False, B, [CID_P]),
    ms_rcvd(t, 'a9-54.smtp-out.amazonses.com', '54.240.9.54', 35) + [
    ms_auth('amazon.com', 'amazonses.com', '54.240.9.54'),
    ('From', addr('AWS トレーニングと認定', TC, 'iso-2022-jp')),
    ('To', ME_C),
    ('Subject', '[CASE %s] [AWS Training and Certification Form Submission] - certificate' % B),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', IDS['035']),
    ], leaf('text/plain', body, 'iso-2022-jp', '7bit'),
    ('Acknowledgement of case B (name garbled on the certificate), Japanese ISO-2022-JP', 'filed from the company address; different subject tail (- certificate)'),
    crlf=True)

# 036 info request B (Japanese keigo; write from the registered address)
t = d('2025-03-21 09:12:05')
IDS['036'] = ses_id(t, 36)
REQ_B = """Mirela Kovac 様

AWS トレーニングと認定 カスタマーサポートの山田でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご連絡いただいたメールアドレス(m.kovac@kansai-cloudworks.co.jp)は、候補ID AWS04197350 の
認定アカウントに登録されているメールアドレスと一致しておりません。お客様の個人情報保護のため、
記録の変更はアカウントにご登録のメールアドレスからご依頼いただいた場合のみ承っております。

つきましては、ご登録のメールアドレスから本メールにご返信いただけますでしょうか。
その際、認定証に表示すべき氏名の正しい表記(ローマ字、名・姓)もあわせてお知らせいただけますと
幸いです。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

山田
AWS トレーニングと認定 カスタマーサポート"""
html = '<html><body><div style="font-family:Meiryo,sans-serif;font-size:14px"><p>' + REQ_B.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></div></body></html>'
add(('info_request', True, B, [CID_P]),
    ms_rcvd(t, 'a9-54.smtp-out.amazonses.com', '54.240.9.54', 36) + [
    ms_auth('amazon.com', 'amazonses.com', '54.240.9.54'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_C),
    ('Subject', tc_subject(B, space=True).replace('account-assistance', 'certificate')),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', IDS['036']),
    ('In-Reply-To', IDS['035']),
    ('References', IDS['035']),
    ], multipart('alternative', [leaf('text/plain', REQ_B + '\n', 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')], 36),
    ('Japanese agent asks to write from the registered address and give the correct name', 'keigo いただけますでしょうか / いただけますと幸いです; wrong-address request'))

# 037 user reply B (Japanese, from the personal address)
t = d('2025-03-21 12:30:44')
IDS['037'] = '<%s-%s@app.fastmail.com>' % (h(37, n=8), h(37, 'x', n=12))
txt = """山田様

ご連絡ありがとうございます。登録アドレス(mkovac@fastmail.com)から返信いたします。

正しい表記は以下のとおりです。
名: Mirela
姓: Kovač (最後の文字は c にハーチェク付き、U+010D)
候補ID: AWS04197350

認定証で č が使えない場合は「Kovac」でも構いません。

よろしくお願いいたします。
ミレラ・コヴァチ

2025年3月21日(金) 9:12、AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> のメッセージ:
""" + quote(REQ_B) + '\n'
add(('user_reply', False, B, [CID_P]), [
    ('Return-Path', '<%s>' % ME_P),
    ('From', addr(ME_NAME, ME_P)),
    ('To', addr(TC_NAME, TC)),
    ('Subject', 'Re: ' + tc_subject(B, space=True).replace('account-assistance', 'certificate')),
    ('Date', fdate(t)),
    ('Message-ID', IDS['037']),
    ('In-Reply-To', IDS['036']),
    ('References', '%s %s' % (IDS['035'], IDS['036'])),
    ('User-Agent', 'Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250226'),
    ], leaf('text/plain', txt, 'utf-8', 'base64'),
    ('Owner answers B in Japanese from the personal address', 'base64 UTF-8; Japanese quote header'))

# 038 certification expiry reminder
t = d('2025-03-22 09:00:00', UTC)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Mirela,</p>
<p>Your <b>AWS Certified Developer &ndash; Associate</b> certification expires on <b>June 19, 2025</b>.</p>
<p>To keep it active, pass the current version of the exam, or earn a higher-level certification that
recertifies it, before the expiration date. Recertifying keeps your digital badge valid.</p>
<p>Candidate ID: AWS04197350<br>Validation number: 8QZ2LKD1H1EE1P3X</p>
<p><a href="https://www.aws.training/Certification">Go to your AWS Certification account</a></p>
<p>AWS Certification</p>
</body></html>"""
add(('certification', False, None, [CID_P]),
    fm_rcvd(t, 'o1.ptr4321.certmetrics.com', '167.89.12.77', 38) + [
    fm_auth('certmetrics.com', 'bounces+1887@em.certmetrics.com'),
    ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')),
    ('To', ME_P),
    ('Subject', 'Your AWS Certification expires in 90 days'),
    ('Date', fdate(t)),
    ('Message-ID', '<%s.%s@certmetrics.com>' % (h(38, n=12), int(t.timestamp()))),
    ], leaf('text/html', html, 'utf-8', 'quoted-printable'),
    ('Expiry reminder (Developer - Associate)', 'program mail with candidate ID and validation number'))

# 039 Google Cloud certification expiring
t = d('2025-03-22 11:30:00', UTC)
txt = """Hi Mirela,

Your Google Cloud Professional Cloud Architect certification expires on May 2, 2025.
Renew by taking the renewal exam in the Webassessor portal. Renewal is open from 60 days before expiry.

Credential ID: 94817735

Google Cloud Certification
"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'mail-sor-f69.google.com', '209.85.220.69', 39) + [
    fm_auth('google.com', 'cloud-certification-noreply@google.com', selector='20230601'),
    ('From', addr('Google Cloud Certification', 'cloud-certification-noreply@google.com')),
    ('To', ME_P),
    ('Subject', 'Your Google Cloud certification is expiring soon'),
    ('Date', fdate(t)),
    ('Message-ID', '<%s@google.com>' % h(39, n=28)),
    ], leaf('text/plain', txt, 'UTF-8', '7bit'),
    ('Google Cloud certification expiry', 'another vendor\'s certification program'))

# 040 owner forwards the 2021 case from the company archive
t = d('2025-03-24 15:10:22')
old = """Hello,

Thank you for your patience. The duplicate account AWS01127735 has been merged into your
account AWS02318764. You can sign in with m.kovac@kansai-cloudworks.co.jp as before; the
duplicate login no longer works.

Regards,
Ana P.
AWS Training and Certification Customer Support"""
txt = """Archiving this before my company mailbox closes. It is the 2021 case where they merged my
accidental duplicate AWS01127735 - back then they wanted both candidate IDs in the request.

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 9, 2021 15:02
To: Mirela Kovac <m.kovac@kansai-cloudworks.co.jp>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % OLD + old + '\n'
html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + \
    txt.split('________________________________')[0].strip().replace('\n', ' ') + '</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Sent:</b> Thursday, September 9, 2021 15:02<br><b>To:</b> Mirela Kovac &lt;m.kovac@kansai-cloudworks.co.jp&gt;<br><b>Subject:</b> RE:[CASE ' + OLD + '] [AWS Training and Certification Form Submission] - account-assistance</div><div><p>' + \
    old.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></div></body></html>'
add(('user_reply', False, OLD, [CID_2021]),
    ms_rcvd(t, 'TYCPR01MB8866.jpnprd01.prod.outlook.com', '2603:1096:400:11e::8', 40) + [
    ('From', addr('Mirela Kovac', ME_C)),
    ('To', addr(ME_NAME, ME_P)),
    ('Subject', 'FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % OLD),
    ('Date', fdate(t)),
    ('Message-ID', '<TYCPR01MB8866%s@TYCPR01MB8866.jpnprd01.prod.outlook.com>' % h(40, n=10).upper()),
    ('Thread-Topic', 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % OLD),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
    ], multipart('alternative', [leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
                                 leaf('text/html', html, 'utf-8', 'quoted-printable')], 40),
    ('Owner forwards a 2021 case (10-digit) to herself as a note', 'old resolved case arrives mid-thread; Outlook forward; one ID in her note, another only in the forwarded part'))

# 041 case update B (Japanese, base64)
t = d('2025-03-24 17:20:40')
IDS['041'] = ses_id(t, 41)
txt = """Mirela Kovac 様

山田でございます。ご返信いただき、ありがとうございます。
ご登録のメールアドレスからのご連絡を確認いたしました。

氏名表記の修正につきましては、認定証の発行を担当する専門チームへ対応を依頼いたしました。
チームからの回答までに数営業日ほどお時間を頂戴する見込みでございます。

進捗がございましたら、本ケースにてあらためてご連絡いたします。

山田
AWS トレーニングと認定 カスタマーサポート
"""
add(('case_update', False, B, []),
    fm_rcvd(t, 'a9-54.smtp-out.amazonses.com', '54.240.9.54', 41) + [
    fm_auth('amazon.com', '01000195c6a0e411-%s@amazonses.com' % h(41, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', tc_subject(B, space=True).replace('account-assistance', 'certificate')),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', IDS['041']),
    ('In-Reply-To', IDS['037']),
    ('References', '%s %s %s' % (IDS['035'], IDS['036'], IDS['037'])),
    ], leaf('text/plain', txt, 'UTF-8', 'base64'),
    ('B passed to the certificate team (Japanese)', '"進捗がございましたら" is about support writing later; nothing asked'))

# 042 company IT: mailbox shutdown (ISO-2022-JP)
t = d('2025-03-25 09:45:00')
body = """各位

情報システム部です。
3月末退職予定の方のメールボックスは、3月31日(月)18:00に停止します。

・停止後の転送設定は行いません。
・必要なメールや添付ファイルは、停止前に各自で保存してください。
・社外サービスに会社アドレスを登録している場合は、事前に変更してください。

本メールへの返信は不要です。

情報システム部 ヘルプデスク
"""
add(('unrelated', False, None, []),
    ms_rcvd(t, 'mail.kansai-cloudworks.co.jp', '203.0.113.24', 42) + [
    ms_auth('kansai-cloudworks.co.jp', 'kansai-cloudworks.co.jp', '203.0.113.24'),
    ('From', addr('情報システム部', 'it-helpdesk@kansai-cloudworks.co.jp', 'iso-2022-jp')),
    ('To', 'leavers-2025-03@kansai-cloudworks.co.jp'),
    ('Subject', enc('【重要】退職者メールボックス停止のお知らせ', 'iso-2022-jp')),
    ('Date', fdate(t)),
    ('Message-ID', '<TYWPR01MB%s@TYWPR01MB3301.jpnprd01.prod.outlook.com>' % h(42, n=12).upper()),
    ], leaf('text/plain', body, 'iso-2022-jp', '7bit'),
    ('Company IT: mailbox closes 31 March', '【重要】 subject like the phishing later; internal'),
    crlf=True)

# 043 tech newsletter with a placeholder candidate ID
t = d('2025-03-25 21:00:00')
html = """<html><body style="font-family:sans-serif">
<h2>Zenn Weekly</h2><p>今週よく読まれた記事</p>
<ol>
<li><a href="https://zenn.dev/example/articles/aws-cert-merge">転職前にやっておきたい AWS認定アカウントの統合 &mdash; 候補ID(AWS0xxxxxxx)の調べ方</a></li>
<li><a href="https://zenn.dev/example/articles/bedrock-agents">Bedrock Agents で社内ヘルプデスクを作った話</a></li>
<li><a href="https://zenn.dev/example/articles/terraform-stacks">Terraform Stacks を本番導入して分かったこと</a></li>
</ol>
<p style="font-size:11px;color:#888">配信停止は設定画面から変更できます。</p>
</body></html>"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'mail.zenn.dev', '35.190.62.11', 43) + [
    fm_auth('zenn.dev', 'bounce@mail.zenn.dev', selector='zn'),
    ('From', addr('Zenn', 'noreply@zenn.dev')),
    ('To', ME_P),
    ('Subject', enc('Zenn Weekly: AWS認定アカウントの統合 ほか')),
    ('Date', fdate(t)),
    ('Message-ID', '<%s@zenn.dev>' % h(43, n=24)),
    ('List-Unsubscribe', '<https://zenn.dev/settings/email>'),
    ], leaf('text/html', html, 'utf-8', 'quoted-printable'),
    ('Newsletter with an article about merging certification accounts', 'placeholder AWS0xxxxxxx is not a candidate ID; topic words everywhere'))
