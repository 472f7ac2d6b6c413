# Messages 57-68: vendor mail, the Japanese ESL +30 case C3, phishing in Japanese.
from gen_part0 import *
import gen_part0 as G
import html as _html

# 57 ---------------------------------------------------------------- other vendor closing notice
w = D(2025, 4, 16, 1, 30, 0)
hs = [('Delivered-To', ME_P),
      auth_gmail('nimbusbackup.io', 'support+id48213@nimbusbackup.zendesk.com', '192.161.148.20',
                 dkim_d='nimbusbackup.io', sel='zendesk1', policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('Nimbus Backup Support', 'support@nimbusbackup.io')), ('To', ME_P),
      ('Reply-To', 'Nimbus Backup Support <support+id48213@nimbusbackup.zendesk.com>'),
      ('Subject', '[Nimbus Backup] Re: Restore job stuck at 99% (Request #48213)'),
      ('Date', date(w)), ('Message-ID', '<ZD4VQ8X2_67fe88a0_%s@nimbusbackup.zendesk.com>' % h('m57', 8)),
      ('X-Mailer', 'Zendesk Mailer')]
t = """##- Please type your reply above this line -##

Hi Khoa,

We haven't heard from you for five days about request #48213. If the restore
is still stuck, could you send us the job log from Settings > Diagnostics?

If we don't hear back, this request will be closed automatically in 48 hours.
You can reopen it any time by replying to this email.

Daniel
Nimbus Backup Support
"""
add('unrelated', False, None, [],
    'Another vendor\'s closing notice with a question and "reply to reopen" (Zendesk); not AWS.',
    hs, leaf('text/plain', t, 'UTF-8', 'quoted-printable'))

# 58 ---------------------------------------------------------------- Skill Builder receipt
w = D(2025, 4, 18, 9, 44, 12)
hs = [('Delivered-To', ME_P),
      auth_gmail('aws.training', '0100019648a3f1d2-receipt@mail.aws.training', '54.240.8.77', dkim_d='aws.training'),
      ('From', ad('AWS Skill Builder', 'no-reply@aws.training')), ('To', ME_P),
      ('Subject', 'Your AWS Skill Builder receipt'),
      ('Date', date(w)), ('Message-ID', ses_mid('m58', w))]
hh = html_wrap("""<p>Thanks for your purchase, Minh Khoa.</p>
<table cellpadding="5" border="1" style="border-collapse:collapse">
<tr><td>Order number</td><td>SB-2025-0418-77120938</td></tr>
<tr><td>Plan</td><td>AWS Skill Builder Individual - monthly</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Renews</td><td>May 18, 2025</td></tr></table>
<p>Exam prep for DevOps Engineer - Professional is included in your plan. Manage your subscription
at skillbuilder.aws. Questions? Contact AWS Training and Certification support.</p>""")
add('unrelated', False, None, [],
    'Skill Builder receipt from aws.training (a T&C-family sender) - billing, not a case.',
    hs, leaf('text/html', hh, 'utf-8', 'quoted-printable'))

# 59 ---------------------------------------------------------------- Pearson VUE DOP-C02 booking
w = D(2025, 4, 19, 22, 31, 40)
hs = [('Delivered-To', ME_P),
      auth_gmail('pearson.com', 'pearsonvuecustomerservice@pearson.com', '159.182.16.44', dkim_d='pearson.com',
                 sel='selector1', policy='p=REJECT sp=REJECT dis=NONE'),
      ('From', ad('Pearson VUE', 'pearsonvuecustomerservice@pearson.com')), ('To', ME_P),
      ('Subject', 'Pearson VUE Confirmation of Booking'),
      ('Date', date(w)), ('Message-ID', generic_mid('m59', 'pearsonvue.com'))]
t = """Dear Minh Khoa Tran,

Your appointment is confirmed.

Exam:                 DOP-C02: AWS Certified DevOps Engineer - Professional
Language:             English
Date / time:          Saturday, May 24, 2025, 10:00 AM JST
Location:             Fukuoka Tenjin Test Center
Registration number:  517730942
AWS candidate ID:     %s
Accommodations:       none

To reschedule or cancel, sign in to your AWS Certification account at least
24 hours before the appointment.

Pearson VUE
""" % NEW
add('unrelated', False, None, [NEW],
    'Exam vendor booking under the merged account ("Accommodations: none" - the reason for C3).',
    hs, leaf('text/plain', t, 'windows-1252', 'quoted-printable', quote_cs=False))

