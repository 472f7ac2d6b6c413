"""Part 2: early 2025, lead-up to case A, its acknowledgement, duplicate case C, APN hold."""
from gen_lib import *

SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)
SC = "RE:[CASE %s] %s" % (CASE_C, SUBJ_FORM)

# certification expiry notice
d = "Wed, 15 Jan 2025 16:00:03 +0000"
t = """Hello Haruka Nishimura,

Your AWS Certified Developer - Associate certification expires on April 12, 2025.
To keep it active, pass the current version of the exam or a higher-level exam
before that date. Your 50% discount benefit can be applied when you schedule.

Candidate ID: AWS03317265

AWS Certification
"""
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d, "mta-12.certmetrics.com", "52.20.10.9"),
      gauth("certmetrics.com", "bounce@certmetrics.com", ip="52.20.10.9"),
      ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_PERSONAL),
      ("Subject", "Your AWS Certification is expiring in 90 days"), ("Date", d),
      ("Message-ID", mid("cert-exp", "certmetrics.com"))]
add(build(hd, text_part(t, "utf-8", "7bit")), "certification", False, None, ["AWS03317265"],
    "CertMetrics: certification expires in 90 days", "asks for action (recertify) but is not a case")

# ex-colleague forwards his own old case as a how-to
d = "Mon, 10 Mar 2025 13:12:44 +0900"
t = """遥さん

退職の件、聞きました。認定アカウントの統合、僕のときのやりとりを転送しておきます。
パートナー企業だと一回止められるかもしれないので、早めに出したほうがいいです。

森

---------- Forwarded message ---------
From: <aws-cs-trainingcertification-form@amazon.com>
Date: 2021年2月23日(火) 10:41
Subject: RE:[CASE 1613962541] [AWS Training and Certification Form Submission] - account-assistance
To: <daisuke.mori.aws@gmail.com>


Hello Daisuke,

I have successfully merged all accounts. Your certifications and exam history now
sit under daisuke.mori.aws@gmail.com. Please let us know if you need anything else.

Regards,
Jonas
AWS Training and Certification
"""
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d, "mail-sor-f41.google.com", "209.85.220.41"),
      gauth("gmail.com", "daisuke.mori.aws@gmail.com", dkim_d="gmail.com", ip="209.85.220.41"),
      ("From", addr("森 大輔", "daisuke.mori.aws@gmail.com")), ("To", ME_PERSONAL),
      ("Subject", h("Fwd: RE:[CASE 1613962541] [AWS Training and Certification Form Submission] - account-assistance")),
      ("Date", d), ("Message-ID", mid("mori-fwd", "gmail"))]
add(build(hd, text_part(t, "utf-8", "base64")), "unrelated", False, None, [],
    "Ex-colleague forwards his own 2021 'successfully merged' mail as a how-to",
    "real T&C case subject and completion wording, but another person's old case; not the owner's case")

# colleague's farewell-party mail in Shift_JIS
d = "Tue, 11 Mar 2025 18:20:05 +0900"
t = """西村さん

送別会の件です。3/27(木) 19:00〜 新橋の「いろり庵」で予約しました。
会社のアドレスは月末で止まると聞いたので、こちらに送っています。
参加できない人の分の寄せ書きは田中がまとめます。

田中
"""
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("田中 健太", "k.tanaka@kitsune-sys.co.jp", "iso-2022-jp")),
      ("To", ME_PERSONAL), ("Subject", h("送別会のご案内", "shift_jis")), ("Date", d),
      ("Message-ID", mid("tanaka-party", "outlook")), ("X-Mailer", "Microsoft Outlook 16.0")]
add(build(hd, text_part(t, "shift_jis", "base64")), "unrelated", False, None, [],
    "Colleague's farewell-party note (Shift_JIS)", "colleague from the company; mentions the company mailbox closing")

# Builder ID one-time code
d = "Fri, 14 Mar 2025 19:51:30 +0000"
t = """Verify your AWS Builder ID email address

Verification code: 418207

This code expires 10 minutes after it was sent. If you did not request it, you can ignore this email.
"""
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d),
      gauth("signin.aws", "bounce@signin.aws", dkim_d="signin.aws"),
      ("From", addr("AWS", "no-reply@signin.aws")), ("To", ME_PERSONAL),
      ("Subject", "Verify your AWS Builder ID email address"), ("Date", d), ("Message-ID", mid("bid", "signin.aws"))]
