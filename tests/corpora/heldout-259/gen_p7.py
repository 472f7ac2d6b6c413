"""15-21 July 2025: case G finishes; trailing mail."""
from gen_lib import *  # noqa
from gen_p6 import SUBJ_G, REQ_G


def msgs():
    out = []
    # 058 case_update G ---------------------------------------------------------
    d = T("2025-07-15 00:31:20", UTC)
    out.append(M(("case_update", False, CASE_G, []),
        "Short update: confirmation received, merge team working on it; 'we will let you know' — no ask. Quotes the owner's confirmation.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, subject=SUBJ_G, date=d,
        msgid=mid("058", "<010001980c5e7b93-a2f81d06-4b9c-4e57-8d3a-07e6c1b5f924-000000@email.amazonses.com>"),
        irt=MID["057"], refs=[MID["050"], MID["053"], MID["056"], MID["057"]],
        body=text("""辻本 様

ご確認いただきありがとうございます。統合作業を担当チームに依頼いたしました。
完了しましたら改めてご連絡いたします。

中村

> AWS09341275 と AWS05560127 はどちらも私のアカウントです。AWS09341275 を残して統合をお願いいたします。
""", cte="quoted-printable")))

    # 059 Microsoft support closed ---------------------------------------------
    d = T("2025-07-15 04:48:36", UTC)
    out.append(M(("unrelated", False, None, []),
        "Microsoft certification support: 'your support case was closed… reply within 7 days to reopen' — another vendor's closing notice with a 16-digit case number.",
        received=[rcv_gmail("mail-ma1ind01on2048.outbound.protection.outlook.com", "40.107.138.48", d)],
        auth=auth_gmail("microsoft.com", mfrom="microsoft.com", ip="40.107.138.48", sel="selector2"),
        **{"from": addr("Microsoft Certification Support", "mcpsupport@microsoft.com")}, to=ME_PERSONAL,
        subject="Case 2507100040012876: Transfer of certifications to personal profile - closed",
        date=d, msgid=mid("059", "<MA0P287MB1283C4A7E1F09B2D5E6C3A8B9F0@MA0P287MB1283.INDP287.PROD.OUTLOOK.COM>"),
        body=text("""Dear Haruka,

We have not heard back from you regarding case 2507100040012876, so we have closed it. If you still need help merging your Microsoft Learn profiles, reply to this email within 7 days and the case will be reopened.

Kind regards,
Microsoft Certification Support
""")))

    # 060 resolved G (English, quotes Japanese request) ------------------------------
    d = T("2025-07-15 08:02:14", UTC)
    out.append(M(("resolved", False, CASE_G, [CAND_STRAY, CAND_NEW]),
        "Merge done, in English under a Japanese thread; says 'no further action is required'; quotes the Japanese confirmation request (ご確認いただけますでしょうか) under an Outlook-style header.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, subject=SUBJ_G, date=d,
        msgid=mid("060", "<010001980ddf3c70-e91a5b24-7f03-4c6d-b1e8-5a2d09c7e316-000000@email.amazonses.com>"),
        irt=MID["058"], refs=[MID["050"], MID["053"], MID["057"], MID["058"]],
        body=text("""Hello Haruka,

I have merged AWS05560127 into AWS09341275. Your Credly connection now points at the merged account, and your badges should appear in Credly within 24 hours. No further action is required.

Best regards,
Sven
AWS Training and Certification

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, July 9, 2025 5:12 AM
Subject: RE:[CASE 175194961300652] [AWS Training and Certification Form Submission] - account-assistance

""" + REQ_G + "\n", cte="base64")))

    # 061 Credly badge ------------------------------------------------------------
    d = T("2025-07-15 09:10:02", UTC)
    out.append(M(("badge", False, None, []),
        "Credly badge for the new Security Specialty certification, plain text only.",
        received=[rcv_gmail("o1.email.credly.com", "167.89.71.12", d)],
        auth=auth_gmail("credly.com", mfrom="email.credly.com", ip="167.89.71.12", dmarc_policy="NONE"),
        **{"from": addr("Credly", "admin@credly.com")}, to=ME_PERSONAL,
        subject="Haruka, claim your AWS Certified Security - Specialty badge",
        date=d, msgid=mid("061", "<Rq7xP3nV0bT8wZ2mLc5dkA@geopod-ismtpd-3>"),
        body=text("""Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Security - Specialty.

Accept it here: https://www.credly.com/badges/9c0e2d71-5b4a-4f8e-a613-7d2b0f9e8c45/accept

The Credly Team
""")))

    # 062 survey G (HTML only) -------------------------------------------------------
    d = T("2025-07-16 03:00:40", UTC)
    out.append(M(("survey", False, CASE_G, []),
        "HTML-only survey with rating buttons for case G; 'Please take a moment' is a feedback request, not a case request.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("AWS Customer Service", "aws-cs-survey@amazon.com")}, to=ME_PERSONAL,
        subject="Please take a moment to rate your AWS Training and Certification support",
        date=d, msgid=mid("062", "<0100019812e7a5b1-3c90f6d4-8a21-4e7b-9f05-b6d1c2e8a073-000000@email.amazonses.com>"),
        body=html("""<html><body style="font-family:Arial"><p>Hello Haruka,</p>
<p>Please take a moment to tell us how we did on case <b>175194961300652</b>.</p>
<table><tr>
<td><a href="https://survey.aws-cs.amazon.com/r/175194961300652?s=5" style="background:#1d8102;color:#fff;padding:8px">Very satisfied</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r/175194961300652?s=3" style="background:#888;color:#fff;padding:8px">Neutral</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r/175194961300652?s=1" style="background:#d13212;color:#fff;padding:8px">Dissatisfied</a></td>
</tr></table><p style="font-size:11px">Replies to this message are not read.</p></body></html>""")))

    # 063 Japanese phishing -------------------------------------------------------------
    d = T("2025-07-17 10:25:51", UTC)
    out.append(M(("suspicious", False, None, []),
        "Japanese phishing from aws-certification-jp.com (DKIM pass for its own domain) with keigo, asks to reply with the Builder ID password and candidate ID 'to complete the merge'.",
        received=[rcv_gmail("mail.aws-certification-jp.com", "103.151.238.12", d)],
        auth=auth_gmail("aws-certification-jp.com", mfrom="aws-certification-jp.com", ip="103.151.238.12", dmarc_policy="NONE"),
        **{"from": addr("AWS トレーニングと認定", "support@aws-certification-jp.com")}, to=ME_PERSONAL,
        subject="【重要】AWS認定アカウント統合の最終確認のお願い",
        date=d, msgid=mid("063", "<20250717192551.81c3e0@aws-certification-jp.com>"),
        body=multi("alternative",
            text("""お客様各位

AWS 認定アカウントの統合処理が最終段階にございます。
本人確認のため、AWS ビルダー ID のメールアドレスとパスワード、ならびに候補 ID を
本メールへのご返信にてお知らせいただけますでしょうか。

48時間以内にご返信がない場合、統合は取り消され、認定資格が失効いたします。

AWS トレーニングと認定 サポートセンター
""", cte="base64"),
            html("""<html><body><p>お客様各位</p><p>AWS 認定アカウントの統合処理が最終段階にございます。<br>本人確認のため、AWS ビルダー ID のメールアドレスとパスワード、ならびに候補 ID を本メールへのご返信にてお知らせいただけますでしょうか。</p><p><b>48時間以内にご返信がない場合、統合は取り消され、認定資格が失効いたします。</b></p><p>AWS トレーニングと認定 サポートセンター</p></body></html>""", cte="base64"))))

    # 064 Google Cloud certification renewal --------------------------------------------
    d = T("2025-07-18 16:00:05", UTC)
    out.append(M(("unrelated", False, None, []),
        "Google Cloud certification renewal reminder — certification mail from another vendor.",
        received=[rcv_gmail("mail-sor-f69.google.com", "209.85.220.69", d)],
        auth=auth_gmail("google.com", mfrom="scoutcamp.bounces.google.com", ip="209.85.220.69", sel="20230601", dmarc_policy="REJECT"),
        **{"from": addr("Google Cloud Certification", "cloud-certification-noreply@google.com")}, to=ME_PERSONAL,
        subject="Your Professional Cloud Architect certification is eligible for renewal",
        date=d, msgid=mid("064", "<000000000000b4e1a7063a2f9d11@google.com>"),
        body=text("""Hi Haruka,

Your Google Cloud Professional Cloud Architect certification expires on October 21, 2025. You can take the renewal exam starting today.

Schedule your renewal: https://cloud.google.com/learn/certification/renew

Google Cloud Certification team
""")))

    # 065 AWS Certification benefits -------------------------------------------------------
    d = T("2025-07-21 14:05:33", UTC)
    out.append(M(("certification", False, None, [CAND_NEW]),
        "CertMetrics benefits notice (voucher available / expiry) in HTML with a table — overlaps the voucher topic of case A but is program mail, not a case reply.",
        received=[rcv_gmail("mail113.certmetrics.com", "198.2.133.113", d)],
        auth=auth_gmail("certmetrics.com", mfrom="certmetrics.com", ip="198.2.133.113", dmarc_policy="NONE"),
        **{"from": addr("AWS Certification", "do-not-reply@certmetrics.com")}, to=ME_PERSONAL,
        subject="Reminder: you have an unused AWS Certification benefit",
        date=d, msgid=mid("065", "<20250721140533.2b8f6d09ae@certmetrics.com>"),
        body=multi("alternative",
            text("""Hello Haruka,

Candidate ID AWS09341275 has an unused benefit:

  50% discount on your next exam - expires May 26, 2026

Find the code under Benefits in your AWS Certification Account.

AWS Training and Certification
"""),
            html("""<html><body><p>Hello Haruka,</p><p>Candidate ID AWS09341275 has an unused benefit:</p><table border="1" cellpadding="5" style="border-collapse:collapse"><tr><th>Benefit</th><th>Expires</th></tr><tr><td>50% discount on your next exam</td><td>May 26, 2026</td></tr></table><p>Find the code under Benefits in your AWS Certification Account.</p><p>AWS Training and Certification</p></body></html>"""))))
    return out
