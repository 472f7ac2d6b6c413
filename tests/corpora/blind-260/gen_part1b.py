from gen_lib import *
C2 = "174217395100913"; C3 = "174217512400388"
S_ACCT = "[AWS Training and Certification Form Submission] - account-assistance"
M = []
def add(**k): M.append(k)

add(key="mgr", sent=True, **{"date": "2025-03-03 17:55:21 +0900",
    "from": ME_C_FULL, "to": "=?UTF-8?B?5L2Q5LyvIOe+jueUtA==?= <m.saeki@tsukumo-systems.co.jp>",
    "subject": "退職に伴うAWS認定アカウントの扱いについて",
    "body": text("""佐伯さん

お疲れさまです。藤沢です。
3月末の退職に向けて、会社アドレスで作ったAWS認定アカウントを個人アドレスのアカウントへ統合しようと思っています。
当社はAPNパートナーなので、パートナー側で何か手続きが必要になるか、管理者がどなたかご存じでしたら教えてください。

藤沢
""", cte="base64"),
    "label": ("user_reply", False, None, []),
    "note": "Owner's own mail to his manager (not to support), Japanese, base64. Written by the owner, so user_reply with no case."})

add(parent="mgr", **{"date": "2025-03-04 09:12:45 +0900",
    "from": "=?UTF-8?B?5L2Q5LyvIOe+jueUtA==?= <m.saeki@tsukumo-systems.co.jp>", "to": ME_C,
    "subject": "RE: 退職に伴うAWS認定アカウントの扱いについて",
    "auth": auth_corp("tsukumo-systems.co.jp"),
    "body": text("""藤沢さん

APNの管理はアライアンス推進室の北村さんです。AWSから問い合わせが来たら対応してもらうよう伝えておきます。
統合が終わったら一言連絡ください。

佐伯

-----Original Message-----
From: 藤沢 海斗 <k.fujisawa@tsukumo-systems.co.jp>
Sent: Monday, March 3, 2025 5:55 PM
Subject: 退職に伴うAWS認定アカウントの扱いについて

3月末の退職に向けて、会社アドレスで作ったAWS認定アカウントを個人アドレスのアカウントへ統合しようと思っています。
""", cte="quoted-printable"),
    "label": ("unrelated", False, None, []),
    "note": "Colleague's reply about the APN admin; contains a request ('let me know when done') but is not support."})

add(**{"date": "2025-03-10 02:00:13 +0000",
    "from": "AWS Certification <do-not-reply@certmetrics.com>", "to": ME_C,
    "subject": "Your AWS Certification expires in 90 days",
    "auth": auth_corp("certmetrics.com"),
    "body": text("""Hello Kaito,

Your AWS Certified Solutions Architect - Associate certification (candidate ID AWS05518203) will expire on June 8, 2025.

To keep it active, pass the current version of the exam or a higher-level exam before that date. Remember that your 50% discount voucher from a previous exam can be used for recertification.

Sign in to your AWS Certification Account to schedule.

AWS Certification
""", cte="7bit"),
    "label": ("certification", False, None, ["AWS05518203"]),
    "note": "Expiry notice with a call to action; program mail, not a case."})

add(**{"date": "2025-03-14 12:40:55 +0000",
    "from": "AWS <no-reply@signin.aws>", "to": ME_P,
    "subject": "Verify your AWS Builder ID email address",
    "auth": auth_gmail("signin.aws"),
    "body": alt(text("""Hello,

To finish creating your AWS Builder ID, enter this verification code:

481 927

The code expires in 30 minutes. If you did not request it, ignore this email.

Amazon Web Services
"""), html("""<html><body><p>Hello,</p><p>To finish creating your AWS Builder ID, enter this verification code:</p><p style="font-size:24px"><b>481927</b></p><p>The code expires in 30 minutes. If you did not request it, ignore this email.</p></body></html>""")),
    "label": ("unrelated", False, None, []),
    "note": "Builder ID one-time code (6 digits) - not case mail."})

ack_jp = """藤沢 海斗 様

Amazon Web Services にお問い合わせいただきありがとうございます。
ケース %s を作成いたしました。担当者より通常24時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。

同じ内容で既にケースを作成されている場合、重複したケースの作成はお控えください。対応が遅れる原因となります。

お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
本文:
Use case: I am leaving Tsukumo Systems at the end of March and would like to merge my accounts.
All email addresses used: k.fujisawa@tsukumo-systems.co.jp (AWS05518203), kaito.fujisawa.mail@gmail.com (AWS07730156)
Email address to keep: kaito.fujisawa.mail@gmail.com

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス
""" % C2
add(key="c2ack", **{"date": "2025-03-17 10:12:40 +0900",
    "from": "Amazon Web Services <%s>" % TC, "to": ME_P,
    "subject": "[CASE %s] %s" % (C2, S_ACCT), "auth": auth_gmail("amazon.com"),
    "body": text(ack_jp, charset="iso-2022-jp", cte="7bit"),
    "label": ("acknowledgement", False, C2, ["AWS05518203", "AWS07730156"]),
    "note": "Japanese acknowledgement, ISO-2022-JP; 'please don't open duplicates' wording is not a request to answer."})

add(key="c3ack", **{"date": "2025-03-17 10:32:09 +0900",
    "from": "Amazon Web Services <%s>" % TC, "to": ME_C,
    "subject": "[CASE %s] %s" % (C3, S_ACCT), "auth": auth_corp("amazon.com"),
    "body": alt(text("""Hello,

Thank you for contacting AWS Training and Certification. Your case ID is %s.

We aim to reply within one business day. Kindly avoid creating additional cases for the same request.

Inquiry type: Certification / Account Merge
Description: Leaving the company end of March, please merge my certification account into kaito.fujisawa.mail@gmail.com.
""" % C3), html("""<html><body><p>Hello,</p><p>Thank you for contacting AWS Training and Certification. Your case ID is <b>%s</b>.</p>
<p>We aim to reply within one business day. Kindly avoid creating additional cases for the same request.</p>
<table border="1" cellpadding="4"><tr><td>Inquiry type</td><td>Certification / Account Merge</td></tr>
<tr><td>Description</td><td>Leaving the company end of March, please merge my certification account into kaito.fujisawa.mail@gmail.com.</td></tr></table></body></html>""" % C3)),
    "label": ("acknowledgement", False, C3, []),
    "note": "Second (duplicate) case filed from the company address 20 minutes after C2; 'Kindly avoid' is boilerplate, and 'please merge' is the user's own text."})

add(parent="c3ack", **{"date": "2025-03-18 08:47:30 +0900",
    "from": TC, "to": ME_C,
    "subject": "RE:[CASE %s] %s" % (C3, S_ACCT), "auth": auth_corp("amazon.com"),
    "body": text("""Hello Kaito,

This request is the same as case %s, which you opened from your personal address shortly before this one. To keep everything in one thread I have closed this case and linked it to %s, where my colleagues are already working on the merge.

There is nothing to do on this case; updates will come on the other one.

Thanks,
Rui
AWS Training and Certification
""" % (C2, C2), cte="7bit"),
    "label": ("case_update", False, C3, []),
    "note": "Duplicate closed and linked: sounds final ('closed') but the request is not done, and it is not a closing notice for silence. Case field = the duplicate's own number."})
