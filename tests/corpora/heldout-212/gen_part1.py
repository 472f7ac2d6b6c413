"""Part 1: October - December 2024 (case B and the mail around it)."""
from mailkit import *

MESSAGES = []


def add(raw, lab):
    MESSAGES.append((raw, lab))


# 1 ---------------------------------------------------------------- connpass (Japanese, base64)
d = when("2024-10-02 12:04:51")
body = """小此木 美玲 さん

connpass からのお知らせです。あなたがメンバーになっているグループ
「JAWS-UG 横浜」で新しいイベントが公開されました。

■ JAWS-UG 横浜 #71 認定資格の更新、どうしてる？ LT 大会
日時: 2024/10/24(木) 19:00 〜 21:00
会場: 横浜市西区みなとみらい(オンライン併催)
参加枠: 現地 40 名 / オンライン 200 名

資格を取りっぱなしにしない、更新と転職時のアカウント整理について
みんなで話しましょう。LT 枠も募集中です。

イベントページで参加登録してください:
https://jawsug-yokohama.connpass.com/event/331847/

このメールは connpass から自動送信されています。
配信設定の変更: https://connpass.com/settings/
"""
add(message([
    ("Return-Path", "<bounce+e3a1@mail.connpass.com>"),
    recv_icloud(d, "o7.mail.connpass.com", "167.89.101.18", "c1"),
    auth_icloud("connpass.com"),
    ("From", addr("connpass", "no-reply@connpass.com")),
    ("To", ME_PERSONAL),
    ("Subject", enc("【JAWS-UG 横浜】新しいイベントが公開されました: #71 認定資格の更新、どうしてる？")),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("connpass-331847", "mail.connpass.com")),
    ("List-Unsubscribe", "<https://connpass.com/settings/>"),
], text(body, cte="base64")), label("unrelated"))

# 2 ---------------------------------------------------------------- certmetrics recert (lands on duplicate profile)
d = when("2024-10-05 02:17:40", UTC)
plain = """Congratulations, Mirei!

You have successfully recertified AWS Certified Solutions Architect - Professional.
Your certification is now valid through October 3, 2027.

Candidate ID: %s
Validation number: 7QKX2M1LBJ4Q1W3D

Your digital badge will be issued by Credly, our badge partner. Look out for an email from
Credly with instructions to accept it.

You can download your certificate and review your benefits in your AWS Certification
Account at any time.

AWS Training and Certification

This is an automated message. Please do not reply.
""" % ID_DUP
htm = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#232f3e">Congratulations, Mirei!</h2>
<p>You have successfully recertified <b>AWS Certified Solutions Architect - Professional</b>.<br>
Your certification is now valid through <b>October 3, 2027</b>.</p>
<table cellpadding="4"><tr><td>Candidate ID:</td><td>%s</td></tr>
<tr><td>Validation number:</td><td>7QKX2M1LBJ4Q1W3D</td></tr></table>
<p>Your digital badge will be issued by Credly, our badge partner. Look out for an email from
Credly with instructions to accept it.</p>
<p><a href="https://cp.certmetrics.com/amazon/en/home/dashboard">Go to your AWS Certification Account</a></p>
<p style="font-size:11px;color:#888">This is an automated message. Please do not reply.</p>
</body></html>""" % ID_DUP
add(message([
    recv_icloud(d, "mta-202a.certmetrics.com", "198.2.180.34", "c2"),
    auth_icloud("certmetrics.com"),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Congratulations on recertifying your AWS Certification!"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("cm-recert-1", "certmetrics.com")),
], multi("alternative", [text(plain, cte="quoted-printable"), html(htm)], "=_cm_9f2a71")),
    label("certification", ids=[ID_DUP]))

# 3 ---------------------------------------------------------------- GitHub merged PR
d = when("2024-10-09 08:41:12", UTC)
plain = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/okg-labs/terraform-aws-cert-lab/pull/482#event-14583019927
You are receiving this because you authored the thread.
"""
add(message([
    recv_icloud(d, "out-24.smtp.github.com", "192.30.252.207", "c3"),
    auth_icloud("github.com"),
    ("From", addr("Kenta Arima", "notifications@github.com")),
    ("Reply-To", "okg-labs/terraform-aws-cert-lab <reply+AAQ3KHG2XX6Y@reply.github.com>"),
    ("To", "okg-labs/terraform-aws-cert-lab <terraform-aws-cert-lab@noreply.github.com>"),
    ("Cc", "Mirei Okonogi <%s>, Author <author@noreply.github.com>" % ME_PERSONAL),
    ("Subject", "Re: [okg-labs/terraform-aws-cert-lab] Merge duplicate account modules into one (PR #482)"),
    ("Date", date_hdr(d)),
    ("Message-ID", "<okg-labs/terraform-aws-cert-lab/pull/482/issue_event/14583019927@github.com>"),
    ("In-Reply-To", "<okg-labs/terraform-aws-cert-lab/pull/482@github.com>"),
    ("References", "<okg-labs/terraform-aws-cert-lab/pull/482@github.com>"),
    ("X-GitHub-Reason", "author"),
], text(plain)), label("unrelated"))

