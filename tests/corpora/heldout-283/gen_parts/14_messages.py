# Part of gen.py (blind-283); executed by gen.py in its own namespace.
# --- Case C: auto-resolve warning
t = D(2024, 3, 9, 4, 0, 5)
C_CLOSE = """Hello,

We haven't received a response from you on this case since 5 March 2024.

If we don't hear back within the next 3 days, the case will be resolved
automatically. To keep it open, add a reply or attachment through the Support
Center using the link below. Please note that a case that has been resolved for
more than 14 days can no longer be reopened.

Best regards,
Amazon Web Services

============================================================

To see all the details of this case, and to reply, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To respond to this case, please follow the link above.
""" % CASE_C
add('c_close', kind='closing_notice', reply=True, case=CASE_C, cands=[], t=t,
    frm=AWS_FROM, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_C, SUBJ_C),
    body=alt(C_CLOSE, '<html><body style="font-family:Arial">' + text2html(C_CLOSE) + '</body></html>'),
    trace=amazon_in(t, ME_P),
    what='C: will auto-resolve', note='Reply must go through the console')

# --- Case C: resolved with feedback footer
t = D(2024, 3, 12, 23, 37, 19)
C_DONE = """Hello Haruka,

Thank you for uploading your passport scan through the Support Center.

I've updated the name on your certification record to "Haruka Nishimoto". The
certificates in your account have been regenerated with the corrected spelling,
and your Credly badges will show the new name within a day. No further action is
required on your part, so I'm resolving this case.

Best regards,
Lorenzo R.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence
using the AWS Support Center link at the end of this correspondence. Each
correspondence can also be rated by selecting the stars in top right corner of
each correspondence within the AWS Support Center.

============================================================

To see all the details of this case, and to reply, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To respond to this case, please follow the link above.
""" % CASE_C
add('c_resolved', kind='resolved', reply=False, case=CASE_C, cands=[], t=t,
    frm=AWS_FROM, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_C, SUBJ_C),
    body=Text(C_DONE, 'plain', 'utf-8', 'base64'), trace=amazon_in(t, ME_P),
    what='C: name corrected', note="Rating footer, 'to reply' boilerplate")


# ===================================================================
# 2025 -- leaving Kinoe Systems: Case A (company -> personal), duplicate Case D,
#         Case E (voucher after merge)
# ===================================================================
t = D(2025, 4, 10, 1, 0, 0)
html = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS Summit Japan</title></head>
<body style="margin:0;background:#f2f3f3">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td><img src="https://d1.awsstatic.com/summit/jp-2025-banner.png" width="640" alt="AWS Summit Japan 2025"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.7">
<p>西本 遥 様</p>
<p>AWS Summit Japan 2025 の事前登録を受け付けています。基調講演、200 を超えるセッション、
AWS 認定者専用ラウンジなど、今年も 2 日間にわたってお届けします。</p>
<p>認定をお持ちの方は、会場の認定者ラウンジで限定ノベルティをお受け取りいただけます。
ご来場の際は、AWS 認定アカウントのデジタル認定証をご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_0410" style="background:#ff9900;color:#16191f;padding:12px 28px;text-decoration:none;font-weight:bold">今すぐ登録する</a></p>
<p style="font-size:11px;color:#687078">本メールは配信を希望された方にお送りしています。
配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>から。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>"""
add('marketing', kind='unrelated', reply=False, case=None, cands=[], t=t,
    frm=addr('AWS Japan', 'aws-marketing-email-replies@amazon.com'), to=ME_C,
    subject='【AWS Summit Japan 2025】事前登録受付中 - 認定者ラウンジも開設',
    body=Text(html, 'html', 'utf-8', 'quoted-printable'), trace=amazon_in(t, ME_C),
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?e=%s>' % alnum(16))],
    what='AWS Summit marketing, Japanese', note='amazon.com sender; mentions 認定')

# --- colleague: farewell party, Shift_JIS
t = D(2025, 5, 12, 17, 44, 2, JST)
txt = """クラウドインテグレーション部の皆さん

お疲れ様です。森田です。

既にご存知の方も多いと思いますが、西本さんが 5 月 30 日付で退職されます。
つきましては、下記の日程で送別会を行います。

日時: 5 月 28 日(水) 19:00〜
場所: 炉端 ひなた 五反田店
会費: 5,000 円

出欠を 5 月 16 日(金)までにこのメールへの返信でお知らせください。

森田
"""
add('farewell', kind='unrelated', reply=False, case=None, cands=[], t=t,
    frm=addr('森田 健太', 'kenta.morita@kinoe-sys.co.jp', 'ISO-2022-JP'),
    to=addr('クラウドインテグレーション部', 'ci-dept@kinoe-sys.co.jp', 'ISO-2022-JP'), cc=ME_C_JA,
    subject='【ご案内】西本さん送別会', subj_cs='ISO-2022-JP',
    body=Text(txt, 'plain', 'shift_jis', '8bit'), msgid=mid_outlook(),
    extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ja-JP')],
    trace=[('Received', 'from TYCPR01MB%04d.jpnprd01.prod.outlook.com ([fe80::%x]) by TYCPR01MB%04d.jpnprd01.prod.outlook.com with mapi id 15.20.8722.021; %s' % (
        rng.randint(1000, 9999), rng.randint(0x1000, 0xffff), rng.randint(1000, 9999), fmt_date(t)))],
    what='Colleague: farewell party, Shift_JIS 8bit', note='Asks for a reply by a date')

# --- Case A: acknowledgement (to company address), bilingual, multipart
t = D(2025, 5, 19, 1, 12, 58)
A_FORM = """Use case: I'm leaving Kinoe Systems at the end of May. I would like to move my
certifications from my company certification account to my personal one.
Email addresses used: %s, %s
Email address to keep: %s
Candidate IDs: %s (company), %s (personal)""" % (ME_C, ME_P, ME_P, CID_CO, CID_P)
A_ACK = """Hello,

