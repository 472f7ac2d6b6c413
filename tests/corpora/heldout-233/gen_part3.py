# 2024 - early 2025: Japanese name-correction case C5, mail around it, run-up to the job change.
from gen_part1 import *

# ---- Credly expiring badge reminder
d = "2024-02-14T12:00:03+00:00"
plain = """Your badge is expiring soon

Hi Rena,

Your badge "AWS Certified Developer - Associate" issued by Amazon Web Services Training
and Certification expires on April 11, 2024. Keep your credential current by following
the issuer's recertification steps.

View badge: https://www.credly.com/badges/0b8e47d1-3a55-4c1e-9f0d-2d1c8b7e66a1

Manage notification settings: https://www.credly.com/notifications
"""
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</body></html>"
add(alt(plain, html, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("o2.email.credly.com", "149.72.123.10", d)),
     ("Authentication-Results", ar_gmail("credly.com", mailfrom="em1234.credly.com", sel="s1")),
     ("Date", fmt_date(d)), ("From", addr("Credly", "admin@credly.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("credly-exp", "credly.com")),
     ("Subject", "Reminder: your badge expires in 60 days")],
    L("badge"),
    "Credly badge-expiry reminder (personal mailbox)",
    "Badge mail about expiry; 'recertification' word overlaps certification kind.")

# ---- CertMetrics expiry notice
d = "2024-03-01T08:15:44+00:00"
body = """Dear Rena Ishikawa,

Your AWS Certified Developer - Associate certification will expire on April 11, 2024.

To keep it active, pass the current version of the exam (or a higher-level exam that
recertifies it) before that date. Your 50%% discount benefit can be applied to the exam.

Candidate ID: %s

Sincerely,
AWS Certification
""" % ID_MAIN
add(text(body, enc="qp"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mta-102.certmetrics.com", "199.255.192.102", d)),
     ("Authentication-Results", ar_gmail("certmetrics.com", mailfrom="certmetrics.com", sel="cm1")),
     ("Date", fmt_date(d)), ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("cm-exp-dva", "certmetrics.com")),
     ("Subject", "Your AWS Certification is expiring soon")],
    L("certification", ids=[ID_MAIN]),
    "Certification expiry notice with candidate ID",
    "'expire' resembles a closing notice; has a candidate ID; no case.")

# ---- C5 acknowledgement (Japanese, utf-8 base64, personal mailbox)
C5SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % C5
d = "2024-05-20T03:44:19+00:00"
body = """石川 玲奈 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース %s としてお問い合わせを受け付けました。

担当者より、通常 1 営業日以内にご連絡いたします。内容によってはお時間を
いただく場合がございます。

同じ内容で別のケースを作成されますと、ご回答が遅れる原因となります。
追加の情報がある場合は、このメールにそのままご返信ください。

-- お問い合わせ内容 --
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
本文: 認定証の氏名が「Rena Ishikwa」と誤って登録されています。「Rena Ishikawa」に修正をお願いします。

AWS トレーニングと認定 カスタマーサポート
""" % C5
add(text(body, enc="b64"),
    aws_tc_headers(d, ME_PERSONAL, C5SUBJ, "c5-ack"),
    L("acknowledgement", case=C5),
    "C5 acknowledgement in Japanese (base64 UTF-8)",
    "Japanese; 'このメールにそのままご返信ください' only applies if there is more to add.")

# ---- C5 info request (ISO-2022-JP, keigo)
d = "2024-05-21T05:03:12+00:00"
body = """石川 玲奈 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
このたびは認定証の氏名修正についてご連絡いただき、誠にありがとうございます。

お客様の認定アカウントを特定し、記録を修正するため、
恐れ入りますが以下の 2 点をご教示いただけますでしょうか。

  1. 対象アカウントの AWS 候補 ID (AWS から始まる 11 桁)
  2. 修正後のお名前 (公的身分証明書と同じローマ字表記)

なお、試験会場での本人確認に影響するため、身分証明書の表記と
完全に一致している必要がございます。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
add(text(body, enc="7bit", cs="iso-2022-jp"),
    aws_tc_headers(d, ME_PERSONAL, C5SUBJ, "c5-info", in_reply=mid_of("c5-ack"),
                   frm=addr("AWS トレーニングと認定", TC_FORM, "iso-2022-jp")),
    L("info_request", reply=True, case=C5),
    "C5 agent (Japanese keigo, ISO-2022-JP) asks for candidate ID and correct spelling",
    "Request phrased as ご教示いただけますでしょうか; 'AWS から始まる 11 桁' is not an ID.")

# ---- C5 user reply (Japanese, ISO-2022-JP, Gmail JP quoting)
d = "2024-05-21T21:37:05+09:00"
body = """佐々木様

