# Part 1: autumn 2023 (messages 1-10)
from gen_lib import *

CO = addr("Makabe Toru", ME_COMPANY)
PE = addr(ME_NAME, ME_PERSONAL)

# 001 certmetrics: passed SAA (company address) -----------------------------
t = """Dear Toru Makabe,

Congratulations! You have successfully completed the requirements to become
AWS Certified Solutions Architect - Associate.

  Candidate ID:       AWS02417785
  Certification date: 2023-09-29
  Expiration date:    2026-09-29
  Validation number:  7QZD1K4L3BE11XWS

Your digital certificate and a 50% discount on your next AWS Certification exam
are now listed under Benefits in your AWS Certification Account. You can also
expect a separate e-mail from Credly, our digital badge partner, inviting you
to accept your badge.

Keep up the momentum,
AWS Training and Certification

This message was sent to t-makabe@hoshizora-tech.co.jp. Please do not reply to
this e-mail; this mailbox is not monitored.
"""
h = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#232f3e">You are AWS Certified!</h2>
<p>Dear Toru Makabe,</p>
<p>Congratulations! You have successfully completed the requirements to become <b>AWS Certified Solutions Architect - Associate</b>.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Candidate ID</td><td>AWS02417785</td></tr>
<tr><td>Certification date</td><td>2023-09-29</td></tr>
<tr><td>Expiration date</td><td>2026-09-29</td></tr>
<tr><td>Validation number</td><td>7QZD1K4L3BE11XWS</td></tr>
</table>
<p>Your digital certificate and a 50% discount on your next AWS Certification exam are now listed under <i>Benefits</i> in your AWS Certification Account. You can also expect a separate e-mail from Credly, our digital badge partner, inviting you to accept your badge.</p>
<p>Keep up the momentum,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#888">This message was sent to t-makabe@hoshizora-tech.co.jp. Please do not reply to this e-mail; this mailbox is not monitored.</p>
</body></html>"""
add("certification", False, None, [CAND_OLD],
    "CertMetrics pass notice with candidate ID in a table; mentions a 50% voucher benefit; not a case",
    [("Received", "from a48-112.smtp-out.amazonses.com (54.240.48.112) by TY3PR01MB9803.jpnprd01.prod.outlook.com;\n Mon, 2 Oct 2023 01:12:40 +0000"),
     *auth_exo("certmetrics.com", "bounce.certmetrics.com"),
     ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_COMPANY),
     ("Subject", "Congratulations, you are now AWS Certified!"),
     ("Date", date("2023-10-02 10:12:31")),
     ("Message-ID", "<0101018aeb2c6e1d-5d1c2a8f-0b7e-4c6e-9d8e-1f3ad6a52c11-000000@us-west-2.amazonses.com>")],
    multipart([part(t), part(h, "html")], "==cm_0001_alt"))

# 002 Credly badge ------------------------------------------------------------
t = """Toru, you've earned a new badge!

Amazon Web Services Training and Certification has issued you the
AWS Certified Solutions Architect - Associate badge.

Accept your badge:
https://www.credly.com/earner/earned/badge/4b7f1c2e-93d0-4a5e-8f61-2c0e9b7d3a18

Once accepted, you can share it on LinkedIn, add it to your e-mail signature
or embed it on your website. Badges you decline stay private.

The Credly Team
Credly, Inc. | 1350 Avenue of the Americas, New York, NY
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
h = """<html><body><div style="max-width:600px;margin:auto;font-family:Helvetica">
<img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="badge">
<h1 style="font-size:22px">Toru, you've earned a new badge!</h1>
<p><b>Amazon Web Services Training and Certification</b> has issued you the <b>AWS Certified Solutions Architect - Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/4b7f1c2e-93d0-4a5e-8f61-2c0e9b7d3a18" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p>Once accepted, you can share it on LinkedIn, add it to your e-mail signature or embed it on your website. Badges you decline stay private.</p>
<p style="color:#999;font-size:11px">Credly, Inc. | 1350 Avenue of the Americas, New York, NY<br><a href="https://www.credly.com/notifications">Unsubscribe from badge notifications</a></p>
</div></body></html>"""
add("badge", False, None, [],
    "Credly badge issued (company address); badge UUID is not an ID of interest",
    [*auth_exo("credly.com", "bounces.credly.com", ip="167.89.12.44"),
     ("From", addr("Credly", "admin@credly.com")),
     ("To", ME_COMPANY),
     ("Subject", "Amazon Web Services Training and Certification issued you a new badge"),
     ("Date", date("2023-10-02 10:40:02")),
     ("Message-ID", "<20231002014002.91827.51f3@credly.com>"),
     ("List-Unsubscribe", "<https://www.credly.com/notifications>")],
    multipart([part(t, cte="7bit"), part(h, "html")], "----=_Part_88213_1993"))

