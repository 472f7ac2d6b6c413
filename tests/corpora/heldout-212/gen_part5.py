"""Part 5: March 2025 - confirmation, merge, reopening of case A."""
from mailkit import *
from gen_part3 import A_SUBJ, TC, A_ACK_ID
from gen_part4 import A_LIFT_ID

MESSAGES = []


def add(raw, lab):
    MESSAGES.append((raw, lab))


ROWS = [("Login email", ME_PERSONAL, ME_COMPANY),
        ("Training notification email", ME_PERSONAL, ME_COMPANY),
        ("Certification notification email", ME_PERSONAL, ME_COMPANY),
        ("Candidate ID", ID_PERSONAL, ID_COMPANY)]

# 48 --------------------------------------------------------------- A8 confirmation request, HTML only with table
d = when("2025-03-04 01:26:58", UTC)
A_CONF_ID = ses_mid("A-confirm")
rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in ROWS)
htm = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<div>Hello Mirei,</div><div><br></div>
<div>I'm with the account operations team and will be completing the merge for you.</div><div><br></div>
<div>Before I go ahead, look over the two certification accounts below and check that both
belong to you. Everything held on the account that is merged away (exam history,
certifications, benefits) moves to the account that remains, and the other login stops
working afterwards.</div><div><br></div>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
%s
</table><div><br></div>
<div>Which of the two should remain as your primary account? A reply with the account number
is enough, for example &quot;Keep Account #1&quot;.</div><div><br></div>
<div>Regards,<br>Nkechi O.<br>Account Operations | AWS Training and Certification</div>
</body></html>""" % rows
add(message([
    recv_icloud(d, "a8-41.smtp-out.amazonses.com", "54.240.8.41", "g1"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", "RE: " + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", A_CONF_ID),
    ("In-Reply-To", A_LIFT_ID),
    ("References", "%s %s" % (A_ACK_ID, A_LIFT_ID)),
], html(htm)), label("confirmation_request", True, CASE_A, [ID_PERSONAL, ID_COMPANY]))

# 49 --------------------------------------------------------------- A9 owner confirms
d = when("2025-03-04 11:02:15")
A_USER3_ID = apple_mid("A-user3")
quoted = "\n".join("> %s: %s | %s" % r for r in ROWS)
plain = """Hi Nkechi,

Confirmed - both accounts are mine. Please keep Account #1 and merge Account #2 into it.

Thank you!
Mirei

On Mar 4, 2025, at 10:26 AM, AWS Training and Certification <%s> wrote:
> Hello Mirei,
>
> I'm with the account operations team and will be completing the merge for you.
>
> Before I go ahead, look over the two certification accounts below and check that both
> belong to you.
>
> Account #1 | Account #2
%s
>
> Which of the two should remain as your primary account? A reply with the account number
> is enough, for example "Keep Account #1".
>
> Regards,
> Nkechi O.
""" % (TC_FORM, quoted)
add(message([
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", TC),
    ("Subject", "Re: RE: " + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", A_USER3_ID),
    ("In-Reply-To", A_CONF_ID),
    ("References", "%s %s %s" % (A_ACK_ID, A_LIFT_ID, A_CONF_ID)),
    ("X-Mailer", "iCloud MailClient2503Build16 MailServer2503B47.6"),
], text(plain)), label("user_reply", case=CASE_A))

# 50 --------------------------------------------------------------- S2 spoofed amazon.com, dmarc=fail
d = when("2025-03-05 00:14:09", UTC)
plain = """Hello,

We have not received the confirmation we requested for your certification account merge.

Your case will be closed in 24 hours and the certifications stored on the secondary account
will be removed. To keep the case open, verify your identity now:

https://aws-training-verify.com/case/174110928800316/verify

Sign in with your AWS Builder ID email and password. If you already replied, please verify
again, as replies by email are no longer processed.

AWS Training and Certification Customer Support
"""
add(message([
    recv_icloud(d, "smtp.kvmserver-77.net", "91.92.246.13", "g3"),
    auth_icloud("amazon.com", dkim="none", spf="fail", dmarc="fail", mailfrom="kvmserver-77.net"),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("Reply-To", "merge-desk@aws-training-verify.com"),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE 174110928800316] [AWS Training and Certification Form Submission] - account-assistance"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("phish-dmarc", "kvmserver-77.net")),
], text(plain)), label("suspicious"))

# 51 --------------------------------------------------------------- A10 merged, top-posted over history
d = when("2025-03-05 04:40:51", UTC)
A_DONE_ID = ses_mid("A-done")
plain = """Hello Mirei,

Thanks for confirming. The merge is complete: Account #2 has been folded into Account #1,
and your exam history, certifications and the active 50%% discount voucher are now on
%s. Please sign in with %s from now on; the login for
Account #2 no longer works.

Credly may send you new badge emails over the next day as your badges are re-linked.

