"""Part 4: mid February - 3 March 2025."""
from mailkit import *
from gen_part3 import A_SUBJ, TC, A_ACK_ID, A_HOLD_ID, A_USER2_ID

MESSAGES = []


def add(raw, lab):
    MESSAGES.append((raw, lab))


# 38 --------------------------------------------------------------- re:Post answer (merge vocabulary, not a case)
d = when("2025-02-13 06:12:44", UTC)
plain = """AWS re:Post

Your question has a new answer.

Question: Two AWS Certification accounts under one email - can they be merged?

Answer from EXPERT (hiro_cloud):
"Yes. Submit the Contact AWS Training and Certification form with inquiry type
Certification and detail Account Merge. Support will reply by email and ask you to confirm
which account to keep. Have both candidate IDs ready."

View the answer and accept it if it helped:
https://repost.aws/questions/QUx9kVbT2mS0qm8s7x3c1z9A

You are receiving this email because you asked this question on AWS re:Post.
Manage notifications: https://repost.aws/profile/notifications
"""
add(message([
    recv_icloud(d, "a8-120.smtp-out.amazonses.com", "54.240.8.120", "f1"),
    auth_icloud("repost.aws"),
    ("From", addr("AWS re:Post", "no-reply@repost.aws")),
    ("To", ME_PERSONAL),
    ("Subject", "New answer to your question on AWS re:Post"),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("repost-ans")),
], text(plain)), label("unrelated"))

# 39 --------------------------------------------------------------- A6 still on hold, nothing to do
d = when("2025-02-17 02:03:51", UTC)
A_HOLD2_ID = ses_mid("A-hold2")
plain = """Hello Mirei,

A short update on your case.

Hanamura Data Consulting's alliance lead has confirmed that your association with their
partner organization ends on 28 February, your last working day. Until then the account
remains partner-associated, so your case stays on hold and we expect to resume the merge
in the first days of March.

There is nothing you need to do in the meantime; we will write again once the hold is lifted.

Best,
Sofia M.
AWS Training and Certification Customer Support

-----Original Message-----
From: Mirei Okonogi <%s>
Sent: Monday, February 10, 2025 12:05 PM
To: AWS Training and Certification <%s>
Subject: Re: RE:%s

Hi Sofia,

Yes, I'm still employed there until Friday 28 February 2025, which is my last working day.
My company mailbox will be switched off that evening, so please only use this address from
now on.
""" % (ME_PERSONAL, TC_FORM, A_SUBJ)
add(message([
    recv_icloud(d, "a8-39.smtp-out.amazonses.com", "54.240.8.39", "f2"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", "RE:" + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", A_HOLD2_ID),
    ("In-Reply-To", A_USER2_ID),
    ("References", "%s %s %s" % (A_ACK_ID, A_HOLD_ID, A_USER2_ID)),
], text(plain, cte="quoted-printable")), label("on_hold", False, CASE_A))

# 40 --------------------------------------------------------------- S1 lookalike merge confirmation
d = when("2025-02-18 23:51:06", UTC)
htm = """<html><body style="font-family:Arial;font-size:14px">
<p><img src="https://aws-certification-helpdesk.com/img/aws.png" height="28"></p>
<p>Hello Mirei,</p>
<p>Your certification account merge is ready. Before we continue, confirm that the accounts
below belong to you by signing in with your AWS Builder ID within <b>24 hours</b>.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td><b>Account #1</b></td><td>Login email: m.okonogi.cloud@icloud.com</td></tr>
<tr><td><b>Account #2</b></td><td>Login email: okonogi@hanamura-dc.co.jp</td></tr></table>
<p><a href="https://aws-certification-helpdesk.com/merge/confirm?c=173871554300448"
style="background:#ff9900;color:#000;padding:8px 16px;text-decoration:none">Confirm merge</a></p>
<p>If you do not confirm in time, the certifications on both accounts may be permanently lost.</p>
<p>AWS Training and Certification Customer Support</p></body></html>"""
add(message([
    recv_icloud(d, "mail.aws-certification-helpdesk.com", "45.133.74.19", "f3"),
    auth_icloud("aws-certification-helpdesk.com"),
    ("From", addr("AWS Training & Certification", "case-update@aws-certification-helpdesk.com")),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE 173871554300448] Action required: confirm your account merge"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("phish-merge", "aws-certification-helpdesk.com")),
], html(htm)), label("suspicious"))