# 60 ---------------------------------------------------------------- connpass
w = D(2025, 4, 21, 18, 0, 0)
hs = [('Delivered-To', ME_P),
      auth_gmail('connpass.com', 'bounce@mail.connpass.com', '54.240.27.16', dkim_d='connpass.com',
                 policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('connpass', 'no-reply@connpass.com')), ('To', ME_P),
      ('Subject', ew('【JAWS-UG福岡】#17 AWS認定もくもく会 への参加が確定しました')),
      ('Date', date(w)), ('Message-ID', generic_mid('m60', 'connpass.com'))]
t = """チャン ミン コア さん

以下のイベントへの参加が確定しました。

JAWS-UG福岡 #17 AWS認定もくもく会
日時：2025/05/10（土）13:00〜17:00
会場：福岡市中央区天神（詳細は参加者への情報欄をご確認ください）

キャンセルする場合はイベントページから手続きしてください。
このメールに返信されても対応できません。

connpass
"""
add('unrelated', False, None, [],
    'Community event confirmation in Japanese (connpass), mentions AWS 認定.',
    hs, leaf('text/plain', t, 'UTF-8', 'base64', quote_cs=False))

# 61 ---------------------------------------------------------------- C3 ack (ISO-2022-JP)
C3SUBJ = '[AWS Training and Certification Form Submission] - certification-exam'
w = D(2025, 4, 22, 20, 16, 2)
hs, G.M61 = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C3, C3SUBJ), 'm61', jp_region=True,
                     from_name='AWS トレーニングと認定')
t = """チャン ミン コア 様

AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
以下の内容でお問い合わせを承りました。

　ケース ID　　　　：%s
　お問い合わせタイプ：認定
　その他の詳細　　　：試験の配慮（ESL +30）
　AWS 候補 ID　　　：%s
　お問い合わせ内容　：5月24日に受験予定の DOP-C02 について、英語を母語としない
　　　　　　　　　　　受験者向けの 30 分延長（ESL +30）を適用していただきたいです。
　　　　　　　　　　　母語はベトナム語です。

通常 24 時間以内に担当者よりご連絡いたします。
同じ内容で新しいケースを作成しないでください。

このメールは受付の確認のためにお送りしています。

AWS トレーニングと認定
""" % (C3, NEW)
add('acknowledgement', False, C3, [NEW],
    'C3 receipt in ISO-2022-JP (7bit, JIS) for an ESL +30 request; plain imperative "作成しないでください" is not a reply request.',
    hs, leaf('text/plain', t, 'ISO-2022-JP', '7bit', quote_cs=False))

# 62 ---------------------------------------------------------------- C3 info request (keigo)
w = D(2025, 4, 23, 10, 12, 30)
hs, G.M62 = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C3, C3SUBJ), 'm62', jp_region=True,
                     from_name='AWS トレーニングと認定', in_reply_to=G.M61, refs=G.M61)
G.T62 = """チャン ミン コア 様

AWS トレーニングと認定の佐藤でございます。
ESL +30 の適用についてお問い合わせいただき、ありがとうございます。

ESL +30 は、英語で受験される方のうち、英語を母語とされない方が対象となる
配慮でございます。適用にあたり、恐れ入りますが以下の点をお知らせいただけます
でしょうか。

　1. 対象となる試験の Pearson VUE 登録番号（9 桁）
　2. 受験予定日と試験コード
　3. 受験言語（英語／日本語）

なお、日本語で受験される場合は ESL +30 の対象外となりますので、あらかじめ
ご了承くださいませ。

お手数をおかけいたしますが、本メールへのご返信のほど、よろしくお願いいたします。
ご不明な点がございましたら、お気軽にお問い合わせください。

AWS トレーニングと認定 カスタマーサービス
佐藤
"""
hh = html_wrap(p_html(G.T62), 'ja')
add('info_request', True, C3, [],
    'Japanese keigo request (お知らせいただけますでしょうか / ご返信のほどよろしくお願いいたします) with a numbered list, plus a conditional ご不明な点がございましたら. UTF-8 base64.',
    hs, multi('alternative', [leaf('text/plain', G.T62, 'UTF-8', 'base64'),
                              leaf('text/html', hh, 'UTF-8', 'base64')], '----=_Part_30211_920174433.1745370750118'))