ご連絡ありがとうございます。以下のとおりです。

1. AWS 候補 ID: %s
2. 修正後の氏名: Rena Ishikawa (パスポート表記: ISHIKAWA RENA)

よろしくお願いいたします。
石川 玲奈

2024年5月21日(火) 14:03 AWS トレーニングと認定 <%s>:
> 石川 玲奈 様
>
> AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
> (中略)
>   1. 対象アカウントの AWS 候補 ID (AWS から始まる 11 桁)
>   2. 修正後のお名前 (公的身分証明書と同じローマ字表記)
""" % (ID_MAIN, TC_FORM)
add(text(body, enc="7bit", cs="iso-2022-jp"),
    [("Date", fmt_date(d)), ("From", addr("石川 玲奈", ME_PERSONAL, "iso-2022-jp")),
     ("To", TC_FORM), ("Message-ID", gmail_mid("c5-reply")),
     ("In-Reply-To", mid_of("c5-info")), ("References", mid_of("c5-ack") + " " + mid_of("c5-info")),
     ("Subject", C5SUBJ)],
    L("user_reply", case=C5, ids=[ID_MAIN]),
    "Owner answers C5 in Japanese with candidate ID",
    "ISO-2022-JP sent mail; Japanese quote header 「…:」.")

# ---- AWS Japan marketing (Japanese, multipart)
d = "2024-05-23T01:00:00+00:00"
plain = """AWS Summit Japan 2024 まであと 1 か月

石川 様

6 月 20 日・21 日に幕張メッセで開催される AWS Summit Japan の事前登録を受け付けています。
認定者ラウンジでは AWS 認定保有者限定のノベルティをご用意しています。
ご来場の際は、AWS 認定アカウントに登録のメールアドレスでお申し込みください。

登録はこちら: https://aws.amazon.com/jp/summits/japan/

本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできません。
配信停止: https://pages.awscloud.com/communication-preferences
アマゾン ウェブ サービス ジャパン合同会社
"""
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</body></html>"
add(alt(plain, html, enc="b64"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mail.pages.awscloud.com", "192.28.152.16", d)),
     ("Authentication-Results", ar_gmail("amazon.com", mailfrom="mktomail.com", sel="m1")),
     ("Date", fmt_date(d)), ("From", addr("AWS Japan", "aws-marketing-email-replies@amazon.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("summit24", "mktomail.com")),
     ("Subject", hname("AWS Summit Japan 2024 事前登録受付中 - 認定者ラウンジのご案内"))],
    L("unrelated"),
    "AWS Japan marketing for the Summit (Japanese, base64)",
    "Real AWS domain, mentions certification account; marketing.")

# ---- C5 resolved (Shift_JIS, base64, CRLF)
d = "2024-05-27T02:10:48+00:00"
body = """石川 玲奈 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木です。

ご提供いただいた情報をもとに、認定アカウント上のお名前を
「Rena Ishikwa」から「Rena Ishikawa」に修正いたしました。
認定証は AWS 認定アカウントの「認定」ページから再ダウンロードいただけます。
Credly のバッジにも数日以内に反映される見込みです。

本件はこれにて完了とさせていただきます。
ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート

