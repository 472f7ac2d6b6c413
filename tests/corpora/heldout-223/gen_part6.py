# Messages 059-070 (mid/late April 2025: case D reopened, case E opened)
from gen_lib import *  # noqa: F401,F403

SUBJ_D = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % CASE_D
D_2023_MID = mid("D-2023-done")
D_2023_TEXT = """Hello Rina,

I have updated the name on your certification record to "Rina Okabe" as requested. New certificates downloaded from your AWS Certification Account will show this name.

If you need anything else, feel free to reply to this email.

Regards,
Ines V.
AWS Training and Certification Customer Service"""

# ---------------------------------------------------------------- 059 owner reopens 2023 thread (ISO-2022-JP)
d = dt("2025-04-14 09:05:37", JST)
D_U1_MID = mid("D-u1", style="gmail")
body = """AWS トレーニングと認定 ご担当者様

2023年に認定記録の氏名表記を「Rina Okabe」に修正していただいた件で、再度ご相談です。

先月、会社アドレスのアカウントを個人アカウントに統合していただきました(ケース 174156553100742)。
その後、統合先アカウント AWS07731954 からダウンロードした証明書の氏名が
「OKABE RINA」(姓が先・すべて大文字)になっています。

お手数ですが、以前と同じく「Rina Okabe」の表記に直していただけますでしょうか。

岡部 里奈

2023年8月22日(火) 15:10 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % quote(D_2023_TEXT)
add("user_reply", False, CASE_D, [CAND_PERSONAL],
    "Owner writes (Japanese, ISO-2022-JP) on her resolved 2023 case (11-digit) to reopen it; she cites case A's number in the text - the message belongs to D.",
    build([("From", addr("岡部 里奈", ME_PERSONAL, "iso-2022-jp")), ("To", TC_FORM), ("Subject", SUBJ_D),
           ("Date", d), ("Message-ID", D_U1_MID), ("In-Reply-To", D_2023_MID), ("References", D_2023_MID)],
          T(body, charset="iso-2022-jp", cte="7bit")))

# ---------------------------------------------------------------- 060 info request D (Japanese keigo, HTML)
d = dt("2025-04-15 01:40:22", UTC)
D_REQ_MID = mid("D-req")
D_REQ_TEXT = """岡部 里奈 様

AWS トレーニングと認定 カスタマーサービスの秋山でございます。
ご連絡いただきありがとうございます。本ケースを再開し、確認を進めております。

アカウント統合の際、統合先アカウントに登録されていたお名前が認定記録に適用されたため、証明書の表記が変わったものと思われます。

修正にあたり、証明書に記載するお名前を、パスポート等の本人確認書類と同じ綴りで、名(Given name)と姓(Family name)に分けてご返信いただけますでしょうか。
また、Pearson VUE の試験予約に登録されているお名前が異なる場合は、その旨もあわせてお知らせいただけますと幸いです。

何卒よろしくお願い申し上げます。

秋山
AWS トレーニングと認定 カスタマーサービス"""
body_h = "<html><body><div style=\"font-family:'Meiryo',sans-serif;font-size:10.5pt\">" + \
    "".join("<p>%s</p>" % para.replace("\n", "<br>") for para in D_REQ_TEXT.split("\n\n")) + "</div></body></html>\n"
add("info_request", True, CASE_D, [],
    "Case D reopened; Japanese keigo request (〜ご返信いただけますでしょうか) for the name spelling, HTML-only base64, after an explanation paragraph.",
    build(gmail_in("amazon.com", "54.240.8.31", mailfrom="0100019660@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_D), ("Date", d), ("Message-ID", D_REQ_MID),
             ("In-Reply-To", D_U1_MID), ("References", "%s %s" % (D_2023_MID, D_U1_MID))],
          H(body_h, cte="base64")))

# ---------------------------------------------------------------- 061 Skill Builder marketing
d = dt("2025-04-15 08:00:00", UTC)
body_t = """AWS Skill Builder

Prepare for your next AWS Certification

Rina, get 25% off an AWS Skill Builder annual Individual subscription until April 30. Use your exam discount together with official practice exams, labs and exam prep plans.

Subscribe now: https://skillbuilder.aws/subscriptions

Questions? Visit the Skill Builder help center.

To unsubscribe, visit https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
"""
add("unrelated", False, None, [],
    "Skill Builder marketing mentioning the exam discount and certification prep.",
    build(gmail_in("amazon.com", "199.15.214.160", mailfrom="aws-marketing-email-replies@amazon.com", selector="mkto", date=d)
          + [("From", addr("AWS Skill Builder", "aws-marketing-email-replies@amazon.com")), ("To", ME_PERSONAL),
             ("Subject", "Rina, 25% off Skill Builder to prepare for your next certification"), ("Date", d),
             ("Message-ID", mid("061", "mkto-sj220001.com", "plain"))],
          alt(T(body_t), H("<html><body>" + body_t.replace("\n", "<br>") + "</body></html>", cte="quoted-printable"))))

# ---------------------------------------------------------------- 062 owner answers D (ISO-2022-JP)
d = dt("2025-04-15 21:30:10", JST)
D_U2_MID = mid("D-u2", style="gmail")
body = """秋山様

ご対応ありがとうございます。

名(Given name): Rina
姓(Family name): Okabe
(パスポート表記は OKABE RINA です)

Pearson VUE の登録名も同じ綴りです。
証明書には「Rina Okabe」の順で表示していただけますと助かります。

岡部 里奈

