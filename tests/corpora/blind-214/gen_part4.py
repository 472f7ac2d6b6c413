# gen_part4.py - June to September 2025: case F (name correction, Japanese), surrounding mail
from gen_part1 import *  # noqa: F401,F403
from gen_part1 import R

WORK_TO = addr('Onodera Daisuke', ME_WORK)
WORK_TO_JA = addr('小野寺 大輔', ME_WORK)
GMAIL_TO = ME_GMAIL

f1_text = """このメールは、AWS トレーニングと認定のお問い合わせフォームから
送信されたリクエストの受付確認です。

ケース番号: 174951743202561
件名: account-assistance
受付日時: 2025/06/10 10:03 (JST)

担当チームが内容を確認のうえ、通常 24 時間以内にご連絡いたします。
確認に時間を要する場合は、その旨をお知らせいたします。

同じ内容のお問い合わせを重ねて送信されますと、回答が遅れる原因と
なります。追加の情報は、本メールへの返信でお送りいただけます。
本メールへのご返信は、そのままケースに記録されます。

AWS トレーニングと認定
"""
d = T('2025-06-10 01:04:05')
f1 = ses_msgid(d)
add(d, aws_from('AWS トレーニングと認定'), WORK_TO, tc_subject(CASE_F),
    alt(part(f1_text, cte='base64'), part(html_of(f1_text), 'html', cte='base64')),
    L('acknowledgement', False, CASE_F),
    'Japanese acknowledgement (UTF-8 base64, multipart) worded as a receipt; mentions that replies are recorded, asks nothing.',
    top=ses_in(d, to=ME_WORK), msgid=f1)

f2_text = """小野寺 大輔 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定アカウントに登録されている氏名を、本人確認書類の表記に合わせて
変更したいとのご依頼、承知いたしました。

氏名の変更は認定証やデジタルバッジにも反映されるため、変更の前に
ご本人確認をお願いしております。お手数ではございますが、以下の
2 点をご教示いただけますでしょうか。

1. 公的な本人確認書類(パスポート等)に記載されているローマ字表記の氏名
2. 変更対象の認定アカウントの候補 ID(「AWS」から始まる 11 桁の番号)

なお、本人確認書類の画像をお送りいただく必要はございません。

ご返信のほど、よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
d = T('2025-06-11 00:20:48')
f2 = ses_msgid(d)
add(d, aws_from('AWS トレーニングと認定'), WORK_TO, tc_subject(CASE_F),
    part(f2_text, cte='quoted-printable'),
    L('info_request', True, CASE_F),
    'Japanese keigo request (ご教示いただけますでしょうか) for the passport name and candidate ID; no candidate ID is written, only its format.',
    top=ses_in(d, to=ME_WORK), msgid=f2, irt=f1, refs=f1)

f3_text = """佐々木様

ご連絡ありがとうございます。小野寺です。
ご質問の件、以下のとおりです。

1. ONODERA DAISUKE(パスポートの記載どおりです)
2. AWS02418867

認定アカウント上は「Daisuke Onodera」の順で表示していただければ幸いです。
お手数をおかけしますが、よろしくお願いいたします。

小野寺 大輔
株式会社キリノハテクノロジーズ

差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年6月11日 9:20
宛先: 小野寺 大輔 <d-onodera@kirinoha-tech.co.jp>
件名: RE:[CASE 174951743202561] [AWS Training and Certification Form Submission] - account-assistance

""" + f2_text
d = T('2025-06-11 11:02:37', 9)
f3 = outlook_msgid()
add(d, addr('小野寺 大輔', ME_WORK, 'iso-2022-jp'), TC_FORM, 'RE: ' + tc_subject(CASE_F),
    part(f3_text, charset='iso-2022-jp', cte='7bit'),
    L('user_reply', False, CASE_F, [CID_WORK]),
    'Owner\'s Japanese Outlook reply (ISO-2022-JP) with the 差出人/送信日時 header block quoting the request.',
    msgid=f3, irt=f2, refs='%s %s' % (f1, f2),
    extra=[('Thread-Topic', tc_subject(CASE_F)), ('Thread-Index', 'AQH' + alnum(28)), ('Content-Language', 'ja-JP')])

f4_text = """小野寺 様