# 63 ---------------------------------------------------------------- owner answers C3 in Japanese
w = D(2025, 4, 23, 21, 40, 8)
hs, G.M63 = gmail_sent(w, ad('AWS トレーニングと認定', TC), 'Re: RE:[CASE %s] %s' % (C3, C3SUBJ), 'm63',
                       in_reply_to=G.M62, refs='%s %s' % (G.M61, G.M62))
new = """佐藤様

ご確認いただきありがとうございます。以下のとおりです。

1. Pearson VUE 登録番号：517730942
2. 2025年5月24日（土）10:00、DOP-C02
3. 英語で受験します

AWS 候補 ID は %s です。
どうぞよろしくお願いいたします。

チャン ミン コア
""" % NEW
attr = '2025年4月23日(水) 10:12 AWS トレーニングと認定 <%s>:' % TC
t = new + '\n' + attr + '\n\n' + quote_gt(G.T62)
hh = ('<div dir="ltr">' + p_html(new) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
      + _html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
      + p_html(G.T62) + '</blockquote></div>')
add('user_reply', False, C3, [NEW],
    'Owner\'s Japanese answer with the 9-digit registration number and his candidate ID; Gmail Japanese attribution line.',
    hs, multi('alternative', [leaf('text/plain', t, 'UTF-8', 'quoted-printable', quote_cs=False),
                              leaf('text/html', hh, 'UTF-8', 'quoted-printable', quote_cs=False)], '000000000000f03a7d06336b19e2'))

# 64 ---------------------------------------------------------------- C3 resolved (English), action without reply
w = D(2025, 4, 25, 9, 30, 51)
hs, _m = aws_mail(w, ME_P, 'RE: [CASE %s] %s' % (C3, C3SUBJ), 'm64', in_reply_to=G.M63,
                  refs='%s %s %s' % (G.M61, G.M62, G.M63))
t = """Hello Khoa,

Thank you for the details. The ESL +30 accommodation is now active on your
certification account (%s) and applies to every English-language exam
you schedule from today.

Your DOP-C02 appointment (registration 517730942) was booked before the
accommodation existed, so it will not pick up the extra 30 minutes by itself.
Cancel and rebook that appointment in your certification account - there is
no fee when you do it more than 24 hours ahead. You don't need to write back
to us for this.

Good luck on the 24th!

Naomi K.
AWS Training and Certification Customer Service

> 1. Pearson VUE 登録番号：517730942
> 2. 2025年5月24日（土）10:00、DOP-C02
> 3. 英語で受験します
""" % NEW
add('resolved', False, C3, [NEW],
    'C3 done in English after a Japanese thread; tells the owner to rebook the exam (an action, not a reply: "You don\'t need to write back"). Short > quote of his answer.',
    hs, leaf('text/plain', t, 'UTF-8', '8bit'), crlf=True)

# 65 ---------------------------------------------------------------- C3 survey (Japanese)
w = D(2025, 4, 26, 10, 0, 0)
hs, _m = aws_mail(w, ME_P, ew('AWS トレーニングと認定 サポートに関するアンケートのお願い'), 'm65',
                  from_name='AWS Customer Feedback', from_addr='aws-feedback@amazon.com', jp_region=True)
hh = html_wrap("""<p>チャン ミン コア 様</p>
<p>先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました（ケース ID：%s）。</p>
<p>今後のサービス向上のため、担当者の対応について簡単なアンケートにご協力いただけますと幸いです。
所要時間は約 2 分です。</p>
<p><a href="https://survey.aws/s/tc-ja?c=%s">アンケートに回答する</a></p>
<p>本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできませんので、ご了承ください。</p>""" % (C3, C3), 'ja')
add('survey', False, C3, [],
    'Japanese survey for C3 (〜いただけますと幸いです is a survey plea, not a case request).',
    hs, leaf('text/html', hh, 'utf-8', 'base64'))

