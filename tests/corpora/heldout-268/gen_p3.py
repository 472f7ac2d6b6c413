# Case A tail (badge, survey, bounce) and case C (Support Center console case).
from gen_lib import *
from gen_p1 import CA, SA, ME_PE
from gen_p2 import A12

# A13 Credly badge
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;padding:32px">
<tr><td><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-top:24px">Haruka, you've earned a badge!</td></tr>
<tr><td style="padding-top:12px">Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</td></tr>
<tr><td style="padding-top:20px"><a href="https://www.credly.com/badges/4f1c8e2a-7b3d-4c90-a51e-93d07b2f6e18/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></td></tr>
<tr><td style="padding-top:20px;font-size:13px;color:#555">Share it on LinkedIn and let your network know what you can do.</td></tr>
<tr><td style="padding-top:32px;font-size:11px;color:#999">Credly, 601 Lexington Ave, New York, NY 10022. You received this email because a badge was issued to haruka.tsujimoto.k@gmail.com. <a href="https://www.credly.com/notification_preferences">Manage notifications</a></td></tr>
</table></td></tr></table></body></html>
"""
add(dt(2025, 9, 30, 4, 3), addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a new badge",
    leaf(html, subtype="html", cte="quoted-printable"),
    ("badge", False, None, []),
    "Credly badge right after the merge; HTML only, 'Accept your badge' button.",
    mid("68e2f1a3c9b0d_5c7f2a1b3e4d8.sidekiq", "credly.com"), auth=auth_gmail("credly.com", sel="s1", ip="149.72.%d.14"))

# A14 survey on case A
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Your recent case with AWS Training and Certification (Case ID: %s) has been marked as resolved. We'd like to know how we did.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<p><a href="https://survey.aws.training/r/csat?c=%s&amp;s=5">Very satisfied</a> | <a href="https://survey.aws.training/r/csat?c=%s&amp;s=4">Satisfied</a> | <a href="https://survey.aws.training/r/csat?c=%s&amp;s=3">Neutral</a> | <a href="https://survey.aws.training/r/csat?c=%s&amp;s=2">Dissatisfied</a> | <a href="https://survey.aws.training/r/csat?c=%s&amp;s=1">Very dissatisfied</a></p>
<p>The survey takes about two minutes. Your answers are anonymous and help us improve.</p>
<p style="font-size:11px;color:#777">Please do not reply to this email; this mailbox is not monitored.</p>
</body></html>""" % ((CA,) * 6)
add(dt(2025, 10, 1, 15, 20), addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
    "Tell us about your support experience", leaf(html, subtype="html", cte="quoted-printable"),
    ("survey", False, CA, []),
    "CSAT survey for case A, from no-reply@aws.training, case ID only in the body.",
    mid("csat.%s.20251001" % CA, "aws.training"), auth=auth_gmail("aws.training", sel="pf2023"))

# Bounce of owner's forward to the closed company mailbox
orig = """Date: Thu, 2 Oct 2025 08:14:22 +0900
From: Haruka Tsujimoto <haruka.tsujimoto.k@gmail.com>
To: h-tsujimoto@kiribay-tech.co.jp
Subject: Fwd: %s
Message-ID: <CAH7kQ2zR8fJ0pL3nVb6sYxTq1Ew-2kMu9DcGh5Ao7Ki4Nt@mail.gmail.com>

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Tue, Sep 30, 2025 at 12:41 PM
Subject: %s

Hello Haruka,

I have successfully merged all three accounts into Account #1.
""" % (SA, SA)
text = """** Address not found **

Your message wasn't delivered to h-tsujimoto@kiribay-tech.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h-tsujimoto@kiribay-tech.co.jp not found by SMTP address lookup
"""
dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 02 Oct 2025 08:14:23 +0900

Final-Recipient: rfc822; h-tsujimoto@kiribay-tech.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; kiribaytech-co-jp.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
"""
parts = [leaf(text, cte="7bit"),
         ([("Content-Type", "message/delivery-status")], dsn.encode()),
         ([("Content-Type", "message/rfc822")], orig.encode())]
bh, bb = multipart("report", parts)
bh = [("Content-Type", bh[0][1] + "; report-type=delivery-status")]
add(dt(2025, 10, 1, 23, 14), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", (bh, bb),
    ("unrelated", False, CA, []),
    "Bounce of the owner's forward to the closed company mailbox; embedded message carries the case subject and 'successfully merged'.",
    mid("68dda7ff.a70a0220.1f2b3c.0000.GMR", "mx.google.com"))

# Case C: Support Center console case
CC = "14827703915"
SC = "Amazon Web Services: New Support case: %s" % CC
SCR = "RE:[CASE %s] 50%% exam discount benefit missing after account merge" % CC
AWSN = addr("Amazon Web Services", "no-reply-aws@amazon.com")
CFOOT = """
To see all the correspondence on this case and to reply, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails. Any reply sent to it will not be delivered to the support engineer.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % CC
C1 = mid("01000199a6b0c3d2-11e8f4a7-5c3b-4d29-8e0f-7a6b5c4d3e21-000000", "email.amazonses.com")
C2 = mid("01000199aa51f7e0-2c9d0b13-6e4a-4f8b-9d12-8b7c6d5e4f32-000000", "email.amazonses.com")
C3 = mid("01000199bed0a214-3dae1c24-7f5b-4a9c-ae23-9c8d7e6f5a43-000000", "email.amazonses.com")
C4 = mid("01000199c3f2b325-4ebf2d35-805c-4bad-bf34-ad9e8f7a6b54-000000", "email.amazonses.com")
C5 = mid("01000199e1a4c436-5fc03e46-916d-4cbe-c045-bea09f8b7c65-000000", "email.amazonses.com")

