# Messages 064-080 (14 June - 30 June 2025)
from gen_common import *
import gen_common as C
IDS = C.IDS
SUBJ_A = "RE:[CASE 174651208300118] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = "RE:[CASE 174893714600507] [AWS Training and Certification Form Submission] - exam-results"

# 064 owner gives the third candidate ID (iPhone) ------------------------------------------
IDS[64] = "<5E2B7C10-3F4A-4D8E-9B61-0A7C2E9F4D13@fastmail.com>"
tomasz = """Hi Keita,

I've reopened your case and picked it up from Mei.

Searching by your name and company address, I see more than one certification record created through AWS Partner Central, and I don't want to touch the wrong one. What is the candidate ID shown in the top right corner after you sign in to that account? If you can't sign in any more, the exam date and the address the score report went to would also let me find it.

Tomasz W.
AWS Training and Certification
"""
txt = """Hi Tomasz, partner sign-in still works. Top right says AWS02736619. ANS-C01 was on 14 Oct 2022.

Keita

Sent from my iPhone

> On Jun 13, 2025, at 13:10, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
>
""" + quote(tomasz) + "\n"
add("user_reply", False, CASE_A, [CAND_SSO],
    mk(addr(ME_NAME, ME_P), TC, "Re: [CASE 174651208300118] [AWS Training and Certification Form Submission] - account-assistance",
       "2025-06-14 10:03:19 +0900", IDS[64], leaf("text/plain", txt, "utf-8", "7bit", params="; format=flowed"),
       irt=IDS[62], refs=IDS[60] + " " + IDS[62], extra=[("X-Mailer", "iPhone Mail (22F76)")]),
    "owner sends the third account's candidate ID from his phone", "subject 'Re: [CASE' without the inner RE:; iOS quoting")

# 065 case D resolved without the owner's reply (Shift_JIS) --------------------------------------
IDS[65] = ses_id("caseD-resolved")
txt = """ブレナン 様

AWS トレーニングと認定 カスタマーサービスでございます。

先日のご連絡へのご返信はまだいただいておりませんが、当方にて認定アカウントの試験履歴に SCS-C02(2025年5月28日受験、合格)が表示されていることを確認いたしました。認定の有効期限も更新されております。

以上をもちまして、本件は解決とさせていただきます。
ご不明な点がございましたら、本メールにご返信いただくか、新しいお問い合わせをお寄せください。

AWS トレーニングと認定 カスタマーサービス

2025/06/13 15:20、AWS トレーニングと認定 のメッセージ:
> ブレナン 慶太 様
>
> 試験配信パートナーからデータの再送を受け、5月28日に受験された SCS-C02 の結果を、統合後の認定アカウントに紐づけいたしました。
>
> 恐れ入りますが、認定アカウントにサインインのうえ「試験履歴」に結果が表示されているかをご確認いただき、その結果を本メールにてご返信いただけますと幸いです。
"""
add("resolved", False, CASE_D, [],
    mk(addr("AWS トレーニングと認定", TC, "shift_jis"), ME_P, SUBJ_D, "2025-06-16 02:40:00 +0000", IDS[65],
       leaf("text/plain", txt, "shift_jis", "base64"), irt=IDS[63], refs=IDS[58] + " " + IDS[63],
       pre=[rcv_fm("a8-30.smtp-out.amazonses.com", "54.240.8.30", "2025-06-16 02:40:02 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b80@amazonses.com")]),
    "case D resolved although the owner never answered the check (Shift_JIS)", "opens with 'no reply yet' (sounds like a closing notice), quotes the check request, ends with ございましたら invitation")

# 066 Credly SCS badge -------------------------------------------------------------------------------
html = """<html><body style="font-family:Helvetica,Arial"><table width="600" align="center"><tr><td>
<h2>You earned a badge!</h2>
<p>Congratulations, Keita. <b>Amazon Web Services Training and Certification</b> issued you the badge <b>AWS Certified Security &ndash; Specialty</b>.</p>
<p><a href="https://www.credly.com/badges/0b7c9e21-4d3f-4a8b-8e5c-2f1a6d9b3c47/accept">Accept your badge</a> to add it to your profile.</p>
<p style="font-size:11px;color:#888">You received this email because an organization issued you a badge on Credly.</p>
</td></tr></table></body></html>"""
add("badge", False, None, [],
    mk(addr("Credly", "admin@credly.com"), ME_P, "You earned a badge: AWS Certified Security - Specialty",
       "2025-06-16 05:12:30 +0000", "<684fa6e2a7c_1b3e5a9d2f4@credly-mailer-7d9f.mail>", leaf("text/html", html, "utf-8", "base64"),
       pre=[rcv_fm("o1.email.credly.com", "167.89.101.12", "2025-06-16 05:12:32 +0000"),
            ar_fm("credly.com", mailfrom="bounces+88121@em.credly.com", policy="reject")]),
    "Credly badge for the recertified exam (HTML-only, base64)", "follows the case D resolution")

