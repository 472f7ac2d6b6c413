"""Part 2: January 2025 (console case D, an unrelated console case, company mail)."""
from mailkit import *

MESSAGES = []


def add(raw, lab):
    MESSAGES.append((raw, lab))


CONSOLE = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en"
NOREPLY = addr("Amazon Web Services", "no-reply-aws@amazon.com")
D_SUBJ = "Certification discount voucher missing after profile consolidation"

# 16 --------------------------------------------------------------- D1 console acknowledgement
d = when("2025-01-08 01:13:20", UTC)
D_ACK_ID = ses_mid("D-ack")
plain = """Amazon Web Services

Dear Customer,

Thank you for contacting AWS Support. Your case has been created.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: After my two certification profiles were combined (form case 13591208847),
the 50%% exam discount voucher I received for recertifying is no longer listed under
Benefits. The profile I use is %s.

An AWS Support associate will review it and respond as soon as possible.

To view or add to this case, sign in to the Support Center:
%s

Sincerely,
Amazon Web Services

This email was sent from an address that can't receive incoming email. Please don't reply to it.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % (CASE_D, D_SUBJ, ID_PERSONAL, CONSOLE % CASE_D)
add(message([
    recv_icloud(d, "a8-64.smtp-out.amazonses.com", "54.240.8.64", "d1"),
    auth_icloud("amazon.com"),
    ("From", NOREPLY),
    ("To", ME_PERSONAL),
    ("Subject", "Amazon Web Services: New Support case: %s" % CASE_D),
    ("Date", date_hdr(d)),
    ("Message-ID", D_ACK_ID),
], text(plain)), label("acknowledgement", case=CASE_D, ids=[ID_PERSONAL]))

# 17 --------------------------------------------------------------- Builder ID code
d = when("2025-01-09 03:02:11", UTC)
plain = """AWS Builder ID

Verify your identity

Here is your verification code:

    482913

This code expires in 10 minutes. If you didn't try to sign in, you can ignore this email.

Amazon Web Services will never ask you for this code.
"""
add(message([
    recv_icloud(d, "a8-22.smtp-out.amazonses.com", "54.240.8.22", "d2"),
    auth_icloud("signin.aws"),
    ("From", addr("AWS Builder ID", "no-reply@signin.aws")),
    ("To", ME_PERSONAL),
    ("Subject", "AWS Builder ID verification code"),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("builderid-0109")),
], text(plain)), label("unrelated"))

# 18 --------------------------------------------------------------- D2 info request (console, cannot reply by mail)
d = when("2025-01-09 03:20:45", UTC)
D_REQ_ID = ses_mid("D-req")
body_txt = """Hello Mirei,

Thanks for your patience, and for explaining the background so clearly.

When two certification profiles are consolidated, benefits normally travel with the exam
records. Vouchers are the one exception: they are generated against the profile that was
active on the day the exam result posted, and if that profile is deactivated afterwards the
voucher can stay behind on it. That is almost certainly what happened here, and it is
fixable - a voucher that was never redeemed can be issued again on the surviving profile.

To find the original voucher I have to look it up by exam session rather than by profile.
What I'm missing is the date you sat the recertification exam, and the candidate ID that
appears in the top right corner of the certification account you sign in to today. Once I
have those two details I'll trace the voucher and let you know what I find.

Best regards,
Mateus R.
Amazon Web Services
"""
footer = """
We value your feedback. Was this response helpful? Rate it in the Support Center:
%s

