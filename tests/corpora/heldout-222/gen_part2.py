# Messages 011-020
from gen_common import *  # noqa
import gen_common as C

SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CA
SUBJ_B = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CB

# 011 ---------------------------------------------------------------- ack A (Japanese, ISO-2022-JP)
d = when('2025-03-03 18:12:48', UTC)
t = """Lukasz Wierzbicki 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。

お客様のリクエストを受け付け、ケース 174099312004417 を作成いたしました。
担当者より通常 24 時間以内にご連絡いたしますが、内容によっては調査に
お時間をいただく場合がございます。

同じ内容で新しいケースを作成されますと、回答が遅れる原因となります。
追加の情報がございましたら、新しいケースは作成せず、このメールに
ご返信ください。

ケースの詳細は以下のとおりです。

ケース ID: 174099312004417
お問い合わせタイプ: AWS トレーニングと認定
カテゴリ: 認定
その他の詳細: アカウントの統合
件名: account-assistance
ご連絡先メールアドレス: l.wierzbicki@hakata-cloudworks.co.jp

お問い合わせ内容:
Use case: I am leaving Hakata Cloudworks K.K. at the end of March and
would like to move my certifications to my personal account.
Email addresses used: l.wierzbicki@hakata-cloudworks.co.jp,
lukasz.wierzbicki@outlook.jp
Email to keep: lukasz.wierzbicki@outlook.jp
Candidate IDs: AWS02318745 (company), AWS09912064 (personal)

今後ともよろしくお願いいたします。

Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
"""
C.TEXTS['ackA'] = t
C.IDS['ackA'] = add(d, 'Amazon Web Services <%s>' % TC, ME_C, SUBJ_A,
    leaf(t, charset='iso-2022-jp', cte='7bit', label='ISO-2022-JP', quote_cs=False),
    ('acknowledgement', False, CA, [OLD, NEW]),
    'Case A opened: Japanese acknowledgement to the company address',
    'ISO-2022-JP + CRLF; echoes the form (candidate IDs in the echo count as own text); '
    'conditional "if you have more information, reply" wording',
    msgid=sf_msgid(), trace=aws_trace(d, ME_C), crlf=True)

# 012 ---------------------------------------------------------------- ack B (duplicate form)
d = when('2025-03-03 22:46:31', UTC)
t = """Hello,

Thanks for getting in touch with AWS Training and Certification. This
message confirms that we have opened case 174100958707731 for your
request.

Case ID: 174100958707731
Subject: account-assistance
Contact: lukasz.wierzbicki@outlook.jp

Description as submitted:
  Please merge my company certification account into my personal one
  (AWS09912064). I sent this form earlier today but never saw a
  confirmation page, so I am sending it again.

Our team usually answers within one business day. Opening several cases
for the same request can delay the answer, so if you already have an open
case about this, there is no need to submit the form again.

Sincerely,
AWS Training and Certification Customer Service
"""
C.TEXTS['ackB'] = t
C.IDS['ackB'] = add(d, 'AWS Training and Certification <%s>' % TC, ME_P, SUBJ_B,
    leaf(t, cte='7bit', label='us-ascii', quote_cs=False),
    ('acknowledgement', False, CB, [NEW]),
    'Case B opened: the owner re-sent the form (duplicate)',
    'second case number for the same request; plain CRLF English template',
    msgid=sf_msgid(), trace=aws_trace(d, ME_P), crlf=True)