# 067 second confirmation request (third account) -------------------------------------------------
IDS[67] = ses_id("caseA-confirm3")
txt = """Hi Keita,

Thanks, that's the one. Here is what I found:

Account #3
  Login: AWS Partner Central sign-in (k.brennan@hoshizora-soft.co.jp)
  Candidate ID: AWS02736619
  Exam history: ANS-C01, passed 14 October 2022

I would fold Account #3 into your current account (AWS09165233, kbrennan@fastmail.com) the same way as the first merge, and then deactivate it.

Just to be safe: can you confirm Account #3 is yours and that I should go ahead?

Tomasz W.
AWS Training and Certification
"""
add("confirmation_request", True, CASE_A, [CAND_SSO, CAND_NEW],
    mk(addr(TC_NAME, TC), ME_P, "RE: [CASE 174651208300118] [AWS Training and Certification Form Submission] - account-assistance",
       "2025-06-17 01:55:48 +0000", IDS[67], leaf("text/plain", txt, "us-ascii", "7bit"), irt=IDS[64], refs=IDS[62] + " " + IDS[64],
       pre=[rcv_fm("a8-29.smtp-out.amazonses.com", "54.240.8.29", "2025-06-17 01:55:50 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b88@amazonses.com")], crlf=True),
    "case A: second confirmation for a third account", "plain-text listing of one account, 'Just to be safe' question; on a reopened case")

# 068 survey, case D (Japanese) --------------------------------------------------------------------
html = """<html lang="ja"><body style="font-family:sans-serif;font-size:14px">
<p>ブレナン 慶太 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。</p>
<p>ケース ID: 174893714600507</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします(所要時間 約1分)。</p>
<p><a href="https://survey.aws-tc.amazon.com/s/jp41?c=174893714600507">アンケートに回答する</a></p>
<p style="font-size:11px;color:#777">本メールは送信専用です。ご返信いただいてもお答えできません。</p>
</body></html>"""
add("survey", False, CASE_D, [],
    mk(addr("AWS カスタマーサービス", "cs-surveys@amazon.com"), ME_P, "AWS トレーニングと認定 サポートに関するアンケートのお願い",
       "2025-06-17 09:00:14 +0000", ses_id("caseD-survey"), leaf("text/html", html, "utf-8", "quoted-printable"),
       pre=[rcv_fm("a8-44.smtp-out.amazonses.com", "54.240.8.44", "2025-06-17 09:00:16 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b8b@amazonses.com")]),
    "satisfaction survey for case D (Japanese)", "'ご協力をお願いいたします' reads like a request")

# 069 Google Cloud certification -------------------------------------------------------------------
txt = """Hi Keita,

Your Google Cloud Professional Cloud Architect certification expires on August 17, 2025. Renew within the 60-day window to keep your credential active.

Schedule your renewal exam: https://cloud.google.com/learn/certification/renewals

Google Cloud Certification
"""
add("unrelated", False, None, [],
    mk(addr("Google Cloud Certification", "cloud-certification-noreply@google.com"), ME_P,
       "Your Professional Cloud Architect certification expires in 60 days", "2025-06-18 16:00:00 +0000",
       "<0000000000007a1f2c0637d2f3e1@google.com>", leaf("text/plain", txt, "utf-8", "7bit"),
       pre=[rcv_fm("mail-yw1-f198.google.com", "209.85.128.198", "2025-06-18 16:00:02 +0000"),
            ar_fm("google.com", mailfrom="3abc@scoutcamp.bounces.google.com", policy="reject")]),
    "Google Cloud certification expiry", "another vendor's certification program")

