"""31 May - 3 June 2025: merge done, survey, forwards, and the console case starts."""
from gen_lib import *
from gen_part3 import CASE_A, SUBJ_A, TCN, MID_A

CASE_C = "174895272000093"
SUBJ_C_TITLE = "50% exam discount benefit missing after certification account merge"
SUBJ_C = "RE:[CASE %s] %s" % (CASE_C, SUBJ_C_TITLE)
CONSOLE_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
AWSN = A("Amazon Web Services", "no-reply-aws@amazon.com")
MID_C = {}

# 47 ---------------------------------------------------------------- NDR from the closed company mailbox
d = dt("2025-05-31 09:40")
txt = """Delivery has failed to these recipients or groups:

k-oshiro@ryukyu-cloudworks.co.jp
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:
Generating server: TY3P286MB2660.JPNP286.PROD.OUTLOOK.COM
k-oshiro@ryukyu-cloudworks.co.jp
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k-oshiro@ryukyu-cloudworks.co.jp not found by SMTP address lookup'
"""
orig = b"""From: Kenta Oshiro <kenta.oshiro.dev@gmail.com>
To: k-oshiro@ryukyu-cloudworks.co.jp
Subject: =?UTF-8?B?5byV44GN57aZ44GO6LOH5paZ44Gu5pyA57WC54mI?=
Date: Sat, 31 May 2025 09:39:51 +0900
Message-ID: <CAK7dQm5Pq2r8Xw0Lz3Hn6Ub1Vc9Ye4Ta7Gs0Dk2Jf5Mi8Ro1Qw@mail.gmail.com>

"""
dsn = b"""Reporting-MTA: dns;TY3P286MB2660.JPNP286.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail-sor-f41.google.com
Arrival-Date: Sat, 31 May 2025 00:39:53 +0000

Final-Recipient: rfc822;k-oshiro@ryukyu-cloudworks.co.jp
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
add(d, std(A("Microsoft Outlook", "postmaster@ryukyu-cloudworks.co.jp"), ME_PERSONAL,
           "Undeliverable: 引き継ぎ資料の最終版", d, "<9c2f51e0-5a3b-4d1e-8f77-0b1a2c3d4e5f@TY3P286MB2660.JPNP286.PROD.OUTLOOK.COM>",
           irt="<CAK7dQm5Pq2r8Xw0Lz3Hn6Ub1Vc9Ye4Ta7Gs0Dk2Jf5Mi8Ro1Qw@mail.gmail.com>",
           pre=gm_trace("ryukyu-cloudworks.co.jp", "postmaster@ryukyu-cloudworks.co.jp", d, host="mail-os0jpn01on2061.outbound.protection.outlook.com", policy="NONE"),
           post=[("Auto-Submitted", "auto-replied")]),
    MP("report", [T(txt, cte="7bit"), RAWPART("message/delivery-status", "7bit", dsn),
                  RAWPART("text/rfc822-headers", "7bit", orig)], "_5e1a7b33-0c1d-4b9f-a2e6-3d4f5a6b7c8d_",
       params=" report-type=delivery-status;"),
    ("unrelated", False, None, []),
    "Bounce (multipart/report) for a note the owner sent to his own closed company mailbox the day after his last day; 'please check and try to resend' is not support.")

# 48 ---------------------------------------------------------------- A: resolved, quoting the confirmation request
d = dt("2025-05-31 14:05")
MID_A[10] = mid("a10", "email.amazonses.com")
txt = """Hi Kenta,

Thanks for confirming from your personal address. I have merged Account #1 into Account #2.

Your exam history, the three active certifications and the unused 50%% exam discount now sit under kenta.oshiro.dev@gmail.com (AWS04471952). Account #1 has been deactivated, so the company address can no longer be used to sign in. Credly and partner profiles can take up to 48 hours to catch up.

If anything looks off after that, reply here and I'll take another look.

Regards,
Tomás R.
AWS Certification Records
AWS Training and Certification

-----Original Message-----
From: Kenta Oshiro <kenta.oshiro.dev@gmail.com>
Sent: Friday, May 30, 2025 12:10 PM
Subject: %s

Both accounts are mine: AWS02718843 (company) and AWS04471952 (personal). Please merge into Account #2 and keep kenta.oshiro.dev@gmail.com.

-----Original Message-----
From: AWS Training and Certification
Sent: Monday, May 26, 2025 10:40 AM
Subject: %s

We will go ahead as soon as you confirm that both accounts belong to you and that Account #2 is the one to keep.
Note: for security reasons, merge confirmations are accepted only from the e-mail address of the account being kept.
""" % (SUBJ_A, SUBJ_A)
html = "<div style=\"font-family:Calibri,Arial,sans-serif\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("-----Original Message-----")[0].strip().split("\n\n")) + \
    "<hr><blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">" + \
    "-----Original Message-----".join(txt.split("-----Original Message-----")[1:]).replace("\n", "<br>") + "</blockquote></div>"
add(d, std(TCN, ME_PERSONAL, SUBJ_A, d, MID_A[10], irt=MID_A[9], refs=" ".join([MID_A[1], MID_A[5], MID_A[8], MID_A[9]]),
           pre=gm_trace("amazon.com", "01000197214e@email.amazonses.com", d)),
    MP("alternative", [T(txt), T(html, "html")], "=_c41d7e2f9a0b"),
    ("resolved", False, CASE_A, ["AWS04471952"]),
    "Merge done; quotes both the owner's confirmation and support's old request ('we will go ahead as soon as you confirm…') below; ends with a conditional 'if anything looks off, reply'.")

# 49 ---------------------------------------------------------------- Credly: badges on the personal address
d = dt("2025-05-31 15:02")
html = """<html><body style="font-family:Arial,sans-serif;background:#f7f7f7">
<div style="max-width:580px;margin:auto;background:#fff;padding:24px">
<p>Hi Kenta,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued 3 badges to <b>kenta.oshiro.dev@gmail.com</b>:</p>
<ul><li>AWS Certified Security - Specialty</li><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li></ul>
<p>Already have a Credly account under another e-mail address? Add this address to your existing account so all your badges stay together.</p>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; You can change your notification settings at any time.</p>
</div></body></html>"""
add(d, std(A("Credly", "admin@credly.com"), ME_PERSONAL, "Kenta, you have 3 new badges from Amazon Web Services Training and Certification", d,
           mid("cr4", "credly.com"), pre=gm_trace("credly.com", "bounce@mg.credly.com", d, policy="NONE")),
    T(html, "html"),
    ("badge", False, None, []),
    "Credly re-issues the badges to the personal address right after the merge; tells him to add an address (an instruction, but Credly's).")

# 50 ---------------------------------------------------------------- CertMetrics: e-mail changed
d = dt("2025-06-01 08:00")
txt = """Hello Kenta,

