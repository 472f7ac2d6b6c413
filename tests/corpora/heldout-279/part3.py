from common import *

# 022 Pearson VUE booking confirmation (exam vendor)
T022 = """Dear Noriko Hasegawa,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam: AIF-C01: AWS Certified AI Practitioner
Date and time: Saturday, March 15, 2025 2:00 PM Japan Standard Time
Location: Pearson Professional Centers - Tokyo Shinjuku
Registration ID: 487215063
Candidate ID: AWS04417263

Please arrive 30 minutes before your appointment with two valid forms of identification.
To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the
appointment.

Pearson VUE
"""
add("022", ("unrelated", False, None, [ID_OLD]), addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_C,
    "Pearson VUE Confirmation of Booking", when("2025-03-12 10:03:27"), mid("m022", "pearson.com"),
    alt(T022, html_page(paras(T022)), "=_NextPart_022_4B1A"), pre=[("Authentication-Results", ms_auth("pearson.com", ip="159.182.1.20"))])

# 023 IT helpdesk notice (bilingual)
T023 = """[IT Helpdesk] Mailbox deactivation schedule / メールボックス停止予定のお知らせ

This is an automated notice. The following mailbox is scheduled for deactivation:
  n-hasegawa@kitamura-lg.co.jp  -- 2025-03-31 18:00 JST
Messages sent to this address after that time will be returned to the sender.

以下のメールボックスは上記日時で停止されます。停止後に届いたメールは送信者に返送されます。
個人的に必要なメールは停止前にご自身で保存してください（業務データの持ち出しは禁止です）。

Kitamura Logistics IT Helpdesk
"""
add("023", ("unrelated", False, None, []), addr("IT Helpdesk", "it-helpdesk@kitamura-lg.co.jp"), ME_C,
    "[IT Helpdesk] Mailbox deactivation schedule / メールボックス停止予定のお知らせ", when("2025-03-14 17:20:00"),
    mid("m023", "kitamura-lg.co.jp"), leaf(T023, cte="quoted-printable"))

# 024 exam result (certification)
H024 = html_page("""<p>Congratulations, Noriko!</p>
<p>You passed the <b>AWS Certified AI Practitioner</b> exam you took on March 15, 2025. Your new certification
is now shown in your AWS Certification Account, together with your score report.</p>
<table cellpadding="4" style="border-collapse:collapse"><tr><td>Candidate ID</td><td>AWS04417263</td></tr>
<tr><td>Validation number</td><td>7Q2LMB4K1F4E1XS9</td></tr><tr><td>Expires</td><td>March 15, 2028</td></tr></table>
<p>Watch for an email from Credly with your digital badge.</p><p>AWS Training and Certification</p>""")
add("024", ("certification", False, None, [ID_OLD]), CERTM, ME_C,
    "Congratulations! You are now AWS Certified", when("2025-03-17 08:11:02"), mid("m024", "certmetrics.com"),
    leaf(H024, "html", cte="base64"), pre=[("Authentication-Results", ms_auth("certmetrics.com", ip="168.245.12.7"))])

# 025 Credly badge
T025 = """Noriko, you've earned a badge!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified AI Practitioner".

Accept your badge: https://www.credly.com/badges/3f6b2c1e-8d4a-4e0b-9a57-2c61f0e7d4b8/accept

Share it on LinkedIn to let your network know about your achievement.

Credly, Inc. | 20 W 37th St, New York, NY 10018
"""
add("025", ("badge", False, None, []), addr("Credly", "admin@credly.com"), ME_C,
    "Noriko, you've earned a badge from Amazon Web Services Training and Certification",
    when("2025-03-17 08:40:55"), mid("m025", "credly.com"), alt(T025, html_page(paras(T025)), "mimepart_67d7a1f3c0a1_2"),
    pre=[("Authentication-Results", ms_auth("credly.com", ip="198.2.180.11"))])

# 026 exam-experience survey from CertMetrics (certification, not a case survey)
T026 = """AWS Certification wants to hear from you

Hi Noriko,

You recently took an AWS Certification exam. Tell us about your experience, from scheduling to
exam day, in a short survey (about 5 minutes). Your answers help us improve the program.

Start the survey: https://survey.certmetrics.com/aws/s/9a1b77e2

Thank you,
AWS Certification
"""
add("026", ("certification", False, None, []), CERTM, ME_C, "AWS Certification wants to hear from you",
    when("2025-03-19 09:30:00"), mid("m026", "certmetrics.com"), leaf(T026, cte="7bit", charset="us-ascii"))

