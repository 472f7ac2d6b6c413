"""3 - 9 June 2025: the Support Center (console) case about the missing voucher, and mail around it."""
from gen_lib import *
from gen_part5 import CASE_C, SUBJ_C, SUBJ_C_TITLE, CONSOLE_URL, AWSN, MID_C
from gen_part3 import CASE_A

FOOT = """
===========================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

%s

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
===========================================
""" % CONSOLE_URL


def console_html(txt):
    body = "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n"))
    return "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">%s</body></html>" % body


# 53 ---------------------------------------------------------------- C: console case created
d = dt("2025-06-03 21:13")
MID_C[1] = mid("c1", "email.amazonses.com")
txt = """Dear Customer,

Thank you for contacting AWS Support. Your support case has been created with the following details:

Case ID: %s
Subject: %s
Severity: General question
Service: Training and Certification
Category: Certification benefits
Correspondence: After case %s merged my company certification account into my personal one on May 31, the Benefits page of AWS04471952 shows no exam discount. The merge e-mail said the unused 50%% voucher had been moved.

An AWS Support engineer will reply through the AWS Support Center.
%s
Sincerely,
Amazon Web Services
""" % (CASE_C, SUBJ_C_TITLE, CASE_A, FOOT)
add(d, std(AWSN, ME_PERSONAL, "Amazon Web Services: New Support case: " + CASE_C, d, MID_C[1],
           pre=gm_trace("amazon.com", "0100019736d5@email.amazonses.com", d)),
    MP("alternative", [T(txt), T(console_html(txt), "html")], "----=_Part_4412087_1921743005.1748952780311"),
    ("acknowledgement", False, CASE_C, ["AWS04471952"]),
    "Support Center (console) case created, from no-reply-aws@amazon.com; the echoed description names the earlier merge case, which is not this message's case; footer says the address cannot take replies.")

# 54 ---------------------------------------------------------------- fake Credly
d = dt("2025-06-03 23:41")
html = """<html><body style="font-family:Arial,sans-serif">
<div style="max-width:560px;margin:auto;border:1px solid #eee;padding:20px">
<p style="color:#ff6b00;font-size:22px;font-weight:bold">Credly</p>
<p>Dear Earner,</p>
<p>We detected that your <b>Amazon Web Services Training and Certification</b> badges are linked to two different email addresses. Duplicate earner profiles violate our Terms of Use and <b>all 3 badges will be removed on June 5, 2025</b>.</p>
<p>To keep your badges, verify your identity now:</p>
<p><a href="http://credly-badge-verify.com/login?u=kenta.oshiro.dev%40gmail.com" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none">Verify my badges</a></p>
<p>Or simply reply to this message with your AWS Builder ID password and we will merge the profiles for you.</p>
<p>The Credly Trust &amp; Safety Team</p>
</div></body></html>"""
add(d, std(A("Credly Trust & Safety", "no-reply@credly-badge-verify.com"), ME_PERSONAL,
           "URGENT: your AWS badges will be removed in 48 hours", d, mid("ph3", "credly-badge-verify.com"),
           pre=gm_trace("credly-badge-verify.com", "no-reply@credly-badge-verify.com", d, host="smtp.credly-badge-verify.com", dkim="none", dmarc="", policy="NONE")),
    T(html, "html"),
    ("suspicious", False, None, []),
    "Fake Credly (lookalike domain) timed right after the merge, asks for a password by reply: demands a reply, needs none.")

# 55 ---------------------------------------------------------------- C: information request (console)
d = dt("2025-06-04 16:20")
MID_C[2] = mid("c2", "email.amazonses.com")
txt = """Hello,

Thank you for contacting AWS Support. My name is Deepa, and I'll be helping you with this case.

I looked at AWS04471952 and can see that the merge finished on May 31. Exam benefits are tied to the certification that earned them, and when two records are merged a benefit is sometimes left behind on the source record, which is what happened here. The certification team can reissue it, but they ask for two things first:

1. The voucher code as it appeared on the old account (if you noted it down), or a screenshot of the old Benefits page.
2. Which certification the discount should be attached to.

Once I have these, I'll pass the request on. Replies to this e-mail are not received, so please add them to the case in the Support Center using the link below.

Your feedback matters to us. You can rate this reply with the stars at the top right of each correspondence in the Support Center.

Best regards,
Deepa S.
Amazon Web Services
%s""" % FOOT
add(d, std(AWSN, ME_PERSONAL, SUBJ_C, d, MID_C[2], pre=gm_trace("amazon.com", "01000197393c@email.amazonses.com", d)),
    MP("alternative", [T(txt), T(console_html(txt), "html")], "----=_Part_4415521_1310655890.1749021600212"),
    ("info_request", True, CASE_C, ["AWS04471952"]),
    "Console-case request: must be answered in the Support Center, not by e-mail; a rating invitation and the 'cannot accept incoming e-mails' boilerplate come after the real ask.")