# 003 Pearson VUE post-exam survey (exam vendor, not a case) -------------------
t = """Dear Toru Makabe,

Thank you for testing with Pearson VUE on 29 September 2023.

Registration ID: 481207395
Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
Test center: Pearson Professional Centers-Tokyo Shinjuku

We'd like to hear how it went. The survey takes about three minutes:
https://survey.pearsonvue.com/s/ptc?rid=481207395&lang=en

Your feedback goes to the test center team and is never shared with the exam
sponsor.

Pearson VUE Customer Experience
This is an automated message. Replies are not monitored.
"""
add("unrelated", False, None, [],
    "Exam-vendor satisfaction survey with a 9-digit registration ID; a survey, but not about a support case",
    [*auth_exo("pearson.com", "bounce.pearsonvue.com", ip="13.111.52.9"),
     ("From", addr("Pearson VUE", "pearsonvue@email.pearsonvue.com")),
     ("To", ME_COMPANY),
     ("Subject", "How was your testing experience?"),
     ("Date", date("2023-10-05 08:02:11")),
     ("Message-ID", "<9a3f2c71.4c1b.18b0e2a7d11.Coremail@email.pearsonvue.com>")],
    part(t, cte="7bit", charset="us-ascii"))

# 004 C4 console case: new case (acknowledgement) -----------------------------
t = """Hello,

We've received the support case below, submitted under your AWS account
[AWS ID 482910557316]. An AWS Support engineer will review it and respond
by e-mail and in the Support Center.

Case ID: 13968204571
Subject: Name on AWS Certification record does not match my ID
Severity: General guidance
Service: Training and Certification
Category: Certification Account
Correspondence:
  My certificate for SAA-C03 shows the name "MAKABE TOHRU", but my passport
  says "TORU MAKABE". Candidate ID AWS02417785. Can the name on the
  certification record be changed?

To see or update the case, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=13968204571&language=en

Best regards,
Amazon Web Services

This e-mail was sent from an address that cannot receive incoming messages.
Please use the link above to add correspondence to the case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add("acknowledgement", False, C4, [CAND_OLD],
    "Console case opened; 12-digit account ID next to the 11-digit case ID; echoed description holds the candidate ID",
    [*auth_icloud("amazon.com", "0101018b1e7ac3d5@us-west-2.amazonses.com"),
     ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", ME_PERSONAL),
     ("Subject", "Amazon Web Services: New Support case: 13968204571"),
     ("Date", date("2023-10-11 21:47:09")),
     ("Message-ID", "<0101018b1e7ac3d5-8a0b7d0e-6c2f-4e11-a1c4-3f0b6e8d2a90-000000@us-west-2.amazonses.com>")],
    part(t, cte="7bit", charset="us-ascii"))

# 005 C4 info request, answer in console -----------------------------------------
t = """Hello Toru,

Thanks for reaching out about the name on your certification record. I'm
Priyanka from the AWS Support team and I've been in touch with our
Certification operations colleagues about the profile under candidate ID
AWS02417785.

They can change the name, but only to the exact spelling on a
government-issued photo ID, because that is what the test centre checks at
check-in. So that they can make the change, we need you to add the following
as a reply on this case in the Support Center:

 1. Your full name exactly as it appears on the ID you will present at future
    exams (family name and given name, in Latin characters).
 2. Whether the corrected name should also be printed on the certificates
    that were already issued, or only on future ones.