Regards,
Nkechi O.
Account Operations | AWS Training and Certification

________________________________
From: Mirei Okonogi <%s>
Sent: Tuesday, March 4, 2025 2:02 AM
To: AWS Training and Certification <%s>
Subject: Re: RE: %s

Hi Nkechi,

Confirmed - both accounts are mine. Please keep Account #1 and merge Account #2 into it.

________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, March 4, 2025 1:26 AM
To: %s
Subject: RE: %s

Hello Mirei,

Before I go ahead, look over the two certification accounts below and check that both
belong to you.

Account #1: %s / %s
Account #2: %s / %s

Which of the two should remain as your primary account? A reply with the account number
is enough, for example "Keep Account #1".
""" % (ID_PERSONAL, ME_PERSONAL, ME_PERSONAL, TC_FORM, A_SUBJ, TC_FORM, ME_PERSONAL, A_SUBJ,
       ME_PERSONAL, ID_PERSONAL, ME_COMPANY, ID_COMPANY)
add(message([
    recv_icloud(d, "a8-42.smtp-out.amazonses.com", "54.240.8.42", "g4"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", "RE: " + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", A_DONE_ID),
    ("In-Reply-To", A_USER3_ID),
    ("References", "%s %s %s %s" % (A_ACK_ID, A_LIFT_ID, A_CONF_ID, A_USER3_ID)),
], text(plain, cte="quoted-printable")), label("resolved", case=CASE_A, ids=[ID_PERSONAL]))

# 52 --------------------------------------------------------------- Credly: badge re-issued after merge
d = when("2025-03-05 09:02:48", UTC)
plain = """Hi Mirei,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

This badge was previously issued to another email address and has been moved to your
account. Accept it to keep it on your profile:
https://www.credly.com/earner/earned/badge/7a40c2de-18b5-4e2f-9c61-f0d3b8e24a95

Credly, Inc.
"""
add(message([
    recv_icloud(d, "o1.ptr3356.credly.com", "149.72.174.90", "g5"),
    auth_icloud("credly.com"),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Accept your badge from Amazon Web Services Training and Certification"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("credly-saa", "credly.com")),
], text(plain)), label("badge"))

# 53 --------------------------------------------------------------- A11 survey from the case address
d = when("2025-03-06 04:45:00", UTC)
plain = """Hello Mirei,

Your case %s has been resolved. How would you rate the help you received?

  Excellent:  https://survey.aws.training/c/%s?r=5
  Good:       https://survey.aws.training/c/%s?r=4
  Fair:       https://survey.aws.training/c/%s?r=3
  Poor:       https://survey.aws.training/c/%s?r=2

Your answer goes straight to the team that handled your case. This is an automated
message; please do not reply to it.

AWS Training and Certification
""" % ((CASE_A,) * 5)
htm = "<html><body><pre style=\"font-family:Arial\">%s</pre></body></html>" % plain
add(message([
    recv_icloud(d, "a8-43.smtp-out.amazonses.com", "54.240.8.43", "g6"),
    auth_icloud("amazon.com"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", "[CASE %s] Tell us about your support experience" % CASE_A),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("A-survey")),
], multi("alternative", [text(plain), html(htm)], "----=_Part_40771_1126840.1741236300")),
    label("survey", case=CASE_A))

# 54 --------------------------------------------------------------- AWS marketing about certification
d = when("2025-03-07 16:00:00", UTC)
htm = """<html><body style="font-family:Arial">
<h2>Get AWS Certified this spring</h2>
<p>Take any associate-level exam by May 31 and get a free retake if you need one. Already
certified? Use your 50% discount voucher from the Benefits page of your certification account.</p>
<p><a href="https://aws.amazon.com/certification/">Explore AWS Certification</a></p>
<p style="font-size:11px">You received this email because you opted in to AWS marketing.
<a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a>.
Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109</p></body></html>"""
add(message([
    recv_icloud(d, "mail203.abm.awscloud.com", "13.111.65.203", "g7"),
    auth_icloud("awscloud.com"),
    ("From", addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your next AWS Certification: free retake through May 31"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("mkto-cert-spring", "abm.awscloud.com")),
    ("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>"),
], html(htm)), label("unrelated"))

# 55 --------------------------------------------------------------- A13 owner reports a missing exam (reopens)
d = when("2025-03-10 22:18:30")
A_USER4_ID = apple_mid("A-user4")
plain = """Hello Nkechi,

Thank you for the merge. Almost everything is there, but one exam is missing from my exam
history: SAA-C02, which I passed on 14 June 2021 under the company account (%s).
The current SAA-C03 certification shows correctly, only the older exam record is gone.
Could you take a look?

Best regards,
Mirei Okonogi

