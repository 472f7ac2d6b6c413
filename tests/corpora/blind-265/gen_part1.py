# 2023: name-correction case C, then early 2025 mail.
from gen_lib import *

# 001 ack, case C (2023, 11 digits), to company address
ts = date("2023-11-06 14:22:08", "+0000")
body = """Hello,

Thank you for reaching out to AWS Training and Certification. Your inquiry has been logged as case %s and a member of our team will get back to you, typically within one business day.

Please do not submit another form for the same question; additional cases are routed to the end of the queue and delay our answer.

Case details
------------
Case ID: %s
Subject: [AWS Training and Certification Form Submission] - exam-and-certification
Inquiry type: Certification
Additional details: Name Change / Correction
AWS Candidate ID: AWS03318245
Description: The last name on my certification profile and certificates is spelled "Okabe Rie" but my legal name is Rei Okabe. Please correct it before my next exam on November 18.

Best regards,
AWS Training and Certification
""" % (CASE_C, CASE_C)
add(("acknowledgement", False, CASE_C, ["AWS03318245"]),
    auth_corp("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_CORP),
    ("Subject", "[CASE %s] [AWS Training and Certification Form Submission] - exam-and-certification" % CASE_C),
    ("Date", ts), ("Message-ID", ses_mid())], part(body, cte="7bit", cs="us-ascii"), crlf=True, key="c_ack")

# 002 Pearson VUE appointment confirmation
body = """Dear Rei Okabe,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 463829105
Date and time: Saturday, November 18, 2023 10:00 JST
Delivery: Test center - Tokyo, Shinjuku (Site 81422)

Bring one valid, government-issued ID. The first and last name on your ID must exactly match the name in your profile.

To reschedule or cancel, visit your Pearson VUE account at least 24 hours before the appointment.

Pearson VUE
This message was sent from an unmonitored address.
"""
add(("unrelated", False, None, []),
    auth_corp("pearson.com", ip="159.182.74.12") + [
    ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")),
    ("To", ME_CORP),
    ("Subject", "Confirmation of your AWS Certification exam appointment"),
    ("Date", date("2023-11-07 09:03:51", "-0600")), ("Message-ID", gen_mid("pearson.com"))],
    part(body, cte="qp"))

# 003 case C: info request, buried after an explanation
body = """Hello Rei,

Thanks for your patience while I looked into this.

Our exam delivery partner checks the name on your certification profile against your identification at check-in, so the profile has to carry your legal name exactly. I can see the record under AWS03318245 and the spelling you reported. Before I change it I have to match it to your ID: what is your full name exactly as printed on the ID you will bring on November 18, including any middle name?

Once I have that I can update the profile and regenerate your certificates.

Kind regards,
Marisol D.
AWS Training and Certification Customer Service
"""
add(("info_request", True, CASE_C, ["AWS03318245"]),
    auth_corp("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_CORP),
    ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-and-certification" % CASE_C),
    ("Date", date("2023-11-08 02:47:19", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["c_ack"]), ("References", MID["c_ack"])],
    part(body, cte="qp"), crlf=True, key="c_req")

# 004 user reply from Outlook (company), top-posted
body = """Hello Marisol,

My name on my passport is: OKABE REI (given name Rei, family name Okabe). No middle name.
The account is AWS03318245.

Thank you,
Rei Okabe
Nishikaze Systems Co., Ltd. / Cloud Integration Dept.

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, November 8, 2023 11:47
To: Okabe Rei <okabe.rei@nishikaze-sys.co.jp>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-and-certification

Hello Rei,

Thanks for your patience while I looked into this.

Our exam delivery partner checks the name on your certification profile against your identification at check-in, so the profile has to carry your legal name exactly. [...] what is your full name exactly as printed on the ID you will bring on November 18, including any middle name?
""" % CASE_C
add(("user_reply", False, CASE_C, ["AWS03318245"]), [
    ("From", addr("Okabe Rei", ME_CORP)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-and-certification" % CASE_C),
    ("Date", date("2023-11-08 13:05:44")), ("Message-ID", outlook_mid()),
    ("In-Reply-To", MID["c_req"]), ("References", MID["c_ack"] + " " + MID["c_req"]),
    ("Thread-Topic", "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-and-certification" % CASE_C),
    ("Content-Language", "en-US")],
    part(body, cte="qp"), crlf=True, key="c_rep")

# 005 case C resolved, quoting the old request
body = """Hi Rei,

Done: the profile now reads Rei Okabe, and your certificates have been regenerated with the corrected name. You can download them from the Certifications page. Your Pearson VUE profile is synchronised within 24 hours, so no further action is required before the exam.

Good luck on the 18th!

Marisol D.
AWS Training and Certification Customer Service

-----Original Message-----
From: okabe.rei@nishikaze-sys.co.jp
Sent: 11/8/2023 4:05 AM
Subject: RE: RE:[CASE %s]

My name on my passport is: OKABE REI (given name Rei, family name Okabe). No middle name.
The account is AWS03318245.

> Before I change it I have to match it to your ID: what is your full name exactly as printed on the ID you will bring on November 18, including any middle name?
""" % CASE_C
add(("resolved", False, CASE_C, []),
    auth_corp("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_CORP),
    ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-and-certification" % CASE_C),
    ("Date", date("2023-11-09 23:12:40", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["c_rep"]), ("References", " ".join([MID["c_ack"], MID["c_req"], MID["c_rep"]]))],
    part(body, cte="qp"), crlf=True)

# 006 certmetrics survey about the program (not a case)
html = """<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<img src="https://cp.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certified">
<h2>AWS Certification wants to hear from you</h2>
<p>Hello Rei,</p>
<p>You recently earned an AWS Certification. Help us shape future exams and benefits by answering a short questionnaire (about 8 minutes).</p>
<p><a href="https://survey.certmetrics.com/s/aws-cert-q4-2023?cid=3f1a">Take the survey</a></p>
<p>Your answers are anonymous and are not linked to your exam results.</p>
<p style="font-size:11px;color:#666">You are receiving this because you hold an active AWS Certification. Manage preferences in your AWS Certification Account.</p>
</td></tr></table></body></html>"""
add(("certification", False, None, []),
    auth_corp("certmetrics.com", ip="198.2.180.44") + [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_CORP),
    ("Subject", "AWS Certification wants to hear from you"),
    ("Date", date("2023-12-02 17:30:02", "+0000")), ("Message-ID", gen_mid("certmetrics.com"))],
    part(html, "html", cte="qp"))