# 56 ---------------------------------------------------------------- C: owner answers by e-mail anyway
d = dt("2025-06-04 19:02")
MID_C[3] = "<CAK7dQm8Vb2n5Ms1Qa4Zc7Xe0Rt3Yu6Ip9Lk2Jh5Gf8Dd1Sw4Ex@mail.gmail.com>"
txt = """Hi Deepa,

Thanks! I wrote the code down before the merge: CERT-50-7H2KQ9XW. Screenshot of the old Benefits page attached.
Please attach the discount to AWS Certified Security - Specialty.

Kenta

On Wed, Jun 4, 2025 at 4:20 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
%s
""" % q(txt.split("Your feedback matters")[0].strip())
png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
add(d, std(A("Kenta Oshiro", ME_PERSONAL), AWSN, SUBJ_C, d, MID_C[3], irt=MID_C[2], refs=MID_C[1] + " " + MID_C[2]),
    MP("mixed", [MP("alternative", [T(txt), T("<div dir=\"ltr\">" + txt.split("On Wed")[0].replace("\n", "<br>") + "</div>", "html")],
                    "000000000000b7c6d5063690e1c2"),
                 ATT(png, "image/png", "benefits-before-merge.png")], "000000000000b7c6d7063690e1c4"),
    ("user_reply", False, CASE_C, []),
    "Owner answers the console case by e-mail to the no-reply address, with a screenshot; the quoted request (with a candidate ID) sits under his text.")

# 57 ---------------------------------------------------------------- C: reply not delivered, use the console
d = dt("2025-06-04 19:03")
MID_C[4] = mid("c4", "email.amazonses.com")
txt = """Hello,

We could not add your e-mail to AWS Support case %s because this address does not accept incoming messages. Your reply has not been seen by the support engineer.

To respond, open the case in the AWS Support Center and add your reply there:
%s

Amazon Web Services
""" % (CASE_C, CONSOLE_URL)
add(d, std(AWSN, ME_PERSONAL, "Your message to case %s was not delivered" % CASE_C, d, MID_C[4], irt=MID_C[3], refs=MID_C[3],
           pre=gm_trace("amazon.com", "0100019739e1@email.amazonses.com", d), post=[("Auto-Submitted", "auto-replied")]),
    T(txt, cte="7bit"),
    ("info_request", True, CASE_C, []),
    "Auto-response to his e-mail: the answer did not reach the engineer and must be given in the Support Center. Bounce-like, but support is still waiting — labelled info_request/reply=yes (see judgement calls).")

# 58 ---------------------------------------------------------------- other console case: quota approved
d = dt("2025-06-05 08:35")
txt = """Hello,

Good news: your request to raise "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in Asia Pacific (Tokyo) to 32 vCPUs has been approved and is now in effect for account 318504926177.

This case has been resolved. If you need anything else, feel free to open a new case.

Best regards,
Amazon Web Services
===========================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=174907980000611&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
===========================================
"""
add(d, std(AWSN, ME_PERSONAL, "RE:[CASE 174907980000611] Limit Increase: EC2 Instances", d, mid("q1", "email.amazonses.com"),
           pre=gm_trace("amazon.com", "010001973ef0@email.amazonses.com", d)),
    T(txt, cte="7bit"),
    ("unrelated", False, None, []),
    "Same console sender and footer, but a service-quota case on the owner's own AWS account: an AWS support case that is not Training and Certification (case null).")

# 59 ---------------------------------------------------------------- Google Cloud support (other vendor) asks something
d = dt("2025-06-05 14:02")
txt = """Hello Kenta,

Your case 53810924 "Cloud Run service returns 503 after deploy" is waiting for your response.

To continue troubleshooting, please provide the following:
  - The revision name that returns 503
  - The output of: gcloud run services describe SERVICE --region asia-northeast1

You can reply to this email or update the case in the Google Cloud console.

Google Cloud Customer Care
"""
add(d, std(A("Google Cloud Support", "cloud-support-noreply@google.com"), ME_PERSONAL,
           "[Case 53810924] Action required: Cloud Run service returns 503 after deploy", d, mid("gcp1", "google.com"),
           pre=gm_trace("google.com", "cloud-support-noreply@google.com", d, host="mail-sor-f73.google.com", policy="REJECT")),
    T(txt, cte="7bit"),
    ("unrelated", False, None, []),
    "Another cloud vendor's support case waiting on the owner, 'Action required' + 'please provide': a genuine request, but not AWS T&C.")