Please note that replies to this e-mail don't reach us. Use the link below.

Best regards,

Priyanka R.
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledgeable source for
answers to frequently asked questions:
https://repost.aws/knowledge-center

To contact us again about this case, please return to the AWS Support Center
using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=13968204571&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/
"""
add("info_request", True, C4, [CAND_OLD],
    "Console case: agent needs name details; answer must go through Support Center, not e-mail; footer says the address can't receive mail",
    [*auth_icloud("amazon.com", "0101018b23aa01ff@us-west-2.amazonses.com"),
     ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", ME_PERSONAL),
     ("Subject", "RE:[CASE 13968204571] Name on AWS Certification record does not match my ID"),
     ("Date", date("2023-10-12 23:05:44")),
     ("Message-ID", "<0101018b23aa01ff-2c9d4e5b-77a1-4b0f-8d3e-5e2a1c7f9b03-000000@us-west-2.amazonses.com>")],
    part(t, cte="quoted-printable"))

# 006 GitHub: PR merged ------------------------------------------------------------
t = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/landing-zone/pull/212#event-10624411873
You are receiving this because you were mentioned.

Message ID: <hoshizora-tech/landing-zone/pull/212/issue_event/10624411873@github.com>
"""
h = """<p></p>
<p>Merged <a class="issue-link" href="https://github.com/hoshizora-tech/landing-zone/pull/212">#212</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/hoshizora-tech/landing-zone/pull/212#event-10624411873">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>"""
add("unrelated", False, None, [],
    "GitHub notification: PR about merging account-baseline modules was 'Merged' - merge vocabulary, not an account merge",
    [*auth_exo("github.com", "noreply@github.com", ip="192.30.252.201"),
     ("From", addr("Sato Yuki", "notifications@github.com")),
     ("Reply-To", "hoshizora-tech/landing-zone <reply+AAKX2Q7LMZP4@reply.github.com>"),
     ("To", "hoshizora-tech/landing-zone <landing-zone@noreply.github.com>"),
     ("Cc", addr("Makabe Toru", ME_COMPANY) + ", Mention <mention@noreply.github.com>"),
     ("Subject", "Re: [hoshizora-tech/landing-zone] Merge account-baseline into the shared org module (PR #212)"),
     ("Date", date("2023-10-13 17:22:08")),
     ("Message-ID", "<hoshizora-tech/landing-zone/pull/212/issue_event/10624411873@github.com>"),
     ("In-Reply-To", "<hoshizora-tech/landing-zone/pull/212@github.com>"),
     ("References", "<hoshizora-tech/landing-zone/pull/212@github.com>"),
     ("List-ID", "hoshizora-tech/landing-zone <landing-zone.hoshizora-tech.github.com>"),
     ("X-GitHub-Reason", "mention")],
    multipart([part(t, cte="7bit"), part(h, "html", cte="7bit")], "--==_mimepart_6528fe30a1b2c_3f1a4c13245"), eol="\n")

# 007 C4 auto-resolve warning (closing notice, console) ---------------------------
t = """Hello,

We haven't heard back from you regarding case 13968204571, "Name on AWS
Certification record does not match my ID".

The engineer working on it is still waiting for the details requested on
12 October. If there is no new correspondence on the case within the next
3 days, the case will be resolved automatically. You can reopen a resolved
case from the Support Center for up to 14 days.

View the case:
https://console.aws.amazon.com/support/home#/case/?displayId=13968204571&language=en

Best regards,
Amazon Web Services

This e-mail was sent from an address that cannot receive incoming messages.
"""
add("closing_notice", True, C4, [],
    "Console auto-resolve warning: still waiting for the owner, reply through the console keeps it open",
    [*auth_icloud("amazon.com", "0101018b38d24410@us-west-2.amazonses.com"),
     ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", ME_PERSONAL),
     ("Subject", "Amazon Web Services: Reminder - Support case 13968204571 is awaiting your reply"),
     ("Date", date("2023-10-16 23:10:52")),
     ("Message-ID", "<0101018b38d24410-73c18aa4-0e5d-4e3b-9d77-a6b3f1c20e64-000000@us-west-2.amazonses.com>")],
    part(t, cte="7bit", charset="us-ascii"))

