# Part 4: 7 Feb - 17 Feb 2025: console case C, exam passed, case A reopened for the voucher
from gen_common import *  # noqa: F401,F403
import gen_common as G

SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_C = "RE:[CASE %s] Exam result not showing - MLA-C01 taken 30 Jan" % CASE_C
CONSOLE_FOOT = """
We value what you think of our support. Rate this correspondence from the AWS Support Center link below.

Best regards,
%s
Amazon Web Services

======================================================================
To contact us again about this case, return to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you sign in through federation, sign in before following the link.)

*This e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, use the link above and reply in your AWS Support Center.
======================================================================

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""


def console_headers(w, subject, mid, irt=None):
    h = inbound_personal(w, "amazon.com", ses_mailfrom(w)) + [
        ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P), ("Subject", subject),
        ("Date", date_hdr(w.astimezone(UTC))), ("Message-ID", mid)]
    if irt:
        h += [("In-Reply-To", irt), ("References", irt)]
    return h


# ------------------------------------------------------------------ N32 newsletter
w = t("2025-02-07 07:00:00")
body = """CLOUDLINE WEEKLY - issue 212

1. Case closed: why a 3-line IAM policy took down a checkout flow
2. Re:Invent leftovers - the quiet S3 features you missed
3. Certification corner: the new ML Engineer exam, six months in
4. Reader question: "Support asked me to confirm in the console - why can't I just reply?"

Read online: https://cloudline.news/issues/212

You're receiving this because you subscribed at cloudline.news. Unsubscribe: https://cloudline.news/u/%s
""" % alnum(16)
mid = "<%s@cloudline.news>" % hexid(20)
h = inbound_personal(w, "cloudline.news", "bounce@mg.cloudline.news", helo="mg.cloudline.news", ip="159.135.224.3") + [
    ("From", addr("Cloudline Weekly", "digest@cloudline.news")), ("To", ME_P),
    ("Subject", "Cloudline Weekly #212: Case closed"), ("Date", date_hdr(w)), ("Message-ID", mid),
    ("List-Unsubscribe", "<https://cloudline.news/u/%s>" % alnum(16)), ("Precedence", "bulk")]
add("N32", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("unrelated", False, None, []),
    "cloud newsletter",
    "'Case closed', 'confirm in the console', certification words in headlines")

# ------------------------------------------------------------------ C2 console info request
w = t("2025-02-07 15:20:48")
body = """Hello Nanami,

I'm Ana from AWS Support, and I'll be looking after your case.

Exam results are handled by the AWS Certification team, and I have brought them in. To find your appointment they need two details from you: your AWS candidate ID (shown at the top right of your certification account; it starts with "AWS") and the registration number from your Pearson VUE booking confirmation.

Add both as a reply to this case in the Support Center. Replies to this e-mail do not reach us.
""" + CONSOLE_FOOT % ("Ana R.", CASE_C)
mid = ses_mid(w)
G.MID["C2"] = mid
add("C02", w, console_headers(w, SUBJ_C, mid, G.MID["C1"]), leaf(body, cte="quoted-printable"),
    ("info_request", True, CASE_C, []),
    "case C: asks for candidate ID and Pearson VUE registration number, answer in the Support Center",
    "console case: must be answered in the console, not by e-mail; 'they need two details' is indirect; feedback footer")

# ------------------------------------------------------------------ N28 billing console case (not T&C)
w = t("2025-02-08 11:05:14")
body = """Hello,

We have opened case %s to address your issue.

Your case details:

Case ID: %s
Subject: Charges on a closed member account
Severity: General guidance
Correspondence: Description:
A member account I closed in December still shows a USD 3.27 charge for January.

We will get back to you soon. To view or update your case, use the link below:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for contacting Amazon Web Services.

This message was sent from an address that cannot accept incoming e-mail.
""" % (CASE_BILL, CASE_BILL, CASE_BILL)
mid = ses_mid(w)
add("N28", w, console_headers(w, "Amazon Web Services: New Support case: %s" % CASE_BILL, mid),
    leaf(body, cte="quoted-printable"),
    ("unrelated", False, None, []),
    "a second console case, about billing on the personal AWS account",
    "identical template and sender to case C's acknowledgement, but not a Training and Certification case")

# ------------------------------------------------------------------ C3 console closing notice
w = t("2025-02-10 15:22:03")
body = """Hello Nanami,

We haven't heard back from you on this case. It will be resolved automatically in 3 days if there is no reply, and once it has been resolved for 14 days it can no longer be reopened.