On Wed, 5 Mar 2025 at 13:40, AWS Training and Certification <%s> wrote:
> Hello Mirei,
>
> Thanks for confirming. The merge is complete: Account #2 has been folded into Account #1,
> and your exam history, certifications and the active 50%% discount voucher are now on
> %s.
""" % (ID_COMPANY, TC_FORM, ID_PERSONAL)
add(message([
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", TC),
    ("Subject", "Re: RE: " + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", A_USER4_ID),
    ("In-Reply-To", A_DONE_ID),
    ("References", "%s %s %s" % (A_ACK_ID, A_CONF_ID, A_DONE_ID)),
    ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
], text(plain)), label("user_reply", case=CASE_A, ids=[ID_COMPANY]))

# 56 --------------------------------------------------------------- A15 reopened + request (no "please")
d = when("2025-03-11 02:30:12", UTC)
A_REQ2_ID = ses_mid("A-req2")
plain = """Hi Mirei,

I've reopened your case and taken it over from Nkechi.

Exam records from 2021 were moved to our current system in a separate migration, and a few
of them were keyed to the test-center appointment rather than to a candidate ID. That's why
this one didn't follow the rest of your history. I can re-attach it by hand, but first I have
to find it.

What I'll need from you is either the Pearson VUE registration number of that appointment
or, if you no longer have it, the exact exam date and the test center. The registration
number is a 9-digit number in the booking confirmation Pearson VUE emailed you at the time.

Thanks,
Haruto I.
AWS Training and Certification Customer Support
"""
add(message([
    recv_icloud(d, "a8-45.smtp-out.amazonses.com", "54.240.8.45", "g9"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", "RE: " + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", A_REQ2_ID),
    ("In-Reply-To", A_USER4_ID),
    ("References", "%s %s %s" % (A_ACK_ID, A_DONE_ID, A_USER4_ID)),
], text(plain)), label("info_request", True, CASE_A))

# 57 --------------------------------------------------------------- A16 owner answers with a 9-digit number
d = when("2025-03-11 20:55:03")
A_USER5_ID = apple_mid("A-user5")
plain = """Hi Haruto,

I found the old booking email:

  Registration number: 274190385
  Exam date: 14 June 2021, 13:30
  Test center: Pearson Professional Centers-Yokohama

The score report PDF from that day shows candidate ID %s.

Thanks a lot,
Mirei

> On 11 Mar 2025, at 11:30, AWS Training and Certification <%s> wrote:
>
> What I'll need from you is either the Pearson VUE registration number of that appointment
> or, if you no longer have it, the exact exam date and the test center.
""" % (ID_COMPANY, TC_FORM)
add(message([
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", TC),
    ("Subject", "Re: RE: " + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", A_USER5_ID),
    ("In-Reply-To", A_REQ2_ID),
    ("References", "%s %s %s" % (A_ACK_ID, A_USER4_ID, A_REQ2_ID)),
    ("X-Mailer", "iPhone Mail (22D72)"),
], text(plain, cte="quoted-printable")), label("user_reply", case=CASE_A, ids=[ID_COMPANY]))

# 58 --------------------------------------------------------------- other vendor: closed for inactivity
d = when("2025-03-12 07:20:41", UTC)
plain = """Hello Mirei,

We haven't heard back from you about your Microsoft Certification support request, so we
have closed case 2502190040012345.

If you still need help with transferring your certification profile, reply to this email
within 14 days and the case will be reopened automatically.

Thank you,
Microsoft Certification Support
"""
add(message([
    recv_icloud(d, "mail-tycjpn01on2103.outbound.protection.outlook.com", "40.107.114.103", "g11"),
    auth_icloud("microsoft.com", selector="selector2"),
    ("From", addr("Microsoft Certification Support", "mcpsupport@microsoft.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Case 2502190040012345 has been closed - Certification profile transfer"),
    ("Date", date_hdr(d)),
    ("Message-ID", outlook_mid("ms-case-close")),
], text(plain), crlf=True), label("unrelated"))

# 59 --------------------------------------------------------------- A17 resolved, short, HTML only
d = when("2025-03-13 03:09:27", UTC)
htm = """<html><body style="font-family:Arial;font-size:14px">
<p>Hi Mirei,</p>
<p>Thanks for the booking details - they were exactly what I needed. The SAA-C02 result from
14 June 2021 is now back in your exam history on %s, and I've checked that nothing
else from the old account is missing.</p>
<p>No further action is required on your side. I'm resolving the case again.</p>
<p>Thanks,<br>Haruto I.<br>AWS Training and Certification Customer Support</p>
</body></html>""" % ID_PERSONAL
add(message([
    recv_icloud(d, "a8-46.smtp-out.amazonses.com", "54.240.8.46", "g12"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", "RE: " + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("A-done2")),
    ("In-Reply-To", A_USER5_ID),
    ("References", "%s %s %s" % (A_ACK_ID, A_REQ2_ID, A_USER5_ID)),
], html(htm, cte="base64")), label("resolved", case=CASE_A, ids=[ID_PERSONAL]))
