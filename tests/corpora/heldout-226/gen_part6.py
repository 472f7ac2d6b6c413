# Part 6: last days at the old company, bounce, other mail (25 April - 14 May 2025)
from gen_lib import *

CO = addr("Makabe Toru", ME_COMPANY)
PE = addr(ME_NAME, ME_PERSONAL)
S1 = "[AWS Training and Certification Form Submission] - account-assistance"
C1_DONE = "<0101019660b51e2a-7c3e9d15-a8f2-4b06-b14e-2e9f5c0a7d83-000000@us-west-2.amazonses.com>"

# 056 farewell note from colleagues (HTML, Japanese) ----------------------------------------
h = """<html><body style="font-family:'Yu Gothic',sans-serif">
<p>真壁さん</p>
<p>クラウド基盤部一同より。<br>
7 年間本当にお世話になりました！ 夜中の障害対応、AWS 認定の勉強会、どれも良い思い出です。</p>
<p>寄せ書きを共有フォルダに置いておきました：<br>
<a href="https://hoshizoratech.sharepoint.com/sites/cloud-infra/farewell-makabe">farewell-makabe</a></p>
<p>最終日の 17 時から会議室 B で簡単なお見送りをします。お時間あれば顔を出してください。</p>
<p>久保・野々村・石井 ほか一同</p>
</body></html>"""
add("unrelated", False, None, [],
    "Colleagues' farewell note (HTML, Japanese) mentioning AWS certification study sessions",
    [("From", addr("久保 慎二", "s-kubo@hoshizora-tech.co.jp")),
     ("To", CO),
     ("Cc", "cloud-infra@hoshizora-tech.co.jp"),
     ("Subject", subj("7年間ありがとうございました")),
     ("Date", date("2025-04-25 18:20:44")),
     ("Message-ID", "<TYWPR01MB99215E1C0A7B3D2F9E4C8A1B6D3@TYWPR01MB9921.jpnprd01.prod.outlook.com>"),
     ("X-MS-Exchange-Organization-AuthAs", "Internal")],
    part(h, "html", cte="quoted-printable"))

