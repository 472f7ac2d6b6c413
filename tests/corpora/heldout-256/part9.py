"""Messages 063-068: case E reply, update, resolution, survey; program mail; exam-vendor phish."""
from common import *

E_SUBJ = "[AWS Training and Certification Form Submission] - certification-record"
E_REFS = mid("E-ack", "email.amazonses.com")


def build():
    # 063 owner's reply on case E (Japanese)
    d = "Tue, 15 Apr 2025 12:41:27 +0900"
    body = """田村様

ご連絡ありがとうございます。パスポートの表記は以下のとおりです。

姓: KANZAKI
名: MIZUHO
ミドルネームはありません。

よろしくお願いいたします。
神崎 瑞穂

-----Original Message-----
From: %s
Sent: Tuesday, April 15, 2025 10:30 AM
Subject: RE:[CASE %s] %s

姓と名をそれぞれ、身分証明書と同じ綴りで本メールにご返信ください。
""" % (TC_FORM, CASE_E, E_SUBJ)
    add([("Date", d), ("From", addr(ME_NAME_JA, ME_PERSONAL)), ("To", TC_FORM),
         ("Subject", "RE: RE:[CASE %s] %s" % (CASE_E, E_SUBJ)),
         ("Message-ID", mid("E-reply", "hoshimail.jp")),
         ("In-Reply-To", mid("E-info", "email.amazonses.com")),
         ("References", E_REFS + " " + mid("E-info", "email.amazonses.com"))],
        leaf(body, charset="iso-2022-jp", cte="7bit"), "user_reply", False, CASE_E, [],
        "owner gives the passport spelling", "ISO-2022-JP; quoted request below")

    # 064 case E update: passed to records team, conditional invitation
    d = "Thu, 17 Apr 2025 04:05:30 +0000"
    body = """Hello Mizuho-san,

Thank you for the spelling. I've passed your request to our certification records
team, who will update the name on your profile and regenerate your certificates. This
usually takes three to five business days.

If you have anything to add in the meantime, feel free to reply to this email.

Best regards,
Tamura
AWS Training and Certification Customer Service
"""
    add([rx(PERSONAL_MX, "a9-49.smtp-out.amazonses.com", "54.240.9.49", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.49"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] %s" % (CASE_E, E_SUBJ)),
         ("Message-ID", mid("E-update", "email.amazonses.com")),
         ("In-Reply-To", mid("E-reply", "hoshimail.jp")),
         ("References", E_REFS + " " + mid("E-reply", "hoshimail.jp"))],
        leaf(body, cte="7bit"), "case_update", False, CASE_E, [],
        "case E passed to records team", "conditional invitation 'if you have anything to add'")

    # 065 case E resolved (Japanese, multipart)
    d = "Tue, 22 Apr 2025 07:58:12 +0000"
    txt = """神崎 瑞穂 様

田村です。お待たせいたしました。
認定記録の氏名を「Mizuho Kanzaki」に修正し、すべての証明書を再発行いたしました。
認定アカウントの「認定」ページから、新しい証明書をダウンロードいただけます。

本件について、お客様に追加でご対応いただくことはございません。
本ケースはこれにてクローズとさせていただきます。

田村
AWS トレーニングと認定 カスタマーサービス
"""
    html = "<html><body><p>神崎 瑞穂 様</p><p>田村です。お待たせいたしました。<br>認定記録の氏名を「Mizuho Kanzaki」" \
           "に修正し、すべての証明書を再発行いたしました。<br>認定アカウントの「認定」ページから、新しい証明書を" \
           "ダウンロードいただけます。</p><p>本件について、お客様に追加でご対応いただくことはございません。<br>" \
           "本ケースはこれにてクローズとさせていただきます。</p><p>田村<br>AWS トレーニングと認定 カスタマーサービス</p>" \
           "</body></html>"
    add([rx(PERSONAL_MX, "a9-53.smtp-out.amazonses.com", "54.240.9.53", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.53"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] %s" % (CASE_E, E_SUBJ)),
         ("Message-ID", mid("E-done", "email.amazonses.com")),
         ("In-Reply-To", mid("E-update", "email.amazonses.com")),
         ("References", E_REFS + " " + mid("E-update", "email.amazonses.com"))],
        multi("alternative", [leaf(txt, cte="base64"), leaf(html, "html", cte="base64")], "=-jp-done-2025"),
        "resolved", False, CASE_E, [],
        "case E fixed: name corrected, certificates reissued",
        "Japanese; 'クローズ' without any non-response; 'ダウンロードいただけます' is not a request")

    # 066 certmetrics: certificate documents updated
    d = "Tue, 22 Apr 2025 09:10:00 +0000"
    txt = """Hello Mizuho Kanzaki,

Your AWS Certification profile has been updated, and new certificates reflecting
the change are available in your AWS Certification Account.

Candidate ID: %s

AWS Certification
""" % ID_NEW
    add([rx(PERSONAL_MX, "mta-09.certmetrics.com", "198.51.100.9", d),
         auth(PERSONAL_MX, "certmetrics.com", "bounces@certmetrics.com", "certmetrics.com", ip="198.51.100.9"),
         ("Date", d), ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_PERSONAL),
         ("Subject", "Your AWS Certification documents have been updated"),
         ("Message-ID", mid("cm-docs", "certmetrics.com"))],
        leaf(txt, cte="7bit"), "certification", False, None, [ID_NEW],
        "program notice: certificates regenerated", "follows case E resolution, but has no case number")

    # 067 survey for case E (Japanese)
    d = "Wed, 23 Apr 2025 08:00:00 +0000"
    html = """<html><body>
<p>神崎 様</p>
<p>先日はAWS トレーニングと認定カスタマーサービスをご利用いただき、ありがとうございました。</p>
<p>ケース ID: %s</p>
<p>サービス向上のため、対応に関する簡単なアンケートにご協力をお願いいたします（所要時間 約1分）。</p>
<p><a href="https://survey.aws-cs-feedback.amazon.com/s/TC?c=%s&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px;color:#777">本メールは送信専用です。ご返信いただいてもお答えできません。</p>
</body></html>""" % (CASE_E, CASE_E)
    add([rx(PERSONAL_MX, "a9-91.smtp-out.amazonses.com", "54.240.9.91", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.91"),
         ("Date", d), ("From", addr("AWS カスタマーサービス", "aws-cs-survey@amazon.com")), ("To", ME_PERSONAL),
         ("Subject", subj("アンケートのお願い：ケース %s" % CASE_E)),
         ("Message-ID", mid("E-survey", "email.amazonses.com"))],
        leaf(html, "html", cte="quoted-printable"), "survey", False, CASE_E, [],
        "survey for case E in Japanese", "keigo お願いいたします in a survey")

    # 068 exam-vendor lookalike phishing
    d = "Fri, 25 Apr 2025 15:33:47 +0000"
    txt = """Dear Candidate,

During a routine review, your recent AWS exam session was flagged for a system
check violation. To avoid your result being cancelled and your AWS Candidate ID being
suspended, you must pay the review fee of USD 35 and confirm your card details:

https://pearsonvue-candidate-review.net/pay?case=PV-99120

Reply to this e-mail if you believe this is an error.

Pearson VUE Candidate Services
"""
    add([rx(PERSONAL_MX, "smtp.pearsonvue-candidate-review.net", "45.137.21.9", d),
         ("Authentication-Results", "%s;\n\tdkim=none;\n\tspf=neutral smtp.mailfrom=security@pearsonvue-candidate-review.net;\n"
          "\tdmarc=none header.from=pearsonvue-candidate-review.net" % PERSONAL_MX),
         ("Date", d), ("From", addr("Pearson VUE", "security@pearsonvue-candidate-review.net")), ("To", ME_PERSONAL),
         ("Subject", "Urgent: your AWS exam result is under review"),
         ("Message-ID", mid("phish-pv", "pearsonvue-candidate-review.net"))],
        leaf(txt, cte="7bit"), "suspicious", False, None, [],
        "exam-vendor lookalike demanding payment", "invites a reply; 'case' reference that is not a case id")
