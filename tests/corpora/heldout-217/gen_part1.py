"""Part 1: May 2025 - console case D (name typo), exam booking, traps."""
from gen_lib import *  # noqa: F401,F403

# 1 Skill Builder receipt ---------------------------------------------------
t = d(2025, 5, 12, 9, 41, 7)
txt = """AWS Skill Builder

Hi Mariana,

Thanks for your purchase. This is your receipt.

Order number: SB-2025-05-7714203
Date: May 12, 2025
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00 (tax included)
Payment method: Visa ending in 4417

Your subscription renews automatically on June 12, 2025. You can cancel
any time from Subscription settings in your Skill Builder account.

If you have questions about this charge, visit the Skill Builder help page.

Amazon Web Services, Inc. | 410 Terry Avenue North | Seattle, WA 98109
This message was sent to mariana.kby.cloud@gmail.com.
"""
html = html_wrap("""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e9ebed">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:18px">AWS Skill Builder</td></tr>
<tr><td style="padding:16px"><p>Hi Mariana,</p><p>Thanks for your purchase. This is your receipt.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Order number</b></td><td>SB-2025-05-7714203</td></tr>
<tr><td><b>Date</b></td><td>May 12, 2025</td></tr>
<tr><td><b>Item</b></td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><td><b>Amount</b></td><td>USD 29.00 (tax included)</td></tr>
<tr><td><b>Payment method</b></td><td>Visa ending in 4417</td></tr></table>
<p>Your subscription renews automatically on June 12, 2025. You can cancel any time from Subscription settings.</p>
<p style="color:#687078;font-size:12px">If you have questions about this charge, visit the Skill Builder help page.<br>
Amazon Web Services, Inc. | 410 Terry Avenue North | Seattle, WA 98109</p></td></tr></table>""")
add(t, lab("unrelated", note="Skill Builder receipt from aws.training; AWS training mail but no case"),
    aws_in(t, "sb-receipt", dom="aws.training") + [
        ("From", addr("AWS Skill Builder", "no-reply@aws.training")),
        ("To", ME_P), ("Subject", "Your AWS Skill Builder receipt"),
        ("Message-ID", mid("sb-receipt", "email.amazonses.com"))],
    alt(txt, html))

# 2 certification expiry (company address, forwarded) -------------------------
t = d(2025, 5, 13, 2, 15, 44)
txt = """Hello Mariana Kobayasi,

Your AWS Certified Solutions Architect - Associate certification expires
on June 21, 2025.

Candidate ID: AWS03318562
Certification: AWS Certified Solutions Architect - Associate
Expiration date: 2025-06-21

To keep your certification active, pass the current version of the exam
(SAA-C03) or a higher-level exam before the expiration date. Your 50%
discount benefit can be used toward the recertification exam; find it
under Benefits in your AWS Certification Account.

Sign in: https://www.aws.training/certification

Regards,
AWS Certification

Please do not reply to this message; this mailbox is not monitored.
"""
add(t, lab("certification", ids=[OLD], note="CertMetrics expiry reminder to the company address, auto-forwarded; candidate ID in body"),
    fwd_in(t, "cert-exp-saa", "certmetrics.com", "bounces@certmetrics.com") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_C),
        ("Subject", "Your AWS Certification expires in 39 days"),
        ("Message-ID", mid("cert-exp-saa", "certmetrics.com", "plain"))],
    alt(txt))

# 3 GitHub 'merged' ----------------------------------------------------------
t = d(2025, 5, 14, 11, 2, 30)
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/shiosai-sys/landing-zone/pull/412#event-17799021435
You are receiving this because you authored the thread.

