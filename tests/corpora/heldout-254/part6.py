"""Early April 2025: new job, exam booking, phishing with dmarc=fail, case C opens."""
from part1 import *

C_SUBJ = "RE:[CASE 174451158300964] [AWS Training and Certification Form Submission] - digital-badges"
C_ACK = "CAJq0b1x.174451158300964.ack@cases-tc.amazon.com"

# 033 ------------------------------------------------------------------------
d = when("2025-03-31 02:10:44")
add("unrelated", False, None, [],
    "Out-of-office auto-reply from a former colleague (bilingual); not support.",
    mail(who("佐藤 健", "sato.k@sorairo-sys.co.jp", "iso-2022-jp"), ME_PERSONAL,
         "自動応答: 引き継ぎ資料の件 / Automatic reply: handover notes", d,
         "20250331021044.AR.sato.k@sorairo-sys.co.jp",
         text("""4月4日まで休暇のため不在にしております。返信が遅れますのでご了承ください。
急ぎの件は infra-team@sorairo-sys.co.jp までご連絡ください。

I am out of the office until April 4 with limited access to e-mail.
For urgent matters, please contact infra-team@sorairo-sys.co.jp.
""", "utf-8", "base64"),
         auth_res=auth(ME_PERSONAL, "sorairo-sys.co.jp"),
         extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

# 034 ------------------------------------------------------------------------
d = when("2025-04-01 00:30:15")
add("unrelated", False, None, [],
    "Welcome mail from the new employer's IT team; asks to set things up, not support.",
    mail(who("Tsukumo Works IT", "it-desk@tsukumo-works.jp"), ME_PERSONAL,
         "Welcome to Tsukumo Works - your first-day checklist", d,
         "welcome.0401.okabe@tsukumo-works.jp",
         text("""Hi Rina,

Welcome aboard! Your work account rina.okabe@tsukumo-works.jp is ready.
Before your first stand-up, please:

 1. Sign in and set up MFA.
 2. Join #platform-team in chat.
 3. Reply to this mail with your preferred laptop keyboard layout (JIS or US).

See you soon,
Tsukumo Works IT
""", "us-ascii", "7bit"),
         auth_res=auth(ME_PERSONAL, "tsukumo-works.jp")))

# 035 ------------------------------------------------------------------------
d = when("2025-04-02 11:15:02")
add("unrelated", False, None, ["AWS09164228"],
    "Exam vendor appointment confirmation: 9-digit registration number and the candidate ID; not a case.",
    mail(who("Pearson VUE", "noreply@pearsonvue.com"), ME_PERSONAL,
         "Pearson VUE Confirmation of Exam Appointment", d,
         "PVUE.482093117.20250402111502@pearsonvue.com",
         alt("""Dear Rina Okabe,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Registration ID: 482093117
Candidate ID: AWS09164228
Appointment: Friday, May 16, 2025, 10:00 JST
Location: OnVUE online proctored

Please check in 30 minutes before your appointment. To reschedule or cancel,
sign in to your AWS Certification Account at least 24 hours in advance.

Pearson VUE
""", """<html><body><p>Dear Rina Okabe,</p><p>Thank you for scheduling your exam with Pearson VUE.</p>
<table><tr><td>Exam</td><td>DVA-C02: AWS Certified Developer - Associate</td></tr>
<tr><td>Registration ID</td><td>482093117</td></tr><tr><td>Candidate ID</td><td>AWS09164228</td></tr>
<tr><td>Appointment</td><td>Friday, May 16, 2025, 10:00 JST</td></tr>
<tr><td>Location</td><td>OnVUE online proctored</td></tr></table>
<p>Please check in 30 minutes before your appointment.</p></body></html>"""),
         auth_res=auth(ME_PERSONAL, "pearsonvue.com")))

# 036 ------------------------------------------------------------------------
d = when("2025-04-02 14:00:37")
add("unrelated", False, None, [],
    "Skill Builder subscription receipt (order number, amount) from aws.training.",
    mail(who("AWS Skill Builder", "no-reply@aws.training"), ME_PERSONAL,
         "Your AWS Skill Builder receipt - Order SB-20250402-71830", d,
         "rcpt.SB-20250402-71830@mail.aws.training",
         html("""<html><body style="font-family:Arial"><h3>Thanks for your purchase</h3>
<table cellpadding="4"><tr><td>Order</td><td>SB-20250402-71830</td></tr>
<tr><td>Plan</td><td>Individual subscription (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr></table>
<p>Your subscription renews on May 2, 2025. Manage it any time under Account settings.</p>
</body></html>""", cte="7bit"),
         auth_res=auth(ME_PERSONAL, "aws.training")))

# 037 ------------------------------------------------------------------------
d = when("2025-04-03 01:07:52")
add("suspicious", False, None, [],
    "Spoofed real T&C sender with a case-style subject (invented case number): SPF/DKIM/DMARC all fail.",
    mail(who("AWS Training and Certification", TC_FORM), ME_PERSONAL,
         "RE:[CASE 174364200000442] [AWS Training and Certification Form Submission] - account-assistance",
         d, "20250403010752.4F1A9C@relay.sendfast-mx.top",
         text("""Hello,

We were unable to complete the merge of your AWS Certification accounts
because your identity could not be verified. To avoid losing your exam
history and benefits, please confirm your sign-in details within 24 hours:

https://amazon-certification-account.help/merge/confirm?case=174364200000442

Kindly reply to this e-mail with your Builder ID password if the link does not open.

AWS Training and Certification Customer Support
""", "us-ascii", "7bit"),
         auth_res=auth(ME_PERSONAL, "amazon.com", dkim="fail", spf="fail", dmarc="fail",
                       mfrom="bounce@relay.sendfast-mx.top"),
         recv=[received(ME_PERSONAL, "relay.sendfast-mx.top", "45.148.10.77", d)]))

# 038 ------------------------------------------------------------------------
d = when("2025-04-08 16:00:09")
add("certification", False, None, [],
    "Certification program feedback invitation from CertMetrics: looks like a survey but is program mail, not a case survey.",
    mail(who("AWS Certification", "do-not-reply@certmetrics.com"), ME_PERSONAL,
         "AWS Certification wants to hear from you", d,
         "0100019617a3b4c5-cm-lyv-20250408@email.certmetrics.com",
         alt("""Hello Rina,

As an AWS Certified individual, your view helps shape future exams. Join
our 15-minute study on how you prepare for certification and tell us which
topics matter in your work.

Take part: https://aws.amazon.com/certification/lend-your-voice/

You're receiving this because you opted in to "Lend Your Voice to AWS
Certification" in your profile.

AWS Certification
""", """<html><body><p>Hello Rina,</p><p>As an AWS Certified individual, your view helps shape future
exams. Join our 15-minute study on how you prepare for certification.</p>
<p><a href="https://aws.amazon.com/certification/lend-your-voice/">Take part</a></p></body></html>"""),
         auth_res=auth(ME_PERSONAL, "certmetrics.com")))

# 039 ------------------------------------------------------------------------
d = when("2025-04-10 09:12:30")
add("badge", False, None, [],
    "Credly notice that an old badge has expired (the puzzle that leads to case C).",
    mail(who("Credly", "admin@credly.com"), ME_PERSONAL,
         "Your AWS Certified Cloud Practitioner badge has expired", d,
         "67f78b2e1a0d9_2c4f6e8a0b1d@credly-mailer-7f9c.mail",
         html("""<html><body><p>Hi Rina,</p>
<p>Your badge <b>AWS Certified Cloud Practitioner</b>, issued by Amazon Web Services Training and
Certification, expired on Apr 9, 2022 and is now shown as expired on your profile.</p>
<p>Looking for a badge you earned more recently? Badges are issued to the e-mail address on
the issuing account. <a href="https://www.credly.com/earner/settings/emails">Add another e-mail
address</a> to your Credly profile.</p></body></html>""", cte="quoted-printable"),
         auth_res=auth(ME_PERSONAL, "credly.com")))

# 040 ------------------------------------------------------------------------
d = when("2025-04-13 02:33:48")
add("acknowledgement", False, CASE_C, [],
    "Ack for case C with an optional 'you may reply with your candidate ID' (optional, so no reply needed).",
    mail(who("AWS Training and Certification", TC_FORM), ME_PERSONAL, C_SUBJ, d, C_ACK,
         text("""Thank you for contacting AWS Training and Certification.

Case ID: 174451158300964
Status: Open

We've received your request and will respond as soon as we can, normally
within 24 hours. To avoid delays, please don't open a new case for this issue.

Your message:
  Two AWS Certification accounts seem to exist under rina.okabe.dev@kumomail.jp.
  My badges from the merged account don't appear in Credly, only an old
  expired one. Can the accounts be combined?

If it's handy, you may reply with the candidate ID of each account, though
our team can also look them up.

AWS Training and Certification Customer Support
""", "us-ascii", "7bit"),
         auth_res=auth(ME_PERSONAL, "amazon.com")))

# 041 ------------------------------------------------------------------------
d = when("2025-04-14 18:20:11")
req_c = """Hi Rina,

Thanks for your patience. I'm Obinna from the AWS Training and Certification
team.

Your message matches something we see fairly often. When a second
certification account exists under the same e-mail address (for example one
created years ago through the old Amazon sign-in, and one created with a
Builder ID), Credly can end up connected to the older one, so new badges go
nowhere you can see. Combining the accounts fixes it, but I have to be certain
which records belong together before anything is moved.

So two things from your side: what candidate ID do you see at the top right
after signing in to each account (AWS followed by eight digits)? And which of
the two did you use when you last booked an exam?

Best,
Obinna A.
AWS Training and Certification Customer Support"""
add("info_request", True, CASE_C, [],
    "Long explanation first, then the ask as two questions with no 'please' (CRLF line endings).",
    mail(who("AWS Training and Certification", TC_FORM), ME_PERSONAL, C_SUBJ, d,
         "CAJq0b1x.174451158300964.m2@cases-tc.amazon.com", text(req_c + "\n", "us-ascii", "7bit"),
         irt=C_ACK, refs=[C_ACK], auth_res=auth(ME_PERSONAL, "amazon.com"), eol="\r\n"))
