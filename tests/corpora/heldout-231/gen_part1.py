# Part 1: November 2023. Owner still employed at Kohaku SI. Case B (11-digit) about a missing benefit.
from gen_common import *

# 001 connpass event mail (ja)
add("unrelated", False, None, [], [
    ("Return-Path", "<noreply@connpass.com>"),
    ar_fm("connpass.com"),
    ("From", addr("connpass", "noreply@connpass.com")),
    ("To", ME_PERSONAL),
    ("Subject", h("【JAWS-UG大阪】11月度勉強会「認定資格ぜんぶ取った人の話」参加登録が完了しました")),
    ("Date", "Mon, 06 Nov 2023 09:12:40 +0900"),
    ("Message-ID", "<20231106001240.3f9a1c@connpass.com>")],
    part("""松永 玲奈 さん

以下のイベントへの参加登録が完了しました。

イベント: JAWS-UG大阪 11月度勉強会「認定資格ぜんぶ取った人の話」
日時: 2023/11/21(火) 19:00〜21:00
会場: 大阪市北区 (詳細は参加者への情報をご確認ください)
参加枠: 一般 (先着)

キャンセルする場合はイベントページから「参加をキャンセル」を押してください。
このメールに返信いただいてもお答えできません。

--
connpass - エンジニアをつなぐIT勉強会支援プラットフォーム
""", cte="base64"))

# 002 CertMetrics recertification
add("certification", False, None, ["AWS02718846"], [
    ("Return-Path", "<bounces+2213@em.certmetrics.com>"),
    ar_o365("certmetrics.com"),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", addr("Rena Matsunaga", ME_COMPANY)),
    ("Subject", "Congratulations on recertifying your AWS Certification!"),
    ("Date", "Tue, 07 Nov 2023 02:31:07 +0000"),
    ("Message-ID", "<CM.20231107023107.88412@certmetrics.com>")],
    ("alternative", [
        part("""Hello Rena Matsunaga,

Nice work. You have successfully recertified and your AWS Certified Solutions
Architect - Associate credential is active for another three years.

Candidate ID: AWS02718846
Validation number: 7QL2X1KCR2E41Y3M
Expiration date: Nov 02, 2026

Your digital badge will be issued by Credly within five business days. Exam
benefits, including a discount on your next exam, are listed in the Benefits
section of your AWS Certification Account.

Regards,
AWS Training and Certification
""", cte="7bit"),
        part("""<html><body style="font-family:Arial,sans-serif">
<p>Hello Rena Matsunaga,</p>
<p>Nice work. You have successfully recertified and your <b>AWS Certified Solutions Architect - Associate</b> credential is active for another three years.</p>
<table cellpadding="4"><tr><td>Candidate ID</td><td>AWS02718846</td></tr>
<tr><td>Validation number</td><td>7QL2X1KCR2E41Y3M</td></tr>
<tr><td>Expiration date</td><td>Nov 02, 2026</td></tr></table>
<p>Your digital badge will be issued by Credly within five business days. Exam benefits, including a discount on your next exam, are listed in the Benefits section of your AWS Certification Account.</p>
<p>Regards,<br>AWS Training and Certification</p></body></html>""", sub="html")]))

# 003 Credly badge
add("badge", False, None, [], [
    ("Return-Path", "<bounce-mc.us5_1027@mail.credly.com>"),
    ar_o365("credly.com"),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_COMPANY),
    ("Subject", "Rena, claim your AWS Certified Solutions Architect \u2013 Associate badge"),
    ("Date", "Wed, 08 Nov 2023 14:02:55 +0000"),
    ("Message-ID", "<6549b2df9a1e2_1c3f@credly-mailer.mail>")],
    part("""<html><body>
<div style="max-width:560px;margin:auto;font-family:Helvetica,Arial">
<img src="https://images.credly.com/logo.png" alt="Credly" width="90">
<h2>You've been issued a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0f6b4f83-2d0c-4c6e-9d2f-3b1a9c7a5e11" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because an issuer on Credly awarded you a badge. Credly, 13601 Preston Road, Dallas, TX.</p>
</div></body></html>""", sub="html"))