Thank you for contacting AWS Training and Certification. Your inquiry has been
logged as case %s.

We usually respond within 24 hours. Some requests need more research; if so, we'll
let you know. To avoid delays, please don't create another case for the same
request. If you have more information, reply to this email and keep the case
number in the subject.

Here's a copy of what you sent us:

Inquiry type: Certification
Additional details: Account Merge
%s

---

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース番号 %s にて承りました。通常 24 時間以内にご連絡いたします。
同じ内容で別のケースを作成されないようお願いいたします。

AWS Training and Certification
""" % (CASE_A, A_FORM, CASE_A)
A_ACK_HTML = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
              + text2html(A_ACK.split('Here\'s a copy')[0])
              + '<p>Here\'s a copy of what you sent us:</p><table cellpadding="4" style="border:1px solid #ddd">'
              + '<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>'
              + '<tr><td><b>Additional details</b></td><td>Account Merge</td></tr>'
              + ''.join('<tr><td><b>%s</b></td><td>%s</td></tr>' % tuple(html_escape(x) for x in l.split(': ', 1))
                        for l in A_FORM.replace('\nc', ' c').split('\n'))
              + '</table><hr>' + text2html(A_ACK.split('---\n')[1]) + '</body></html>')
add('a_ack', kind='acknowledgement', reply=False, case=CASE_A, cands=[CID_CO, CID_P], t=t,
    frm=TC_FROM, to=ME_C, subject=SUBJ_A,
    body=alt(A_ACK, A_ACK_HTML), trace=amazon_in(t, ME_C),
    what='A: acknowledgement EN+JA, HTML table', note="'don't create another case'; conditional reply")

# --- Case D: duplicate ack to the personal address, HTML only
t = D(2025, 5, 19, 1, 19, 31)
html = """<html><body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. Your inquiry has been logged as case
<b>%s</b>.</p>
<p>We usually respond within 24 hours. To avoid delays, please don't create another case for the same request.</p>
<table cellpadding="4" style="border:1px solid #ddd">
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Additional details</b></td><td>Account Merge</td></tr>
<tr><td><b>Message</b></td><td>Sent the same request a few minutes ago from my work address but I'm not sure it went
through. Please merge my company certification account into the one for %s.</td></tr>
</table>
<p>AWS Training and Certification</p>
</div></body></html>""" % (CASE_D, ME_P)
add('d_ack', kind='acknowledgement', reply=False, case=CASE_D, cands=[], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_D,
    body=Text(html, 'html', 'utf-8', '7bit'), trace=amazon_in(t, ME_P),
    what='D: duplicate acknowledgement, HTML only', note="Second case; 'RE: [CASE' with a space")

# --- Case D: closed as duplicate
t = D(2025, 5, 20, 0, 4, 11)
D_DUP = """Hello Haruka,

I noticed two requests from you about the same merge: this one (%s) and
%s, which you sent from your work address a few minutes earlier.

To keep everything in one place I have closed this case and linked it to
%s, where a colleague is already working on your merge. Any further
messages will come from that case, so there's no need to reply here.

Best regards,
Ayodele
AWS Training and Certification
""" % (CASE_D, CASE_A, CASE_A)
add('d_dup', kind='case_update', reply=False, case=CASE_D, cands=[], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_D,
    body=Text(D_DUP, 'plain', 'utf-8', 'quoted-printable'), trace=amazon_in(t, ME_P),
    what='D: closed as duplicate of A', note="'Closed' but not for silence; names A")

# --- Case A: on hold (APN partner) with a buried question
t = D(2025, 5, 20, 8, 51, 40)
A_HOLD = """Hello Haruka,

Thank you for your patience. I'm Priya and I'll be looking after your request.

While reviewing the accounts I found that the certification account registered to
%s (%s) is linked to the AWS Partner Network profile of Kinoe Systems
Co., Ltd. Certifications held on an account that is attached to a partner
organization count toward that partner's standing, so we can't move them out
while the link exists.

I have asked the partner's administrator, through AWS Partner Central, to release
your profile. Until they do, I'm placing this case on hold; it often takes a few
business days, and the timing is in their hands rather than ours.

Since your work address will not be around forever, is your last day at Kinoe
Systems already fixed, and if so, which date is it? Knowing this lets me tell the
partner team how urgent the release is.

Kind regards,
Priya
AWS Training and Certification
""" % (ME_C, CID_CO)
add('a_hold', kind='on_hold', reply=True, case=CASE_A, cands=[CID_CO], t=t,
    frm=TC_FROM, to=ME_C, subject=SUBJ_A,
    body=alt(A_HOLD, '<div style="font-family:Arial;font-size:10pt">' + text2html(A_HOLD) + '</div>'),
    trace=amazon_in(t, ME_C),
    what='A: on hold for APN partner', note='Only ask is a question after three paragraphs')