To keep it open, reply in the Support Center with the details from my previous message.
""" + CONSOLE_FOOT % ("Ana R.", CASE_C)
mid = ses_mid(w)
G.MID["C3"] = mid
add("C03", w, console_headers(w, SUBJ_C, mid, G.MID["C2"]), leaf(body, cte="quoted-printable"),
    ("closing_notice", True, CASE_C, []),
    "case C: will auto-resolve in 3 days without a reply in the console",
    "console case closing notice; the reply must go through the Support Center")

# ------------------------------------------------------------------ N38 new employer onboarding
w = t("2025-02-10 18:00:27")
body = """Hi Nanami,

Welcome aboard! We're looking forward to seeing you on Monday 3 March (10:00, Nakanoshima office, 4F).

Before your first day, could you:
1. sign the employment contract in the e-signature link we sent on Friday, and
2. send PDF copies of your professional certifications (AWS etc.) - we list them on our AWS Partner application.

Your company address will be nanami.ashida@sokorobotics.jp from day one.

Best,
Emily Grant
People Team, Soko Robotics K.K.
"""
mid = gmail_mid()
G.MID["N38"] = mid
h = inbound_personal(w, "sokorobotics.jp", "emily.grant@sokorobotics.jp", helo="mail-sor-f41.google.com",
                     ip="209.85.220.41") + [
    ("From", addr("Emily Grant", "emily.grant@sokorobotics.jp")), ("To", ME_P),
    ("Subject", "Your first day at Soko Robotics"), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N38", w, h, multi("alternative", [leaf(body, cte="quoted-printable"),
                                        leaf("<div dir=\"ltr\">" + text_to_html(body) + "</div>", "html")]),
    ("unrelated", False, None, []),
    "new employer's onboarding mail asking for certificate PDFs",
    "a real request with 'could you' and AWS certification wording, but from the new employer")

# ------------------------------------------------------------------ C-hold: score validation
w = t("2025-02-11 13:10:40")
body = """Hello Nanami,

Thank you for adding your candidate ID (%s) and registration number (452918370) to the case.

The Certification team found your appointment. Your result is held for a standard score-validation review, which happens for a small share of exams, particularly newer ones. The review can't be hurried; it normally finishes within five business days of the exam. The case is pending on their side until then, and I'll update you as soon as the result is released.

You don't need to add anything further.
""" % CID_NEW + CONSOLE_FOOT % ("Ana R.", CASE_C)
mid = ses_mid(w)
G.MID["C4"] = mid
add("C04", w, console_headers(w, SUBJ_C, mid, G.MID["C3"]), leaf(body, cte="base64"),
    ("on_hold", False, CASE_C, [CID_NEW]),
    "case C: result held for score validation by the Certification team",
    "hold with nothing to answer (contrast case A's hold); echoes the candidate ID and 9-digit registration number")

# ------------------------------------------------------------------ N6 certmetrics research invite
w = t("2025-02-11 23:00:00", UTC)
txt = """Hello Nanami,

AWS Certification is looking for certified individuals to take part in a 20-minute online study about how you prepare for exams and use your certifications at work.

Participants who complete the study receive a thank-you gift of an AWS Certification practice exam voucher.

Take part: https://aws.certmetrics.com/amazon/public/research.aspx?id=%s

Participation is voluntary and does not affect your certification status.

AWS Certification
""" % alnum(10)
html = "<html><body>" + text_to_html(txt) + "</body></html>"
mid = "<%s@certmetrics.com>" % hexid(24)
h = inbound_personal(w, "certmetrics.com", "bounces+%s@em.certmetrics.com" % hexid(6), helo="o7.em.certmetrics.com", ip="167.89.84.11") + [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
    ("Subject", "Share your views with AWS Certification"), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N06", w, h, multi("alternative", [leaf(txt), leaf(html, "html")]),
    ("certification", False, None, []),
    "CertMetrics: invitation to a certification research study",
    "looks like a survey, but it is certification-program mail, not about a support case")

# ------------------------------------------------------------------ C5 console resolved + footer
w = t("2025-02-12 09:55:19")
body = """Hello Nanami,

Good news: the score-validation review has finished and your MLA-C01 result has been released to your certification account. You should also receive a notification from AWS Certification shortly.

I'm marking this case as resolved. If you have any other question about it, you can reopen it from the Support Center within 14 days.
""" + CONSOLE_FOOT % ("Ana R.", CASE_C)
mid = ses_mid(w)
add("C05", w, console_headers(w, SUBJ_C, mid, G.MID["C4"]), leaf(body, cte="quoted-printable"),
    ("resolved", False, CASE_C, []),
    "case C resolved: result released",
    "rating footer and 'reopen within 14 days' are not requests")

# ------------------------------------------------------------------ N8 certmetrics congratulations
w = t("2025-02-12 01:30:05", UTC)
txt = """Congratulations, Nanami!

