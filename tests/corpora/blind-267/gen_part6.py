from gen_lib import *
import html as _h

# 037 CertMetrics feedback invitation (program mail, not a case survey)
h = """<html><body style="font-family:Arial"><p>Hello Haruka,</p>
<p>AWS Certification is looking for certified individuals to share their views on upcoming exam changes. The questionnaire takes about 10 minutes and your answers are anonymous.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/2025q3">Take the questionnaire</a></p>
<p>Thank you for being part of the AWS Certification community.</p>
<p style="font-size:11px">AWS Certification &middot; You are receiving this because you opted in to &quot;Lend your voice to AWS Certification&quot;.</p></body></html>"""
add("certification", False, None, [],
    gen_in(addr("AWS Certification", "do-not-reply@certmetrics.com"), "certmetrics.com", ME, "AWS Certification wants to hear from you",
           "2025-07-01 10:00:31", mid("cm.20250701010031.77120", "certmetrics.com"), ip="52.1.94.211", host="mta1.certmetrics.com"),
    leaf(h, "html", cte="quoted-printable"),
    "Certification program questionnaire: feedback wording, but not about a support case")

# 038 former manager asks about re-linking the partner record
t = """Hi Haruka,

Hope the first days of freedom are treating you well!

A favour to ask: the partner team tells me our APN tier audit in August still counts certifications by holder. Would you be willing to turn on certification sharing with our partner profile from your new personal account until the audit is over? It is the "share with an APN account" option in the certification account settings. If that is a no, completely understood; just let me know either way so I can plan.

Also, did AWS finish the merge? Partner Central still shows your name.

Cheers,
Kenta
"""
OG2 = mid("CAH7kq2Rr1b8dZ3mW0kO9tNp4vYc", "mail.gmail.com")
add("unrelated", False, None, [],
    gen_in(addr("Kenta Ogawa", "kenta.ogawa.75@gmail.com"), "gmail.com", ME, "APN sharing - one more favour", "2025-07-02 20:14:09", OG2),
    leaf(t),
    "Former manager asks her to re-link the partner record; a direct request, about the partner link, but not from support")

# 039 owner declines
t = """Hi Kenta,

Yes, support finished the merge on the 28th, so Partner Central should catch up within a week.

I'd rather not link my personal account to the partner profile now that I've left, sorry. I hope the audit goes fine with the current team numbers.

Haruka

""" + gmail_attr("2025-07-02 20:14:09", "Kenta Ogawa <kenta.ogawa.75@gmail.com>") + "\n" + quote(t)
add("user_reply", False, None, [],
    sent_hdrs(addr(ME_NAME, ME), addr("Kenta Ogawa", "kenta.ogawa.75@gmail.com"), "Re: APN sharing - one more favour",
              "2025-07-03 08:02:44", mid("CAJx8mP3yV0c7eWq5_Lk2Dn8oS", "mail.gmail.com"), irt=OG2, refs=OG2),
    leaf(t),
    "Owner's reply to her former manager about the partner link (no case)")

# 040 Support Center case opened
CONS_FOOT = """
To see all the details of this case or to reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, use the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % CASE_C
t = """Hello,

Amazon Web Services has opened case %s on your behalf.

Case ID: %s
Subject: 50%% exam discount missing after certification account merge
Severity: General guidance
Correspondence: After my company certification account was merged into my personal account on June 28, the 50%% exam discount benefit I had on the company account no longer appears under Benefits. Could it be moved as well?

Thank you for contacting Amazon Web Services.
""" % (CASE_C, CASE_C) + CONS_FOOT
CACK = mid("0100019801d3f1a2-case-%s-open" % CASE_C, "email.amazonses.com")
add("acknowledgement", False, CASE_C, [],
    aws_in(ME, "Amazon Web Services: New Support case: %s" % CASE_C, "2025-07-03 09:40:18", CACK,
           frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), tz=0),
    leaf(t, cte="quoted-printable"),
    "Support Center case opened (11-digit ID); the owner's own question is echoed as Correspondence")

# 041 console case: agent asks for details, answer only via console
t = """Hello Haruka,

