from gen_lib import *
C4 = "174364020800214"
C4S = "50% exam voucher rejected at checkout after account merge"
FOOT = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

======================================================
To see all the replies, please visit the Support Center by following the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================
AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/
""" % C4
M = []
def add(**k): M.append(k)

add(**{"date": "2025-04-02 16:30:00 +0000",
    "from": "AWS Certification <do-not-reply@certmetrics.com>", "to": ME_P,
    "subject": "AWS Certification wants to hear from you",
    "auth": auth_gmail("certmetrics.com"),
    "body": alt(text("""Hi Kaito,

As an AWS Certified individual (candidate ID AWS07730156), you are invited to a 10-minute survey about how certification has affected your career. Responses are anonymous.

Take the survey: https://www.certmetrics.com/amazon/survey/career-impact-2025

Thank you,
AWS Certification
"""), html("""<html><body><p>Hi Kaito,</p><p>As an AWS Certified individual (candidate ID AWS07730156), you are invited to a 10-minute survey about how certification has affected your career. Responses are anonymous.</p><p><a href="https://www.certmetrics.com/amazon/survey/career-impact-2025">Take the survey</a></p><p>Thank you,<br>AWS Certification</p></body></html>""")),
    "label": ("certification", False, None, ["AWS07730156"]),
    "note": "Certification program survey - not about a support case, so certification rather than survey."})

add(key="c4ack", **{"date": "2025-04-03 09:31:17 +0900",
    "from": "Amazon Web Services <%s>" % CONSOLE, "to": ME_P,
    "subject": "Amazon Web Services: New Support case: %s" % C4, "auth": auth_gmail("amazon.com"),
    "body": text("""Dear Amazon Web Services Customer,

We have received your case %s. Details of the case are listed below:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: After my certification accounts were merged (case 174217395100913), the 50%% discount voucher is visible on my Benefits page, but the exam checkout says the code is invalid.

Your case will be handled by the next available associate.
%s""" % (C4, C4, C4S, FOOT), cte="quoted-printable"),
    "label": ("acknowledgement", False, C4, []),
    "note": "Console case acknowledgement (no-reply-aws); mentions the older merge case number in the description - case is the console case."})

add(key="c4ask", parent="c4ack", **{"date": "2025-04-03 15:48:50 +0900",
    "from": "Amazon Web Services <%s>" % CONSOLE, "to": ME_P,
    "subject": "RE:[CASE %s] %s" % (C4, C4S), "auth": auth_gmail("amazon.com"),
    "body": text("""Hello,

Thank you for contacting AWS Support. My name is Oscar and I will be assisting you.

Vouchers moved during an account merge are normally reissued automatically, so I would like to see exactly where this one fails. We need the complete error message shown at checkout (a screenshot is ideal) and the exam you were trying to register for. Replies to this e-mail are not received, so kindly add both to the case in the Support Center.

If we do not hear back, the case will resolve automatically after 5 days.

Oscar P.
Amazon Web Services
%s""" % FOOT, cte="quoted-printable"),
    "label": ("info_request", True, C4, []),
    "note": "Console request: 'We need ...' plus 'kindly add ... in the Support Center'; must be answered in the console, not by mail. The auto-resolve sentence and feedback footer are distractions."})

add(key="c4esc", parent="c4ask", **{"date": "2025-04-05 10:02:33 +0900",
    "from": "Amazon Web Services <%s>" % CONSOLE, "to": ME_P,
    "subject": "RE:[CASE %s] %s" % (C4, C4S), "auth": auth_gmail("amazon.com"),
    "body": text("""Hello,

Thank you for the screenshot and exam details.

The error shows the code was voided on our side during the merge. Reissuing a voucher is handled by the Certification benefits team, so I have escalated your case to them. They will post their update here.

