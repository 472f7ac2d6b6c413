# Part 3: February - mid April 2025 (before the merge case)
from gen_lib import *

CO = addr("Makabe Toru", ME_COMPANY)
PE = addr(ME_NAME, ME_PERSONAL)

# 023 certmetrics: passed SAP ----------------------------------------------------
t = """Hello Toru Makabe,

Well done! You have earned AWS Certified Solutions Architect - Professional.

Earning this certification also renews the following certifications you
hold, with a new expiration date of 15 February 2028:
  - AWS Certified Solutions Architect - Associate
  - AWS Certified Developer - Associate

Candidate ID: AWS02417785

Your certificate, digital badge and new benefits are available in your
AWS Certification Account. A 50% discount for your next exam has been added.

AWS Certification
"""
add("certification", False, None, [CAND_OLD],
    "Exam pass + recertification notice with candidate ID; talks about benefits, not a case",
    [*auth_exo("certmetrics.com", "bounce.certmetrics.com"),
     ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_COMPANY),
     ("Subject", "Congratulations on earning your AWS Certification!"),
     ("Date", date("2025-02-16 08:30:12")),
     ("Message-ID", "<0101019509b2f7d4-6e1a0c33-2f8b-4c79-9b21-a47d0e5c6f18-000000@us-west-2.amazonses.com>")],
    part(t, cte="quoted-printable"))

# 024 Credly: SAP badge (HTML only) -------------------------------------------------
h = """<html><body style="background:#f5f5f5"><table width="100%"><tr><td align="center">
<table width="560" style="background:#fff;padding:24px;font-family:Helvetica,Arial">
<tr><td><p style="font-size:20px">Congratulations, Toru!</p>
<p>You've been awarded the <b>AWS Certified Solutions Architect &ndash; Professional</b> badge by <b>Amazon Web Services Training and Certification</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/a91e3f07-5d2c-4b8e-9c16-0f7b2e4d8a53">Accept badge</a></p>
<p style="color:#666;font-size:12px">Your badges for Solutions Architect &ndash; Associate and Developer &ndash; Associate have also been updated with their new expiration dates.</p>
<p style="color:#999;font-size:11px">Credly by Pearson &middot; <a href="https://www.credly.com/notifications">Notification settings</a></p>
</td></tr></table></td></tr></table></body></html>"""
add("badge", False, None, [],
    "HTML-only Credly badge award",
    [*auth_exo("credly.com", "bounces.credly.com", ip="167.89.12.44"),
     ("From", addr("Credly", "admin@credly.com")),
     ("To", ME_COMPANY),
     ("Subject", "You've been awarded a new badge"),
     ("Date", date("2025-02-16 09:02:47")),
     ("Message-ID", "<20250216000247.5532.a8c1@credly.com>")],
    part(h, "html", cte="quoted-printable"))

# 025 console case about EC2 quota: AWS case, asks, but not T&C -----------------------
t = """Hello,

Thank you for your patience while we reviewed your quota increase request for
Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in
ap-northeast-1.

Before the service team can approve an increase from 32 to 256 vCPUs, they
would like to understand the workload better. Could you describe:
  - what the instances will run, and
  - whether the increase is needed permanently or only for a test window?

Please reply through the Support Center using the link below.

Best regards,

Hiroshi K.
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center
using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=174002836000264&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
"""
add("unrelated", False, "174002836000264", [],
    "Real AWS console case with questions for the owner, but about an EC2 quota, not Training and Certification",
    [*auth_icloud("amazon.com", "01010195222e8c61@us-west-2.amazonses.com"),
     ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", ME_PERSONAL),
     ("Subject", "RE:[CASE 174002836000264] Service Quotas: EC2 On-Demand vCPU limit increase"),
     ("Date", date("2025-02-20 16:48:10")),
     ("Message-ID", "<01010195222e8c61-0f4d7b9a-63e1-4a0c-8d52-b1e6c3f9a702-000000@us-west-2.amazonses.com>")],
    part(t, cte="7bit", charset="us-ascii"))