Message ID: <shiosai-sys/landing-zone/pull/412/issue_event/17799021435@github.com>
"""
add(t, lab("unrelated", note="GitHub: PR about merging accounts 'Merged' - not a cert merge"),
    rcv_gmail(t, "out-21.smtp.github.com", "192.30.252.204") +
    auth_gmail("github.com", "noreply@github.com", "192.30.252.204", sel="pf2023") + [
        ("From", addr("Kenta Ishii", "notifications@github.com")),
        ("Reply-To", "shiosai-sys/landing-zone <reply+AAFX3QK2ZV5OQ@reply.github.com>"),
        ("To", "shiosai-sys/landing-zone <landing-zone@noreply.github.com>"),
        ("Cc", addr(ME_NAME, ME_P) + ", Author <author@noreply.github.com>"),
        ("Subject", "Re: [shiosai-sys/landing-zone] Merge member-account baselines into a single stack (PR #412)"),
        ("Message-ID", "<shiosai-sys/landing-zone/pull/412/issue_event/17799021435@github.com>"),
        ("In-Reply-To", "<shiosai-sys/landing-zone/pull/412@github.com>"),
        ("References", "<shiosai-sys/landing-zone/pull/412@github.com>"),
        ("List-ID", "shiosai-sys/landing-zone <landing-zone.shiosai-sys.github.com>"),
        ("X-GitHub-Reason", "author"), ("Precedence", "list")],
    alt(txt, html_wrap('<p><b>Merged</b> <a href="https://github.com/shiosai-sys/landing-zone/pull/412">#412</a> into main.</p>'
                       '<p style="font-size:11px;color:#666">Reply to this email directly, view it on GitHub.</p>'), cte="7bit"))

# 4 Case D console acknowledgement --------------------------------------------
t = d(2025, 5, 14, 21, 36, 12)
txt = """Hello,

We've received your request and a support case has been created.

Case ID: 17472093318
Subject: Name on certification profile misspelled
Severity: General guidance
Service: Training and Certification
Category: Certification account

Correspondence: Hi, my first and last name on the AWS Certification
profile (candidate ID AWS03318562) shows "Mariana Kobayasi". The correct
spelling, as in my passport, is "Mariana Kobayashi". I have an exam booked
with Pearson VUE on May 30 and the names must match. Can you correct it?

To view this case or add a reply, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=17472093318&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.
This email address does not accept incoming messages. Use the Support Center link above to respond.
"""
add(t, lab("acknowledgement", case=CASE_D, ids=[OLD],
           note="Console case created (no-reply-aws); echo of the user's text contains a question but support asks nothing"),
    aws_in(t, "D-ack") + [
        ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME_P),
        ("Subject", "Amazon Web Services: New Support case: " + CASE_D),
        ("Message-ID", mid("D-ack"))],
    leaf("text/plain", txt, "utf-8", "7bit"), crlf=True)

# 5 Case D info request (console) ---------------------------------------------
t = d(2025, 5, 15, 10, 8, 51)
txt5 = """Hello Mariana,

Thank you for contacting AWS Training and Certification. My name is Siddharth and I'll be helping you with this case.

A change to the legal name on a certification profile has to be verified against a government-issued photo ID. So that I can update the profile before your exam date, please upload a clear photo or scan of your passport photo page (or another valid photo ID that shows your full name) as an attachment to this case in the Support Center.

For your privacy, do not send identity documents by email - this address is not able to receive them. The attachment option is available when you choose "Reply" on the case page.

Best regards,
Siddharth P.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see the complete case or reply, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=17472093318&language=en

Note: This e-mail was sent from an address that cannot accept incoming e-mails.
"""
add(t, lab("info_request", True, CASE_D,
           note="Console case asks for ID upload; must be answered in the Support Center, not by email; rating footer"),
    aws_in(t, "D-info") + [
        ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME_P),
        ("Subject", "RE:[CASE %s] Name on certification profile misspelled" % CASE_D),
        ("Message-ID", mid("D-info")), ("In-Reply-To", mid("D-ack")), ("References", mid("D-ack"))],
    alt(txt5), crlf=True)

# 6 colleague: farewell (Shift_JIS) -------------------------------------------
t = d(2025, 5, 15, 17, 22, 4)
txt = """小林さん

お疲れさまです。藤原です。
6月末でご退職と伺いました。寂しくなります…。

