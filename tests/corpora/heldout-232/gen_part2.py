# Part 2: spring 2024 console case D (missing exam result), autumn 2024 case G (duplicate account).
from gen_base import *

P = (ME_NAME, ME_PERSONAL)
W = (ME_NAME, ME_WORK)
AWSN = ("Amazon Web Services", NOREPLY)
CM = ("AWS Certification", "do-not-reply@certmetrics.com")
CREDLY = ("Credly", "admin@credly.com")
CASE_D = "17113245081"
SUBJ_D = "Exam result not showing 11 days after DVA-C02"
URL_D = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_D
FOOT_D = dd("""
    To view or reply to this case, sign in to the AWS Support Center:
    %s

    Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
    Replies to it will not reach AWS Support.

    Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
    trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
    Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
    """) % URL_D

# 015 Pearson VUE appointment
t = dd("""
    Dear Tomasz Wierzbicki,

    Thank you for scheduling your exam with Pearson VUE.

    Exam: DVA-C02: AWS Certified Developer - Associate
    Date and time: Thursday, March 14, 2024 10:00 JST
    Location: Pearson Professional Centers - Tokyo Shinjuku
    Registration ID: 482016733
    Candidate ID: AWS02871964

    Please arrive 30 minutes early with two valid forms of identification.
    To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours
    before your appointment.

    Pearson VUE
    """)
add("pv1", ("unrelated", False, None, ["AWS02871964"]),
    "Exam vendor appointment confirmation: 9-digit registration ID and a candidate ID, but no case",
    frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=W,
    subject="Pearson VUE Confirmation of Exam Appointment", date="2024-03-11 03:10:44 +0000",
    body=leaf("text/plain", t, cte="7bit"))

# 016 Skill Builder receipt
h = html_wrap(
    "<h2>Thanks for your purchase</h2><p>Order AWS-SB-20240315-77412</p><table border=1 cellpadding=6>"
    "<tr><th>Item</th><th>Amount</th></tr><tr><td>AWS Skill Builder Individual subscription (monthly)</td><td>USD 29.00</td></tr>"
    "<tr><td>Tax</td><td>USD 2.90</td></tr><tr><td><b>Total</b></td><td><b>USD 31.90</b></td></tr></table>"
    "<p>Manage your subscription at <a href='https://skillbuilder.aws/subscriptions'>skillbuilder.aws</a>.</p>")
add("sb1", ("unrelated", False, None, []),
    "AWS Skill Builder receipt (T&C-adjacent AWS mail, not a case)",
    frm=("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=W, subject="Your AWS Skill Builder receipt",
    date="2024-03-15 00:02:11 +0000", body=leaf("text/html", h, cte="quoted-printable"))

# 017 console ack D
t = dd("""
    Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

    The details of your case are as follows:

    Case ID: %s
    Subject: %s
    Severity: General guidance
    Correspondence: I passed DVA-C02 on 14 March 2024 (Pearson VUE, Tokyo) but the
    result is still not in my certification account. Candidate ID AWS02871964.
    Account: 318274650912

    We will get back to you within the response time for your support plan.

    """) % (CASE_D, CASE_D, SUBJ_D) + FOOT_D
add("d_ack", ("acknowledgement", False, CASE_D, ["AWS02871964"]),
    "Support Center (console) case opened; echoes the user's text with candidate ID; 12-digit account ID; "
    "'cannot accept incoming e-mails' footer",
    frm=AWSN, to=W, subject="Amazon Web Services: New Support case: %s" % CASE_D,
    date="2024-03-25 08:41:09 +0000", body=leaf("text/plain", t, cte="7bit"))

# 018 console info request D
corr_d = dd("""
    Hello Tomasz,

    Thank you for your patience. Scores from test centres normally reach the
    certification account within five business days; when they do not, the
    delivery record usually has to be traced with the testing vendor.

    To open that trace we need the Pearson VUE registration number from your
    appointment confirmation, and the name of the test centre where you sat the
    exam. Kindly add both as a reply on this case in the Support Center - the
    e-mail address this message comes from is not monitored.

    Best regards,
    Daniel O.
    Amazon Web Services
    """)
t = dd("""
    Hello,

    We have updated your support case %s with the following correspondence:

    """) % CASE_D + corr_d + "\n" + FOOT_D
add("d_req", ("info_request", True, CASE_D, []),
    "Console case asks for registration number: must be answered in the Support Center, not by e-mail",
    frm=AWSN, to=W, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D), date="2024-03-26 02:15:37 +0000",
    reply="d_ack", body=leaf("text/plain", t, cte="quoted-printable"))

