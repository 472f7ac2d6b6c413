# Case A (175802214400417): APN-linked company account -> personal account merge. Part 1.
from gen_lib import *

CA = "175802214400417"
SA = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CA
TCF = addr("AWS Training and Certification", TC_FORM)
ME_CO = addr(ME_NAME, ME_C)
ME_PE = addr(ME_NAME, ME_P)
A1 = mid("0100019951f2c7e4-6c0b0e4d-5b1a-4a63-9d0e-1f88c3a0d2b1-000000", "email.amazonses.com")
A2 = mid("010001995589a10f-2e14a7c3-0f1d-4b8e-a6d2-7b9904c1e5aa-000000", "email.amazonses.com")
A3 = mid("TYCPR01MB8841D6A0C2B93E5F1A7C44E0B81A2@TYCPR01MB8841.jpnprd01.prod.outlook.com", "").strip("@>") + ">"
A3 = "<TYCPR01MB8841D6A0C2B93E5F1A7C44E0B81A2@TYCPR01MB8841.jpnprd01.prod.outlook.com>"
A4 = mid("01000199594e7f21-8a3d1c55-7e02-4f9b-8c61-3d2a0b9e7f10-000000", "email.amazonses.com")
A5 = mid("0100019979c03b5e-1f7d2a98-4c6e-4a01-b3f5-99e0c2d4a716-000000", "email.amazonses.com")
A6 = mid("010001997a5d12c8-77b0e3f4-2a9c-4d15-8e07-c6a1f3b58d02-000000", "email.amazonses.com")
A7 = "<TYCPR01MB884133F0A71E2C9D54B0E6F8B81A2@TYCPR01MB8841.jpnprd01.prod.outlook.com>"
A8 = mid("010001997e21ad09-3b6f0c17-9e44-4b2a-a7d8-05f1e9c3b264-000000", "email.amazonses.com")

FOOT = """
--
AWS Training and Certification Customer Support
To add to this case, reply to this message and leave the [CASE %s] tag in the subject line.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
""" % CA

# A1 acknowledgement
body = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as case %s and is now in our queue.

Summary of your submission:
  Name: Haruka Tsujimoto
  Email: h-tsujimoto@kiribay-tech.co.jp
  Inquiry type: Certification
  Additional details: Account Merge
  Description: I am leaving Kiribay Technologies at the end of this month and would like to merge my certification account into the one I created with my personal address. Addresses used: h-tsujimoto@kiribay-tech.co.jp (current), haruka.tsujimoto.k@gmail.com (keep this one).

A member of our team will usually get back to you within one business day, although some requests take longer to research. Opening additional cases for the same question moves them to the back of the queue, so we ask that you keep all correspondence on this case.

Kind regards,
""" % CA + FOOT
add(dt(2025, 9, 16, 11, 31), TCF, ME_C, SA, leaf(body, cte="quoted-printable"),
    ("acknowledgement", False, CA, []),
    "Case A opened: automatic receipt with an echo of the form text (mentions 'keep this one' inside the echo).",
    A1, auth=auth_o365("amazon.com"), crlf=True)

# A2 on hold (APN) with buried question
body = """Hi Haruka,

My name is Devendra and I'll be looking after your merge request.

I took a look at the two profiles. The certification account under h-tsujimoto@kiribay-tech.co.jp is linked to an AWS Partner Network organization (Kiribay Technologies K.K.). Partner-linked profiles count toward the partner's certified headcount, so we are not able to move their certifications to another account while that link is in place. The partner's alliance team has to release the profile first, and that request goes through our partner operations colleagues, not through me.

I've placed the case on hold for now.

To decide how to raise this with partner operations, it matters whether you are actually leaving the company or just want a personal copy of your record. Are you leaving Kiribay Technologies, and if so, what will your last working day be?

Best regards,
Devendra K.
AWS Training and Certification
""" + FOOT
add(dt(2025, 9, 17, 2, 14), TCF, ME_C, SA, leaf(body, cte="8bit"),
    ("on_hold", True, CA, []),
    "APN hold; the only question comes after the explanation and 'on hold' sentence, no 'please'.",
    A2, in_reply_to=A1, references=A1, auth=auth_o365("amazon.com"))

# A3 user reply from company address (Outlook style)
q = """From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, September 17, 2025 11:14 AM
To: Tsujimoto Haruka <h-tsujimoto@kiribay-tech.co.jp>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Haruka,

My name is Devendra and I'll be looking after your merge request.
[...]
Are you leaving Kiribay Technologies, and if so, what will your last working day be?
""" % CA
body = """Hello Devendra,

Thank you for checking. Yes, I am leaving Kiribay Technologies. My last working day is September 30, 2025, and this mailbox will be closed after that date.

Please use haruka.tsujimoto.k@gmail.com for anything after the 30th.

Best regards,
Haruka Tsujimoto

-----Original Message-----
""" + q
add(dt(2025, 9, 17, 17, 40, JST), ME_CO, TCF, "RE: " + SA, leaf(body, cte="quoted-printable"),
    ("user_reply", False, CA, []),
    "Owner answers the hold question from the company address; Outlook '-----Original Message-----' quote.",
    A3, in_reply_to=A2, references=A1 + " " + A2,
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", SA), ("Content-Language", "en-US")])

# A4 on hold, nothing asked
body = """Hello Haruka,

