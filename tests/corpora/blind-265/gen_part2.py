# April - mid May 2025, up to the two form acknowledgements.
from gen_lib import *

# 007 Credly: badge expiring (badge)
html = """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table role="presentation" width="100%%"><tr><td align="center">
<table width="560" style="background:#fff;padding:24px;font-family:Helvetica,Arial">
<tr><td><img src="https://images.credly.com/email/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td><h1 style="font-size:20px">Your badge expires in 90 days</h1>
<p>Hi Rei,</p>
<p>Your badge <b>AWS Certified Developer &ndash; Associate</b>, issued by Amazon Web Services Training and Certification, expires on <b>July 19, 2025</b>.</p>
<p>To keep it active, follow the issuer's renewal requirements. Once the issuer records your recertification, a new badge will be issued automatically.</p>
<p><a href="https://www.credly.com/badges/9c2e61d4-3b7a-4f0e-8e55-1d7a0b92c4f3" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">View badge</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Credly, 1 World Trade Center, New York, NY. <a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr>
</table></td></tr></table></body></html>"""
add(("badge", False, None, []),
    auth_corp("credly.com", ip="167.89.101.2") + [
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_CORP),
    ("Subject", "Your AWS Certified Developer - Associate badge is about to expire"),
    ("Date", date("2025-04-21 15:02:11", "+0000")), ("Message-ID", gen_mid("credly.com"))],
    part(html, "html", cte="qp"))

# 008 certmetrics recertification reminder (certification)
body = """Hello Rei Okabe,

Candidate ID: AWS03318245

Your AWS Certified Developer - Associate certification expires on 2025-07-19.

To recertify, pass the current version of the exam or a higher-level exam in the same path before that date. Any recertification exam discount you hold is listed under Benefits in your AWS Certification Account.

Thank you,
AWS Training and Certification

This is an automated message. Replies to this address are not monitored.
"""
add(("certification", False, None, ["AWS03318245"]),
    auth_corp("certmetrics.com", ip="198.2.180.44") + [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_CORP),
    ("Subject", "Reminder: your AWS Certification expires in 90 days"),
    ("Date", date("2025-04-28 16:00:37", "+0000")), ("Message-ID", gen_mid("certmetrics.com"))],
    part(body, cte="7bit", cs="us-ascii"))

# 009 AWS Support Center (console) billing case opened
body = """Dear Amazon Web Services Customer,

We have opened case %s to address your issue. The details of your case are as follows:

Case ID: %s
Subject: Unexpected NAT Gateway charge in ap-northeast-1
Severity: General guidance
Correspondence: I was charged USD 38.40 for NAT Gateway hours in April, but I deleted the VPC on April 3. Account 410927365512.

We will respond to your case within the timeframe of the selected severity. You can view the case or add correspondence at:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This email was sent from an email address that cannot accept incoming e-mails.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
""" % (CASE_CON, CASE_CON, CASE_CON)
add(("unrelated", False, CASE_CON, []),
    recv_gmail(date("2025-05-07 06:19:40", "+0000"), "a27-18.smtp-out.us-west-2.amazonses.com", "54.240.27.18") +
    auth_gmail("amazon.com", ip="54.240.27.18") + [
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_GMAIL),
    ("Subject", "Amazon Web Services: New Support case: %s" % CASE_CON),
    ("Date", date("2025-05-07 06:19:39", "+0000")), ("Message-ID", ses_mid())],
    part(body, cte="qp"), key="con_new")

# 010 company IT notice, ISO-2022-JP
body = """退職予定者各位

情報システム部です。
退職日をもって、社用メールアカウントおよび社内システムのアカウントを停止いたします。

・メールアカウント停止：最終出社日の18:00
・転送設定は行いません
・外部サービス（AWS、GitHub 等）に社用アドレスで登録している場合は、
　停止前に登録メールアドレスの変更をお願いいたします。

ご不明点は情報システム部（内線 2210）までお問い合わせください。

--
西風システムズ株式会社　情報システム部
"""
add(("unrelated", False, None, []), [
    ("From", addr("情報システム部", "it-helpdesk@nishikaze-sys.co.jp", "iso-2022-jp")),
    ("To", ME_CORP),
    ("Subject", eh("【ご案内】退職に伴うアカウント停止について", "iso-2022-jp")),
    ("Date", date("2025-05-08 10:12:00")), ("Message-ID", outlook_mid())],
    part(body, cs="iso-2022-jp", cte="7bit"))