# 019 owner replies to no-reply (wrong channel)
ur_d = dd("""
    Hi Daniel,

    Registration number: 482016733
    Test centre: Pearson Professional Centers - Tokyo Shinjuku

    Thanks,
    Tomasz
    """)
t = ur_d + "\n" + dd("""
    On Tue, 26 Mar 2024 at 11:15, Amazon Web Services <%s> wrote:
    """) % NOREPLY + quote(corr_d)
add("d_ur", ("user_reply", False, CASE_D, []),
    "Owner answers the console case by e-mail to no-reply (will bounce); 9-digit registration number is not a case ID",
    frm=W, to=[("Amazon Web Services", NOREPLY)], subject="Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
    date="2024-03-26 11:52:20 +0900", reply="d_req", auth=None, body=leaf("text/plain", t, cte="7bit"))

# 020 bounce
rep = dd("""
    This is the mail system at host a27-12.smtp-out.amazonses.com.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients.

    <no-reply-aws@amazon.com>: 550 5.1.1 Mailbox does not accept incoming mail
    """)
dsn = dd("""
    Reporting-MTA: dns; a27-12.smtp-out.amazonses.com
    Arrival-Date: Tue, 26 Mar 2024 02:52:21 +0000

    Final-Recipient: rfc822; no-reply-aws@amazon.com
    Action: failed
    Status: 5.1.1
    Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not accept incoming mail
    """)
orig = dd("""
    From: Tomasz Wierzbicki <%s>
    To: Amazon Web Services <%s>
    Subject: Re: RE:[CASE %s] %s
    Date: Tue, 26 Mar 2024 11:52:20 +0900

    """) % (ME_WORK, NOREPLY, CASE_D, SUBJ_D) + ur_d
body = multipart("report", [leaf("text/plain", rep, cte="7bit"),
                            (["Content-Type: message/delivery-status"], dsn.encode()),
                            (["Content-Type: text/rfc822-headers"], orig.split("\n\n")[0].encode() + b"\n")],
                 "bounce1", extra_ct=" report-type=delivery-status;")
add("d_bounce", ("unrelated", False, CASE_D, []),
    "Bounce of the owner's e-mail reply to the console case (multipart/report); case subject inside",
    frm=("Mail Delivery System", "MAILER-DAEMON@amazonses.com"), to=W,
    subject="Undelivered Mail Returned to Sender", date="2024-03-26 02:52:24 +0000", auth="pass",
    body=body)

# 021 note to self
t = dd("""
    reminder - the mail to AWS bounced. Answer case %s IN THE SUPPORT CENTER:
    %s
    reg 482016733, Shinjuku centre
    """) % (CASE_D, URL_D)
add("d_note", ("user_reply", False, CASE_D, []),
    "Owner's note-to-self from the personal to the work address about the console case",
    frm=P, to=[W], subject="todo: AWS case %s" % CASE_D, date="2024-03-26 22:07:45 +0900",
    body=leaf("text/plain", t, charset="UTF-8", cte="7bit"))

# 022 console closing notice D
t = dd("""
    Hello,

    We have updated your support case %s with the following correspondence:

    Hello Tomasz,

    I'm following up on my earlier message: we have not yet received the Pearson VUE
    registration number, so the trace with the testing vendor could not be started.

    If we don't hear from you, this case will be resolved automatically in 3 days.
    Adding a reply in the Support Center will keep it open for you.

    Best regards,
    Daniel O.
    Amazon Web Services

    """) % CASE_D + FOOT_D
