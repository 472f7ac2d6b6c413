from gen_lib import *
C5 = "174459212700561"; C6 = "174528390600172"
S5 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % C5
S6 = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C6
M = []
def add(**k): M.append(k)

add(key="c5ack", **{"date": "2025-04-14 09:56:02 +0900",
    "from": "Amazon Web Services <%s>" % TC, "to": ME_P,
    "subject": "[CASE %s] [AWS Training and Certification Form Submission] - certification" % C5,
    "auth": auth_gmail("amazon.com"),
    "body": text("""藤沢 海斗 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケースID: %s

通常、24時間以内に担当者よりご連絡いたします。
なお、同一のご依頼について別途ケースを作成されますと、回答までにお時間をいただく場合がございます。

お問い合わせ内容:
認定証の氏名が「Kaitou Fujisawa」となっています。正しくは「Kaito Fujisawa」です。(AWS候補ID: AWS07730156)

AWS トレーニングと認定 カスタマーサービス
""" % C5, charset="Shift_JIS", cte="8bit"),
    "crlf": True,
    "label": ("acknowledgement", False, C5, ["AWS07730156"]),
    "note": "Japanese acknowledgement in Shift_JIS 8bit with CRLF; name-correction case; candidate ID in the echoed request."})

add(key="c5ask", parent="c5ack", **{"date": "2025-04-15 11:02:31 +0900",
    "from": TC, "to": ME_P, "subject": S5, "auth": auth_gmail("amazon.com"),
    "body": text("""藤沢 海斗 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の田中でございます。

認定記録上のお名前の修正につきまして、手続きを進めるにあたり、パスポート等の公的身分証明書に記載されているローマ字表記をご教示いただけますでしょうか。
あわせて、認定証に表示する姓と名の順序についてご希望がございましたら、お知らせいただけますと幸いです。

何卒よろしくお願いいたします。

田中 美咲
AWS トレーニングと認定 カスタマーサービス
""", cte="base64"),
    "label": ("info_request", True, C5, []),
    "note": "Japanese keigo request (ご教示いただけますでしょうか) plus a conditional (ご希望がございましたら)."})