# 070 case A resolved again ------------------------------------------------------------------------
txt = """Hi Keita,

All done: ANS-C01 now shows in your exam history, and Account #3 has been deactivated. That wraps up this case. No further action is required from you.

Tomasz W.
AWS Training and Certification

> Yes, Account #3 is mine. Go ahead.
>
> Keita
>
>> Just to be safe: can you confirm Account #3 is yours and that I should go ahead?
"""
add("resolved", False, CASE_A, [],
    mk(addr(TC_NAME, TC), ME_P, "RE: [CASE 174651208300118] [AWS Training and Certification Form Submission] - account-assistance",
       "2025-06-19 00:32:07 +0000", ses_id("caseA-final"), leaf("text/plain", txt, "us-ascii", "7bit"), irt=IDS[67], refs=IDS[64] + " " + IDS[67],
       pre=[rcv_fm("a8-35.smtp-out.amazonses.com", "54.240.8.35", "2025-06-19 00:32:09 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b92@amazonses.com")]),
    "case A resolved after the third account was merged", "short; quotes the owner's go-ahead (whose own mail is absent from the mailbox) and the earlier question")

# 071 recertification congratulations ----------------------------------------------------------------
txt = """Congratulations on recertifying your AWS Certification!

Hello Keita,

You have successfully recertified AWS Certified Security - Specialty. Your certification is now valid through June 16, 2028.

Candidate ID: AWS09165233

Your digital badge has been updated on Credly, and your recertification benefits, including a 50% discount on your next exam, are available in your AWS Certification Account.

AWS Certification
"""
add("certification", False, None, [CAND_NEW],
    mk(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "Congratulations on recertifying your AWS Certification!",
       "2025-06-20 03:30:40 +0000", "<20250620033040.5b7e2d10ac93@certmetrics.com>", leaf("text/plain", txt, "us-ascii", "7bit"),
       pre=[rcv_fm("mail2.certmetrics.com", "52.10.144.7", "2025-06-20 03:30:42 +0000"),
            ar_fm("certmetrics.com", mailfrom="bounces@certmetrics.com", policy="reject")]),
    "recertification congratulations", "candidate ID and benefits; no case")

# 072 HashiCorp badge via Credly -----------------------------------------------------------------------
txt = """Keita, HashiCorp sent you a badge

HashiCorp Certified: Terraform Associate (003)

Accept your badge: https://www.credly.com/badges/9d2e4f60-1a7b-4c3d-8e9f-5b6a7c8d9e01/accept

Credly, Inc.
"""
add("badge", False, None, [],
    mk(addr("Credly", "admin@credly.com"), ME_P, "Keita, HashiCorp sent you a badge",
       "2025-06-20 18:45:12 +0000", "<6855aa18b3d_7e1f2c4a9b6@credly-mailer-7d9f.mail>", leaf("text/plain", txt, "utf-8", "7bit"),
       pre=[rcv_fm("o1.email.credly.com", "167.89.101.12", "2025-06-20 18:45:14 +0000"),
            ar_fm("credly.com", mailfrom="bounces+88121@em.credly.com", policy="reject")]),
    "Credly badge from another issuer (HashiCorp)", "badge mail not about AWS")

# 073 re:Post ---------------------------------------------------------------------------------------------
txt = """AWS re:Post

Your question has an accepted answer

"Certification benefit missing after merging two certification accounts"

Answer by an AWS Expert:
Benefits attached to an open exam registration may not move during a merge. Open a case with AWS Training and Certification and ask them to re-issue it.

View the thread: https://repost.aws/questions/QU8f2kLm1xTq6Wz0aB3cD4eF

You are receiving this email because you follow this question. Manage notifications in your re:Post profile.
"""
add("unrelated", False, None, [],
    mk(addr("AWS re:Post", "no-reply@repost.aws"), ME_P, "Your question has an accepted answer",
       "2025-06-21 11:02:33 +0000", ses_id("repost-accepted"), leaf("text/plain", txt, "utf-8", "quoted-printable"),
       pre=[rcv_fm("a8-70.smtp-out.amazonses.com", "54.240.8.70", "2025-06-21 11:02:35 +0000"),
            ar_fm("repost.aws", mailfrom="0100019b9e@amazonses.com")]),
    "re:Post notification about the owner's question", "same topic as case C and advice to open a case")