add("d_close", ("closing_notice", True, CASE_D, []),
    "Console auto-resolve warning; reply must go through the Support Center",
    frm=AWSN, to=W, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D), date="2024-03-29 05:30:12 +0000",
    reply="d_req", body=leaf("text/plain", t, cte="quoted-printable"))

# 023 console resolved D (with feedback footer)
t = dd("""
    Hello,

    We have updated your support case %s with the following correspondence:

    Hello Tomasz,

    Thanks for adding the registration details. Pearson VUE re-sent the score
    record and your DVA-C02 result (pass) is now listed under Exam History in your
    certification account. I have marked this case as resolved.

    If something else comes up on this topic, you can reopen the case from the
    Support Center within the next 14 days.

    Best regards,
    Daniel O.
    Amazon Web Services

    We value your feedback. Please share your experience by rating this correspondence
    using the AWS Support Center link at the end of this correspondence.

    """) % CASE_D + FOOT_D
add("d_res", ("resolved", False, CASE_D, []),
    "Console case resolved; feedback footer and conditional reopen invitation",
    frm=AWSN, to=W, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D), date="2024-04-01 01:12:03 +0000",
    reply="d_close", body=leaf("text/plain", t, cte="quoted-printable"))

# 024 certification result
t = dd("""
    Dear Tomasz Jan Wierzbicki,

    Your results for the AWS Certified Developer - Associate (DVA-C02) exam are now
    available in your AWS Certification Account.

    Result: PASS
    Candidate ID: AWS02871964

    Sign in at https://www.aws.training/certification to view your score report
    and download your certificate.

    Regards,
    AWS Certification
    """)
add("cert2", ("certification", False, None, ["AWS02871964"]),
    "CertMetrics exam result notice, arrives right after the console case closed - not case mail",
    frm=CM, to=W, subject="Your AWS Certification exam results are available", date="2024-04-01 01:40:51 +0000",
    body=leaf("text/plain", t, cte="7bit"))

# 025 badge DVA
t = dd("""
    Congratulations, Tomasz Jan!

    Amazon Web Services Training and Certification has issued you the badge
    "AWS Certified Developer - Associate".

    Accept your badge: https://www.credly.com/earner/earned/badge/91d0a3bb-0f2e-4b8c-8d5e-c3f77a12e950

    Credly
    """)
add("badge3", ("badge", False, None, []),
    "Credly badge, plain text",
    frm=CREDLY, to=W, subject="You've earned a new badge: AWS Certified Developer - Associate",
    date="2024-04-02 10:05:33 +0000", body=leaf("text/plain", t, cte="7bit"))

# 026 colleague out-of-office (Japanese, auto reply)
t = dd("""
    いつもお世話になっております。佐藤です。

    4月1日（月）から4月5日（金）まで休暇のため不在にしております。
    期間中はメールを確認できませんので、お急ぎの場合は
    infra-team@kaede-sys.co.jp までご連絡ください。

    ご返信は4月8日以降となります。
    """)
add("ooo1", ("unrelated", False, None, []),
    "Colleague's Japanese out-of-office auto-reply",
    frm=("佐藤 弘樹", "h.sato@kaede-sys.co.jp"), to=W, subject="自動応答: DVA 合格しました",
    date="2024-04-02 10:20:01 +0900", crlf=True, hdr_charset="iso-2022-jp",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=leaf("text/plain", t, charset="iso-2022-jp", cte="7bit"))

# 027 certmetrics program survey
h = html_wrap(
    "<p>Hello Tomasz Jan,</p><p>AWS Certification wants to hear from you. We are running a short survey "
    "about how you prepare for exams and which resources helped you most.</p>"
    "<p><a href='https://www.surveymonkey.com/r/AWSCertPrep2024'>Take the 10-minute survey</a></p>"
    "<p>Participation is optional and does not affect your certification status.</p>"
    "<p>AWS Certification</p>")