# 013 ---------------------------------------------------------------- Pearson VUE booking
d = when('2025-03-04 08:30:02', UTC)
t = """Dear Lukasz Wierzbicki,

Thank you for scheduling your exam with Pearson VUE. Please keep this
confirmation for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 418276530
Candidate ID: AWS02318745
Appointment: Friday, March 21, 2025, 10:00 JST
Delivery: Test center - Pearson Professional Centers-Fukuoka, Japan
Language: English

Arrive 30 minutes before your appointment with two forms of valid
identification. The name on your identification must exactly match the
name in your profile: Lukasz Wierzbicki.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least
24 hours before your appointment.

Pearson VUE
"""
html = ('<html><body><p>Dear Lukasz Wierzbicki,</p><p>Thank you for scheduling your exam with Pearson VUE.</p>'
        '<table border="1" cellspacing="0" cellpadding="4">'
        '<tr><th align="left">Exam</th><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>'
        '<tr><th align="left">Registration ID</th><td>418276530</td></tr>'
        '<tr><th align="left">Candidate ID</th><td>AWS02318745</td></tr>'
        '<tr><th align="left">Appointment</th><td>Friday, March 21, 2025, 10:00 JST</td></tr>'
        '<tr><th align="left">Delivery</th><td>Test center - Pearson Professional Centers-Fukuoka, Japan</td></tr>'
        '</table><p>Arrive 30 minutes before your appointment with two forms of valid identification. '
        'The name on your identification must exactly match the name in your profile: Lukasz Wierzbicki.</p>'
        '<p>To reschedule or cancel, visit <a href="https://home.pearsonvue.com/aws">home.pearsonvue.com/aws</a> '
        'at least 24 hours before your appointment.</p></body></html>')
add(d, 'Pearson VUE <PearsonVUEConfirmation@pearson.com>', ME_C, 'Pearson VUE Confirmation of Booking',
    multi('alternative', [leaf(t), leaf(html, 'html')]),
    ('unrelated', False, None, [OLD]),
    'Exam vendor booking confirmation (recertification exam)',
    'exam vendor mail; 9-digit registration ID next to a candidate ID',
    msgid='<%s@pearson.com>' % rhex(22),
    trace=trace_google(d, 'pearson.com', 'bounce@pearson.com', '159.182.1.%d' % 23, 'mx1.pearson.com', sel='pvue'))

# 014 ---------------------------------------------------------------- case B closed as duplicate
d = when('2025-03-04 15:05:19', UTC)
t = """Hello \u0141ukasz,

I'm Nikolai from the AWS Training and Certification team.

While looking at this request I noticed that the same merge had been
submitted a few hours earlier under case 174099312004417, from
l.wierzbicki@hakata-cloudworks.co.jp. To keep everything in one place I am
closing the present case as a duplicate. A colleague will continue with
your merge on case 174099312004417, and all further messages about it will
come from that case.

You do not need to take any action on this case.

Kind regards,
Nikolai
AWS Training and Certification Customer Service

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: 3/3/2025 1:46 PM
To: lukasz.wierzbicki@outlook.jp
Subject: RE:[CASE 174100958707731] [AWS Training and Certification Form Submission] - account-assistance

""" + C.TEXTS['ackB']
add(d, 'AWS Training and Certification <%s>' % TC, ME_P, SUBJ_B,
    leaf(t, cte='quoted-printable'),
    ('case_update', False, CB, []),
    'Case B closed as a duplicate of case A',
    'two case numbers (belongs to B, points to A); "no action" wording; old ack with a candidate ID quoted under Outlook separator',
    msgid=sf_msgid(), irt=C.IDS['ackB'], refs=[C.IDS['ackB']], trace=aws_trace(d, ME_P))

# 015 ---------------------------------------------------------------- Backlog notification
d = when('2025-03-05 09:40:27')
t = """ヴィエジビツキ さん

中村 さやか さんが課題を更新しました。

[HCW-2231] 引き継ぎ資料: 監視基盤の運用手順
状態: 処理中 → 処理済み
担当者: ヴィエジビツキ ウカシュ

コメント:
CloudWatch アラームの一覧を追記しました。Datadog 側の設定も確認のうえ、
問題なければ完了にしてください。

https://hakata-cw.backlog.jp/view/HCW-2231#comment-1849203

--
※このメールは送信専用アドレスから送信されています。
"""
add(d, 'Backlog <no-reply@hakata-cw.backlog.jp>', ME_C,
    ew('[HCW-2231] 引き継ぎ資料: 監視基盤の運用手順 が更新されました', label='UTF-8'),
    leaf(t, cte='base64', label='UTF-8'),
    ('unrelated', False, None, []),
    'Project tracker notification (Japanese, base64)',
    'Japanese request ("完了にしてください") from a non-AWS tool; 7-digit comment id',
    msgid='<%s.%d@hakata-cw.backlog.jp>' % (rhex(16), 1849203),
    trace=trace_google(d, 'hakata-cw.backlog.jp', 'no-reply@hakata-cw.backlog.jp', '52.68.%d.%d' % (4, 19),
                       'mail.backlog.jp', sel='bl1'))

