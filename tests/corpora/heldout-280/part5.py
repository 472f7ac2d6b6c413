"""June 2025: Support Center (console) case about the exam appointment, and the mail around it."""
from mk import *  # noqa: F401,F403
from part2 import AUTH_G

CON = addr("Amazon Web Services", "no-reply-aws@amazon.com")
LINK_D = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_D
SUBJ_D = "Scheduled exam not visible after certification account merge"
FOOT = """
Please note: this e-mail was sent from an address that cannot accept
incoming e-mails. To respond, use the link above to update your case in
the Support Center.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""

# 049 console case opened
w = d(2025, 6, 3, 14, 41, 35, tz=JST)
IDS["D_new"] = mid_ses(w)
txt = """Dear AWS customer,

We've opened case %s in response to your request. You can
expect a first reply within 24 hours.

Case ID: %s
Subject: %s
Service: Training and Certification
Category: Exam scheduling

Correspondence:
After my two certification accounts were merged on May 21 (case
%s), the SAA exam I had booked for June 10 no longer appears
in my certification account. I don't want to lose the appointment.

To view or update this case, go to:
%s
%s""" % (CASE_D, CASE_D, SUBJ_D, CASE_A, LINK_D, FOOT)
raw = build(frm=CON, to=ME_P, subject="Amazon Web Services: New Support case: %s" % CASE_D, date=w,
            text=txt, charset="us-ascii", enc="7bit", mid=IDS["D_new"], auth=AUTH_G())
add(w, raw, "acknowledgement", False, CASE_D, [],
    "console case ack; the owner's text names the earlier merge case number")

# 050 console info request (answer in Support Center)
w = d(2025, 6, 4, 9, 2, tz=JST)
IDS["D_req"] = mid_ses(w)
txt = """Hello,

Thank you for your patience. Appointments booked before a merge normally
follow the certification record, but in a few cases they stay attached to
the retired profile and have to be relinked by hand.

To find the right booking, we need the Pearson VUE registration number
and the e-mail address that was signed in when the exam was scheduled.
Kindly add both to the case through the Support Center link below; we
will relink the appointment as soon as we have them.

Best regards,
Rafael M.
Amazon Web Services

To see the case and reply, go to:
%s
%s""" % (LINK_D, FOOT)
html = html_wrap("<p>Hello,</p><p>Thank you for your patience. Appointments booked before a merge normally follow the certification record, but in a few cases they stay attached to the retired profile and have to be relinked by hand.</p>"
                 "<p>To find the right booking, we need the Pearson VUE registration number and the e-mail address that was signed in when the exam was scheduled. Kindly add both to the case through the Support Center link below; we will relink the appointment as soon as we have them.</p>"
                 "<p>Best regards,<br>Rafael M.<br>Amazon Web Services</p><p><a href='%s'>View and reply to the case</a></p>"
                 "<p style='font-size:11px;color:#687078'>Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond, use the link above to update your case in the Support Center.</p>" % LINK_D)
raw = build(frm=CON, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D), date=w, text=txt, html=html,
            enc="qp", mid=IDS["D_req"], irt=IDS["D_new"], refs=IDS["D_new"], auth=AUTH_G())
add(w, raw, "info_request", True, CASE_D, [],
    "console request: the answer must go into the Support Center, not by e-mail ('Kindly add both...')")

# 051 owner (wrongly) answers by e-mail
w = d(2025, 6, 4, 12, 20, tz=JST)
IDS["D_mail"] = mid_gmail()
txt = """Hello Rafael,

Registration number: 418275936
Signed in as: %s (the company address, before the merge)

Thanks,
Naoko

2025年6月4日(水) 9:02 Amazon Web Services <no-reply-aws@amazon.com>:
> Hello,
>
> Thank you for your patience. Appointments booked before a merge normally
> follow the certification record, [...]
""" % ME_C
raw = build(frm=addr(ME_NAME, ME_P), to="no-reply-aws@amazon.com",
            subject="Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_D), date=w, text=txt, enc="qp",
            mid=IDS["D_mail"], irt=IDS["D_req"], refs=IDS["D_new"] + " " + IDS["D_req"])
add(w, raw, "user_reply", False, CASE_D, [], "owner replies by e-mail to the no-reply console address (Japanese Gmail quote header)")

# 052 bounce
w = d(2025, 6, 4, 12, 20, 41, tz=JST)
txt = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this
address does not accept incoming mail

----- Original message -----

From: Naoko Ichimura <%s>
Date: Wed, 4 Jun 2025 12:20:00 +0900
Subject: Re: RE:[CASE %s] %s
To: no-reply-aws@amazon.com

Hello Rafael,

Registration number: 418275936
""" % (ME_P, CASE_D, SUBJ_D)
raw = build(frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
            subject="Delivery Status Notification (Failure)", date=w, text=txt, charset="us-ascii",
            enc="7bit", mid=mid_generic("mx.google.com"), irt=IDS["D_mail"], refs=IDS["D_mail"],
            extra=[("Auto-Submitted", "auto-replied")])