# 4 ---------------------------------------------------------------- B1 acknowledgement (11-digit case)
d = when("2024-10-14 05:58:02", UTC)
B_ACK_ID = ses_mid("B-ack")
plain = """Hello,

Thanks for reaching out to AWS Training and Certification. This message confirms that we
received your request and opened case %s.

We normally answer within one business day; some requests need a little longer so that we
can find the right solution. To avoid delays, please don't submit another form for the same
request. If you need to add something, simply reply to this message and keep the case number
in the subject line.

Here is a copy of what you sent:
------------------------------------------------------------
Inquiry type: Certification
Additional detail: Account Merge
Email: %s
Candidate ID: %s

Description:
I seem to have two certification profiles under the same email address. The second one
(%s) was created by mistake when I signed in with my Builder ID. My recertification
on 3 October was recorded on it and the Credly badge does not appear. Please combine them
and keep the original profile.
------------------------------------------------------------

Sincerely,
AWS Training and Certification Customer Support
""" % (CASE_B, ME_PERSONAL, ID_PERSONAL, ID_DUP)
add(message([
    recv_icloud(d, "a8-31.smtp-out.amazonses.com", "54.240.8.31", "c4"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_PERSONAL),
    ("Subject", "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B),
    ("Date", date_hdr(d)),
    ("Message-ID", B_ACK_ID),
], text(plain)), label("acknowledgement", case=CASE_B, ids=[ID_PERSONAL, ID_DUP]))

# 5 ---------------------------------------------------------------- AWS invoice
d = when("2024-10-15 01:03:55", UTC)
plain = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 4471,
is available on the AWS web site. Your account will be charged the following:

Total: $18.42

You can see a complete break down of all charges on the Billing & Cost Management page
located at https://console.aws.amazon.com/billing/home#/bills

[AWS ID 508211934471]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109-5210.
"""
add(message([
    recv_icloud(d, "a8-77.smtp-out.amazonses.com", "54.240.8.77", "c5"),
    auth_icloud("amazon.com"),
    ("From", addr("Amazon Web Services", "aws-billing@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Amazon Web Services Billing Statement Available [Account: 508211934471]"),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("bill-oct")),
], text(plain)), label("unrelated"))

# 6 ---------------------------------------------------------------- Amazon.co.jp shipping (not AWS)
d = when("2024-10-17 18:22:09")
body = """小此木 美玲 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4418207-3390617
お届け予定: 10月19日(土)

  AWS認定 ソリューションアーキテクト プロフェッショナル 試験対策テキスト 第2版
  数量: 1

配送状況は「注文履歴」からご確認いただけます。
このメールは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon.co.jp
"""
add(message([
    recv_icloud(d, "a27-41.smtp-out.us-west-2.amazonses.com", "54.240.27.41", "c6"),
    auth_icloud("amazon.co.jp"),
    ("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")),
    ("To", ME_PERSONAL),
    ("Subject", enc("Amazon.co.jp ご注文の商品を発送しました")),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("amzn-jp-ship")),
], text(body, cte="quoted-printable")), label("unrelated"))

# 7 ---------------------------------------------------------------- B3 resolved, quotes the form text
d = when("2024-10-22 09:12:30", UTC)
B_RES_ID = ses_mid("B-resolved")
plain = """Hello Mirei,

Apologies for the wait; we have had an unusually high number of requests this month.

The two profiles registered to %s have now been combined. Everything that was recorded
on %s, including the recertification from 3 October, now sits on %s, and the
duplicate profile has been deactivated. Credly will issue the Solutions Architect -
Professional badge again to the same address within roughly 48 hours; you don't need to
claim anything unless Credly asks you to.

Should anything look wrong after you sign in, reply here and we will take another look.

Kind regards,
Aigerim
AWS Training and Certification Customer Support

---------------- Original Message ----------------
From: %s
Sent: 10/14/2024 5:58 AM
Subject: Certification - Account Merge

> I seem to have two certification profiles under the same email address. The second one
> (%s) was created by mistake when I signed in with my Builder ID. My recertification
> on 3 October was recorded on it and the Credly badge does not appear. Please combine them
> and keep the original profile.
""" % (ME_PERSONAL, ID_DUP, ID_PERSONAL, ME_PERSONAL, ID_DUP)
add(message([
    recv_icloud(d, "a8-44.smtp-out.amazonses.com", "54.240.8.44", "c7"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_PERSONAL),
    ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B),
    ("Date", date_hdr(d)),
    ("Message-ID", B_RES_ID),
    ("In-Reply-To", B_ACK_ID),
    ("References", B_ACK_ID),
], text(plain, cte="quoted-printable")), label("resolved", case=CASE_B, ids=[ID_DUP, ID_PERSONAL]))

# 8 ---------------------------------------------------------------- Credly badge
d = when("2024-10-22 21:40:03", UTC)
plain = """Hi Mirei,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Professional

Accept your badge to share it on LinkedIn, add it to your email signature, or
download a verified image: https://www.credly.com/earner/earned/badge/5c1d8e3a-9f4b-4c5e-8a0d-2b7f61e93c40

Questions? Visit https://support.credly.com

Credly, Inc. | 1 Liberty Plaza, New York, NY 10006
Unsubscribe: https://www.credly.com/notification_preferences
"""
htm = """<html><body><table width="600" align="center" style="font-family:Helvetica,Arial">
<tr><td><img src="https://images.credly.com/logo.png" alt="Credly" width="96"></td></tr>
<tr><td><p>Hi Mirei,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>
<p style="font-size:18px">AWS Certified Solutions Architect &ndash; Professional</p>
<p><a href="https://www.credly.com/earner/earned/badge/5c1d8e3a-9f4b-4c5e-8a0d-2b7f61e93c40"
style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept Badge</a></p>
</td></tr><tr><td style="font-size:11px;color:#777">Credly, Inc. | 1 Liberty Plaza, New York, NY 10006
| <a href="https://www.credly.com/notification_preferences">Unsubscribe</a></td></tr></table></body></html>"""
add(message([
    recv_icloud(d, "o1.ptr3356.credly.com", "149.72.174.90", "c8"),
    auth_icloud("credly.com"),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Amazon Web Services Training and Certification has issued you a badge"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("credly-1", "credly.com")),
], multi("alternative", [text(plain), html(htm)], "----==_mimepart_6717a0c3_8b2")),
    label("badge"))

# 9 ---------------------------------------------------------------- B5 survey
d = when("2024-10-24 16:05:47", UTC)
htm = """<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your AWS Training and Certification support case <b>%s</b> was recently resolved.
We would like to know how we did.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>
<td><a href="https://survey.aws.training/r/13591208847?s=1">1</a></td>
<td><a href="https://survey.aws.training/r/13591208847?s=2">2</a></td>
<td><a href="https://survey.aws.training/r/13591208847?s=3">3</a></td>
<td><a href="https://survey.aws.training/r/13591208847?s=4">4</a></td>
<td><a href="https://survey.aws.training/r/13591208847?s=5">5</a></td></tr>
<tr><td>Very dissatisfied</td><td></td><td></td><td></td><td>Very satisfied</td></tr></table>
<p>The survey takes about two minutes. Replies to this address are not monitored.</p>
<p>Thank you,<br>AWS Training and Certification</p></body></html>""" % CASE_B
plain = ("Hello,\n\nYour AWS Training and Certification support case %s was recently resolved. "
         "We would like to know how we did.\n\nRate your experience (1-5):\n"
         "https://survey.aws.training/r/13591208847\n\nThe survey takes about two minutes. "
         "Replies to this address are not monitored.\n\nThank you,\nAWS Training and Certification\n" % CASE_B)
add(message([
    recv_icloud(d, "a8-12.smtp-out.amazonses.com", "54.240.8.12", "c9"),
    auth_icloud("amazon.com"),
    ("From", addr("AWS Training and Certification", "aws-tc-feedback@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "How did we do? Feedback on case %s" % CASE_B),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("B-survey")),
], multi("alternative", [text(plain), html(htm)], "b1_SurveyB")), label("survey", case=CASE_B))

# 10 --------------------------------------------------------------- newsletter with merge advice
d = when("2024-11-03 13:00:00", UTC)
plain = """CLOUD CAREER DIGEST - Issue 42

1. Changing jobs? Don't lose your certifications
Many of you wrote in after last week's issue. If your AWS Certification account
was created with a work address, open a merge request with AWS Training and
Certification before your last day. Support will usually ask you to confirm which
account to keep; reply promptly and the merge is typically done within a day.
Tip: write down your candidate ID and download your certificates first.

2. Credly badges that vanish
If a badge disappears after a merge, give it 48 hours before opening a case.

3. Reader question
"Can I merge a Google Cloud and an AWS profile?" No - they are separate programs.

Got a certification story? Reply to this email and tell us; we read everything.

You are receiving this because you subscribed at cloudcareerdigest.news.
Unsubscribe: https://cloudcareerdigest.news/u/8f2c
"""
add(message([
    recv_icloud(d, "mail-190.mailerlite.com", "172.104.5.190", "c10"),
    auth_icloud("cloudcareerdigest.news"),
    ("From", addr("Cloud Career Digest", "hello@cloudcareerdigest.news")),
    ("To", ME_PERSONAL),
    ("Subject", "#42: Changing jobs without losing your certifications"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("ccd-42", "cloudcareerdigest.news")),
    ("List-Unsubscribe", "<https://cloudcareerdigest.news/u/8f2c>"),
], text(plain, cte="quoted-printable")), label("unrelated"))

# 11 --------------------------------------------------------------- S3: Credly lookalike
d = when("2024-11-10 03:33:18", UTC)
htm = """<html><body style="font-family:Helvetica">
<p><img src="https://credly-badgewallet.com/assets/credly.png" width="90"></p>
<p>Dear Badge Earner,</p>
<p>Following a recent account consolidation by <b>Amazon Web Services Training and Certification</b>,
your badges must be re-verified. Badges that are not verified within <b>48 hours</b> will be
permanently removed from your profile.</p>
<p><a href="https://credly-badgewallet.com/verify?u=m.okonogi.cloud">Verify my badges</a></p>
<p>Sign in with the same email and password you use for Credly.</p>
<p>Credly Trust &amp; Safety</p></body></html>"""
add(message([
    recv_icloud(d, "vps-4412.hostkey.example.net", "185.212.47.12", "c11"),
    auth_icloud("credly-badgewallet.com"),
    ("From", addr("Credly", "no-reply@credly-badgewallet.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Action needed: your AWS badges will be removed"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("phish-credly", "credly-badgewallet.com")),
], html(htm)), label("suspicious"))

# 12 --------------------------------------------------------------- Skill Builder receipt
d = when("2024-11-18 00:12:44", UTC)
plain = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-20241118-77310492
Plan: Individual subscription (monthly)
Amount: USD 29.00
Billing period: Nov 18, 2024 - Dec 17, 2024
Payment method: Visa ending in 0917

Manage your subscription: https://skillbuilder.aws/account/subscription

This receipt was sent to %s. Please do not reply to this message.
""" % ME_PERSONAL
add(message([
    recv_icloud(d, "a8-90.smtp-out.amazonses.com", "54.240.8.90", "c12"),
    auth_icloud("aws.training"),
    ("From", addr("AWS Skill Builder", "no-reply@aws.training")),
    ("To", ME_PERSONAL),
    ("Subject", "Your AWS Skill Builder receipt"),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("sb-receipt")),
], text(plain)), label("unrelated"))

