# Messages 13-24: late Feb - mid March 2025, case C1 opens, wrong address, duplicate form.
from gen_part0 import *
import gen_part0 as G

# 13 ---------------------------------------------------------------- lookalike phishing
w = D(2025, 2, 27, 3, 41, 9)
hs = [('Delivered-To', ME_P),
      auth_gmail('aws-certmetrics-support.com', 'noreply@aws-certmetrics-support.com', '185.212.44.19',
                 policy='p=NONE sp=NONE dis=NONE', sel='default'),
      ('From', ad('AWS Certification', 'noreply@aws-certmetrics-support.com')), ('To', ME_P),
      ('Subject', 'Action required: verify your AWS Certification account within 48 hours'),
      ('Date', date(w)), ('Message-ID', generic_mid('m13', 'aws-certmetrics-support.com')),
      ('X-Mailer', 'PHPMailer 6.8.1')]
hh = html_wrap("""<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">
<img src="https://aws-certmetrics-support.com/img/aws-logo.png" alt="AWS Certification" width="120">
<p>Dear Candidate,</p>
<p>We detected two AWS Certification accounts linked to your identity. Under the 2025 Certification Account
Policy, duplicate accounts are suspended and <b>all certifications on them are revoked</b> unless the owner
verifies within 48 hours.</p>
<p style="text-align:center"><a href="https://aws-certmetrics-support.com/verify?c=8812" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify my certifications</a></p>
<p>You will be asked for your Builder ID password and the card used for your last exam payment.</p>
<p>AWS Certification Compliance Team</p></div>""")
add('suspicious', False, None, [],
    'Lookalike domain aws-certmetrics-support.com (its own SPF/DKIM pass), threatens revocation, wants password and card. Arrives while a merge is being planned.',
    hs, leaf('text/html', hh, 'utf-8', 'quoted-printable'))