# 016 ---------------------------------------------------------------- info request A (write from other address)
d = when('2025-03-05 11:02:51', UTC)
t = """Hi Lukasz,

Thank you for reaching out to AWS Training and Certification. My name is
Marisol and I'll be working with you on this merge.

Before two certification accounts can be combined, we verify the request
with the owner of the account that will remain. Your form came in from
l.wierzbicki@hakata-cloudworks.co.jp, but the account you want to keep is
registered to lukasz.wierzbicki@outlook.jp, so I can't act on what we have
so far.

What I need is a reply to this e-mail sent from lukasz.wierzbicki@outlook.jp,
with the case number left in the subject line so that it reaches me. In
that reply, include the candidate ID shown in the top-right corner of the
personal account once you are signed in (it starts with "AWS" followed by
eight digits).

Once that arrives I'll continue reviewing both accounts.

Best regards,
Marisol P.
AWS Training and Certification Customer Service
"""
C.TEXTS['infoA'] = t
html = '<div style="font-family:Calibri,Arial">' + ''.join(
    '<p>%s</p>' % p.replace('\n', ' ') for p in t.strip().split('\n\n')) + '</div>'
C.IDS['infoA'] = add(d, 'Amazon Web Services <%s>' % TC, ME_C, SUBJ_A,
    multi('alternative', [leaf(t), leaf(html, 'html')]),
    ('info_request', True, CA, []),
    'Case A: agent asks for a reply from the personal address plus the personal candidate ID',
    'request phrased as "What I need is..." with no please/question; sent to the company address; '
    '"AWS followed by eight digits" is not an ID',
    msgid=sf_msgid(), irt=C.IDS['ackA'], refs=[C.IDS['ackA']], trace=aws_trace(d, ME_C))

