"""Part 6: redirected follow-up on A, console B to the end, traps, wrap-up."""
from gen_lib import *

SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)
SB = "RE:[CASE %s] Exam discount benefit missing after certification account merge" % CASE_B
from gen_p5 import CONSOLE_FOOT

# follow-up on A sent to the closed company address; IT helpdesk redirects it (Resent-*)
d0 = "Fri, 04 Apr 2025 01:20:33 +0000"
d = "Fri, 04 Apr 2025 10:05:12 +0900"
FOLLOW = """Hello Haruka,

One thing from the merge on this case still needs your decision. Your former account had
an exam appointment booked (AWS Certified DevOps Engineer - Professional, April 18, 2025).
Appointments are held by the test vendor and did not move with the merge, so it is still
tied to the old login.

Would you like us to move the appointment to Account #1, or cancel it? As the exam is
two weeks away, we would appreciate an answer by April 11.

Kind regards,
Priya S.
AWS Training and Certification
"""
hd = ses_headers(TC_FORM, ME_COMPANY, SA, d0, "a-follow", dest=ME_PERSONAL, irt=mid("a-done", "ses"))
hd = hd[:1] + [
    ("Resent-From", addr("Kitsune IT Helpdesk", "it-helpdesk@kitsune-sys.co.jp")),
    ("Resent-To", ME_PERSONAL), ("Resent-Date", d),
    ("Resent-Message-ID", mid("a-follow-resent", "outlook")),
    ("Received", "from JPN01-OS0-obe.outbound.protection.outlook.com (mail-os0jpn01on2111.outbound.protection.outlook.com. [40.107.113.111])\n"
     "        by mx.google.com with ESMTPS id 5b1f17b1804b1-43cf2a0c1e8si5512035e9.77\n        for <%s>;\n        %s" % (ME_PERSONAL, d)),
    ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=jmlvn2pl5pmg3bz6wsrgh3ecdbnm3qmg;\n"
     "       arc=pass (i=1 spf=pass spfdomain=amazonses.com dkim=pass dkdomain=amazon.com dmarc=pass fromdomain=amazon.com);\n"
     "       spf=pass (google.com: domain of it-helpdesk@kitsune-sys.co.jp designates 40.107.113.111 as permitted sender) smtp.mailfrom=it-helpdesk@kitsune-sys.co.jp;\n"
     "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"),
] + hd[3:]
add(build(hd, text_part(FOLLOW, "utf-8", "quoted-printable")), "info_request", True, CASE_A, [],
    "Follow-up on resolved case A (pending exam appointment), sent to the closed company address and redirected by IT",
    "redirect keeps support as From; To: is the dead company address; Resent-* headers; arrives after the case was 'resolved'")

# owner answers from personal
d = "Fri, 04 Apr 2025 12:31:55 +0900"
t = """Hi Priya,

Please move the DevOps Professional appointment on April 18 to Account #1 - I still plan
to take it. Also note the company address no longer exists; IT redirected your mail to me.
Please use this Gmail address from now on.

Thanks,
Haruka

> Would you like us to move the appointment to Account #1, or cancel it?
"""
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("Haruka Nishimura", ME_PERSONAL)), ("To", TC_FORM),
      ("Subject", SA), ("Date", d), ("Message-ID", mid("a-rep-follow", "gmail")),
      ("In-Reply-To", mid("a-follow", "ses")), ("References", mid("a-done", "ses") + " " + mid("a-follow", "ses"))]
add(build(hd, text_part(t, "utf-8", "7bit")), "user_reply", False, CASE_A, [],
    "Owner answers the follow-up", "'Please move' is the owner's request to support, not support's to her")

# console B closing notice
d = "Sun, 06 Apr 2025 00:02:10 +0000"
t = """Hello,

We haven't heard back from you on this case. If we do not receive a reply in the Support
Center within 3 days, the case will be resolved automatically.

If your issue is already fixed, no action is needed; otherwise please add your reply to
the case so we can continue.

Amazon Web Services
""" + CONSOLE_FOOT
hd = ses_headers(CONSOLE, ME_PERSONAL, SB, d, "b-close", irt=mid("b-req", "ses"))
add(build(hd, text_part(t, "utf-8", "quoted-printable")), "closing_notice", True, CASE_B, [],
    "Console case B will auto-resolve - the owner's e-mail answer bounced",
    "contains 'no action is needed' (conditional); the owner believes she answered (she did, by the wrong channel)")