add(build(hd, text_part(t, "utf-8", "7bit")), "unrelated", False, None, [],
    "Builder ID verification code", "6-digit code; AWS sender; 'verify' wording")

# 017 case A acknowledgement, to personal
d = "Fri, 14 Mar 2025 20:04:02 +0000"
t = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Use case: I am leaving Kitsune Systems at the end of March and would like my company
certification account merged into my personal one.
Email addresses used: %s, %s
Email address to keep: %s

We usually reply within 24 hours. Some requests need more research and can take longer.
Please do not open a new case for this request; an additional case for the same issue
only delays it.

Sincerely,
Amazon Web Services
""" % (CASE_A, ME_COMPANY, ME_PERSONAL, ME_PERSONAL)
hd = ses_headers(TC_FORM, ME_PERSONAL, SA, d, "a-ack")
add(build(hd, text_part(t, "utf-8", "quoted-printable", crlf=True), crlf=True), "acknowledgement", False, CASE_A, [],
    "Case A opened (company -> personal merge)", "CRLF; echoes the form text including 'merge' wording")

# 018 case C ack: duplicate from company PC, Exchange rule forward-as-attachment
d0 = "Fri, 14 Mar 2025 20:28:41 +0000"
d = "Fri, 14 Mar 2025 20:28:44 +0000"
t = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

Inquiry type: Certification
Additional details: Account Merge
Use case: leaving the company, please merge my accounts into %s

We usually reply within 24 hours. Please do not open a new case for this request.

Sincerely,
Amazon Web Services
""" % (CASE_C, ME_PERSONAL)
inner = build(ses_headers(TC_FORM, ME_COMPANY, SC, d0, "c-ack", dest=ME_COMPANY)[3:],
              text_part(t, "utf-8", "7bit"))
hd = exch_rule_headers("FW: " + SC, d, "c-ack-fwd")
hd = [(k, "yes" if k == "X-MS-Has-Attach" else v) for k, v in hd]
body = multipart("mixed", [text_part("", "us-ascii", "7bit"),
                           raw_part([("Content-Type", "message/rfc822"),
                                     ("Content-Disposition", 'attachment; filename="%s.eml"' % SC.replace(":", "_")[:60])],
                                    inner)], "_004_TYCPR01MB8841C_")
add(build(hd, body), "acknowledgement", False, CASE_C, [],
    "Duplicate case C opened from the company address; Exchange rule forwards it as an attachment",
    "From is the owner's company address (rule), empty body, the ack is inside message/rfc822; a second case for the same request")

# owner's checklist note to self
d = "Sat, 15 Mar 2025 05:40:10 +0900"
t = """before merge:
- exam history (old acct): SAA 2021, DVA 2022, SAP 2024
- benefit: 50% voucher on old acct, expires 2025-09
- old (company) candidate ID AWS04417730 -> merge into AWS03317265
- form done from gmail. also clicked submit on the company PC?? check for 2 cases
- company mailbox dies 3/31 -> forward rule to gmail is on
"""
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("Haruka Nishimura", ME_PERSONAL)), ("To", ME_PERSONAL),
      ("Subject", "merge checklist"), ("Date", d), ("Message-ID", mid("note-check", "gmail"))]
add(build(hd, text_part(t, "utf-8", "7bit")), "user_reply", False, None, ["AWS04417730", "AWS03317265"],
    "Owner's note to self: checklist before merge", "two candidate IDs; mentions cases and forwarding")

# AWS marketing, HTML only
d = "Sun, 16 Mar 2025 01:00:00 +0000"
html = """<!DOCTYPE html><html><body><table role="presentation" width="100%"><tr><td align="center">
<h1 style="font-family:Arial">AWS Summit Japan 2025</h1>
<p>Register now for two days of sessions, hands-on labs and certification lounges.
Certified attendees: bring your digital badge for lounge access.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_1">Register</a></p>
<p style="font-size:10px">To unsubscribe, <a href="https://pages.awscloud.com/unsub">click here</a>.
Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109</p>
</td></tr></table></body></html>"""
hd = ses_headers("aws-marketing-email-replies@amazon.com", ME_PERSONAL, "Registration is open: AWS Summit Japan 2025",
                 d, "mkt1", name="Amazon Web Services")
hd.append(("List-Unsubscribe", "<https://pages.awscloud.com/unsub?e=1>"))
add(build(hd, text_part(html, "utf-8", "quoted-printable", "html")), "unrelated", False, None, [],
    "AWS marketing, HTML only", "real amazon.com sender; mentions certification and badges")