佐々木でございます。ご回答いただき、ありがとうございました。

いただいた情報をもとに、氏名変更の申請を認定記録の担当部署へ
提出いたしました。処理には通常 3〜5 営業日ほどかかります。

進捗がございましたら、こちらから改めてご連絡いたします。
それまでの間、小野寺様に行っていただく作業はございません。

佐々木
"""
d = T('2025-06-13 05:30:14')
f4 = ses_msgid(d)
add(d, aws_from('AWS トレーニングと認定'), WORK_TO, tc_subject(CASE_F),
    part(f4_text, cte='base64'),
    L('case_update', False, CASE_F),
    'Japanese progress update: passed to another department, nothing for the user to do.',
    top=ses_in(d, to=ME_WORK), msgid=f4, irt=f3, refs='%s %s %s' % (f1, f2, f3))

f5_html = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px">
<p>小野寺 様</p>
<p>いつもお世話になっております。佐々木でございます。</p>
<p>認定アカウント(AWS02418867)に登録されている氏名を「<b>Daisuke Onodera</b>」に変更いたしました。
認定アカウントの画面、および今後ダウンロードされる認定証には新しい氏名が表示されます。</p>
<p>一方、Credly のデジタルバッジに表示される氏名については、既存バッジの再発行が必要となるため、
別のチームにて手続きを進めております。再発行が完了しましたら、本ケースにて改めてご連絡いたします。</p>
<p>恐れ入りますが、いましばらくお待ちくださいますようお願い申し上げます。</p>
<p>佐々木<br>AWS トレーニングと認定 カスタマーサービス</p>
</div></body></html>
"""
d = T('2025-06-17 08:12:57')
f5 = ses_msgid(d)
add(d, aws_from('AWS トレーニングと認定'), WORK_TO, tc_subject(CASE_F),
    part(f5_html, 'html', cte='quoted-printable'),
    L('case_update', False, CASE_F, [CID_WORK]),
    'HTML-only Japanese partial completion: name changed on the account (変更いたしました) but badge reissue still with another team; お待ちください is not a request.',
    top=ses_in(d, to=ME_WORK), msgid=f5, irt=f3, refs='%s %s %s' % (f1, f2, f3))

f6_text = """小野寺 様

佐々木でございます。

Credly のデジタルバッジの再発行が完了し、バッジに表示される氏名も
「Daisuke Onodera」となりました。これにより、今回ご依頼いただいた
内容はすべて対応済みとなります。再発行されたバッジについては
Credly から別途メールが届きますので、受け入れの手続きをお願いいたします。

なお、Pearson VUE のアカウントに登録されている氏名は、弊社では
変更いたしかねます。次回の試験をご予約になる前に、Pearson VUE の
プロフィール画面からご自身で更新していただきますようお願いいたします。

本件に関してご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
d = T('2025-06-20 02:45:10')
add(d, aws_from('AWS トレーニングと認定'), WORK_TO, tc_subject(CASE_F),
    alt(part(f6_text, cte='quoted-printable'), part(html_of(f6_text), 'html', cte='quoted-printable')),
    L('resolved', False, CASE_F),
    'Japanese completion (すべて対応済み) that still tells the user to do things with Credly and Pearson VUE (お願いいたします), plus a conditional ご不明な点がございましたら; support waits for nothing.',
    top=ses_in(d, to=ME_WORK), msgid=ses_msgid(d), irt=f5, refs='%s %s %s %s' % (f1, f2, f3, f5))

d = T('2025-06-20 03:02:33')
add(d, addr('Credly', 'admin@credly.com'), WORK_TO,
    'Your badge has been updated by Amazon Web Services Training and Certification',
    alt(part("""Hi Daisuke Onodera,