# 074 billing lookalike ---------------------------------------------------------------------------------
html = """<html><body style="font-family:Arial"><p><b>Amazon Web Services</b></p>
<p>Dear AWS Customer,</p>
<p>We were unable to charge your payment method for the invoice of account <b>318044129907</b>. Your account and all certifications linked to it will be <b>suspended in 24 hours</b>.</p>
<p><a href="https://aws-billing-notice.net/pay?acct=318044129907">Update payment details</a></p>
<p>Amazon Web Services Billing</p></body></html>"""
add("suspicious", False, None, [],
    mk(addr("Amazon Web Services", "billing@aws-billing-notice.net"), ME_P, "Action Required: your AWS account will be suspended",
       "2025-06-22 05:17:29 +0000", "<20250622051729.9941@aws-billing-notice.net>", leaf("text/html", html, "utf-8", "base64"),
       pre=[rcv_fm("smtp.aws-billing-notice.net", "193.142.30.61", "2025-06-22 05:17:32 +0000"),
            ar_fm("aws-billing-notice.net", dkim="none", spf="softfail", dmarc="none", policy="none",
                  mailfrom="billing@aws-billing-notice.net")]),
    "billing phish from a lookalike domain", "uses the owner's real 12-digit account ID")

# 075 Japanese benefits mail from certmetrics ----------------------------------------------------------
txt = """ブレナン 慶太 様

AWS 認定を保持いただき、ありがとうございます。
現在ご利用いただける認定特典は以下のとおりです。

・次回の認定試験 50% 割引(有効期限: 2025年9月30日)
・AWS Certified ストアでの限定グッズ
・AWS イベントでの認定者ラウンジ

特典は AWS 認定アカウントの「特典」からご確認いただけます。
AWS 候補 ID: AWS09165233

本メールは送信専用アドレスからお送りしています。

AWS 認定
"""
html = "<html><body><div style=\"font-family:Meiryo,sans-serif\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</div></body></html>"
body = multipart("alternative", [leaf("text/plain", txt, "utf-8", "quoted-printable"), leaf("text/html", html, "utf-8", "quoted-printable")], "=_cm_b7e19a0c44d2")
add("certification", False, None, [CAND_NEW],
    mk(addr("AWS 認定", "do-not-reply@certmetrics.com"), ME_P, "AWS 認定特典のご案内",
       "2025-06-23 01:00:00 +0000", "<20250623010000.2a9c4e7d1f08@certmetrics.com>", body,
       pre=[rcv_fm("mail2.certmetrics.com", "52.10.144.7", "2025-06-23 01:00:02 +0000"),
            ar_fm("certmetrics.com", mailfrom="bounces@certmetrics.com", policy="reject")]),
    "Japanese benefits summary from CertMetrics", "lists the re-issued voucher that case C was about; no case")

# 076 Skill Builder receipt ---------------------------------------------------------------------------
txt = """Thank you for your purchase

AWS Skill Builder Individual subscription (monthly)
Order number: SB-250624-771203
Amount: USD 29.00
Billing period: June 24, 2025 - July 23, 2025

Manage your subscription: https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""
add("unrelated", False, None, [],
    mk(addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder subscription receipt",
       "2025-06-24 00:15:07 +0000", ses_id("skillbuilder-receipt"), leaf("text/plain", txt, "us-ascii", "7bit"),
       pre=[rcv_fm("a8-72.smtp-out.amazonses.com", "54.240.8.72", "2025-06-24 00:15:09 +0000"),
            ar_fm("aws.training", mailfrom="0100019ba8@amazonses.com")]),
    "Skill Builder receipt from aws.training", "signed 'AWS Training and Certification'")

# 077 fake certmetrics with failing DMARC ----------------------------------------------------------------
txt = """Hello Keita,

Following your recent account merge, your AWS Certification account requires re-verification.

Candidate ID: AWS09165233

Sign in within 48 hours to keep your merged certifications active:
https://certmetrics-login.com/amazon/verify

If you do not verify, the merged certifications will be suspended until you contact support.