# 14 ---------------------------------------------------------------- alliance manager (colleague)
w = D(2025, 3, 3, 15, 2, 40)
hs = [auth_m365('tenjin-cloudworks.co.jp', 'tenjin-cloudworks.co.jp', '40.107.74.90'),
      ('From', ad('黒木 真理子', 'm.kuroki@tenjin-cloudworks.co.jp')),
      ('To', ad('チャン ミン コア', ME_C)),
      ('Subject', ew('AWS認定アカウントの移行について（退職前の確認）')),
      ('Thread-Topic', ew('AWS認定アカウントの移行について（退職前の確認）')),
      ('Date', date(w)), ('Message-ID', outlook_mid('m14')),
      ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP')]
t = """チャンさん

アライアンス担当の黒木です。
退職前に AWS 認定アカウントを個人のアドレスへ統合される予定と伺いました。

当社は APN パートナーのため、会社アドレスの認定アカウントは Partner Central と
紐付いています。AWS のサポートから「パートナー側の対応が必要」と連絡が来た場合は、
私のほうで Partner Central の紐付けを外しますので、そのメールを転送してください。

なお、資格保有者数の集計には 3/31 までは含めたままにさせてください。
何かあれば Teams でも大丈夫です。

黒木
"""
add('unrelated', False, None, [],
    'Colleague (APN alliance manager) in Japanese about the coming merge and Partner Central; asks to forward AWS mail. Internal mail, not support.',
    hs, multi('alternative', [leaf('text/plain', t, 'iso-2022-jp', '7bit', quote_cs=True),
                              leaf('text/html', html_wrap(p_html(t), 'ja'), 'utf-8', 'base64')],
              '_000_TYCPR01MB5530D1E22A4AE7F10C39C2A5B9C92TYCPR01MB5530jpnp_'))

# 15 ---------------------------------------------------------------- Pearson VUE reminder
w = D(2025, 3, 7, 9, 0, 2)
hs = [auth_m365('pearson.com', 'pearson.com', '159.182.16.45'),
      ('From', ad('Pearson VUE', 'noreply@pearsonvue.com')), ('To', ME_C),
      ('Subject', 'Reminder: your AWS Certification exam is tomorrow'),
      ('Date', date(w)), ('Message-ID', generic_mid('m15', 'pearsonvue.com'))]
t = """Hello Minh Khoa,

This is a reminder of your upcoming exam.

  MLA-C01 - AWS Certified Machine Learning Engineer - Associate
  Saturday, March 8, 2025 at 1:00 PM JST
  Registration number: 482913067

Bring two valid IDs; the name must match your AWS Certification account
exactly. No reply is needed.

Pearson VUE
"""
add('unrelated', False, None, [],
    'Exam vendor reminder, 9-digit registration number, "No reply is needed".',
    hs, leaf('text/plain', t, 'us-ascii', '7bit'))

# 16 ---------------------------------------------------------------- exam result (certmetrics)
w = D(2025, 3, 8, 18, 10, 44)
hs = [auth_m365('certmetrics.com', 'em4412.certmetrics.com', '167.89.118.41'),
      ('From', ad('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME_C),
      ('Subject', 'Congratulations! You are now AWS Certified'),
      ('Date', date(w)), ('Message-ID', generic_mid('m16', 'geopod-ismtpd-5.sendgrid.net'))]
hh = html_wrap("""<p>Dear Minh Khoa Tran,</p>
<p>Congratulations - you passed <b>AWS Certified Machine Learning Engineer - Associate</b> (MLA-C01) on March 8, 2025.</p>
<table cellpadding="4"><tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Score</td><td>842</td></tr><tr><td>Valid through</td><td>March 8, 2028</td></tr></table>
<p>Your digital badge will arrive from Credly within 5 business days. A 50%% discount on your next exam has
been added to the Benefits page of your AWS Certification account.</p>
<p>AWS Training and Certification</p>""" % OLD)
add('certification', False, None, [OLD],
    'Exam pass notice to the company address (old candidate ID); mentions a voucher benefit that later goes missing.',
    hs, leaf('text/html', hh, 'utf-8', 'quoted-printable'))

# 17 ---------------------------------------------------------------- Credly badge (company)
w = D(2025, 3, 9, 2, 15, 8)
hs = [auth_m365('credly.com', 'mail.credly.com', '149.72.133.10'),
      ('From', ad('Credly', 'admin@credly.com')), ('To', ME_C),
      ('Subject', 'Minh Khoa, you earned a badge from Amazon Web Services Training and Certification'),
      ('Date', date(w)), ('Message-ID', generic_mid('m17', 'credly.com'))]
hh = html_wrap("""<p>Congratulations, Minh Khoa!</p>
<p>Amazon Web Services Training and Certification has issued you the badge
<b>AWS Certified Machine Learning Engineer - Associate</b>.</p>
<p><a href="https://www.credly.com/badges/7c1e0d52-92a8-4f7e-bb5e-3ad0f2c91e64/accept">Accept your badge</a></p>
<p>Share it on LinkedIn and let employers verify your skills.</p>
<p style="font-size:11px;color:#777">Credly, 1 Penn Plaza, New York, NY. You received this because a badge was issued to this email address.</p>""")
add('badge', False, None, [],
    'Credly badge issued to the old company address (UUID in link). Later the reason for console case C4.',
    hs, leaf('text/html', hh, 'utf-8', 'quoted-printable'))

# 18 ---------------------------------------------------------------- IT mailbox shutdown (Shift_JIS)
w = D(2025, 3, 10, 10, 0, 0)
hs = [auth_m365('tenjin-cloudworks.co.jp', 'tenjin-cloudworks.co.jp', '40.107.74.95'),
      ('From', ad('情報システム部 ヘルプデスク', 'it-helpdesk@tenjin-cloudworks.co.jp', 'shift_jis')),
      ('To', ME_C),
      ('Subject', ew('【ご案内】メールアカウント停止日のお知らせ', 'shift_jis')),
      ('Date', date(w)), ('Message-ID', outlook_mid('m18'))]
t = """チャン ミン コア 様

情報システム部です。
退職に伴い、以下の日時でアカウントを停止します。

　停止日時：2025年3月31日（月）18:00
　対象　　：メール（khoa.tran@tenjin-cloudworks.co.jp）、Teams、社内VPN

停止後に届いたメールは送信元に不達として返送されます。
外部サービスに登録しているアドレスの変更は、停止日時までに各自で済ませてください。

本メールは送信専用です。
"""
add('unrelated', False, None, [],
    'Company IT in Shift_JIS (base64): the work mailbox stops 31 March. Context for the wrong-address twist.',
    hs, leaf('text/plain', t, 'Shift_JIS', 'base64', quote_cs=False))

# 19 ---------------------------------------------------------------- C1 ack (Japanese template)
w = D(2025, 3, 12, 10, 41, 19)
hs, G.M19 = aws_mail(w, ME_C, 'RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm19')
t = """チャン ミン コア 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせはケース ID %s として受け付けました。

担当者より、原則として 1 営業日以内にご連絡いたします。内容によっては
調査にお時間をいただく場合がございます。

同じご用件で新しいお問い合わせを送信されますと、別のケースとして登録され、
かえって対応が遅れることがございます。補足がある場合は、このメールへの返信で
お送りください。

■ お問い合わせ内容
ケース ID：%s
お問い合わせタイプ：AWS トレーニングと認定
問題タイプ：認定
その他の詳細：アカウントの統合
AWS 候補 ID：%s
連絡先メールアドレス：%s
お問い合わせ内容：
Use case: I am leaving Tenjin Cloudworks on 31 March 2025 and my work address
will be deactivated. Please merge this certification account into my personal
one, %s.
Email addresses used: %s, %s
Email address to keep: %s

AWS トレーニングと認定 カスタマーサービス
""" % (C1, C1, OLD, ME_C, NEW, ME_C, ME_P, ME_P)
add('acknowledgement', False, C1, [OLD, NEW],
    'C1 receipt in Japanese (UTF-8 QP, CRLF) though the form text is English; "補足がある場合は…返信で" is an invitation, not a request. Candidate IDs come from the form echo.',
    hs, leaf('text/plain', t, 'UTF-8', 'quoted-printable'), crlf=True)

# 20 ---------------------------------------------------------------- farewell party
w = D(2025, 3, 12, 17, 45, 3)
hs = [auth_m365('tenjin-cloudworks.co.jp', 'tenjin-cloudworks.co.jp', '40.107.74.91'),
      ('From', ad('森 拓海', 't.mori@tenjin-cloudworks.co.jp')),
      ('To', 'dev-fukuoka@tenjin-cloudworks.co.jp'),
      ('Cc', ad('チャン ミン コア', ME_C)),
      ('Subject', ew('【送別会】チャンさん送別会のご案内（3/28 金）')),
      ('Date', date(w)), ('Message-ID', outlook_mid('m20')), ('Content-Language', 'ja-JP')]
t = """開発部のみなさま

お疲れさまです。森です。
3月末でご退職されるチャンさんの送別会を下記のとおり開催します。

日時：3月28日（金）19:00〜
場所：天神「もつ鍋 こうじ」
会費：5,000円（チャンさんは無料）

出欠を 3/21（金）までにこのメールへの返信でお知らせください。
"""
add('unrelated', False, None, [],
    'Colleague farewell-party invitation asking for an RSVP by reply; internal, not support.',
    hs, leaf('text/plain', t, 'utf-8', 'base64'))

# 21 ---------------------------------------------------------------- C1 info request: write from kept address
w = D(2025, 3, 13, 9, 55, 30)
hs, G.M21 = aws_mail(w, ME_C, 'RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm21', in_reply_to=G.M19, refs=G.M19)
G.T21 = """Hello Khoa,

Thank you for your patience while we reviewed your case.

I can see both certification accounts described in your request. Before any
merge, our process requires confirmation from the email address that will
remain on file, because that address becomes the sign-in and notification
address for all of your certifications afterwards. Your form came from
%s, while the account you would like to keep is registered to a
different address.

We will need a reply to this message sent from %s,
with the case number left in the subject line. As soon as it arrives I will
continue with the next steps.

Kind regards,
Marisol D.
AWS Training and Certification Customer Service

---------- Original Message ----------
From: %s
Sent: 2025-03-12 01:41 UTC
Subject: %s

AWS Candidate ID: %s
Use case: I am leaving Tenjin Cloudworks on 31 March 2025 and my work address
will be deactivated. Please merge this certification account into my personal
one, %s.
""" % (ME_C, ME_P, ME_C, FORM_SUBJ, OLD, NEW)
top, _, hist = G.T21.partition('---------- Original Message ----------')
hh = html_wrap(p_html(top) + '<hr><div style="color:#555"><b>---------- Original Message ----------</b>' + p_html(hist) + '</div>')
add('info_request', True, C1, [],
    'C1 asks the owner to write again from the personal address; the ask is "We will need a reply ... sent from" (no please, no question). Form echo with candidate IDs sits in quoted history (not counted).',
    hs, multi('alternative', [leaf('text/plain', G.T21, 'UTF-8', 'quoted-printable'),
                              leaf('text/html', hh, 'UTF-8', 'quoted-printable')], '----=_Part_51822_1198431602.1741827330514'))

# 22 ---------------------------------------------------------------- owner forwards to Gmail
w = D(2025, 3, 13, 12, 30, 12)
hs, G.M22 = outlook_sent(w, ME_P, 'FW: RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm22')
fwd_head = """差出人: AWS Training and Certification <%s>
送信日時: 2025年3月13日 9:55
宛先: %s
件名: RE:[CASE %s] %s
""" % (TC, ME_C, C1, FORM_SUBJ)
t = """自分用メモ：Gmail から返信すること（会社アドレスは 3/31 18:00 で停止）。

________________________________
""" + fwd_head + '\n' + G.T21
import html as _html
hh = html_wrap('<div>自分用メモ：Gmail から返信すること（会社アドレスは 3/31 18:00 で停止）。</div><div><br></div>'
               '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
               '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
               + _html.escape(fwd_head).replace('\n', '<br>') + '</font><div>&nbsp;</div></div><div>'
               + p_html(G.T21) + '</div>', 'ja')
add('user_reply', False, C1, [],
    'Owner forwards the C1 request from Outlook (company) to Gmail with a Japanese note to self; everything below the 差出人/送信日時 block is forwarded, including the request wording and candidate IDs.',
    hs, multi('alternative', [leaf('text/plain', t, 'utf-8', 'base64'),
                              leaf('text/html', hh, 'utf-8', 'base64')],
              '_000_%s_' % G.M22.strip('<>').split('@')[0]))

# 23 ---------------------------------------------------------------- C2 ack (duplicate form)
w = D(2025, 3, 13, 21, 47, 6)
hs, G.M23 = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C2, FORM_SUBJ), 'm23', from_name='Amazon Web Services')
t = """Hello Khoa Tran,

Your request to AWS Training and Certification has been received and assigned
case number %s. Our team reviews requests in the order they arrive, and you
can expect to hear from us within 24 hours in most cases.

Request summary
  Case ID ........ %s
  Inquiry type ... Certification / Account Merge
  Candidate ID ... %s
  Contact email .. %s
  Description .... Follow-up to case %s - writing from my personal
                   address as asked. Please merge the company account into
                   %s and keep %s.

To avoid delays, please do not submit the same request more than once.

Thank you,
AWS Training and Certification
""" % (C2, C2, OLD, ME_P, C1, NEW, ME_P)
add('acknowledgement', False, C2, [OLD, NEW],
    'Second form (duplicate) from the personal address opens C2; the echoed description names case C1, so two case numbers are present. "please do not submit ... more than once" is not a reply request.',
    hs, leaf('text/plain', t, 'us-ascii', '7bit'))

# 24 ---------------------------------------------------------------- owner replies from Gmail
w = D(2025, 3, 14, 7, 58, 40)
hs, G.M24 = gmail_sent(w, TC, 'Re: FW: RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm24',
                       in_reply_to=G.M22, refs='%s %s %s' % (G.M19, G.M21, G.M22))
new = """Hi Marisol,

As requested, I am writing from %s - the address of the
account I want to keep. Please go ahead and merge my company certification
account into this one.

Yesterday evening I also sent the web form again from this address (it became
case %s) before I realised a reply was all you needed. Sorry for
the noise - that one can be closed.

Thanks,
Khoa
""" % (ME_P, C2)
quoted = 'On Thu, Mar 13, 2025 at 12:30\u202fPM チャン ミン コア (Khoa Tran) <%s> wrote:\n' % ME_C + \
    quote_gt("自分用メモ：Gmail から返信すること（会社アドレスは 3/31 18:00 で停止）。\n\n________________________________\n" + fwd_head + '\n' + G.T21)
t = new + '\n' + quoted
hh = ('<div dir="ltr">' + p_html(new) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
      + _html.escape(quoted.split('\n')[0]) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
      + p_html("自分用メモ：Gmail から返信すること（会社アドレスは 3/31 18:00 で停止）。\n\n" + fwd_head + '\n' + G.T21) + '</blockquote></div>')
add('user_reply', False, C1, [],
    'Owner answers C1 from Gmail by replying to his own forward (subject "Re: FW: RE:[CASE ...]"); mentions the duplicate case number C2 in his text; Gmail quote holds the request.',
    hs, multi('alternative', [leaf('text/plain', t, 'UTF-8', 'quoted-printable', quote_cs=False),
                              leaf('text/html', hh, 'UTF-8', 'quoted-printable', quote_cs=False)], '0000000000004f7b09063040c2aa'))