ささやかですが送別会を企画しています。
候補日は 6/26(木) か 6/27(金) の19時から、場所は梅田の「炉端 かもめ」を考えています。
ご都合の良い日を今週中に教えてもらえると助かります。

インフラチームの皆さんにはまだ内緒にしているので、
返信は私だけにお願いします。

藤原 美咲
株式会社潮騒システムズ クラウド推進部
"""
add(t, lab("unrelated", note="Colleague's farewell-party question in Shift_JIS (asks for a reply, but not support)"),
    fwd_in(t, "fujiwara-party", "shiosai-sys.co.jp", "m-fujiwara@shiosai-sys.co.jp") + [
        ("From", addr("藤原 美咲", "m-fujiwara@shiosai-sys.co.jp", "shift_jis")),
        ("To", addr("小林 マリアナ", ME_C, "shift_jis")),
        ("Subject", hdr("送別会の日程について", "shift_jis")),
        ("Message-ID", mid("fujiwara-party", style="outlook")),
        ("Thread-Topic", hdr("送別会の日程について", "shift_jis")),
        ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")],
    leaf("text/plain", txt, "shift_jis", "base64"))

# 7 user reply by email to the console case (will bounce) ---------------------
t = d(2025, 5, 16, 8, 12, 40)
me7 = """Hello Siddharth,

Attached is a photo of my passport photo page. The correct name is
MARIANA KOBAYASHI - please update the profile for candidate ID AWS03318562.
The exam is on May 30, so a quick fix would be great.

Thanks,
Mariana
"""
q7 = "On Thu, May 15, 2025 at 10:08 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:\n" + quote(txt5)
jpeg = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + b"\x08" * 60 + bytes.fromhex("ffd9")
add(t, lab("user_reply", False, CASE_D, [OLD],
           note="Owner answers the console case by e-mail to the no-reply address (will bounce)"),
    [("From", addr(ME_NAME, ME_P)), ("To", addr("Amazon Web Services", NOREPLY)),
     ("Subject", "Re: RE:[CASE %s] Name on certification profile misspelled" % CASE_D),
     ("Message-ID", mid("D-user", style="gmail")),
     ("In-Reply-To", mid("D-info")), ("References", mid("D-ack") + " " + mid("D-info"))],
    multi("mixed", [alt(me7 + "\n" + q7),
                    leaf('image/jpeg; name="passport_p2.jpg"', None, None, "base64",
                         ['Content-Disposition: attachment; filename="passport_p2.jpg"'], raw=jpeg)]))

# 8 bounce ---------------------------------------------------------------------
t = d(2025, 5, 16, 8, 12, 58)
bt = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 15 May 2025 16:12:41 -0700 (PDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.8, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Thu, 15 May 2025 16:12:58 -0700 (PDT)
"""
oh = """From: Mariana Kobayashi <mariana.kby.cloud@gmail.com>
Date: Fri, 16 May 2025 08:12:40 +0900
Message-ID: %s
Subject: Re: RE:[CASE %s] Name on certification profile misspelled
To: Amazon Web Services <no-reply-aws@amazon.com>
""" % (mid("D-user", style="gmail"), CASE_D)
add(t, lab("unrelated", False, CASE_D,
           note="Gmail bounce of the owner's reply to no-reply-aws; belongs to case D thread but is not from support"),
    [("Delivered-To", ME_P),
     ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
     ("To", ME_P), ("Subject", "Delivery Status Notification (Failure)"),
     ("Message-ID", mid("D-bounce", "mx.google.com", "plain")),
     ("In-Reply-To", mid("D-user", style="gmail")), ("References", mid("D-user", style="gmail")),
     ("X-Failed-Recipients", NOREPLY), ("Auto-Submitted", "auto-replied")],
    multi("report", [leaf("text/plain", bt, "UTF-8", "quoted-printable"),
                     leaf("message/delivery-status", ds, None, None),
                     leaf("text/rfc822-headers", oh, None, None)], params=' report-type=delivery-status;'))