To contact us again about this case, sign in to the Support Center using the link above.
Note: this e-mail was sent from an address that cannot accept incoming e-mails. Replies to
this message will not reach AWS Support.
""" % (CONSOLE % CASE_D)
htm = ("<html><body style=\"font-family:Arial;font-size:14px\">" +
       "".join("<p>%s</p>" % p.replace("\n", " ") for p in body_txt.strip().split("\n\n")) +
       "<hr><p style=\"font-size:12px\">We value your feedback. Was this response helpful? "
       "<a href=\"%s&rating=5\">Yes</a> | <a href=\"%s&rating=1\">No</a></p>"
       "<p style=\"font-size:12px\">To contact us again about this case, sign in to the "
       "<a href=\"%s\">Support Center</a>.<br><i>Note: this e-mail was sent from an address that "
       "cannot accept incoming e-mails. Replies to this message will not reach AWS Support.</i></p>"
       "</body></html>") % ((CONSOLE % CASE_D,) * 3)
add(message([
    recv_icloud(d, "a8-65.smtp-out.amazonses.com", "54.240.8.65", "d3"),
    auth_icloud("amazon.com"),
    ("From", NOREPLY),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
    ("Date", date_hdr(d)),
    ("Message-ID", D_REQ_ID),
], multi("alternative", [text(body_txt + footer, cte="quoted-printable"), html(htm)], "=_Part_88123_41960.1736392845")),
    label("info_request", True, CASE_D))

# 19 --------------------------------------------------------------- D3 owner answers by e-mail anyway
d = when("2025-01-09 12:47:02")
D_USER_ID = apple_mid("D-user")
plain = """Hi Mateus,

Thanks! The recertification exam was on 3 October 2024 (online proctored).
The candidate ID I see at the top right is %s.

Best,
Mirei

> On 9 Jan 2025, at 12:20, Amazon Web Services <no-reply-aws@amazon.com> wrote:
> 
> Hello Mirei,
> 
> Thanks for your patience, and for explaining the background so clearly.
> 
> When two certification profiles are consolidated, benefits normally travel with the exam
> records. Vouchers are the one exception: they are generated against the profile that was
> active on the day the exam result posted, and if that profile is deactivated afterwards the
> voucher can stay behind on it.
> 
> To find the original voucher I have to look it up by exam session rather than by profile.
> What I'm missing is the date you sat the recertification exam, and the candidate ID that
> appears in the top right corner of the certification account you sign in to today.
> 
> Best regards,
> Mateus R.
> Amazon Web Services
""" % ID_PERSONAL
add(message([
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", NOREPLY),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
    ("Date", date_hdr(d)),
    ("Message-ID", D_USER_ID),
    ("In-Reply-To", D_REQ_ID),
    ("References", "%s %s" % (D_ACK_ID, D_REQ_ID)),
    ("X-Mailer", "iPhone Mail (22C152)"),
], text(plain, cte="quoted-printable")), label("user_reply", case=CASE_D, ids=[ID_PERSONAL]))

# 20 --------------------------------------------------------------- bounce of that reply
d = when("2025-01-09 12:47:09")
human = """This message was created automatically by the mail system.

Your message to the following recipient could not be delivered:

  no-reply-aws@amazon.com
    host amazon-smtp.amazon.com [207.171.188.4] said:
    550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not
    accept incoming mail

The original message headers are attached.
"""
status = """Reporting-MTA: dns; p00-icloudmta-asmtp-us-west-2a-100-percent-7
Arrival-Date: Thu, 9 Jan 2025 03:47:02 +0000 (UTC)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected
"""
orig = """From: Mirei Okonogi <%s>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: RE:[CASE %s] %s
Date: %s
Message-ID: %s
""" % (ME_PERSONAL, CASE_D, D_SUBJ, date_hdr(when("2025-01-09 12:47:02")), D_USER_ID)
add(message([
    ("Return-Path", "<>"),
    ("From", addr("Mail Delivery System", "MAILER-DAEMON@icloud.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("bounce-D", "icloud.com")),
    ("Auto-Submitted", "auto-replied"),
], multi("report", [text(human), raw_part("message/delivery-status", status, None),
                    raw_part("text/rfc822-headers", orig, None)],
         "6F1C21D8A4.1736394429/p00-icloudmta", params="; report-type=delivery-status")),
    label("unrelated", case=CASE_D))

# 21 --------------------------------------------------------------- unrelated console case (EC2 quota) asking a question
d = when("2025-01-11 04:02:37", UTC)
plain = """Hello,

Thank you for contacting AWS Support about your request to raise the Running On-Demand
Standard instances quota in ap-northeast-1 for account 508211934471.

Before we can forward the request to the service team, we need a short description of the
workload and confirmation of the expected peak vCPU count. Please add these details to the
case in the Support Center.

Best regards,
Kaito N.
Amazon Web Services

To contact us again about this case, please return to the Support Center:
%s

