"""Part 7: April 2025 - afterwards."""
from mailkit import *
from gen_part3 import A_SUBJ

MESSAGES = []


def add(raw, lab):
    MESSAGES.append((raw, lab))


# 71 --------------------------------------------------------------- Credly: badge expiring
d = when("2025-04-01 14:00:31", UTC)
plain = """Hi Mirei,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and
Certification, expires on June 14, 2025.

To keep it active, follow the issuer's recertification steps before that date. Expired
badges remain visible on your profile with an "Expired" label.

View badge: https://www.credly.com/badges/3e9f5b10-8c7d-4a2e-b6f1-04d1c9a7e268

Credly, Inc. | Email preferences: https://www.credly.com/notification_preferences
"""
add(message([
    recv_icloud(d, "o1.ptr3356.credly.com", "149.72.174.90", "i1"),
    auth_icloud("credly.com"),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your AWS Certified Cloud Practitioner badge expires soon"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("credly-exp-clf", "credly.com")),
], text(plain, cte="quoted-printable")), label("badge"))

# 72 --------------------------------------------------------------- S6 spoofed certmetrics, dmarc=fail, demands a reply
d = when("2025-04-02 03:27:44", UTC)
plain = """Dear AWS Certified Professional,

Our records show that your AWS Certification account was merged recently. Merged accounts
must be re-validated or the certifications on them will be revoked on April 5, 2025.

To re-validate, reply to this message with:
  - your candidate ID (format AWSxxxxxxxx)
  - the email address and password of your AWS Builder ID

AWS Certification Compliance Team
"""
add(message([
    recv_icloud(d, "host-77-221.bulkrelay.biz", "77.83.221.9", "i2"),
    auth_icloud("certmetrics.com", dkim="none", spf="softfail", dmarc="fail", mailfrom="certmetrics.com"),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("Reply-To", "revalidation@certmetrics-compliance.org"),
    ("To", ME_PERSONAL),
    ("Subject", "Action required: re-validate your AWS Certification account"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("phish-cm", "bulkrelay.biz")),
], text(plain)), label("suspicious"))

# 73 --------------------------------------------------------------- updated certificate (certification, follows case E)
d = when("2025-04-03 01:10:09", UTC)
htm = """<html><body style="font-family:Arial">
<p>Hello Mirei,</p>
<p>The name on your AWS Certification profile has changed, so updated certificates are now
available for all of your active certifications.</p>
<ul><li>AWS Certified Solutions Architect - Professional</li>
<li>AWS Certified Security - Specialty</li>
<li>AWS Certified Solutions Architect - Associate</li>
<li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://cp.certmetrics.com/amazon/en/home/certifications">Download your certificates</a></p>
<p>Previously downloaded copies remain valid. No action is required.</p>
<p>AWS Training and Certification</p></body></html>"""
add(message([
    recv_icloud(d, "mta-202a.certmetrics.com", "198.2.180.34", "i3"),
    auth_icloud("certmetrics.com"),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your updated AWS Certification certificates are ready"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("cm-newcert", "certmetrics.com")),
], multi("alternative", [text("Hello Mirei,\n\nThe name on your AWS Certification profile has changed, so "
                              "updated certificates are now available for all of your active certifications.\n"
                              "Download them at https://cp.certmetrics.com/amazon/en/home/certifications\n\n"
                              "Previously downloaded copies remain valid. No action is required.\n\n"
                              "AWS Training and Certification\n"), html(htm)], "=_cm_newcert_51")),
    label("certification"))

# 74 --------------------------------------------------------------- Credly: badges updated after the name change
d = when("2025-04-03 22:41:50", UTC)
htm = """<html><body style="font-family:Helvetica">
<p>Hi MIREI OKONOGI,</p>
<p>Amazon Web Services Training and Certification updated 4 of your badges. The changes are
already visible on your public profile; you don't need to accept them again.</p>
<p><a href="https://www.credly.com/users/mirei-okonogi/badges">View your badges</a></p>
<p style="font-size:11px;color:#777">Credly, Inc.</p></body></html>"""
add(message([
    recv_icloud(d, "o1.ptr3356.credly.com", "149.72.174.90", "i4"),
    auth_icloud("credly.com"),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your badges from Amazon Web Services Training and Certification were updated"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("credly-upd", "credly.com")),
], html(htm, cte="base64")), label("badge"))

# 75 --------------------------------------------------------------- AWS Educate form case asking a question (not T&C)
d = when("2025-04-04 06:18:33", UTC)
plain = """Hello Mirei,

Thank you for contacting AWS Educate.

To connect your educator profile with the Sorano Labs student program, we need a little
more information. Could you tell us the full name of the institution the students belong to,
and confirm whether they will register with their school email addresses?

Once we have this, we'll finish the setup within two business days.

Best regards,
Lucia P.
AWS Educate Support
"""
add(message([
    recv_icloud(d, "a8-52.smtp-out.amazonses.com", "54.240.8.52", "i5"),
    auth_icloud("amazon.com"),
    ("From", addr("AWS Educate Support", "aws-cs-educate-form@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - account-assistance" % CASE_EDU),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("edu-req")),
], text(plain)), label("unrelated", case=CASE_EDU))

