"""Messages 017-024: program mail, vendor mail, HR; case A and duplicate case B open."""
from common import *


def build():
    # 017 certification expiry notice
    d = "Tue, 14 Jan 2025 16:00:04 +0000"
    txt = """Dear Mizuho Kanzaki,

Your AWS Certified Developer - Associate certification expires on 14 April 2025.

To keep your certification active, pass the current version of the exam (or a
qualifying higher-level exam) before that date. Your 50%% exam benefit can be used
toward recertification.

Candidate ID: %s

If you have already recertified, you can disregard this message.

AWS Certification
""" % ID_OLD
    add([rx(WORK_MX, "mta-07.certmetrics.com", "198.51.100.7", d),
         auth(WORK_MX, "certmetrics.com", "bounces@certmetrics.com", "certmetrics.com", ip="198.51.100.7"),
         ("Date", d), ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_WORK),
         ("Subject", "Your AWS Certification expires in 90 days"),
         ("Message-ID", mid("expiry90", "certmetrics.com"))],
        leaf(txt, cte="7bit"), "certification", False, None, [ID_OLD],
        "certification expiry reminder", "'To keep...pass' reads like an ask; program mail, not a case")

    # 018 Pearson VUE appointment confirmation
    d = "Tue, 21 Jan 2025 05:30:19 +0000"
    txt = """Dear Mizuho Kanzaki,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Date and time: Saturday, 22 February 2025, 10:00 JST
Location: OnVUE online proctored
Registration ID: 418827306
AWS Candidate ID: %s

Please run the system test on the computer you will use before exam day, and have
your government-issued ID ready at check-in.

Pearson VUE
""" % ID_OLD
    add([rx(WORK_MX, "mail2.pearsonvue.com", "159.182.40.11", d),
         auth(WORK_MX, "pearson.com", "pvconfirm@pearson.com", "pearson.com", ip="159.182.40.11"),
         ("Date", d), ("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")), ("To", ME_WORK),
         ("Subject", "Pearson VUE Confirmation of Booking"),
         ("Message-ID", mid("pv-book", "pearson.com"))],
        leaf(txt), "unrelated", False, None, [ID_OLD],
        "exam vendor booking confirmation", "9-digit registration id; candidate ID present; imperative prep steps")

    # 019 colleague (Japanese)
    d = "Tue, 04 Feb 2025 17:12:50 +0900"
    body = """神崎さん

お疲れさまです、荒井です。
3月末で退職されると伺いました。寂しくなります…。

引き継ぎの件ですが、AWSアカウントの請求アラート設定と、
Partner Central のユーザー管理はどちらに引き継ぐ予定でしょうか？
今週中にわかれば助かります。

荒井
"""
    add([("Received", "from mbx03.tessera-sys.co.jp by %s; %s" % (WORK_MX, d)),
         ("Date", d), ("From", addr("荒井 悠斗", "y-arai@tessera-sys.co.jp")), ("To", ME_WORK),
         ("Subject", subj("引き継ぎについて")),
         ("Message-ID", mid("arai-hikitsugi", "tessera-sys.co.jp"))],
        leaf(body, cte="8bit"), "unrelated", False, None, [],
        "colleague asks about handover", "a real question to the owner, but not support; mentions Partner Central")

    # 020 recertification congratulations
    d = "Thu, 13 Feb 2025 09:44:18 +0000"
    txt = """Hello Mizuho,

Congratulations on recertifying your AWS Certified Developer - Associate certification!
Your new expiration date is 22 February 2028.

Your updated certificate is available in your AWS Certification Account, and Credly
will update your badge shortly.

AWS Certification
"""
    html = "<html><body><h3>Congratulations on recertifying!</h3><p>Hello Mizuho,</p>" \
           "<p>Your <b>AWS Certified Developer - Associate</b> certification is renewed. " \
           "New expiration date: <b>22 February 2028</b>.</p><p>AWS Certification</p></body></html>"
    add([rx(WORK_MX, "mta-03.certmetrics.com", "198.51.100.3", d),
         auth(WORK_MX, "certmetrics.com", "bounces@certmetrics.com", "certmetrics.com", ip="198.51.100.3"),
         ("Date", d), ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_WORK),
         ("Subject", "Congratulations on recertifying your AWS Certification!"),
         ("Message-ID", mid("recert", "certmetrics.com"))],
        multi("alternative", [leaf(txt, cte="7bit"), leaf(html, "html")], "=_cm_b2"),
        "certification", False, None, [],
        "recertification notice", "program mail; mentions account and Credly")

    # 021 AWS marketing
    d = "Tue, 18 Feb 2025 01:00:00 +0000"
    html = """<html><body>
<h1>AWS Summit Japan 2025 — Registration is open</h1>
<p>Join us in Chiba for two days of keynotes, hands-on labs and the Certification Lounge,
open to all AWS Certified attendees.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_reg">Register now</a></p>
<p style="font-size:10px">To unsubscribe from AWS marketing e-mail, visit the subscription center.
Amazon Web Services, Inc. 410 Terry Ave N, Seattle, WA 98109</p>
</body></html>"""
    add([rx(PERSONAL_MX, "a9-88.smtp-out.amazonses.com", "54.240.9.88", d),
         auth(PERSONAL_MX, "amazon.com", "0100018d@amazonses.com", "amazon.com", ip="54.240.9.88"),
         ("Date", d), ("From", addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com")),
         ("To", ME_PERSONAL), ("Subject", "Registration is open: AWS Summit Japan 2025"),
         ("Message-ID", mid("summit", "email.amazonses.com")),
         ("List-Unsubscribe", "<mailto:unsubscribe-aws@amazon.com>")],
        leaf(html, "html"), "unrelated", False, None, [],
        "AWS marketing", "real AWS domain, mentions certification")

    # 022 HR: resignation paperwork (Shift_JIS)
    d = "Fri, 21 Feb 2025 10:05:00 +0900"
    body = """神崎 瑞穂 さん

人事部の森です。退職に伴う手続きについてご案内します。

1. 3月28日（金）までに貸与PC・入館証を情報システム部へ返却してください。
2. 会社のメールアカウントは3月31日（月）23:59に停止します。
   外部サービスに会社アドレスで登録している場合は、それまでに変更をお済ませください。
3. 源泉徴収票は退職後に郵送します。

不明点は人事部までどうぞ。

人事部 森 綾香
"""
    add([("Received", "from mbx01.tessera-sys.co.jp by %s; %s" % (WORK_MX, d)),
         ("Date", d), ("From", addr("人事部 森", "hr-desk@tessera-sys.co.jp", "shift_jis")), ("To", ME_WORK),
         ("Subject", subj("【人事部】退職手続きのご案内", "shift_jis")),
         ("Message-ID", mid("hr-taishoku", "tessera-sys.co.jp"))],
        leaf(body, charset="shift_jis", cte="base64"), "unrelated", False, None, [],
        "HR: resignation paperwork", "Shift_JIS; deadlines and 'please change addresses' (not support)")

    # 023 case A acknowledgement (English, personal address)
    d = "Mon, 03 Mar 2025 10:06:40 +0000"
    body = """Hello,

Thanks for reaching out to Amazon Web Services. Case %s has been created
for your request. Here is a summary of what you submitted:

Case ID: %s
Subject: account-assistance
Severity: General
Inquiry type: Certification / Account Merge
Correspondence:
Use case: I am leaving Tessera Systems at the end of March and my company e-mail will
stop working. I would like to merge my certification accounts.
Old account e-mail: %s (candidate ID %s)
Account to keep: %s (candidate ID %s)

A member of our team will respond, usually within 24 hours. If you have already opened
a case for this request, please do not open another one; duplicate cases slow down our
response.

Sincerely,
Amazon Web Services
""" % (CASE_A, CASE_A, ME_WORK, ID_OLD, ME_PERSONAL, ID_NEW)
    add([rx(PERSONAL_MX, "a9-23.smtp-out.amazonses.com", "54.240.9.23", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.23"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-ack", "email.amazonses.com"))],
        leaf(body), "acknowledgement", False, CASE_A, [ID_OLD, ID_NEW],
        "case A opened (merge company -> personal)",
        "'please do not open another one' is boilerplate; echo of the form lists candidate IDs")

    # 024 case B acknowledgement: duplicate submitted from work address (Japanese, base64)
    d = "Mon, 03 Mar 2025 10:31:50 +0000"
    body = """Amazon Web Services にお問い合わせいただきありがとうございます。
ケース %s を作成いたしました。ケースの詳細は以下のとおりです:

ケース ID: %s
件名: account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容:
退職のため、会社アドレスの認定アカウント（%s）を個人アカウント（%s）に統合したいです。

担当者より、おおむね1営業日以内にご連絡いたします。同じご依頼について既にケースを
お持ちの場合は、追加のケースを作成されませんようお願いいたします。

Amazon Web Services
""" % (CASE_B, CASE_B, ID_OLD, ID_NEW)
    add([rx(WORK_MX, "a8-13.smtp-out.amazonses.com", "54.240.8.13", d),
         auth(WORK_MX, "amazon.com", "0100018a@amazonses.com", "amazon.com", ip="54.240.8.13"),
         ("Date", d), ("From", TC_FORM), ("To", ME_WORK),
         ("Subject", "[CASE %s] %s" % (CASE_B, SUBJ_TC)),
         ("Message-ID", mid("B-ack", "email.amazonses.com"))],
        leaf(body, cte="base64"), "acknowledgement", False, CASE_B, [ID_OLD, ID_NEW],
        "duplicate case B opened from the work address",
        "second case for the same request 25 minutes later; Japanese; base64")