add(w, raw, "unrelated", False, CASE_D,
    [], "bounce of the owner's e-mail answer; support is still waiting but this message is not from support")

# 054 console: auto-resolve warning
w = d(2025, 6, 7, 9, 0, tz=JST)
IDS["D_warn"] = mid_ses(w)
txt = """Hello,

We're still waiting for a response to our last correspondence on this
case. If we don't hear from you, the case will be resolved automatically
in 3 days. To keep it open, add a reply in the Support Center.

Case ID: %s
Subject: %s

%s
%s""" % (CASE_D, SUBJ_D, LINK_D, FOOT)
raw = build(frm=CON, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D), date=w, text=txt,
            charset="us-ascii", enc="7bit", mid=IDS["D_warn"], irt=IDS["D_req"], refs=IDS["D_new"] + " " + IDS["D_req"],
            auth=AUTH_G())
add(w, raw, "closing_notice", True, CASE_D, [],
    "console auto-resolve warning after the owner's e-mail bounced; reply must go through the console")

# 055 console resolved, with rating footer
w = d(2025, 6, 7, 19, 25, tz=JST)
txt = """Hello Naoko,

Thank you for adding the details in the Support Center. I found the
booking on the retired profile and moved it over: your exam on June 10
at 10:00 JST (registration 418275936) now shows under Upcoming exams in
your certification account. The check-in link in your Pearson VUE e-mail
remains valid.

Good luck on the exam!

Best regards,
Rafael M.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the Support Center link below.

%s
%s""" % (LINK_D, FOOT)
raw = build(frm=CON, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_D), date=w, text=txt,
            enc="qp", mid=mid_ses(w), irt=IDS["D_warn"], refs=IDS["D_new"] + " " + IDS["D_warn"], auth=AUTH_G())
add(w, raw, "resolved", False, CASE_D, [], "console resolution with a 'Please share your experience' rating footer")

# 056 Pearson VUE after the exam
w = d(2025, 6, 10, 12, 40, tz=JST)
txt = """Dear Naoko Ichimura,

Thank you for testing with Pearson VUE today.

Exam: SAA-C03 AWS Certified Solutions Architect - Associate
Registration ID: 418275936

Your official result will be posted to your AWS Certification Account,
usually within five business days.

Pearson VUE
"""
raw = build(frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
            subject="Thank you for testing with Pearson VUE", date=w, text=txt, charset="us-ascii", enc="7bit",
            mid=mid_generic("pearson.com"), auth=auth_gmail("pearson.com", "bounce@pearson.com", ip="159.182.1.10"))
add(w, raw, "unrelated", False, None, [], "exam vendor post-test mail")

# 057 Credly lookalike phishing
w = d(2025, 6, 11, 6, 33, tz=JST)
html = html_wrap("""<p>Hi Naoko,</p><p>Your badge <b>AWS Certified Solutions Architect &ndash; Associate</b> could not be
transferred after your recent account merge and will be revoked on June 14.</p>
<p>Sign in with your AWS Builder ID to keep it:</p>
<p><a href="https://credly-badges-verify.net/login?src=aws">Keep my badge</a></p><p>The Credly Team</p>""")
raw = build(frm=addr("Credly", "admin@credly-badges-verify.net"), to=ME_P,
            subject="Action needed: your AWS badge will be revoked", date=w, html=html, enc="b64",
            mid=mid_generic("credly-badges-verify.net"),
            auth=auth_gmail("credly-badges-verify.net", "admin@credly-badges-verify.net", ip="45.147.228.9", p="NONE"))
add(w, raw, "suspicious", False, None, [], "Credly lookalike asking for Builder ID sign-in")
