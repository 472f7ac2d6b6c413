from gen_lib import *

# 038 mail that claims to be the T&C form sender but fails DKIM/DMARC
d = dt("2025-06-03 07:18:44")
fake_case = "174901442200731"
sp = """Hello,

Following the recent merge of your AWS Certification accounts, one profile remains unverified. To keep your certifications and exam benefits, we need you to confirm your identity within 24 hours.

Sign in here to confirm: https://aws-training-verify.com/account/confirm?case=%s

If we do not hear from you, the merged profile will be suspended and any pending exam appointments cancelled.

AWS Training and Certification Customer Support
""" % fake_case
h = std('"Amazon Web Services" <%s>' % TC, ME_P,
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % fake_case, d,
        mid("spoof-0603", "vps-77812.hostingnet.example"),
        pre=auth_gmail("amazon.com", ok=False, ip="91.203.14.87") +
        ["Received: from vps-77812.hostingnet.example (vps-77812.hostingnet.example [91.203.14.87])\n        by mx.google.com with ESMTP id u8-20020a170903\n        for <%s>;\n        %s" % (ME_P, fdate(d))],
        extra=["Reply-To: aws-support-desk@aws-training-verify.com"])
emit(("suspicious", False, None),
     "Spoof: From is the real T&C form address and the subject has a well-formed 15-digit case token, but Authentication-Results shows dkim=fail, dmarc=fail; the link goes to a lookalike domain. Case null: no real case.",
     h, alt(plain(sp, cte="7bit"), html("<html><body><p>" + sp.replace("\n\n", "</p><p>") + "</p></body></html>\n", cte="7bit"), "sp38"))

# 039 another AWS program's form case (AWS Educate) asking for information
d = dt("2025-06-04 05:33:02")
ed_case = "174902876500114"
ed = """Hello Yuki,

Thank you for contacting AWS Educate.

So that we can give your study group access to the AWS Educate learning content, could you reply with the full name of the institution or community the group belongs to, and the email address each student used to register?

Once we receive those details we will continue with your request.

Best regards,
Daniel K.
AWS Educate Support
"""
h = std('"Amazon Web Services" <aws-cs-educate-form@amazon.com>', ME_P,
        "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % ed_case, d,
        mid("educate-0604", "c2-cs.amazon.com"), pre=auth_gmail("amazon.com"))
emit(("unrelated", False, None),
     "Genuine AWS form case from another program (AWS Educate) with a direct question. Same shape, same [CASE] token, real request - but not a Training and Certification case, so unrelated / no reply flag / case null.",
     h, plain(ed, cte="quoted-printable"))

# 040 recertification notice (candidate ID in the body)
d = dt("2025-06-05 09:02:31")
rc = """Congratulations on recertifying your AWS Certification!

Hello Yuki,

You have successfully recertified as an AWS Certified Solutions Architect - Associate. Your certification is now valid until June 4, 2028.

Candidate ID: %s
Validation number: 7K2PQ1M3B1E4XWZ5

Your digital badge will be updated on Credly shortly, and your new certificate can be downloaded from your AWS Certification account.

AWS Certification
""" % CID_NEW
h = std('"AWS Certification" <do-not-reply@certmetrics.com>', ME_P, "Congratulations on recertifying your AWS Certification!", d,
        mid("recert-saa", "certmetrics.com"), pre=auth_gmail("certmetrics.com", ip="198.2.180.64"))
emit(("certification", False, None, [CID_NEW]),
     "Recertification notice (now reaching the personal address after the merge); has a candidate ID and validation number.",
     h, alt(plain(rc, cte="quoted-printable"), html("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in rc.strip().split("\n\n")) + "</body></html>\n", cte="quoted-printable"), "rc40"))

# 041 Credly badge for the recertified certification (legacy Acclaim address, text + html)
d = dt("2025-06-05 09:40:17")
cb = """Hi Yuki,

Amazon Web Services Training and Certification has issued you an updated badge: AWS Certified Solutions Architect - Associate.

Your previous badge for this certification has been replaced. Accept the new badge here:
https://www.credly.com/earner/earned/badge/0b7d3e44-2a61-4c1f-9a3e-f5d2b71c6a80

The Credly Team
"""
h = std('"Credly" <admin@youracclaim.com>', ME_P, "Your updated badge from Amazon Web Services Training and Certification", d,
        mid("credly-recert", "youracclaim.com"), pre=auth_gmail("youracclaim.com", ip="167.89.12.4"))
emit(("badge", False, None), "Credly badge from the legacy youracclaim.com address after recertification.",
     h, alt(plain(cb, cte="7bit"), html("<html><body><p>" + cb.replace("\n\n", "</p><p>") + "</p></body></html>\n", cte="7bit"), "cb41"))
