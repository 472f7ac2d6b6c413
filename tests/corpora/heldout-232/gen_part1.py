# Part 1: autumn 2023 - SAP-C02 pass, case C (name on certificate), surrounding mail.
from gen_base import *

P = (ME_NAME, ME_PERSONAL)
W = (ME_NAME, ME_WORK)
CM = ("AWS Certification", "do-not-reply@certmetrics.com")
CREDLY = ("Credly", "admin@credly.com")
CASE_C = "13962704518"
SUBJ_C = "[AWS Training and Certification Form Submission] - certification-record"

# 001 certification
t = dd("""
    Hello Tomasz,

    Congratulations! You have successfully completed the AWS Certified Solutions
    Architect - Professional exam and you are now AWS Certified.

    Candidate ID:      AWS02871964
    Exam:              SAP-C02
    Exam date:         2023-09-26
    Validation number: 7QX2LM41PBE1KZ9S

    Your certificate and the full list of your benefits are in your AWS
    Certification Account. Your digital badge will be sent by our partner
    Credly within the next few days.

    Keep building,
    AWS Training and Certification

    This message was sent by an automated system. Please do not reply.
    """)
h = html_wrap(
    "<h2>Congratulations, you are AWS Certified!</h2><p>Hello Tomasz,</p>"
    "<p>You have successfully completed the <b>AWS Certified Solutions Architect - Professional</b> exam.</p>"
    "<table border=0 cellpadding=4><tr><td>Candidate ID</td><td>AWS02871964</td></tr>"
    "<tr><td>Exam</td><td>SAP-C02</td></tr><tr><td>Exam date</td><td>2023-09-26</td></tr>"
    "<tr><td>Validation number</td><td>7QX2LM41PBE1KZ9S</td></tr></table>"
    "<p>Your certificate and benefits are in your <a href='https://cp.certmetrics.com/amazon/'>AWS Certification Account</a>."
    " Your digital badge will be sent by Credly within the next few days.</p><p>Keep building,<br>AWS Training and Certification</p>"
    "<p style='font-size:11px;color:#777'>This message was sent by an automated system. Please do not reply.</p>")
add("cert1", ("certification", False, None, ["AWS02871964"]),
    "CertMetrics pass notice (SAP-C02); candidate ID in a table, validation number looks like an ID",
    frm=CM, to=W, subject="Congratulations! You are now AWS Certified", date="2023-09-28 17:02:44 +0000",
    body=multipart("alternative", [leaf("text/plain", t, cte="7bit"), leaf("text/html", h, cte="quoted-printable")], "c1"))

# 002 badge
h = html_wrap(
    "<table width='600' align='center'><tr><td><img src='https://images.credly.com/logo.png' alt='Credly'></td></tr>"
    "<tr><td><h1>Tomasz, you've earned a badge!</h1>"
    "<p>Amazon Web Services Training and Certification has issued you a new badge: "
    "<b>AWS Certified Solutions Architect - Professional</b>.</p>"
    "<p><a href='https://www.credly.com/earner/earned/badge/4f1c8e2a-9b7d-4c55-a0e3-6d21f9b8c304'>Accept your badge</a></p>"
    "<p>Share it on LinkedIn and let your network know about your achievement.</p></td></tr>"
    "<tr><td style='font-size:11px;color:#888'>Credly, 1 Penn Plaza, New York, NY. "
    "<a href='https://www.credly.com/notifications'>Manage email preferences</a></td></tr></table>")
add("badge1", ("badge", False, None, []),
    "Credly badge issued, HTML only, badge UUID in link",
    frm=CREDLY, to=W, subject="Tomasz, you've earned a badge from Amazon Web Services Training and Certification",
    date="2023-09-29 09:14:05 +0000", body=leaf("text/html", h, cte="quoted-printable"))

# 003 GitHub merged
t = dd("""
    Merged #412 into main.

    --
    Reply to this email directly, view it on GitHub:
    https://github.com/kaede-sys/cdk-platform/pull/412#event-10493822114
    You are receiving this because you authored the thread.
    """)