Oscar P.
Amazon Web Services
%s""" % FOOT, cte="quoted-printable"),
    "label": ("case_update", False, C4, []),
    "note": "Escalated to another team; the footer still says 'to respond to this case...' which is template, not a request."})

add(**{"date": "2025-04-07 02:44:51 +0000",
    "from": "Kumo Notes Support <support@kumonotes.zendesk.com>", "to": ME_P,
    "subject": "[Kumo Notes] Re: Please merge my two workspaces",
    "auth": auth_gmail("kumonotes.zendesk.com"),
    "body": html("""<html><body><p>##- Please type your reply above this line -##</p>
<p>Your request (48213) has been solved. To reopen it, simply reply to this email.</p>
<p><b>Ren (Kumo Notes)</b></p><p>Hi Kaito, your two workspaces have been merged into "kaito-personal". All notes and tags were carried over. Have a great day!</p>
<p style="color:#999">This email is a service from Kumo Notes. [R8X2QK-0LM4]</p></body></html>"""),
    "label": ("unrelated", False, None, []),
    "note": "Another vendor's 'solved / merged' case mail - a resolved lookalike."})

add(key="c4done", parent="c4esc", **{"date": "2025-04-08 14:20:09 +0900",
    "from": "Amazon Web Services <%s>" % CONSOLE, "to": ME_P,
    "subject": "RE:[CASE %s] %s" % (C4, C4S), "auth": auth_gmail("amazon.com"),
    "body": text("""Hello,

The Certification benefits team has taken care of this. The voucher that failed had been voided when your accounts were merged; a replacement 50%% discount voucher is now on the Benefits page of your certification account, and it works at checkout.

You are all set to book your exam.
%s""" % FOOT, cte="quoted-printable"),
    "label": ("resolved", False, C4, []),
    "note": "Resolved in 'taken care of' / 'all set' wording, with the console footer that asks to rate and says how to respond."})

add(**{"date": "2025-04-09 21:05:40 +0000",
    "from": "Amazon Web Services <%s>" % CONSOLE, "to": ME_P,
    "subject": "How was your AWS Support experience? Case %s" % C4, "auth": auth_gmail("amazon.com"),
    "body": html("""<html><body><p>Dear AWS customer,</p><p>Your support case %s was resolved. We would like to know how we did.</p>
<p>Rate your experience: <a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p>This survey takes about one minute.</p></body></html>""" % (C4, C4)),
    "label": ("survey", False, C4, []),
    "note": "Console survey, HTML-only."})

add(**{"date": "2025-04-10 03:11:29 +0000",
    "from": "AWS Skill Builder <no-reply@aws.training>", "to": ME_P,
    "subject": "Your AWS Skill Builder receipt",
    "auth": auth_gmail("aws.training"),
    "body": text("""Thank you for your purchase.

Order: SB-2025-0410-77215
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billed to: kaito.fujisawa.mail@gmail.com

Your subscription renews on May 10, 2025. Manage it from your Skill Builder account settings.
""", cte="7bit"),
    "label": ("unrelated", False, None, []),
    "note": "Skill Builder receipt from aws.training - AWS T&C family but not a case."})

add(**{"date": "2025-04-11 05:52:18 +0000",
    "from": "AWS Training and Certification <%s>" % TC, "to": ME_P,
    "reply_to": "aws-tc-verification@outlook.com",
    "subject": "RE:[CASE 174217395100913] [AWS Training and Certification Form Submission] - account-assistance",
    "auth": auth_gmail("amazon.com", dkim="fail", spf="softfail", dmarc="fail"),
    "body": text("""Hello Kaito,

Following your recent account merge, our system flagged your certification profile for re-verification. Unless you confirm your identity within 12 hours, the merged certifications and your exam voucher will be forfeited.

Confirm here: http://aws-training-verify.co/merge/confirm?case=174217395100913

Please reply to this email with your Builder ID password if the link does not work.

AWS Training and Certification
""", cte="7bit"),
    "label": ("suspicious", False, None, []),
    "note": "Uses the real sender address and the real case token, but DKIM/SPF/DMARC fail and Reply-To points elsewhere; asks for a password. Case left null: not part of the case."})