# 004 AWS billing
add("unrelated", False, None, [], [
    ("Return-Path", "<0100018b9f@amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("Amazon Web Services", "aws-billing@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Amazon Web Services Billing Statement Available [AWS ID 305817264490]"),
    ("Date", "Thu, 09 Nov 2023 06:44:18 +0000"),
    ("Message-ID", "<0100018bb1e3a8f4-7d5a1b11-0c0e-4b8b-9a1e-6f2f2c0a0d77-000000@email.amazonses.com>")],
    part("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account
ending in 4490, is available on the AWS web site. Your account will be
charged the following:

Total: $3.71

You can see a complete break down of all charges on the Billing & Cost
Management page located at https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210.
""", cte="7bit"))

# 005 ack case B
ackB_details = """Inquiry type: Certification
Additional details: Certification Benefits
Candidate ID: AWS02718846
Email: r-matsunaga@kohaku-si.co.jp
How can we help you?: I recertified AWS Certified Solutions Architect -
Associate on 2 November 2023 but the Benefits page of my certification
account does not show the 50% discount voucher for the next exam. The old
voucher from 2020 is shown as expired. Could you check?"""
add("acknowledgement", False, CASE_B, ["AWS02718846"], [
    ("Return-Path", "<0100018bb7@amazonses.com>"),
    ar_o365("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_COMPANY),
    ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_B),
    ("Date", "Thu, 09 Nov 2023 23:58:02 +0000"),
    ("Message-ID", "<MT2Fv7sCQ4e1x0k9wGg0s5CZbD1@sfdc.net>")],
    part("""Hello,

We've got your message and a support case is now open under case ID
%s. Someone from AWS Training and Certification will write to you; most
requests get a first answer within one business day, although some take longer
when we need to involve another team.

To avoid delays, keep everything about this request in this thread instead of
submitting the form again.

Summary of what you sent us:

%s

Best regards,
AWS Training and Certification Customer Support
""" % (CASE_B, ackB_details), cte="quoted-printable"), key="B1")

# 006 GitHub PR merged
add("unrelated", False, None, [], [
    ("Return-Path", "<noreply@github.com>"),
    ar_o365("github.com"),
    ("From", addr("Yuto Hanada", "notifications@github.com")),
    ("Reply-To", addr("kohaku-si/infra-templates", "reply+AAAB7Q2@reply.github.com")),
    ("To", addr("kohaku-si/infra-templates", "infra-templates@noreply.github.com")),
    ("Cc", addr("Rena Matsunaga", ME_COMPANY) + ", Review requested <review_requested@noreply.github.com>"),
    ("Subject", "Re: [kohaku-si/infra-templates] Add SCP for sandbox OUs (PR #212)"),
    ("Date", "Fri, 10 Nov 2023 00:17:44 -0800"),
    ("Message-ID", "<kohaku-si/infra-templates/pull/212/c19823@github.com>"),
    ("In-Reply-To", "<kohaku-si/infra-templates/pull/212@github.com>"),
    ("References", "<kohaku-si/infra-templates/pull/212@github.com>"),
    ("List-ID", "kohaku-si/infra-templates <infra-templates.kohaku-si.github.com>")],
    part("""Merged #212 into main.

The account merge of the two sandbox OUs is done too; the old OU can be
deleted after the next apply.

--
Reply to this email directly, view it on GitHub:
https://github.com/kohaku-si/infra-templates/pull/212#event-10922841
You are receiving this because your review was requested.
""", cte="7bit"))

# 007 Case B info request in Japanese (ISO-2022-JP)
add("info_request", True, CASE_B, [], [
    ("Return-Path", "<0100018bbc@amazonses.com>"),
    ar_o365("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_COMPANY),
    ("Subject", h("RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_B)),
    ("Date", "Fri, 10 Nov 2023 08:41:29 +0000"),
    ("Message-ID", "<Q7bLr0FxT9m2_aKc3H@sfdc.net>"),
    ("In-Reply-To", IDS["B1"]), ("References", IDS["B1"])],
    part("""松永 玲奈 様

AWS トレーニングと認定カスタマーサポートの佐々木でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

再認定後に割引特典が表示されない件につきまして、認定アカウントの記録を確認いたしました。
再認定の記録自体は正常に登録されておりますが、特典の発行は試験結果の確定処理と連動しており、
まれに処理が途中で止まってしまうことがございます。

つきましては、調査を進めるにあたり、以下の 2 点をこのメールへの返信にてご教示いただけますでしょうか。

1. 再認定試験を受験された日付と試験会場(テストセンターまたはオンライン)
2. 特典ページに表示されている期限切れバウチャーの末尾 4 桁

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐々木 美穂
AWS トレーニングと認定 カスタマーサポート
""", cs="iso-2022-jp", cte="7bit"), key="B2")

# 008 colleague, Shift_JIS
add("unrelated", False, None, [], [
    ("Return-Path", "<k-hosoda@kohaku-si.co.jp>"),
    ("From", addr("細田 恭平", "k-hosoda@kohaku-si.co.jp", "iso-2022-jp")),
    ("To", "dev-all@kohaku-si.co.jp"),
    ("Subject", h("【出欠確認】12/15 開発部 忘年会", "iso-2022-jp")),
    ("Date", "Fri, 10 Nov 2023 18:05:12 +0900"),
    ("Message-ID", "<TYCP286MB1123A8F0E9C1A5D6B8E2C1B7A0@TYCP286MB1123.JPNP286.PROD.OUTLOOK.COM>"),
    ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")],
    part("""開発部の皆さま

お疲れさまです。細田です。
今年も忘年会を開催します。

日時: 12月15日(金) 18:30〜
場所: 梅田「炉端 かがり」
会費: 5,000円 (当日集金)

11/17(金)までに、このメールに返信する形で出欠をお知らせください。
アレルギー等あれば併せてどうぞ。

細田
""", cs="shift_jis", cte="base64"), key="party")

# 009 JetBrains support (other vendor, asks for info)
add("unrelated", False, None, [], [
    ("Return-Path", "<support+id4418203@jetbrains.zendesk.com>"),
    ar_o365("jetbrains.com"),
    ("From", addr("JetBrains Sales Support", "sales@jetbrains.com")),
    ("Reply-To", addr("JetBrains Sales Support", "sales@jetbrains.com")),
    ("To", ME_PERSONAL),
    ("Subject", "[JetBrains] Re: License transfer to personal account (Request #4418203)"),
    ("Date", "Sat, 11 Nov 2023 10:22:03 +0000"),
    ("Message-ID", "<3VQ9ZK8M2X_655f5d3b8c1e1_7d3f@pod17.zendesk.com>")],
    part("""##- Please type your reply above this line -##

Your request (4418203) has been updated. To add additional comments, reply to this email.

Olga K. (JetBrains)
Nov 11, 2023, 11:22 CET

Hello Rena,

Thanks for reaching out. We can move the personal IntelliJ IDEA Ultimate
subscription from your work JetBrains Account to the private one, but we need
the order reference (it starts with "A" followed by seven digits) and
confirmation that the company account owner agrees. Could you send both?

Kind regards,
Olga
JetBrains s.r.o.
""", cte="quoted-printable"))

# 010 owner reply to case B (Outlook, top-posted, Japanese)
add("user_reply", False, CASE_B, ["AWS02718846"], [
    ("From", addr("松永 玲奈", ME_COMPANY)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_B),
    ("Date", "Mon, 13 Nov 2023 09:48:30 +0900"),
    ("Message-ID", "<TYWP286MB2299F1C0D3E8A0B4F7E0AA91C4@TYWP286MB2299.JPNP286.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", IDS["B2"]), ("References", IDS["B1"] + " " + IDS["B2"]),
    ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja-JP")],
    part("""佐々木様

ご連絡ありがとうございます。松永です。
ご質問の件、以下のとおりです。

1. 受験日: 2023年11月2日、OnVUE(オンライン監督)で受験しました
2. 期限切れバウチャーの末尾: 7F3K

念のため候補IDも記載します: AWS02718846

よろしくお願いいたします。

松永 玲奈
株式会社コハクシステムインテグレーション クラウド推進部

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, November 10, 2023 5:41 PM
To: 松永 玲奈 <r-matsunaga@kohaku-si.co.jp>
Subject: RE: [CASE 14128806931] [AWS Training and Certification Form Submission] - certification

松永 玲奈 様

AWS トレーニングと認定カスタマーサポートの佐々木でございます。
(中略)
つきましては、調査を進めるにあたり、以下の 2 点をこのメールへの返信にてご教示いただけますでしょうか。

1. 再認定試験を受験された日付と試験会場(テストセンターまたはオンライン)
2. 特典ページに表示されている期限切れバウチャーの末尾 4 桁
""", cte="base64"), key="B3")

# 011 owner reply to colleague (party)
add("user_reply", False, None, [], [
    ("From", addr("松永 玲奈", ME_COMPANY)),
    ("To", addr("細田 恭平", "k-hosoda@kohaku-si.co.jp")),
    ("Subject", h("RE: 【出欠確認】12/15 開発部 忘年会")),
    ("Date", "Mon, 13 Nov 2023 10:02:11 +0900"),
    ("Message-ID", "<TYWP286MB2299A7710B2C6D3E9F01BB23C4@TYWP286MB2299.JPNP286.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", IDS["party"]), ("References", IDS["party"])],
    part("""細田さん

出席でお願いします。アレルギーは特にありません。

松永
""", cte="quoted-printable"))

# 012 case update B
add("case_update", False, CASE_B, [], [
    ("Return-Path", "<0100018bc9@amazonses.com>"),
    ar_o365("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_COMPANY),
    ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_B),
    ("Date", "Tue, 14 Nov 2023 03:15:47 +0000"),
    ("Message-ID", "<Wd0pE3uZ1s8k_bN4Ax@sfdc.net>"),
    ("In-Reply-To", IDS["B3"]), ("References", " ".join([IDS["B1"], IDS["B2"], IDS["B3"]]))],
    part("""Hi Rena,

Marcus here, picking up from my colleague Miho. Thank you for the exam date and
the voucher details; that was exactly what we were missing.

Vouchers are generated by our Certification Benefits team, so I have handed
your case over to them with everything you sent. They usually turn these
around in three to five business days. There is nothing you need to do in the
meantime; you'll hear from us on this thread once the voucher has been
created.

Thanks for your patience,
Marcus T.
AWS Training and Certification Customer Support
""", cte="7bit"), key="B4")

# 013 suspicious: certmetrics lookalike
add("suspicious", False, None, [], [
    ("Return-Path", "<bounce@certmetrics-support.com>"),
    ar_o365("certmetrics-support.com"),
    ("From", addr("AWS Certification", "benefits@certmetrics-support.com")),
    ("To", ME_COMPANY),
    ("Subject", "Action needed: validate your AWS recertification benefit before it lapses"),
    ("Date", "Tue, 14 Nov 2023 19:40:02 +0000"),
    ("Message-ID", "<20231114194002.1A2B3C@certmetrics-support.com>")],
    part("""<html><body style="font-family:Arial">
<p>Dear Candidate,</p>
<p>Our records show a <b>50% exam discount</b> linked to your recent recertification that has not been validated.
Unvalidated benefits are removed after 48 hours.</p>
<p>To keep your benefit, sign in with your AWS Builder ID and confirm your identity:</p>
<p><a href="https://certmetrics-support.com/aws/validate?c=AWS">Validate my benefit</a></p>
<p>Please reply to this message with your candidate ID if the link does not work.</p>
<p>AWS Certification Program<br>&copy; 2023 Amazon Web Services</p>
</body></html>""", sub="html", cte="base64"))
