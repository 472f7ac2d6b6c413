from gen_lib import *
from gen_p1 import M
from gen_p2 import CG, SUBJ_G

# ack case G (multipart)
dt = d(2024, 3, 10, 23, 41)
M["G_ack"] = ses_mid("020")
txt = """Hello,

We've received your request and opened case %s for it.

Case ID: %s
Topic: Certification > Benefits / Vouchers

Our customer service team usually answers within 24 hours, though some
requests take longer while we look for the best resolution. If you have
already opened a case for this issue, please do not open another one.

Thank you,
AWS Training and Certification Customer Service
""" % (CG, CG)
hb = "<html><body><p>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
add("acknowledgement", False, CG, [], "English ack with different wording ('We've received your request and opened case').",
    mail(ad("AWS Training and Certification", TC), ME_COMPANY, SUBJ_G, dt, M["G_ack"],
         multi("alternative", [text(txt), html(hb)]),
         pre=auth_ms("amazon.com", "amazonses.com")))

# Skill Builder receipt
dt = d(2024, 3, 11, 2, 5)
txt = """Thanks for your order!

AWS Skill Builder Individual subscription - monthly
Order number: SB-7731-2208-1146
Amount: USD 29.00
Next renewal: April 11, 2024

Manage your subscription at https://skillbuilder.aws/account

This is an automated message; replies are not monitored.
"""
add("unrelated", False, None, [], "Skill Builder subscription receipt from the training domain.",
    mail(ad("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_PERSONAL, "Your AWS Skill Builder receipt", dt,
         ses_mid("021"), text(txt, cte="7bit"), crlf=False, pre=auth_google("skillbuilder.aws", "bounce@skillbuilder.aws")))

# info request case G, request buried after explanation
dt = d(2024, 3, 11, 19, 3)
M["G_req"] = ses_mid("022")
txt = """Hello Kenta,

My name is Aigerim and I'll be looking after your case.

Discount vouchers are created automatically once a new certification or a
recertification is recorded, and they normally appear under Benefits within
five business days. When a voucher is missing after that, it is usually
because the exam result was recorded against a different record, or because
the earlier voucher was already used and the new one was not generated.

To trace which of these happened we need the name of the exam you most
recently passed and the date you sat it. A screenshot of your Benefits page as
it looks today would also help.

Best regards,
Aigerim
AWS Training and Certification
"""
add("info_request", True, CG, [], "Request buried after two explanatory paragraphs, phrased as 'we need', no question mark, no 'please'.",
    mail(ad("AWS Training and Certification", TC), ME_COMPANY, SUBJ_G, dt, M["G_req"], text(txt),
         irt=M["G_ack"], refs=[M["G_ack"]], pre=auth_ms("amazon.com", "amazonses.com")))

# user reply case G, Outlook top-post
dt = d(2024, 3, 12, 10, 14, JST)
M["G_rep"] = outlook_mid("023")
txt = """Hi Aigerim,

The last exam was AWS Certified Solutions Architect - Associate (recertification), passed on 16 February 2024.
Candidate ID AWS04418265. Screenshot attached - Benefits shows only the voucher I used last year.

Regards,
Kenta Morioka
Hoshizora Systems Co., Ltd. | Cloud Integration Dept.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, March 12, 2024 4:03 AM
To: Morioka Kenta <%s>
Subject: %s

Hello Kenta,

My name is Aigerim and I'll be looking after your case.
[...]
To trace which of these happened we need the name of the exam you most
recently passed and the date you sat it. A screenshot of your Benefits page as
it looks today would also help.
""" % (TC, ME_COMPANY, SUBJ_G)
png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
add("user_reply", False, CG, ["AWS04418265"], "Owner reply from the company Outlook, top-posted, with an attachment; quoted request below.",
    mail(ad("Morioka Kenta", ME_COMPANY), TC, "RE: " + SUBJ_G.replace("RE: ", "", 1), dt, M["G_rep"],
         multi("mixed", [text(txt), attach("benefits.png", png, "image/png")]),
         irt=M["G_req"], refs=[M["G_ack"], M["G_req"]], mua="X-Mailer: Microsoft Outlook 16.0",
         extra=["Thread-Topic: [CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CG,
                "Thread-Index: AQHadF2c" + hx("023", 10)]))

# resolved case G with conditional invitation
dt = d(2024, 3, 13, 6, 30)
M["G_done"] = ses_mid("024")
txt = """Hello Kenta,

Thanks for the screenshot, it made this quick. The recertification had been
recorded correctly but the voucher job skipped it. I have issued a new 50%
discount voucher; you will find it under Benefits now, valid until
16 February 2025.

I'll mark this case as resolved. If there's anything else you need, just reply
to this email and it will come back to me.

Best regards,
Aigerim
AWS Training and Certification
"""
add("resolved", False, CG, [], "Voucher reissued; ends with a conditional 'if there's anything else, just reply' (not a request).",
    mail(ad("AWS Training and Certification", TC), ME_COMPANY, SUBJ_G, dt, M["G_done"], text(txt),
         irt=M["G_rep"], refs=[M["G_ack"], M["G_req"], M["G_rep"]], pre=auth_ms("amazon.com", "amazonses.com")))

# survey case G plain
dt = d(2024, 3, 14, 17, 45)
txt = """Case %s: how did we do?

Hello,

You recently contacted AWS Training and Certification. We'd like to hear how
it went. Your answers help us improve our service.

Start the 3-question survey:
https://survey.aws.training/s/b71c?case=%s

Thank you for your time.
AWS Training and Certification
""" % (CG, CG)
add("survey", False, CG, [], "Plain survey; the first line starts with 'Case N:' like a case mail.",
    mail(ad("AWS Training and Certification", "tc-feedback@amazon.com"), ME_COMPANY,
         "We'd like your feedback on case %s" % CG, dt, ses_mid("025"), text(txt, cte="7bit"),
         pre=auth_ms("amazon.com", "amazonses.com")))

# suspicious Credly lookalike
dt = d(2024, 6, 20, 4, 12)
h = """<html><body style="font-family:Arial">
<p>Dear Credential Holder,</p>
<p>Our records show that your <b>AWS Certified Solutions Architect &ndash; Associate</b> badge has an
<b>unverified issuer link</b>. Badges that are not re-verified within 48 hours will be revoked and removed
from your public profile.</p>
<p><a href="https://credly-badgeverify.com/login?u=k-morioka">Verify with your AWS Builder ID</a></p>
<p>If you believe this is an error, reply to this email with your Builder ID password so our team can check manually.</p>
<p>Credly Trust &amp; Safety</p></body></html>"""
add("suspicious", False, None, [], "Credly lookalike domain, threatens revocation, asks for a password; 'reply' demand is not a real request.",
    mail(ad("Credly Trust & Safety", "security@credly-badgeverify.com"), ME_COMPANY,
         "Action required: your badge will be revoked in 48 hours", dt, "<%s@credly-badgeverify.com>" % hx("026", 20), html(h),
         pre=auth_ms("credly-badgeverify.com", "credly-badgeverify.com", ok=False, ip="185.225.74.19")))

# badge expiry reminder (Credly)
dt = d(2024, 9, 2, 15, 0)
txt = """Hi Kenta,

Your badge AWS Certified Cloud Practitioner issued by Amazon Web Services
Training and Certification expires on November 1, 2024.

Once it expires it will still appear on your profile, marked as expired.
Check with the issuer for how to renew.

View badge: https://www.credly.com/badges/a1a3c2de-7f0b-4a0e-9d5c-51f0e0c4d9b2

The Credly Team
"""
add("badge", False, None, [], "Credly badge-expiry reminder (badge kind, although it talks about expiry).",
    mail(ad("Credly", "admin@credly.com"), ME_COMPANY, "Your badge is expiring soon", dt,
         "<66d5%s@credly-mailer.mail>" % hx("027", 14), text(txt),
         pre=auth_ms("credly.com", "mail.credly.com", ip="149.72.181.3")))

# recertification congrats
dt = d(2024, 11, 18, 6, 20)
h = """<html><body><h2>Congratulations on recertifying your AWS Certification!</h2>
<p>Hello Kenta,</p><p>You've successfully recertified <b>AWS Certified Cloud Practitioner</b>.
Your new expiration date is <b>November 15, 2027</b>.</p>
<p>Your updated Credly badge and certificate are available in your AWS Certification Account.</p>
<p>AWS Certification</p></body></html>"""
add("certification", False, None, [], "Recertification congratulations, HTML only.",
    mail(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_COMPANY,
         "Congratulations on recertifying your AWS Certification!", dt,
         "<%s.JavaMail.certmetrics@prod-mail-03>" % hx("028", 20), html(h),
         pre=auth_ms("certmetrics.com", "em.certmetrics.com", ip="167.89.12.4")))