body = """Dear Customer,

Thank you for contacting AWS Support. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: 50%% exam discount benefit missing after account merge
Severity: General guidance
Correspondence: After my certification accounts were merged on September 30, the 50%% discount voucher I had on my old profile no longer appears under Benefits. My other certifications moved correctly.

Our engineers typically respond within 24 hours for general guidance cases.

Sincerely,
Amazon Web Services
""" % (CC, CC) + CFOOT
add(dt(2025, 10, 3, 6, 2), AWSN, ME_P, SC, leaf(body, cte="quoted-printable"),
    ("acknowledgement", False, CC, []),
    "Case C opened in the console: 'New Support case' receipt from no-reply-aws; footer says the address cannot take mail.",
    C1, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))

body = """Hello,

Thank you for contacting AWS Support. We have received a reply from AWS Training and Certification on your case:

-----
Hi Haruka,

I'm Tomasz from the AWS Training and Certification team and I've started looking into the missing benefit.

Discount vouchers are tied to the exam that earned them, and after a merge they are sometimes left attached to the deactivated profile. To trace this one I'll need the candidate ID of the profile where you originally saw the voucher, and roughly when you passed the exam that produced it. Please add both to the case in the Support Center; as noted below, replies to this email do not reach us.

Thanks,
Tomasz W.
-----
""" + CFOOT
add(dt(2025, 10, 4, 1, 17), AWSN, ME_P, SCR, leaf(body, cte="quoted-printable"),
    ("info_request", True, CC, []),
    "Console case: ask for candidate ID and exam date, to be answered in the Support Center; footer says email replies won't arrive.",
    C2, in_reply_to=C1, references=C1, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))

body = """Hello,

We haven't heard back from you on case %s regarding "50%% exam discount benefit missing after account merge".

If there is no further correspondence on this case within the next 3 days, it will be resolved automatically. You can add a reply in the Support Center to keep it open. A resolved case can be reopened for 14 days; after that, a new case is needed.
""" % CC + CFOOT
add(dt(2025, 10, 7, 9, 0), AWSN, ME_P, SCR, leaf(body, cte="7bit"),
    ("closing_notice", True, CC, []),
    "Console auto-resolve warning; answer must go through the console, still a needed reply.",
    C3, in_reply_to=C2, references=C1 + " " + C2, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))

body = """Hello,

Thank you for contacting AWS Support. We have received a reply from AWS Training and Certification on your case:

-----
Hi Haruka,

Thanks for the details you added yesterday. I can see the voucher on the deactivated profile, but moving a benefit between profiles has to be done by our certification benefits team. I've passed the case to them with everything they need; they usually finish within 3-5 business days and the case will stay open meanwhile.

Tomasz W.
-----
""" + CFOOT
add(dt(2025, 10, 9, 3, 44), AWSN, ME_P, SCR, leaf(body, cte="base64"),
    ("case_update", False, CC, []),
    "Transferred to the benefits team; implies the owner answered in the console; base64.",
    C4, in_reply_to=C3, references=C1 + " " + C3, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))

body = """Hello,

Thank you for contacting AWS Support. We have received a reply from AWS Training and Certification on your case:

-----
Hello Haruka,

The benefits team has re-issued your 50%% exam discount on your active profile AWS09917406. It is listed under Benefits with the original expiry date. I'm marking this case as resolved.

If anything else comes up about this voucher, feel free to reopen the case from the Support Center.

Best regards,
Tomasz W.
-----

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
""" + CFOOT
add(dt(2025, 10, 14, 7, 26), AWSN, ME_P, SCR, leaf(body, cte="quoted-printable"),
    ("resolved", False, CC, ["AWS09917406"]),
    "Voucher re-issued; conditional 'feel free to reopen' plus the rating footer.",
    C5, in_reply_to=C4, references=C1 + " " + C4, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))

html = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#232f3e">How did we do?</h2>
<p>You recently worked with AWS Support on case <b>%s</b>. Would you take a minute to tell us about your experience?</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_aws_support?caseid=%s" style="background:#ec7211;color:#fff;padding:10px 18px;text-decoration:none">Start the survey</a></p>
<p style="font-size:11px;color:#687078">This message was sent from an unmonitored address. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>""" % (CC, CC)
add(dt(2025, 10, 15, 18, 2), addr("AWS Support", "aws-support-survey@amazon.com"), ME_P,
    "AWS Support: Your feedback on case %s" % CC, leaf(html, subtype="html", cte="quoted-printable"),
    ("survey", False, CC, []),
    "Separate survey mail for the console case; 'Would you take a minute...' is a question but not a case request.",
    mid("svy-%s-20251015" % CC, "amazon.com"), auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))
