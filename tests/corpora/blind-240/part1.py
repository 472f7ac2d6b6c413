"""2023: first certification, a certificate name fix case (11-digit id), misc."""
from common import *


def messages():
    out = []

    # 1 exam result (certification)
    d = dt("2023-05-29 07:12:44", UTC)
    txt = """Hello Ryo Okabayashi,

Congratulations! You passed the AWS Certified Solutions Architect - Professional
exam on May 27, 2023, and you now hold this certification.

  Certification:      AWS Certified Solutions Architect - Professional
  Candidate ID:       %s
  Validation number:  7QZK2M1L8B4E19XT
  Valid through:      May 27, 2026

Your digital certificate can be downloaded from your AWS Certification Account
(Certifications > Certification status). Over the next few business days you
will also receive an invitation from Credly to claim your digital badge.

As a certified individual you can use a 50%% discount on your next AWS
Certification exam. Find it under Benefits in your AWS Certification Account.

This mailbox is not monitored. For help, visit https://aws.amazon.com/certification/contact-us/

AWS Certification
""" % CAND_CO
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Ryo Okabayashi,</p>
<p><b>Congratulations!</b> You passed the <b>AWS Certified Solutions Architect - Professional</b> exam on May 27, 2023, and you now hold this certification.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Certification</td><td>AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Validation number</td><td>7QZK2M1L8B4E19XT</td></tr>
<tr><td>Valid through</td><td>May 27, 2026</td></tr></table>
<p>Your digital certificate can be downloaded from your AWS Certification Account (Certifications &gt; Certification status). Over the next few business days you will also receive an invitation from Credly to claim your digital badge.</p>
<p>As a certified individual you can use a 50%% discount on your next AWS Certification exam. Find it under Benefits in your AWS Certification Account.</p>
<p style="color:#777;font-size:11px">This mailbox is not monitored. For help, visit https://aws.amazon.com/certification/contact-us/</p>
</body></html>""" % CAND_CO
    ib = inbound(ME_C, d, "m1", host="mta12.certmetrics.com", ip="198.51.100.41",
                 mailfrom="certmetrics.com", dkim_d="certmetrics.com")
    out.append(mail(L("certification", False, None, [CAND_CO]),
                    "CertMetrics: passed SA Professional, candidate ID, validation number",
                    "program mail with a candidate ID and a 16-char validation number; no case",
                    date=d, frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
                    subject="You're now AWS Certified: Solutions Architect - Professional",
                    body=MP("alternative", T(txt, "us-ascii", "7bit"), H(html, "us-ascii")),
                    mid=mid_gen("m1", "certmetrics.com"), **ib))

    # 2 Credly badge
    d = dt("2023-05-30 14:03:10", UTC)
    txt = """Ryo, you've been awarded a badge!

Amazon Web Services Training and Certification has issued you the
"AWS Certified Solutions Architect - Professional" badge.

Accept your badge to share it on LinkedIn and in your email signature:
https://www.credly.com/earner/earned/badge/5f3c1e0a-8d2b-4c67-9b11-2a7e0d4f6c93

You can manage how your badges are shared in your Credly privacy settings.

Credly, by Pearson
"""
    ib = inbound(ME_C, d, "m2", host="o12.em.credly.com", ip="167.89.44.12",
                 mailfrom="em.credly.com", dkim_d="credly.com")
    out.append(mail(L("badge", False, None),
                    "Credly: SA Professional badge awarded, accept link",
                    "'accept your badge' is a call to action, not a reply; UUID in URL",
                    date=d, frm=("Credly", "admin@credly.com"), to=ME_C,
                    subject="Ryo, you've earned a badge from Amazon Web Services Training and Certification",
                    body=T(txt, "us-ascii", "7bit"), mid=mid_gen("m2", "credly.com"), nl="\n", **ib))

    # 3 ack C4 (English template echoing a Japanese submission)
    d = dt("2023-06-12 03:10:22", UTC)
    sub4 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % C4
    txt = """Hello,

Thank you for getting in touch with AWS Training and Certification. Your
request has been logged as case %s.

Someone from our team will get back to you, usually within 24 hours. Some
requests need extra research and may take a little longer.

Opening another form for the same question creates a separate case and slows
things down. If you need to add something, reply to this email and keep the
case number in the subject line.

