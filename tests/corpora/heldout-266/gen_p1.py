# Part 1: 2021 and early 2023 (old company mailbox, first name-correction case)
from gen_lib import *

TC = "aws-cs-trainingcertification-form@amazon.com"
C0 = "8412937560"

def run():
    # 001 billing statement (other AWS mail)
    msg("unrelated", False, None, [], "2021-03-02 08:14:22", A("Amazon Web Services", "aws-billing@amazon.com"),
        ME_C, "Amazon Web Services Billing Statement Available [Account: 482910573316]",
        P("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account
ending in 3316, is available on the AWS web site. Your account will be
charged the following:

Total: $41.87

You can see a complete break down of all charges on the Billing & Cost
Management page located at https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte="7bit", charset="us-ascii"), auth=AUTH_M("amazon.com"),
        extra=["X-MS-Exchange-Organization-AuthAs: Anonymous"],
        what="AWS billing statement", note="AWS sender, 12-digit account id in subject (not a case)")

    # 002 exam result from CertMetrics, HTML only
    msg("certification", False, None, ["AWS01738264"], "2021-03-18 23:41:09", A("AWS Certification", "do-not-reply@certmetrics.com"),
        ME_C, "Congratulations, you are now AWS Certified!",
        P("""<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#232f3e">Congratulations, Kenta!</h2>
<p>You have successfully passed the <b>AWS Certified Solutions Architect - Associate</b> exam and are now AWS Certified.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Candidate ID</td><td>AWS01738264</td></tr>
<tr><td>Validation number</td><td>Q2LX7WRB3E1EQ9S1</td></tr>
<tr><td>Achieved</td><td>March 18, 2021</td></tr>
<tr><td>Expires</td><td>March 18, 2024</td></tr>
</table>
<p>Your digital badge will be issued through Credly within 24 hours. Sign in to your AWS Certification Account to download your certificate and see your benefits.</p>
<p style="font-size:11px;color:#666">Please do not reply to this message; this mailbox is not monitored.</p>
</td></tr></table></body></html>""", sub="html", cte="quoted-printable"),
        auth=AUTH_M("certmetrics.com"), what="exam pass notice with candidate id",
        note="HTML-only table; candidate id in a table cell; 'do not reply' footer")

    # 003 old Acclaim badge
    msg("badge", False, None, [], "2021-03-19 02:05:51", A("Credly", "admin@youracclaim.com"),
        ME_C, "Kenta, you've earned a badge from Amazon Web Services Training and Certification",
        MP("alternative", [
            P("""Hi Kenta,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Accept your badge:
https://www.youracclaim.com/earner/earned/badge/6f1c2e0a-93b7-4d52-a8e1-2c0f7b9d4e31

Sharing your badge lets your network know what you have achieved.

Acclaim | Credly, Inc.
""", cte="7bit", charset="us-ascii"),
            P("""<html><body><p>Hi Kenta,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:<br>AWS Certified Solutions Architect - Associate</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/6f1c2e0a-93b7-4d52-a8e1-2c0f7b9d4e31">Accept your badge</a></p><p style="color:#888">Acclaim | Credly, Inc.</p></body></html>""",
              sub="html", cte="quoted-printable")], "==acclaim_b1_83jd"),
        auth=AUTH_M("youracclaim.com"), what="Credly (Acclaim) badge issued",
        note="old youracclaim.com sender; badge UUID not a case id")

    # 004 acknowledgement, 10-digit case
    msg("acknowledgement", False, C0, ["AWS01738264"], "2021-04-06 05:22:40", A("Amazon Web Services", TC),
        ME_C, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % C0,
        P("""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to
address your request. The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - certification
Severity: General guidance
Correspondence: Inquiry type: Certification
Additional details: Certification record
Candidate ID: AWS01738264
Description: The name on my certificate is printed as ISHIZAKI KENTA. I
would like it to read Kenta Ishizaki, as on my passport.

We will get back to you shortly, usually within 24 hours. If a case has
already been raised, please do not raise another one for the same request;
additional cases can delay our response.

Best regards,
Amazon Web Services
""" % (C0, C0), cte="7bit", charset="us-ascii"), tag="c0_ack", auth=AUTH_M("amazon.com"),
        what="ack of 2021 name-correction case (10-digit)",
        note="form echo contains candidate id (counted: it is the message's own text, not quoted)")

    # 005 resolved, with conditional invitation
    msg("resolved", False, C0, [], "2021-04-07 01:10:03", A("Amazon Web Services", TC),
        ME_C, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % C0,
        P("""Hi Kenta,

Thanks for your patience. I've corrected the name order on your
certification record, so your profile and any certificate you download
from now on will show "Kenta Ishizaki". Certificates you saved earlier
still carry the old order; simply download them again from the
Certifications page.

Should anything else come up about this, just reply to this email and it
will reach our team.

Kind regards,
Marco R.
AWS Training and Certification Customer Service
""", cte="7bit", charset="us-ascii"), tag="c0_res", irt="c0_ack", auth=AUTH_M("amazon.com"), crlf=False,
        what="name corrected on record", note="conditional 'just reply' invitation is not a request; LF line ends")

    # 006 Pearson VUE booking with candidate id and 9-digit registration
    msg("unrelated", False, None, ["AWS01738264"], "2023-02-10 10:31:57", A("Pearson VUE", "pearsonvue-confirmation@pearson.com"),
        ME_C, "Pearson VUE Confirmation of Booking",
        P("""Dear Kenta Ishizaki,

Thank you for scheduling your exam with Pearson VUE.

Candidate ID: AWS01738264
Registration ID: 462913085
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Tuesday, February 28, 2023 at 10:00 AM Japan Standard Time
Delivery: OnVUE online proctored

Please confirm your system meets the requirements by running the system
test before your appointment. To reschedule or cancel, please sign in at
least 24 hours before your appointment.

Pearson VUE
""", cte="quoted-printable"), auth=AUTH_M("pearson.com"),
        what="exam vendor booking", note="exam vendor; 9-digit registration id is not a case; candidate id present; 'please confirm' aimed at a system test")