# 008 AWS billing invoice (same sender as console cases) -------------------------
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the period
September 1 - September 30, 2023, is available on the AWS web site. Your
account will be charged the following:

Total: $3.84

You can see a complete break down of all charges on the Billing & Cost
Management page located here:
https://console.aws.amazon.com/billing/home#/bill?year=2023&month=9

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210
"""
add("unrelated", False, None, [],
    "AWS billing statement from no-reply-aws@amazon.com (same sender as console cases) with a 12-digit account ID in the subject",
    [*auth_icloud("amazon.com", "0101018b3e0b9a77@us-west-2.amazonses.com"),
     ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", ME_PERSONAL),
     ("Subject", "Amazon Web Services Billing Statement Available [AWS ID 482910557316]"),
     ("Date", date("2023-10-17 09:31:20")),
     ("Message-ID", "<0101018b3e0b9a77-c1e0f2a3-55d4-4e0a-8bd1-2a7c9e61f5b2-000000@us-west-2.amazonses.com>")],
    part(t, cte="7bit", charset="us-ascii"))

# 009 C4 resolved, with rating footer ------------------------------------------------
t = """Hello Toru,

Thank you for the details you added in the Support Center yesterday.

The Certification team has changed the name on your record to
"Toru Makabe" (given name first, as on your passport). The certificates that
were already issued have been regenerated with the new spelling; the PDFs in
your AWS Certification Account may take up to 24 hours to refresh. Your
Credly badge will follow the same change automatically.

With that, I'll set this case to resolved. Should anything look wrong once the
new PDFs appear, you can reopen the case from the Support Center within
14 days.

Best regards,

Priyanka R.
Amazon Web Services

===================================================

Was this response helpful? Tell us by choosing a rating on the case page:
https://console.aws.amazon.com/support/home#/case/?displayId=13968204571&language=en
Your rating goes straight to the team that handled the case.

===================================================

To contact us again about this case, please return to the AWS Support Center
using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=13968204571&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
add("resolved", False, C4, [],
    "Console case resolved (name fixed) with a rating footer and a conditional reopen offer",
    [*auth_icloud("amazon.com", "0101018b4312fe8c@us-west-2.amazonses.com"),
     ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", ME_PERSONAL),
     ("Subject", "RE:[CASE 13968204571] Name on AWS Certification record does not match my ID"),
     ("Date", date("2023-10-18 18:44:03")),
     ("Message-ID", "<0101018b4312fe8c-6f3e1b77-2d90-4c65-b5a8-9e0d4c3a7f15-000000@us-west-2.amazonses.com>")],
    part(t, cte="quoted-printable"))

# 010 CertMetrics program survey ("wants to hear from you") -----------------------
h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<table width="600" align="center"><tr><td>
<p>Hello Toru,</p>
<p>You recently earned an AWS Certification. AWS Certification wants to hear from you!</p>
<p>Help us shape future exams by answering a short survey about your preparation, the exam content and the testing experience. It takes about 10 minutes.</p>
<p style="text-align:center"><a href="https://aws.certmetrics.com/amazon/survey/?s=PXS2023Q4&amp;c=AWS02417785" style="background:#ff9900;color:#000;padding:8px 16px">Start the survey</a></p>
<p>The survey closes on 15 November 2023. Participation is voluntary and does not affect your certification status.</p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:10px;color:#777">You are receiving this e-mail because you hold an active AWS Certification. Manage e-mail preferences in your AWS Certification Account.</p>
</td></tr></table></body></html>"""
add("certification", False, None, [],
    "Certification program survey (not a support-case survey); candidate ID appears only inside a link URL",
    [*auth_exo("certmetrics.com", "bounce.certmetrics.com"),
     ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_COMPANY),
     ("Subject", "AWS Certification wants to hear from you"),
     ("Date", date("2023-11-01 02:00:17")),
     ("Message-ID", "<0101018b8a91e2c4-31d7fa02-c9a4-4f70-8e1b-0d5a2b6c9e83-000000@us-west-2.amazonses.com>")],
    part(h, "html", cte="base64"))