# 027 spoofed amazon.com sender, DMARC fails
T027 = """Hello,

We are finalizing the account merge you requested for your AWS Certification profile.
Before we can transfer your certifications, we must verify that you own the destination
AWS Builder ID.

Please reply to this email with:
  - the email address and password of your AWS Builder ID
  - the 6-digit code you receive from AWS after signing in

If we do not receive this information within 48 hours, your request will be cancelled and the
certifications of the old account may be lost.

Regards,
AWS Training and Certification Customer Support
"""
add("027", ("suspicious", False, None, []), TCA, ME_P, "Your account merge request - identity verification required",
    when("2025-03-18 07:40:12", UTC), mid("m027", "amazon.com"), leaf(T027, cte="7bit", charset="us-ascii"),
    pre=[("Authentication-Results", gm_auth("amazon.com", ok=False, ip="185.234.72.19", mailfrom="aws-cs-trainingcertification-form@amazon.com")),
         ("Received", "from vps-8812.hostlite.net (vps-8812.hostlite.net [185.234.72.19]) by mx.google.com with ESMTP id a1si12 for <%s>; Tue, 18 Mar 2025 00:40:13 -0700 (PDT)" % ME_P)])

# 028 Skill Builder receipt
T028 = """Thank you for your order

AWS Skill Builder Individual subscription (monthly)
Order number: SB-2025-0321-77410
Amount: USD 29.00
Payment method: Visa ending in 4417
Billing period: March 21, 2025 - April 20, 2025

You can manage or cancel your subscription at any time from your Skill Builder account settings.

AWS Training and Certification
"""
add("028", ("unrelated", False, None, []), addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder subscription receipt", when("2025-03-21 11:02:40"), ses_mid("m028"),
    alt(T028, html_page(paras(T028)), "----=_Part_7701_1742522560"), pre=[("Authentication-Results", gm_auth("aws.training"))])

# 029 another vendor's ticket closed for no reply
T029 = """長谷川 典子 様

いつも「かけいぼクラウド」をご利用いただき、ありがとうございます。
カスタマーサポートの大野です。

お問い合わせ番号 [#482913]「口座連携が更新されない」につきまして、
前回のご連絡から7日間ご返信がございませんでしたので、本お問い合わせはいったんクローズとさせていただきました。

引き続きご不明な点がございましたら、本メールにご返信いただくことで再度ご案内いたします。

かけいぼクラウド カスタマーサポート
"""
add("029", ("unrelated", False, None, []), addr("かけいぼクラウド サポート", "support@kakeibo-cloud.jp"), ME_P,
    "[#482913] お問い合わせのクローズについて", when("2025-03-24 10:00:00"), mid("m029", "kakeibo-cloud.zendesk.com"),
    alt(T029, html_page(paras(T029)), "--==_mimepart_029zd", cte="base64"),
    pre=[("Authentication-Results", gm_auth("kakeibo-cloud.jp", ip="192.161.148.11"))])

# 030 farewell party (colleague), asks for attendance - not AWS
T030 = """経理部の皆さま

お疲れさまです。山本です。
3月末でご退職される長谷川さんの送別会を、下記のとおり開催します。

日時：3月28日（金）19:00〜
場所：新橋「さくら庵」
会費：4,000円

出欠を3月26日までにこのメールへの返信でお知らせください。
長谷川さんへの寄せ書きは、総務の田中さんの席に置いてあります。

山本 俊介
"""
add("030", ("unrelated", False, None, []), addr("山本 俊介", "s-yamamoto@kitamura-lg.co.jp"), "keiri-all@kitamura-lg.co.jp",
    "送別会のご案内（長谷川さん）", when("2025-03-24 15:45:00"), mid("m030", "kitamura-lg.co.jp"),
    leaf(T030, cte="quoted-printable"), cc=MEC)

# 031 hold lifted (case update)
T031 = """Hello Noriko,

I hope your last days at Kitamura Logistics went well.

Good news: our partner operations team has removed the connection between your old certification
account and the partner profile, so the hold on your case has been lifted. Your request is now back
with our merge team.

A colleague will write to you shortly with the details of both accounts so that you can check them
before anything is changed. There is nothing for you to do until that email arrives.

Best regards,
Mei L.
AWS Training and Certification Customer Support
"""
add("031", ("case_update", False, CA, []), TCA, ME_P, "RE:" + SUBJ_A, when("2025-04-01 02:10:09", UTC), MID["a_lift"],
    leaf(T031, cte="quoted-printable"), pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="010001959a2b@email.amazonses.com"))])

# 032 bounce: owner tests her old company address after it closed
T032 = """** Address not found **

Your message wasn't delivered to n-hasegawa@kitamura-lg.co.jp because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient n-hasegawa@kitamura-lg.co.jp not found by SMTP address lookup
"""
rep = multi("report", [leaf(T032, cte="7bit", charset="us-ascii"),
                       Part([("Content-Type", "message/delivery-status")],
                            b"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; n-hasegawa@kitamura-lg.co.jp\nAction: failed\nStatus: 5.1.10\n"),
                       Part([("Content-Type", "text/rfc822-headers")],
                            ("From: Noriko Hasegawa <%s>\nTo: n-hasegawa@kitamura-lg.co.jp\nSubject: test\nDate: Tue, 1 Apr 2025 10:05:12 +0900\n" % ME_P).encode())],
            "000000000000d8aa0e0631ab1c55", "; report-type=delivery-status")
add("032", ("unrelated", False, None, []), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", when("2025-04-01 10:05:20"), gmid("m032"), rep,
    post=[("Auto-Submitted", "auto-replied")])