--- Your submission ---
Inquiry type: Certification
Additional details: Certificate name correction
Message:
認定証の氏名が「RYO OKABAYASI」となっており、Hが抜けています。
パスポートの表記「OKABAYASHI」に修正をお願いします。

Regards,
AWS Training and Certification Customer Support
""" % C4
    ib = inbound(ME_C, d, "m3")
    m3 = mid_ses("m3")
    out.append(mail(L("acknowledgement", False, C4),
                    "ack of a certificate-name case (11-digit id), echoes the Japanese form text",
                    "'reply to this email' is conditional ('if you need to add something'); JP text inside EN template",
                    date=d, frm=(TC_NAME, TC), to=ME_C, subject=sub4,
                    body=T(txt, "utf-8", "quoted-printable"), mid=m3, **ib))

    # 4 info_request C4 (Japanese UTF-8 base64)
    d = dt("2023-06-13 01:41:09", UTC)
    txt4 = """岡林 亮 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
カスタマーサポートの佐伯でございます。

認定証の氏名表記の修正について、承りました。
認定証の氏名は本人確認書類の表記と一致している必要がございますため、
恐れ入りますが、下記 2 点をご確認のうえ、本メールにご返信いただけますでしょうか。

　・パスポートに記載されているローマ字氏名（姓と名の順序を含む）
　・対象となる認定アカウントの AWS 候補 ID（「AWS」で始まる 11 文字）

なお、パスポートの画像などをお送りいただく必要はございません。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。

佐伯 美咲
AWS Training and Certification Customer Support
"""
    ib = inbound(ME_C, d, "m4")
    m4 = mid_ses("m4")
    out.append(mail(L("info_request", True, C4),
                    "JA keigo request for passport romanization and candidate ID",
                    "request ends in 〜いただけますでしょうか, followed by a courtesy ご不明な点がございましたら line",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_C), subject=sub4,
                    body=T(txt4, "utf-8", "base64"), mid=m4, irt=m3, refs=[m3], **ib))

    # 5 user reply C4 (Outlook style, ISO-2022-JP)
    d = dt("2023-06-13 11:58:31")
    txt5 = """佐伯様

ご連絡ありがとうございます。白鷺システムズの岡林です。
ご質問の件、以下のとおりです。

・パスポートの氏名：OKABAYASHI RYO（姓 OKABAYASHI、名 RYO）
・候補 ID：%s

認定証上は「RYO OKABAYASHI」の順で問題ありません。
どうぞよろしくお願いいたします。

--
岡林 亮
株式会社白鷺システムズ クラウド基盤部
r-okabayashi@shirasagi-sys.co.jp

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 13, 2023 10:41 AM
To: 岡林 亮 <r-okabayashi@shirasagi-sys.co.jp>
Subject: %s

%s""" % (CAND_CO, sub4, txt4)
    m5 = mid_co("m5")
    out.append(mail(L("user_reply", False, C4, [CAND_CO]),
                    "owner answers from the company address, Outlook '-----Original Message-----' quote",
                    "full support request quoted without '>' markers below the answer",
                    date=d, frm=("岡林 亮", ME_C), to=(TC_NAME, TC), subject="RE: " + sub4,
                    body=T(txt5, "iso-2022-jp", "7bit"), mid=m5, irt=m4, refs=[m3, m4],
                    hcs="iso-2022-jp", mailer="Microsoft Outlook 16.0"))

    # 6 resolved C4 with attachment, quotes the request with '>'
    d = dt("2023-06-15 06:22:40", UTC)
    txt6 = """岡林 亮 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐伯でございます。

ご返信いただき、ありがとうございました。
認定アカウント（%s）の氏名を「RYO OKABAYASHI」に修正のうえ、
認定証を再発行いたしました。再発行した認定証を添付いたしますので、ご査収ください。

認定アカウントの「認定」ページからも、修正後の認定証をダウンロードいただけます。
反映までに最大 24 時間ほどかかる場合がございますので、あらかじめご了承ください。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

佐伯 美咲
AWS Training and Certification Customer Support