You have earned the AWS Certified Machine Learning Engineer - Associate certification.

Your certificate and score report are available in your AWS Certification Account:
https://www.aws.training/Certification

Your digital badge will be issued through Credly shortly. Look for an e-mail from admin@credly.com.

Certification date: January 30, 2025
Expiration date: January 30, 2028

AWS Certification
"""
html = ('<html><body><table width="600"><tr><td style="font-family:Arial">' + text_to_html(txt)
        + "</td></tr></table></body></html>")
mid = "<%s@certmetrics.com>" % hexid(24)
h = inbound_personal(w, "certmetrics.com", "bounces+%s@em.certmetrics.com" % hexid(6), helo="o7.em.certmetrics.com", ip="167.89.84.11") + [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
    ("Subject", "Congratulations! You are now AWS Certified"), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N08", w, h, multi("alternative", [leaf(txt), leaf(html, "html")]),
    ("certification", False, None, []),
    "CertMetrics: passed MLA-C01",
    "the outcome case C was about, but program mail rather than case mail")

# ------------------------------------------------------------------ N11 Credly new badge
w = t("2025-02-12 10:47:33")
txt = """Nanami, you earned a new badge!

Amazon Web Services Training and Certification has issued you the badge:
AWS Certified Machine Learning Engineer - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/0b7d4e12-9a3c-4f61-b8e2-1c5a7f93d640

Once accepted, you can share it and add it to your email signature.

The Credly Team
Credly, 1 Penn Plaza, New York, NY
"""
mid = "<%s@credly.com>" % hexid(20)
h = inbound_personal(w, "credly.com", "bounces+%s@em.credly.com" % hexid(6), helo="o1.em.credly.com", ip="149.72.41.9") + [
    ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
    ("Subject", "Nanami, you earned a new badge from Amazon Web Services Training and Certification"),
    ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N11", w, h, leaf("<html><body>" + text_to_html(txt) + "</body></html>", "html", cte="quoted-printable"),
    ("badge", False, None, []),
    "Credly: MLA badge issued",
    "HTML-only, 'accept your badge' is an action but not a reply")

# ------------------------------------------------------------------ C6 console survey
w = t("2025-02-13 09:02:44")
body = """Hello,

Your AWS Support case %s ("Exam result not showing - MLA-C01 taken 30 Jan") was recently resolved.

How would you rate your overall experience? Choose a score from 1 (poor) to 5 (excellent):
https://console.aws.amazon.com/support/feedback?displayId=%s&src=email

It takes less than a minute. Thank you for helping us improve AWS Support.

Amazon Web Services
""" % (CASE_C, CASE_C)
mid = ses_mid(w)
add("C06", w, console_headers(w, "How was your experience with AWS Support? (case %s)" % CASE_C, mid),
    leaf(body, cte="7bit", charset="us-ascii"),
    ("survey", False, CASE_C, []),
    "console satisfaction survey for case C",
    "question form and case number, but a survey")

# ------------------------------------------------------------------ N33 LinkedIn
w = t("2025-02-13 20:14:02")
body = """Nanami, your profile is getting noticed

You appeared in 11 searches this week.
Searchers came from: Soko Robotics, Kuroshio DX, Amazon Web Services

Congratulate your connection Kenta Oba on his work anniversary.

See all searches: https://www.linkedin.com/me/search-appearances/

This email was intended for Nanami Ashida (Cloud Engineer at Kuroshio DX)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=%s
""" % alnum(20)
mid = "<%s.%s@mail.linkedin.com>" % (hexid(10), hexid(8))
h = inbound_personal(w, "linkedin.com", "s-%s@bounce.linkedin.com" % hexid(10), helo="mailb-ac.linkedin.com", ip="108.174.3.180") + [
    ("From", addr("LinkedIn", "messages-noreply@linkedin.com")), ("To", addr("Nanami Ashida", ME_P)),
    ("Subject", "Nanami, you appeared in 11 searches this week"), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N33", w, h, leaf(body, cte="quoted-printable"),
    ("unrelated", False, None, []),
    "LinkedIn weekly search appearances",
    "plain noise; mentions Amazon Web Services")

# ------------------------------------------------------------------ N9 certmetrics benefits
w = t("2025-02-13 02:00:00", UTC)
txt = """Hello Nanami,

New benefits have been added to your AWS Certification Account:

- 50% discount on your next AWS Certification exam (valid until February 12, 2026)
- Free practice exam on AWS Skill Builder

To use a benefit, sign in and open Benefits:
https://www.aws.training/Certification