# 13 --------------------------------------------------------------- certmetrics exam feedback (not a case survey)
d = when("2024-12-02 17:45:00", UTC)
plain = """AWS Certification wants to hear from you

You recently recertified AWS Certified Solutions Architect - Professional. Tell us
about your exam experience in a 10-minute survey: which topics felt current, how
the exam interface worked for you, and what would help you prepare.

Start the survey: https://cp.certmetrics.com/amazon/en/survey/SAP-C02

Your answers are anonymous and help shape future exams.

AWS Training and Certification
Please do not reply to this email.
"""
add(message([
    recv_icloud(d, "mta-202b.certmetrics.com", "198.2.180.35", "c13"),
    auth_icloud("certmetrics.com"),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_PERSONAL),
    ("Subject", "AWS Certification wants to hear from you"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("cm-survey-1", "certmetrics.com")),
], text(plain)), label("certification"))

# 14 --------------------------------------------------------------- Google Cloud certification merge (other vendor)
d = when("2024-12-09 22:10:31", UTC)
plain = """Hi Mirei,

Thanks for contacting Google Cloud Certification Support.

We found two Webassessor profiles that appear to belong to you:

  Profile 1 - login: mokonogi_hdc (okonogi@hanamura-dc.co.jp)
  Profile 2 - login: mirei.okonogi (m.okonogi.cloud@icloud.com)

Before we can combine them, please reply to this email confirming which profile
should be kept. The Professional Cloud Architect credential from Profile 1 will be
moved to the profile you choose.

If we do not hear from you within 7 days, this case will be closed.

Best,
Rahul
Google Cloud Certification Support
Case 51729934
"""
add(message([
    recv_icloud(d, "mail-sor-f69.google.com", "209.85.220.69", "c14"),
    auth_icloud("google.com"),
    ("From", addr("Google Cloud Certification Support", "cloud-certification-support@google.com")),
    ("To", ME_PERSONAL),
    ("Subject", "[Case 51729934] Merging your Webassessor profiles"),
    ("Date", date_hdr(d)),
    ("Message-ID", "<CAGcert51729934.7741@mail.gmail.com>"),
], text(plain)), label("unrelated"))

# 15 --------------------------------------------------------------- AWS marketing, Japanese, HTML only base64
d = when("2024-12-16 11:00:00")
htm = """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="640" align="center"><tr><td>
<h1 style="font-size:20px">re:Invent 2024 の注目アップデートをまとめて振り返り</h1>
<p>いつも AWS をご利用いただきありがとうございます。</p>
<p>12 月 19 日(木)に、re:Invent で発表された主要アップデートを日本語で解説する
オンラインセミナーを開催します。AWS 認定をお持ちの方向けの Q&amp;A コーナーもございます。</p>
<p><a href="https://aws.amazon.com/jp/events/reinvent-recap/">今すぐ登録する</a></p>
<hr><p style="font-size:11px;color:#666">このメールは配信専用アドレスから送信しています。
配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p>
</td></tr></table></body></html>"""
add(message([
    recv_icloud(d, "mail202.abm.awscloud.com", "13.111.65.202", "c15"),
    auth_icloud("awscloud.com"),
    ("From", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", enc("【AWS】re:Invent 2024 の注目アップデートをまとめて振り返り")),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("mkto-reinvent-recap", "abm.awscloud.com")),
], html(htm, cte="base64")), label("unrelated"))
