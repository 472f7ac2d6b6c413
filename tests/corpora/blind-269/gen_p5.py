"""Part 5: after the merge; last day; console case B starts; redirect of a follow-up on A."""
from gen_lib import *

SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)
SB_T = "Exam discount benefit missing after certification account merge"
SB = "RE:[CASE %s] %s" % (CASE_B, SB_T)
CONSOLE_FOOT = """
To see the case or add correspondence, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, use the link above.*

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % CASE_B

# billing statement
d = "Sat, 22 Mar 2025 08:03:12 +0000"
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS
web site. Your account will be charged USD 3.42 for the period March 1 - March 31.

Account ID: 3141 5926 5358

Sincerely,
Amazon Web Services
"""
hd = ses_headers("aws-billing@amazon.com", ME_PERSONAL, "Amazon Web Services Billing Statement Available [Account: 314159265358]", d, "bill1")
add(build(hd, text_part(t, "utf-8", "7bit")), "unrelated", False, None, [],
    "AWS billing statement", "12-digit AWS account ID in subject; amazon.com sender")

# survey for case A
d = "Sun, 23 Mar 2025 02:00:41 +0000"
t = """Hello,

Your case %s was recently resolved. Would you take a minute to tell us how we did?

How satisfied were you with the support you received?
https://survey.aws.training/s/cs?case=%s

Your answers help us improve AWS Training and Certification support.
""" % (CASE_A, CASE_A)
hd = ses_headers("aws-tc-feedback@amazon.com", ME_PERSONAL, "How did we do? Your AWS Training and Certification case",
                 d, "a-survey", name="AWS Training and Certification")
add(build(hd, text_part(t, "utf-8", "7bit")), "survey", False, CASE_A, [],
    "Satisfaction survey for case A", "a question mark and a request to act, but optional feedback")

# another vendor's case resolved
d = "Tue, 25 Mar 2025 06:12:00 +0000"
t = """Hi Haruka,

Your request SUP-48213 "License transfer to new owner" has been marked as Resolved.

If the issue is fixed, you don't need to reply. If not, reply to this email within 7 days and
the request will be reopened automatically.

Atlassian Support
"""
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d, "mail-a.atlassian.net", "13.52.5.10"),
      gauth("atlassian.net", "jira@atlassian.net", ip="13.52.5.10"),
      ("From", addr("Atlassian Support", "support@atlassian.net")), ("To", ME_PERSONAL),
      ("Subject", "[JIRA] (SUP-48213) License transfer to new owner - Resolved"), ("Date", d),
      ("Message-ID", mid("atl", "atlassian.net"))]
add(build(hd, text_part(t, "utf-8", "7bit")), "unrelated", False, None, [],
    "Other vendor's support request resolved", "'resolved', 'reply to reopen' - not AWS")

# certification benefits updated
d = "Wed, 26 Mar 2025 15:30:09 +0000"
t = """Hello Haruka Nishimura,

A 50% discount voucher is available in your AWS Certification account.
Sign in and open Benefits to see the code and its expiry date.

AWS Certification
"""
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d, "mta-12.certmetrics.com", "52.20.10.9"),
      gauth("certmetrics.com", "bounce@certmetrics.com", ip="52.20.10.9"),
      ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_PERSONAL),
      ("Subject", "Your AWS Certification benefits"), ("Date", d), ("Message-ID", mid("benef", "certmetrics.com"))]
add(build(hd, text_part(t, "utf-8", "7bit")), "certification", False, None, [],
    "CertMetrics benefit notice", "follows the merge but is program mail")

# owner's own out-of-office from the closed company mailbox (reply to a test mail)
d = "Tue, 01 Apr 2025 09:12:40 +0900"
t = """Kitsune Systems は 2025年3月31日をもって退職いたしました。
クラウド認定に関するお問い合わせは cloud-cert@kitsune-sys.co.jp までお願いいたします。

I left Kitsune Systems on March 31, 2025. For certification matters, please write to
cloud-cert@kitsune-sys.co.jp.

西村 遥 / Haruka Nishimura
"""
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("Nishimura Haruka", ME_COMPANY)), ("To", ME_PERSONAL),
      ("Subject", h("自動応答: test")), ("Date", d), ("Message-ID", mid("ooo", "outlook")),
      ("In-Reply-To", mid("ooo-test", "gmail")), ("Auto-Submitted", "auto-replied"),
      ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", ME_COMPANY)]
add(build(hd, text_part(t, "utf-8", "base64")), "user_reply", False, None, [],
    "Owner's own out-of-office reply from the company mailbox (to a test mail)",
    "CLOSE CALL: automatic, but text written by the owner and sent from the owner's address; no case")