add("gh1", ("unrelated", False, None, []),
    "GitHub 'Merged #412 into main' - the word merged, not an account merge",
    frm=("Hiroki Sato", "notifications@github.com"), to=W,
    subject="Re: [kaede-sys/cdk-platform] Bump aws-cdk-lib to 2.99.1 (PR #412)",
    date="2023-10-02 02:31:19 +0000", reply_to="kaede-sys/cdk-platform <reply+ABQX7@reply.github.com>",
    extra=["List-ID: kaede-sys/cdk-platform <cdk-platform.kaede-sys.github.com>", "X-GitHub-Reason: author"],
    body=leaf("text/plain", t, charset="UTF-8", cte="7bit"))

# 004 colleague, allowance form (ISO-2022-JP)
t = dd("""
    ヴィエジビツキさん

    お疲れさまです。人事の中村です。
    AWS 認定ソリューションアーキテクト（プロフェッショナル）の合格、おめでとうございます！

    資格手当の申請には、認定証（PDF）と検証番号が必要です。
    社内ポータルの「資格取得報告」から 10 月 20 日までに申請してください。

    よろしくお願いします。

    --
    株式会社カエデシステムズ 人事部
    中村 真由美
    """)
add("hr1", ("unrelated", False, None, []),
    "Japanese HR colleague (ISO-2022-JP) asks for a certificate for an allowance: a request, but not from support",
    frm=("中村 真由美", "m.nakamura@kaede-sys.co.jp"), to=W, hdr_charset="iso-2022-jp",
    subject="資格手当の申請について（SAP 合格）", date="2023-10-03 10:05:12 +0900", crlf=True,
    x_mailer="Microsoft Outlook 16.0", body=leaf("text/plain", t, charset="iso-2022-jp", cte="7bit"))

# 005 ack case C
ack_c = dd("""
    Hello,

    Thank you for reaching out to AWS Training and Certification. Your request has been
    logged as case %s and is now in our queue.

    We aim to answer within 24 hours, although some requests need a little longer.
    To keep things moving, please avoid opening a second case about the same topic;
    you can add information by replying to this message.

    Summary of your submission:
    ---------------------------------------------------------
    Inquiry type: Certification
    Additional details: Certification record update
    Candidate ID: AWS02871964
    Description: The name on my new SAP certificate is printed as "Tomasz
    Wierzbick" - the final "i" is missing. Could you correct it?
    ---------------------------------------------------------

    Best regards,
    AWS Training and Certification Customer Support
    """) % CASE_C
add("c_ack", ("acknowledgement", False, CASE_C, ["AWS02871964"]),
    "Form-case acknowledgement; echoes the submitted form including a candidate ID and the user's own question",
    frm=(TC_NAME, TC), to=W, subject="[CASE %s] %s" % (CASE_C, SUBJ_C), date="2023-10-04 01:47:30 +0000",
    body=leaf("text/plain", ack_c, cte="7bit"))

# 006 AWS billing
t = dd("""
    Greetings from Amazon Web Services,

    This e-mail confirms that your latest billing statement is available on the AWS
    web site. Your account will be charged the following:

    Total: $41.87

    Account ID: 318274650912
    Billing period: September 1 - September 30, 2023

    You can see a complete break down of all charges on the Bills page:
    https://console.aws.amazon.com/billing/home#/bills

    Thank you for using Amazon Web Services.

    Sincerely,
    Amazon Web Services

    This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
    """)
add("bill1", ("unrelated", False, None, []),
    "AWS billing statement from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID",
    frm=("Amazon Web Services", NOREPLY), to=W,
    subject="Amazon Web Services Billing Statement Available [Account: 318274650912]",
    date="2023-10-04 07:12:55 +0000", body=leaf("text/plain", t, cte="7bit"))