# 66 ---------------------------------------------------------------- card statement (Shift_JIS)
w = D(2025, 4, 28, 7, 2, 19)
hs = [('Delivered-To', ME_P),
      auth_gmail('kyushu-next-card.jp', 'info@mail.kyushu-next-card.jp', '210.152.135.40',
                 dkim_d='kyushu-next-card.jp', policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('九州ネクストカード', 'info@mail.kyushu-next-card.jp', 'shift_jis')), ('To', ME_P),
      ('Subject', ew('【九州ネクストカード】4月分ご利用代金確定のお知らせ', 'shift_jis')),
      ('Date', date(w)), ('Message-ID', generic_mid('m66', 'mail.kyushu-next-card.jp'))]
t = """チャン ミン コア 様

いつも九州ネクストカードをご利用いただき、ありがとうございます。
4月分のご利用代金が確定しましたのでお知らせいたします。

お支払日　：2025年5月12日
お支払金額：47,318円

主なご利用
　04/03　AMAZON WEB SERVICES　　　　1,284円
　04/18　AWS SKILL BUILDER　　　　　4,421円
　04/19　PEARSON VUE　　　　　　　 22,150円

明細の詳細は会員サイトにてご確認ください。
"""
add('unrelated', False, None, [],
    'Card statement in Shift_JIS (8bit) listing AWS, Skill Builder and Pearson VUE charges.',
    hs, leaf('text/plain', t, 'Shift_JIS', '8bit', quote_cs=False))

# 67 ---------------------------------------------------------------- Japanese phishing
w = D(2025, 5, 1, 13, 22, 41)
hs = [('Delivered-To', ME_P),
      auth_gmail('aws-training-jp.com', 'support@aws-training-jp.com', '103.151.74.12', dkim_d='aws-training-jp.com',
                 policy='p=NONE sp=NONE dis=NONE', sel='default'),
      ('From', ad('AWS トレーニングと認定', 'support@aws-training-jp.com')), ('To', ME_P),
      ('Subject', ew('【AWS認定】アカウント統合の最終確認（要返信）')),
      ('Date', date(w)), ('Message-ID', generic_mid('m67', 'aws-training-jp.com'))]
t = """お客様各位

AWS トレーニングと認定です。
ケース ID：174580211200413 のアカウント統合について、最終確認が完了しておりません。

統合を完了するため、以下の情報を本メールにご返信ください。
　・AWS Builder ID のメールアドレスとパスワード
　・受験料のお支払いに使用したクレジットカード番号と有効期限

5月3日までにご返信いただけない場合、お客様の認定資格はすべて失効いたします。

AWS トレーニングと認定 カスタマーサポート
"""
add('suspicious', False, None, [],
    'Japanese phishing from lookalike aws-training-jp.com (auth passes for its own domain) with an invented case ID, demands a reply with password and card number. case null.',
    hs, leaf('text/plain', t, 'utf-8', 'quoted-printable'))

# 68 ---------------------------------------------------------------- certification expiry
w = D(2025, 5, 2, 23, 5, 0)
hs = [('Delivered-To', ME_P),
      auth_gmail('certmetrics.com', 'bounces+9928171-1c6e-minhkhoa.tran.dev=gmail.com@em4412.certmetrics.com',
                 '167.89.118.47', dkim_d='certmetrics.com', policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME_P),
      ('Subject', 'Your AWS Certified Developer - Associate certification expires in 90 days'),
      ('Date', date(w)), ('Message-ID', generic_mid('m68', 'geopod-ismtpd-4.sendgrid.net'))]
t = """Hello Minh Khoa Tran,

Candidate ID: %s

Your AWS Certified Developer - Associate certification expires on
August 3, 2025. To keep it active, pass the current DVA-C02 exam or a
higher-level exam that recertifies it, such as AWS Certified DevOps
Engineer - Professional, before that date.

Please sign in to your AWS Certification account to schedule an exam.

AWS Certification
""" % NEW
add('certification', False, None, [NEW],
    'Expiry reminder (CertMetrics) with candidate ID and "Please sign in ... to schedule" - program mail, no case.',
    hs, leaf('text/plain', t, 'utf-8', 'quoted-printable'))
