from lib import *

CE = '7429915830'
CD = '14187730256'
SUBJ_D = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CD


def run():
    # 001 old 10-digit case, acknowledgement (2021, company address)
    msg('acknowledgement', False, CE, [],
        '2021 ack, 10-digit id, plain old template; asks not to file duplicates (not a request to reply)',
        addr('Amazon Web Services', TC), ME_C,
        'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling' % CE,
        dt('2021-03-02 01:14'), T(
"""Hello,

Thank you for reaching out to AWS Training and Certification. Case %s
has been created for your inquiry and a member of our team will look into it.

Our usual response time is within 24 hours. Some requests take longer while we
look for the best way forward, and we appreciate your patience.

To keep things moving, please avoid submitting a new form for this same
question: additional cases for one request are merged manually and only add
delay.

Submitted details:
Inquiry type: Exam scheduling
Message: My exam at the Shinagawa test center on 2021-03-05 was cancelled by
the center because of a facility closure. I would like to reschedule without
the rescheduling fee.

Kind regards,
AWS Training and Certification Customer Service
""" % CE, 'us-ascii', '7bit'), 'e-ack', nl='\r\n',
        received=('bounces@amazon.com', 'a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])', 'mx1.tsubame-cloud.co.jp'))

    # 002 resolved with "no further action"
    msg('resolved', False, CE, [],
        'resolution of the 2021 case; "no further action is required" plus conditional offer to reply',
        addr('AWS Training and Certification', TC), ME_C,
        'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling' % CE,
        dt('2021-03-03 06:40'), T(
"""Hi Kaito,

Thanks for your patience. I confirmed with our delivery partner that the
Shinagawa center closed unexpectedly on that date. I have moved your
registration back to an open status and waived the rescheduling fee, so you
can now pick any new slot from your certification account at no cost.

No further action is required on your side for this case. If you run into
anything else while booking, just reply here and the case will reopen.

Best,
Tomasz K.
AWS Training and Certification
""", 'utf-8', 'quoted-printable'), 'e-res', irt='e-ack', nl='\r\n')

    # 003 certification: exam passed
    msg('certification', False, None, ['AWS07263158'],
        'CertMetrics exam result; carries the old candidate id; program mail, not a case',
        addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
        'Congratulations, you are now AWS Certified!', dt('2023-10-12 08:02'), ALT(
        T("""Congratulations, Kaito Hirasawa!

You have earned the AWS Certified Solutions Architect - Associate
certification.

Candidate ID: AWS07263158
Validation number: 8QW2LKJ1E2F4133Z
Achieved: 2023-10-11   Expires: 2026-10-11

Your digital badge will arrive separately from our badging partner.
Sign in to your AWS Certification account to download your certificate and
view your benefits.
"""),
        H("""<html><body style="font-family:Arial"><h2>Congratulations, Kaito Hirasawa!</h2>
<p>You have earned the <b>AWS Certified Solutions Architect &ndash; Associate</b> certification.</p>
<table border="0" cellpadding="4"><tr><td>Candidate ID</td><td>AWS07263158</td></tr>
<tr><td>Validation number</td><td>8QW2LKJ1E2F4133Z</td></tr>
<tr><td>Achieved</td><td>2023-10-11</td></tr><tr><td>Expires</td><td>2026-10-11</td></tr></table>
<p>Your digital badge will arrive separately from our badging partner.</p>
<p><a href="https://www.aws.training/certification">Sign in to your AWS Certification account</a></p>
</body></html>""")), 'cert-pass-2023', mstyle='certmetrics.com',
        extra=[auth('certmetrics.com', mx='mx1.tsubame-cloud.co.jp')])

    # 004 Credly badge
    msg('badge', False, None, [],
        'Credly badge offer, HTML-only, base64; "accept your badge" call to action is not support',
        addr('Credly', 'admin@credly.com'), ME_C,
        'Kaito, you earned a new badge from Amazon Web Services Training and Certification',
        dt('2023-10-13 03:25'), H("""<html><body>
<table width="600" align="center"><tr><td>
<p>Hi Kaito,</p>
<p>Amazon Web Services Training and Certification has issued you a badge:
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/badges/3f1c2a9e-77d0-4b2e-9c41-0d5e8a1b6f20/accept">Accept your badge</a>
to share it on your profile and social networks.</p>
<p style="color:#888;font-size:11px">You received this because your email is on file with the issuer.
Credly, 1 Penn Plaza, New York.</p></td></tr></table></body></html>""", 'utf-8', 'base64'),
        'credly-2023', mstyle='credly.com', extra=[auth('credly.com', mx='mx1.tsubame-cloud.co.jp')])

    # 005 Japanese ack, ISO-2022-JP
    msg('acknowledgement', False, CD, [],
        'Japanese acknowledgement in ISO-2022-JP; "別のケースを作成しないでください" is not a request',
        addr('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_C, SUBJ_D, dt('2023-10-20 10:31', 9), T(
"""平沢 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。

ケースの詳細は次のとおりです。
お問い合わせタイプ: 認定
その他の詳細: 認定証の記載内容
お問い合わせ内容: 認定証の氏名のローマ字表記が誤っているため修正を希望します。

担当者より通常24時間以内にご連絡いたします。同じ内容で追加のケースを
作成されますと対応が遅れる原因となりますので、お控えください。

AWS トレーニングと認定 カスタマーサービス
""" % CD, 'iso-2022-jp', '7bit'), 'd-ack', scs='iso-2022-jp',
        extra=[auth('amazon.com', mx='mx1.tsubame-cloud.co.jp')])

    # 006 Japanese info request (keigo, buried after explanation)
    msg('info_request', True, CD, [],
        'Japanese keigo request buried after explanation (〜いただけますでしょうか); asks for ID spelling and candidate ID',
        addr('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_C, SUBJ_D, dt('2023-10-21 14:05', 9), T(
"""平沢 海斗 様

お世話になっております。AWS トレーニングと認定の松永でございます。

認定証の氏名は、認定アカウントのプロフィールに登録された法的氏名から
作成されます。プロフィールの氏名は試験予約時に本人確認書類と照合される
ため、弊社側で修正する際には事前の確認が必要となります。

つきましては、本人確認書類に記載されているとおりのローマ字氏名
(姓・名の順序を含む)と、お持ちの AWS 候補 ID をお知らせいただけます
でしょうか。確認が取れ次第、修正と認定証の再発行を進めます。

何卒よろしくお願いいたします。

松永
AWS トレーニングと認定
""", 'iso-2022-jp', '7bit'), 'd-req', irt='d-ack', scs='iso-2022-jp',
        extra=[auth('amazon.com', mx='mx1.tsubame-cloud.co.jp')])

    # 007 user reply in Japanese from company address
    msg('user_reply', False, CD, ['AWS07263158'],
        "owner's Japanese reply, Outlook-style quote header; candidate id in new text",
        addr('平沢 海斗', ME_C, 'iso-2022-jp'), addr('AWS トレーニングと認定', TC, 'iso-2022-jp'),
        SUBJ_D, dt('2023-10-21 18:47', 9), T(
"""松永様

ご連絡ありがとうございます。平沢です。

本人確認書類の表記: HIRASAWA KAITO (姓 HIRASAWA / 名 KAITO)
AWS 候補 ID: AWS07263158

現在の認定証では HIRASAWA KAIT となっております。
お手数をおかけしますが、よろしくお願いいたします。

平沢 海斗
株式会社ツバメクラウドワークス

From: AWS トレーニングと認定 <%s>
Sent: Saturday, October 21, 2023 2:05 PM
To: 平沢 海斗 <%s>
Subject: %s

平沢 海斗 様

お世話になっております。AWS トレーニングと認定の松永でございます。
(以下略)
""" % (TC, ME_C, SUBJ_D), 'iso-2022-jp', '7bit'), 'd-user', irt='d-req', refs=['d-ack', 'd-req'],
        scs='iso-2022-jp', mstyle='outlook')

    # 008 Japanese resolved, conditional invitation
    msg('resolved', False, CD, [],
        'Japanese resolution; "ご不明な点がございましたら…ご返信ください" is conditional, not a request; quotes old request',
        addr('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_C, SUBJ_D, dt('2023-10-24 11:20', 9), T(
"""平沢 海斗 様

AWS トレーニングと認定の松永です。

プロフィールの氏名を HIRASAWA KAITO に修正し、認定証を再発行いたしました。
認定アカウントの「認定」ページから新しい認定証をダウンロードいただけます。
デジタルバッジの表示にも、数日以内に反映される見込みです。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

松永
AWS トレーニングと認定

-----Original Message-----
> つきましては、本人確認書類に記載されているとおりのローマ字氏名
> (姓・名の順序を含む)と、お持ちの AWS 候補 ID をお知らせいただけます
> でしょうか。
""", 'iso-2022-jp', '7bit'), 'd-res', irt='d-user', refs=['d-ack', 'd-req', 'd-user'],
        scs='iso-2022-jp', extra=[auth('amazon.com', mx='mx1.tsubame-cloud.co.jp')])

    # 009 survey for case D
    msg('survey', False, CD, [],
        'satisfaction survey for the Japanese case; links + "ご協力をお願いします" but optional',
        addr('Amazon Web Services', NOREPLY), ME_C,
        'AWS トレーニングと認定 サポートに関するアンケートのお願い', dt('2023-10-25 09:00', 9), ALT(
        T("""平沢 様

先日はケース %s でお問い合わせいただきありがとうございました。
今後のサービス改善のため、1 分程度のアンケートにご協力をお願いします。

https://survey.aws-support.example/s/tc?case=%s

このメールは送信専用アドレスから送信されています。
""" % (CD, CD)),
        H("""<html><body><p>平沢 様</p><p>先日はケース %s でお問い合わせいただきありがとうございました。</p>
<p>今後のサービス改善のため、1 分程度のアンケートにご協力をお願いします。</p>
<p><a href="https://survey.aws-support.example/s/tc?case=%s">アンケートに回答する</a></p>
<p style="font-size:10px">このメールは送信専用アドレスから送信されています。</p></body></html>""" % (CD, CD), 'utf-8', 'base64')),
        'd-survey', extra=[auth('amazon.com', mx='mx1.tsubame-cloud.co.jp')])

    # 010 certmetrics "wants to hear from you"
    msg('certification', False, None, [],
        'certification-program survey ("wants to hear from you"); not a support case survey',
        addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
        'AWS Certification wants to hear from you', dt('2025-04-28 07:30'), H(
"""<html><body><p>Hello Kaito,</p>
<p>As an AWS Certified individual, your view helps shape future exams. Would you take
10 minutes to tell us which job tasks you perform most often?</p>
<p><a href="https://certmetrics.example/amazon/survey/jta-2025">Start the job task analysis</a></p>
<p>Participation is voluntary and does not affect your certification status.</p>
<p>AWS Certification</p></body></html>"""), 'cm-hear', mstyle='certmetrics.com',
        extra=[auth('certmetrics.com', mx='mx1.tsubame-cloud.co.jp')])

    # 011 colleague, Japanese, last-day paperwork
    msg('unrelated', False, None, [],
        'colleague (HR) asks to return laptop and to move personal certifications before the last day; a real request, but not support',
        addr('小此木 玲奈', 'rena.okonogi@tsubame-cloud.co.jp'), ME_C, '【ご確認】最終出社日までの手続きについて',
        dt('2025-05-02 16:12', 9), T(
"""平沢さん

総務の小此木です。最終出社日 5/30 までに以下をお願いします。

1. 貸与 PC とセキュリティカードの返却(情報システム部へ)
2. 会社アドレスで登録している外部サービスの整理
   (AWS 認定など個人の資格は、個人アドレスへの移行を推奨しています)
3. 退職届の原本提出

不明点があれば返信してください。

小此木
""", 'iso-2022-jp', '7bit'), 'hr-1', scs='iso-2022-jp', mstyle='outlook',
        extra=[auth('tsubame-cloud.co.jp', mx='mx1.tsubame-cloud.co.jp')])

    # 012 Builder ID verification code
    msg('unrelated', False, None, [],
        'Builder ID one-time code (6 digits) to the personal address; not a case number',
        addr('AWS', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address',
        dt('2025-05-06 00:41'), ALT(
        T("""Hello,

To finish creating your AWS Builder ID, enter this verification code:

    402917

The code expires in 30 minutes. If you did not request it, ignore this message.
"""),
        H("""<html><body><p>Hello,</p><p>To finish creating your AWS Builder ID, enter this verification code:</p>
<p style="font-size:28px;letter-spacing:4px"><b>402917</b></p><p>The code expires in 30 minutes.</p></body></html>""")),
        'bid-otp', extra=[auth('signin.aws')])