2025年4月15日(火) 10:40 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % quote(D_REQ_TEXT)
add("user_reply", False, CASE_D, [],
    "Owner's Japanese answer with the name details; quotes the keigo request with '>'.",
    build([("From", addr("岡部 里奈", ME_PERSONAL, "iso-2022-jp")), ("To", TC_FORM), ("Subject", SUBJ_D),
           ("Date", d), ("Message-ID", D_U2_MID), ("In-Reply-To", D_REQ_MID),
           ("References", "%s %s %s" % (D_2023_MID, D_U1_MID, D_REQ_MID))],
          T(body, charset="iso-2022-jp", cte="7bit")))

# ---------------------------------------------------------------- 063 case update D (passed to records team)
d = dt("2025-04-16 04:25:51", UTC)
D_UPD_MID = mid("D-upd")
D_UPD_TEXT = """Hello Rina,

I'm covering this case for my colleague Akiyama today. I've sent your name details to our Certification records team, who make changes to certification records; they usually complete them within 3 to 5 business days.

I also noticed an older case of yours from 2021 (%s) about a Cloud Practitioner score report. It is not related and stays closed.

No further action is required from you at this point. We'll write again when the record has been updated.

Regards,
Tomasz W.
AWS Training and Certification Customer Service""" % OLD_2021
add("case_update", False, CASE_D, [],
    "Case D passed to another team; 'No further action is required'; mentions an unrelated 10-digit 2021 case number that must not win over D.",
    build(gmail_in("amazon.com", "54.240.8.31", mailfrom="0100019668@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_D), ("Date", d), ("Message-ID", D_UPD_MID),
             ("In-Reply-To", D_U2_MID), ("References", "%s %s %s" % (D_U1_MID, D_REQ_MID, D_U2_MID))],
          T(D_UPD_TEXT + "\n")))

# ---------------------------------------------------------------- 064 other vendor: solved
d = dt("2025-04-16 07:48:00", UTC)
body = """Hello Rina,

Your request #88213 ("Export of shared notebooks fails") has been solved. We hope everything is working again.

If the problem comes back, simply reply to this email within 7 days and the request will reopen automatically.

Kumo Notes Support
"""
add("unrelated", False, None, [],
    "Other vendor's ticket marked solved, with reopen-by-reply wording.",
    build(gmail_in("kumonotes.app", "192.161.151.9", mailfrom="support@kumonotes.app", selector="zendesk1", policy="p=QUARANTINE sp=QUARANTINE dis=NONE", date=d)
          + [("From", addr("Kumo Notes Support", "support@kumonotes.app")), ("To", ME_PERSONAL),
             ("Subject", "[Kumo Notes] Request #88213: Export of shared notebooks fails - solved"), ("Date", d),
             ("Message-ID", "<8YQ0W-71KP_67ff6d40@zendesk.com>")],
          T(body)))

# ---------------------------------------------------------------- 065 phishing: voucher reward, demands a reply
d = dt("2025-04-17 00:31:09", UTC)
body = """Dear AWS Certified Professional,

As part of our 2025 loyalty programme you have been selected for a FREE AWS Certification exam voucher (value USD 300).

To claim it, reply to this email within 48 hours with:
  1. your AWS Candidate ID
  2. the e-mail address and password of your AWS Builder ID
  3. your date of birth

Vouchers not claimed in time are released to other candidates.

AWS Certification Rewards Team
"""
add("suspicious", False, None, [],
    "Voucher-reward phishing from aws-certmetrics-rewards.com asking for a reply with credentials; dmarc=none for its own domain.",
    build(gmail_in("aws-certmetrics-rewards.com", "103.152.18.7", dkim="none", spf="pass", dmarc="none",
                   mailfrom="rewards@aws-certmetrics-rewards.com", policy="p=NONE sp=NONE dis=NONE", helo="mail.aws-certmetrics-rewards.com", date=d)
          + [("From", addr("AWS Certification", "rewards@aws-certmetrics-rewards.com")), ("To", ME_PERSONAL),
             ("Reply-To", "claims.aws.voucher@gmail.com"),
             ("Subject", "Congratulations! Your free AWS exam voucher is waiting - reply to claim"), ("Date", d),
             ("Message-ID", mid("065", "aws-certmetrics-rewards.com", "plain"))],
          T(body)))

# ---------------------------------------------------------------- 066 resolved D (Shift_JIS)
d = dt("2025-04-18 02:10:44", UTC)
D_DONE_MID = mid("D-done")
body = """岡部 里奈 様

AWS トレーニングと認定 カスタマーサービスの秋山でございます。

認定記録のお名前を「Rina Okabe」に更新いたしました。
証明書(PDF)は、AWS 認定アカウントの［認定］ページから再度ダウンロードいただけます。
Credly のデジタルバッジへの反映には、最大で48時間ほどかかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

秋山
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: 岡部 里奈 <r.okabe.works@gmail.com>
Sent: 2025/04/15 21:30
Subject: %s

%s
""" % (SUBJ_D, quote("秋山様\n\nご対応ありがとうございます。\n\n名(Given name): Rina\n姓(Family name): Okabe\n\n" + D_REQ_TEXT))
add("resolved", False, CASE_D, [],
    "Case D record fixed (Japanese, Shift_JIS 8bit). Conditional 〜がございましたら; the quoted history still contains the keigo request.",
    build(gmail_in("amazon.com", "54.240.8.31", mailfrom="0100019670@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
             ("Subject", SUBJ_D), ("Date", d), ("Message-ID", D_DONE_MID),
             ("In-Reply-To", D_UPD_MID), ("References", "%s %s %s %s" % (D_U1_MID, D_REQ_MID, D_U2_MID, D_UPD_MID))],
          T(body, charset="shift_jis", cte="8bit"), crlf=True))