# 76 --------------------------------------------------------------- credit card notice with an AWS charge
d = when("2025-04-07 08:15:00")
body = """小此木 美玲 様

楽天カードをご利用いただき、ありがとうございます。
以下の内容でカードのご利用がありましたのでお知らせいたします。

■ご利用日: 2025/04/03
■ご利用先: AMAZON WEB SERVICES
■ご利用金額: 2,861 円
■カード: 楽天カード(Visa)

ご利用に心当たりがない場合は、楽天カードコンタクトセンターまでご連絡ください。
※本メールは送信専用です。
"""
add(message([
    recv_icloud(d, "mail-s14.rakuten-card.co.jp", "133.237.16.14", "i6"),
    auth_icloud("mail.rakuten-card.co.jp"),
    ("From", addr("楽天カード", "info@mail.rakuten-card.co.jp", "iso-2022-jp")),
    ("To", ME_PERSONAL),
    ("Subject", enc("カード利用のお知らせ(本人ご利用分)", "iso-2022-jp")),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("rakuten-0407", "mail.rakuten-card.co.jp")),
], text(body, charset="iso-2022-jp", cte="7bit")), label("unrelated"))

# 77 --------------------------------------------------------------- new manager asks for the partner link
d = when("2025-04-08 10:44:12")
UEDA_ID = "<CAF9kq2Rt1xP0sLw7mHq3zv8Nd4cY5eB6gJ2@mail.gmail.com>"
plain = """Hi Mirei,

Welcome again! One admin thing: as an AWS Partner we need our certified engineers linked to
Sorano Labs in Partner Central. Could you link your certification account when you have a
moment, and send me your candidate ID so I can check it shows up on our side?

Thanks,
Takumi
"""
add(message([
    recv_icloud(d, "mail-qt1-f170.google.com", "209.85.160.170", "i7"),
    auth_icloud("sorano-labs.jp", selector="google"),
    ("From", addr("Takumi Ueda", "ueda@sorano-labs.jp")),
    ("To", ME_PERSONAL),
    ("Subject", "Partner Central: linking your AWS certifications"),
    ("Date", date_hdr(d)),
    ("Message-ID", UEDA_ID),
], multi("alternative", [text(plain), html("<div dir=\"ltr\">" + plain.replace("\n", "<br>") + "</div>")],
         "0000000000004b7c3d0632a1f9c2")), label("unrelated"))

# 78 --------------------------------------------------------------- owner forwards the final resolution (user_reply)
d = when("2025-04-09 09:12:40")
plain = """Ueda-san,

Here is AWS's confirmation that all my certifications are now on my personal account.
My candidate ID is %s. I will link it to Sorano Labs in Partner Central today.

Mirei

Begin forwarded message:

From: AWS Training and Certification <%s>
Subject: RE: %s
Date: 13 March 2025 at 12:09:27 JST
To: %s

Hi Mirei,

Thanks for the booking details - they were exactly what I needed. The SAA-C02 result from
14 June 2021 is now back in your exam history on %s, and I've checked that nothing
else from the old account (%s) is missing.

No further action is required on your side. I'm resolving the case again.

Thanks,
Haruto I.
AWS Training and Certification Customer Support
""" % (ID_PERSONAL, TC_FORM, A_SUBJ, ME_PERSONAL, ID_PERSONAL, ID_COMPANY)
add(message([
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr("Takumi Ueda", "ueda@sorano-labs.jp")),
    ("Subject", "Fwd: RE: " + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", apple_mid("fwd-ueda")),
    ("In-Reply-To", UEDA_ID),
    ("References", UEDA_ID),
    ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
], text(plain, cte="quoted-printable")), label("user_reply", case=CASE_A, ids=[ID_PERSONAL]))

# 79 --------------------------------------------------------------- Skill Builder renewal notice
d = when("2025-04-11 00:30:00", UTC)
plain = """AWS Skill Builder

Your Individual subscription renews on April 18, 2025 for USD 29.00.

No action is needed to keep your subscription. To change or cancel it, visit
https://skillbuilder.aws/account/subscription before the renewal date.

Please do not reply to this message.
"""
add(message([
    recv_icloud(d, "a8-92.smtp-out.amazonses.com", "54.240.8.92", "i9"),
    auth_icloud("aws.training"),
    ("From", addr("AWS Skill Builder", "no-reply@aws.training")),
    ("To", ME_PERSONAL),
    ("Subject", "Your AWS Skill Builder subscription renews soon"),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("sb-renew")),
], text(plain)), label("unrelated"))