AWS Certification
"""
add("suspicious", False, None, [CAND_NEW],
    mk(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "Action required: re-verify your AWS Certification account after merge",
       "2025-06-26 08:41:55 +0000", "<20250626084155.77a0@certmetrics-login.com>", leaf("text/plain", txt, "us-ascii", "7bit"),
       pre=[rcv_fm("mx.certmetrics-login.com", "185.244.150.9", "2025-06-26 08:41:58 +0000"),
            ar_fm("certmetrics.com", dkimdom="certmetrics-login.com", dkim="fail", spf="fail", dmarc="fail", policy="reject",
                  mailfrom="bounce@certmetrics-login.com")]),
    "CertMetrics impersonation with dmarc=fail", "genuine From address and the real candidate ID; only the authentication results give it away")

# 078 genuine program update forwarded from the old company address ---------------------------------
txt = """AWS Certification Update - June 2025

- New: AWS Certified Generative AI Developer - Professional beta opens in July.
- Recertification: from 1 September, passing any Professional exam renews the Associate certifications in the same path.
- Digital badges: Credly profiles now show the recertification date.

Manage your email preferences in your AWS Certification Account.

AWS Certification
"""
add("certification", False, None, [],
    mk(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C, "AWS Certification Update - June 2025",
       "2025-06-27 14:00:21 +0000", "<20250627140021.c41e7b2d9a55@certmetrics.com>", leaf("text/plain", txt, "us-ascii", "7bit"),
       extra=[("X-MS-Exchange-ForwardingLoop", "k.brennan@hoshizora-soft.co.jp;9f31c2e0-77aa-4d1b-b0e2-5c7a9e1d3f44"),
              ("X-Forwarded-To", ME_P)],
       pre=["Received: from TYCP286MB1190.JPNP286.PROD.OUTLOOK.COM (40.107.74.60)\n\tby mx3.messagingengine.com (Postfix) with ESMTPS id 4ZhX2b1Tq1z7Lm\n\tfor <kbrennan@fastmail.com>; " + D("2025-06-27 14:00:26 +0000"),
            ar_fm("certmetrics.com", spf="fail", dkim="pass", dmarc="pass", policy="reject", mailfrom="bounces@certmetrics.com"),
            "Received: from mail2.certmetrics.com (52.10.144.7) by TYCP286CA0113.outlook.office365.com\n (2603:1096:400:2b9::12) with Microsoft SMTP Server; " + D("2025-06-27 14:00:23 +0000")]),
    "genuine CertMetrics newsletter auto-forwarded from the old company address", "SPF fails because of the forward, but DKIM and DMARC pass: it is real")

# 079 new colleague asks for candidate ID -----------------------------------------------------------------
txt = """Hi Keita,

Great to have you on the team from Monday! One admin thing: we're an AWS Partner, and I need to link your certifications to our Partner Central account for the tier review.

Could you send me your AWS candidate ID (the AWS######## number in the top right of the certification site) and the email address on your certification account? No rush, end of next week is fine.

Cheers,
Priya Raman
Partner Alliances, Tidewater Labs
"""
add("unrelated", False, None, [],
    mk(addr("Priya Raman", "priya@tidewaterlabs.io"), ME_P, "Linking your AWS certifications to our Partner Central account",
       "2025-06-28 02:09:40 +0000", "<CAJq8=vC7pT1nR5mX2kW9qY3zE8hS4uB0dG6cA7@mail.gmail.com>", leaf("text/plain", txt, "utf-8", "7bit"),
       pre=[rcv_fm("mail-sor-f65.google.com", "209.85.220.65", "2025-06-28 02:09:42 +0000"),
            ar_fm("tidewaterlabs.io", mailfrom="priya@tidewaterlabs.io", policy="none")]),
    "new employer asks for the candidate ID for Partner Central", "asks exactly what support asked in case A, but from a colleague; placeholder AWS######## is not an ID")

# 080 AWS billing June -----------------------------------------------------------------------------------
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $22.91

Please see the Bills section of the Billing and Cost Management console for more details:
https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services
"""
add("unrelated", False, None, [],
    mk(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
       "Amazon Web Services Billing Statement Available [Account: 318044129907]",
       "2025-06-30 09:14:51 +0000", ses_id("bill-jun"), leaf("text/plain", txt, "us-ascii", "7bit"),
       pre=[rcv_fm("a8-46.smtp-out.amazonses.com", "54.240.8.46", "2025-06-30 09:14:53 +0000"),
            ar_fm("amazon.com", mailfrom="0100019bc3@amazonses.com")], crlf=True),
    "AWS billing statement (June)", "same sender as console cases")
