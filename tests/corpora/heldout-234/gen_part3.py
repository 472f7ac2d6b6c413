"""Part 3: January - early February 2025 (console case D)."""
from gen_common import *  # noqa: F401,F403

# ---------------------------------------------------------------- 22 Pearson VUE lookalike
t = d(2025, 1, 10, 2, 14, tz=UTC)
txt = """Dear Candidate,

Your upcoming AWS Certification exam appointment could not be verified
because of a change in our identity policy. Unverified appointments are
cancelled 24 hours before the exam and the exam fee is forfeited.

Re-verify your appointment and pay the USD 15 processing fee here:
https://pearsonvue-scheduling.com/verify?ref=AWS-DVA-C02

Reply to this message with your candidate ID and date of birth if the
link does not work.

Pearson VUE Candidate Services
"""
raw = build([
    ("Authentication-Results", auth_personal("pearsonvue-scheduling.com", "pearsonvue-scheduling.com")),
    ("Message-ID", mid("pv-phish", "pearsonvue-scheduling.com")),
    ("Date", rfcdate(t)),
    ("From", addr("Pearson VUE", "candidate-services@pearsonvue-scheduling.com")),
    ("To", ME_PERSONAL),
    ("Subject", "URGENT: re-verify your exam appointment to avoid cancellation"),
], Leaf(txt))
add(t, raw, "suspicious", False, None, [],
    "Exam-vendor lookalike domain, asks for a reply with personal data and a fee.")

# ---------------------------------------------------------------- 23 Builder ID OTP
t = d(2025, 1, 13, 23, 51)
txt = """AWS Builder ID

Verify your email address

Hello,

Use the following verification code to sign in with your AWS Builder ID:

    604117

This code expires in 10 minutes. If you did not try to sign in, you can
ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
raw = build([
    ("Authentication-Results", auth_personal("signin.aws", "signin.aws", spf_domain="amazonses.com")),
    ("Message-ID", ses_mid("otp-2501")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("AWS Builder ID", "no-reply@signin.aws")),
    ("To", ME_PERSONAL),
    ("Subject", "Your AWS Builder ID verification code"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [], "Builder ID one-time code (6 digits) from signin.aws.")

# ---------------------------------------------------------------- console case D
D_SUBJ = "Recertification passed but Developer - Associate still shows expired"
D_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_D
FOOT = """
To view or respond to this case, sign in to the AWS Support Center:
%s

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mails. Replies must be made through the link above.*

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
Amazon.com is a registered trademark of Amazon.com, Inc.
""" % D_LINK

t = d(2025, 1, 14, 0, 22)
txt = """Hello,

We have opened case %s on your behalf. The details of the case are below.

Case ID: %s
Subject: %s
Severity: General guidance
Service: Training and Certification
Category: Certification - Exam results
Correspondence: I passed DVA-C02 at home on 11 January (OnVUE) but my
certification account still lists Developer - Associate as expiring on
22 January and no new result appears. Please help.

We aim to respond to general guidance cases within 24 hours.
%s""" % (CASE_D, CASE_D, D_SUBJ, FOOT)
D1_ID = ses_mid("D1")
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", D1_ID),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Amazon Web Services: New Support case: %s" % CASE_D),
], Leaf(txt))
add(t, raw, "acknowledgement", False, CASE_D, [],
    "Support Center (console) case opened; footer says the address cannot receive mail.")

# D2 info request
t = d(2025, 1, 15, 3, 9, tz=UTC)
txt = """Hello Haruka,

Thanks for your patience while I looked into this.

I checked candidate profile AWS03618842 and there is no DVA-C02 result
recorded for 11 January, nor any pending result. Results for online
exams are sometimes delivered under a different candidate record when the
exam was booked from another sign-in, so I'd like to trace it from the
testing side instead.

Could you send us the Pearson VUE registration number from your OnVUE
appointment confirmation, and tell us which email address that
confirmation was sent to?

Please add this information as a reply in the Support Center using the
link below; replies to this email don't reach us.

Best regards,
Oluwaseun A.
Amazon Web Services
%s""" % FOOT
D2_ID = ses_mid("D2")
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", D2_ID),
    ("Date", rfcdate(t)),
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
], Leaf(txt, cte="quoted-printable"))
add(t, raw, "info_request", True, CASE_D, [CID_MAIN],
    "Console case: question must be answered in the Support Center, not by email; 'no-reply' sender yet a reply is needed.")

# D3 auto-resolved (closing notice)
t = d(2025, 1, 20, 3, 15, tz=UTC)
txt = """Hello,

We haven't received a response to our last message on case %s, so
the case has now been marked as resolved.

If you still need help with this issue, you can reopen the case from the
AWS Support Center within the next 14 days by adding a reply with the
information we asked for. After that, resolved cases can't be reopened
and you would need to create a new one.

Case ID: %s
Subject: %s
Status: Resolved
%s""" % (CASE_D, CASE_D, D_SUBJ, FOOT)
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", ses_mid("D3")),
    ("Date", rfcdate(t)),
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
], Leaf(txt))
add(t, raw, "closing_notice", True, CASE_D, [],
    "Console case resolved for lack of reply, can be reopened within 14 days; says 'resolved' but is not a resolution.")

# D4 reopened, case update
t = d(2025, 1, 21, 8, 40, tz=UTC)
txt = """Hello Haruka,

Thank you for reopening the case and for the registration number.

I found the DVA-C02 result: it was attached to an empty candidate record
that was created when the exam was booked while you were signed in with a
different Builder ID. I've asked our exam operations team to move the
result to AWS03618842. This usually takes one to two business days, and
I'll keep the case open until it shows in your account.