AWS Certification
"""
mid = "<%s@certmetrics.com>" % hexid(24)
h = inbound_personal(w, "certmetrics.com", "bounces+%s@em.certmetrics.com" % hexid(6), helo="o7.em.certmetrics.com", ip="167.89.84.11") + [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
    ("Subject", "New AWS Certification benefits are available"), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N09", w, h, leaf(txt, cte="quoted-printable"),
    ("certification", False, None, []),
    "CertMetrics: new 50% voucher after passing MLA",
    "same 'voucher' topic as the reopened case A, but program mail")

# ------------------------------------------------------------------ A13 owner: old voucher missing
w = t("2025-02-14 22:10:31")
a10_new = [m for m in G.MESSAGES if m["key"] == "A10"][0]
body = """Hi Rutendo,

Thanks for the merge - exam history and certificates all look right. One thing did not come over: the unused 50%% exam discount from the old profile (%s, valid until 31 August 2025) isn't listed under Benefits. The only discount there is the new one from my MLA exam.

Could you have a look?

Nanami

On Wed, 5 Feb 2025, at 11:20, AWS Training and Certification wrote:
> Hi Nanami,
>
> The merge is complete. The exam history, certifications and benefits from your former company profile are now under candidate ID %s (%s), and the old login no longer works.
>
> Your Credly badges will be re-issued to this address, usually within a day. Partner Central can take up to a week to drop the certifications from Kuroshio DX's count.
>
> If anything looks wrong when you sign in, just reply here.
>
> Regards,
> Rutendo M.
""" % (CID_OLD, CID_NEW, ME_P)
mid = fm_mid()
G.MID["A13"] = mid
h = [("From", addr(ME_NAME, ME_P)), ("To", addr(TC_NAME, TC)), ("Subject", "Re: RE:" + SUBJ_A),
     ("Date", date_hdr(w)), ("Message-ID", mid), ("In-Reply-To", G.MID["A10"]),
     ("References", "%s\n %s" % (G.MID["A9"], G.MID["A10"])),
     ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250106.001-g3a29173c")]
add("A13", w, h, leaf(body, cte="quoted-printable"),
    ("user_reply", False, CASE_A, [CID_OLD]),
    "owner reports the old voucher missing, replying to the resolved case A",
    "owner's question ('Could you have a look?'); the quoted resolution holds the other candidate ID")

# ------------------------------------------------------------------ A14 case reopened, passed on
w = t("2025-02-17 09:30:58")
body = """Hello Nanami,

Thanks for letting us know. I've reopened case %s and passed it to our Certification Benefits team, who look after voucher balances. They'll reply on this thread once they've checked the old profile's records; this usually takes three to five business days.

You don't have to do anything in the meantime.

Kind regards,
Keegan O.
AWS Training and Certification Customer Support
""" % CASE_A
mid = ses_mid(w)
G.MID["A14"] = mid
h = G.aws_tc_headers(w, ME_P, "RE:" + SUBJ_A, mid, irt=G.MID["A13"], refs=[G.MID["A10"], G.MID["A13"]])
add("A14", w, h, multi("alternative", [leaf(body), leaf("<html><body>" + text_to_html(body) + "</body></html>", "html")]),
    ("case_update", False, CASE_A, []),
    "case A reopened and handed to the Benefits team",
    "reopened case, new agent, 'Thanks for letting us know' opener; no ask")

# ------------------------------------------------------------------ N15 fake Credly
w = t("2025-02-17 20:04:11")
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto;border:1px solid #e5e5e5;padding:24px">
<p style="font-size:20px;color:#ff6b00"><b>Credly</b></p>
<p>Hi Nanami,</p>
<p>We detected that your badges issued by <b>Amazon Web Services Training and Certification</b> were recently moved to a new e-mail address.
For your protection they will be <b>revoked in 24 hours</b> unless you confirm your identity.</p>
<p><a href="https://credly-badgeverify.com/login?next=/aws" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Confirm and keep my badges</a></p>
<p>Thanks,<br>The Credly Team</p>
</div></body></html>"""
mid = "<%s@credly-badgeverify.com>" % hexid(20)
h = inbound_personal(w, "credly-badgeverify.com", "mailer@credly-badgeverify.com", helo="mx.credly-badgeverify.com",
                     ip="194.58.112.4", dmarc="none", policy="none") + [
    ("From", addr("Credly", "admin@credly-badgeverify.com")), ("To", ME_P),
    ("Subject", "Action required: confirm your identity to keep your AWS badges"),
    ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N15", w, h, leaf(html, "html", cte="quoted-printable"),
    ("suspicious", False, None, []),
    "fake Credly: badges 'revoked in 24 hours' after the merge",
    "plausible after a real badge move, lookalike domain, credential link")