# 41 --------------------------------------------------------------- exam result (certification)
d = when("2025-02-21 05:58:20", UTC)
plain = """Dear Mirei Okonogi,

Congratulations! You have passed the AWS Certified Security - Specialty exam and you are
now AWS Certified.

Exam: SCS-C02
Exam date: February 20, 2025
Score: 861 (passing score: 750)

Your score report and certificate are available in your AWS Certification Account. Your
Credly badge will follow within one business day.

As a benefit of your new certification, a 50% discount voucher for your next exam is now
listed under Benefits.

AWS Training and Certification
This mailbox is not monitored.
"""
add(message([
    recv_icloud(d, "mta-202a.certmetrics.com", "198.2.180.34", "f4"),
    auth_icloud("certmetrics.com"),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your AWS Certification exam results"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("cm-result-scs", "certmetrics.com")),
], text(plain, cte="quoted-printable")), label("certification"))

# 42 --------------------------------------------------------------- Credly badge for the new exam
d = when("2025-02-21 19:14:37", UTC)
htm = """<html><body><table width="600" align="center" style="font-family:Helvetica,Arial">
<tr><td><p>Congratulations, Mirei!</p>
<p>You've earned a badge from <b>Amazon Web Services Training and Certification</b>:</p>
<p style="font-size:18px">AWS Certified Security &ndash; Specialty</p>
<p><a href="https://www.credly.com/earner/earned/badge/0b7e2a61-3c9d-4f80-b1e4-9d2c77a5f013">Accept your badge</a>
and let your network know.</p></td></tr>
<tr><td style="font-size:11px;color:#777">Credly, Inc. | <a href="https://www.credly.com/notification_preferences">Email preferences</a></td></tr>
</table></body></html>"""
add(message([
    recv_icloud(d, "o1.ptr3356.credly.com", "149.72.174.90", "f5"),
    auth_icloud("credly.com"),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Subject", "You've earned a badge: AWS Certified Security - Specialty"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("credly-scs", "credly.com")),
], html(htm)), label("badge"))

# 43 --------------------------------------------------------------- farewell invite (company, asks for a reply)
d = when("2025-02-25 09:31:10")
FARE_ID = outlook_mid("farewell-1")
body = """各位

お疲れさまです、北村です。
2 月末でご退職される小此木さんの送別会を下記のとおり開催します。

日時: 2 月 27 日(木) 19:00〜
場所: 桜木町駅前「炉ばた ひなた」
会費: 5,000 円(小此木さんは無料)

出欠を本日中にこのメールへの返信でお知らせください。
寄せ書きのメッセージもお待ちしています。

北村
"""
add(message([
    ("Received", "from TYCPR01MB5502.jpnprd01.prod.outlook.com (2603:1096:400:3c0::7) by\n TYCPR01MB9912.jpnprd01.prod.outlook.com with HTTPS; Tue, 25 Feb 2025 00:31:12 +0000"),
    ("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hanamura-dc.co.jp;"),
    ("From", addr("北村 さやか", "kitamura@hanamura-dc.co.jp")),
    ("To", "dev-team@hanamura-dc.co.jp"),
    ("Cc", addr(ME_NAME_JA, ME_COMPANY)),
    ("Subject", enc("小此木さん送別会のご案内(2/27)")),
    ("Date", date_hdr(d)),
    ("Message-ID", FARE_ID),
    ("Thread-Topic", enc("小此木さん送別会のご案内(2/27)")),
], text(body, cte="quoted-printable"), crlf=True), label("unrelated"))