Thanks for letting me know about your departure date.

I've now sent a release request to our AWS Partner operations team so they can work with the Kiribay Technologies partner administrators. Until they confirm that your profile has been detached from the partner organization, this case stays on hold on our side.

There's nothing you need to do right now. I'll write again as soon as partner operations gets back to me, which typically takes three to five business days.

Regards,
Devendra K.
""" + FOOT
add(dt(2025, 9, 18, 16, 5), TCF, ME_C, SA, leaf(body, cte="quoted-printable"),
    ("on_hold", False, CA, []),
    "Second hold mail: waiting on the partner, explicitly nothing to do.",
    A4, in_reply_to=A3, references=A1 + " " + A2 + " " + A3, auth=auth_o365("amazon.com"))

# A5 hold lifted
body = """Hi Haruka,

Good news: partner operations confirmed this morning that your certification profile is no longer attached to the Kiribay Technologies partner organization, so the hold on your case has been lifted.

I'm picking this up from Devendra and will be preparing the merge now. You'll hear from me shortly with the details of both accounts.

Thanks for your patience,
Marisol P.
AWS Training and Certification
""" + FOOT
add(dt(2025, 9, 24, 14, 22), TCF, ME_C, SA, leaf(body, cte="base64"),
    ("case_update", False, CA, []),
    "Hold lifted, new agent, merge announced as next step; base64 body.",
    A5, in_reply_to=A4, references=A1 + " " + A4, auth=auth_o365("amazon.com"))

# A6 confirmation request, HTML only with table
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Haruka,</p>
<p>I have located the two certification accounts below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#232f3e;color:#ffffff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS09917406</td><td>AWS02285731</td></tr>
<tr><td>Login email</td><td>haruka.tsujimoto.k@gmail.com</td><td>h-tsujimoto@kiribay-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.tsujimoto.k@gmail.com</td><td>h-tsujimoto@kiribay-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.tsujimoto.k@gmail.com</td><td>h-tsujimoto@kiribay-tech.co.jp</td></tr>
<tr><td>Active certifications</td><td>&mdash;</td><td>Solutions Architect &ndash; Associate, Developer &ndash; Associate</td></tr>
</table>
<p>After a merge, Account #2 is deactivated and everything on it &ndash; exam history, active certifications, benefits &ndash; is moved to the account we keep. This can&#39;t be reversed.</p>
<p>Kindly review the details and let me know that both accounts are yours and that Account #1 is the one to keep. As soon as I have your go-ahead I will complete the merge.</p>
<p>Best regards,<br>Marisol P.<br>AWS Training and Certification</p>
<hr><p style="font-size:11px;color:#687078">To add to this case, reply to this message and leave the [CASE %s] tag in the subject line.</p>
</body></html>
""" % CA
add(dt(2025, 9, 24, 15, 48), TCF, ME_C, SA, leaf(html, subtype="html", cte="quoted-printable"),
    ("confirmation_request", True, CA, ["AWS09917406", "AWS02285731"]),
    "HTML-only Account #1/#2 table with candidate IDs; ask is 'Kindly ... let me know', after an irreversibility warning.",
    A6, in_reply_to=A5, references=A1 + " " + A5, auth=auth_o365("amazon.com"))

# A7 user confirms from company address
q = """________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 25, 2025 0:48
To: Tsujimoto Haruka <h-tsujimoto@kiribay-tech.co.jp>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Haruka,

I have located the two certification accounts below.
    Account #1      Account #2
Candidate ID    AWS09917406     AWS02285731
Login email     haruka.tsujimoto.k@gmail.com    h-tsujimoto@kiribay-tech.co.jp
[...]
Kindly review the details and let me know that both accounts are yours and that Account #1 is the one to keep.
""" % CA
body = "Hi Marisol,\n\nConfirmed. Both accounts are mine. Please merge into Account #1.\n\nThank you,\nHaruka\n\n" + q
add(dt(2025, 9, 25, 10, 12, JST), ME_CO, TCF, "RE: " + SA, leaf(body, cte="quoted-printable"),
    ("user_reply", False, CA, []),
    "Owner confirms from the OLD address; candidate IDs appear only in the quoted part.",
    A7, in_reply_to=A6, references=A1 + " " + A6,
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", SA)])

# A8 info request: write from destination address
body = """Hello Haruka,

Thank you for the quick reply.

Because the account that will remain after the merge is registered to haruka.tsujimoto.k@gmail.com, our verification process requires the go-ahead to be sent from that mailbox rather than from the work address. We need you to send the same confirmation from haruka.tsujimoto.k@gmail.com, replying to this thread so that the case tag stays in the subject.

I've kept everything ready, so the merge can be finished right after that message reaches us.

Best regards,
Marisol P.
""" + FOOT
add(dt(2025, 9, 25, 4, 30), TCF, ME_C, SA, leaf(body, cte="quoted-printable"),
    ("info_request", True, CA, []),
    "Support asks to repeat the confirmation from the personal address ('We need you to'); not a new merge confirmation question.",
    A8, in_reply_to=A7, references=A1 + " " + A6 + " " + A7, auth=auth_o365("amazon.com"))