# 007 info_request C
req_c = dd("""
    Hi Tomasz,

    Thanks for your patience while I looked into case %s.

    The name on an AWS certification record is copied from the candidate profile at
    the time of the exam, and we are only allowed to change it so that it matches
    the government-issued ID presented at the test center - letter for letter,
    including any middle name. Your profile currently shows "Tomasz Wierzbick",
    and I can't tell from the form whether a middle name should be there as well.

    What is your full legal name exactly as it is printed on the ID you showed on
    26 September?

    Once I have that, the correction and a new certificate usually follow within a
    business day.

    Kind regards,
    Priyanka M.
    AWS Training and Certification Customer Support
    """) % CASE_C
add("c_req", ("info_request", True, CASE_C, []),
    "Request is a bare question after an explanation; no 'please', no candidate ID in new text",
    frm=(TC_NAME, TC), to=W, subject="RE:[CASE %s] %s" % (CASE_C, SUBJ_C),
    date="2023-10-05 04:22:10 +0000", reply="c_ack", body=leaf("text/plain", req_c, cte="quoted-printable"))

# 008 newsletter
t = dd("""
    THE SERVERLESS DIGEST - issue #87

    1. Step Functions now supports JSONata - a first look
    2. Why we merged three Lambda layers into one (and regret nothing)
    3. Cold starts in 2023: the numbers

    Do you have a story to share? Reply to this email and tell us about it!

    You are receiving this because you subscribed at serverlessdigest.dev.
    Unsubscribe: https://serverlessdigest.dev/u/8812ac
    """)
add("news1", ("unrelated", False, None, []),
    "Newsletter with 'merged' and 'reply to this email' invitation",
    frm=("The Serverless Digest", "hello@serverlessdigest.dev"), to=P, subject="Serverless Digest #87: JSONata lands in Step Functions",
    date="2023-10-06 13:00:02 +0000", extra=["List-Unsubscribe: <https://serverlessdigest.dev/u/8812ac>"],
    body=leaf("text/plain", t, cte="7bit"))

# 009 closing notice C
close_c = dd("""
    Hello Tomasz,

    We are still waiting for the information requested in our previous message on
    case %s. If we do not receive your reply within 72 hours, this case will be
    closed automatically.

    Simply answering this e-mail will keep the case open.

    Thank you,
    Kenji S.
    AWS Training and Certification Customer Support

    -----Original Message-----
    From: AWS Training and Certification <%s>
    Sent: Thursday, October 5, 2023 4:22 AM
    Subject: RE:[CASE %s] %s

    """) % (CASE_C, TC, CASE_C, SUBJ_C) + req_c
add("c_close", ("closing_notice", True, CASE_C, []),
    "Closing notice with the earlier question quoted Outlook-style underneath",
    frm=(TC_NAME, TC), to=W, subject="RE:[CASE %s] %s" % (CASE_C, SUBJ_C),
    date="2023-10-09 03:05:41 +0000", reply="c_req", body=leaf("text/plain", close_c, cte="quoted-printable"))

# 010 user reply C (Outlook, CRLF)
ur_c = dd("""
    Hello Kenji, Priyanka,

    Sorry for the slow answer - I was travelling.

    My full legal name, as printed in my passport: Tomasz Jan Wierzbicki
    Candidate ID: AWS02871964

    Best regards,
    Tomasz Wierzbicki
    Kaede Systems K.K. | Cloud Architecture
    """)
t = ur_c + "\n" + dd("""
    -----Original Message-----
    From: AWS Training and Certification <%s>
    Sent: Monday, October 9, 2023 12:05 PM
    To: Tomasz Wierzbicki <%s>
    Subject: RE:[CASE %s] %s

    """) % (TC, ME_WORK, CASE_C, SUBJ_C) + close_c
add("c_ur", ("user_reply", False, CASE_C, ["AWS02871964"]),
    "Owner's answer from the work address, Outlook top-posting over the whole thread; CRLF",
    frm=W, to=[(TC_NAME, TC)], subject="RE: [CASE %s] %s" % (CASE_C, SUBJ_C),
    date="2023-10-09 18:40:03 +0900", reply="c_close", auth=None, crlf=True, x_mailer="Microsoft Outlook 16.0",
    extra=["Thread-Topic: [CASE %s] %s" % (CASE_C, SUBJ_C)], body=leaf("text/plain", t, cte="quoted-printable"))