*This e-mail was sent from an address that cannot accept incoming e-mails.*
""" % (CONSOLE % CASE_Q)
add(message([
    recv_icloud(d, "a8-70.smtp-out.amazonses.com", "54.240.8.70", "d5"),
    auth_icloud("amazon.com"),
    ("From", NOREPLY),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] Service Quota increase: EC2 On-Demand Standard (ap-northeast-1)" % CASE_Q),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("Q-req")),
], text(plain)), label("unrelated", case=CASE_Q))

# 22 --------------------------------------------------------------- D4 closing notice (console auto-resolve)
d = when("2025-01-13 03:25:10", UTC)
plain = """Hello,

We haven't received a response from you on case %s (%s) since our last message on
January 9.

We'd still like to help. If we don't see a reply in the Support Center within 3 days, this
case will be resolved automatically. A resolved case can be reopened from the Support
Center for up to 14 days; after that a new case would be needed.

Sincerely,
Amazon Web Services

%s
This e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CASE_D, D_SUBJ, CONSOLE % CASE_D)
add(message([
    recv_icloud(d, "a8-66.smtp-out.amazonses.com", "54.240.8.66", "d6"),
    auth_icloud("amazon.com"),
    ("From", NOREPLY),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("D-close")),
    ("In-Reply-To", D_REQ_ID),
], text(plain)), label("closing_notice", True, CASE_D))

# 23 --------------------------------------------------------------- Pearson VUE booking (exam vendor)
d = when("2025-01-14 10:31:55", UTC)
plain = """Pearson VUE Confirmation of Booking

Dear Mirei Okonogi,

Thank you for scheduling your exam with Pearson VUE.

Exam: SCS-C02: AWS Certified Security - Specialty
Date: Thursday, February 20, 2025
Start time: 10:00 AM JST
Test center: Pearson Professional Centers-Tokyo, Japan
Registration number: 318602447
Candidate ID: %s

Please arrive 30 minutes early and bring one valid, government-issued ID whose name
matches the name in your profile exactly.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before
your appointment.

Pearson VUE
This is an automated message; replies are not monitored.
""" % ID_PERSONAL
add(message([
    recv_icloud(d, "mx-out-07.pearson.com", "159.182.1.77", "d7"),
    auth_icloud("pearson.com"),
    ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Pearson VUE Confirmation of Booking"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("pv-318602447", "pearson.com")),
], text(plain, cte="quoted-printable")), label("unrelated", ids=[ID_PERSONAL]))

# 24 --------------------------------------------------------------- D5 resolved with rating footer
d = when("2025-01-15 06:40:22", UTC)
plain = """Hello Mirei,

Thank you for the details you added in the Support Center yesterday.

I traced the voucher through the exam session of 3 October 2024. It had indeed been issued
to the profile that was deactivated during the consolidation (%s) and was never used. I
have cancelled that copy and issued a new 50%% discount voucher on %s. It is listed
under Benefits now and keeps the original expiry date of October 3, 2025.

With the voucher back in place I'm marking this case as resolved. If anything else comes
up, you can reopen it from the Support Center within the next 14 days.

Best regards,
Mateus R.
Amazon Web Services

We value your feedback. Please rate this response in the Support Center:
%s

This e-mail was sent from an address that cannot accept incoming e-mails.
""" % (ID_DUP, ID_PERSONAL, CONSOLE % CASE_D)
add(message([
    recv_icloud(d, "a8-67.smtp-out.amazonses.com", "54.240.8.67", "d8"),
    auth_icloud("amazon.com"),
    ("From", NOREPLY),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("D-resolved")),
], text(plain)), label("resolved", case=CASE_D, ids=[ID_DUP, ID_PERSONAL]))

# 25 --------------------------------------------------------------- AWS Budgets alert
d = when("2025-01-20 00:05:13", UTC)
plain = """AWS Budget Notification January 20, 2025
AWS Account 508211934471

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your cert-lab-monthly
budget is greater than 80.00% of $25.00 for the current month. The ACTUAL Cost associated
with this budget is $20.61.

Budget Name: cert-lab-monthly
Budget Type: Cost
Budgeted Amount: $25.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%
ACTUAL Amount: $20.61

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets
"""
add(message([
    recv_icloud(d, "a8-91.smtp-out.amazonses.com", "54.240.8.91", "d9"),
    auth_icloud("amazonaws.com"),
    ("From", addr("AWS Budgets", "no-reply@budgets.amazonaws.com")),
    ("To", ME_PERSONAL),
    ("Subject", "AWS Budgets: cert-lab-monthly has exceeded your alert threshold"),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("budget-0120")),
], text(plain)), label("unrelated"))