# 017 ---------------------------------------------------------------- owner replies from personal address
d = when('2025-03-05 20:31:06')
t = """Hello Marisol,

I am writing from my personal address as you asked. I confirm that I
submitted case 174099312004417 and that the account to keep is the one
registered to lukasz.wierzbicki@outlook.jp.

Candidate ID of the personal account: AWS09912064
Candidate ID of the company account:  AWS02318745

A second case (174100958707731) was opened by mistake when I re-sent the
form; a colleague of yours has already closed it.

Best regards,
\u0141ukasz Wierzbicki

On 2025/03/05 11:02, Amazon Web Services wrote:
""" + quote(C.TEXTS['infoA'], '> ')
C.TEXTS['userA1'] = t
C.IDS['userA1'] = add(d, addr(ME_NAME, ME_P), TC, 'Re: ' + SUBJ_A,
    leaf(t, cte='8bit', flowed=True, quote_cs=False, label='UTF-8'),
    ('user_reply', False, CA, [NEW, OLD]),
    'Owner answers case A from the personal address with both candidate IDs',
    'owner\'s own mail; mentions the duplicate case number too; support request quoted below',
    msgid=tb_msgid('outlook.jp'), irt=C.IDS['infoA'], refs=[C.IDS['ackA'], C.IDS['infoA']],
    extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-GB')])

# 018 ---------------------------------------------------------------- AWS Summit marketing (HTML only, JA)
d = when('2025-03-06 10:00:00', UTC)
html = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f3f3">
<table width="640" align="center" style="background:#fff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:24px"><h1>AWS Summit Japan 2025</h1>
<p>6月25日(水)・26日(木) 幕張メッセ</p></td></tr>
<tr><td style="padding:24px">
<p>ウカシュ 様</p>
<p>AWS Summit Japan 2025 の登録受付を開始しました。150 を超えるセッション、ハンズオン、
Expo をご用意しています。</p>
<p><b>AWS 認定をお持ちの方へ</b><br>会場内の認定者ラウンジをご利用いただけます。受付で Credly の
デジタルバッジをご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_2503"
style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none">今すぐ登録</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding:16px">
このメールは送信専用アドレスから配信されています。配信停止は<a href="https://pages.awscloud.com/unsub">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr>
</table></body></html>
"""
add(d, addr('アマゾン ウェブ サービス', 'aws-marketing-email-replies@amazon.com', label='UTF-8'), ME_P,
    ew('【AWS Summit Japan 2025】登録受付を開始しました', label='UTF-8'),
    leaf(html, 'html', cte='base64', label='utf-8'),
    ('unrelated', False, None, []),
    'AWS marketing: Summit registration (HTML only, Japanese)',
    'genuine amazon.com marketing mentioning certification and Credly badges',
    msgid=ses_msgid(d),
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsub?e=%s>' % rhex(16)), ('Precedence', 'bulk')],
    trace=aws_trace(d, ME_P))

# 019 ---------------------------------------------------------------- on hold A (APN) with buried question
d = when('2025-03-07 16:25:10', UTC)
t = """Hello \u0141ukasz,

Thank you for writing from your personal address and for the candidate
IDs; the ownership check is now complete.

While preparing the merge I found that the company account (AWS02318745)
is associated with an AWS Partner Network organization, Hakata Cloudworks
K.K. The association goes back to case 7712045389 in 2021, when your
certifications were first shared with the partner. As long as it is in
place, certifications cannot be moved out of that account without the
partner organization: either its Alliance Lead releases you in AWS Partner
Central, or your employment ends and we are informed of the date.

For that reason I have put this case on hold. It stays open and nothing is
lost while it waits.

One thing would help me plan the next step, though: what is your last
working day at Hakata Cloudworks? If it is only a few weeks away, we may be
able to go ahead on that date even if the partner does not act.

Kind regards,
Devendra
AWS Training and Certification | Customer Service
"""
C.TEXTS['holdA'] = t
html = ('<html><body style="font-family:Arial;font-size:10pt">' +
        ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t.strip().split('\n\n')[:-1]) +
        '<p>Kind regards,<br>Devendra<br><span style="color:#888">AWS Training and Certification | Customer Service</span></p>'
        '</body></html>')
C.IDS['holdA'] = add(d, 'Amazon Web Services <%s>' % TC, ME_P, SUBJ_A,
    multi('alternative', [leaf(t), leaf(html, 'html')]),
    ('on_hold', True, CA, [OLD]),
    'Case A on hold: company account tied to an APN partner; asks last working day',
    'hold notice with a question buried after "nothing is lost"; mentions an older 10-digit case number',
    msgid=sf_msgid(), irt=C.IDS['userA1'], refs=[C.IDS['ackA'], C.IDS['infoA'], C.IDS['userA1']],
    trace=aws_trace(d, ME_P), crlf=True)

# 020 ---------------------------------------------------------------- mobile bill (Shift_JIS)
d = when('2025-03-07 18:00:00')
t = """ウカシュ ヴィエジビツキ 様

いつもソラネコモバイルをご利用いただき、ありがとうございます。
2025年2月分のご利用料金が確定しましたのでお知らせいたします。

ご請求金額:3,278円(税込)
お支払い予定日:2025年3月27日
お支払い方法:クレジットカード

ご利用明細はマイページよりご確認ください。
https://my.soraneko-mobile.jp/bill

※本メールは送信専用です。ご返信いただいてもお答えできません。
"""
add(d, addr('ソラネコモバイル', 'billing@soraneko-mobile.jp', 'shift_jis', label='Shift_JIS'), ME_P,
    ew('【ソラネコモバイル】2月分ご利用料金確定のお知らせ', 'shift_jis', label='Shift_JIS'),
    leaf(t, charset='shift_jis', cte='8bit', label='Shift_JIS'),
    ('unrelated', False, None, []),
    'Mobile phone bill (Japanese, Shift_JIS 8bit)',
    'Shift_JIS body; "ご確認ください" instruction from a non-AWS sender',
    msgid='<%s@soraneko-mobile.jp>' % rhex(18),
    trace=trace_ms(d, 'soraneko-mobile.jp', 'soraneko-mobile.jp', '203.0.113.%d' % 45, 'mo.soraneko-mobile.jp'))