# console B: passed to benefits team
d = "Mon, 07 Apr 2025 02:15:38 +0000"
t = """Hello,

Thanks for the details you added in the Support Center. I've passed the candidate ID and
dates to the certification benefits team, who can reissue discount vouchers. Their
review usually takes 2-3 business days; I'll keep this case open and update you here.

Best regards,
Daniel K.
Amazon Web Services
""" + CONSOLE_FOOT
hd = ses_headers(CONSOLE, ME_PERSONAL, SB, d, "b-upd", irt=mid("b-close", "ses"))
add(build(hd, text_part(t, "utf-8", "base64")), "case_update", False, CASE_B, [],
    "Console case B passed to the benefits team", "still open, asks nothing; base64")

# A: appointment moved
d = "Mon, 07 Apr 2025 04:31:02 +0000"
t = """Hello Haruka,

Done - the April 18 DevOps Engineer - Professional appointment is now on Account #1
(AWS03317265), and we will use this address from now on. No further action is required.

Priya S.
AWS Training and Certification

-----Original Message-----
From: Haruka Nishimura <%s>
Sent: Friday, April 4, 2025 3:31 AM
To: %s
Subject: %s

Please move the DevOps Professional appointment on April 18 to Account #1 - I still plan
to take it.
""" % (ME_PERSONAL, TC_FORM, SA)
hd = ses_headers(TC_FORM, ME_PERSONAL, "RE: " + SA[3:], d, "a-appt", irt=mid("a-rep-follow", "gmail"))
add(build(hd, text_part(t, "utf-8", "quoted-printable")), "resolved", False, CASE_A, ["AWS03317265"],
    "Case A follow-up done (appointment moved)", "'RE: RE:' style subject; quoted owner request looks like an instruction")

# genuine-looking spoof with dmarc=fail citing the real case
d = "Tue, 08 Apr 2025 10:44:51 +0000"
t = """Hello Haruka,

As a final step after your account merge, our records require you to re-verify ownership
of the merged account. Please reply to this email with your candidate ID, date of birth
and the sign-in email of your AWS Builder ID, or verify here:
https://aws-training-verify.net/case/%s

Priya S.
AWS Training and Certification
""" % CASE_A
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d, "vps-2231.hostkey.ru", "194.87.210.14"),
      ("Authentication-Results", "mx.google.com;\n       dkim=none;\n       spf=fail (google.com: domain of %s does not designate 194.87.210.14 as permitted sender) smtp.mailfrom=%s;\n"
       "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com" % (TC_FORM, TC_FORM)),
      ("From", addr("Amazon Web Services", TC_FORM)), ("To", ME_PERSONAL),
      ("Subject", SA), ("Date", d), ("Message-ID", "<20250408104451.7A1C2@vps-2231.hostkey.ru>")]
add(build(hd, text_part(t, "utf-8", "7bit")), "suspicious", False, None, [],
    "Spoof of the real support address with the real case number; dmarc=fail",
    "exact sender and subject of case A; only Authentication-Results shows it; asks for a reply")

# community newsletter (Japanese)
d = "Tue, 08 Apr 2025 21:00:00 +0900"
t = """JAWS-UG 東京支部 4月のお知らせ

■ 4/24(木) 19:00〜 AWS 認定 合格者 LT 大会
  認定アカウントの統合・引き継ぎの話もあります。
■ 参加登録は connpass から

配信停止はこちら: https://jawsug-tokyo.example.jp/unsubscribe
"""
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("JAWS-UG 東京", "news@jawsug-tokyo.example.jp")), ("To", ME_PERSONAL),
      ("Subject", h("【JAWS-UG東京】4月のお知らせ", "iso-2022-jp")), ("Date", d), ("Message-ID", mid("jaws", "jawsug-tokyo.example.jp")),
      ("List-Unsubscribe", "<https://jawsug-tokyo.example.jp/unsubscribe>"), ("Precedence", "bulk")]
add(build(hd, text_part(t, "iso-2022-jp", "7bit")), "unrelated", False, None, [],
    "Community newsletter (ISO-2022-JP)", "mentions certification account merge")