Amazon Web Services Training and Certification has replaced your
AWS Certified Solutions Architect - Associate badge with an updated
version. The previous badge has been retired from your profile.

Accept the new badge to keep it visible on your Credly profile:
https://www.credly.com/badges/2b7e91c4-0d55-4a8e-9f36-71c0e2d4a9b8/accept

Credly, Inc.
""", charset='us-ascii', cte='7bit'),
        part(html_of("""Hi Daisuke Onodera,

Amazon Web Services Training and Certification has replaced your AWS Certified Solutions Architect - Associate badge with an updated version.

Accept the new badge to keep it visible on your Credly profile.

Credly, Inc."""), 'html')),
    L('badge', False),
    'Credly reissued badge after the name change; "has been updated/replaced" completion wording from Credly, not support.',
    top=o365_in(d, '167.89.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'sendgrid.net', 'credly.com'),
    msgid='<%s@geopod-ismtpd-%d>' % (alnum(22), R.randint(1, 40)))

d = T('2025-06-18 22:41:09')
add(d, addr('Datadog Support', 'support@datadoghq.com'), WORK_TO,
    '[Datadog Support] Re: Log pipeline not parsing nested JSON (Request #1934771)',
    alt(part("""##- Please type your reply above this line -##

Your request (1934771) has been solved. To reopen this request, reply to
this email.

Nadia (Datadog)
Jun 18, 2025, 13:41 UTC

Hi Daisuke,

We've pushed the fix for the grok parser on our side, and the pipeline in
your org now parses the nested "detail" object correctly. New logs should
show the parsed attributes within a few minutes; logs ingested before the
fix will not be reprocessed.

Since we haven't heard back in a while, I'm marking this request as solved.

Best,
Nadia
Datadog Technical Support
""", charset='us-ascii', cte='quoted-printable'),
        part(html_of("""##- Please type your reply above this line -##

Your request (1934771) has been solved. To reopen this request, reply to this email.

Hi Daisuke,

We've pushed the fix for the grok parser on our side, and the pipeline in your org now parses the nested "detail" object correctly.

Best,
Nadia
Datadog Technical Support"""), 'html')),
    L('unrelated', False),
    'Other vendor\'s support request "solved" with "fixed on our side" and propagation wording; not AWS.',
    top=o365_in(d, '192.161.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'zendesk.com', 'datadoghq.com'),
    msgid='<%s_%s_sprut@zendesk.com>' % (alnum(12), R.randint(100000, 999999)),
    extra=[('X-Mailer', 'Zendesk Mailer')])

d = T('2025-07-02 07:00:00')
add(d, addr('Zenn', 'noreply@zenn.dev'), GMAIL_TO,
    '今週のトレンド記事: AWS 認定アカウントの統合手順ほか',
    part("""<html><body style="font-family:sans-serif">
<h3>Zenn 週間トレンド</h3>
<ol>
<li><a href="https://zenn.dev/articles/aws-cert-merge">転職したので AWS 認定アカウントを個人アドレスに統合した話</a><br>
<small>サポートからの確認メールに返信して 20 分ほどで統合完了しました。</small></li>
<li><a href="https://zenn.dev/articles/ecs-blue-green">ECS のブルー/グリーンデプロイを CDK で組む</a></li>
<li><a href="https://zenn.dev/articles/terraform-import">terraform import ブロックで既存リソースを取り込む</a></li>
</ol>
<p style="font-size:11px;color:#999">配信停止は設定画面から行えます。</p>
</body></html>
""", 'html', cte='base64'),
    L('unrelated', False),
    'Japanese tech newsletter whose top article is about merging AWS certification accounts ("統合完了しました").',
    top=gmail_in(d, 'mail.zenn.dev', '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'bounces@zenn.dev', 'zenn.dev', p='NONE'))

q_case = '175255660400218'
d = T('2025-07-15 05:16:58')
q1 = ses_msgid(d)
add(d, addr('Amazon Web Services', NOREPLY_AWS), GMAIL_TO,
    'Amazon Web Services: New Support case: ' + q_case,
    part("""Dear AWS customer,