# 057 owner forwards the merge result to the new employer ------------------------------------------
t = """Hi Chloe,

As promised: the merge is finished. Please register AWS11830462 as my
candidate ID in Partner Central; the certification account now uses
makabe.toru@icloud.com. AWS's message is below.

See you on 1 May!
Toru

Begin forwarded message:

From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE 174463579100342] [AWS Training and Certification Form Submission] - account-assistance
Date: 23 April 2025 at 19:22:03 JST
To: makabe.toru@icloud.com

Hello Toru,

All done. Account #2 has been merged into Account #1: your exam history, the
three certifications and the unused 50% discount are now under candidate ID
AWS11830462, and AWS02417785 no longer exists as a separate account.

Credly usually reflects the change within a day. Should anything be missing
when you sign in, reply to this e-mail and we'll take another look.

Best regards,
Rahul S.
AWS Training and Certification Customer Service
"""
add("user_reply", False, C1, [CAND_NEW],
    "Owner forwards the resolution to HR; only the ID in his own lines counts, the forwarded block holds both",
    [("From", PE),
     ("To", addr("Chloe Navarro", "chloe.navarro@lumenpeak.io")),
     ("Subject", "Fwd: RE:[CASE 174463579100342] " + S1),
     ("Date", date("2025-04-28 09:12:30")),
     ("Message-ID", "<9D3B6F12-A0E4-4C58-B7D1-2E8F5A4C0B93@icloud.com>"),
     ("References", C1_DONE),
     ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    part(t, cte="quoted-printable"), eol="\n")

# 058 AWS Educate form case (other programme) asks a question -----------------------------------
t = """Hello Toru,

Thank you for writing to AWS Educate on behalf of the Waseda cloud study club.

To look into the student's missing AWS Educate account we need the e-mail
address she registered with and the approximate date of registration. Could
you reply with those details?

Best regards,
Nadia
AWS Educate Support
"""
add("unrelated", False, "174598021000733", [],
    "Real AWS customer-service form case (AWS Educate) asking a question: same shape as T&C mail, other programme, so no reply flag",
    [*auth_icloud("amazon.com", "010101967e2f5b90@us-west-2.amazonses.com"),
     ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")),
     ("To", ME_PERSONAL),
     ("Subject", "RE:[CASE 174598021000733] [AWS Educate Form Submission] - student-account"),
     ("Date", date("2025-04-30 15:48:22")),
     ("Message-ID", "<010101967e2f5b90-8e3a1c07-5d92-4f6b-a0e8-1c7d3b9f2e64-000000@us-west-2.amazonses.com>")],
    part(t, cte="7bit", charset="us-ascii"))

# 059 bounce: forward cc'd to the closed company mailbox ---------------------------------------------
expl = """Your message to t-makabe@hoshizora-tech.co.jp couldn't be delivered.

t-makabe wasn't found at hoshizora-tech.co.jp.

makabe.toru     Office 365      t-makabe
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.

Original message headers are attached.
"""
ds = """Reporting-MTA: dns;OS3PR01MB9477.jpnprd01.prod.outlook.com
Received-From-MTA: dns;p00-icloudmta-asmtp-us-west-1a-10-percent-1.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-1a.k8s.cloud.apple.com
Arrival-Date: Fri, 2 May 2025 00:40:12 +0000

Final-Recipient: rfc822;t-makabe@hoshizora-tech.co.jp
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
hdrs = """From: Toru Makabe <makabe.toru@icloud.com>
To: """ + addr("石井 麻衣", "m-ishii@hoshizora-tech.co.jp") + """
Cc: t-makabe@hoshizora-tech.co.jp
Subject: Fwd: RE:[CASE 174463579100342] [AWS Training and Certification Form Submission] - account-assistance
Date: Fri, 2 May 2025 09:40:05 +0900
Message-ID: <4E7A9C21-3B5F-4D80-9E16-A2C8F0B7D354@icloud.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""
body = (("Content-Type: multipart/report; report-type=delivery-status;\n boundary=\"ndr_b8f3e1_0502\"\n\n"
         "--ndr_b8f3e1_0502\n").encode("ascii") + part(expl, cte="7bit", charset="us-ascii") +
        b"--ndr_b8f3e1_0502\nContent-Type: message/delivery-status\n\n" + ds.encode("ascii") +
        b"\n--ndr_b8f3e1_0502\nContent-Type: text/rfc822-headers\n\n" + hdrs.encode("ascii") +
        b"\n--ndr_b8f3e1_0502--\n")
add("unrelated", False, C1, [],
    "Non-delivery report: the owner's forward of the case result, cc'd to the closed company mailbox; [CASE] token only inside the returned headers",
    [("From", addr("Microsoft Outlook", "postmaster@hoshizoratech.onmicrosoft.com")),
     ("To", ME_PERSONAL),
     ("Subject", "Undeliverable: Fwd: RE:[CASE 174463579100342] " + S1),
     ("Date", date("2025-05-02 09:40:14")),
     ("Message-ID", "<b5d0e3f9-27a1-4c8e-9f60-3e1d7a2b4c85@OS3PR01MB9477.jpnprd01.prod.outlook.com>"),
     ("In-Reply-To", "<4E7A9C21-3B5F-4D80-9E16-A2C8F0B7D354@icloud.com>"),
     ("References", "<4E7A9C21-3B5F-4D80-9E16-A2C8F0B7D354@icloud.com>"),
     ("Auto-Submitted", "auto-replied"),
     *auth_icloud("hoshizoratech.onmicrosoft.com", "postmaster@hoshizoratech.onmicrosoft.com", ip="40.107.74.101")],
    body)

# 060 Microsoft certification renewal (other vendor's certification) ----------------------------------
h = """<html><body style="font-family:'Segoe UI',sans-serif">
<p>Hi Toru,</p>
<p>Your <b>Microsoft Certified: Azure Administrator Associate</b> certification expires on <b>12 November 2025</b>.</p>
<p>Renewal is free and online: pass the renewal assessment on Microsoft Learn any time in the six months before the expiry date.</p>
<p><a href="https://learn.microsoft.com/users/me/credentials">Renew now</a></p>
<p style="font-size:11px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</body></html>"""
add("unrelated", False, None, [],
    "Microsoft certification renewal window - certification mail, but not AWS",
    [*auth_icloud("microsoft.com", "learn@mail.learn.microsoft.com", ip="13.111.10.18"),
     ("From", addr("Microsoft Learn", "learn@mail.learn.microsoft.com")),
     ("To", ME_PERSONAL),
     ("Subject", "It's time to renew your Microsoft Certification"),
     ("Date", date("2025-05-07 02:11:09")),
     ("Message-ID", "<0.1.2A.F7E.1DBBE9A0C3D51F2.0@mail.learn.microsoft.com>")],
    part(h, "html", cte="base64"))

# 061 Credly badge from another issuer (Google Cloud) -----------------------------------------------
t = """Toru, you've earned a new badge!

Google Cloud has issued you the Professional Cloud Architect badge.

Accept your badge:
https://www.credly.com/earner/earned/badge/e2b7c0d9-41a6-4f3e-8d15-7a9c0b2e6f31

The Credly Team
"""
add("badge", False, None, [],
    "Credly badge, but issued by Google Cloud rather than AWS (still badge mail)",
    [*auth_icloud("credly.com", "bounces.credly.com", ip="167.89.12.44"),
     ("From", addr("Credly", "admin@credly.com")),
     ("To", ME_PERSONAL),
     ("Subject", "Google Cloud issued you a new badge"),
     ("Date", date("2025-05-08 13:45:27")),
     ("Message-ID", "<20250508044527.7741.fe02@credly.com>")],
    part(t, cte="7bit", charset="us-ascii"))

# 062 owner's personal mail to a friend (Japanese) ---------------------------------------------------
t = """健太へ

土曜の件、19時に神楽坂で大丈夫です。
店は前回のところでいいかな？予約しておくので人数だけ教えてください。

ちなみに会社の AWS 認定、無事に個人アカウントに移せました。
手続き自体は簡単だったけど、パートナー企業だと一回保留になるので
退職が決まったら早めに申請したほうがいいよ。

透
"""
add("user_reply", False, None, [],
    "Owner's private Japanese mail to a friend, mentions the finished merge and 'hold' - owner-written, no case",
    [("From", PE),
     ("To", addr("Kenta Oda", "kenta.oda.1988@gmail.com")),
     ("Subject", subj("Re: 土曜日")),
     ("Date", date("2025-05-09 23:02:51")),
     ("Message-ID", "<2B9E4D71-C6A3-4F08-8152-D0E7A3B9F164@icloud.com>"),
     ("In-Reply-To", "<CAJk3f9wQ7pXo2rB1uV8nZ4mA5sT0yE6cD9hF2gL3iK8jR1=x@mail.gmail.com>"),
     ("X-Mailer", "iPhone Mail (22E252)")],
    part(t, cte="base64"), eol="\n")

# 063 other vendor: case closed for inactivity (Salesforce style) ---------------------------------
t = """Hello Toru,

We haven't heard from you since 2 May, so we are closing case 00918274
"Cannot transfer organization ownership" due to inactivity.

If the problem still occurs, reply to this e-mail within 7 days and the case
will reopen automatically.

Regards,
Snowflake Support

ref:_00D30hF1k._500Vo0A2bQx:ref
"""
add("unrelated", False, None, [],
    "Other vendor's closing-for-inactivity notice with reply-to-reopen (Salesforce ref token): mirrors a closing notice but not AWS",
    [*auth_icloud("snowflake.com", "support@snowflake.com", ip="13.110.6.221"),
     ("From", addr("Snowflake Support", "support@snowflake.com")),
     ("To", ME_PERSONAL),
     ("Subject", "Case 00918274: Cannot transfer organization ownership [ ref:_00D30hF1k._500Vo0A2bQx:ref ]"),
     ("Date", date("2025-05-12 06:30:18")),
     ("Message-ID", "<Vo0A2bQx000000000000000000000000000000000000000000000SV9Q2K00@sfdc.net>")],
    part(t, cte="7bit", charset="us-ascii"))

# 064 connpass event notice ----------------------------------------------------------------------
t = """真壁 透 さん

参加登録が完了しました。

イベント: JAWS-UG 東京 #58「資格とキャリア」
日時: 2025/05/24(土) 14:00〜18:00
会場: 目黒セントラルスクエア 21F
受付番号: 2873105

当日は受付番号をご提示ください。

connpass
"""
add("unrelated", False, None, [],
    "Event registration confirmation with a 7-digit reception number",
    [*auth_icloud("connpass.com", "no-reply@connpass.com", ip="52.69.186.44"),
     ("From", addr("connpass", "no-reply@connpass.com")),
     ("To", ME_PERSONAL),
     ("Subject", subj("【connpass】JAWS-UG 東京 #58「資格とキャリア」への参加登録が完了しました")),
     ("Date", date("2025-05-14 20:10:33")),
     ("Message-ID", "<20250514111033.2873105@connpass.com>")],
    part(t, cte="quoted-printable"))
