# Messages 55-69 (26 Oct - 4 Nov 2025)
from gen_lib import *
from gen_part4 import MID_RESOLVED_A

MID_RES_D = ses("99f1b2c4e6")
MID_THX_D = "<3d9a5f10-c2e7-4b81-a6d4-8f0e2b7c1a93@posteo.net>"
MID_FWD_PA = "<91c4e7a2-0b5d-4f36-8e1a-d27c9f3b6a08@posteo.net>"

RESOLVED_A_TOP = """Hello Mireille,

Thank you for confirming. I have merged Account #2 into Account #1. Your exam
history, both certifications and the 50% discount benefit now sit under
mireille.tanabe@posteo.net, and the login for m.tanabe@kitakaze-sys.co.jp no
longer works.

Credly badges follow the certification notification email, so they may take up
to 48 hours to reflect the change. Your exam appointment on 6 November is not
affected.

If anything looks wrong once you have signed in, reply within the next 7 days
and I'll take another look.

Kind regards,
Kenji Hartmann
Account Merge Team, AWS Training and Certification"""


def messages():
    out = []

    # 55 Case E console closing notice
    d = dt(2025, 10, 26, 11, 10, 4)
    txt = """Hello,

We're still waiting for the information requested on case 176110234400912. If we
don't receive a reply through the Support Center, the case will be resolved
automatically in 3 days. A case that has been resolved for 14 days cannot be
reopened.

To respond, open the case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=176110234400912&language=ja

This email address cannot accept incoming mail.

Amazon Web Services
"""
    raw = message(d, CONSOLE, ME_P, "RE:[CASE %s] 認定特典の50%%割引バウチャーが統合後に表示されない" % CASE_E,
                  leaf("text/plain", txt), ses("99f0a1c3d5"), top=aws_in(d, ME_P, "99f0a1c3d5"))
    out.append(M(raw, "closing_notice", True, CASE_E, [],
                 "Case E (console): auto-resolves in 3 days without an answer in the Support Center",
                 "reply must go through the console; 'resolved automatically' rather than 'closed'"))

    # 56 user-group mailing list digest
    d = dt(2025, 10, 26, 21, 0, 1)
    txt = """cloud-ug-tokyo ML のダイジェスト 第412巻 3号

今日の話題:
   1. Re: 認定アカウントの統合について (小川)
   2. 11月の勉強会 会場のお知らせ (運営)

----------------------------------------------------------------------

Message: 1
Date: Sun, 26 Oct 2025 14:22:10 +0900
From: 小川 <ogawa@example.net>
Subject: Re: 認定アカウントの統合について

先週やりました。フォーム送信の翌日にサポートから英語で
"Please confirm which account you would like to keep" と来たので
"Confirmed. Please merge to Account #1" と返したら、1時間ほどで
"merged all accounts" の連絡が来ました。APN の会社だと一度保留になるそうです。

----------------------------------------------------------------------

Message: 2
Date: Sun, 26 Oct 2025 18:05:44 +0900
From: 運営 <admin@cloud-ug-tokyo.example.org>
Subject: 11月の勉強会 会場のお知らせ

11/15(土)の勉強会は渋谷の会場で行います。参加される方は返信不要です。

------------------------------

_______________________________________________
cloud-ug-tokyo mailing list
cloud-ug-tokyo@lists.cloud-ug-tokyo.example.org
"""
    raw = message(d, "cloud-ug-tokyo-request@lists.cloud-ug-tokyo.example.org", ME_P,
                  "cloud-ug-tokyo ダイジェスト 第412巻 3号", leaf("text/plain", txt, cte="8bit"),
                  "<mailman.412.1761480001.1187.cloud-ug-tokyo@lists.cloud-ug-tokyo.example.org>",
                  top=in_posteo(d, "cloud-ug-tokyo-bounces@lists.cloud-ug-tokyo.example.org", "lists.cloud-ug-tokyo.example.org",
                                "198.51.100.77", "cloud-ug-tokyo.example.org", "lists.cloud-ug-tokyo.example.org", qid="4cTh0wY3Lk"),
                  extra=["List-Id: <cloud-ug-tokyo.lists.cloud-ug-tokyo.example.org>", "Precedence: list"])
    out.append(M(raw, "unrelated", False, None, [],
                 "User-group mailing-list digest (Japanese, 8bit UTF-8)",
                 "quotes support's confirm/merged phrases verbatim inside another person's post"))

    # 57 Case D resolved, with a rating footer
    d = dt(2025, 10, 27, 10, 40, 12)
    txt = """Hi Mireille,

The Credly team has sent the AWS Certified Security - Specialty badge again,
this time tied to mireille.tanabe@posteo.net (candidate ID AWS09950126). Credly's
email should reach you today; once you accept it, the badge shows on your
public profile.

I'm resolving this case now.

Best regards,
Beatriz Lemos
AWS Training and Certification

--
Your feedback matters to us. How would you rate this support interaction?
Excellent: https://survey.aws.training/cs?c=176031601158203&r=3
Good:      https://survey.aws.training/cs?c=176031601158203&r=2
Poor:      https://survey.aws.training/cs?c=176031601158203&r=1
"""
    raw = message(d, TC_FROM, ME_P, "RE: [CASE %s] %s" % (CASE_D, SUBJ_C), leaf("text/plain", txt),
                  MID_RES_D, top=aws_in(d, ME_P, "99f1b2c4e6"))
    out.append(M(raw, "resolved", False, CASE_D, [CAND_PE],
                 "Case D resolved: badge re-sent to the personal Credly profile",
                 "rating footer with a question; 'once you accept it' refers to Credly, not support"))

    # 58 Credly badge issued
    d = dt(2025, 10, 27, 10, 52, 40)
    html = """<html><body style="font-family:Helvetica,Arial"><table width="600" align="center"><tr><td>
<p>Hi Mireille,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified Security &ndash; Specialty</b></p>
<p><a href="https://www.credly.com/badges/6b1f0e4a-93d2-4c7b-8a55-0f2e9d3c7b18/accept" style="background:#ff6b00;color:#fff;padding:10px 16px;text-decoration:none">Accept your badge</a></p>
<p>Accept it to share your achievement on LinkedIn and other networks.</p>
<p style="font-size:11px;color:#999">Credly, 8 W 38th St, New York, NY 10018</p></td></tr></table></body></html>
"""
    txt = """Hi Mireille,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Security - Specialty

Accept your badge: https://www.credly.com/badges/6b1f0e4a-93d2-4c7b-8a55-0f2e9d3c7b18/accept
"""
    body = multi("alternative", [leaf("text/plain", txt), leaf("text/html", html, cte="quoted-printable")])
    raw = message(d, addr("Credly", "admin@credly.com"), ME_P,
                  "Amazon Web Services Training and Certification issued you a new badge", body,
                  "<68ff4f18.6b1f0e4a@credly.com>",
                  top=in_posteo(d, "bounces+3312@email.credly.com", "o7.email.credly.com", "149.72.161.19",
                                "credly.com", "credly.com", qid="4cTq5aN1Xe"))
    out.append(M(raw, "badge", False, None, [], "Credly: new badge issued", "badge UUID; 'Accept' call to action"))

    # 59 owner thanks on case D
    d = dt(2025, 10, 27, 12, 3, 0)
    txt = """Hi Beatriz,

Badge accepted and visible on my profile. Thank you for sorting this out!

Mireille

On 27/10/2025 10:40, AWS Training and Certification wrote:
> Hi Mireille,
>
> The Credly team has sent the AWS Certified Security - Specialty badge again,
> this time tied to mireille.tanabe@posteo.net (candidate ID AWS09950126).
> [...]
> I'm resolving this case now.
"""
    raw = message(d, addr(ME_NAME, ME_P), TC_FORM, "Re: RE: [CASE %s] %s" % (CASE_D, SUBJ_C),
                  leaf("text/plain", txt, params="; format=flowed"), MID_THX_D, irt=MID_RES_D, refs=[MID_RES_D],
                  extra=["User-Agent: Mozilla Thunderbird"])
    out.append(M(raw, "user_reply", False, CASE_D, [],
                 "Owner thanks support on case D", "short reply; candidate ID only in the quote"))

    # 60 support: glad it's sorted
    d = dt(2025, 10, 27, 16, 25, 37)
    txt = """Hi Mireille,

Glad to hear the badge is showing. Your case stays resolved - there's no need
to reply to this message.

Have a great day,
Beatriz
"""
    raw = message(d, TC_FROM, ME_P, "RE: [CASE %s] %s" % (CASE_D, SUBJ_C), leaf("text/plain", txt),
                  ses("99f2d7a9b0"), irt=MID_THX_D, refs=[MID_RES_D, MID_THX_D], top=aws_in(d, ME_P, "99f2d7a9b0"))
    out.append(M(raw, "resolved", False, CASE_D, [],
                 "Support acknowledges the thanks; case stays resolved",
                 "very short; 'no need to reply'; could be taken for an acknowledgement"))

    # 61 Case E resolved (Japanese, quotes the request)
    d = dt(2025, 10, 28, 14, 2, 18)
    txt = """田辺 様

森田でございます。ご回答とスクリーンショットをお送りいただき、ありがとう
ございました。

確認いたしましたところ、統合時にバウチャーの引き継ぎ処理が完了して
いなかったことが判明いたしました。ご不便をおかけし、申し訳ございません。

本日、統合先アカウント(AWS09950126)に50%割引バウチャーを再発行いたしました。
「特典」ページからご確認いただけます。有効期限は元のバウチャーと同じ
2026年3月31日です。

本件はこれにて解決とさせていただきます。ほかにご不明な点がございましたら、
サポートセンターからお気軽にお問い合わせください。

森田
Amazon Web Services サポート

2025年10月23日(木) 11:05 Amazon Web Services <no-reply-aws@amazon.com>:
> 調査を進めるにあたり、以下の2点をご教示いただけますでしょうか。
>
>   1. バウチャー付与のもととなった試験名と合格日
>   2. 統合先アカウントの「特典」ページのスクリーンショット
>
> なお、本メールへ直接ご返信いただいてもお受けできかねます。お手数ですが、
> サポートセンターの該当ケースからご回答をお寄せいただけますよう、お願い
> 申し上げます。

==============================================================
このメールアドレスは送信専用のため、受信することはできません。
"""
    raw = message(d, CONSOLE, ME_P, "RE:[CASE %s] 認定特典の50%%割引バウチャーが統合後に表示されない" % CASE_E,
                  leaf("text/plain", txt, cte="quoted-printable"), ses("99f7c0e1a2"), top=aws_in(d, ME_P, "99f7c0e1a2"))
    out.append(M(raw, "resolved", False, CASE_E, [CAND_PE],
                 "Case E (console): voucher re-issued, resolved (Japanese)",
                 "quotes the earlier keigo request with a Gmail-JP header; conditional 〜ございましたら"))

    # 62 Case E survey (console)
    d = dt(2025, 10, 28, 14, 30, 0)
    txt = """Hello,

Your support case 176110234400912 has been resolved. Please tell us how we did by
answering one question: how satisfied were you with this support experience?

Rate your experience:
https://console.aws.amazon.com/support/feedback?caseId=176110234400912

Your feedback helps us improve AWS Support.

Amazon Web Services
"""
    raw = message(d, CONSOLE, ME_P, "Amazon Web Services: How did we do on case %s?" % CASE_E,
                  leaf("text/plain", txt), ses("99f7d4b8c6"), top=aws_in(d, ME_P, "99f7d4b8c6"))
    out.append(M(raw, "survey", False, CASE_E, [], "Case E (console) survey", "console sender; question mark in subject"))

    # 63 HR final reminder
    d = dt(2025, 10, 29, 9, 0, 55)
    txt = """Tanabe-san

人事部の守屋です。最終のご案内です。 / Final reminder.

- PC・社員証の返却: 10/31(金) 17:00まで / Return your laptop and ID card by Fri 31 Oct 17:00.
- メールボックス停止: 10/31(金) 18:00 / Mailbox disabled at 18:00 on Fri 31 Oct.

守屋
"""
    raw = message(d, addr("守屋 由佳", "y.moriya@kitakaze-sys.co.jp"), addr("田辺 ミレイユ", ME_C),
                  "RE: 【退職手続き】退職日までのお願い / Exit checklist", leaf("text/plain", txt, cte="quoted-printable"),
                  "<TYWPR01MB102884A7C1E0F3D92B5A8E6C1A2912@TYWPR01MB10288.jpnprd01.prod.outlook.com>",
                  irt="<TYWPR01MB1031284C2A9F1E0D4B7D2A1C6A0712@TYWPR01MB10312.jpnprd01.prod.outlook.com>",
                  extra=["X-MS-Has-Attach: "], eol="\r\n")
    out.append(M(raw, "unrelated", False, None, [], "HR final reminder (company)", "deadlines, 'RE:' subject"))

    # 64 Credly lookalike phishing
    d = dt(2025, 10, 30, 3, 14, 9)
    html = """<html><body style="font-family:Helvetica,Arial">
<p>Hi Mireille,</p>
<p>We could not verify the certification behind your <b>AWS Certified Security &ndash; Specialty</b> badge after the recent change to your AWS Certification account.</p>
<p>To keep the badge, sign in and confirm your identity within 72 hours. Unverified badges are revoked automatically.</p>
<p><a href="https://credly-badges.com/verify?u=mireille.tanabe">Verify my badge</a></p>
<p>The Credly Team</p></body></html>
"""
    raw = message(d, addr("Credly", "notifications@credly-badges.com"), ME_P,
                  "Action needed: your AWS badge will be revoked", leaf("text/html", html, cte="quoted-printable"),
                  "<20251029181409.8812@credly-badges.com>",
                  top=in_posteo(d, "notifications@credly-badges.com", "mail.credly-badges.com", "103.75.118.40",
                                "credly-badges.com", "credly-badges.com", qid="4cTx9qE2Dr"))
    out.append(M(raw, "suspicious", False, None, [], "Credly lookalike phishing",
                 "knows about the merge and the badge; passes its own DKIM/DMARC on a lookalike domain"))

    # 65 owner's farewell mail (ISO-2022-JP)
    d = dt(2025, 10, 31, 16, 30, 0)
    txt = """各位

インフラチームの田辺です。
本日をもちましてKitakaze Systemsを退職いたします。
在職中は大変お世話になり、ありがとうございました。

今後の連絡先: mireille.tanabe@posteo.net

Thank you all for five great years. Keep in touch!

田辺 ミレイユ
"""
    raw = message(d, addr("田辺 ミレイユ", ME_C, "iso-2022-jp"), "all-staff@kitakaze-sys.co.jp", "退職のご挨拶 / Farewell",
                  leaf("text/plain", txt, charset="iso-2022-jp"),
                  "<TYWPR01MB10312F0A3B5C7E94D2E1B8C6FA3112@TYWPR01MB10312.jpnprd01.prod.outlook.com>",
                  extra=["X-MS-Has-Attach: ", "Content-Language: ja-JP"], subj_charset="iso-2022-jp", eol="\r\n")
    out.append(M(raw, "user_reply", False, None, [],
                 "Owner's farewell mail to all staff (ISO-2022-JP)",
                 "written by the owner but about no case"))

    # 66 owner forwards the merge result to the partner admin (typo in address)
    d = dt(2025, 11, 1, 11, 20, 45)
    txt = """Daichi-san,

For the partner tier records: AWS merged my certification record on 20 Oct,
so AWS03318472 no longer exists as a separate account and should drop out of
the Kitakaze count. Their confirmation is below.

Mireille

-------- Forwarded Message --------
Subject: RE:[CASE 175970966304217] [AWS Training and Certification Form Submission] - account-assistance
Date: Mon, 20 Oct 2025 09:12:48 +0900
From: Kenji Hartmann (AWS Training and Certification) <aws-cs-trainingcertification-form@amazon.com>
To: mireille.tanabe@posteo.net

""" + RESOLVED_A_TOP + "\n"
    raw = message(d, addr(ME_NAME, ME_P), "partner-admn@kitakaze-sys.co.jp",
                  "Fwd: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), leaf("text/plain", txt, params="; format=flowed"),
                  MID_FWD_PA, refs=[MID_RESOLVED_A], extra=["User-Agent: Mozilla Thunderbird"])
    out.append(M(raw, "user_reply", False, CASE_A, [CAND_CO],
                 "Owner forwards the merge confirmation to the partner admin (mistyped address)",
                 "own forward of a resolution; her note names the old candidate ID"))

    # 67 bounce of that forward
    d = dt(2025, 11, 1, 11, 20, 51)
    expl = """This is the mail system at host mout01.posteo.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<partner-admn@kitakaze-sys.co.jp>: host
    kitakazesys-co-jp.mail.protection.outlook.com[52.101.228.10] said: 550 5.4.1
    Recipient address rejected: Access denied. (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mout01.posteo.de
X-Postfix-Queue-ID: 4cW1pQ6Zb0
Arrival-Date: Sat,  1 Nov 2025 03:20:46 +0100 (CET)

Final-Recipient: rfc822; partner-admn@kitakaze-sys.co.jp
Action: failed
Status: 5.4.1
Remote-MTA: dns; kitakazesys-co-jp.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
"""
    orig = """From: Mireille Tanabe <mireille.tanabe@posteo.net>
To: partner-admn@kitakaze-sys.co.jp
Subject: Fwd: RE:[CASE 175970966304217] [AWS Training and Certification Form Submission] - account-assistance
Message-ID: %s
Date: Sat, 1 Nov 2025 11:20:45 +0900
""" % MID_FWD_PA
    body = multi("report", [leaf("text/plain", expl, charset="us-ascii", extra=["Content-Description: Notification"]),
                            raw_leaf(["Content-Type: message/delivery-status", "Content-Description: Delivery report"], dsn.encode()),
                            raw_leaf(["Content-Type: text/rfc822-headers", "Content-Description: Undelivered Message Headers"], orig.encode())],
                 extra_params=" report-type=delivery-status;")
    raw = message(d, "MAILER-DAEMON@mout01.posteo.de (Mail Delivery System)", ME_P,
                  "Undelivered Mail Returned to Sender", body, "<20251101022051.4cW1pQ6Zb0@mout01.posteo.de>",
                  top=["Return-Path: <>", "Delivered-To: %s" % ME_P], extra=["Auto-Submitted: auto-replied"])
    out.append(M(raw, "unrelated", False, None, [],
                 "Bounce of the owner's forward (multipart/report)",
                 "case-number subject in the returned headers; from a mail system, not support"))

    # 68 new employer onboarding
    d = dt(2025, 11, 3, 8, 0, 0)
    txt = """Hi Mireille,

Welcome to Sorane Labs! We're looking forward to your first day on Tuesday,
4 November.

Before then, please:
- sign the employment documents in the HR portal
- reply to this email with your preferred laptop (MacBook Pro 14" or ThinkPad X1)

Your work address will be mireille@soranelabs.io. You can link it to your
existing AWS Certification account through AWS Partner Central once it is
active.

Sorane Labs People Team
"""
    raw = message(d, addr("Sorane Labs People Team", "people@soranelabs.io"), ME_P,
                  "Welcome to Sorane Labs - your first day on 4 November", leaf("text/plain", txt),
                  "<CAJx9q2W1fZ0p7Ev3kLmN8rT4sD@mail.gmail.com>",
                  top=in_posteo(d, "people@soranelabs.io", "mail-sor-f41.google.com", "209.85.220.41",
                                "soranelabs.io", "soranelabs.io", qid="4cWB2dF7Hu"))
    out.append(M(raw, "unrelated", False, None, [], "New employer onboarding",
                 "asks for a reply; mentions linking the certification account"))

    # 69 billing console case acknowledgement (not T&C)
    d = dt(2025, 11, 4, 15, 12, 55)
    txt = """Hello,

We have opened case 176223675027741 for you. Here is a summary of the case:

Case ID: 176223675027741
Subject: Unexpected charge for idle Elastic IP addresses
Severity: General question
Service: Billing
Category: Charge inquiry
Correspondence: 2025-11-04 06:12:30 UTC

I was charged for public IPv4 addresses in October although I released them in September.

[AWS ID 483920176652]

To see this case or add to it, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=176223675027741&language=en

Please note: this email address cannot accept incoming mail. Use the Support
Center link above to update your case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    raw = message(d, CONSOLE, ME_P, "Amazon Web Services: New Support case: %s" % CASE_F, leaf("text/plain", txt),
                  ses("9a4a0c2e18"), top=aws_in(d, ME_P, "9a4a0c2e18"))
    out.append(M(raw, "unrelated", False, None, [],
                 "Console case about billing opened (not Training and Certification)",
                 "same sender and template as case E's acknowledgement; only 'Service: Billing' tells it apart"))
    return out