The primary e-mail address on your AWS Certification Account has changed.

Candidate ID: AWS04471952
New e-mail address: kenta.oshiro.dev@gmail.com
Changed on: May 31, 2025

If you made this change, there is nothing else to do. If you did not, contact AWS Training and Certification through https://support.aws.amazon.com/#/contacts/aws-training.

AWS Certification
"""
add(d, std(A("AWS Certification", "do-not-reply@certmetrics.com"), ME_PERSONAL,
           "Your AWS Certification Account e-mail address was updated", d, mid("cm4", "certmetrics.com"),
           pre=gm_trace("certmetrics.com", "bounces@certmetrics.com", d, policy="NONE")),
    T(txt, cte="7bit"),
    ("certification", False, None, ["AWS04471952"]),
    "Automatic CertMetrics account notice caused by the merge (sounds like a resolution, but it is program mail, not the case); conditional 'if you did not, contact…'.")

# 51 ---------------------------------------------------------------- A: satisfaction survey
d = dt("2025-06-02 09:10")
txt = """Hello Kenta,

Your recent case with AWS Training and Certification (case %s) was marked as resolved.

How satisfied were you with the support you received?

  Very satisfied     https://survey.aws-training-feedback.amazon.com/s/tc?c=%s&r=5
  Satisfied          https://survey.aws-training-feedback.amazon.com/s/tc?c=%s&r=4
  Neutral            https://survey.aws-training-feedback.amazon.com/s/tc?c=%s&r=3
  Dissatisfied       https://survey.aws-training-feedback.amazon.com/s/tc?c=%s&r=2
  Very dissatisfied  https://survey.aws-training-feedback.amazon.com/s/tc?c=%s&r=1

The survey takes about two minutes. Answers to this e-mail are not read; please use the links above.

Thank you,
AWS Training and Certification
""" % ((CASE_A,) * 6)
html = "<html><body><pre style=\"font-family:Arial,sans-serif\">%s</pre></body></html>" % txt
add(d, std(TCN, ME_PERSONAL, SUBJ_A + " - feedback", d, mid("a11", "email.amazonses.com"),
           pre=gm_trace("amazon.com", "0100019729ab@email.amazonses.com", d)),
    MP("alternative", [T(txt, cte="7bit"), T(html, "html", cte="7bit")], "=_survey_7f3c"),
    ("survey", False, CASE_A, []),
    "Satisfaction survey from the case sender with the case token in the subject and a question in the body; no reply wanted.")

# 52 ---------------------------------------------------------------- A: owner forwards the resolution to HR
d = dt("2025-06-02 09:30")
txt = """上原様

ハーバーアナリティクス入社予定の大城です。ご提出が遅れ申し訳ありません。

3. 認定証PDFを3件添付します。
4. AWS 候補IDは AWS04471952 です。前職の認定アカウントを個人アカウントに統合したため、番号が変わりました。統合完了の連絡を下に転送します。

よろしくお願いいたします。
大城 健太

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Sat, May 31, 2025 at 2:05 PM
Subject: %s
To: <kenta.oshiro.dev@gmail.com>


Hi Kenta,

Thanks for confirming from your personal address. I have merged Account #1 into Account #2.

Your exam history, the three active certifications and the unused 50%% exam discount now sit under kenta.oshiro.dev@gmail.com (AWS04471952). Account #1 has been deactivated, so the company address can no longer be used to sign in.

If anything looks off after that, reply here and I'll take another look.

Regards,
Tomás R.
""" % (TC_FORM, SUBJ_A)
pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
add(d, std(A("Kenta Oshiro", ME_PERSONAL), A("上原 さくら", "onboarding@harbor-analytics.jp"), "Fwd: " + SUBJ_A, d,
           "<CAK7dQm6Hn3e0Rt8Wq5Zy2Ux7Ib4Oc1Pa9Sd6Fg3Jk0Lm5Nz8Xv@mail.gmail.com>"),
    MP("mixed", [T(txt), ATT(pdf, "application/pdf", "AWS-Certified-Security-Specialty.pdf"),
                 ATT(pdf, "application/pdf", "AWS-Certified-Solutions-Architect-Associate.pdf"),
                 ATT(pdf, "application/pdf", "AWS-Certified-Developer-Associate.pdf")], "000000000000f3e2d1063682aa10"),
    ("user_reply", False, CASE_A, ["AWS04471952"]),
    "Owner forwards the merge completion to his new HR with PDFs: written by him, carries the case token; the forwarded part contains 'reply here' but is history.")