We have opened case 175255660400218 on your behalf for a service quota
increase.

Case ID: 175255660400218
Subject: Quota increase: Running On-Demand G and VT instances
Region: Asia Pacific (Tokyo)
Requested value: 8
Account: 482910375516

Most quota requests are processed within a few business days. To view the
case or add information, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=175255660400218&language=en

This e-mail address cannot accept incoming e-mails. Please use the link
above to respond to this case.

Amazon Web Services
""", charset='us-ascii', cte='7bit'),
    L('unrelated', False),
    'AWS Support Center case about an EC2 quota: same sender and subject shape as a T&C console case, but not Training and Certification; case left null.',
    top=ses_in(d), msgid=q1)

d = T('2025-07-16 01:38:20')
add(d, addr('Amazon Web Services', NOREPLY_AWS), GMAIL_TO,
    'RE:[CASE %s] Quota increase: Running On-Demand G and VT instances' % q_case,
    alt(part("""Hello,

Your quota increase request for Running On-Demand G and VT instances in
Asia Pacific (Tokyo) has been approved and processed. The new value is 8
vCPUs. It can take up to 30 minutes for the new value to become effective.

We will now set this case to resolved.

Best regards,
Service Quotas team
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence.

To see all of the correspondence for this case, please go to:
https://console.aws.amazon.com/support/home#/case/?displayId=175255660400218&language=en

This e-mail address cannot accept incoming e-mails.
""", charset='us-ascii', cte='7bit'),
        part(html_of("""Hello,

Your quota increase request for Running On-Demand G and VT instances in Asia Pacific (Tokyo) has been approved and processed. The new value is 8 vCPUs. It can take up to 30 minutes for the new value to become effective.

We will now set this case to resolved.

Best regards,
Service Quotas team
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

This e-mail address cannot accept incoming e-mails."""), 'html')),
    L('unrelated', False),
    'Console case completion ("approved and processed", "up to 30 minutes", survey footer) for an EC2 quota - not T&C.',
    top=ses_in(d), msgid=ses_msgid(d), irt=q1, refs=q1)

d = T('2025-08-04 19:22:05', 9)
add(d, addr('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), GMAIL_TO,
    'Amazon.co.jp ご注文の商品を発送しました',
    alt(part("""小野寺 大輔 様

ご注文いただいた商品を発送しました。

注文番号: 250-4417720-1938846
商品: USB-C ハブ 7-in-1 ほか 1 点
お届け予定: 8月5日(火)

配送状況は「注文履歴」からご確認いただけます。

Amazon.co.jp
""", cte='base64'),
        part(html_of("""小野寺 大輔 様

ご注文いただいた商品を発送しました。

注文番号: 250-4417720-1938846
お届け予定: 8月5日(火)

Amazon.co.jp"""), 'html', cte='base64')),
    L('unrelated', False),
    'Amazon.co.jp shipping notice (Amazon, not AWS).',
    top=gmail_in(d, 'a27-%d.smtp-out.us-west-2.amazonses.com' % R.randint(10, 99), '54.240.27.%d' % R.randint(10, 99), 'bounces@amazon.co.jp', 'amazon.co.jp'),
    msgid=ses_msgid(d))

d = T('2025-08-20 13:05:44', 9)
add(d, addr('みずなら銀行', 'info@mizunara-bank.co.jp', 'iso-2022-jp'), GMAIL_TO,
    '【みずなら銀行】お振込み完了のお知らせ',
    part("""小野寺 大輔 様

いつもみずなら銀行をご利用いただき、ありがとうございます。
以下のお振込みが完了しましたのでお知らせいたします。

受付番号: 20250820-0031557
お振込日: 2025年08月20日
お振込先: ミナトシ ケンコウホケンクミアイ
金額: 18,400円