# 26 --------------------------------------------------------------- company IT notice (Shift_JIS, 8bit, CRLF)
d = when("2025-01-27 10:15:00")
body = """小此木 美玲 様

情報システム部です。
退職のご連絡を人事部より受けましたので、社内アカウントの停止予定をご案内します。

・メールアカウント(okonogi@hanamura-dc.co.jp)停止: 2025年2月28日(金) 18:00
・停止後の転送設定は、規程によりお受けできません。
・社外サービスに会社のメールアドレスで登録している場合は、退職日までに
  登録アドレスの変更または解約をお願いします(AWS 認定、Credly、各種 SaaS など)。
・AWS パートナー関連の紐付けは、アライアンス担当(佐野)までご相談ください。

ご不明点は内線 2207 までお問い合わせください。

--
株式会社花村データコンサルティング 情報システム部
it-helpdesk@hanamura-dc.co.jp
"""
add(message([
    ("Received", "from TYCPR01MB8123.jpnprd01.prod.outlook.com (2603:1096:400:14f::9) by\n TYCPR01MB9912.jpnprd01.prod.outlook.com with HTTPS; Mon, 27 Jan 2025 01:15:02 +0000"),
    ("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hanamura-dc.co.jp;"),
    ("From", addr("情報システム部", "it-helpdesk@hanamura-dc.co.jp", "iso-2022-jp")),
    ("To", addr(ME_NAME_JA, ME_COMPANY, "iso-2022-jp")),
    ("Subject", enc("【重要】退職に伴う社内アカウント停止のご案内", "iso-2022-jp")),
    ("Date", date_hdr(d)),
    ("Message-ID", outlook_mid("it-notice")),
    ("Thread-Topic", enc("【重要】退職に伴う社内アカウント停止のご案内", "iso-2022-jp")),
    ("Content-Language", "ja-JP"),
], text(body, charset="shift_jis", cte="8bit"), crlf=True), label("unrelated"))

# 27 --------------------------------------------------------------- colleague handover (ISO-2022-JP, CRLF, Outlook quoting)
d = when("2025-01-28 17:42:31")
body = """小此木さん

資料ありがとうございます。ざっと見ました。
一点だけ、検証用 AWS アカウント(3 つ)のルートユーザーの MFA デバイスがまだ
小此木さんのスマホに入っているので、金曜までに私の端末に移していただけますか?

有馬

-----Original Message-----
From: 小此木 美玲 <okonogi@hanamura-dc.co.jp>
Sent: Tuesday, January 28, 2025 3:10 PM
To: 有馬 健太 <arima@hanamura-dc.co.jp>
Subject: 引き継ぎ資料の件

有馬さん

引き継ぎ資料を共有フォルダに置きました。
AWS 認定のアカウントは個人側に移す手続き中です(会社の APN 紐付けあり)。

小此木
"""
add(message([
    ("Received", "from TYCPR01MB7331.jpnprd01.prod.outlook.com (2603:1096:400:1a3::6) by\n TYCPR01MB9912.jpnprd01.prod.outlook.com with HTTPS; Tue, 28 Jan 2025 08:42:33 +0000"),
    ("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hanamura-dc.co.jp;"),
    ("From", addr("有馬 健太", "arima@hanamura-dc.co.jp", "iso-2022-jp")),
    ("To", addr(ME_NAME_JA, ME_COMPANY, "iso-2022-jp")),
    ("Subject", enc("RE: 引き継ぎ資料の件", "iso-2022-jp")),
    ("Date", date_hdr(d)),
    ("Message-ID", outlook_mid("handover-2")),
    ("In-Reply-To", outlook_mid("handover-1")),
    ("References", outlook_mid("handover-1")),
    ("Thread-Topic", enc("引き継ぎ資料の件", "iso-2022-jp")),
    ("Thread-Index", "AdtxQ2b1k0Yp3Hn7R4u8vQ0c2JmW1AAB3x9g"),
], text(body, charset="iso-2022-jp", cte="7bit"), crlf=True), label("unrelated"))