Thank you for contacting AWS Support about your exam benefit.

Benefits do normally move with the merged records, but discount vouchers are issued per account and sometimes have to be reissued by hand. To find the original voucher I need two things from you:

1. the candidate ID of the certification account the benefit should appear on, and
2. the certification that earned the voucher, or the voucher code itself if you noted it down before the merge.

Please add these to the case in the Support Center; replies sent to this email address are not received.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Ravi K.
Amazon Web Services
""" + "\n====================================================\n" + CONS_FOOT
CREQ = mid("0100019802a7c4b9-case-%s-c1" % CASE_C, "email.amazonses.com")
add("info_request", True, CASE_C, [],
    aws_in(ME, "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_C, "2025-07-03 17:22:05", CREQ,
           frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), tz=0),
    alt(t, "<html><body><pre style=\"font-family:Arial\">" + _h.escape(t) + "</pre></body></html>"),
    "Console case request: must be answered in the Support Center (email does not work); rating footer after the ask")

# 042 new employer's HR
t = """Haruka-san,

Welcome aboard again! For our AWS Partner profile we register the certifications of each engineer. Could you send me
- PDF certificates for each active AWS certification, and
- the candidate ID shown in your certification account (AWS + 8 digits)?

Once you receive your company address (haruka.mizuno@minato-cloud.jp, active from July 7) you can also link your account to our APN profile yourself. Instructions to follow.

Best,
Emily Tanaka
People Operations, Minato Cloud K.K.
"""
HR2 = mid("CAF3nEw9HrOnb0arD1ng2025", "mail.gmail.com")
add("unrelated", False, None, [],
    gen_in(addr("Emily Tanaka", "emily.tanaka@minato-cloud.jp"), "minato-cloud.jp", ME, "Onboarding: AWS certification details",
           "2025-07-04 10:12:40", HR2, ip="209.85.220.73", host="mail-sor-f73.google.com"),
    leaf(t),
    "New employer's HR asks for certificates and candidate ID (a request about certification, not from support)")

# 043 owner answers the new HR
t = """Hi Emily,

Certificates attached (SAA, DVA, SCS). My candidate ID is AWS11930268.

I'll link the account to the partner profile once my new address works.

Thanks,
Haruka

""" + gmail_attr("2025-07-04 10:12:40", "Emily Tanaka <emily.tanaka@minato-cloud.jp>") + "\n" + quote(t)
add("user_reply", False, None, [NEW_ID],
    sent_hdrs(addr(ME_NAME, ME), addr("Emily Tanaka", "emily.tanaka@minato-cloud.jp"), "Re: Onboarding: AWS certification details",
              "2025-07-04 12:48:09", mid("CAJx8mP1qq5oR2f0n_6tW8eJz", "mail.gmail.com"), irt=HR2, refs=HR2),
    multi("mixed", [leaf(t), attach("AWS_Certified_Security_Specialty.pdf", b"%PDF-1.5\n% cert placeholder\n%%EOF\n")]),
    "Owner's reply to new HR with her candidate ID and an attachment")

# 044 note to self from the phone
t = """AWS console case %s -> answer IN THE CONSOLE (email won't reach them)
- cand ID: %s (personal)
- voucher came from the Security Specialty pass, code started with EXAM50-
tonight!

Sent from my iPhone
""" % (CASE_C, NEW_ID)
add("user_reply", False, CASE_C, [NEW_ID],
    gen_in(addr("Haruka", ICLOUD), "icloud.com", ME, "todo aws voucher", "2025-07-04 13:05:51", mid("A1C9E4B2-0D77-4F3A-8B61-5E2C9D0F1A38", "icloud.com"),
           ip="17.58.63.176", host="st43p00im-ztfb10073301.me.com", extra=[("X-Mailer", "iPhone Mail (22F76)")]),
    leaf(t, cte="7bit"),
    "Owner's note to herself from the iCloud address about the console case; a to-do in her own words, not support")