add(key="c5rep", parent="c5ask", sent=True, **{"date": "2025-04-15 12:40:19 +0900",
    "from": ME_P_FULL, "to": TC, "subject": S5,
    "body": text("""田中様

ご連絡ありがとうございます。
パスポートの表記は「FUJISAWA KAITO」です。認定証には名・姓の順で「Kaito Fujisawa」と表示していただければと思います。

よろしくお願いいたします。
藤沢 海斗

2025年4月15日(火) 11:02 <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % quote("""藤沢 海斗 様

認定記録上のお名前の修正につきまして、手続きを進めるにあたり、パスポート等の公的身分証明書に記載されているローマ字表記をご教示いただけますでしょうか。"""), cte="quoted-printable"),
    "label": ("user_reply", False, C5, []),
    "note": "Owner's Japanese reply, Gmail 「…:」 quote header."})

add(key="c5fwd", parent="c5rep", **{"date": "2025-04-16 10:15:47 +0900",
    "from": TC, "to": ME_P, "subject": S5, "auth": auth_gmail("amazon.com"),
    "body": text("""藤沢 海斗 様

ご回答いただきありがとうございます。
お名前の修正は認定記録を管理する担当部署で行うため、本件を同部署へ引き継ぎました。対応が完了しましたら、あらためてご連絡いたします。

田中 美咲
AWS トレーニングと認定 カスタマーサービス
""", charset="iso-2022-jp", cte="7bit"),
    "label": ("case_update", False, C5, []),
    "note": "Japanese hand-over (担当部署へ引き継ぎました); contains 対応が完了 in a future clause - not resolved."})

add(key="c5done", parent="c5fwd", **{"date": "2025-04-18 16:33:05 +0900",
    "from": TC, "to": ME_P, "subject": S5, "auth": auth_gmail("amazon.com"),
    "body": alt(text("""藤沢 海斗 様

お待たせいたしました。
認定記録上のお名前を「Kaito Fujisawa」に修正いたしました。修正後の認定証は再発行済みですので、お手数ですが認定アカウントの「認定」ページから改めてダウンロードしてください。

本メールへのご返信は不要です。

田中 美咲
AWS トレーニングと認定 カスタマーサービス
"""), html("""<html><body><p>藤沢 海斗 様</p><p>お待たせいたしました。<br>認定記録上のお名前を「Kaito Fujisawa」に修正いたしました。修正後の認定証は再発行済みですので、お手数ですが認定アカウントの「認定」ページから改めてダウンロードしてください。</p><p>本メールへのご返信は不要です。</p><p>田中 美咲<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>""")),
    "label": ("resolved", False, C5, []),
    "note": "Japanese resolution (修正いたしました) that leaves a step for the owner (download again, ください) and says no reply is needed."})

add(**{"date": "2025-04-21 03:40:12 +0000",
    "from": "AWS Certification <do-not-reply@certmetrics.com>", "to": ME_P,
    "subject": "Congratulations on recertifying your AWS Certification!",
    "auth": auth_gmail("certmetrics.com"),
    "body": text("""Dear Kaito Fujisawa,

By passing AWS Certified Solutions Architect - Professional you have also recertified AWS Certified Solutions Architect - Associate. Both are now valid until April 19, 2028.

Candidate ID: AWS07730156

A new exam benefit (50% off your next exam) has been added to your AWS Certification Account. Your updated badges will arrive from Credly.

AWS Certification
""", cte="quoted-printable"),
    "label": ("certification", False, None, ["AWS07730156"]),
    "note": "Recertification notice with a new voucher benefit - program mail, not a case; sits between case mails."})

add(key="c6ack", **{"date": "2025-04-22 10:05:30 +0900",
    "from": "AWS Training and Certification <%s>" % TC, "to": ME_P,
    "subject": "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C6,
    "auth": auth_gmail("amazon.com"),
    "body": html("""<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;color:#fff;padding:12px"><b>AWS Training and Certification</b></td></tr>
<tr><td style="padding:12px"><p>We've got your request.</p>
<p>Case number: <b>%s</b><br>Expected first response: within 24 hours</p>
<p>One case per request helps us answer faster.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td>Inquiry</td><td>Certification &gt; Account Merge</td></tr>
<tr><td>Candidate ID</td><td>AWS07730156</td></tr>
<tr><td>Message</td><td>My AWS Certified Security - Specialty (Sept 2022) did not appear on my account after the merge in case 174217395100913.</td></tr></table>
</td></tr></table></body></html>""" % C6),
    "label": ("acknowledgement", False, C6, ["AWS07730156"]),
    "note": "HTML-only acknowledgement with a table and a different template ('We've got your request'); names an older case number."})

add(key="c6ask", parent="c6ack", **{"date": "2025-04-23 13:44:12 +0900",
    "from": TC, "to": ME_P, "subject": S6, "auth": auth_gmail("amazon.com"),
    "body": text("""Hi Kaito,

Priya here. I went through the two profiles that were merged under case 174217395100913:

Account #1
Candidate ID: AWS07730156
Login email: kaito.fujisawa.mail@gmail.com

Account #2 (merged, now closed)
Candidate ID: AWS05518203
Login email: k.fujisawa@tsukumo-systems.co.jp

Neither holds a Security - Specialty result. To trace it we need the exam date and either the Pearson VUE registration number or the validation number printed on that certificate.

Priya S.
AWS Training and Certification
""", cte="quoted-printable"),
    "label": ("info_request", True, C6, ["AWS07730156", "AWS05518203"]),
    "note": "Account #1 / Account #2 listing exactly like a merge confirmation, but the ask ('we need the exam date and ...') is information."})

add(**{"date": "2025-04-26 11:17:03 +0000",
    "from": "Credly <no-reply@credly-badge-center.com>", "to": ME_P,
    "subject": "Your AWS badges will be revoked in 48 hours",
    "auth": auth_gmail("credly-badge-center.com"),
    "body": html("""<html><body><p>Hello Kaito,</p><p>Because your AWS Certification account was recently merged, the badges linked to your old email are scheduled for revocation.</p>
<p>To keep them, re-link your Credly account and confirm your AWS Builder ID credentials:</p>
<p><a href="https://credly-badge-center.com/relink">Keep my badges</a></p><p>Credly Support</p></body></html>"""),
    "label": ("suspicious", False, None, []),
    "note": "Fake Credly on a lookalike domain; its own DMARC passes, but the domain is not Credly."})
