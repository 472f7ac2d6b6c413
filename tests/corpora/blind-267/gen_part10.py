from gen_lib import *
from gen_part2 import SUBJ_A
from gen_part9 import SUP3, REQ3, REOP, RQ
import html as _h

# 065 closing notice on case A
CL_A = ses_id(65)
t = """Hello Haruka,

I'm following up on my message of July 22 about the November 2022 exam record. As we haven't heard from you, this case will be closed in five days. If you would still like the exam added, a reply to this email with the details below will keep the case open, and a reply after closing will reopen it.

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Tuesday, July 22, 2025 3:27 PM
To: %s
Subject: %s

""" % (TC, CO, SUBJ_A) + SUP3
add("closing_notice", True, CASE_A, [],
    aws_in(ME, SUBJ_A, "2025-07-26 09:12:05", CL_A, cc=CO, irt=REQ3, refs=REOP + " " + REQ3),
    alt(t + FORM_FOOTER, "<html><body><pre style=\"font-family:Arial\">" + _h.escape(t + FORM_FOOTER) + "</pre></body></html>"),
    "Closing notice; the question it refers to is quoted below it; 'a reply ... will keep the case open' worded as a conditional")

# 066 owner answers, still copying the old company address out of habit
R6 = mid("CAJx8mP1fIn4l_eXamR3c0rD", "mail.gmail.com")
t = """Hello Aiko,

Sorry for the delay; your July 22 message went to my old company address and I only noticed it now.

The exam was booked with Pearson VUE under HARUKA MIZUNO, with h-mizuno@aoba-techworks.co.jp, on the old account AWS04417725. I took it at the Tokyo Shinjuku test center on November 19, 2022.

Best regards,
Haruka Mizuno

""" + gmail_attr("2025-07-26 09:12:05", "Amazon Web Services <%s>" % TC) + "\n" + quote(t)
R6_RAW = t
add("user_reply", False, CASE_A, [OLD_ID],
    sent_hdrs(addr(ME_NAME, ME), TC, "Re: " + SUBJ_A, "2025-07-26 13:20:48", R6, cc=CO, irt=CL_A, refs=REQ3 + " " + CL_A),
    leaf(t),
    "Owner's answer with the old candidate ID in her text; Cc to the dead company address")

# 067 bounce from the company domain
inner = raw_msg(sent_hdrs(addr(ME_NAME, ME), TC, "Re: " + SUBJ_A, "2025-07-26 13:20:48", R6, cc=CO, irt=CL_A), leaf(R6_RAW))
dsn = """Reporting-MTA: dns;TYCP286MB1894.JPNP286.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail-sor-f41.google.com
Arrival-Date: Sat, 26 Jul 2025 04:20:51 +0000

Final-Recipient: rfc822;h-mizuno@aoba-techworks.co.jp
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
txt = """Your message to h-mizuno@aoba-techworks.co.jp couldn't be delivered.

h-mizuno wasn't found at aoba-techworks.co.jp.

Action Required: the recipient's email address might be misspelled or no longer exist. Try removing it and sending the message again.

Original message headers and body are attached.
"""
ct = multi("report", [leaf(txt), ([("Content-Type", "message/delivery-status")], dsn.encode()), rfc822(inner)])
ct = ([("Content-Type", ct[0][0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))], ct[1])
add("unrelated", False, None, [],
    gen_in(addr("Microsoft Outlook", "postmaster@aoba-techworks.co.jp"), "aoba-techworks.co.jp", ME,
           "Undeliverable: Re: " + SUBJ_A, "2025-07-26 13:20:55", mid("b7d1f0e2-DSN-0726", "TYCP286MB1894.JPNP286.PROD.OUTLOOK.COM"),
           irt=R6, ip="40.107.114.91", host="mail-tycjpn01on2091.outbound.protection.outlook.com", extra=[("Auto-Submitted", "auto-replied")]),
    ct,
    "Bounce of her reply (company box deleted); carries the case subject and support's question inside the returned message")

# 068 case A resolved again
t = """Hello Haruka,

Thank you for the details. The records team has attached the November 19, 2022 Solutions Architect - Associate exam to your account; it now appears in Exam history alongside your other exams. Nothing else has changed on your account.

I'm resolving the case now. Have a great week!

Best regards,
Aiko N.
Amazon Web Services
Training and Certification Customer Support
"""
add("resolved", False, CASE_A, [],
    aws_in(ME, SUBJ_A, "2025-07-28 17:44:30", ses_id(68), irt=R6, refs=REQ3 + " " + CL_A + " " + R6),
    leaf(t + FORM_FOOTER, cte="quoted-printable"),
    "Second resolution of the reopened case: record fixed, no 'merge' wording")

# 069 recertification notice
h = """<html><body style="font-family:Arial"><p>Hello Haruka,</p>
<p>Congratulations on recertifying your AWS Certification! By earning AWS Certified Solutions Architect - Professional, your AWS Certified Solutions Architect - Associate certification has been extended and is now valid until <b>July 12, 2028</b>.</p>
<p>Your updated certificate is available in your AWS Certification account.</p>
<p>AWS Training and Certification</p></body></html>"""
add("certification", False, None, [],
    gen_in(addr("AWS Certification", "do-not-reply@certmetrics.com"), "certmetrics.com", ME,
           "Congratulations on recertifying your AWS Certification!", "2025-07-30 07:15:44", mid("cm.20250729221544.90412", "certmetrics.com"),
           ip="52.1.94.211", host="mta1.certmetrics.com"),
    leaf(h, "html", cte="quoted-printable"),
    "Recertification notice (CertMetrics)")

# 070 survey after the second resolution
t = """Hello,

Case %s with AWS Training and Certification has been resolved. Tell us about your experience: it only takes a moment.

Rate your support experience: https://survey.aws.training/s/cs?c=%s

If your issue was not resolved, you can reply to the most recent message from our team on the case.

AWS Training and Certification
""" % (CASE_A, CASE_A)
add("survey", False, CASE_A, [],
    aws_in(ME, "Tell us about your recent support case", "2025-07-30 09:00:18", ses_id(70),
           frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com")),
    alt(t, "<html><body>" + _h.escape(t).replace("\n", "<br>") + "</body></html>"),
    "Second survey for case A; case number only in the body; reply-if-not-resolved line")