# console case B created
d = "Wed, 02 Apr 2025 07:50:19 +0000"
t = """Dear Amazon Web Services customer,

We have received your case %s and are working on it. A summary:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: After my company certification account was merged into my personal
one (case %s), the 50%% exam discount benefit that was on the company account is
not listed under Benefits.
""" % (CASE_B, CASE_B, SB_T, CASE_A) + CONSOLE_FOOT
hd = ses_headers(CONSOLE, ME_PERSONAL, "Amazon Web Services: New Support case: %s" % CASE_B, d, "b-new")
add(build(hd, text_part(t, "utf-8", "quoted-printable")), "acknowledgement", False, CASE_B, [],
    "Console case B opened (voucher missing)", "cites case A inside; must not be filed under A")

# console case B: info request, answer in the Support Center
d = "Wed, 02 Apr 2025 23:10:47 +0000"
t = """Hello,

Thank you for your patience. I looked at the merged certification account and can see
the merge history, but the voucher was issued against a benefit record I can't trace
from here.

To follow it, I need the candidate ID of the account the benefit was originally issued
on, and roughly when you last saw the voucher there. Once I have those I can ask the
benefits team to reissue it.

We look forward to your reply in the Support Center.

Best regards,
Daniel K.
Amazon Web Services
""" + CONSOLE_FOOT
hd = ses_headers(CONSOLE, ME_PERSONAL, SB, d, "b-req", irt=mid("b-new", "ses"))
add(build(hd, text_part(t, "utf-8", "quoted-printable")), "info_request", True, CASE_B, [],
    "Console case B: needs candidate ID and date, answer in the console",
    "'I need' instead of a question; answer channel is the console, not e-mail")

# owner answers by e-mail (wrong channel)
d = "Thu, 03 Apr 2025 08:40:02 +0900"
t = """Hi Daniel,

The benefit was on my old company account, candidate ID AWS04417730. I last saw the
voucher around March 10 when I took screenshots before the merge.

Haruka
"""
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("Haruka Nishimura", ME_PERSONAL)), ("To", CONSOLE),
      ("Subject", "Re: " + SB), ("Date", d), ("Message-ID", mid("b-mail-reply", "gmail")),
      ("In-Reply-To", mid("b-req", "ses")), ("References", mid("b-new", "ses") + " " + mid("b-req", "ses"))]
add(build(hd, text_part(t, "utf-8", "7bit")), "user_reply", False, CASE_B, ["AWS04417730"],
    "Owner answers the console case by e-mail to no-reply", "wrong channel: support will never see it")

# bounce of that reply
d = "Wed, 02 Apr 2025 23:40:09 +0000"
t1 = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be
found, or is unable to receive mail.
"""
t2 = "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist\n" % (d, CONSOLE)
orig = ("From: Haruka Nishimura <%s>\nTo: %s\nSubject: Re: %s\nDate: Thu, 03 Apr 2025 08:40:02 +0900\nMessage-ID: %s\n"
        % (ME_PERSONAL, CONSOLE, SB, mid("b-mail-reply", "gmail")))
body = multipart("report", [text_part(t1, "utf-8", "7bit"),
                            raw_part([("Content-Type", "message/delivery-status")], t2),
                            raw_part([("Content-Type", "text/rfc822-headers")], orig)], "000000000000bounce42")
body = ([("Content-Type", body[0][0][1] + "; report-type=delivery-status")], body[1])
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
      ("To", ME_PERSONAL), ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
      ("Date", d), ("Message-ID", mid("bounce", "gmail")), ("In-Reply-To", mid("b-mail-reply", "gmail"))]
add(build(hd, body), "unrelated", False, None, [],
    "Bounce of the owner's e-mail to no-reply-aws@amazon.com", "case subject inside the returned headers")

# Pearson VUE reminder
d = "Thu, 03 Apr 2025 03:00:00 +0000"
t = """Dear Haruka Nishimura,

This is a reminder of your upcoming exam appointment.

Exam: AWS Certified DevOps Engineer - Professional (DOP-C02)
Date: Friday, April 18, 2025 10:00 JST
Registration ID: 471203958
Test center: Pearson Professional Centers - Tokyo Shinjuku

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours
before the appointment.

Pearson VUE
"""
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d, "mail3.pearsonvue.com", "159.182.9.33"),
      gauth("pearson.com", "noreply@pearson.com", ip="159.182.9.33"),
      ("From", addr("Pearson VUE", "noreply@pearson.com")), ("To", ME_PERSONAL),
      ("Subject", "Reminder: Your AWS Certification exam appointment"), ("Date", d), ("Message-ID", mid("pv", "pearson.com"))]
add(build(hd, text_part(t, "utf-8", "quoted-printable")), "unrelated", False, None, [],
    "Pearson VUE appointment reminder", "9-digit registration ID; exam vendor")