なお、お振込先の口座への入金反映には、先方金融機関の処理により
お時間がかかる場合がございます。

お心当たりのないお取引の場合は、お手数ですが当行までご連絡ください。

みずなら銀行 ダイレクトバンキング
""", charset='shift_jis', cte='8bit'),
    L('unrelated', False),
    'Bank "transfer completed, may take time to show on the other side" in Shift_JIS 8bit; closest non-AWS twin of a propagation notice.',
    top=gmail_in(d, 'mx01.mizunara-bank.co.jp', '203.0.113.%d' % R.randint(10, 99), 'info@mizunara-bank.co.jp', 'mizunara-bank.co.jp', p='REJECT'),
    msgid='<%s.%s@mizunara-bank.co.jp>' % (R.randint(10**9, 10**10), alnum(6)), subj_cs='iso-2022-jp')

d = T('2025-09-01 16:00:00')
add(d, addr('AWS Events', 'aws-marketing-email-replies@amazon.com'), GMAIL_TO,
    'Registration is open: AWS re:Invent 2025',
    alt(part("""AWS re:Invent 2025 | December 1-5 | Las Vegas

Registration is now open. Join us for keynotes, hundreds of breakout
sessions and hands-on builder labs. AWS Certified attendees get access to
the Certification Lounge - bring your digital badge.

Register now: https://reinvent.awsevents.com/register

Unsubscribe: https://pages.awscloud.com/unsubscribe
Amazon Web Services, Inc., 410 Terry Ave North, Seattle, WA 98109
""", charset='us-ascii', cte='7bit'),
        part("""<html><body style="margin:0;background:#232f3e">
<table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:22px">AWS re:Invent 2025</td></tr>
<tr><td style="padding:20px">Registration is now open. AWS Certified attendees get access to the Certification Lounge &ndash; bring your digital badge.<br><br>
<a href="https://reinvent.awsevents.com/register" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">Register now</a></td></tr>
</table></body></html>
""", 'html', charset='us-ascii', cte='7bit')),
    L('unrelated', False),
    'AWS marketing mentioning certification and badges.',
    top=ses_in(d), msgid=ses_msgid(d))

d = T('2025-09-12 09:00:12')
add(d, addr('Slack', 'feedback@slack.com'), WORK_TO,
    '[Slack] Notifications from the Kirinoha Technologies workspace',
    part("""You have 3 new messages in Kirinoha Technologies.

#proj-ledger
  Aoyama Kenji: @onodera the migration PR is merged, can you close the ticket?

#random
  Manabe Satomi: 10月の送別会、日程調整のフォームを送りました!

Direct message
  Ito Yui: 引き継ぎ資料、レビュー終わったら教えてください

Open Slack: https://kirinoha.slack.com/
""", cte='quoted-printable'),
    L('unrelated', False),
    'Slack digest with requests from colleagues ("can you close the ticket?") - not support.',
    top=o365_in(d, '54.240.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'slack.com', 'slack.com'),
    msgid='<%s@slack.com>' % hexs(32))

d = T('2025-09-20 20:11:39', 9)
add(d, addr('Udemy', 'no-reply@e.udemymail.com'), GMAIL_TO,
    'Congratulations on completing your course!',
    part(html_of("""Hi Daisuke,

You completed "Ultimate AWS Certified SysOps Administrator Associate". Your certificate of completion is ready to download and share.

Keep learning!
The Udemy Team"""), 'html', charset='us-ascii', cte='7bit'),
    L('unrelated', False),
    'Udemy course completion certificate: "certificate", "AWS Certified" in a course title, not the AWS program.',
    top=gmail_in(d, 'o1.e.udemymail.com', '167.89.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'bounces@e.udemymail.com', 'e.udemymail.com', p='NONE'),
    msgid='<%s@geopod-ismtpd-%d>' % (alnum(22), R.randint(1, 40)))