Best regards,
Oluwaseun A.
Amazon Web Services
%s""" % FOOT
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", ses_mid("D4")),
    ("Date", rfcdate(t)),
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
], Multi("alternative", [Leaf(txt), Leaf("<html><body><pre style='font-family:Arial'>%s</pre></body></html>"
                                         % txt.replace("&", "&amp;").replace("<", "&lt;"), "html")],
         "_av-D4-9a1e"))
add(t, raw, "case_update", False, CASE_D, [CID_MAIN],
    "Reopened console case: passed to exam operations, still open, nothing asked.")

# D5 resolved with feedback footer
t = d(2025, 1, 23, 1, 2, tz=UTC)
txt = """Hello Haruka,

Good news: exam operations have moved your DVA-C02 result. Your AWS
Certified Developer - Associate now shows as Active on AWS03618842, with
a new expiration date of 11 January 2028. The badge should reach Credly
within a day.

I'll set this case to resolved. Should anything still look wrong, you can
reply to the case in the Support Center.

Best regards,
Oluwaseun A.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the
stars in top right corner of each correspondence within the AWS Support
Center.
%s""" % FOOT
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", ses_mid("D5")),
    ("Date", rfcdate(t)),
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
], Leaf(txt, cte="quoted-printable"))
add(t, raw, "resolved", False, CASE_D, [CID_MAIN],
    "Resolution with a 'please rate' feedback footer and a conditional invitation.")

# ---------------------------------------------------------------- Credly DVA
t = d(2025, 1, 23, 21, 10)
html = """<html><body style="font-family:Helvetica,Arial">
<p style="font-size:18px">Congratulations, Haruka!</p>
<p>You've earned the <b>AWS Certified Developer &ndash; Associate</b> badge from
Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/badges/e07a33d2-61c5-4c8e-8f0b-9d21b1f4c5a6">View and share your badge</a></p>
<p>Tip: turn on auto-accept so future badges appear on your profile automatically.</p>
<p style="color:#888;font-size:11px">Credly &middot; Pearson</p>
</body></html>"""
raw = build([
    ("Authentication-Results", auth_personal("credly.com", "credly.com")),
    ("Message-ID", mid("credly-dva-2025", "credly.com")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your new badge from Amazon Web Services Training and Certification"),
], Leaf(html, "html", cte="quoted-printable"))
add(t, raw, "badge", False, None, [], "Credly badge right after case D resolved; HTML-only.")

# ---------------------------------------------------------------- Microsoft Learn
t = d(2025, 1, 28, 17, 0, tz=UTC)
txt = """Microsoft Learn

Your certification renewal is now available

Hi Haruka,

You can now renew Microsoft Certified: Azure Administrator Associate for
free. Take the online renewal assessment before 27 July 2025.

Renew now: https://learn.microsoft.com/credentials/certifications/renew

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
raw = build([
    ("Authentication-Results", auth_personal("microsoft.com", "microsoft.com")),
    ("Message-ID", mid("mslearn-renew", "microsoft.com")),
    ("Date", rfcdate(t)),
    ("From", addr("Microsoft Learn", "learn@mail.microsoft.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Renew your Microsoft Certification for free"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [], "Another vendor's renewal notice.")

# ---------------------------------------------------------------- new employer offer
t = d(2025, 2, 3, 19, 20)
txt = """Haruka-san,

Following our call today, please find attached your offer letter for the
position of Senior Cloud Engineer at Sorairo Labs, starting 12 May 2025.

Could you sign and send it back by 14 February? If you have questions about
the equity part, Mei is happy to set up a short call.

Looking forward to working with you!

Daniel Koh
Head of Platform, Sorairo Labs
"""
pdf = b"%PDF-1.4\n% placeholder offer letter\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
raw = build([
    ("Authentication-Results", auth_personal("sorairo-labs.io", "sorairo-labs.io")),
    ("Message-ID", mid("offer", "sorairo-labs.io")),
    ("Date", rfcdate(t)),
    ("From", addr("Daniel Koh", "daniel@sorairo-labs.io")),
    ("To", ME_PERSONAL),
    ("Subject", "Your offer from Sorairo Labs"),
], Multi("mixed", [Leaf(txt), Leaf(pdf, ctype="application/pdf", cte="base64",
                                    filename="Offer_Mashiba_Haruka.pdf")], "mix-offer-77"))
add(t, raw, "unrelated", False, None, [], "Personal mail that needs a reply, with PDF attachment - not support.")

# ---------------------------------------------------------------- note to self
t = d(2025, 2, 9, 22, 13)
txt = """memo before I file the merge requests

- AWS03618842  = main account, haruka@mashiba.me (DVA, CLF)
- AWS11570293  = second one on the same address, made by accident with the
                 new Builder ID. Credly stopped syncing after that.
- AWS07294415  = company account (SAA, APN linked). Must move before I leave.

Do the personal duplicate first, then the company one after I hand in notice.
"""
raw = build([
    ("Message-ID", "<%s@mashiba.me>" % "note-20250209-2213-a1"),
    ("Date", rfcdate(t)),
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr(ME_NAME, ME_PERSONAL)),
    ("Subject", "cert accounts"),
    ("User-Agent", "Mozilla Thunderbird"),
], Leaf(txt, flowed=True))
add(t, raw, "user_reply", False, None, [CID_MAIN, CID_DUP, CID_WORK],
    "Owner's note to self listing three candidate IDs; no case yet.")