# 011 GitHub: pull request merged
body = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/reiokabe/terraform-aws-lab/pull/412#event-17429911035
You are receiving this because you authored the thread.
"""
add(("unrelated", False, None, []),
    auth_gmail("github.com", ip="192.30.252.201", sel="pf2023") + [
    ("From", addr("Kenta Mori", "notifications@github.com")),
    ("Reply-To", "reiokabe/terraform-aws-lab <reply+AAH4K2QZ7ONS@reply.github.com>"),
    ("To", "reiokabe/terraform-aws-lab <terraform-aws-lab@noreply.github.com>"),
    ("Cc", "Rei Okabe <%s>, Author <author@noreply.github.com>" % ME_GMAIL),
    ("Subject", "Re: [reiokabe/terraform-aws-lab] Merge account module into shared stack (PR #412)"),
    ("Date", date("2025-05-12 08:41:27", "-0700")),
    ("Message-ID", "<reiokabe/terraform-aws-lab/pull/412/issue_event/17429911035@github.com>"),
    ("In-Reply-To", "<reiokabe/terraform-aws-lab/pull/412@github.com>"),
    ("List-ID", "reiokabe/terraform-aws-lab <terraform-aws-lab.reiokabe.github.com>")],
    part(body, cte="7bit", cs="us-ascii"))

# 012 console case: agent asks for info, must answer in the console (other AWS service -> unrelated)
body = """Hello,

Thank you for contacting AWS Billing support.

I reviewed account 410927365512. The NAT Gateway nat-0b3f19e2c77a04d21 was still running until April 26; deleting a VPC does not always remove a NAT Gateway created by a separate stack. Could you confirm whether the CloudFormation stack "lab-network" was deleted as well, and share a screenshot of the NAT Gateways page in ap-northeast-1? Once I have it I can look into a one-time courtesy credit.

Best regards,
Takuya H.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.
""" % CASE_CON
add(("unrelated", False, CASE_CON, []),
    auth_gmail("amazon.com", ip="54.240.27.18") + [
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] Unexpected NAT Gateway charge in ap-northeast-1" % CASE_CON),
    ("Date", date("2025-05-13 03:55:10", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["con_new"])],
    part(body, cte="qp"), key="con_req")

# 013 Builder ID verification code
body = """AWS Builder ID

Verify your email address

Your verification code is: 582907

This code expires in 10 minutes. If you did not try to create an AWS Builder ID, ignore this message.
"""
add(("unrelated", False, None, []),
    auth_gmail("signin.aws", ip="54.240.8.76") + [
    ("From", addr("AWS Builder ID", "no-reply@signin.aws")),
    ("To", ME_GMAIL),
    ("Subject", "Verify your AWS Builder ID email address"),
    ("Date", date("2025-05-14 00:52:03", "+0000")), ("Message-ID", ses_mid())],
    alt(body, "<html><body><h2>Verify your email address</h2><p>Your verification code is:</p><p style=\"font-size:28px;letter-spacing:4px\"><b>582907</b></p><p>This code expires in 10 minutes. If you did not try to create an AWS Builder ID, ignore this message.</p></body></html>"))

# 014 owner's note to self (company -> personal)
body = """自分用メモ（退職前に控え）

旧 認定アカウント（会社）: AWS03318245  okabe.rei@nishikaze-sys.co.jp
新 認定アカウント（個人）: AWS05260917  rei.okabe.works@gmail.com

保有: SAP-C02 (2023/11), DVA-C02 (2022/07 期限 2025/07/19)
特典: 50% 割引バウチャー 1枚（未使用）
会社はAPNパートナーなので統合で止まるかも。フォームは会社アドレスから出す。
"""
add(("user_reply", False, None, ["AWS03318245", "AWS05260917"]), [
    ("From", addr("Okabe Rei", ME_CORP)),
    ("To", ME_GMAIL),
    ("Subject", eh("メモ: 認定アカウント統合")),
    ("Date", date("2025-05-14 10:01:15")), ("Message-ID", outlook_mid()),
    ("Content-Language", "ja-JP")],
    part(body, cte="b64"))