# 011 resolved C
res_c = dd("""
    Hi Tomasz,

    Thank you for the details. Your candidate profile and certification record now
    read "Tomasz Jan Wierzbicki". The corrected certificate can be downloaded from
    your AWS Certification Account under Certifications > Certificate, and the
    Credly badge will pick up the new name within 48 hours.

    Nothing more is needed from you. Should anything still look wrong, feel free to
    write back on this thread.

    Kind regards,
    Priyanka M.
    AWS Training and Certification Customer Support

    On Mon, Oct 9, 2023 at 9:40 AM, Tomasz Wierzbicki <%s> wrote:
    """) % ME_WORK + quote(ur_c)
add("c_res", ("resolved", False, CASE_C, []),
    "Record fixed; conditional 'write back' invitation; candidate ID only in quoted reply",
    frm=(TC_NAME, TC), to=W, subject="RE:[CASE %s] %s" % (CASE_C, SUBJ_C),
    date="2023-10-10 02:18:27 +0000", reply="c_ur", body=leaf("text/plain", res_c, cte="quoted-printable"))

# 012 survey C
h = html_wrap(
    "<p>Dear Customer,</p><p>Your recent AWS Training and Certification case <b>%s</b> was marked as resolved.</p>"
    "<p>How satisfied were you with the support you received?</p>"
    "<table><tr>" % CASE_C +
    "".join("<td><a href='https://survey.aws-training-feedback.amazon.com/s/%s?r=%d'>%d</a></td>" % (CASE_C, i, i)
            for i in range(1, 6)) +
    "</tr></table><p>The survey takes less than two minutes. Your answers help us improve.</p>"
    "<p style='font-size:11px'>Please do not reply to this message; replies are not monitored.</p>")
add("c_survey", ("survey", False, CASE_C, []),
    "Satisfaction survey for the closed case, HTML only, rating links",
    frm=(TC_NAME, TC), to=W, subject="How did we do? Tell us about case %s" % CASE_C,
    date="2023-10-11 06:00:00 +0000", body=leaf("text/html", h, cte="base64"))

# 013 badge updated
t = dd("""
    Hi Tomasz Jan,

    The issuer Amazon Web Services Training and Certification has updated your
    badge "AWS Certified Solutions Architect - Professional". The earner name on the
    badge now reads Tomasz Jan Wierzbicki.

    View badge: https://www.credly.com/badges/4f1c8e2a-9b7d-4c55-a0e3-6d21f9b8c304

    The Credly Team
    """)
add("badge2", ("badge", False, None, []),
    "Credly 'badge updated' after the name fix - follows the case but is badge mail, no case number",
    frm=CREDLY, to=W, subject="Your badge has been updated", date="2023-10-12 11:31:50 +0000",
    body=leaf("text/plain", t, cte="7bit"))

# 014 marketing
h = html_wrap(
    "<h1>re:Invent 2023 - last chance for hotel rooms</h1><p>Hi Tomasz,</p>"
    "<p>Join 50,000+ builders in Las Vegas, Nov 27 - Dec 1. AWS Certified? Unlock the Certified lounge "
    "and exclusive swag - just bring your digital badge.</p><p><a href='https://reinvent.awsevents.com'>Register now</a></p>"
    "<p style='font-size:10px'>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
    "<a href='https://pages.awscloud.com/unsubscribe'>Unsubscribe</a></p>")
add("mkt1", ("unrelated", False, None, []),
    "AWS marketing mentioning certification and badges",
    frm=("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=W,
    subject="Tomasz, your re:Invent Certified lounge is waiting", date="2023-10-20 16:45:00 +0000",
    body=multipart("alternative", [leaf("text/plain", "re:Invent 2023 - register now: https://reinvent.awsevents.com\n", cte="7bit"),
                                   leaf("text/html", h)], "mkt1"))