# 44 --------------------------------------------------------------- owner answers the invite (company, ISO-2022-JP)
d = when("2025-02-25 10:02:33")
body = """北村さん

ご案内ありがとうございます。恐縮ですが、喜んで参加させていただきます!
最後までよろしくお願いします。

小此木

差出人: 北村 さやか <kitamura@hanamura-dc.co.jp>
送信日時: 2025年2月25日 9:31
宛先: dev-team@hanamura-dc.co.jp
CC: 小此木 美玲 <okonogi@hanamura-dc.co.jp>
件名: 小此木さん送別会のご案内(2/27)

各位

お疲れさまです、北村です。
2 月末でご退職される小此木さんの送別会を下記のとおり開催します。
出欠を本日中にこのメールへの返信でお知らせください。
"""
add(message([
    ("From", addr(ME_NAME_JA, ME_COMPANY, "iso-2022-jp")),
    ("To", addr("北村 さやか", "kitamura@hanamura-dc.co.jp", "iso-2022-jp")),
    ("Subject", enc("RE: 小此木さん送別会のご案内(2/27)", "iso-2022-jp")),
    ("Date", date_hdr(d)),
    ("Message-ID", outlook_mid("farewell-2")),
    ("In-Reply-To", FARE_ID),
    ("References", FARE_ID),
    ("Thread-Topic", enc("小此木さん送別会のご案内(2/27)", "iso-2022-jp")),
], text(body, charset="iso-2022-jp", cte="7bit"), crlf=True), label("user_reply"))

# 45 --------------------------------------------------------------- out-of-office auto-reply from a colleague
d = when("2025-02-28 16:40:02")
body = """お疲れさまです。有馬です。

2/28(金)午後〜3/3(月)は休暇のため不在にしております。
3/4(火)以降、順次対応いたします。
お急ぎの場合は dev-team@hanamura-dc.co.jp までご連絡ください。
"""
add(message([
    ("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hanamura-dc.co.jp;"),
    ("From", addr("有馬 健太", "arima@hanamura-dc.co.jp")),
    ("To", addr(ME_NAME_JA, ME_COMPANY)),
    ("Subject", enc("自動応答: 最終出社のご挨拶")),
    ("Date", date_hdr(d)),
    ("Message-ID", outlook_mid("ooo-arima")),
    ("Auto-Submitted", "auto-replied"),
    ("X-MS-Exchange-Inbox-Rules-Loop", ME_COMPANY),
], text(body, cte="base64"), crlf=True), label("unrelated"))

# 46 --------------------------------------------------------------- new employer onboarding
d = when("2025-03-01 11:00:00")
plain = """Hi Mirei,

Welcome to Sorano Labs! We're excited to have you join the Cloud Platform team on
Monday, 3 March.

Your first day:
- 9:30 at the Shibuya office, 12F reception
- Bring your residence card or passport for the employment paperwork
- Your laptop and company account (mirei.okonogi@sorano-labs.jp) will be ready

As an AWS Partner, we list certified engineers in our partner profile. Once you have settled
in, share your Credly profile link with your manager; no rush.

See you on Monday,
Aoi Hasegawa
People Team, Sorano Labs
"""
add(message([
    recv_icloud(d, "mail-yw1-f177.google.com", "209.85.128.177", "f9"),
    auth_icloud("sorano-labs.jp", selector="google"),
    ("From", addr("Aoi Hasegawa", "people@sorano-labs.jp")),
    ("To", ME_PERSONAL),
    ("Subject", "Welcome to Sorano Labs - your first day"),
    ("Date", date_hdr(d)),
    ("Message-ID", "<CAJ7sLx0kP2Hq9w4uYfVb3dJ1m8eQh6nA5tR0@mail.gmail.com>"),
], multi("alternative", [text(plain), html("<div dir=\"ltr\">" + plain.replace("\n", "<br>\n") + "</div>")],
         "000000000000a3e51c062f1b2e70")), label("unrelated"))

# 47 --------------------------------------------------------------- A7 hold lifted, passed on
d = when("2025-03-03 00:47:29", UTC)
A_LIFT_ID = ses_mid("A-lift")
plain = """Hello Mirei,

Good news: the partner association on %s ended on 28 February, so the hold on your
case has been lifted.

I have passed your request to our account operations team. They will prepare the merge and
write to you to go over the details before anything is changed. No action is needed from
you right now.

Best regards,
Haruto I.
AWS Training and Certification Customer Support
""" % ID_COMPANY
add(message([
    recv_icloud(d, "a8-40.smtp-out.amazonses.com", "54.240.8.40", "f10"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", "RE: " + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", A_LIFT_ID),
    ("In-Reply-To", A_HOLD2_ID),
    ("References", "%s %s" % (A_ACK_ID, A_HOLD2_ID)),
], text(plain)), label("case_update", case=CASE_A, ids=[ID_COMPANY]))