---- 2023/06/13 11:58、岡林 亮 <r-okabayashi@shirasagi-sys.co.jp> さんは書きました ----
%s
""" % (CAND_CO, quote(txt5.split("-----Original Message-----")[0] +
                      "\n> 恐れ入りますが、下記 2 点をご確認のうえ、本メールにご返信いただけますでしょうか。\n"))
    ib = inbound(ME_C, d, "m6")
    m6 = mid_ses("m6")
    out.append(mail(L("resolved", False, C4, [CAND_CO]),
                    "certificate reissued, PDF attached (ご査収ください), ISO-2022-JP",
                    "ご査収ください and a conditional ご返信ください; the old request is quoted below",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_C), subject=sub4,
                    body=MP("mixed", T(txt6, "iso-2022-jp", "7bit"),
                            ATT("AWS_Certificate_SAP_Okabayashi.pdf", "application/pdf",
                                fake_pdf("AWS Certified Solutions Architect - Professional"))),
                    mid=m6, irt=m5, refs=[m3, m4, m5], hcs="iso-2022-jp", **ib))

    # 7 survey C4
    d = dt("2023-06-16 02:00:05", UTC)
    html = """<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (case %s) was closed.
We would like to know how it went.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<table><tr>
<td><a href="https://survey.tc-feedback.aws.amazon.com/r?c=%s&amp;s=1">1</a></td>
<td><a href="https://survey.tc-feedback.aws.amazon.com/r?c=%s&amp;s=2">2</a></td>
<td><a href="https://survey.tc-feedback.aws.amazon.com/r?c=%s&amp;s=3">3</a></td>
<td><a href="https://survey.tc-feedback.aws.amazon.com/r?c=%s&amp;s=4">4</a></td>
<td><a href="https://survey.tc-feedback.aws.amazon.com/r?c=%s&amp;s=5">5</a></td>
</tr></table>
<p>It takes about two minutes. Replies to this message are not read.</p>
</body></html>""" % ((C4,) * 6)
    ib = inbound(ME_C, d, "m7")
    out.append(mail(L("survey", False, C4),
                    "HTML-only survey with 1-5 links for the closed name case",
                    "survey naming the case number; no reply wanted",
                    date=d, frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"),
                    to=ME_C, subject="How did we do on case %s?" % C4,
                    body=H(html, "us-ascii", "7bit"), mid=mid_ses("m7"), **ib))

    # 8 AWS billing (12-digit account id)
    d = dt("2023-07-03 09:31:55", UTC)
    txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: $3.18

Account ID: 482913067154
Billing period: June 1 - June 30, 2023

You can see a complete breakdown of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210.
"""
    ib = inbound(ME_P, d, "m8")
    out.append(mail(L("unrelated", False, None),
                    "AWS billing statement for the personal AWS account",
                    "sent by no-reply-aws@amazon.com like console cases; 12-digit account id",
                    date=d, frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
                    subject="Amazon Web Services Billing Statement Available [Account: 482913067154]",
                    body=T(txt, "us-ascii", "7bit"), mid=mid_ses("m8", "us-east-1"), **ib))

    # 9 study group event (JA UTF-8 8bit)
    d = dt("2023-09-04 18:20:00")
    txt = """岡林 亮 さん

「クラウド設計勉強会 #42 〜マルチアカウント運用の実際〜」への参加登録が完了しました。

■日時：2023年9月21日（木）19:00〜21:00
■会場：オンライン（参加用 URL は前日にお送りします）
■受付番号：SH-42-0318

当日の資料は、終了後にイベントページで公開予定です。
内容をご確認ください。キャンセルされる場合は、イベントページの「参加をキャンセル」から
お手続きをお願いします。

ご不明な点がございましたら、主催者までお問い合わせください。

StudyHub 事務局
https://studyhub.jp/
"""
    ib = inbound(ME_P, d, "m9", host="mail-out3.studyhub.jp", ip="203.0.113.88",
                 mailfrom="studyhub.jp", dkim_d="studyhub.jp")
    out.append(mail(L("unrelated", False, None),
                    "study-group registration confirmation (JA, 8bit UTF-8)",
                    "'受付番号', ご確認ください and ご不明な点がございましたら in non-AWS mail",
                    date=d, frm=("StudyHub", "no-reply@studyhub.jp"), to=ME_P,
                    subject="【StudyHub】参加登録完了：クラウド設計勉強会 #42",
                    body=T(txt, "utf-8", "8bit"), mid=mid_gen("m9", "studyhub.jp"), nl="\n", **ib))
    return out