# 026 AWS marketing (Japanese) ---------------------------------------------------------
h = """<html><body style="font-family:'Hiragino Sans','Meiryo',sans-serif">
<p>真壁 透 様</p>
<p><b>AWS Summit Japan 2025</b> の事前登録を開始しました。</p>
<p>6 月 25 日（水）・26 日（木）幕張メッセにて開催。AWS 認定資格保有者向けの「認定者ラウンジ」もご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#888">このメールは AWS からのお知らせの配信を希望されたお客様にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>"""
add("unrelated", False, None, [],
    "AWS marketing in Japanese mentioning a lounge for certification holders",
    [*auth_icloud("amazon.com", "bounce@marketing.awscloud.com", ip="199.15.213.44"),
     ("From", addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com")),
     ("To", ME_PERSONAL),
     ("Subject", subj("AWS Summit Japan 2025 事前登録受付中")),
     ("Date", date("2025-03-03 12:00:00")),
     ("Message-ID", "<1741000800.9c2e.AWS-JP-SUMMIT25@pages.awscloud.com>"),
     ("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")],
    part(h, "html", cte="base64"))

# 027 new employer HR asks for certification details --------------------------------------
HR_ID = "<CAF3k9pQ2x7Lumenpeak+Zr81a@mail.gmail.com>"
t = """Hi Toru,

Welcome aboard (almost)! Ahead of your start on 1 May, could you send me the
following so we can register you in our AWS Partner Central profile?

  - The AWS Certifications you hold and their expiry dates
  - Your AWS candidate ID (AWS followed by eight digits, e.g. AWSxxxxxxxx)
  - The e-mail address your certification account will use after you leave
    Hoshizora

No rush - any time before your first day is fine.

Thanks,
Chloe Navarro
People Operations, Lumen Peak Inc.
"""
add("unrelated", False, None, [],
    "New employer asks for certification details and candidate ID (placeholder AWSxxxxxxxx, not an ID); a request, but not from support",
    [*auth_icloud("lumenpeak.io", "chloe.navarro@lumenpeak.io", ip="209.85.220.41"),
     ("From", addr("Chloe Navarro", "chloe.navarro@lumenpeak.io")),
     ("To", ME_PERSONAL),
     ("Subject", "Partner Central registration - certification details"),
     ("Date", date("2025-03-10 14:02:33")),
     ("Message-ID", HR_ID)],
    part(t, cte="7bit", charset="us-ascii"), eol="\n")

# 028 owner's reply to HR (user_reply, not a case) ------------------------------------------
t = """Hi Chloe,

Thanks! Here is what I have today:

  - AWS Certified Solutions Architect - Professional (expires 2028-02-15)
  - AWS Certified Solutions Architect - Associate (expires 2028-02-15)
  - AWS Certified Developer - Associate (expires 2028-02-15)

The candidate ID is currently AWS02417785, but that account is tied to my
Hoshizora address. I'll ask AWS to merge it into my personal certification
account (makabe.toru@icloud.com) before my last day, so the ID you register
may change. I'll let you know once it's done.

Best,
Toru

> On 10 Mar 2025, at 14:02, Chloe Navarro <chloe.navarro@lumenpeak.io> wrote:
>
> Hi Toru,
>
> Welcome aboard (almost)! Ahead of your start on 1 May, could you send me the
> following so we can register you in our AWS Partner Central profile?
>
>   - The AWS Certifications you hold and their expiry dates
>   - Your AWS candidate ID (AWS followed by eight digits, e.g. AWSxxxxxxxx)
>   - The e-mail address your certification account will use after you leave
>     Hoshizora
>
> No rush - any time before your first day is fine.
>
> Thanks,
> Chloe Navarro
> People Operations, Lumen Peak Inc.
"""
add("user_reply", False, None, [CAND_OLD],
    "Owner's own mail to HR (Apple Mail quoting), about the planned merge but no support case yet",
    [("From", PE),
     ("To", addr("Chloe Navarro", "chloe.navarro@lumenpeak.io")),
     ("Subject", "Re: Partner Central registration - certification details"),
     ("Date", date("2025-03-11 08:17:40")),
     ("Message-ID", "<5E0B2C7A-91D4-4F3B-A6E8-2C1D07F9B4A3@icloud.com>"),
     ("In-Reply-To", HR_ID),
     ("References", HR_ID),
     ("X-Mailer", "iPhone Mail (22D72)")],
    part(t, cte="quoted-printable"), eol="\n")

# 029 ex-colleague forwards his 2021 case as an example (10-digit case) -------------------
t = """Toru-san,

Heard you're leaving too - congrats! When I moved my certs out of Hoshizora in
2021 this is what AWS sent me. I just answered "Confirmed" and it was done the
same afternoon. For reference my ID was AWS05562019 at the time.

Ryo

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Thu, Jun 10, 2021 at 4:12 AM
Subject: RE:[CASE 8469301725] [AWS Training and Certification Form Submission] - account-assistance
To: <ryo.fujisawa@gmail.com>


Hi Ryo,

Thank you for your patience. I located two certification accounts:

Account #1
Login email: ryo.fujisawa@gmail.com
Candidate ID: AWS09918273

Account #2
Login email: r-fujisawa@hoshizora-tech.co.jp
Candidate ID: AWS05562019

Please confirm that both accounts are yours and that we should merge them
into Account #1.

Regards,
Wen
AWS Training and Certification
"""
add("unrelated", False, "8469301725", [CAND_OLD.replace("02417785", "05562019")],
    "Former colleague forwards his own 2021 confirmation request (10-digit case) as an example; the ask is his, long settled; only his new-text ID counts",
    [*auth_icloud("gmail.com", "ryo.fujisawa@gmail.com", ip="209.85.220.69"),
     ("From", addr("Ryo Fujisawa", "ryo.fujisawa@gmail.com")),
     ("To", ME_PERSONAL),
     ("Subject", "Fwd: RE:[CASE 8469301725] [AWS Training and Certification Form Submission] - account-assistance"),
     ("Date", date("2025-03-18 22:41:07")),
     ("Message-ID", "<CAH7vq+Ow1kR9F3b2eXyJp0aLmT5cQ8uD4nZ6sV1gE2hB3iK7=w@mail.gmail.com>")],
    multipart([part(t, cte="quoted-printable"),
               part("<div dir=\"ltr\">" + html_from_text(t) + "</div>", "html", cte="quoted-printable")],
              "000000000000a1b2c3062f8e7d55"), eol="\n")

# 030 Japanese tech newsletter mentioning the merge procedure -------------------------------
t = """━━━━━━━━━━━━━━━━━━━━━━
 Cloud Note Weekly  2025年3月第4週号
━━━━━━━━━━━━━━━━━━━━━━

■ 今週の人気記事

1. 転職前にやっておきたい「AWS認定アカウントの統合」手順まとめ
   会社のメールアドレスで作った認定アカウントを個人アカウントへ。
   サポートから届く確認メールへの返信の仕方も解説。
   https://cloudnote.jp/articles/aws-cert-account-merge

2. Amazon Bedrock のガードレールを Terraform で管理する
   https://cloudnote.jp/articles/bedrock-guardrails-terraform

3. 【合格体験記】AWS Certified Security - Specialty を 3 週間で
   https://cloudnote.jp/articles/scs-c02-3weeks

■ イベント
 4/12（土）JAWS-UG 東京 「資格とキャリア」LT大会
 https://jawsug.connpass.com/event/349120/

配信停止：https://cloudnote.jp/newsletter/unsubscribe?u=4c9e1a
"""
add("unrelated", False, None, [],
    "Japanese newsletter whose headline is about merging certification accounts and replying to support's confirmation",
    [*auth_icloud("cloudnote.jp", "newsletter@mail.cloudnote.jp", ip="149.72.134.55"),
     ("From", addr("Cloud Note Weekly", "newsletter@cloudnote.jp")),
     ("To", ME_PERSONAL),
     ("Subject", subj("【Cloud Note Weekly】転職前にやっておきたいAWS認定アカウントの統合 ほか")),
     ("Date", date("2025-03-25 07:00:00")),
     ("Message-ID", "<nl-20250325-0700.4c9e1a@cloudnote.jp>"),
     ("List-Unsubscribe", "<https://cloudnote.jp/newsletter/unsubscribe?u=4c9e1a>")],
    part(t, cte="base64"))

# 031 company IT: mailbox shutdown notice (ISO-2022-JP) -------------------------------------
t = """真壁 透 さん

情報システム部です。
退職手続きに伴い、以下のとおりアカウントを停止します。

　対象　　：t-makabe@hoshizora-tech.co.jp（Microsoft 365、Slack、VPN）
　停止日時：2025年4月30日（水）23:59

停止後はメールの受信・転送ともにできなくなります（外部への自動転送も不可）。
業務で利用している外部サービスの登録メールアドレスは、停止日までに
変更または引き継ぎを済ませてください。

不明点は helpdesk@hoshizora-tech.co.jp までお問い合わせください。

株式会社星空テクノロジーズ 情報システム部
"""
add("unrelated", False, None, [],
    "Company IT notice: mailbox closes 30 April; tells him to move registrations - an instruction, but internal",
    [("Received", "from TYWPR01MB10231.jpnprd01.prod.outlook.com by TY3PR01MB9803.jpnprd01.prod.outlook.com;\n Tue, 1 Apr 2025 01:05:33 +0000"),
     ("From", addr("情報システム部", "helpdesk@hoshizora-tech.co.jp", "iso-2022-jp")),
     ("To", CO),
     ("Subject", subj("【情報システム部】退職に伴うアカウント停止のお知らせ", "iso-2022-jp")),
     ("Date", date("2025-04-01 10:05:29")),
     ("Message-ID", "<TYWPR01MB10231D7E2A9C4B1F03E6D8A2F5B7@TYWPR01MB10231.jpnprd01.prod.outlook.com>"),
     ("X-MS-Exchange-Organization-AuthAs", "Internal")],
    part(t, charset="iso-2022-jp", cte="7bit"))

# 032 Builder ID verification code ---------------------------------------------------------
t = """AWS Builder ID

Verify your email address

To finish creating your AWS Builder ID, enter this verification code:

    418 306

This code expires in 10 minutes. If you did not request it, you can ignore
this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
add("unrelated", False, None, [],
    "Builder ID one-time code (6 digits) while creating the new account",
    [*auth_icloud("signin.aws", "bounce@signin.aws", ip="54.240.8.200"),
     ("From", addr("AWS Builder ID", "no-reply@signin.aws")),
     ("To", ME_PERSONAL),
     ("Subject", "Verify your AWS Builder ID email address"),
     ("Date", date("2025-04-14 21:31:55")),
     ("Message-ID", "<010101963490a77c-5e91d0b3-c4f2-4e17-8a6d-2f0b9c1e3d84-000000@us-east-1.amazonses.com>")],
    part(t, cte="7bit", charset="us-ascii"))

# 033 owner's note to self ---------------------------------------------------------------
t = """cert merge memo (before submitting the form)

old: t-makabe@hoshizora-tech.co.jp  -> AWS02417785  (APN-linked via Partner Central!)
new: makabe.toru@icloud.com         -> AWS11830462  (Builder ID created tonight)

certs: SAP, SAA, DVA (all to 2028-02-15)
benefit: 50% voucher (new one from Feb) - not used yet
last day at Hoshizora: 4/30, mailbox dies 23:59
screenshots of exam history saved to iCloud Drive /certs
"""
add("user_reply", False, None, [CAND_OLD, CAND_NEW],
    "Owner's note to self listing both candidate IDs; no case yet",
    [("From", PE),
     ("To", PE),
     ("Subject", "memo: AWS cert merge"),
     ("Date", date("2025-04-14 21:52:18")),
     ("Message-ID", "<7A1C3E90-2B4D-4F61-9C8E-0D5B6A7F1E22@icloud.com>"),
     ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    part(t, cte="7bit", charset="us-ascii"), eol="\n")