----- 2024/05/21 21:37 石川 玲奈 さんからのメッセージ -----
1. AWS 候補 ID: %s
2. 修正後の氏名: Rena Ishikawa (パスポート表記: ISHIKAWA RENA)
""" % ID_MAIN
add(text(body, enc="b64", cs="shift_jis"),
    aws_tc_headers(d, ME_PERSONAL, C5SUBJ, "c5-done", in_reply=gmail_mid("c5-reply"),
                   frm=addr("AWS トレーニングと認定", TC_FORM, "shift_jis")),
    L("resolved", case=C5),
    "C5 resolved (Japanese, Shift_JIS base64, CRLF)",
    "'ご不明な点がございましたら…ご返信ください' is conditional; quoted owner text holds a candidate ID (not counted).",
    linesep="\r\n")

# ---- Skill Builder receipt
d = "2024-07-10T11:22:33+00:00"
html = """<html><body style="font-family:Helvetica">
<h3>Thanks for your order</h3>
<p>Hi Rena,</p>
<p>Your AWS Skill Builder Individual subscription has been renewed.</p>
<table border="0" cellpadding="3">
<tr><td>Plan</td><td>Individual (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Order number</td><td>SB-2024-0710-55817</td></tr>
<tr><td>Next renewal</td><td>August 10, 2024</td></tr></table>
<p>Manage your subscription at <a href="https://skillbuilder.aws/subscriptions">skillbuilder.aws</a>.</p>
<p>AWS Training and Certification</p></body></html>"""
add(text(html, "html", enc="qp"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("a48-9.smtp-out.amazonses.com", "54.240.48.9", d)),
     ("Authentication-Results", ar_gmail("aws.training", mailfrom="amazonses.com", sel="ses1")),
     ("Date", fmt_date(d)), ("From", addr("AWS Training and Certification", "no-reply@aws.training")),
     ("To", ME_PERSONAL), ("Message-ID", ses_mid("sb-receipt")),
     ("Subject", "Your AWS Skill Builder receipt")],
    L("unrelated"),
    "Skill Builder subscription receipt, HTML only",
    "Sender name is 'AWS Training and Certification'; it is a receipt.")

# ---- AWS Educate form case (other AWS program; asks for info)
CESUBJ = "RE:[CASE %s] [AWS Educate Form Submission] - educator-verification" % CE
d = "2025-01-20T04:12:09+00:00"
body = """Hello Rena,

Thank you for applying to volunteer as an AWS Educate community educator.

To finish the verification we need a link to a public profile or page that shows your
teaching or mentoring activity (for example a meetup page or a conference talk). Could you
reply with that link? Without it we cannot complete the application.

Best,
Jordan
AWS Educate Support
"""
add(text(body, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("a27-51.smtp-out.us-west-2.amazonses.com", "54.240.27.51", d)),
     ("Authentication-Results", ar_gmail("amazon.com", mailfrom="us-west-2.amazonses.com")),
     ("Date", fmt_date(d)), ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")),
     ("Reply-To", "aws-cs-educate-form@amazon.com"),
     ("To", ME_PERSONAL), ("Message-ID", ses_mid("educate-1")),
     ("Subject", CESUBJ)],
    L("unrelated", case=CE),
    "AWS Educate form case asking for a link",
    "Same shape as a T&C case (aws-cs-*-form, [CASE N]) and a real request, but not Training and Certification: needs_reply false.")

# ---- CertMetrics recertification reminder
d = "2025-02-17T09:00:00+00:00"
plain = """Hello Rena,

It's time to think about recertification. Your AWS Certified Solutions Architect -
Associate expires on May 30, 2025.

Options:
- Pass the current AWS Certified Solutions Architect - Associate exam, or
- Pass AWS Certified Solutions Architect - Professional (you already hold it, so your
  Associate stays valid while the Professional is valid).

Check your status: https://aws.certmetrics.com/amazon/

AWS Certification
"""
add(text(plain, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mta-104.certmetrics.com", "199.255.192.104", d)),
     ("Authentication-Results", ar_gmail("certmetrics.com", mailfrom="certmetrics.com", sel="cm1")),
     ("Date", fmt_date(d)), ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("cm-recert-saa", "certmetrics.com")),
     ("Subject", "Recertification reminder: AWS Certified Solutions Architect - Associate")],
    L("certification"),
    "Recertification reminder",
    "Lists options like a request; program mail, no case.")

# ---- Colleague handover mail (Japanese, contains a request, company mailbox)
d = "2025-03-03T10:14:27+09:00"
body = """石川さん

お疲れさまです。藤本です。

退職日までの引き継ぎの件、共有ドライブに一覧を作りました。
担当案件ごとに「引き継ぎ先」と「残タスク」を埋めて、金曜までにご確認ください。

あと、APN の Partner Central で石川さんの認定がまだ KumoWorks に紐づいています。
AWS 側から連絡が来たらこちらで対応しますので、その時は教えてください。

藤本 健二
株式会社クモワークス アライアンス推進部
"""
add(text(body, enc="7bit", cs="iso-2022-jp"),
    [("Received", received_m365("TYAPR01MB5520.jpnprd01.prod.outlook.com", "2603:1096:404:8c::12", d)),
     ("Date", fmt_date(d)), ("From", addr("藤本 健二", "kenji.fujimoto@kumoworks.co.jp", "iso-2022-jp")),
     ("To", addr("石川 玲奈", ME_COMPANY, "iso-2022-jp")),
     ("Message-ID", "<TYAPR01MB55204F1C2A0D8E7B6C1D9E44B9E12@TYAPR01MB5520.jpnprd01.prod.outlook.com>"),
     ("Subject", hname("引き継ぎ一覧と APN の件", "iso-2022-jp")), ("Content-Language", "ja-JP")],
    L("unrelated"),
    "Colleague (partner admin) about handover and the APN association (Japanese)",
    "Real request (ご確認ください) and APN talk, but from a colleague, not support.")

# ---- New employer onboarding (personal)
d = "2025-03-05T02:30:00+00:00"
plain = """Hi Rena,

Welcome aboard! We're thrilled you'll be joining Tsumugi Data as a Senior Cloud Engineer
on April 1.

Please reply to confirm the address where we should ship your laptop, and fill in the
onboarding form before March 21: https://tsumugidata.example/onboarding/r-ishikawa

If your AWS certifications are current, add them to your profile in the form; we
reimburse recertification exams.

Best,
Aya Nakamura
People Operations, Tsumugi Data Inc.
"""
html = "<div dir=\"ltr\">" + "".join("<div>%s</div><br>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</div>"
add(alt(plain, html, enc="qp"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mail-sor-f41.google.com", "209.85.220.41", d)),
     ("Authentication-Results", ar_gmail("tsumugidata.example", mailfrom="tsumugidata.example", sel="google")),
     ("Date", fmt_date(d)), ("From", addr("Aya Nakamura", "aya.nakamura@tsumugidata.example")),
     ("To", ME_PERSONAL), ("Message-ID", gmail_mid("onboard")),
     ("Subject", "Welcome to Tsumugi Data - a few things before April 1")],
    L("unrelated"),
    "New employer onboarding mail asking for a reply",
    "Explicit 'please reply to confirm' and certification talk, but not support.")

# ---- Owner forwards certificates to herself (user_reply with attachment)
d = "2025-03-10T19:05:41+09:00"
note = """Backup of my AWS certificates before I leave KumoWorks.
Old (company) certification account: %s
Benefits on it: one 50%% exam discount, unused.

---------- Forwarded message ---------
From: AWS Certification <do-not-reply@certmetrics.com>
Date: Mon, Oct 2, 2023 at 4:41 PM
Subject: You are now AWS Certified!
To: Rena Ishikawa <%s>

Congratulations! You have passed the AWS Certified Solutions Architect - Professional
exam and are now AWS Certified.
""" % (ID_MAIN, ME_COMPANY)
fake_pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
add(mixed(text(note, enc="qp"), attachment(fake_pdf, "AWS_Certified_SAP_certificate.pdf"),
          attachment(fake_pdf, "AWS_Certified_DVA_certificate.pdf")),
    [("Date", fmt_date(d)), ("From", addr(ME_NAME, ME_COMPANY)), ("To", ME_PERSONAL),
     ("Message-ID", "<TYCPR01MB8451A0E1D66B2F3C77E0B19DA9F1@TYCPR01MB8451.jpnprd01.prod.outlook.com>"),
     ("Subject", "Fwd: You are now AWS Certified!")],
    L("user_reply", ids=[ID_MAIN]),
    "Owner forwards old certificate mail + PDFs from company to personal address",
    "Written by the owner (company address) to herself; forwarded certification text below; attachments.")

# ---- Builder ID verification code
d = "2025-03-11T05:02:10+00:00"
body = """Verify your AWS Builder ID email address

Verification code: 582913

This code expires 10 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can safely ignore this email.

Amazon Web Services
"""
add(text(body, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("a48-20.smtp-out.amazonses.com", "54.240.48.20", d)),
     ("Authentication-Results", ar_gmail("signin.aws", mailfrom="amazonses.com", sel="ses2")),
     ("Date", fmt_date(d)), ("From", addr("AWS", "no-reply@signin.aws")),
     ("To", ME_PERSONAL), ("Message-ID", ses_mid("builderid-code")),
     ("Subject", "Verify your AWS Builder ID email address")],
    L("unrelated"),
    "Builder ID one-time code",
    "6-digit code is not a case number.")