add("cert3", ("certification", False, None, []),
    "Certification programme survey ('wants to hear from you') - not a support-case survey",
    frm=CM, to=W, subject="AWS Certification wants to hear from you", date="2024-09-17 15:00:00 +0000",
    body=leaf("text/html", h, cte="quoted-printable"))

# ---- case G: duplicate certification account created via Partner Central SSO
CASE_G = "17320871446"
SUBJ_G = "[AWS Training and Certification Form Submission] - account-assistance"
hg = html_wrap(
    "<p>Hello Tomasz,</p>"
    "<p>Thank you for contacting us about the badges missing from Credly. While checking, I found two "
    "certification accounts that use your work address:</p>"
    "<table border='1' cellpadding='6' style='border-collapse:collapse'>"
    "<tr style='background:#eaeded'><th></th><th>Candidate ID</th><th>E-mail</th><th>Created</th><th>Certifications</th></tr>"
    "<tr><td>A</td><td>AWS02871964</td><td>%s</td><td>2019-05-14</td><td>SAP-C02, DVA-C02, SAA-C03, CLF-C02</td></tr>"
    "<tr><td>B</td><td>AWS05529310</td><td>%s</td><td>2024-10-30 (AWS Partner Central sign-in)</td><td>none</td></tr>"
    "</table>"
    "<p>Account B has no exam history, which explains why Credly can no longer match your badges. "
    "I can fold B into A so that only AWS02871964 remains.</p>"
    "<p>Before I do: are both of these accounts yours, and is A the one you want to keep?</p>"
    "<p>Best regards,<br>Yusuf K.<br>AWS Training and Certification Customer Support</p>" % (ME_WORK, ME_WORK))
add("g_conf", ("confirmation_request", True, CASE_G, ["AWS02871964", "AWS05529310"]),
    "HTML-only table of two accounts (A/B, not #1/#2) and a two-part question; first mail of this case in the box",
    frm=(TC_NAME, TC), to=W, subject="RE:[CASE %s] %s" % (CASE_G, SUBJ_G), date="2024-11-21 07:44:18 +0000",
    body=leaf("text/html", hg, cte="base64"))

ur_g = dd("""
    Hi Yusuf,

    Yes, both are mine - B was created by accident when I signed in through Partner
    Central. Please keep A (AWS02871964).

    Thank you,
    Tomasz
    """)
t = ur_g + "\n" + dd("""
    On Thu, Nov 21, 2024 at 4:44 PM AWS Training and Certification <%s> wrote:
    > Hello Tomasz,
    >
    > Thank you for contacting us about the badges missing from Credly. While
    > checking, I found two certification accounts that use your work address:
    >
    > A  AWS02871964  2019-05-14
    > B  AWS05529310  2024-10-30 (AWS Partner Central sign-in)
    >
    > Before I do: are both of these accounts yours, and is A the one you want to keep?
    """) % TC
add("g_ur", ("user_reply", False, CASE_G, ["AWS02871964"]),
    "Owner confirms and names the account to keep; one candidate ID in new text, both in the quote",
    frm=W, to=[(TC_NAME, TC)], subject="Re: RE:[CASE %s] %s" % (CASE_G, SUBJ_G),
    date="2024-11-21 19:03:55 +0900", reply="g_conf", auth=None,
    body=leaf("text/plain", t, charset="UTF-8", cte="quoted-printable"))

t = dd("""
    Hello Tomasz,

    Done: AWS05529310 has been merged into AWS02871964 and closed. Your four
    certifications show on AWS02871964, and Credly should list your badges again
    within a day. Please sign in only through that account from now on.

    There is nothing else you need to do.

    Yusuf K.
    AWS Training and Certification Customer Support
    """)
add("g_res", ("resolved", False, CASE_G, ["AWS05529310", "AWS02871964"]),
    "Short completion without the word 'successfully'; 'Please sign in only...' is advice, not a request",
    frm=(TC_NAME, TC), to=W, subject="RE:[CASE %s] %s" % (CASE_G, SUBJ_G), date="2024-11-22 01:26:40 +0000",
    reply="g_ur", body=leaf("text/plain", t, cte="7bit"))
